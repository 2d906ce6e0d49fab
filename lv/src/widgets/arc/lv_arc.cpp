/**
 * @file lv_arc.cpp
 * Arc: the arcs are centred in the padded content (radius: half the smaller side); the
 * indicator's radius shrinks by its largest padding; the knob sits on the indicator's
 * middle line at the value's angle, sized by the indicator width plus the KNOB padding.
 * A value in the range maps linearly onto the background angles.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr int32_t VALUE_UNSET = INT32_MIN;

struct lv_arc_t {
    lv_obj_t obj;
    int32_t rotation;
    lv_value_precise_t indic_angle_start;
    lv_value_precise_t indic_angle_end;
    lv_value_precise_t bg_angle_start;
    lv_value_precise_t bg_angle_end;
    int32_t value;
    int32_t min_value;
    int32_t max_value;
    uint32_t chg_rate;
    int32_t knob_offset;
    uint8_t mode : 2;
};

void arc_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void arc_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_arc_class = {
    &lv_obj_class, arc_constructor, nullptr, arc_event, nullptr, "arc",
    LV_DPI_DEF * 2, LV_DPI_DEF * 2, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_arc_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_arc_t * as_arc(const lv_obj_t * obj) { return reinterpret_cast<lv_arc_t *>(const_cast<lv_obj_t *>(obj)); }

void arc_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_arc_t * arc = as_arc(obj);
    arc->rotation = 0;
    arc->bg_angle_start = 135;
    arc->bg_angle_end = 45;
    arc->indic_angle_start = 135;
    arc->indic_angle_end = 270;
    arc->mode = LV_ARC_MODE_NORMAL;
    arc->value = VALUE_UNSET;
    arc->min_value = 0;
    arc->max_value = 100;
    arc->chg_rate = 720;
    arc->knob_offset = 0;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_set_ext_click_area(obj, LV_DPI_DEF / 10);
}

lv_value_precise_t wrap_360(lv_value_precise_t a) { return a > 360 ? a - 360 : a; }

/** The end angle unwrapped so that it is not below the start angle. */
int32_t unwrapped_end(lv_value_precise_t start, lv_value_precise_t end) { return end < start ? end + 360 : end; }

void value_update(lv_obj_t * obj)
{
    lv_arc_t * arc = as_arc(obj);
    if(arc->value == VALUE_UNSET) return;
    const int32_t bg_end = unwrapped_end(arc->bg_angle_start, arc->bg_angle_end);
    switch(arc->mode) {
        case LV_ARC_MODE_SYMMETRICAL: {
            const int32_t bg_mid = (arc->bg_angle_start + bg_end) / 2;
            const int32_t range_mid = (arc->min_value + arc->max_value) / 2;
            if(arc->value < range_mid) {
                int32_t angle = lv_map(arc->value, arc->min_value, range_mid, arc->bg_angle_start, bg_mid);
                arc->indic_angle_start = wrap_360(angle);
                arc->indic_angle_end = wrap_360(bg_mid);
            }
            else {
                int32_t angle = lv_map(arc->value, range_mid, arc->max_value, bg_mid, bg_end);
                arc->indic_angle_start = wrap_360(bg_mid);
                arc->indic_angle_end = wrap_360(angle);
            }
            break;
        }
        case LV_ARC_MODE_REVERSE: {
            int32_t angle = lv_map(arc->value, arc->min_value, arc->max_value, bg_end, arc->bg_angle_start);
            arc->indic_angle_start = wrap_360(angle);
            arc->indic_angle_end = wrap_360(arc->bg_angle_end);
            break;
        }
        default: {
            int32_t angle = lv_map(arc->value, arc->min_value, arc->max_value, arc->bg_angle_start, bg_end);
            arc->indic_angle_start = wrap_360(arc->bg_angle_start);
            arc->indic_angle_end = wrap_360(angle);
            break;
        }
    }
    lv_obj_invalidate(obj);
}

void get_center(const lv_obj_t * obj, lv_point_t * center, int32_t * r)
{
    const int32_t left = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    const int32_t right = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
    const int32_t top = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    const int32_t bottom = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    *r = LV_MIN(lv_obj_get_width(obj) - left - right, lv_obj_get_height(obj) - top - bottom) / 2;
    center->x = obj->coords.x1 + *r + left;
    center->y = obj->coords.y1 + *r + top;
}

/** The angle (with rotation) the knob points to: the moving end of the indicator. */
int32_t knob_angle(const lv_obj_t * obj)
{
    const lv_arc_t * arc = as_arc(obj);
    int32_t angle = arc->rotation;
    if(arc->mode == LV_ARC_MODE_NORMAL) angle += arc->indic_angle_end;
    else if(arc->mode == LV_ARC_MODE_REVERSE) angle += arc->indic_angle_start;
    else {
        const int32_t bg_end = unwrapped_end(arc->bg_angle_start, arc->bg_angle_end);
        const int32_t indic_end = unwrapped_end(arc->indic_angle_start, arc->indic_angle_end);
        const int32_t mid = (arc->bg_angle_start + bg_end) / 2;
        if(arc->indic_angle_start < mid) angle += arc->indic_angle_start;
        else if(indic_end > mid) angle += arc->indic_angle_end;
        else angle += mid;
    }
    return angle + arc->knob_offset;
}

int16_t norm_angle(int32_t a)
{
    a %= 360;
    if(a < 0) a += 360;
    return static_cast<int16_t>(a);
}

lv_area_t knob_area(const lv_obj_t * obj, const lv_point_t & center, int32_t r)
{
    const int32_t indic_w = lv_obj_get_style_arc_width(obj, LV_PART_INDICATOR);
    const int32_t half = indic_w / 2;
    r -= half;
    const int16_t angle = norm_angle(knob_angle(obj));
    const int32_t kx = (r * lv_trigo_cos(angle)) >> LV_TRIGO_SHIFT;
    const int32_t ky = (r * lv_trigo_sin(angle)) >> LV_TRIGO_SHIFT;
    lv_area_t a;
    a.x1 = center.x + kx - lv_obj_get_style_pad_left(obj, LV_PART_KNOB) - half;
    a.x2 = center.x + kx + lv_obj_get_style_pad_right(obj, LV_PART_KNOB) + half;
    a.y1 = center.y + ky - lv_obj_get_style_pad_top(obj, LV_PART_KNOB) - half;
    a.y2 = center.y + ky + lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB) + half;
    return a;
}

int32_t max_pad(const lv_obj_t * obj, lv_part_t part)
{
    return LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, part), lv_obj_get_style_pad_right(obj, part)),
                  LV_MAX(lv_obj_get_style_pad_top(obj, part), lv_obj_get_style_pad_bottom(obj, part)));
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_arc_t * arc = as_arc(obj);
    lv_layer_t * layer = lv_event_get_layer(e);
    lv_point_t center;
    int32_t r;
    get_center(obj, &center, &r);

    lv_draw_arc_dsc_t dsc;
    if(r > 0) {
        lv_draw_arc_dsc_init(&dsc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_MAIN, &dsc);
        dsc.center = center;
        dsc.start_angle = arc->bg_angle_start + arc->rotation;
        dsc.end_angle = arc->bg_angle_end + arc->rotation;
        dsc.radius = static_cast<uint16_t>(r);
        if(dsc.width > 0 && dsc.opa > LV_OPA_MIN) lv_draw_arc(layer, &dsc);
    }
    const int32_t indic_r = r - max_pad(obj, LV_PART_INDICATOR);
    if(indic_r > 0) {
        lv_draw_arc_dsc_init(&dsc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_INDICATOR, &dsc);
        dsc.center = center;
        dsc.start_angle = arc->indic_angle_start + arc->rotation;
        dsc.end_angle = arc->indic_angle_end + arc->rotation;
        dsc.radius = static_cast<uint16_t>(indic_r);
        if(dsc.width > 0 && dsc.opa > LV_OPA_MIN) lv_draw_arc(layer, &dsc);
    }
    lv_area_t knob = knob_area(obj, center, r);
    lv_draw_rect_dsc_t knob_dsc;
    lv_draw_rect_dsc_init(&knob_dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &knob_dsc);
    lv_draw_rect(layer, &knob_dsc, &knob);
}

void arc_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_arc_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t extra = max_pad(obj, LV_PART_KNOB) + 2 - max_pad(obj, LV_PART_MAIN);
            extra += lv_obj_calculate_ext_draw_size(obj, LV_PART_KNOB);
            lv_event_set_ext_draw_size(e, extra);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

void align_to_angle(const lv_obj_t * obj, lv_obj_t * target, int32_t r_offset, bool rotate)
{
    lv_obj_update_layout(obj);
    lv_point_t center;
    int32_t r;
    get_center(obj, &center, &r);
    const int32_t indic_w = lv_obj_get_style_arc_width(obj, LV_PART_INDICATOR);
    r = r - indic_w / 2 - r_offset;
    const int32_t angle = knob_angle(obj);
    const int16_t a = norm_angle(angle);
    const int32_t x = (r * lv_trigo_cos(a)) >> LV_TRIGO_SHIFT;
    const int32_t y = (r * lv_trigo_sin(a)) >> LV_TRIGO_SHIFT;
    lv_obj_align_to(target, obj, LV_ALIGN_CENTER, x, y);
    if(rotate) {
        lv_obj_update_layout(target);
        lv_obj_set_style_transform_pivot_x(target, lv_obj_get_width(target) / 2, 0);
        lv_obj_set_style_transform_pivot_y(target, lv_obj_get_height(target) / 2, 0);
        lv_obj_set_style_transform_rotation(target, a * 10 + 900, 0);
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_arc_create(lv_obj_t * parent) { return lv_widget_create(&lv_arc_class, parent); }

void lv_arc_set_start_angle(lv_obj_t * obj, lv_value_precise_t start)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->indic_angle_start = wrap_360(start);
    lv_obj_invalidate(obj);
}

void lv_arc_set_end_angle(lv_obj_t * obj, lv_value_precise_t end)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->indic_angle_end = wrap_360(end);
    lv_obj_invalidate(obj);
}

void lv_arc_set_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    lv_arc_set_end_angle(obj, end);
    lv_arc_set_start_angle(obj, start);
}

void lv_arc_set_bg_start_angle(lv_obj_t * obj, lv_value_precise_t start)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->bg_angle_start = wrap_360(start);
    value_update(obj);
    lv_obj_invalidate(obj);
}

void lv_arc_set_bg_end_angle(lv_obj_t * obj, lv_value_precise_t end)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->bg_angle_end = wrap_360(end);
    value_update(obj);
    lv_obj_invalidate(obj);
}

void lv_arc_set_bg_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    arc->bg_angle_start = wrap_360(start);
    arc->bg_angle_end = wrap_360(end);
    value_update(obj);
    lv_obj_invalidate(obj);
}

void lv_arc_set_rotation(lv_obj_t * obj, int32_t rotation)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->rotation = rotation;
    lv_obj_invalidate(obj);
}

void lv_arc_set_mode(lv_obj_t * obj, lv_arc_mode_t type)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    int32_t val = arc->value;
    arc->mode = type & 3;
    arc->value = VALUE_UNSET; /* force the indicator to be recomputed */
    lv_arc_set_value(obj, val == VALUE_UNSET ? arc->min_value : val);
}

void lv_arc_set_value(lv_obj_t * obj, int32_t value)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    if(arc->value == value) return;
    int32_t v = lv_widget_clamp(value, arc->min_value, arc->max_value);
    if(arc->value == v) return;
    arc->value = v;
    value_update(obj);
}

void lv_arc_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    if(arc->min_value == min && arc->max_value == max) return;
    arc->min_value = min;
    arc->max_value = max;
    if(arc->value != VALUE_UNSET) arc->value = lv_widget_clamp(arc->value, min, max);
    value_update(obj);
}

void lv_arc_set_change_rate(lv_obj_t * obj, uint32_t rate)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->chg_rate = rate;
}

void lv_arc_set_knob_offset(lv_obj_t * obj, int32_t offset)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    as_arc(obj)->knob_offset = offset;
    lv_obj_invalidate(obj);
}

lv_value_precise_t lv_arc_get_angle_start(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->indic_angle_start;
}
lv_value_precise_t lv_arc_get_angle_end(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->indic_angle_end;
}
lv_value_precise_t lv_arc_get_bg_angle_start(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->bg_angle_start;
}
lv_value_precise_t lv_arc_get_bg_angle_end(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->bg_angle_end;
}

int32_t lv_arc_get_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    const lv_arc_t * arc = as_arc(obj);
    return arc->value == VALUE_UNSET ? arc->min_value : arc->value;
}

int32_t lv_arc_get_min_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->min_value;
}
int32_t lv_arc_get_max_value(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->max_value;
}
lv_arc_mode_t lv_arc_get_mode(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return static_cast<lv_arc_mode_t>(as_arc(obj)->mode);
}
int32_t lv_arc_get_rotation(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->rotation;
}
int32_t lv_arc_get_knob_offset(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return {};
    return as_arc(obj)->knob_offset;
}

void lv_arc_align_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_align, int32_t r_offset)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    if(!obj_to_align) return;  /* a script passed None */
    align_to_angle(obj, obj_to_align, r_offset, false);
}

void lv_arc_rotate_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_rotate, int32_t r_offset)
{
    if(!lv_widget_check(obj, &lv_arc_class)) return;
    if(!obj_to_rotate) return;  /* a script passed None */
    align_to_angle(obj, obj_to_rotate, r_offset, true);
}

} // extern "C"
