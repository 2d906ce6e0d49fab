// Images: reading every supported pixel format, recolor, plain blits, scaled/rotated drawing
// with bilinear anti-aliasing, tiling and clip radius; and compositing layers.
#include <string.h>

#include "lv_draw_image.h"
#include "lv_draw_sw.h"
#include "lv_math.h"

using namespace lv_sw;

namespace {

/* Read access to the pixels of an image or draw buffer. */
struct ImageView {
    const uint8_t * data = nullptr;   /* first pixel row (after any palette) */
    const uint8_t * alpha = nullptr;  /* RGB565A8: the alpha plane */
    const lv_color32_t * palette = nullptr;
    uint32_t stride = 0;
    uint32_t alpha_stride = 0;
    int32_t w = 0;
    int32_t h = 0;
    lv_color_format_t cf = LV_COLOR_FORMAT_UNKNOWN;
    lv_color_t a8_color{};            /* color of alpha-only images */
    bool premultiplied = false;
};

bool make_view(const lv_image_header_t & hdr, const uint8_t * data, uint32_t data_size, ImageView * v)
{
    if(data == nullptr || hdr.w == 0 || hdr.h == 0) return false;
    lv_color_format_t cf = (lv_color_format_t)hdr.cf;
    uint32_t bpp = LV_COLOR_FORMAT_GET_BPP(cf);
    if(bpp == 0) return false;
    v->cf = cf;
    v->w = hdr.w;
    v->h = hdr.h;
    uint32_t min_stride = (hdr.w * bpp + 7) / 8;
    if(cf == LV_COLOR_FORMAT_RGB565A8) min_stride = hdr.w * 2;
    v->stride = hdr.stride ? hdr.stride : min_stride;
    if(v->stride < min_stride) return false;
    uint32_t pal = LV_COLOR_INDEXED_PALETTE_SIZE(cf) * sizeof(lv_color32_t);
    uint64_t need = pal + (uint64_t)v->stride * hdr.h;
    if(cf == LV_COLOR_FORMAT_RGB565A8) {
        v->alpha_stride = v->stride / 2;
        need += (uint64_t)v->alpha_stride * hdr.h;
    }
    if(data_size != 0 && need > data_size) return false; /* truncated image: refuse to read past it */
    if(pal) {
        v->palette = (const lv_color32_t *)data;
        v->data = data + pal;
    }
    else {
        v->data = data;
    }
    if(cf == LV_COLOR_FORMAT_RGB565A8) v->alpha = v->data + (size_t)v->stride * hdr.h;
    v->premultiplied = (hdr.flags & LV_IMAGE_FLAGS_PREMULTIPLIED) != 0;
    switch(cf) {
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED:
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_RGB888:
        case LV_COLOR_FORMAT_RGB565:
        case LV_COLOR_FORMAT_RGB565_SWAPPED:
        case LV_COLOR_FORMAT_RGB565A8:
        case LV_COLOR_FORMAT_ARGB8565:
        case LV_COLOR_FORMAT_A1:
        case LV_COLOR_FORMAT_A2:
        case LV_COLOR_FORMAT_A4:
        case LV_COLOR_FORMAT_A8:
        case LV_COLOR_FORMAT_L8:
        case LV_COLOR_FORMAT_I1:
        case LV_COLOR_FORMAT_I2:
        case LV_COLOR_FORMAT_I4:
        case LV_COLOR_FORMAT_I8:
            return true;
        default:
            return false;
    }
}

inline lv_color32_t c565(uint16_t v, uint8_t a)
{
    uint8_t r5 = (uint8_t)((v >> 11) & 0x1F), g6 = (uint8_t)((v >> 5) & 0x3F), b5 = (uint8_t)(v & 0x1F);
    lv_color32_t c = {(uint8_t)((b5 << 3) | (b5 >> 2)), (uint8_t)((g6 << 2) | (g6 >> 4)), (uint8_t)((r5 << 3) | (r5 >> 2)), a};
    return c;
}

/* Sub-byte pixel value (1, 2 or 4 bits, most significant bits first). */
inline uint32_t bits_at(const uint8_t * row, int32_t x, uint32_t bpp)
{
    uint32_t bit = (uint32_t)x * bpp;
    uint32_t shift = 8 - bpp - (bit & 7);
    return (row[bit >> 3] >> shift) & ((1u << bpp) - 1);
}

/* Straight-alpha color of pixel (x, y), which must be inside the image. */
lv_color32_t pixel(const ImageView & v, int32_t x, int32_t y)
{
    const uint8_t * row = v.data + (size_t)v.stride * y;
    switch(v.cf) {
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED: {
            const uint8_t * p = row + 4 * x;
            lv_color32_t c = {p[0], p[1], p[2], p[3]};
            if((v.premultiplied || v.cf == LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED) && c.alpha && c.alpha < 255) {
                c.blue = (uint8_t)LV_MIN(255, c.blue * 255 / c.alpha);
                c.green = (uint8_t)LV_MIN(255, c.green * 255 / c.alpha);
                c.red = (uint8_t)LV_MIN(255, c.red * 255 / c.alpha);
            }
            return c;
        }
        case LV_COLOR_FORMAT_XRGB8888: {
            const uint8_t * p = row + 4 * x;
            return lv_color32_t{p[0], p[1], p[2], 255};
        }
        case LV_COLOR_FORMAT_RGB888: {
            const uint8_t * p = row + 3 * x;
            return lv_color32_t{p[0], p[1], p[2], 255};
        }
        case LV_COLOR_FORMAT_RGB565: {
            uint16_t px;
            memcpy(&px, row + 2 * x, 2);
            return c565(px, 255);
        }
        case LV_COLOR_FORMAT_RGB565_SWAPPED: {
            uint16_t px = (uint16_t)((row[2 * x] << 8) | row[2 * x + 1]);
            return c565(px, 255);
        }
        case LV_COLOR_FORMAT_RGB565A8: {
            uint16_t px;
            memcpy(&px, row + 2 * x, 2);
            return c565(px, v.alpha[(size_t)v.alpha_stride * y + x]);
        }
        case LV_COLOR_FORMAT_ARGB8565: {
            const uint8_t * p = row + 3 * x;
            return c565((uint16_t)(p[0] | (p[1] << 8)), p[2]);
        }
        case LV_COLOR_FORMAT_A8:
            return lv_color32_t{v.a8_color.blue, v.a8_color.green, v.a8_color.red, row[x]};
        case LV_COLOR_FORMAT_A4:
            return lv_color32_t{v.a8_color.blue, v.a8_color.green, v.a8_color.red, (uint8_t)(bits_at(row, x, 4) * 17)};
        case LV_COLOR_FORMAT_A2:
            return lv_color32_t{v.a8_color.blue, v.a8_color.green, v.a8_color.red, (uint8_t)(bits_at(row, x, 2) * 85)};
        case LV_COLOR_FORMAT_A1:
            return lv_color32_t{v.a8_color.blue, v.a8_color.green, v.a8_color.red, (uint8_t)(bits_at(row, x, 1) * 255)};
        case LV_COLOR_FORMAT_L8:
            return lv_color32_t{row[x], row[x], row[x], 255};
        case LV_COLOR_FORMAT_I1: return v.palette[bits_at(row, x, 1)];
        case LV_COLOR_FORMAT_I2: return v.palette[bits_at(row, x, 2)];
        case LV_COLOR_FORMAT_I4: return v.palette[bits_at(row, x, 4)];
        case LV_COLOR_FORMAT_I8: return v.palette[row[x]];
        default: return lv_color32_t{0, 0, 0, 0};
    }
}

inline lv_color32_t recolor_px(lv_color32_t c, lv_color_t rc, lv_opa_t ropa)
{
    if(ropa <= LV_OPA_MIN) return c;
    uint32_t m = ropa, im = 255 - ropa;
    c.red = (uint8_t)((rc.red * m + c.red * im) >> 8);
    c.green = (uint8_t)((rc.green * m + c.green * im) >> 8);
    c.blue = (uint8_t)((rc.blue * m + c.blue * im) >> 8);
    return c;
}

/* Bilinear sample at a source position in 1/256 px (pixel centers at k*256 + 128). */
lv_color32_t sample_bilinear(const ImageView & v, int32_t sx, int32_t sy)
{
    int32_t fx = sx - 128, fy = sy - 128;
    int32_t x0 = fx >> 8, y0 = fy >> 8;
    uint32_t ax = (uint32_t)(fx & 0xFF), ay = (uint32_t)(fy & 0xFF);
    lv_color32_t q[4];
    for(int k = 0; k < 4; k++) {
        int32_t x = x0 + (k & 1), y = y0 + (k >> 1);
        if(x < 0 || y < 0 || x >= v.w || y >= v.h) q[k] = lv_color32_t{0, 0, 0, 0};
        else q[k] = pixel(v, x, y);
    }
    uint32_t wgt[4] = {(256 - ax) * (256 - ay), ax * (256 - ay), (256 - ax) * ay, ax * ay};
    /* colors weighted by alpha so that transparent texels add no color */
    uint64_t a = 0, r = 0, g = 0, b = 0;
    for(int k = 0; k < 4; k++) {
        uint64_t wa = (uint64_t)wgt[k] * q[k].alpha;
        a += wa;
        r += wa * q[k].red;
        g += wa * q[k].green;
        b += wa * q[k].blue;
    }
    if(a == 0) return lv_color32_t{0, 0, 0, 0};
    lv_color32_t c;
    c.alpha = (uint8_t)((a + 32768) >> 16);
    c.red = (uint8_t)((r + a / 2) / a);
    c.green = (uint8_t)((g + a / 2) / a);
    c.blue = (uint8_t)((b + a / 2) / a);
    return c;
}

struct DrawParams {
    lv_opa_t opa;
    lv_color_t recolor;
    lv_opa_t recolor_opa;
    lv_blend_mode_t mode;
    const RoundRect * clip_rr; /* clip radius shape, or NULL */
};

/* Applies the clip radius to a row of pixels. */
void apply_clip_rr(const DrawParams & p, int32_t x, int32_t y, int32_t len, lv_opa_t * mask, bool * use_mask)
{
    *use_mask = false;
    if(p.clip_rr == nullptr) return;
    if(round_rect_row_is_full(*p.clip_rr, y) && x >= p.clip_rr->area.x1 && x + len - 1 <= p.clip_rr->area.x2) return;
    if(!round_rect_row(*p.clip_rr, y, x, len, mask)) memset(mask, 0, (size_t)len);
    *use_mask = true;
}

/* Untransformed copy of the image with its top-left at (ox, oy), limited to `area`. */
void blit(const Target & t, const ImageView & v, int32_t ox, int32_t oy, const lv_area_t & area, const DrawParams & p)
{
    lv_area_t img = {ox, oy, ox + v.w - 1, oy + v.h - 1};
    lv_area_t a;
    if(!lv_area_intersect(&a, &img, &area) || !lv_area_intersect(&a, &a, &t.clip)) return;
    int32_t w = lv_area_get_width(&a);
    RowBuf px_buf((size_t)w * sizeof(lv_color32_t));
    RowBuf mask_buf((size_t)w);
    if(!px_buf.ok() || !mask_buf.ok()) return;
    lv_color32_t * px = (lv_color32_t *)px_buf.data();
    for(int32_t y = a.y1; y <= a.y2; y++) {
        int32_t sy = y - oy;
        for(int32_t i = 0; i < w; i++) px[i] = recolor_px(pixel(v, a.x1 + i - ox, sy), p.recolor, p.recolor_opa);
        bool use_mask;
        apply_clip_rr(p, a.x1, y, w, mask_buf.data(), &use_mask);
        blend_pixels(t, a.x1, y, w, px, p.opa, use_mask ? mask_buf.data() : nullptr, p.mode);
    }
}

/* Scaled and/or rotated image: each destination pixel is mapped back into the source. */
void transformed(const Target & t, const ImageView & v, const lv_area_t & coords, const lv_draw_image_dsc_t * dsc,
                 const DrawParams & p)
{
    int32_t sx_scale = dsc->scale_x > 0 ? dsc->scale_x : 1;
    int32_t sy_scale = dsc->scale_y > 0 ? dsc->scale_y : 1;
    /* pivot in screen coordinates, 1/256 px */
    int64_t pvx = (int64_t)(coords.x1 + dsc->pivot.x) * 256;
    int64_t pvy = (int64_t)(coords.y1 + dsc->pivot.y) * 256;
    int32_t angle = dsc->rotation % 3600;
    if(angle < 0) angle += 3600;
    /* sin/cos in 1/32768 with 0.1 degree steps interpolated */
    int32_t deg = angle / 10, rem = angle % 10;
    int64_t sn = (lv_trigo_sin((int16_t)deg) * (10 - rem) + lv_trigo_sin((int16_t)(deg + 1)) * rem) / 10;
    int64_t cs = (lv_trigo_cos((int16_t)deg) * (10 - rem) + lv_trigo_cos((int16_t)(deg + 1)) * rem) / 10;
    /* bounding box of the transformed image */
    int64_t cx[4] = {0, (int64_t)v.w * 256, 0, (int64_t)v.w * 256};
    int64_t cy[4] = {0, 0, (int64_t)v.h * 256, (int64_t)v.h * 256};
    int64_t minx = INT64_MAX, maxx = INT64_MIN, miny = INT64_MAX, maxy = INT64_MIN;
    for(int k = 0; k < 4; k++) {
        int64_t rx = (cx[k] - (int64_t)dsc->pivot.x * 256) * sx_scale / 256;
        int64_t ry = (cy[k] - (int64_t)dsc->pivot.y * 256) * sy_scale / 256;
        int64_t x = pvx + (rx * cs - ry * sn) / 32768;
        int64_t y = pvy + (rx * sn + ry * cs) / 32768;
        minx = LV_MIN(minx, x);
        maxx = LV_MAX(maxx, x);
        miny = LV_MIN(miny, y);
        maxy = LV_MAX(maxy, y);
    }
    lv_area_t box = {(int32_t)(minx >> 8) - 1, (int32_t)(miny >> 8) - 1, (int32_t)(maxx >> 8) + 1, (int32_t)(maxy >> 8) + 1};
    lv_area_t a;
    if(!lv_area_intersect(&a, &box, &t.clip)) return;
    int32_t w = lv_area_get_width(&a);
    RowBuf px_buf((size_t)w * sizeof(lv_color32_t));
    RowBuf mask_buf((size_t)w);
    if(!px_buf.ok() || !mask_buf.ok()) return;
    lv_color32_t * px = (lv_color32_t *)px_buf.data();
    bool aa = dsc->antialias;
    for(int32_t y = a.y1; y <= a.y2; y++) {
        int64_t dy = (int64_t)y * 256 + 128 - pvy;
        for(int32_t i = 0; i < w; i++) {
            int64_t dx = (int64_t)(a.x1 + i) * 256 + 128 - pvx;
            /* inverse rotation, then inverse scale, back to source space (1/256 px) */
            int64_t rx = (dx * cs + dy * sn) / 32768;
            int64_t ry = (-dx * sn + dy * cs) / 32768;
            int32_t sx = (int32_t)(rx * 256 / sx_scale + (int64_t)dsc->pivot.x * 256);
            int32_t sy = (int32_t)(ry * 256 / sy_scale + (int64_t)dsc->pivot.y * 256);
            lv_color32_t c;
            if(aa) {
                c = sample_bilinear(v, sx, sy);
            }
            else {
                int32_t ix = sx >> 8, iy = sy >> 8;
                c = (ix < 0 || iy < 0 || ix >= v.w || iy >= v.h) ? lv_color32_t{0, 0, 0, 0} : pixel(v, ix, iy);
            }
            px[i] = recolor_px(c, p.recolor, p.recolor_opa);
        }
        bool use_mask;
        apply_clip_rr(p, a.x1, y, w, mask_buf.data(), &use_mask);
        blend_pixels(t, a.x1, y, w, px, p.opa, use_mask ? mask_buf.data() : nullptr, p.mode);
    }
}

void draw_view(lv_layer_t * layer, const ImageView & v, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(!target_of(layer, &t)) return;
    RoundRect clip_rr;
    DrawParams p = {dsc->opa, dsc->recolor, dsc->recolor_opa, (lv_blend_mode_t)dsc->blend_mode, nullptr};
    if(dsc->clip_radius > 0) {
        clip_rr = make_round_rect(*coords, dsc->clip_radius);
        p.clip_rr = &clip_rr;
    }
    bool transform = dsc->rotation % 3600 != 0 || dsc->scale_x != LV_SCALE_NONE || dsc->scale_y != LV_SCALE_NONE;
    if(dsc->tile) {
        /* copies of the image in a grid through image_area, clipped to coords */
        lv_area_t first = dsc->image_area;
        if(first.x2 < first.x1 || first.y2 < first.y1) first = lv_area_t{coords->x1, coords->y1, coords->x1 + v.w - 1, coords->y1 + v.h - 1};
        int32_t tw = lv_area_get_width(&first), th = lv_area_get_height(&first);
        if(tw <= 0 || th <= 0) return;
        int32_t ox0 = first.x1 - ((first.x1 - coords->x1 + tw - 1) / tw) * tw;
        int32_t oy0 = first.y1 - ((first.y1 - coords->y1 + th - 1) / th) * th;
        for(int32_t oy = oy0; oy <= coords->y2; oy += th) {
            for(int32_t ox = ox0; ox <= coords->x2; ox += tw) blit(t, v, ox, oy, *coords, p);
        }
        return;
    }
    if(!transform) {
        blit(t, v, coords->x1, coords->y1, *coords, p);
        return;
    }
    transformed(t, v, *coords, dsc, p);
}

} // namespace

namespace lv_sw {

bool image_row(const lv_image_dsc_t * img, int32_t sx, int32_t sy, int32_t len, lv_color32_t * out)
{
    ImageView v;
    if(img == nullptr || !make_view(img->header, img->data, img->data_size, &v)) return false;
    for(int32_t i = 0; i < len; i++) {
        int32_t x = sx + i;
        out[i] = (x < 0 || sy < 0 || x >= v.w || sy >= v.h) ? lv_color32_t{0, 0, 0, 0} : pixel(v, x, sy);
    }
    return true;
}

} // namespace lv_sw

extern "C" {

void lv_draw_image_dsc_init(lv_draw_image_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->recolor = lv_color_black();
    dsc->opa = LV_OPA_COVER;
    dsc->scale_x = LV_SCALE_NONE;
    dsc->scale_y = LV_SCALE_NONE;
    dsc->antialias = 1;
    dsc->image_area = lv_area_t{0, 0, -1, -1};
}

void lv_draw_image(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc == NULL || coords == NULL || dsc->src == NULL || dsc->opa <= LV_OPA_MIN) return;
    if(dsc->scale_x <= 0 || dsc->scale_y <= 0) return;
    if(lv_image_src_get_type(dsc->src) != LV_IMAGE_SRC_VARIABLE) return; /* files and symbols: the image widget's job */
    const lv_image_dsc_t * img = (const lv_image_dsc_t *)dsc->src;
    ImageView v;
    if(!make_view(img->header, img->data, img->data_size, &v)) return;
    v.a8_color = dsc->recolor;
    if(dsc->sup && dsc->sup->palette) v.palette = dsc->sup->palette;
    if(dsc->sup && (v.cf == LV_COLOR_FORMAT_A8 || v.cf == LV_COLOR_FORMAT_A4 || v.cf == LV_COLOR_FORMAT_A2 ||
                    v.cf == LV_COLOR_FORMAT_A1)) {
        v.a8_color = dsc->sup->alpha_color;
    }
    lv_draw_image_dsc_t d = *dsc;
    /* alpha-only images take their color from recolor: do not mix it in a second time */
    if(v.cf == LV_COLOR_FORMAT_A8 || v.cf == LV_COLOR_FORMAT_A4 || v.cf == LV_COLOR_FORMAT_A2 || v.cf == LV_COLOR_FORMAT_A1) {
        d.recolor_opa = LV_OPA_TRANSP;
    }
    draw_view(layer, v, &d, coords);
}

void lv_draw_layer(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc == NULL) return;
    lv_layer_t * child = (lv_layer_t *)dsc->src;
    if(child == NULL) return;
    if(layer != NULL && coords != NULL && child->draw_buf != NULL && dsc->opa > LV_OPA_MIN) {
        ImageView v;
        lv_draw_buf_t * b = child->draw_buf;
        if(make_view(b->header, b->data, b->data_size, &v)) draw_view(layer, v, dsc, coords);
    }
    lv_draw_layer_delete(child);
}

} // extern "C"
