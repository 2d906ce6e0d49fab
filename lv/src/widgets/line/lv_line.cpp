/**
 * @file lv_line.cpp
 * Line: draws a segment between each pair of consecutive points, offset by the object's
 * position and scroll. Its content size reaches the farthest point plus the line width.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_line_t {
    lv_obj_t obj;
    const lv_point_precise_t * points;
    uint32_t point_num;
    uint8_t y_inv : 1;
    uint8_t mutable_points : 1;
};

void line_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void line_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_line_class = {
    &lv_obj_class, line_constructor, nullptr, line_event, nullptr, "line",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_line_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_line_t * as_line(const lv_obj_t * obj) { return reinterpret_cast<lv_line_t *>(const_cast<lv_obj_t *>(obj)); }

void line_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_line_t * line = as_line(obj);
    line->points = nullptr;
    line->point_num = 0;
    line->y_inv = 0;
    line->mutable_points = 0;
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
}

/** A coordinate that may be a percentage of the object's size. */
int32_t resolve(lv_value_precise_t v, int32_t full)
{
    int32_t c = static_cast<int32_t>(v);
    return LV_COORD_IS_PCT(c) ? full * LV_COORD_GET_PCT(c) / 100 : c;
}

void draw_main(lv_obj_t * obj, lv_event_t * e)
{
    lv_line_t * line = as_line(obj);
    if(line->point_num < 2 || line->points == nullptr) return;
    const int32_t w = lv_obj_get_width(obj);
    const int32_t h = lv_obj_get_height(obj);
    const int32_t x_ofs = obj->coords.x1 - lv_obj_get_scroll_x(obj);
    const int32_t y_ofs = obj->coords.y1 - lv_obj_get_scroll_y(obj);
    lv_draw_line_dsc_t dsc;
    lv_draw_line_dsc_init(&dsc);
    lv_obj_init_draw_line_dsc(obj, LV_PART_MAIN, &dsc);
    if(dsc.width == 0 || dsc.opa <= LV_OPA_MIN) return;
    lv_layer_t * layer = lv_event_get_layer(e);
    for(uint32_t i = 0; i + 1 < line->point_num; i++) {
        int32_t y1 = resolve(line->points[i].y, h);
        int32_t y2 = resolve(line->points[i + 1].y, h);
        if(line->y_inv) {
            y1 = h - y1;
            y2 = h - y2;
        }
        dsc.p1.x = resolve(line->points[i].x, w) + x_ofs;
        dsc.p1.y = y1 + y_ofs;
        dsc.p2.x = resolve(line->points[i + 1].x, w) + x_ofs;
        dsc.p2.y = y2 + y_ofs;
        lv_draw_line(layer, &dsc);
    }
}

void line_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_line_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    lv_line_t * line = as_line(obj);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            /* the corners of skewed wide lines stick out of the points' box */
            lv_event_set_ext_draw_size(e, lv_obj_get_style_line_width(obj, LV_PART_MAIN));
            break;
        case LV_EVENT_GET_SELF_SIZE: {
            lv_point_t * p = lv_event_get_self_size_info(e);
            int32_t w = 0;
            int32_t h = 0;
            for(uint32_t i = 0; i < line->point_num; i++) {
                int32_t x = static_cast<int32_t>(line->points[i].x);
                int32_t y = static_cast<int32_t>(line->points[i].y);
                if(!LV_COORD_IS_PCT(x)) w = LV_MAX(w, x);
                if(!LV_COORD_IS_PCT(y)) h = LV_MAX(h, y);
            }
            int32_t lw = lv_obj_get_style_line_width(obj, LV_PART_MAIN);
            p->x = LV_MAX(p->x, w + lw);
            p->y = LV_MAX(p->y, h + lw);
            break;
        }
        case LV_EVENT_DRAW_MAIN:
            draw_main(obj, e);
            break;
        default:
            break;
    }
}

void set_points(lv_obj_t * obj, const lv_point_precise_t * points, uint32_t n, bool is_mutable)
{
    lv_line_t * line = as_line(obj);
    line->points = points;
    line->point_num = points ? n : 0;
    line->mutable_points = is_mutable ? 1 : 0;
    lv_obj_refresh_self_size(obj);
    lv_obj_invalidate(obj);
}

} // namespace

extern "C" {

lv_obj_t * lv_line_create(lv_obj_t * parent) { return lv_widget_create(&lv_line_class, parent); }

void lv_line_set_points(lv_obj_t * obj, const lv_point_precise_t points[], uint32_t point_num)
{
    if(!lv_widget_check(obj, &lv_line_class)) return;
    set_points(obj, points, point_num, false);
}

void lv_line_set_points_mutable(lv_obj_t * obj, lv_point_precise_t points[], uint32_t point_num)
{
    if(!lv_widget_check(obj, &lv_line_class)) return;
    set_points(obj, points, point_num, true);
}

void lv_line_set_y_invert(lv_obj_t * obj, bool en)
{
    if(!lv_widget_check(obj, &lv_line_class)) return;
    as_line(obj)->y_inv = en ? 1 : 0;
    lv_obj_invalidate(obj);
}

const lv_point_precise_t * lv_line_get_points(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_line_class)) return {};
    return as_line(obj)->points;
}
uint32_t lv_line_get_point_count(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_line_class)) return {};
    return as_line(obj)->point_num;
}
bool lv_line_is_point_array_mutable(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_line_class)) return {};
    return as_line(obj)->mutable_points;
}

lv_point_precise_t * lv_line_get_points_mutable(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_line_class)) return {};
    lv_line_t * line = as_line(obj);
    return line->mutable_points ? const_cast<lv_point_precise_t *>(line->points) : nullptr;
}

bool lv_line_get_y_invert(const lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_line_class)) return {};
    return as_line(obj)->y_inv;
}

} // extern "C"
