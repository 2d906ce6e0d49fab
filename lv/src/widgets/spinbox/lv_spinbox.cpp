/**
 * @file lv_spinbox.cpp
 * Spin box: a one-line textarea whose text is rebuilt from the value on every change: a
 * sign when the range reaches below zero, the digits with leading zeros, the decimal
 * point. The cursor sits on the digit whose weight is the step.
 */
#include "widgets/textarea/lv_textarea_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_spinbox_t {
    lv_textarea_t ta;
    int32_t value;
    int32_t range_max;
    int32_t range_min;
    int32_t step;
    uint32_t digit_count;
    uint32_t dec_point_pos; /**< digits before the point; 0: no point */
    bool rollover;
    lv_dir_t digit_step_dir;
};

void spinbox_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void spinbox_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_spinbox_class = {
    &lv_textarea_class, spinbox_constructor, nullptr, spinbox_event, nullptr, "spinbox",
    LV_DPI_DEF, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_spinbox_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_spinbox_t * as_sb(const lv_obj_t * obj) { return reinterpret_cast<lv_spinbox_t *>(const_cast<lv_obj_t *>(obj)); }

int64_t pow10(uint32_t n)
{
    int64_t v = 1;
    while(n--) v *= 10;
    return v;
}

void update_value(lv_obj_t * obj)
{
    lv_spinbox_t * sb = as_sb(obj);
    char buf[LV_SPINBOX_MAX_DIGIT_COUNT + 8];
    char * p = buf;
    uint32_t shift_left = 0;
    if(sb->range_min < 0) *p++ = sb->value >= 0 ? '+' : '-';
    else shift_left = 1; /* no sign: the cursor positions count one less */

    /* the digits of |value| with leading zeros */
    char digits[LV_SPINBOX_MAX_DIGIT_COUNT + 4];
    int64_t v = sb->value < 0 ? -static_cast<int64_t>(sb->value) : sb->value;
    int32_t n = 0;
    char rev[24];
    do {
        rev[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while(v > 0 && n < 20);
    int32_t len = 0;
    for(int32_t k = n; k < static_cast<int32_t>(sb->digit_count); k++) digits[len++] = '0';
    while(n > 0 && len < static_cast<int32_t>(sizeof(digits)) - 1) digits[len++] = rev[--n];
    digits[len] = '\0';

    const int32_t int_digits = sb->dec_point_pos == 0 ? static_cast<int32_t>(sb->digit_count) : static_cast<int32_t>(sb->dec_point_pos);
    int32_t i = 0;
    for(; i < int_digits && digits[i] != '\0'; i++) *p++ = digits[i];
    if(sb->dec_point_pos != 0) {
        *p++ = '.';
        for(; i < static_cast<int32_t>(sb->digit_count) && digits[i] != '\0'; i++) *p++ = digits[i];
    }
    *p = '\0';
    lv_textarea_set_text(obj, buf);

    int32_t step = sb->step;
    int32_t cur_pos = static_cast<int32_t>(sb->digit_count);
    while(step >= 10) {
        step /= 10;
        cur_pos--;
    }
    if(cur_pos > int_digits) cur_pos++; /* skip the decimal point */
    cur_pos -= static_cast<int32_t>(shift_left);
    lv_textarea_set_cursor_pos(obj, cur_pos);
}

void spinbox_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_spinbox_t * sb = as_sb(obj);
    sb->value = 0;
    sb->dec_point_pos = 0;
    sb->digit_count = 5;
    sb->step = 1;
    sb->range_max = 99999;
    sb->range_min = -99999;
    sb->rollover = false;
    sb->digit_step_dir = LV_DIR_RIGHT;
    lv_textarea_set_one_line(obj, true);
    lv_textarea_set_cursor_click_pos(obj, true);
    update_value(obj);
}

void spinbox_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    const lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    /* keys edit the value, not the text */
    if(code == LV_EVENT_KEY) {
        const uint32_t key = lv_event_get_key(e);
        if(key == LV_KEY_UP) lv_spinbox_increment(obj);
        else if(key == LV_KEY_DOWN) lv_spinbox_decrement(obj);
        else if(key == LV_KEY_RIGHT) lv_spinbox_step_next(obj);
        else if(key == LV_KEY_LEFT) lv_spinbox_step_prev(obj);
        return;
    }
    lv_obj_event_base(&lv_spinbox_class, e);
}

} // namespace

extern "C" {

lv_obj_t * lv_spinbox_create(lv_obj_t * parent) { return lv_widget_create(&lv_spinbox_class, parent); }

void lv_spinbox_set_value(lv_obj_t * obj, int32_t v)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    v = lv_widget_clamp(v, sb->range_min, sb->range_max);
    sb->value = v;
    update_value(obj);
}

void lv_spinbox_set_rollover(lv_obj_t * obj, bool rollover)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    as_sb(obj)->rollover = rollover;
}

void lv_spinbox_set_digit_format(lv_obj_t * obj, uint32_t digit_count, uint32_t sep_pos)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    if(digit_count > LV_SPINBOX_MAX_DIGIT_COUNT) digit_count = LV_SPINBOX_MAX_DIGIT_COUNT;
    if(digit_count == 0) digit_count = 1;
    if(sep_pos >= digit_count) sep_pos = 0;
    if(digit_count < LV_SPINBOX_MAX_DIGIT_COUNT) {
        const int64_t max_val = pow10(digit_count);
        if(sb->range_max > max_val - 1) sb->range_max = static_cast<int32_t>(max_val - 1);
        if(sb->range_min < -max_val + 1) sb->range_min = static_cast<int32_t>(-max_val + 1);
    }
    sb->digit_count = digit_count;
    sb->dec_point_pos = sep_pos;
    sb->value = lv_widget_clamp(sb->value, sb->range_min, sb->range_max);
    update_value(obj);
}

void lv_spinbox_set_step(lv_obj_t * obj, uint32_t step)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    as_sb(obj)->step = static_cast<int32_t>(step);
    update_value(obj);
}

void lv_spinbox_set_range(lv_obj_t * obj, int32_t range_min, int32_t range_max)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    sb->range_max = range_max;
    sb->range_min = range_min;
    sb->value = lv_widget_clamp(sb->value, range_min, range_max);
    update_value(obj);
}

void lv_spinbox_set_cursor_pos(lv_obj_t * obj, uint32_t pos)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    const int64_t step_limit = LV_MAX(sb->range_max, LV_ABS(sb->range_min));
    const int64_t new_step = pow10(pos);
    if(pos <= LV_SPINBOX_MAX_DIGIT_COUNT && new_step <= step_limit) sb->step = static_cast<int32_t>(new_step);
    update_value(obj);
}

void lv_spinbox_set_digit_step_direction(lv_obj_t * obj, lv_dir_t direction)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    as_sb(obj)->digit_step_dir = direction;
}
bool lv_spinbox_get_rollover(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return {};
    return as_sb(obj)->rollover;
}
int32_t lv_spinbox_get_value(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return {};
    return as_sb(obj)->value;
}
int32_t lv_spinbox_get_step(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return {};
    return as_sb(obj)->step;
}

void lv_spinbox_step_next(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    const int32_t new_step = sb->step / 10;
    sb->step = new_step > 0 ? new_step : 1;
    update_value(obj);
}

void lv_spinbox_step_prev(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    const int64_t step_limit = LV_MAX(sb->range_max, LV_ABS(sb->range_min));
    const int64_t new_step = static_cast<int64_t>(sb->step) * 10;
    if(new_step <= step_limit) sb->step = static_cast<int32_t>(new_step);
    update_value(obj);
}

void lv_spinbox_increment(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int64_t v = static_cast<int64_t>(sb->value) + sb->step;
    if(v > sb->range_max) v = sb->rollover ? sb->range_min : sb->range_max;
    if(v != sb->value) {
        sb->value = static_cast<int32_t>(v);
        update_value(obj);
    }
}

void lv_spinbox_decrement(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_spinbox_class)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int64_t v = static_cast<int64_t>(sb->value) - sb->step;
    if(v < sb->range_min) v = sb->rollover ? sb->range_max : sb->range_min;
    if(v != sb->value) {
        sb->value = static_cast<int32_t>(v);
        update_value(obj);
    }
}

} // extern "C"
