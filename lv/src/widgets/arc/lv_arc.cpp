/**
 * @file lv_arc.cpp
 * Arc: the background arc (MAIN) spans bg_angle_start..end, the indicator arc follows the
 * value according to the mode, and the knob sits on the indicator's middle radius at the
 * value's angle. Everything is rotated by `rotation`. The radius is half of the padded
 * object's smaller side.
 */
#include "core/lv_obj_private.h"

namespace {

constexpr int32_t VALUE_UNSET = INT16_MIN;

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
    lv_arc_mode_t type;
    bool dragging;
};

void arc_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void arc_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_arc_class = {
    &lv_obj_class, arc_constructor, nullptr, arc_event, nullptr, "arc",
    0, 0, LV_OBJ_CLASS_EDITABLE_TRUE, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_arc_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_arc_t * as_arc(const lv_obj_t * obj) { return reinterpret_cast<lv_arc_t *>(const_cast<lv_obj_t *>(obj)); }

void get_center(const lv_obj_t * obj, lv_point_t * center, int32_t * arc_r)
{
    int32_t l = lv_obj_get_style_pad_left(obj, LV_PART_MAIN);
    int32_t r = lv_obj_get_style_pad_right(obj, LV_PART_MAIN);
    int32_t t = lv_obj_get_style_pad_top(obj, LV_PART_MAIN);
    int32_t b = lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN);
    int32_t rad = LV_MIN(lv_obj_get_width(obj) - l - r, lv_obj_get_height(obj) - t - b) / 2;
    center->x = obj->coords.x1 + rad + l;
    center->y = obj->coords.y1 + rad + t;
    if(arc_r) *arc_r = rad;
}

/** The angle of the knob (the moving end of the indicator), rotation included. */
lv_value_precise_t knob_angle(const lv_arc_t * arc)
{
    lv_value_precise_t angle = arc->rotation;
    if(arc->type == LV_ARC_MODE_NORMAL) return angle + arc->indic_angle_end;
    if(arc->type == LV_ARC_MODE_REVERSE) return angle + arc->indic_angle_start;
    lv_value_precise_t bg_end = arc->bg_angle_end < arc->bg_angle_start ? arc->bg_angle_end + 360 : arc->bg_angle_end;
    lv_value_precise_t indic_end = arc->indic_angle_end < arc->indic_angle_start ? arc->indic_angle_end + 360 : arc->indic_angle_end;
    lv_value_precise_t mid = (arc->bg_angle_start + bg_end) / 2;
    if(arc->indic_angle_start < mid) return angle + arc->indic_angle_start;
    if(indic_end > mid) return angle + arc->indic_angle_end;
    return angle + mid;
}

void get_knob_area(const lv_arc_t * arc, const lv_point_t & center, int32_t r, lv_area_t * knob)
{
    const lv_obj_t * obj = &arc->obj;
    int32_t half = lv_obj_get_style_arc_width(obj, LV_PART_INDICATOR) / 2;
    r -= half;
    int32_t angle = knob_angle(arc) + arc->knob_offset;
    int32_t kx = (r * lv_trigo_sin(static_cast<int16_t>(angle + 90))) >> LV_TRIGO_SHIFT;
    int32_t ky = (r * lv_trigo_sin(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;
    knob->x1 = center.x + kx - lv_obj_get_style_pad_left(obj, LV_PART_KNOB) - half;
    knob->x2 = center.x + kx + lv_obj_get_style_pad_right(obj, LV_PART_KNOB) + half;
    knob->y1 = center.y + ky - lv_obj_get_style_pad_top(obj, LV_PART_KNOB) - half;
    knob->y2 = center.y + ky + lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB) + half;
}

int32_t knob_extra_size(const lv_obj_t * obj)
{
    int32_t shadow = lv_obj_get_style_shadow_width(obj, LV_PART_KNOB) + lv_obj_get_style_shadow_spread(obj, LV_PART_KNOB) +
                     LV_ABS(lv_obj_get_style_shadow_offset_x(obj, LV_PART_KNOB)) +
                     LV_ABS(lv_obj_get_style_shadow_offset_y(obj, LV_PART_KNOB));
    int32_t outline = lv_obj_get_style_outline_width(obj, LV_PART_KNOB) + lv_obj_get_style_outline_pad(obj, LV_PART_KNOB);
    return LV_MAX(shadow, outline);
}

void value_update(lv_arc_t * arc)
{
    if(arc->value == VALUE_UNSET) return;
    lv_obj_t * obj = &arc->obj;
    lv_value_precise_t bg_end = arc->bg_angle_end < arc->bg_angle_start ? arc->bg_angle_end + 360 : arc->bg_angle_end;
    switch(arc->type) {
        case LV_ARC_MODE_SYMMETRICAL: {
            lv_value_precise_t mid = (arc->bg_angle_start + bg_end) / 2;
            int32_t range_mid = (arc->min_value + arc->max_value) / 2;
            if(arc->value < range_mid) {
                int32_t angle = lv_map(arc->value, arc->min_value, range_mid, arc->bg_angle_start, mid);
                lv_arc_set_start_angle(obj, angle);
                lv_arc_set_end_angle(obj, mid);
            }
            else {
                int32_t angle = lv_map(arc->value, range_mid, arc->max_value, mid, bg_end);
                lv_arc_set_start_angle(obj, mid);
                lv_arc_set_end_angle(obj, angle);
            }
            break;
        }
        case LV_ARC_MODE_REVERSE: {
            int32_t angle = lv_map(arc->value, arc->min_value, arc->max_value, bg_end, arc->bg_angle_start);
            lv_arc_set_angles(obj, angle, arc->bg_angle_end);
            break;
        }
        default: {
            int32_t angle = lv_map(arc->value, arc->min_value, arc->max_value, arc->bg_angle_start, bg_end);
            lv_arc_set_angles(obj, arc->bg_angle_start, angle);
            break;
        }
    }
}

void arc_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_arc_t * arc = as_arc(obj);
    arc->rotation = 0;
    arc->bg_angle_start = 135;
    arc->bg_angle_end = 45;
    arc->indic_angle_start = 135;
    arc->indic_angle_end = 270;
    arc->type = LV_ARC_MODE_NORMAL;
    arc->value = VALUE_UNSET;
    arc->min_value = 0;
    arc->max_value = 100;
    arc->chg_rate = 720;
    arc->knob_offset = 0;
    arc->dragging = false;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_CHAIN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_set_ext_click_area(obj, LV_DPI_DEF / 10);
}

void draw_main(lv_arc_t * arc, lv_layer_t * layer)
{
    lv_obj_t * obj = &arc->obj;
    lv_point_t center;
    int32_t arc_r;
    get_center(obj, &center, &arc_r);
    lv_draw_arc_dsc_t dsc;
    if(arc_r > 0) {
        lv_draw_arc_dsc_init(&dsc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_MAIN, &dsc);
        dsc.center = center;
        dsc.start_angle = arc->bg_angle_start + arc->rotation;
        dsc.end_angle = arc->bg_angle_end + arc->rotation;
        dsc.radius = static_cast<uint16_t>(arc_r);
        lv_draw_arc(layer, &dsc);
    }
    int32_t pad = LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, LV_PART_INDICATOR), lv_obj_get_style_pad_right(obj, LV_PART_INDICATOR)),
                         LV_MAX(lv_obj_get_style_pad_top(obj, LV_PART_INDICATOR), lv_obj_get_style_pad_bottom(obj, LV_PART_INDICATOR)));
    int32_t indic_r = arc_r - pad;
    if(indic_r > 0) {
        lv_draw_arc_dsc_init(&dsc);
        lv_obj_init_draw_arc_dsc(obj, LV_PART_INDICATOR, &dsc);
        dsc.center = center;
        dsc.start_angle = arc->indic_angle_start + arc->rotation;
        dsc.end_angle = arc->indic_angle_end + arc->rotation;
        dsc.radius = static_cast<uint16_t>(indic_r);
        lv_draw_arc(layer, &dsc);
    }
    lv_area_t knob;
    get_knob_area(arc, center, arc_r, &knob);
    lv_draw_rect_dsc_t kd;
    lv_draw_rect_dsc_init(&kd);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_KNOB, &kd);
    lv_draw_rect(layer, &kd, &knob);
}

/** Dragging: the angle of the pointer around the center sets the value. */
void drag(lv_arc_t * arc, lv_indev_t * indev)
{
    lv_obj_t * obj = &arc->obj;
    lv_point_t p;
    lv_indev_get_point(indev, &p);
    lv_point_t c;
    int32_t r;
    get_center(obj, &c, &r);
    /* angle of the point, 0 at 3 o'clock, clockwise; relative to the background start */
    int32_t dx = p.x - c.x;
    int32_t dy = p.y - c.y;
    if(dx == 0 && dy == 0) return;
    int32_t best = 0;
    int64_t best_dot = INT64_MIN;
    for(int32_t a = 0; a < 360; a++) {
        int64_t dot = static_cast<int64_t>(dx) * lv_trigo_cos(static_cast<int16_t>(a)) + static_cast<int64_t>(dy) * lv_trigo_sin(static_cast<int16_t>(a));
        if(dot > best_dot) {
            best_dot = dot;
            best = a;
        }
    }
    int32_t angle = best - arc->rotation - static_cast<int32_t>(arc->bg_angle_start);
    while(angle < 0) angle += 360;
    while(angle >= 360) angle -= 360;
    int32_t span = static_cast<int32_t>(arc->bg_angle_end - arc->bg_angle_start);
    while(span <= 0) span += 360;
    if(angle > span) return; /* outside the background arc */
    int32_t v = lv_map(angle, 0, span, arc->min_value, arc->max_value);
    if(arc->type == LV_ARC_MODE_REVERSE) v = arc->max_value - (v - arc->min_value);
    if(v != arc->value) {
        lv_arc_set_value(obj, v);
        lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
    }
}

void arc_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_arc_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_arc_t * arc = as_arc(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_PRESSING:
            if(lv_indev_active() && lv_indev_get_type(lv_indev_active()) == LV_INDEV_TYPE_POINTER) {
                arc->dragging = true;
                drag(arc, lv_indev_active());
            }
            break;
        case LV_EVENT_RELEASED:
        case LV_EVENT_PRESS_LOST:
            arc->dragging = false;
            break;
        case LV_EVENT_KEY: {
            uint32_t key = lv_event_get_key(e);
            int32_t v = arc->value;
            if(key == LV_KEY_RIGHT || key == LV_KEY_UP) lv_arc_set_value(obj, v + 1);
            else if(key == LV_KEY_LEFT || key == LV_KEY_DOWN) lv_arc_set_value(obj, v - 1);
            if(v != arc->value) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            break;
        }
        case LV_EVENT_HIT_TEST: {
            /* only the ring counts, not the middle */
            lv_hit_test_info_t * info = lv_event_get_hit_test_info(e);
            lv_point_t c;
            int32_t r;
            get_center(obj, &c, &r);
            int32_t w = lv_obj_get_style_arc_width(obj, LV_PART_MAIN);
            int32_t ext = LV_DPI_DEF / 10;
            int32_t dx = info->point->x - c.x;
            int32_t dy = info->point->y - c.y;
            int32_t d2 = dx * dx + dy * dy;
            int32_t inner = LV_MAX(r - w - ext, 0);
            info->res = d2 <= (r + ext) * (r + ext) && d2 >= inner * inner;
            break;
        }
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t bg_pad = LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, LV_PART_MAIN), lv_obj_get_style_pad_right(obj, LV_PART_MAIN)),
                                    LV_MAX(lv_obj_get_style_pad_top(obj, LV_PART_MAIN), lv_obj_get_style_pad_bottom(obj, LV_PART_MAIN)));
            int32_t knob_pad = LV_MAX(LV_MAX(lv_obj_get_style_pad_left(obj, LV_PART_KNOB), lv_obj_get_style_pad_right(obj, LV_PART_KNOB)),
                                      LV_MAX(lv_obj_get_style_pad_top(obj, LV_PART_KNOB), lv_obj_get_style_pad_bottom(obj, LV_PART_KNOB))) + 2;
            lv_event_set_ext_draw_size(e, knob_pad - bg_pad + knob_extra_size(obj));
            lv_event_set_ext_draw_size(e, lv_obj_calculate_ext_draw_size(obj, LV_PART_INDICATOR));
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(arc, lv_event_get_layer(e));
            break;
        default:
            break;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_arc_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_arc_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_arc_set_start_angle(lv_obj_t * obj, lv_value_precise_t start)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    if(start > 360) start -= 360;
    as_arc(obj)->indic_angle_start = start;
    lv_obj_invalidate(obj);
}

void lv_arc_set_end_angle(lv_obj_t * obj, lv_value_precise_t end)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    if(end > 360) end -= 360;
    as_arc(obj)->indic_angle_end = end;
    lv_obj_invalidate(obj);
}

void lv_arc_set_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_arc_set_end_angle(obj, end);
    lv_arc_set_start_angle(obj, start);
}

void lv_arc_set_bg_start_angle(lv_obj_t * obj, lv_value_precise_t start)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    if(start > 360) start -= 360;
    as_arc(obj)->bg_angle_start = start;
    lv_obj_invalidate(obj);
    value_update(as_arc(obj));
}

void lv_arc_set_bg_end_angle(lv_obj_t * obj, lv_value_precise_t end)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    if(end > 360) end -= 360;
    as_arc(obj)->bg_angle_end = end;
    lv_obj_invalidate(obj);
    value_update(as_arc(obj));
}

void lv_arc_set_bg_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_arc_set_bg_end_angle(obj, end);
    lv_arc_set_bg_start_angle(obj, start);
}

void lv_arc_set_rotation(lv_obj_t * obj, int32_t rotation)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    while(rotation < 0) rotation += 360;
    while(rotation >= 360) rotation -= 360;
    as_arc(obj)->rotation = rotation;
    lv_obj_invalidate(obj);
}

void lv_arc_set_mode(lv_obj_t * obj, lv_arc_mode_t type)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    int32_t val = arc->value;
    arc->type = type;
    arc->value = -1; /* force the value to be applied again */
    lv_value_precise_t bg_end = arc->bg_angle_end < arc->bg_angle_start ? arc->bg_angle_end + 360 : arc->bg_angle_end;
    switch(type) {
        case LV_ARC_MODE_SYMMETRICAL: {
            lv_value_precise_t mid = (arc->bg_angle_start + bg_end) / 2;
            lv_arc_set_start_angle(obj, mid);
            lv_arc_set_end_angle(obj, mid);
            break;
        }
        case LV_ARC_MODE_REVERSE:
            lv_arc_set_end_angle(obj, arc->bg_angle_end);
            break;
        default:
            lv_arc_set_start_angle(obj, arc->bg_angle_start);
            break;
    }
    lv_arc_set_value(obj, val);
}

void lv_arc_set_value(lv_obj_t * obj, int32_t value)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    if(arc->value == value) return;
    int32_t v = LV_CLAMP(arc->min_value, value, arc->max_value);
    if(arc->value == v) return;
    arc->value = v;
    value_update(arc);
}

void lv_arc_set_range(lv_obj_t * obj, int32_t min, int32_t max)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_arc_t * arc = as_arc(obj);
    if(arc->min_value == min && arc->max_value == max) return;
    arc->min_value = min;
    arc->max_value = max;
    if(arc->value < min) arc->value = min;
    if(arc->value > max) arc->value = max;
    value_update(arc);
}

void lv_arc_set_change_rate(lv_obj_t * obj, uint32_t rate) { if(!lv_obj_has_class(obj, &lv_arc_class)) return; as_arc(obj)->chg_rate = rate; }
void lv_arc_set_knob_offset(lv_obj_t * obj, int32_t offset) { if(!lv_obj_has_class(obj, &lv_arc_class)) return; as_arc(obj)->knob_offset = offset; }
lv_value_precise_t lv_arc_get_angle_start(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->indic_angle_start; }
lv_value_precise_t lv_arc_get_angle_end(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->indic_angle_end; }
lv_value_precise_t lv_arc_get_bg_angle_start(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->bg_angle_start; }
lv_value_precise_t lv_arc_get_bg_angle_end(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->bg_angle_end; }
int32_t lv_arc_get_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->value; }
int32_t lv_arc_get_min_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->min_value; }
int32_t lv_arc_get_max_value(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->max_value; }
lv_arc_mode_t lv_arc_get_mode(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->type; }
int32_t lv_arc_get_rotation(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->rotation; }
int32_t lv_arc_get_knob_offset(const lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_arc_class)) return {}; return as_arc(obj)->knob_offset; }

void lv_arc_align_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_align, int32_t r_offset)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_obj_update_layout(obj);
    lv_point_t c;
    int32_t r;
    get_center(obj, &c, &r);
    r -= lv_obj_get_style_arc_width(obj, LV_PART_INDICATOR) / 2;
    r += r_offset;
    int32_t angle = knob_angle(as_arc(obj));
    int32_t kx = (r * lv_trigo_sin(static_cast<int16_t>(angle + 90))) >> LV_TRIGO_SHIFT;
    int32_t ky = (r * lv_trigo_sin(static_cast<int16_t>(angle))) >> LV_TRIGO_SHIFT;
    lv_obj_align_to(obj_to_align, obj, LV_ALIGN_CENTER, kx, ky);
}

void lv_arc_rotate_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_rotate, int32_t r_offset)
{
    if(!lv_obj_has_class(obj, &lv_arc_class)) return;
    lv_obj_update_layout(obj);
    lv_point_t c;
    int32_t r;
    get_center(obj, &c, &r);
    r -= lv_obj_get_style_arc_width(obj, LV_PART_INDICATOR) / 2;
    r += r_offset;
    lv_obj_align_to(obj_to_rotate, obj, LV_ALIGN_CENTER, 0, -r);
    lv_obj_update_layout(obj);
    int32_t angle = knob_angle(as_arc(obj));
    lv_obj_set_style_transform_pivot_x(obj_to_rotate, c.x - obj_to_rotate->coords.x1, 0);
    lv_obj_set_style_transform_pivot_y(obj_to_rotate, c.y - obj_to_rotate->coords.y1, 0);
    lv_obj_set_style_transform_rotation(obj_to_rotate, angle * 10 + 900, 0);
}

} // extern "C"
