/**
 * @file lv_switch.cpp
 * Switch: the knob is a square of the switch's smaller side (grown by the KNOB padding) at
 * the start (off) or the end (on) of the track; toggling animates it in anim_duration.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr int32_t ANIM_STATE_END = 256;
constexpr int32_t ANIM_STATE_INV = -1;

struct lv_switch_t {
    lv_obj_t obj;
    int32_t anim_state; /**< 0 (off) .. ANIM_STATE_END (on) while animating, else ANIM_STATE_INV */
    uint8_t orientation : 2;
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

lv_switch_t * as_switch(const lv_obj_t * obj) { return reinterpret_cast<lv_switch_t *>(const_cast<lv_obj_t *>(obj)); }

void switch_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_switch_t * sw = as_switch(obj);
    sw->anim_state = ANIM_STATE_INV;
    sw->orientation = LV_SWITCH_ORIENTATION_AUTO;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CHECKABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
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
    sw->anim_state = ANIM_STATE_INV;
    lv_obj_invalidate(&sw->obj);
}

void switch_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_anim_delete(obj, anim_exec);
}

bool is_vertical(const lv_obj_t * obj)
{
    const lv_switch_t * sw = as_switch(obj);
    if(sw->orientation == LV_SWITCH_ORIENTATION_VERTICAL) return true;
    if(sw->orientation == LV_SWITCH_ORIENTATION_HORIZONTAL) return false;
    return lv_obj_get_height(obj) > lv_obj_get_width(obj);
}

void start_toggle_anim(lv_obj_t * obj)
{
    lv_switch_t * sw = as_switch(obj);
    uint32_t duration = lv_obj_get_style_anim_duration(obj, LV_PART_MAIN);
    bool checked = lv_obj_has_state(obj, LV_STATE_CHECKED);
    int32_t from = sw->anim_state != ANIM_STATE_INV ? sw->anim_state : (checked ? 0 : ANIM_STATE_END);
    int32_t to = checked ? ANIM_STATE_END : 0;
    lv_anim_delete(sw, anim_exec);
    if(duration == 0) {
        sw->anim_state = ANIM_STATE_INV;
        lv_obj_invalidate(obj);
        return;
    }
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, sw);
    lv_anim_set_exec_cb(&a, anim_exec);
    lv_anim_set_values(&a, from, to);
    lv_anim_set_duration(&a, duration * static_cast<uint32_t>(LV_ABS(to - from)) / ANIM_STATE_END);
    lv_anim_set_completed_cb(&a, anim_completed);
    lv_anim_start(&a);
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_switch_t * sw = as_switch(obj);
    lv_layer_t * layer = lv_event_get_layer(e);

    lv_area_t indic_area;
    lv_widget_area_inside_pad(obj, LV_PART_MAIN, &obj->coords, &indic_area);
    lv_draw_rect_dsc_t indic_dsc;
    lv_draw_rect_dsc_init(&indic_dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_INDICATOR, &indic_dsc);
    lv_draw_rect(layer, &indic_dsc, &indic_area);

    const bool vertical = is_vertical(obj);
    const int32_t knob_size = vertical ? lv_obj_get_width(obj) : lv_obj_get_height(obj);
    const int32_t travel = (vertical ? lv_obj_get_height(obj) : lv_obj_get_width(obj)) - knob_size;
    int32_t pos;
    if(sw->anim_state != ANIM_STATE_INV) pos = travel * sw->anim_state / ANIM_STATE_END;
    else pos = lv_obj_has_state(obj, LV_STATE_CHECKED) ? travel : 0;

    lv_area_t knob = obj->coords;
    if(vertical) {
        /* off at the bottom, on at the top */
        knob.y2 = obj->coords.y2 - pos;
        knob.y1 = knob.y2 - (knob_size > 0 ? knob_size - 1 : 0);
    }
    else {
        const bool rtl = lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL;
        if(rtl) {
            knob.x2 = obj->coords.x2 - pos;
            knob.x1 = knob.x2 - (knob_size > 0 ? knob_size - 1 : 0);
        }
        else {
            knob.x1 = obj->coords.x1 + pos;
            knob.x2 = knob.x1 + (knob_size > 0 ? knob_size - 1 : 0);
        }
    }
    lv_widget_area_grow_by_pad(obj, LV_PART_KNOB, &knob);
    lv_draw_rect_dsc_t knob_dsc;
    lv_draw_rect_dsc_init(&knob_dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &knob_dsc);
    lv_draw_rect(layer, &knob_dsc, &knob);
}

void switch_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_switch_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t pad = LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, LV_PART_KNOB), lv_obj_get_style_pad_right(obj, LV_PART_KNOB)),
                                 LV_MAX(lv_obj_get_style_pad_top(obj, LV_PART_KNOB), lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB)));
            lv_event_set_ext_draw_size(e, LV_MAX(pad, 0) + lv_obj_calculate_ext_draw_size(obj, LV_PART_KNOB));
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        }
        case LV_EVENT_VALUE_CHANGED:
            start_toggle_anim(obj);
            lv_obj_invalidate(obj);
            break;
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_switch_create(lv_obj_t * parent) { return lv_widget_create(&lv_switch_class, parent); }

void lv_switch_set_orientation(lv_obj_t * obj, lv_switch_orientation_t orientation)
{
    if(!lv_widget_check(obj, &lv_switch_class)) return;
    as_switch(obj)->orientation = orientation & 3;
    lv_obj_invalidate(obj);
}

lv_switch_orientation_t lv_switch_get_orientation(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_switch_class)) return {};
    return static_cast<lv_switch_orientation_t>(as_switch(obj)->orientation);
}

} // extern "C"
