/**
 * @file lv_widgets_common.cpp
 * Draw descriptors from styles for the widgets (the core only provides rect and label ones).
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

lv_opa_t mix_opa(lv_opa_t part_opa, lv_opa_t obj_opa)
{
    if(obj_opa >= LV_OPA_MAX) return part_opa;
    return static_cast<lv_opa_t>((static_cast<uint32_t>(part_opa) * obj_opa) >> 8);
}

} // namespace

void lv_widget_init_draw_arc_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_arc_dsc_t * dsc)
{
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->width = lv_obj_get_style_arc_width(obj, part);
    if(dsc->width == 0) return;
    dsc->opa = mix_opa(lv_obj_get_style_arc_opa(obj, part), lv_obj_get_style_opa_recursive(obj, part));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->color = lv_obj_get_style_arc_color_filtered(obj, part);
    dsc->img_src = lv_obj_get_style_arc_image_src(obj, part);
    dsc->rounded = lv_obj_get_style_arc_rounded(obj, part) ? 1 : 0;
}

void lv_widget_init_draw_line_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_line_dsc_t * dsc)
{
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->width = lv_obj_get_style_line_width(obj, part);
    if(dsc->width == 0) return;
    dsc->opa = mix_opa(lv_obj_get_style_line_opa(obj, part), lv_obj_get_style_opa_recursive(obj, part));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->color = lv_obj_get_style_line_color_filtered(obj, part);
    dsc->dash_width = lv_obj_get_style_line_dash_width(obj, part);
    if(dsc->dash_width) dsc->dash_gap = lv_obj_get_style_line_dash_gap(obj, part);
    dsc->round_start = lv_obj_get_style_line_rounded(obj, part) ? 1 : 0;
    dsc->round_end = dsc->round_start;
}

void lv_widget_init_draw_image_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_image_dsc_t * dsc)
{
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->opa = mix_opa(lv_obj_get_style_image_opa(obj, part), lv_obj_get_style_opa_recursive(obj, part));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->recolor_opa = lv_obj_get_style_image_recolor_opa(obj, part);
    if(dsc->recolor_opa > 0) dsc->recolor = lv_obj_get_style_image_recolor_filtered(obj, part);
    dsc->blend_mode = lv_obj_get_style_blend_mode(obj, part);
}

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
