// Rectangles: box shadow, background (color or gradient), background image, border and
// outline, in LVGL's order and with its geometry rules.
#include <string.h>

#include "lv_draw_image.h"
#include "lv_draw_label.h"
#include "lv_draw_sw.h"
#include "draw/lv_image_resolve.h"

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
    /* a plain color fills the rows between the corners as one area */
    int32_t band1 = LV_MAX(draw.y1, rr.area.y1 + rr.radius), band2 = LV_MIN(draw.y2, rr.area.y2 - rr.radius);
    bool band = paint.grad == nullptr && band1 <= band2;
    if(band) blend_color_area(t, lv_area_t{draw.x1, band1, draw.x2, band2}, paint.color, paint.opa, nullptr, 0);
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        if(band && y >= band1 && y <= band2) {
            y = band2;
            continue;
        }
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
    /* where neither shape has a corner the ring is two solid strips: drawn as two areas */
    int32_t band1 = LV_MAX(LV_MAX(draw.y1, outer.area.y1 + outer.radius), inner.area.y1 + inner.radius);
    int32_t band2 = LV_MIN(LV_MIN(draw.y2, outer.area.y2 - outer.radius), inner.area.y2 - inner.radius);
    bool band = inner_valid && band1 <= band2;
    if(band) {
        if(inner.area.x1 > outer.area.x1)
            blend_color_area(t, lv_area_t{outer.area.x1, band1, inner.area.x1 - 1, band2}, color, opa, nullptr, 0);
        if(outer.area.x2 > inner.area.x2)
            blend_color_area(t, lv_area_t{inner.area.x2 + 1, band1, outer.area.x2, band2}, color, opa, nullptr, 0);
    }
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        if(band && y >= band1 && y <= band2) {
            y = band2;
            continue;
        }
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
        Span hole{1, 0};
        if(inner_row && round_rect_row(inner, y, draw.x1, w, im, &hole)) {
            /* the inner shape's full middle is a hole; only its edges need subtracting */
            int32_t h1 = hole.x1 <= hole.x2 ? hole.x1 - draw.x1 : w, h2 = hole.x1 <= hole.x2 ? hole.x2 - draw.x1 + 1 : w;
            for(int32_t i = 0; i < h1; i++) om[i] = om[i] > im[i] ? (lv_opa_t)(om[i] - im[i]) : 0;
            for(int32_t i = h2; i < w; i++) om[i] = om[i] > im[i] ? (lv_opa_t)(om[i] - im[i]) : 0;
            if(h1 < h2) {
                /* blend the two sides apart, skipping the hole */
                blend_color(t, draw.x1, y, h1, color, opa, om);
                blend_color(t, draw.x1 + h2, y, w - h2, color, opa, om + h2);
                continue;
            }
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

/* Taps before and after the center of a k-tap box; an even box is off-center by half a
 * pixel and `flip` puts that half pixel on the other side. */
void box_taps(int32_t k, bool flip, int32_t * before, int32_t * after)
{
    *before = (k - 1) / 2;
    *after = k - 1 - *before;
    if(flip) {
        int32_t s = *before;
        *before = *after;
        *after = s;
    }
}

/* Horizontal box blur of one row, in place. */
void blur_row(uint16_t * row, int32_t w, int32_t k, bool flip, uint32_t * tmp)
{
    if(k <= 1) return;
    int32_t before, after;
    box_taps(k, flip, &before, &after);
    uint32_t sum = 0;
    for(int32_t x = 0; x < after && x < w; x++) sum += row[x];
    for(int32_t x = 0; x < w; x++) {
        int32_t add = x + after;
        int32_t sub = x - before - 1;
        if(add < w) sum += row[add];
        if(sub >= 0) sum -= row[sub];
        tmp[x] = sum / k;
    }
    for(int32_t x = 0; x < w; x++) row[x] = (uint16_t)tmp[x];
}

/* Vertical box blur from `in` to `out` (w x h). Rows s1..s2 of `in` are known to be equal;
 * an output row whose whole window lies in them is a copy. Returns the new equal range. */
void blur_columns(const uint16_t * in, uint16_t * out, int32_t w, int32_t h, int32_t k, bool flip, uint32_t * sum,
                  int32_t * s1, int32_t * s2)
{
    int32_t before, after;
    box_taps(k, flip, &before, &after);
    bool fresh = true;
    for(int32_t y = 0; y < h; y++) {
        uint16_t * o = out + (size_t)y * w;
        if(*s1 <= *s2 && y - before >= *s1 && y + after <= *s2) {
            memcpy(o, in + (size_t)*s1 * w, (size_t)w * sizeof(uint16_t));
            fresh = true;
            continue;
        }
        if(fresh) {
            memset(sum, 0, (size_t)w * sizeof(uint32_t));
            for(int32_t r = LV_MAX(0, y - before); r <= LV_MIN(h - 1, y + after); r++) {
                const uint16_t * src = in + (size_t)r * w;
                for(int32_t x = 0; x < w; x++) sum[x] += src[x];
            }
            fresh = false;
        }
        else {
            int32_t add = y + after, sub = y - before - 1;
            if(add < h) {
                const uint16_t * src = in + (size_t)add * w;
                for(int32_t x = 0; x < w; x++) sum[x] += src[x];
            }
            if(sub >= 0) {
                const uint16_t * src = in + (size_t)sub * w;
                for(int32_t x = 0; x < w; x++) sum[x] -= src[x];
            }
        }
        for(int32_t x = 0; x < w; x++) o[x] = (uint16_t)(sum[x] / k);
    }
    if(*s1 <= *s2) {
        *s1 += before;
        *s2 -= after;
    }
}

/* Where a shadow lies and how it is blurred. */
struct ShadowGeom {
    lv_area_t sh;       /* the whole shadow */
    RoundRect core_rr;  /* the shape that is blurred */
    int32_t w, h;       /* of sh */
    int32_t k1, k2;     /* the two box blurs */
    int32_t qw, qh;     /* the quarter that varies (the rest mirrors or repeats it) */
    int32_t rw, rh;     /* the region the quarter is blurred on */
};

/* The blurred top-left quarter of a shadow as qw x qh coverage values. The shadow is
 * symmetric, so only this quarter is computed, and only as far as it varies: past the corner
 * (margin + radius) plus the blur's reach every column is the same, and so is every row. It is
 * computed on a region reaching one more blur width further, so that the blur's windows stay
 * inside real data. (The original also mirrors one corner.) */
bool blur_quarter(const ShadowGeom & g, lv_opa_t * quarter)
{
    const int32_t rw = g.rw, rh = g.rh;
    RowBuf shade_buf((size_t)rw * rh * sizeof(uint16_t));
    RowBuf shade2_buf((size_t)rw * rh * sizeof(uint16_t));
    RowBuf tmp_buf((size_t)LV_MAX(rw, rh) * sizeof(uint32_t));
    RowBuf mask_buf((size_t)LV_MAX(rw, rh));
    if(!shade_buf.ok() || !shade2_buf.ok() || !tmp_buf.ok() || !mask_buf.ok()) return false;
    uint16_t * shade = (uint16_t *)shade_buf.data();
    uint16_t * shade2 = (uint16_t *)shade2_buf.data();
    uint32_t * tmp = (uint32_t *)tmp_buf.data();
    lv_opa_t * mask = mask_buf.data();
    /* coverage of the core shape (scaled by 64 to keep precision through the blur), blurred
     * horizontally */
    for(int32_t y = 0; y < rh; y++) {
        uint16_t * row = shade + (size_t)y * rw;
        if(!round_rect_row(g.core_rr, g.sh.y1 + y, g.sh.x1, rw, mask)) {
            memset(row, 0, (size_t)rw * sizeof(uint16_t));
            continue;
        }
        for(int32_t x = 0; x < rw; x++) row[x] = (uint16_t)(mask[x] << 6);
        blur_row(row, rw, g.k1, false, tmp);
        blur_row(row, rw, g.k2, true, tmp);
    }
    int32_t s1 = 1, s2 = 0; /* no rows known to be alike */
    if(g.k1 > 1) {
        blur_columns(shade, shade2, rw, rh, g.k1, false, tmp, &s1, &s2);
        memcpy(shade, shade2, (size_t)rw * rh * sizeof(uint16_t));
    }
    if(g.k2 > 1) {
        blur_columns(shade, shade2, rw, rh, g.k2, true, tmp, &s1, &s2);
        memcpy(shade, shade2, (size_t)rw * rh * sizeof(uint16_t));
    }
    for(int32_t y = 0; y < g.qh; y++) {
        for(int32_t x = 0; x < g.qw; x++) quarter[y * g.qw + x] = (lv_opa_t)LV_MIN(255, shade[(size_t)y * rw + x] >> 6);
    }
    return true;
}

/* The quarter of a shadow, from the cache when the same shadow (size, radius, blur) was
 * drawn before: a button redrawn, or a row of equal buttons. `fresh` (qw x qh bytes) is
 * where a new one is computed. */
const lv_opa_t * shadow_quarter(const ShadowGeom & g, RowBuf & fresh)
{
    /* the shape, the blur and the margin around the shape (which the blur widths alone do
     * not tell: widths 1 and 2 blur alike) */
    int32_t key[6] = {lv_area_get_width(&g.core_rr.area), lv_area_get_height(&g.core_rr.area), g.core_rr.radius,
                      g.k1, g.k2, g.core_rr.area.x1 - g.sh.x1};
    const lv_opa_t * q = (const lv_opa_t *)cache_get(kCacheShadow, key, sizeof(key));
    if(q) return q;
    size_t size = (size_t)g.qw * g.qh;
    if(!fresh.ok() || !blur_quarter(g, fresh.data())) return nullptr;
    lv_opa_t * kept = (lv_opa_t *)cache_put(kCacheShadow, key, sizeof(key), size);
    if(kept == nullptr) return fresh.data(); /* no room to keep it: use it once */
    memcpy(kept, fresh.data(), size);
    return kept;
}

/* The quarter's index for a position along a side of length n. */
inline int32_t fold(int32_t i, int32_t n, int32_t q)
{
    int32_t f = LV_MIN(i, n - 1 - i);
    return LV_MIN(f, q - 1);
}

/* Shadow coverage of the pixels [from, to) of a row starting at column x0 of the shadow. */
void shadow_row(const lv_opa_t * qrow, const ShadowGeom & g, int32_t x0, int32_t from, int32_t to, lv_opa_t * mask)
{
    for(int32_t i = from; i < to; i++) mask[i] = qrow[fold(x0 + i, g.w, g.qw)];
}

void draw_shadow(const Target & t, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords)
{
    /* like the original: no shadow without a width, nor a 1 px one hidden under the object */
    if(dsc->opa <= LV_OPA_MIN || dsc->width <= 0) return;
    if(dsc->width == 1 && dsc->spread <= 0 && dsc->ofs_x == 0 && dsc->ofs_y == 0) return;
    int32_t sw = LV_MAX(0, dsc->width);
    lv_area_t core = *coords;
    lv_area_move(&core, dsc->ofs_x, dsc->ofs_y);
    /* with an even blur box the original's blurred shape comes out 1 px smaller per side
     * (measured against its pictures) */
    int32_t shrink = (sw > 1 && ((sw / 2) % 2) == 0) ? 1 : 0;
    lv_area_increase(&core, dsc->spread - shrink, dsc->spread - shrink);
    if(core.x2 < core.x1 || core.y2 < core.y1) return;
    ShadowGeom g;
    g.sh = core;
    lv_area_increase(&g.sh, sw / 2 + 1, sw / 2 + 1);
    lv_area_t draw;
    if(!lv_area_intersect(&draw, &g.sh, &t.clip)) return;
    g.w = lv_area_get_width(&g.sh);
    g.h = lv_area_get_height(&g.sh);
    g.core_rr = make_round_rect(core, dsc->radius);
    /* two box blurs of half the width each approximate the original's soft shadow edge */
    g.k1 = sw > 1 ? sw / 2 : 1;
    g.k2 = sw > 1 ? sw / 2 + (sw & 1) : 1;
    int32_t reach = g.k1 + g.k2 + 2;
    int32_t margin = sw / 2 + 1;
    g.qw = LV_MIN((g.w + 1) / 2, margin + g.core_rr.radius + reach);
    g.qh = LV_MIN((g.h + 1) / 2, margin + g.core_rr.radius + reach);
    g.rw = LV_MIN(g.w, g.qw + reach);
    g.rh = LV_MIN(g.h, g.qh + reach);
    if((int64_t)g.rw * g.rh > 4 * 1024 * 1024) return; /* absurd sizes: refuse rather than exhaust memory */
    RowBuf fresh((size_t)g.qw * g.qh);
    const lv_opa_t * quarter = shadow_quarter(g, fresh);
    if(quarter == nullptr) return;

    /* the part under an opaque background is not drawn (it would be covered anyway) */
    lv_area_t bg_area = *coords;
    lv_area_increase(&bg_area, -1, -1);
    RoundRect bg_rr = make_round_rect(bg_area, dsc->radius);
    bool mask_bg = dsc->bg_cover && bg_area.x1 <= bg_area.x2 && bg_area.y1 <= bg_area.y2;
    int32_t dw = lv_area_get_width(&draw);
    RowBuf mask_buf((size_t)dw), bg_buf(mask_bg ? (size_t)dw : 1);
    if(!mask_buf.ok() || !bg_buf.ok()) return;
    lv_opa_t * mask = mask_buf.data();
    lv_opa_t * bm = bg_buf.data();
    lv_opa_t opa = dsc->opa >= LV_OPA_MAX ? (lv_opa_t)LV_OPA_COVER : dsc->opa;
    const int32_t x0 = draw.x1 - g.sh.x1;
    for(int32_t y = draw.y1; y <= draw.y2; y++) {
        const lv_opa_t * qrow = quarter + (size_t)fold(y - g.sh.y1, g.h, g.qh) * g.qw;
        Span under{1, 0};
        if(!mask_bg || !round_rect_row(bg_rr, y, draw.x1, dw, bm, &under)) {
            /* between the corners the row has one coverage (the quarter's last column): that
             * part is a plain translucent fill, the same pixels as through the mask as long as
             * the layer adds no opacity of its own */
            int32_t c1 = LV_CLAMP(0, g.qw - 1 - x0, dw), c2 = LV_CLAMP(0, g.w - g.qw + 1 - x0, dw);
            if(t.layer_opa >= LV_OPA_MAX && c2 - c1 >= 8) {
                shadow_row(qrow, g, x0, 0, c1, mask);
                shadow_row(qrow, g, x0, c2, dw, mask);
                blend_color(t, draw.x1, y, c1, dsc->color, opa, mask);
                lv_opa_t m = qrow[g.qw - 1];
                if(m > LV_OPA_MIN) {
                    lv_opa_t a = m >= LV_OPA_MAX ? opa : (lv_opa_t)(((uint32_t)m * opa) >> 8);
                    blend_color(t, draw.x1 + c1, y, c2 - c1, dsc->color, a, nullptr);
                }
                blend_color(t, draw.x1 + c2, y, dw - c2, dsc->color, opa, mask + c2);
                continue;
            }
            shadow_row(qrow, g, x0, 0, dw, mask);
            blend_color(t, draw.x1, y, dw, dsc->color, opa, mask);
            continue;
        }
        /* left and right of the background's fully covered middle */
        int32_t mid1 = under.x1 <= under.x2 ? under.x1 - draw.x1 : dw;
        int32_t mid2 = under.x1 <= under.x2 ? under.x2 - draw.x1 + 1 : dw;
        shadow_row(qrow, g, x0, 0, mid1, mask);
        shadow_row(qrow, g, x0, mid2, dw, mask);
        for(int32_t x = 0; x < dw; x++) {
            if(x == mid1) x = mid2;
            if(x >= dw) break;
            if(bm[x]) mask[x] = (lv_opa_t)((mask[x] * (255 - bm[x])) / 255);
        }
        if(mid1 > 0) blend_color(t, draw.x1, y, mid1, dsc->color, opa, mask);
        if(mid2 < dw) blend_color(t, draw.x1 + mid2, y, dw - mid2, dsc->color, opa, mask + mid2);
    }
}

/** The descriptor base of a part of a rectangle (its shadow, fill, image, border...): the
 *  rectangle's object, part and ids, so that a draw task names them. */
lv_draw_dsc_base_t part_base(const lv_draw_rect_dsc_t * dsc, size_t part_dsc_size)
{
    lv_draw_dsc_base_t b = dsc->base;
    b.dsc_size = part_dsc_size;
    return b;
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
        label.base = part_base(dsc, sizeof(label));
        label.font = font;
        label.color = dsc->bg_image_recolor;
        label.opa = dsc->bg_image_opa;
        label.text = (const char *)dsc->bg_image_src;
        lv_draw_label(layer, &label, &a);
        return;
    }
    const lv_image_dsc_t * img = lv_image_cache_resolve(dsc->bg_image_src); /* pixels or a decoded PNG */
    if(img == NULL) return;
    lv_draw_image_dsc_t idsc;
    lv_draw_image_dsc_init(&idsc);
    idsc.base = part_base(dsc, sizeof(idsc));
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

/** The background's area: under a fully opaque rounded border it stops 1 px short, so that
 *  its anti-aliased corner does not bleed through the border's. */
lv_area_t bg_area_of(const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords)
{
    lv_area_t bg = *coords;
    if(dsc->border_width > 1 && dsc->border_opa >= LV_OPA_MAX && dsc->radius != 0) {
        if(dsc->border_side & LV_BORDER_SIDE_LEFT) bg.x1++;
        if(dsc->border_side & LV_BORDER_SIDE_TOP) bg.y1++;
        if(dsc->border_side & LV_BORDER_SIDE_RIGHT) bg.x2--;
        if(dsc->border_side & LV_BORDER_SIDE_BOTTOM) bg.y2--;
    }
    return bg;
}

/** The shadow part of a rectangle. */
lv_draw_box_shadow_dsc_t shadow_dsc_of(const lv_draw_rect_dsc_t * dsc)
{
    lv_draw_box_shadow_dsc_t sh;
    lv_draw_box_shadow_dsc_init(&sh);
    sh.base = part_base(dsc, sizeof(sh));
    sh.radius = dsc->radius;
    sh.color = dsc->shadow_color;
    sh.width = dsc->shadow_width;
    sh.spread = dsc->shadow_spread;
    sh.ofs_x = dsc->shadow_offset_x;
    sh.ofs_y = dsc->shadow_offset_y;
    sh.opa = dsc->shadow_opa;
    sh.bg_cover = dsc->bg_opa >= LV_OPA_COVER && !has_gradient(dsc->bg_grad);
    return sh;
}

/** The border (or outline) part of a rectangle. */
lv_draw_border_dsc_t border_dsc_of(const lv_draw_rect_dsc_t * dsc, int32_t radius, int32_t width,
                                   lv_border_side_t side, lv_color_t color, lv_opa_t opa)
{
    lv_draw_border_dsc_t b;
    lv_draw_border_dsc_init(&b);
    b.base = part_base(dsc, sizeof(b));
    b.radius = radius;
    b.width = width;
    b.side = side;
    b.color = color;
    b.opa = opa;
    return b;
}

/** A rectangle as LVGL splits it into tasks: BOX_SHADOW, FILL, the background image (IMAGE,
 *  or LABEL for a symbol), BORDER, and the outline as a BORDER; each one's descriptor
 *  carries the rectangle's obj/part/id1/id2. Pixel for pixel what lv_draw_rect draws. */
void draw_rect_as_tasks(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc->shadow_width > 0 && dsc->shadow_opa > LV_OPA_MIN) {
        lv_draw_box_shadow_dsc_t sh = shadow_dsc_of(dsc);
        lv_draw_box_shadow(layer, &sh, coords);
    }
    if(dsc->bg_opa > LV_OPA_MIN) {
        lv_draw_fill_dsc_t fill;
        lv_draw_fill_dsc_init(&fill);
        fill.base = part_base(dsc, sizeof(fill));
        fill.radius = dsc->radius;
        fill.color = dsc->bg_color;
        fill.opa = dsc->bg_opa;
        fill.grad = dsc->bg_grad;
        lv_area_t bg = bg_area_of(dsc, coords);
        lv_draw_fill(layer, &fill, &bg);
    }
    draw_bg_image(layer, dsc, coords);
    if(dsc->border_width > 0 && dsc->border_opa > LV_OPA_MIN && !dsc->border_post &&
       dsc->border_side != LV_BORDER_SIDE_NONE) {
        lv_draw_border_dsc_t b = border_dsc_of(dsc, dsc->radius, dsc->border_width, dsc->border_side,
                                               dsc->border_color, dsc->border_opa);
        lv_draw_border(layer, &b, coords);
    }
    if(dsc->outline_width > 0 && dsc->outline_opa > LV_OPA_MIN) {
        lv_area_t o = *coords;
        int32_t grow = dsc->outline_width + dsc->outline_pad;
        lv_area_increase(&o, grow, grow);
        int32_t r = dsc->radius == LV_RADIUS_CIRCLE ? LV_RADIUS_CIRCLE : dsc->radius + grow;
        lv_draw_border_dsc_t b = border_dsc_of(dsc, r, dsc->outline_width, LV_BORDER_SIDE_FULL, dsc->outline_color,
                                               dsc->outline_opa);
        lv_draw_border(layer, &b, &o);
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

void lv_grad_init_stops(lv_grad_dsc_t * grad, const lv_color_t colors[], const lv_opa_t opa[],
                        const uint8_t fracs[], int num_stops)
{
    if(grad == NULL || colors == NULL || num_stops < 1) {
        LV_LOG_WARN("lv_grad_init_stops: no gradient or no colors");
        return;
    }
    if(num_stops > LV_GRADIENT_MAX_STOPS) {
        LV_LOG_WARN("lv_grad_init_stops: %d stops, only %d kept", num_stops, LV_GRADIENT_MAX_STOPS);
        num_stops = LV_GRADIENT_MAX_STOPS;
    }
    grad->stops_count = (uint8_t)num_stops;
    for(int i = 0; i < num_stops; i++) {
        grad->stops[i].color = colors[i];
        grad->stops[i].opa = opa ? opa[i] : (lv_opa_t)LV_OPA_COVER;
        grad->stops[i].frac = fracs ? fracs[i] : (uint8_t)(num_stops > 1 ? 255 * i / (num_stops - 1) : 0);
    }
}

void lv_grad_horizontal_init(lv_grad_dsc_t * dsc)
{
    if(dsc) dsc->dir = LV_GRAD_DIR_HOR;
}

void lv_grad_vertical_init(lv_grad_dsc_t * dsc)
{
    if(dsc) dsc->dir = LV_GRAD_DIR_VER;
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
    if(dsc == NULL || coords == NULL || task_intercept(layer, LV_DRAW_TASK_TYPE_FILL, &dsc->base, coords)) return;
    fill_now(layer, dsc, coords);
}

void lv_draw_border(lv_layer_t * layer, const lv_draw_border_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc == NULL || coords == NULL || task_intercept(layer, LV_DRAW_TASK_TYPE_BORDER, &dsc->base, coords)) return;
    border_now(layer, dsc, coords);
}

void lv_draw_box_shadow(lv_layer_t * layer, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc == NULL || coords == NULL || task_intercept(layer, LV_DRAW_TASK_TYPE_BOX_SHADOW, &dsc->base, coords)) return;
    box_shadow_now(layer, dsc, coords);
}

void lv_draw_rect(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc == NULL || coords == NULL || coords->x2 < coords->x1 || coords->y2 < coords->y1) return;
    if(task_wanted(&dsc->base)) {
        /* tasks: the same drawing as below, made of the primitives' public calls */
        draw_rect_as_tasks(layer, dsc, coords);
        return;
    }
    if(!target_of(layer, &t)) return;

    if(dsc->shadow_width > 0 && dsc->shadow_opa > LV_OPA_MIN) {
        lv_draw_box_shadow_dsc_t sh = shadow_dsc_of(dsc);
        draw_shadow(t, &sh, coords);
    }

    if(dsc->bg_opa > LV_OPA_MIN) {
        lv_area_t bg = bg_area_of(dsc, coords);
        Paint p = {dsc->bg_color, dsc->bg_opa, has_gradient(dsc->bg_grad) ? &dsc->bg_grad : nullptr};
        fill_shape(t, bg, dsc->radius, p);
    }

    draw_bg_image(layer, dsc, coords);

    /* border_post: the border is drawn later (after the children) by another call; its
     * width and opacity still shape the background above */
    if(dsc->border_width > 0 && dsc->border_opa > LV_OPA_MIN && !dsc->border_post) {
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

namespace lv_sw {

void fill_now(lv_layer_t * layer, const lv_draw_fill_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    Paint p = {dsc->color, dsc->opa, has_gradient(dsc->grad) ? &dsc->grad : nullptr};
    fill_shape(t, *coords, dsc->radius, p);
}

void border_now(lv_layer_t * layer, const lv_draw_border_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(!target_of(layer, &t)) return;
    draw_border_area(t, *coords, dsc->radius, dsc->width, dsc->side, dsc->color, dsc->opa);
}

void box_shadow_now(lv_layer_t * layer, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(!target_of(layer, &t)) return;
    draw_shadow(t, dsc, coords);
}

} // namespace lv_sw
