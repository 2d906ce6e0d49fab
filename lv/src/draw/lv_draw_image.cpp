// Images: reading every supported pixel format, recolor, plain blits, scaled/rotated drawing
// with bilinear anti-aliasing, tiling and clip radius; and compositing layers.
#include <string.h>

#include "lv_draw_image.h"
#include "lv_draw_sw.h"
#include "draw/lv_image_resolve.h"
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

struct DrawParams {
    lv_opa_t opa;
    lv_color_t recolor;
    lv_opa_t recolor_opa;
    lv_blend_mode_t mode;
    const RoundRect * clip_rr; /* clip radius shape, or NULL */
    const ImageView * bitmap_mask; /* alpha mask image, or NULL */
    lv_area_t bitmap_mask_area;    /* where the mask lies (screen coordinates) */
};

/* Applies the clip radius and the bitmap mask to a row of pixels. */
void apply_clip_rr(const DrawParams & p, int32_t x, int32_t y, int32_t len, lv_opa_t * mask, bool * use_mask)
{
    *use_mask = false;
    if(p.clip_rr != nullptr &&
       !(round_rect_row_is_full(*p.clip_rr, y) && x >= p.clip_rr->area.x1 && x + len - 1 <= p.clip_rr->area.x2)) {
        if(!round_rect_row(*p.clip_rr, y, x, len, mask)) memset(mask, 0, (size_t)len);
        *use_mask = true;
    }
    if(p.bitmap_mask == nullptr) return;
    if(!*use_mask) memset(mask, 255, (size_t)len);
    *use_mask = true;
    const lv_area_t & ma = p.bitmap_mask_area;
    for(int32_t i = 0; i < len; i++) {
        int32_t mx = x + i, my = y;
        /* outside the mask nothing shows */
        if(mx < ma.x1 || mx > ma.x2 || my < ma.y1 || my > ma.y2) {
            mask[i] = 0;
            continue;
        }
        lv_opa_t m = pixel(*p.bitmap_mask, mx - ma.x1, my - ma.y1).alpha;
        mask[i] = (lv_opa_t)((mask[i] * m + 127) / 255);
    }
}

/* Pixels x..x+n-1 of row y (inside the image); straight-alpha 32-bit rows are copied. */
void read_row(const ImageView & v, int32_t x, int32_t y, int32_t n, lv_color32_t * out)
{
    const uint8_t * row = v.data + (size_t)v.stride * y + 4 * (size_t)x;
    if(v.cf == LV_COLOR_FORMAT_ARGB8888 && !v.premultiplied) {
        memcpy(out, row, (size_t)n * sizeof(lv_color32_t));
        return;
    }
    if(v.cf == LV_COLOR_FORMAT_XRGB8888) {
        memcpy(out, row, (size_t)n * sizeof(lv_color32_t));
        for(int32_t i = 0; i < n; i++) out[i].alpha = 255;
        return;
    }
    for(int32_t i = 0; i < n; i++) out[i] = pixel(v, x + i, y);
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
        read_row(v, a.x1 - ox, sy, w, px);
        if(p.recolor_opa > LV_OPA_MIN) {
            for(int32_t i = 0; i < w; i++) px[i] = recolor_px(px[i], p.recolor, p.recolor_opa);
        }
        bool use_mask;
        apply_clip_rr(p, a.x1, y, w, mask_buf.data(), &use_mask);
        blend_pixels(t, a.x1, y, w, px, p.opa, use_mask ? mask_buf.data() : nullptr, p.mode);
    }
}

inline bool same_color(lv_color32_t a, lv_color32_t b)
{
    uint32_t x, y;
    memcpy(&x, &a, 4);
    memcpy(&y, &b, 4);
    return x == y;
}

/* Mixes `nb` into `d` with weight w (0..255) the way the original's transform does: alpha
 * is interpolated unless the neighbor is fully transparent (then d only fades), and the
 * color moves toward the neighbor's with weight w. */
inline void mix_neighbor(lv_color32_t & d, lv_color32_t nb, uint32_t w)
{
    if(nb.alpha == 0) {
        d.alpha = (uint8_t)((d.alpha * (255 - w)) >> 8);
        return;
    }
    if(same_color(d, nb)) return;
    if(d.alpha) d.alpha = (uint8_t)((nb.alpha * w + d.alpha * (255 - w)) >> 8);
    if(w >= LV_OPA_MAX) {
        d.red = nb.red;
        d.green = nb.green;
        d.blue = nb.blue;
    }
    else if(w > LV_OPA_MIN) {
        d.red = (uint8_t)((nb.red * w + d.red * (255 - w)) >> 8);
        d.green = (uint8_t)((nb.green * w + d.green * (255 - w)) >> 8);
        d.blue = (uint8_t)((nb.blue * w + d.blue * (255 - w)) >> 8);
    }
}

/* The source pixel for a source position in 1/256 px (pixel k spans k*256 .. k*256+255).
 * With anti-aliasing the pixel is mixed with its vertical and then its horizontal neighbor
 * on the side the position leans to, by up to half; at the image's border it fades out. */
template <class Fetch>
inline lv_color32_t sample_transformed(int32_t w, int32_t h, int32_t xs, int32_t ys, bool aa, Fetch pixel)
{
    int32_t xi = xs >> 8, yi = ys >> 8;
    if(xi < 0 || yi < 0 || xi >= w || yi >= h) return lv_color32_t{0, 0, 0, 0};
    lv_color32_t d = pixel(xi, yi);
    if(!aa) return d;
    int32_t xf = xs & 0xFF, yf = ys & 0xFF;
    int32_t xn = xf < 0x80 ? -1 : 1;
    int32_t yn = yf < 0x80 ? -1 : 1;
    uint32_t wx = (uint32_t)(xf < 0x80 ? 0x7F - xf : xf - 0x80);
    uint32_t wy = (uint32_t)(yf < 0x80 ? 0x7F - yf : yf - 0x80);
    bool x_in = xi + xn >= 0 && xi + xn < w;
    bool y_in = yi + yn >= 0 && yi + yn < h;
    if(x_in && y_in) {
        mix_neighbor(d, pixel(xi, yi + yn), wy);
        mix_neighbor(d, pixel(xi + xn, yi), wx);
        return d;
    }
    /* at the border the pixel fades toward the outside (one direction only) */
    if((xi == 0 && xn < 0) || (xi == w - 1 && xn > 0)) d.alpha = (uint8_t)((d.alpha * (0x7F - wx)) >> 7);
    else if((yi == 0 && yn < 0) || (yi == h - 1 && yn > 0)) d.alpha = (uint8_t)((d.alpha * (0x7F - wy)) >> 7);
    return d;
}

/* One row of transformed pixels: source positions step linearly from (xs, ys) (1/256 px,
 * steps in 1/65536 px). Formats read most often (layers are ARGB8888) get a direct fetch. */
template <class Fetch, bool kAA, bool kRecolor>
LV_DRAW_SW_NOINLINE void sample_run(int32_t w, int32_t h, int64_t xs, int64_t ys, int64_t xstep, int64_t ystep,
                                    int32_t from, int32_t n, lv_color_t recolor, lv_opa_t recolor_opa,
                                    lv_color32_t * px, Fetch fetch)
{
    for(int32_t k = 0; k < n; k++) {
        int32_t i = from + k;
        int64_t x = xs + ((xstep * i) >> 8);
        int64_t y = ys + ((ystep * i) >> 8);
        lv_color32_t c = sample_transformed(w, h, (int32_t)x, (int32_t)y, kAA, fetch);
        px[k] = kRecolor ? recolor_px(c, recolor, recolor_opa) : c;
    }
}

/* The sampling loop with anti-aliasing and recoloring decided once per row, not per pixel;
 * the image's fields go in as values (the pixel stores could alias anything read through a
 * pointer and force reloads). */
template <class Fetch>
void sample_row_with(const ImageView & v, int64_t xs, int64_t ys, int64_t xstep, int64_t ystep, int32_t from, int32_t n,
                     bool aa, const DrawParams & p, lv_color32_t * px, Fetch fetch)
{
    bool recolor = p.recolor_opa > LV_OPA_MIN;
    auto run = aa ? (recolor ? sample_run<Fetch, true, true> : sample_run<Fetch, true, false>)
                  : (recolor ? sample_run<Fetch, false, true> : sample_run<Fetch, false, false>);
    run(v.w, v.h, xs, ys, xstep, ystep, from, n, p.recolor, p.recolor_opa, px, fetch);
}

/* Pixel i of a row maps to source position (xs + ((xstep * i) >> 8), ys + ...), whole pixel
 * >> 8 of each. The first i in [0, n) where `pred` of that holds, for predicates that turn true
 * once and stay true (n if never). */
template <class Pred>
int32_t first_where(int32_t n, Pred pred)
{
    int32_t lo = 0, hi = n;
    while(lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if(pred(mid)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* The pixels i of one axis whose source coordinate (start + ((step * i) >> 8)) >> 8 lies in
 * [0, limit): the coordinate only moves one way along the row, so they form one run. */
Span inside_axis(int64_t start, int64_t step, int32_t n, int32_t limit)
{
    auto coord = [=](int32_t i) { return (int32_t)(start + ((step * i) >> 8)) >> 8; };
    if(step >= 0) return Span{first_where(n, [&](int32_t i) { return coord(i) >= 0; }),
                              first_where(n, [&](int32_t i) { return coord(i) >= limit; }) - 1};
    return Span{first_where(n, [&](int32_t i) { return coord(i) < limit; }),
                first_where(n, [&](int32_t i) { return coord(i) < 0; }) - 1};
}

/* The pixels of a row of n whose source pixel is inside the image (all of them when the
 * positions could leave 32 bits, where the one-way argument would not hold). */
Span inside_source(const ImageView & v, int64_t xs, int64_t ys, int64_t xstep, int64_t ystep, int32_t n)
{
    auto fits = [](int64_t a) { return a > -((int64_t)1 << 30) && a < ((int64_t)1 << 30); };
    int64_t xe = xs + ((xstep * (n - 1)) >> 8), ye = ys + ((ystep * (n - 1)) >> 8);
    if(!fits(xs) || !fits(ys) || !fits(xe) || !fits(ye)) return Span{0, n - 1};
    Span sx = inside_axis(xs, xstep, n, v.w), sy = inside_axis(ys, ystep, n, v.h);
    return Span{LV_MAX(sx.x1, sy.x1), LV_MIN(sx.x2, sy.x2)};
}

void sample_row(const ImageView & v, int64_t xs, int64_t ys, int64_t xstep, int64_t ystep, int32_t from, int32_t n,
                bool aa, const DrawParams & p, lv_color32_t * px)
{
    const uint8_t * data = v.data;
    const size_t stride = v.stride;
    if(v.cf == LV_COLOR_FORMAT_ARGB8888 && !v.premultiplied) {
        auto argb = [data, stride](int32_t x, int32_t y) {
            lv_color32_t c;
            memcpy(&c, data + stride * (size_t)y + 4 * (size_t)x, 4);
            return c;
        };
        sample_row_with(v, xs, ys, xstep, ystep, from, n, aa, p, px, argb);
    }
    else if(v.cf == LV_COLOR_FORMAT_XRGB8888) {
        auto xrgb = [data, stride](int32_t x, int32_t y) {
            lv_color32_t c;
            memcpy(&c, data + stride * (size_t)y + 4 * (size_t)x, 4);
            c.alpha = 255;
            return c;
        };
        sample_row_with(v, xs, ys, xstep, ystep, from, n, aa, p, px, xrgb);
    }
    else {
        sample_row_with(v, xs, ys, xstep, ystep, from, n, aa, p, px, [&v](int32_t x, int32_t y) { return pixel(v, x, y); });
    }
}

/* Bytes per pixel of the intermediate buffer the original transforms a format into. */
uint32_t transformed_px_size(lv_color_format_t cf)
{
    switch(cf) {
        case LV_COLOR_FORMAT_A8: return 1;
        case LV_COLOR_FORMAT_L8: return 2;
        case LV_COLOR_FORMAT_RGB565:
        case LV_COLOR_FORMAT_RGB565_SWAPPED:
        case LV_COLOR_FORMAT_RGB565A8: return 3;
        default: return 4;
    }
}

/* Width of the display the layer belongs to (its root layer) and its pixel size: the
 * original transforms images in stripes of 4 display rows' worth of bytes. */
uint32_t stripe_bytes(lv_layer_t * layer)
{
    lv_layer_t * root = layer;
    while(root->parent) root = root->parent;
    uint32_t w = (uint32_t)LV_MAX(1, lv_area_get_width(&root->buf_area));
    uint32_t px = root->draw_buf ? LV_COLOR_FORMAT_GET_SIZE((lv_color_format_t)root->draw_buf->header.cf) : 4;
    return 4 * w * LV_MAX(px, 1u);
}

/* Maps a point relative to the image's top-left into the source, in 1/256 px. */
struct InverseMap {
    int32_t angle; /* 0 or the rotation */
    int64_t sinma, cosma;
    int32_t scale_x, scale_y;
    lv_point_t pivot;
    void operator()(int64_t xin, int64_t yin, int64_t * xs, int64_t * ys) const
    {
        xin -= pivot.x;
        yin -= pivot.y;
        if(angle == 0) {
            *xs = xin * 65536 / scale_x + (int64_t)pivot.x * 256;
            *ys = yin * 65536 / scale_y + (int64_t)pivot.y * 256;
        }
        else {
            *xs = (((cosma * xin - sinma * yin) * 256 / scale_x) >> 2) + (int64_t)pivot.x * 256;
            *ys = (((sinma * xin + cosma * yin) * 256 / scale_y) >> 2) + (int64_t)pivot.y * 256;
        }
    }
};

/* Scaled and/or rotated image, computed the way the original does so that the pixels
 * match: the destination is the transformed bounding area, processed in stripes; in each
 * stripe the source position steps linearly between the mapped ends of a row (rotated) or
 * of the stripe (scaled only, with the ends held inside the last source pixel). */
void transformed(lv_layer_t * layer, const Target & t, const ImageView & v, const lv_area_t & coords,
                 const lv_draw_image_dsc_t * dsc, const DrawParams & p)
{
    InverseMap map;
    map.scale_x = dsc->scale_x > 0 ? dsc->scale_x : 1;
    map.scale_y = dsc->scale_y > 0 ? dsc->scale_y : 1;
    map.pivot = dsc->pivot;
    map.angle = dsc->rotation;
    /* sin/cos of the inverse angle in 0.1 degrees with 10 fractional bits */
    int32_t inv = -dsc->rotation;
    int32_t low = inv / 10, rem = inv - low * 10;
    map.sinma = ((lv_trigo_sin((int16_t)low) * (10 - rem) + lv_trigo_sin((int16_t)(low + 1)) * rem) / 10) >> 5;
    map.cosma = ((lv_trigo_sin((int16_t)(low + 90)) * (10 - rem) + lv_trigo_sin((int16_t)(low + 91)) * rem) / 10) >> 5;

    /* the transformed area: the image's corners (w, h exclusive) transformed, scale first */
    lv_point_t corners[4] = {{0, 0}, {v.w, 0}, {0, v.h}, {v.w, v.h}};
    lv_point_array_transform(corners, 4, dsc->rotation, map.scale_x, map.scale_y, &dsc->pivot, true);
    lv_area_t box = {corners[0].x, corners[0].y, corners[0].x, corners[0].y};
    for(const lv_point_t & c : corners) {
        box.x1 = LV_MIN(box.x1, c.x);
        box.y1 = LV_MIN(box.y1, c.y);
        box.x2 = LV_MAX(box.x2, c.x);
        box.y2 = LV_MAX(box.y2, c.y);
    }
    box.x2 -= 1;
    box.y2 -= 1;
    lv_area_move(&box, coords.x1, coords.y1);
    lv_area_t a;
    if(!lv_area_intersect(&a, &box, &t.clip)) return;
    int32_t w = lv_area_get_width(&a);
    RowBuf px_buf((size_t)w * sizeof(lv_color32_t));
    RowBuf mask_buf((size_t)w);
    if(!px_buf.ok() || !mask_buf.ok()) return;
    lv_color32_t * px = (lv_color32_t *)px_buf.data();
    bool aa = dsc->antialias;
    int32_t stripe_h = (int32_t)(stripe_bytes(layer) / ((uint32_t)w * transformed_px_size(v.cf)));
    stripe_h = LV_CLAMP(1, stripe_h, lv_area_get_height(&a));

    for(int32_t sy1 = a.y1; sy1 <= a.y2; sy1 += stripe_h) {
        /* the stripe relative to the image's top-left */
        lv_area_t rel = {a.x1 - coords.x1, sy1 - coords.y1, a.x2 - coords.x1, LV_MIN(sy1 + stripe_h - 1, a.y2) - coords.y1};
        int32_t dest_w = lv_area_get_width(&rel), dest_h = lv_area_get_height(&rel);
        int64_t xs0 = 0, ys0 = 0, xstep = 0, ystep_rows = 0;
        if(map.angle == 0) {
            int32_t x_max = (((v.w - 1 - map.pivot.x) * map.scale_x) >> 8) + map.pivot.x;
            int32_t y_max = (((v.h - 1 - map.pivot.y) * map.scale_y) >> 8) + map.pivot.y;
            int64_t xs1, ys1, xs2, ys2;
            map(LV_MIN(rel.x1, x_max), LV_MIN(rel.y1, y_max), &xs1, &ys1);
            map(LV_MIN(rel.x2, x_max), LV_MIN(rel.y2, y_max), &xs2, &ys2);
            if(dest_w > 1) xstep = (256 * (xs2 - xs1)) / (dest_w - 1);
            if(dest_h > 1) ystep_rows = (256 * (ys2 - ys1)) / (dest_h - 1);
            xs0 = xs1 + 0x80;
            ys0 = ys1 + 0x80;
        }
        for(int32_t r = 0; r < dest_h; r++) {
            int32_t y = sy1 + r;
            int64_t row_xs, row_ys, row_xstep, row_ystep;
            if(map.angle == 0) {
                row_xs = xs0;
                row_ys = ys0 + ((ystep_rows * r) >> 8);
                row_xstep = xstep;
                row_ystep = 0;
            }
            else {
                int64_t xs1, ys1, xs2, ys2;
                map(rel.x1, rel.y1 + r, &xs1, &ys1);
                map(rel.x2, rel.y1 + r, &xs2, &ys2);
                row_xstep = dest_w > 1 ? (256 * (xs2 - xs1)) / (dest_w - 1) : 0;
                row_ystep = dest_w > 1 ? (256 * (ys2 - ys1)) / (dest_w - 1) : 0;
                row_xs = xs1 + 0x80;
                row_ys = ys1 + 0x80;
            }
            /* only the pixels whose source lies inside the image (the rest are transparent) */
            Span in = inside_source(v, row_xs, row_ys, row_xstep, row_ystep, w);
            if(in.x1 > in.x2) continue;
            int32_t n = in.x2 - in.x1 + 1;
            sample_row(v, row_xs, row_ys, row_xstep, row_ystep, in.x1, n, aa, p, px);
            bool use_mask;
            apply_clip_rr(p, a.x1 + in.x1, y, n, mask_buf.data(), &use_mask);
            blend_pixels(t, a.x1 + in.x1, y, n, px, p.opa, use_mask ? mask_buf.data() : nullptr, p.mode);
        }
    }
}

void draw_view(lv_layer_t * layer, const ImageView & v, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords)
{
    Target t;
    if(!target_of(layer, &t)) return;
    RoundRect clip_rr;
    DrawParams p = {dsc->opa, dsc->recolor, dsc->recolor_opa, (lv_blend_mode_t)dsc->blend_mode, nullptr, nullptr,
                    lv_area_t{0, 0, -1, -1}};
    /* a bitmap mask (A8 or any format with alpha) centered on image_area, like LVGL's */
    ImageView mask_view;
    const lv_image_dsc_t * bm = dsc->bitmap_mask_src;
    if(bm && lv_image_src_get_type(bm) == LV_IMAGE_SRC_VARIABLE &&
       make_view(bm->header, bm->data, bm->data_size, &mask_view)) {
        lv_area_t base = dsc->image_area;
        if(base.x2 < base.x1 || base.y2 < base.y1) base = *coords;
        lv_area_t ma = {0, 0, mask_view.w - 1, mask_view.h - 1};
        lv_area_align(&base, &ma, LV_ALIGN_CENTER, 0, 0);
        p.bitmap_mask = &mask_view;
        p.bitmap_mask_area = ma;
    }
    if(dsc->clip_radius > 0) {
        clip_rr = make_round_rect(*coords, dsc->clip_radius);
        p.clip_rr = &clip_rr;
    }
    bool transform = dsc->rotation % 3600 != 0 || dsc->scale_x != LV_SCALE_NONE || dsc->scale_y != LV_SCALE_NONE;
    if(dsc->tile) {
        /* copies of the image in a grid through image_area, clipped to coords */
        lv_area_t first = dsc->image_area;
        if(first.x2 < first.x1 || first.y2 < first.y1) first = lv_area_t{coords->x1, coords->y1, coords->x1 + v.w - 1, coords->y1 + v.h - 1};
        int64_t tw = (int64_t)first.x2 - first.x1 + 1, th = (int64_t)first.y2 - first.y1 + 1;
        if(tw <= 0 || th <= 0) return;
        /* only the tiles that reach the visible part of coords */
        lv_area_t vis;
        if(!lv_area_intersect(&vis, coords, &t.clip)) return;
        auto floor_div = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
        int64_t ox0 = first.x1 + floor_div((int64_t)vis.x1 - first.x1, tw) * tw;
        int64_t oy0 = first.y1 + floor_div((int64_t)vis.y1 - first.y1, th) * th;
        for(int64_t oy = oy0; oy <= vis.y2; oy += th) {
            for(int64_t ox = ox0; ox <= vis.x2; ox += tw) blit(t, v, (int32_t)ox, (int32_t)oy, vis, p);
        }
        return;
    }
    if(!transform) {
        blit(t, v, coords->x1, coords->y1, *coords, p);
        return;
    }
    transformed(layer, t, v, *coords, dsc, p);
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
    if(dsc == NULL || coords == NULL || task_intercept(layer, LV_DRAW_TASK_TYPE_IMAGE, &dsc->base, coords)) return;
    image_now(layer, dsc, coords);
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

namespace lv_sw {

void image_now(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords)
{
    if(dsc->src == NULL || dsc->opa <= LV_OPA_MIN) return;
    if(dsc->scale_x <= 0 || dsc->scale_y <= 0) return;
    /* pixels, or a PNG decoded (cached); files and symbols are the image widget's job */
    const lv_image_dsc_t * img = lv_image_cache_resolve(dsc->src);
    if(img == NULL) return;
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

} // namespace lv_sw
