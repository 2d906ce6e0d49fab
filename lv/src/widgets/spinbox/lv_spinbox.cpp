/**
 * @file lv_spinbox.cpp
 * Spin box: a one-line text area whose text is rebuilt from the value: a sign when the range
 * allows negatives, the digits zero-padded to the digit count, and a decimal point after
 * sep_pos digits. The text area's cursor marks the digit of the current step.
 */
#include "widgets/textarea/lv_textarea_private.h"

namespace {

struct lv_spinbox_t {
    lv_textarea_t ta;
    int32_t value;
    int32_t range_max;
    int32_t range_min;
    int32_t step;
    uint32_t digit_count : 4;
    uint32_t dec_point_pos : 4; /* digits before the decimal point; 0: no decimal point */
    uint32_t rollover : 1;
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
bool is_sb(const lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_spinbox_class); }

int32_t pow10(uint32_t n)
{
    int32_t v = 1;
    while(n--) v *= 10;
    return v;
}

/** Rebuilds the text from the value and puts the cursor on the step's digit. */
void update_value(lv_obj_t * obj)
{
    lv_spinbox_t * sb = as_sb(obj);
    char buf[LV_SPINBOX_MAX_DIGIT_COUNT + 8];
    uint32_t n = 0;
    if(sb->range_min < 0) buf[n++] = sb->value >= 0 ? '+' : '-';
    uint32_t digits = sb->digit_count;
    uint32_t int_digits = sb->dec_point_pos == 0 ? digits : sb->dec_point_pos;
    int64_t magnitude = sb->value < 0 ? -static_cast<int64_t>(sb->value) : sb->value;
    char digit_buf[LV_SPINBOX_MAX_DIGIT_COUNT + 1];
    for(uint32_t i = 0; i < digits; i++) {
        digit_buf[digits - 1 - i] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    }
    for(uint32_t i = 0; i < digits; i++) {
        if(i == int_digits && sb->dec_point_pos != 0) buf[n++] = '.';
        buf[n++] = digit_buf[i];
    }
    buf[n] = '\0';
    lv_textarea_set_text(obj, buf);

    /* the cursor: the digit whose weight is the step, skipping the sign and the point */
    int32_t cur = static_cast<int32_t>(digits);
    for(int32_t step = sb->step; step >= 10; step /= 10) cur--;
    if(cur > static_cast<int32_t>(int_digits) && sb->dec_point_pos != 0) cur++;
    cur -= 1;
    if(sb->range_min < 0) cur++;
    lv_textarea_set_cursor_pos(obj, cur < 0 ? 0 : cur);
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
    sb->rollover = 0;
    sb->digit_step_dir = LV_DIR_RIGHT;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_textarea_set_one_line(obj, true);
    lv_textarea_set_cursor_click_pos(obj, true);
    update_value(obj);
}

/** Clicking a digit makes it the step's digit. */
void step_to_clicked_digit(lv_obj_t * obj)
{
    lv_spinbox_t * sb = as_sb(obj);
    const char * txt = lv_textarea_get_text(obj);
    uint32_t cur = lv_textarea_get_cursor_pos(obj);
    if(!txt || txt[cur] == '\0') return;
    if(txt[cur] == '.' || txt[cur] == '+' || txt[cur] == '-') return;
    /* weight = digits to the right of the cursor, not counting the point */
    int32_t right = 0;
    for(uint32_t i = cur + 1; txt[i] != '\0'; i++) if(txt[i] >= '0' && txt[i] <= '9') right++;
    int32_t step = pow10(static_cast<uint32_t>(right));
    if(step <= sb->range_max || -step >= sb->range_min) lv_spinbox_set_step(obj, static_cast<uint32_t>(step));
    else update_value(obj);
}

void spinbox_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_event_code_t code = lv_event_get_code(e);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    /* keys are the spin box's own; the text area must not edit the text */
    if(code == LV_EVENT_KEY) {
        switch(lv_event_get_key(e)) {
            case LV_KEY_RIGHT: lv_spinbox_step_next(obj); break;
            case LV_KEY_LEFT: lv_spinbox_step_prev(obj); break;
            case LV_KEY_UP: lv_spinbox_increment(obj); break;
            case LV_KEY_DOWN: lv_spinbox_decrement(obj); break;
            default: break;
        }
        return;
    }
    if(lv_obj_event_base(&lv_spinbox_class, e) != LV_RESULT_OK) return;
    if(code == LV_EVENT_RELEASED) step_to_clicked_digit(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_spinbox_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_spinbox_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_spinbox_set_value(lv_obj_t * obj, int32_t v)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    if(v > sb->range_max) v = sb->range_max;
    if(v < sb->range_min) v = sb->range_min;
    sb->value = v;
    update_value(obj);
}

void lv_spinbox_set_rollover(lv_obj_t * obj, bool rollover)
{
    if(is_sb(obj)) as_sb(obj)->rollover = rollover ? 1U : 0U;
}

void lv_spinbox_set_digit_format(lv_obj_t * obj, uint32_t digit_count, uint32_t sep_pos)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    if(digit_count > LV_SPINBOX_MAX_DIGIT_COUNT) digit_count = LV_SPINBOX_MAX_DIGIT_COUNT;
    if(sep_pos >= digit_count) sep_pos = 0;
    /* the range must fit the digits */
    if(digit_count < LV_SPINBOX_MAX_DIGIT_COUNT) {
        int32_t max_val = pow10(digit_count) - 1;
        if(sb->range_max > max_val) sb->range_max = max_val;
        if(sb->range_min < -max_val) sb->range_min = -max_val;
    }
    sb->digit_count = digit_count;
    sb->dec_point_pos = sep_pos;
    update_value(obj);
}

void lv_spinbox_set_step(lv_obj_t * obj, uint32_t step)
{
    if(!is_sb(obj) || step == 0) return;
    as_sb(obj)->step = static_cast<int32_t>(step);
    update_value(obj);
}

void lv_spinbox_set_range(lv_obj_t * obj, int32_t range_min, int32_t range_max)
{
    if(!is_sb(obj) || range_min > range_max) return;
    lv_spinbox_t * sb = as_sb(obj);
    sb->range_max = range_max;
    sb->range_min = range_min;
    if(sb->value > range_max) sb->value = range_max;
    if(sb->value < range_min) sb->value = range_min;
    update_value(obj);
}

void lv_spinbox_set_cursor_pos(lv_obj_t * obj, uint32_t pos)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int32_t step = pow10(pos);
    if(step <= LV_MAX(sb->range_max, -sb->range_min)) lv_spinbox_set_step(obj, static_cast<uint32_t>(step));
}

void lv_spinbox_set_digit_step_direction(lv_obj_t * obj, lv_dir_t direction)
{
    if(is_sb(obj)) as_sb(obj)->digit_step_dir = direction;
}

bool lv_spinbox_get_rollover(lv_obj_t * obj) { return is_sb(obj) && as_sb(obj)->rollover; }
int32_t lv_spinbox_get_value(lv_obj_t * obj) { return is_sb(obj) ? as_sb(obj)->value : 0; }
int32_t lv_spinbox_get_step(lv_obj_t * obj) { return is_sb(obj) ? as_sb(obj)->step : 0; }

void lv_spinbox_step_next(lv_obj_t * obj)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    if(sb->digit_step_dir == LV_DIR_LEFT) {
        lv_spinbox_step_prev(obj);
        return;
    }
    if(sb->step / 10 >= 1) lv_spinbox_set_step(obj, static_cast<uint32_t>(sb->step / 10));
}

void lv_spinbox_step_prev(lv_obj_t * obj)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int64_t next = static_cast<int64_t>(sb->step) * 10;
    int32_t max_abs = LV_MAX(sb->range_max, -sb->range_min);
    if(next <= max_abs && sb->step < pow10(sb->digit_count - 1)) lv_spinbox_set_step(obj, static_cast<uint32_t>(next));
}

void lv_spinbox_increment(lv_obj_t * obj)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int64_t v = static_cast<int64_t>(sb->value) + sb->step;
    if(v > sb->range_max) v = sb->rollover && sb->value == sb->range_max ? sb->range_min : sb->range_max;
    if(v != sb->value) {
        sb->value = static_cast<int32_t>(v);
        update_value(obj);
        lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
    }
}

void lv_spinbox_decrement(lv_obj_t * obj)
{
    if(!is_sb(obj)) return;
    lv_spinbox_t * sb = as_sb(obj);
    int64_t v = static_cast<int64_t>(sb->value) - sb->step;
    if(v < sb->range_min) v = sb->rollover && sb->value == sb->range_min ? sb->range_max : sb->range_min;
    if(v != sb->value) {
        sb->value = static_cast<int32_t>(v);
        update_value(obj);
        lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
    }
}

} // extern "C"
