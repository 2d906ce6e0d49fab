/**
 * @file lv_obj_draw.cpp
 * How objects draw themselves: draw descriptors filled from styles, the base object's
 * background/border/shadow/outline, the extra area outside the object a style draws on.
 */
#include "lv_obj_private.h"
#include "lv_global.h"

namespace {

void draw_main(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_MAIN, &dsc);
    /* a "post" border is drawn after the children (DRAW_POST) */
    if(lv_obj_get_style_border_post(obj, LV_PART_MAIN)) dsc.border_opa = LV_OPA_TRANSP;
    lv_area_t coords = obj->coords;
    lv_area_increase(&coords, lv_obj_get_style_transform_width(obj, LV_PART_MAIN),
                     lv_obj_get_style_transform_height(obj, LV_PART_MAIN));
    lv_draw_rect(layer, &dsc, &coords);
}

void draw_scrollbars(lv_obj_t * obj, lv_layer_t * layer)
{
    lv_area_t hor, ver;
    lv_obj_get_scrollbar_area(obj, &hor, &ver);
    if(lv_area_get_size(&hor) <= 0 && lv_area_get_size(&ver) <= 0) return;
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_SCROLLBAR, &dsc);
    if(dsc.bg_opa <= LV_OPA_MIN && dsc.border_opa <= LV_OPA_MIN && dsc.shadow_opa <= LV_OPA_MIN) return;
    if(lv_area_get_size(&hor) > 0) lv_draw_rect(layer, &dsc, &hor);
    if(lv_area_get_size(&ver) > 0) lv_draw_rect(layer, &dsc, &ver);
}

void draw_post(lv_obj_t * obj, lv_layer_t * layer)
{
    draw_scrollbars(obj, layer);
    if(!lv_obj_get_style_border_post(obj, LV_PART_MAIN)) return;
    lv_draw_rect_dsc_t dsc;
    lv_draw_rect_dsc_init(&dsc);
    lv_obj_init_draw_rect_dsc(obj, LV_PART_MAIN, &dsc);
    dsc.bg_opa = LV_OPA_TRANSP;
    dsc.bg_image_opa = LV_OPA_TRANSP;
    dsc.outline_opa = LV_OPA_TRANSP;
    dsc.shadow_opa = LV_OPA_TRANSP;
    lv_area_t coords = obj->coords;
    lv_area_increase(&coords, lv_obj_get_style_transform_width(obj, LV_PART_MAIN),
                     lv_obj_get_style_transform_height(obj, LV_PART_MAIN));
    lv_draw_rect(layer, &dsc, &coords);
}

void cover_check(lv_obj_t * obj, lv_event_t * e)
{
    lv_cover_check_info_t * info = static_cast<lv_cover_check_info_t *>(lv_event_get_param(e));
    if(info->res == LV_COVER_RES_MASKED) return;
    if(lv_obj_get_style_clip_corner(obj, LV_PART_MAIN)) {
        info->res = LV_COVER_RES_MASKED;
        return;
    }
    lv_area_t coords = obj->coords;
    lv_area_increase(&coords, lv_obj_get_style_transform_width(obj, LV_PART_MAIN),
                     lv_obj_get_style_transform_height(obj, LV_PART_MAIN));
    int32_t r = lv_obj_get_style_radius(obj, LV_PART_MAIN);
    if(!lv_area_is_in(info->area, &coords, r) || lv_obj_get_style_bg_opa(obj, LV_PART_MAIN) < LV_OPA_MAX ||
       lv_obj_get_style_opa(obj, LV_PART_MAIN) < LV_OPA_MAX || lv_obj_get_style_bg_grad_dir(obj, LV_PART_MAIN) != LV_GRAD_DIR_NONE ||
       lv_obj_get_style_blend_mode(obj, LV_PART_MAIN) != LV_BLEND_MODE_NORMAL ||
       lv_obj_get_style_transform_rotation(obj, LV_PART_MAIN) != 0 ||
       lv_obj_get_style_transform_scale_x(obj, LV_PART_MAIN) != LV_SCALE_NONE ||
       lv_obj_get_style_transform_scale_y(obj, LV_PART_MAIN) != LV_SCALE_NONE) {
        info->res = LV_COVER_RES_NOT_COVER;
    }
}

} // namespace

void lv_obj_draw_event(lv_event_t * e)
{
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_DRAW_MAIN: draw_main(obj, lv_event_get_layer(e)); break;
        case LV_EVENT_DRAW_POST: draw_post(obj, lv_event_get_layer(e)); break;
        case LV_EVENT_COVER_CHECK: cover_check(obj, e); break;
        case LV_EVENT_REFR_EXT_DRAW_SIZE: {
            int32_t s = lv_obj_calculate_ext_draw_size(obj, LV_PART_MAIN);
            lv_event_set_ext_draw_size(e, s);
            break;
        }
        default: break;
    }
}

extern "C" {

void lv_obj_init_draw_rect_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_rect_dsc_t * dsc)
{
    if(!dsc) return;  /* a script passed None */
    dsc->base.obj = obj;
    dsc->base.part = part;
    lv_opa_t opa = lv_obj_get_style_opa_recursive(obj, part);
    if(opa <= LV_OPA_MIN) {
        dsc->bg_opa = LV_OPA_TRANSP;
        dsc->bg_image_opa = LV_OPA_TRANSP;
        dsc->border_opa = LV_OPA_TRANSP;
        dsc->outline_opa = LV_OPA_TRANSP;
        dsc->shadow_opa = LV_OPA_TRANSP;
        return;
    }
    dsc->radius = lv_obj_get_style_radius(obj, part);

    if(dsc->bg_opa != LV_OPA_TRANSP) {
        dsc->bg_opa = lv_obj_get_style_bg_opa(obj, part);
        if(dsc->bg_opa > LV_OPA_MIN) {
            dsc->bg_color = lv_obj_get_style_bg_color_filtered(obj, part);
            const lv_grad_dsc_t * grad = lv_obj_get_style_bg_grad(obj, part);
            if(grad && grad->dir != LV_GRAD_DIR_NONE) {
                dsc->bg_grad = *grad;
            }
            else {
                dsc->bg_grad.dir = lv_obj_get_style_bg_grad_dir(obj, part);
                if(dsc->bg_grad.dir != LV_GRAD_DIR_NONE) {
                    dsc->bg_grad.stops_count = 2;
                    dsc->bg_grad.stops[0].color = dsc->bg_color;
                    dsc->bg_grad.stops[1].color = lv_obj_get_style_bg_grad_color_filtered(obj, part);
                    dsc->bg_grad.stops[0].frac = static_cast<uint8_t>(lv_obj_get_style_bg_main_stop(obj, part));
                    dsc->bg_grad.stops[1].frac = static_cast<uint8_t>(lv_obj_get_style_bg_grad_stop(obj, part));
                    dsc->bg_grad.stops[0].opa = lv_obj_get_style_bg_main_opa(obj, part);
                    dsc->bg_grad.stops[1].opa = lv_obj_get_style_bg_grad_opa(obj, part);
                }
            }
        }
    }

    if(dsc->border_opa != LV_OPA_TRANSP) {
        dsc->border_width = lv_obj_get_style_border_width(obj, part);
        if(dsc->border_width) {
            dsc->border_opa = lv_obj_get_style_border_opa(obj, part);
            if(dsc->border_opa > LV_OPA_MIN) {
                dsc->border_side = lv_obj_get_style_border_side(obj, part);
                dsc->border_color = lv_obj_get_style_border_color_filtered(obj, part);
            }
        }
    }

    if(dsc->outline_opa != LV_OPA_TRANSP) {
        dsc->outline_width = lv_obj_get_style_outline_width(obj, part);
        if(dsc->outline_width) {
            dsc->outline_opa = lv_obj_get_style_outline_opa(obj, part);
            if(dsc->outline_opa > LV_OPA_MIN) {
                dsc->outline_pad = lv_obj_get_style_outline_pad(obj, part);
                dsc->outline_color = lv_obj_get_style_outline_color_filtered(obj, part);
            }
        }
    }

    if(dsc->bg_image_opa != LV_OPA_TRANSP) {
        dsc->bg_image_src = lv_obj_get_style_bg_image_src(obj, part);
        if(dsc->bg_image_src) {
            dsc->bg_image_opa = lv_obj_get_style_bg_image_opa(obj, part);
            if(dsc->bg_image_opa > LV_OPA_MIN) {
                dsc->bg_image_symbol_font = lv_obj_get_style_text_font(obj, part);
                /* a symbol is text: LVGL draws it in the part's text color (the checkbox's
                 * white check mark), an image takes bg_image_recolor */
                if(lv_image_src_get_type(dsc->bg_image_src) == LV_IMAGE_SRC_SYMBOL)
                    dsc->bg_image_recolor = lv_obj_get_style_text_color_filtered(obj, part);
                else dsc->bg_image_recolor = lv_obj_get_style_bg_image_recolor(obj, part);
                dsc->bg_image_recolor_opa = lv_obj_get_style_bg_image_recolor_opa(obj, part);
                dsc->bg_image_tiled = lv_obj_get_style_bg_image_tiled(obj, part);
            }
        }
    }

    if(dsc->shadow_opa) {
        dsc->shadow_width = lv_obj_get_style_shadow_width(obj, part);
        if(dsc->shadow_width) {
            dsc->shadow_opa = lv_obj_get_style_shadow_opa(obj, part);
            if(dsc->shadow_opa > LV_OPA_MIN) {
                dsc->shadow_offset_x = lv_obj_get_style_shadow_offset_x(obj, part);
                dsc->shadow_offset_y = lv_obj_get_style_shadow_offset_y(obj, part);
                dsc->shadow_spread = lv_obj_get_style_shadow_spread(obj, part);
                dsc->shadow_color = lv_obj_get_style_shadow_color_filtered(obj, part);
            }
        }
    }

    if(part != LV_PART_MAIN && lv_obj_get_style_recolor_opa(obj, part) > LV_OPA_MIN) {
        /* a part's own recolor tints its colors (the MAIN part's tints the whole layer) */
        auto rc = [obj, part](lv_color_t c) {
            lv_color32_t r = lv_obj_style_apply_recolor(obj, part, lv_color32_make(c.red, c.green, c.blue, 255));
            return lv_color_make(r.red, r.green, r.blue);
        };
        dsc->bg_color = rc(dsc->bg_color);
        dsc->bg_grad.stops[0].color = rc(dsc->bg_grad.stops[0].color);
        dsc->bg_grad.stops[1].color = rc(dsc->bg_grad.stops[1].color);
        dsc->border_color = rc(dsc->border_color);
        dsc->outline_color = rc(dsc->outline_color);
        dsc->shadow_color = rc(dsc->shadow_color);
        dsc->bg_image_recolor = rc(dsc->bg_image_recolor);
    }

    if(opa < LV_OPA_MAX) {
        dsc->bg_opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->bg_opa, opa));
        dsc->bg_image_opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->bg_image_opa, opa));
        dsc->border_opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->border_opa, opa));
        dsc->shadow_opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->shadow_opa, opa));
        dsc->outline_opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->outline_opa, opa));
    }
}

void lv_obj_init_draw_label_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_label_dsc_t * dsc)
{
    if(!dsc) return;  /* a script passed None */
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->opa = lv_obj_get_style_text_opa(obj, part);
    if(dsc->opa <= LV_OPA_MIN) return;
    lv_opa_t opa = lv_obj_get_style_opa_recursive(obj, part);
    if(opa < LV_OPA_MAX) dsc->opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->opa, opa));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->color = lv_obj_get_style_text_color_filtered(obj, part);
    dsc->letter_space = lv_obj_get_style_text_letter_space(obj, part);
    dsc->line_space = lv_obj_get_style_text_line_space(obj, part);
    dsc->decor = lv_obj_get_style_text_decor(obj, part);
    dsc->font = lv_obj_get_style_text_font(obj, part);
    dsc->align = lv_obj_get_style_text_align(obj, part);
    dsc->outline_stroke_width = lv_obj_get_style_text_outline_stroke_width(obj, part);
    if(dsc->outline_stroke_width) {
        dsc->outline_stroke_color = lv_obj_get_style_text_outline_stroke_color(obj, part);
        dsc->outline_stroke_opa = lv_obj_get_style_text_outline_stroke_opa(obj, part);
    }
    if(part != LV_PART_MAIN && lv_obj_get_style_recolor_opa(obj, part) > LV_OPA_MIN) {
        /* a part's own recolor tints its text too (e.g. disabled button matrix items) */
        lv_color32_t r = lv_obj_style_apply_recolor(obj, part, lv_color32_make(dsc->color.red, dsc->color.green, dsc->color.blue, 255));
        dsc->color = lv_color_make(r.red, r.green, r.blue);
    }
}

void lv_obj_init_draw_image_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_image_dsc_t * dsc)
{
    if(!dsc) return;  /* a script passed None */
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->opa = lv_obj_get_style_image_opa(obj, part);
    if(dsc->opa <= LV_OPA_MIN) return;
    lv_opa_t opa = lv_obj_get_style_opa_recursive(obj, part);
    if(opa < LV_OPA_MAX) dsc->opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->opa, opa));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->rotation = 0;
    dsc->scale_x = LV_SCALE_NONE;
    dsc->scale_y = LV_SCALE_NONE;
    dsc->antialias = 1;
    dsc->recolor_opa = lv_obj_get_style_image_recolor_opa(obj, part);
    if(dsc->recolor_opa > 0) dsc->recolor = lv_obj_get_style_image_recolor_filtered(obj, part);
    if(part != LV_PART_MAIN) dsc->blend_mode = lv_obj_get_style_blend_mode(obj, part);
}

void lv_obj_init_draw_line_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_line_dsc_t * dsc)
{
    if(!dsc) return;  /* a script passed None */
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->width = lv_obj_get_style_line_width(obj, part);
    if(dsc->width == 0) return;
    dsc->opa = lv_obj_get_style_line_opa(obj, part);
    if(dsc->opa <= LV_OPA_MIN) return;
    lv_opa_t opa = lv_obj_get_style_opa_recursive(obj, part);
    if(opa < LV_OPA_MAX) dsc->opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->opa, opa));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->color = lv_obj_get_style_line_color_filtered(obj, part);
    dsc->dash_width = lv_obj_get_style_line_dash_width(obj, part);
    if(dsc->dash_width) dsc->dash_gap = lv_obj_get_style_line_dash_gap(obj, part);
    dsc->round_start = lv_obj_get_style_line_rounded(obj, part);
    dsc->round_end = dsc->round_start;
}

void lv_obj_init_draw_arc_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_arc_dsc_t * dsc)
{
    if(!dsc) return;  /* a script passed None */
    dsc->base.obj = obj;
    dsc->base.part = part;
    dsc->width = lv_obj_get_style_arc_width(obj, part);
    if(dsc->width == 0) return;
    dsc->opa = lv_obj_get_style_arc_opa(obj, part);
    if(dsc->opa <= LV_OPA_MIN) return;
    lv_opa_t opa = lv_obj_get_style_opa_recursive(obj, part);
    if(opa < LV_OPA_MAX) dsc->opa = static_cast<lv_opa_t>(LV_OPA_MIX2(dsc->opa, opa));
    if(dsc->opa <= LV_OPA_MIN) return;
    dsc->color = lv_obj_get_style_arc_color_filtered(obj, part);
    dsc->img_src = lv_obj_get_style_arc_image_src(obj, part);
    dsc->rounded = lv_obj_get_style_arc_rounded(obj, part);
}

lv_text_align_t lv_obj_calculate_style_text_align(const lv_obj_t * obj, lv_part_t part, const char * txt)
{
    LV_UNUSED(txt); /* no bidirectional text: AUTO follows the base direction */
    lv_text_align_t align = lv_obj_get_style_text_align(obj, part);
    if(align == LV_TEXT_ALIGN_AUTO) {
        align = lv_obj_get_style_base_dir(obj, part) == LV_BASE_DIR_RTL ? LV_TEXT_ALIGN_RIGHT : LV_TEXT_ALIGN_LEFT;
    }
    return align;
}

int32_t lv_obj_calculate_ext_draw_size(lv_obj_t * obj, lv_part_t part)
{
    int32_t s = 0;
    int32_t sh_width = lv_obj_get_style_shadow_width(obj, part);
    if(sh_width) {
        lv_opa_t sh_opa = lv_obj_get_style_shadow_opa(obj, part);
        if(sh_opa > LV_OPA_MIN) {
            sh_width = sh_width / 2 + 1; /* the blur is centered on the edge */
            sh_width += lv_obj_get_style_shadow_spread(obj, part);
            int32_t ofs_x = lv_obj_get_style_shadow_offset_x(obj, part);
            int32_t ofs_y = lv_obj_get_style_shadow_offset_y(obj, part);
            sh_width += LV_MAX(LV_ABS(ofs_x), LV_ABS(ofs_y));
            s = LV_MAX(s, sh_width);
        }
    }
    int32_t outline_width = lv_obj_get_style_outline_width(obj, part);
    if(outline_width) {
        lv_opa_t outline_opa = lv_obj_get_style_outline_opa(obj, part);
        if(outline_opa > LV_OPA_MIN) {
            int32_t pad = lv_obj_get_style_outline_pad(obj, part);
            s = LV_MAX(s, pad + outline_width);
        }
    }
    int32_t w = lv_obj_get_style_transform_width(obj, part);
    int32_t h = lv_obj_get_style_transform_height(obj, part);
    int32_t wh = LV_MAX(w, h);
    if(wh > 0) s += wh;
    return s;
}

void lv_obj_refresh_ext_draw_size(lv_obj_t * obj)
{
    int32_t s = 0;
    lv_obj_send_event(obj, LV_EVENT_REFR_EXT_DRAW_SIZE, &s);
    if(s != lv_obj_get_ext_draw_size(obj)) {
        lv_obj_invalidate(obj);
        lv_obj_allocate_spec_attr(obj);
        if(obj->spec_attr) obj->spec_attr->ext_draw_size = s;
        lv_obj_invalidate(obj);
    }
}

} // extern "C"

int32_t lv_obj_get_ext_draw_size(const lv_obj_t * obj) { return obj->spec_attr ? obj->spec_attr->ext_draw_size : 0; }
