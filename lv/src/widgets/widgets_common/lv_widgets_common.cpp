/**
 * @file lv_widgets_common.cpp
 * Small helpers shared by the widgets.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

void lv_widget_area_inside_pad(const lv_obj_t * obj, lv_part_t part, const lv_area_t * in, lv_area_t * out)
{
    *out = *in;
    out->x1 += lv_obj_get_style_pad_left(obj, part);
    out->x2 -= lv_obj_get_style_pad_right(obj, part);
    out->y1 += lv_obj_get_style_pad_top(obj, part);
    out->y2 -= lv_obj_get_style_pad_bottom(obj, part);
}

void lv_widget_area_grow_by_pad(const lv_obj_t * obj, lv_part_t part, lv_area_t * area)
{
    area->x1 -= lv_obj_get_style_pad_left(obj, part);
    area->x2 += lv_obj_get_style_pad_right(obj, part);
    area->y1 -= lv_obj_get_style_pad_top(obj, part);
    area->y2 += lv_obj_get_style_pad_bottom(obj, part);
}

char * lv_widget_strdup(const char * s)
{
    if(s == nullptr) return nullptr;
    size_t n = lv_strlen(s);
    char * copy = static_cast<char *>(lv_malloc(n + 1));
    if(copy) lv_memcpy(copy, s, n + 1);
    return copy;
}

bool lv_widget_check(const lv_obj_t * obj, const lv_obj_class_t * cls) { return lv_obj_has_class(obj, cls); }

lv_obj_t * lv_widget_create(const lv_obj_class_t * cls, lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(cls, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}
