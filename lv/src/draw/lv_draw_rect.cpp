// Rectangles: box shadow, background (color or gradient), background image, border and
// outline, in LVGL's order and with its geometry rules.
#include <string.h>

#include "lv_draw_image.h"
#include "lv_draw_label.h"
#include "lv_draw_sw.h"

using namespace lv_sw;

namespace {

/* A background: a color, or a vertical / horizontal gradient over the whole of coords. */
struct Paint {
    lv_color_t color;
    lv_opa_t opa;
    const lv_grad_dsc_t * grad; /* NULL for a plain color */
};

bool has_gradient(const lv_grad_dsc_t & g)
{
    return (g.dir == LV_GRAD_DIR_VER || g.dir == LV_GRAD_DIR_HOR) && g.stops_count >= 1;
}

void fill_shape(const Target & t, const lv_area_t & coords, int32_t radius, const Paint & paint)
{
    lv_area_t draw;
    if(!lv_area_intersect(&draw, &coords, &t.clip)) return;
    RoundRect rr = make_round_rect(coords, radius);
    int32_t w = lv_area_get_width(&draw);
    RowBuf mask_buf(w);
    if(!mask_buf.ok()) return;
    lv_opa_t * mask = mask_buf.data();
    lv_color32_t * row_px = nullptr;
    RowBuf px_buf(paint.grad && paint.grad->dir == LV_GRAD_DIR_HOR ? w * sizeof(lv_color32_t) : 0);
    if(paint.grad && paint.grad->dir == LV_GRAD_DIR_HOR) {
        if(!px_buf.ok()) return;
        row_px = (lv_color32_t *)px_buf.data();
        int32_t range = lv_area_get_width(&coords);
        for(int32_t i = 0; i < w; i++) row_px[i] = grad_color_at(*paint.grad, range, draw.x1 + i - coords.x1);
    }
    int32_t range_v = lv_area_get_height(&coords);
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        const lv_opa_t * m = nullptr;
        if(!round_rect_row_is_full(rr, y)) {
            if(!round_rect_row(rr, y, draw.x1, w, mask)) continue;
            m = mask;
        }
        if(row_px) {
            blend_pixels(t, draw.x1, y, w, row_px, paint.opa, m);
        }
        else if(paint.grad) {
            lv_color32_t c = grad_color_at(*paint.grad, range_v, y - coords.y1);
            lv_color_t cc = {c.blue, c.green, c.red};
            blend_color(t, draw.x1, y, w, cc, opa_mix(paint.opa, c.alpha), m);
        }
        else {
            blend_color(t, draw.x1, y, w, paint.color, paint.opa, m);
        }
    }
}

/* The ring between an outer and an inner rounded rectangle. */
void fill_ring(const Target & t, const RoundRect & outer, const RoundRect & inner, lv_color_t color, lv_opa_t opa)
{
    lv_area_t draw;
    if(!lv_area_intersect(&draw, &outer.area, &t.clip)) return;
    int32_t w = lv_area_get_width(&draw);
    RowBuf out_buf(w), in_buf(w);
    if(!out_buf.ok() || !in_buf.ok()) return;
    lv_opa_t * om = out_buf.data();
    lv_opa_t * im = in_buf.data();
    bool inner_valid = inner.area.x1 <= inner.area.x2 && inner.area.y1 <= inner.area.y2;
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        bool inner_row = inner_valid && y >= inner.area.y1 && y <= inner.area.y2;
        if(round_rect_row_is_full(outer, y) && (!inner_row || round_rect_row_is_full(inner, y))) {
            /* straight part: up to two solid strips */
            if(!inner_row) {
                blend_color(t, outer.area.x1, y, lv_area_get_width(&outer.area), color, opa, nullptr);
                continue;
            }
            int32_t lw = inner.area.x1 - outer.area.x1;
            if(lw > 0) blend_color(t, outer.area.x1, y, lw, color, opa, nullptr);
            int32_t rw = outer.area.x2 - inner.area.x2;
            if(rw > 0) blend_color(t, inner.area.x2 + 1, y, rw, color, opa, nullptr);
            continue;
        }
        if(!round_rect_row(outer, y, draw.x1, w, om)) continue;
        if(inner_row && round_rect_row(inner, y, draw.x1, w, im)) {
            for(int32_t i = 0; i < w; i++) om[i] = om[i] > im[i] ? (lv_opa_t)(om[i] - im[i]) : 0;
        }
        blend_color(t, draw.x1, y, w, color, opa, om);
    }
}

void draw_border_area(const Target & t, const lv_area_t & coords, int32_t radius, int32_t width,
                      lv_border_side_t side, lv_color_t color, lv_opa_t opa)
{
    if(width <= 0 || opa <= LV_OPA_MIN || side == LV_BORDER_SIDE_NONE) return;
    RoundRect outer = make_round_rect(coords, radius);
    int32_t rout = outer.radius;
    /* a missing side pushes the inner edge out beyond the outer one */
    lv_area_t in = coords;
    in.x1 += (side & LV_BORDER_SIDE_LEFT) ? width : -(width + rout);
    in.x2 -= (side & LV_BORDER_SIDE_RIGHT) ? width : -(width + rout);
    in.y1 += (side & LV_BORDER_SIDE_TOP) ? width : -(width + rout);
    in.y2 -= (side & LV_BORDER_SIDE_BOTTOM) ? width : -(width + rout);
    int32_t rin = LV_MAX(0, rout - width);
    RoundRect inner;
    inner.area = in;
    if(in.x1 <= in.x2 && in.y1 <= in.y2) inner = make_round_rect(in, rin);
    fill_ring(t, outer, inner, color, opa);
}

/* Separable box blur of `k` taps, in place, on a w x h buffer of 16-bit values. An even
 * box is off-center by half a pixel; `flip` puts that half pixel on the other side. */
void box_blur(uint16_t * buf, int32_t w, int32_t h, int32_t k, uint32_t * tmp, bool flip)
{
    if(k <= 1) return;
    int32_t before = (k - 1) / 2;
    int32_t after = k - 1 - before;
    if(flip) {
        int32_t s = before;
        before = after;
        after = s;
    }
    for(int32_t y = 0; y < h; y++) {
        uint16_t * row = buf + (size_t)y * w;
        uint32_t sum = 0;
        for(int32_t x = -before - 1; x < after; x++) {
            if(x >= 0 && x < w) sum += row[x];
        }
        for(int32_t x = 0; x < w; x++) {
            int32_t add = x + after;
            int32_t sub = x - before - 1;
            if(add < w) sum += row[add];
            if(sub >= 0) sum -= row[sub];
            tmp[x] = sum / k;
        }
        for(int32_t x = 0; x < w; x++) row[x] = (uint16_t)tmp[x];
    }
    for(int32_t x = 0; x < w; x++) {
        uint32_t sum = 0;
        for(int32_t y = -before - 1; y < after; y++) {
            if(y >= 0 && y < h) sum += buf[(size_t)y * w + x];
        }
        for(int32_t y = 0; y < h; y++) {
            int32_t add = y + after;
            int32_t sub = y - before - 1;
            if(add < h) sum += buf[(size_t)add * w + x];
            if(sub >= 0) sum -= buf[(size_t)sub * w + x];
            tmp[y] = sum / k;
        }
        for(int32_t y = 0; y < h; y++) buf[(size_t)y * w + x] = (uint16_t)tmp[y];
    }
}

void draw_shadow(const Target & t, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc->opa <= LV_OPA_MIN) return;
    if(dsc->width == 0 && dsc->spread <= 0 && dsc->ofs_x == 0 && dsc->ofs_y == 0) return;
    int32_t sw = LV_MAX(0, dsc->width);
    lv_area_t core = *coords;
    lv_area_move(&core, dsc->ofs_x, dsc->ofs_y);
    /* with an even blur box the original's blurred shape comes out 1 px smaller per side
     * (measured against its pictures) */
    int32_t shrink = (sw > 1 && ((sw / 2) % 2) == 0) ? 1 : 0;
    lv_area_increase(&core, dsc->spread - shrink, dsc->spread - shrink);
    if(core.x2 < core.x1 || core.y2 < core.y1) return;
    lv_area_t sh = core;
    lv_area_increase(&sh, sw / 2 + 1, sw / 2 + 1);
    lv_area_t draw;
    if(!lv_area_intersect(&draw, &sh, &t.clip)) return;
    int32_t w = lv_area_get_width(&sh);
    int32_t h = lv_area_get_height(&sh);
    if((int64_t)w * h > 16 * 1024 * 1024) return; /* absurd sizes: refuse rather than exhaust memory */
    RowBuf shade_buf((size_t)w * h * sizeof(uint16_t));
    RowBuf tmp_buf((size_t)LV_MAX(w, h) * sizeof(uint32_t));
    RowBuf mask_buf((size_t)LV_MAX(w, h));
    if(!shade_buf.ok() || !tmp_buf.ok() || !mask_buf.ok()) return;
    uint16_t * shade = (uint16_t *)shade_buf.data();
    lv_opa_t * mask = mask_buf.data();
    RoundRect core_rr = make_round_rect(core, dsc->radius);
    /* coverage of the core shape, scaled by 64 to keep precision through the blur */
    for(int32_t y = 0; y < h; y++) {
        uint16_t * row = shade + (size_t)y * w;
        if(round_rect_row(core_rr, sh.y1 + y, sh.x1, w, mask)) {
            for(int32_t x = 0; x < w; x++) row[x] = (uint16_t)(mask[x] << 6);
        }
        else {
            memset(row, 0, (size_t)w * sizeof(uint16_t));
        }
    }
    /* two box blurs of half the width approximate LVGL's soft shadow edge */
    if(sw > 1) {
        int32_t k1 = sw / 2;
        int32_t k2 = sw / 2 + (sw & 1);
        box_blur(shade, w, h, k1, (uint32_t *)tmp_buf.data(), false);
        box_blur(shade, w, h, k2, (uint32_t *)tmp_buf.data(), true);
    }
    /* the part under an opaque background is not drawn (it would be covered anyway) */
    lv_area_t bg_area = *coords;
    lv_area_increase(&bg_area, -1, -1);
    RoundRect bg_rr = make_round_rect(bg_area, dsc->radius);
    bool mask_bg = dsc->bg_cover && bg_area.x1 <= bg_area.x2 && bg_area.y1 <= bg_area.y2;
    RowBuf bg_buf(mask_bg ? (size_t)w : 1);
    if(!bg_buf.ok()) return;
    lv_opa_t opa = dsc->opa >= LV_OPA_MAX ? (lv_opa_t)LV_OPA_COVER : dsc->opa;
    int32_t dw = lv_area_get_width(&draw);
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        const uint16_t * row = shade + (size_t)(y - sh.y1) * w + (draw.x1 - sh.x1);
        for(int32_t x = 0; x < dw; x++) mask[x] = (lv_opa_t)LV_MIN(255, row[x] >> 6);
        if(mask_bg) {
            lv_opa_t * bm = bg_buf.data();
            if(round_rect_row(bg_rr, y, draw.x1, dw, bm)) {
                for(int32_t x = 0; x < dw; x++) mask[x] = (lv_opa_t)((mask[x] * (255 - bm[x])) / 255);
            }
        }
        blend_color(t, draw.x1, y, dw, dsc->color, opa, mask);
    }
}

void draw_bg_image(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc->bg_image_src == NULL || dsc->bg_image_opa <= LV_OPA_MIN) return;
    lv_image_src_t type = lv_image_src_get_type(dsc->bg_image_src);
    if(type == LV_IMAGE_SRC_SYMBOL) {
        /* a symbol string centered in the rectangle */
        const lv_font_t * font = (const lv_font_t *)dsc->bg_image_symbol_font;
        if(font == NULL) font = LV_FONT_DEFAULT;
        lv_point_t size;
        lv_text_get_size(&size, (const char *)dsc->bg_image_src, font, 0, 0, LV_COORD_MAX, LV_TEXT_FLAG_NONE);
        lv_area_t a;
        a.x1 = coords->x1 + lv_area_get_width(coords) / 2 - size.x / 2;
        a.x2 = a.x1 + size.x - 1;
        a.y1 = coords->y1 + lv_area_get_height(coords) / 2 - size.y / 2;
        a.y2 = a.y1 + size.y - 1;
        lv_draw_label_dsc_t label;
        lv_draw_label_dsc_init(&label);
        label.font = font;
        label.color = dsc->bg_image_recolor;
        label.opa = dsc->bg_image_opa;
        label.text = (const char *)dsc->bg_image_src;
        lv_draw_label(layer, &label, &a);
        return;
    }
    if(type != LV_IMAGE_SRC_VARIABLE) return;
    const lv_image_dsc_t * img = (const lv_image_dsc_t *)dsc->bg_image_src;
    lv_draw_image_dsc_t idsc;
    lv_draw_image_dsc_init(&idsc);
    idsc.src = img;
    idsc.header = img->header;
    idsc.opa = dsc->bg_image_opa;
    idsc.recolor = dsc->bg_image_recolor;
    idsc.recolor_opa = dsc->bg_image_recolor_opa;
    int32_t iw = img->header.w, ih = img->header.h;
    if(iw <= 0 || ih <= 0) return;
    lv_area_t a;
    if(dsc->bg_image_tiled) {
        idsc.tile = 1;
        a = *coords;
        idsc.image_area = lv_area_t{coords->x1, coords->y1, coords->x1 + iw - 1, coords->y1 + ih - 1};
    }
    else {
        a.x1 = coords->x1 + lv_area_get_width(coords) / 2 - iw / 2;
        a.y1 = coords->y1 + lv_area_get_height(coords) / 2 - ih / 2;
        a.x2 = a.x1 + iw - 1;
        a.y2 = a.y1 + ih - 1;
    }
    lv_area_t saved = layer->_clip_area;
    lv_area_t clip;
    if(lv_area_intersect(&clip, &saved, coords)) {
        layer->_clip_area = clip;
        lv_draw_image(layer, &idsc, &a);
        layer->_clip_area = saved;
    }
}

lv_draw_dsc_base_t base_of(size_t size)
{
    lv_draw_dsc_base_t b;
    memset(&b, 0, sizeof(b));
    b.dsc_size = size;
    return b;
}

} // namespace

extern "C" {

void lv_draw_rect_dsc_init(lv_draw_rect_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base = base_of(sizeof(*dsc));
    dsc->bg_color = lv_color_white();
    dsc->bg_grad.stops[0].color = lv_color_white();
    dsc->bg_grad.stops[0].opa = LV_OPA_COVER;
    dsc->bg_grad.stops[1].color = lv_color_black();
    dsc->bg_grad.stops[1].opa = LV_OPA_COVER;
    dsc->bg_grad.stops[1].frac = 0xFF;
    dsc->bg_grad.stops_count = 2;
    dsc->border_color = lv_color_black();
    dsc->shadow_color = lv_color_black();
    dsc->outline_color = lv_color_black();
    dsc->bg_image_symbol_font = LV_FONT_DEFAULT;
    dsc->bg_opa = LV_OPA_COVER;
    dsc->bg_image_opa = LV_OPA_COVER;
    dsc->outline_opa = LV_OPA_COVER;
    dsc->border_opa = LV_OPA_COVER;
    dsc->shadow_opa = LV_OPA_COVER;
    dsc->border_side = LV_BORDER_SIDE_FULL;
}

void lv_draw_fill_dsc_init(lv_draw_fill_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base = base_of(sizeof(*dsc));
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
}

void lv_draw_border_dsc_init(lv_draw_border_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base = base_of(sizeof(*dsc));
    dsc->opa = LV_OPA_COVER;
    dsc->side = LV_BORDER_SIDE_FULL;
    dsc->color = lv_color_black();
}

void lv_draw_box_shadow_dsc_init(lv_draw_box_shadow_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base = base_of(sizeof(*dsc));
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
}

void lv_draw_fill(lv_layer_t * layer, const lv_draw_fill_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc == NULL || coords == NULL || dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    Paint p = {dsc->color, dsc->opa, has_gradient(dsc->grad) ? &dsc->grad : nullptr};
    fill_shape(t, *coords, dsc->radius, p);
}

void lv_draw_border(lv_layer_t * layer, const lv_draw_border_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc == NULL || coords == NULL || !target_of(layer, &t)) return;
    draw_border_area(t, *coords, dsc->radius, dsc->width, dsc->side, dsc->color, dsc->opa);
}

void lv_draw_box_shadow(lv_layer_t * layer, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc == NULL || coords == NULL || !target_of(layer, &t)) return;
    draw_shadow(t, dsc, coords);
}

void lv_draw_rect(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc == NULL || coords == NULL || coords->x2 < coords->x1 || coords->y2 < coords->y1) return;
    if(!target_of(layer, &t)) return;

    if(dsc->shadow_width > 0 || dsc->shadow_spread > 0 || dsc->shadow_offset_x || dsc->shadow_offset_y) {
        lv_draw_box_shadow_dsc_t sh;
        lv_draw_box_shadow_dsc_init(&sh);
        sh.radius = dsc->radius;
        sh.color = dsc->shadow_color;
        sh.width = dsc->shadow_width;
        sh.spread = dsc->shadow_spread;
        sh.ofs_x = dsc->shadow_offset_x;
        sh.ofs_y = dsc->shadow_offset_y;
        sh.opa = dsc->shadow_opa;
        sh.bg_cover = dsc->bg_opa >= LV_OPA_COVER && !has_gradient(dsc->bg_grad);
        if(sh.width > 0 || sh.spread != 0 || sh.ofs_x || sh.ofs_y) draw_shadow(t, &sh, coords);
    }

    if(dsc->bg_opa > LV_OPA_MIN) {
        lv_area_t bg = *coords;
        /* under a fully opaque rounded border the background stops 1 px short, so that its
         * anti-aliased corner does not bleed through the border's */
        if(dsc->border_width > 1 && dsc->border_opa >= LV_OPA_MAX && dsc->radius != 0) {
            if(dsc->border_side & LV_BORDER_SIDE_LEFT) bg.x1++;
            if(dsc->border_side & LV_BORDER_SIDE_TOP) bg.y1++;
            if(dsc->border_side & LV_BORDER_SIDE_RIGHT) bg.x2--;
            if(dsc->border_side & LV_BORDER_SIDE_BOTTOM) bg.y2--;
        }
        Paint p = {dsc->bg_color, dsc->bg_opa, has_gradient(dsc->bg_grad) ? &dsc->bg_grad : nullptr};
        fill_shape(t, bg, dsc->radius, p);
    }

    draw_bg_image(layer, dsc, coords);

    if(dsc->border_width > 0 && dsc->border_opa > LV_OPA_MIN) {
        draw_border_area(t, *coords, dsc->radius, dsc->border_width, dsc->border_side, dsc->border_color,
                         dsc->border_opa);
    }

    if(dsc->outline_width > 0 && dsc->outline_opa > LV_OPA_MIN) {
        lv_area_t o = *coords;
        int32_t grow = dsc->outline_width + dsc->outline_pad;
        lv_area_increase(&o, grow, grow);
        int32_t r = dsc->radius == LV_RADIUS_CIRCLE ? LV_RADIUS_CIRCLE : dsc->radius + grow;
        draw_border_area(t, o, r, dsc->outline_width, LV_BORDER_SIDE_FULL, dsc->outline_color, dsc->outline_opa);
    }
}

} // extern "C"
