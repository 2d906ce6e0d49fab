/**
 * @file lv_switch.cpp
 * Switch: the background (MAIN), the INDICATOR drawn in the content area, and the KNOB, a
 * square of the switch's thickness enlarged by the knob paddings. Toggling animates the knob
 * over anim_duration (scaled by the remaining distance); otherwise the CHECKED state puts it
 * at the end (horizontal) or the top (vertical).
 */
#include "core/lv_obj_private.h"

namespace {

constexpr int32_t ANIM_STATE_START = 0;
constexpr int32_t ANIM_STATE_END = 256;
constexpr int32_t ANIM_STATE_NONE = -1;
constexpr int32_t KNOB_EXT_AREA_CORRECTION = 2;

struct lv_switch_t {
    lv_obj_t obj;
    int32_t anim_state; /* knob position 0..256 while animating, ANIM_STATE_NONE otherwise */
    lv_switch_orientation_t orientation;
};

void switch_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void switch_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void switch_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_switch_class = {
    &lv_obj_class, switch_constructor, switch_destructor, switch_event, nullptr, "switch",
    (4 * LV_DPI_DEF) / 10, (4 * LV_DPI_DEF) / 17, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_switch_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_switch_t * as_switch(lv_obj_t * obj) { return reinterpret_cast<lv_switch_t *>(obj); }

bool is_vertical(lv_switch_t * sw)
{
    if(sw->orientation == LV_SWITCH_ORIENTATION_VERTICAL) return true;
    if(sw->orientation == LV_SWITCH_ORIENTATION_HORIZONTAL) return false;
    return lv_obj_get_height(&sw->obj) > lv_obj_get_width(&sw->obj);
}

void anim_exec(void * var, int32_t v)
{
    lv_switch_t * sw = static_cast<lv_switch_t *>(var);
    sw->anim_state = v;
    lv_obj_invalidate(&sw->obj);
}

void anim_completed(lv_anim_t * a)
{
    lv_switch_t * sw = static_cast<lv_switch_t *>(a->var);
    sw->anim_state = ANIM_STATE_NONE;
    lv_obj_invalidate(&sw->obj);
}

void trigger_anim(lv_switch_t * sw)
{
    lv_obj_t * obj = &sw->obj;
    uint32_t full = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    if(full == 0) return;
    bool chk = lv_obj_has_state(obj, LV_STATE_CHECKED);
    int32_t start = sw->anim_state == ANIM_STATE_NONE ? (chk ? ANIM_STATE_START : ANIM_STATE_END) : sw->anim_state;
    int32_t end = chk ? ANIM_STATE_END : ANIM_STATE_START;
    uint32_t dur = (full * static_cast<uint32_t>(LV_ABS(start - end))) / ANIM_STATE_END;
    lv_anim_delete(sw, nullptr);
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, sw);
    lv_anim_set_exec_cb(&a, anim_exec);
    lv_anim_set_values(&a, start, end);
    lv_anim_set_completed_cb(&a, anim_completed);
    lv_anim_set_duration(&a, dur);
    lv_anim_start(&a);
}

void draw_main(lv_switch_t * sw, lv_layer_t * layer)
{
    lv_obj_t * obj = &sw->obj;
    lv_area_t indic_area;
    lv_obj_get_content_coords(obj, &indic_area);
    lv_draw_rect_dsc_t indic;
    lv_draw_rect_dsc_init(&indic);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &indic);
    lv_draw_rect(layer, &indic, &indic_area);

    bool vertical = is_vertical(sw);
    bool chk = lv_obj_has_state(obj, LV_STATE_CHECKED);
    int32_t knob_size = vertical ? lv_obj_get_width(obj) : lv_obj_get_height(obj);
    int32_t length = (vertical ? lv_obj_get_height(obj) : lv_obj_get_width(obj)) - knob_size;
    int32_t pos;
    if(sw->anim_state != ANIM_STATE_NONE) pos = (length * sw->anim_state) / ANIM_STATE_END;
    else pos = chk ? length : 0;

    lv_area_t knob;
    if(vertical) {
        /* checked: the knob at the top */
        knob.y2 = obj->coords.y2 - pos;
        knob.y1 = knob.y2 - (knob_size > 0 ? knob_size - 1 : 0);
        knob.x1 = obj->coords.x1;
        knob.x2 = obj->coords.x2;
    }
    else {
        if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) pos = length - pos;
        knob.x1 = obj->coords.x1 + pos;
        knob.x2 = knob.x1 + (knob_size > 0 ? knob_size - 1 : 0);
        knob.y1 = obj->coords.y1;
        knob.y2 = obj->coords.y2;
    }
    knob.x1 -= lv_obj_get_style_pad_left(obj, LV_PART_KNOB);
    knob.x2 += lv_obj_get_style_pad_right(obj, LV_PART_KNOB);
    knob.y1 -= lv_obj_get_style_pad_top(obj, LV_PART_KNOB);
    knob.y2 += lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB);
    lv_draw_rect_dsc_t kd;
    lv_draw_rect_dsc_init(&kd);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &kd);
    lv_draw_rect(layer, &kd, &knob);
}

void switch_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_switch_t * sw = as_switch(obj);
    sw->anim_state = ANIM_STATE_NONE;
    sw->orientation = LV_SWITCH_ORIENTATION_AUTO;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
}

void switch_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_anim_delete(as_switch(obj), nullptr);
}

void switch_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_switch_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_switch_t * sw = as_switch(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t l = lv_obj_get_style_pad_left(obj, LV_PART_KNOB);
            int32_t r = lv_obj_get_style_pad_right(obj, LV_PART_KNOB);
            int32_t t = lv_obj_get_style_pad_top(obj, LV_PART_KNOB);
            int32_t b = lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB);
            int32_t knob = LV_MAX(LV_MAX(l, r), LV_MAX(t, b)) + KNOB_EXT_AREA_CORRECTION;
            knob += lv_obj_calculate_ext_draw_size(obj, LV_PART_KNOB);
            lv_event_set_ext_draw_size(e, knob);
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        }
        case LV_EVENT_VALUE_CHANGED:
            trigger_anim(sw);
            lv_obj_invalidate(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_main(sw, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_switch_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_switch_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_switch_set_orientation(lv_obj_t * obj, lv_switch_orientation_t orientation)
{
    if(!lv_obj_has_class(obj, &lv_switch_class)) return;
    as_switch(obj)->orientation = orientation;
    lv_obj_invalidate(obj);
}

lv_switch_orientation_t lv_switch_get_orientation(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_switch_class)) return {}; return as_switch(obj)->orientation; }

} // extern "C"
