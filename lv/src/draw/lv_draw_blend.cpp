// Blending spans into RGB565, RGB888, XRGB8888 and ARGB8888 buffers. Mixing follows LVGL:
// a mix factor >= LV_OPA_MAX copies, <= LV_OPA_MIN leaves the pixel, otherwise the channels
// are weighted and shifted right by 8.
#include "lv_draw_sw.h"

#include <string.h>

namespace lv_sw {
namespace {

struct Rgb {
    uint8_t r, g, b;
};

inline uint8_t mix8(uint8_t fg, uint8_t bg, uint32_t mix) { return (uint8_t)((fg * mix + bg * (255 - mix)) >> 8); }

inline uint8_t blend_channel(uint8_t fg, uint8_t bg, lv_blend_mode_t mode)
{
    switch(mode) {
        case LV_BLEND_MODE_ADDITIVE: return (uint8_t)LV_MIN(255, fg + bg);
        case LV_BLEND_MODE_SUBTRACTIVE: return (uint8_t)LV_MAX(0, bg - fg);
        case LV_BLEND_MODE_MULTIPLY: return (uint8_t)((fg * bg) >> 8);
        case LV_BLEND_MODE_DIFFERENCE: return (uint8_t)(fg > bg ? fg - bg : bg - fg);
        default: return fg;
    }
}

/* One pixel: src (with alpha `a` 0..255) over the destination pixel at p. */
template <lv_color_format_t CF>
inline void put(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode);

inline Rgb apply_mode(Rgb s, Rgb d, lv_blend_mode_t mode)
{
    if(mode == LV_BLEND_MODE_NORMAL) return s;
    Rgb r = {blend_channel(s.r, d.r, mode), blend_channel(s.g, d.g, mode), blend_channel(s.b, d.b, mode)};
    return r;
}

template <>
inline void put<LV_COLOR_FORMAT_RGB888>(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode)
{
    Rgb d = {p[2], p[1], p[0]};
    s = apply_mode(s, d, mode);
    if(a >= LV_OPA_MAX) {
        p[0] = s.b;
        p[1] = s.g;
        p[2] = s.r;
        return;
    }
    p[0] = mix8(s.b, d.b, a);
    p[1] = mix8(s.g, d.g, a);
    p[2] = mix8(s.r, d.r, a);
}

/* XRGB8888: as RGB888, and a covered pixel's X byte set. A plain mix goes a word at a time:
 * red and blue weighted together (neither product reaches the other's half), then green. */
template <>
inline void put<LV_COLOR_FORMAT_XRGB8888>(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode)
{
    if(mode == LV_BLEND_MODE_NORMAL && a < LV_OPA_MAX) {
        uint32_t d;
        memcpy(&d, p, 4);
        uint32_t ia = 255 - a;
        uint32_t rb = ((((uint32_t)s.r << 16) | s.b) * a + (d & 0x00FF00FFu) * ia) >> 8;
        uint32_t g = (((uint32_t)s.g << 8) * a + (d & 0x0000FF00u) * ia) >> 8;
        d = (d & 0xFF000000u) | (rb & 0x00FF00FFu) | (g & 0x0000FF00u);
        memcpy(p, &d, 4);
        return;
    }
    put<LV_COLOR_FORMAT_RGB888>(p, s, a, mode);
    if(a >= LV_OPA_MAX) p[3] = 0xFF;
}

inline Rgb from565(uint16_t v)
{
    uint8_t r5 = (uint8_t)((v >> 11) & 0x1F), g6 = (uint8_t)((v >> 5) & 0x3F), b5 = (uint8_t)(v & 0x1F);
    Rgb c = {(uint8_t)((r5 << 3) | (r5 >> 2)), (uint8_t)((g6 << 2) | (g6 >> 4)), (uint8_t)((b5 << 3) | (b5 >> 2))};
    return c;
}

inline uint16_t to565(Rgb c) { return (uint16_t)(((c.r & 0xF8) << 8) | ((c.g & 0xFC) << 3) | (c.b >> 3)); }

template <>
inline void put<LV_COLOR_FORMAT_RGB565>(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode)
{
    uint16_t v;
    memcpy(&v, p, 2);
    if(mode != LV_BLEND_MODE_NORMAL) s = apply_mode(s, from565(v), mode);
    /* mixed in 565 like the original, so RGB565 displays get the same pixels */
    v = a >= LV_OPA_MAX ? to565(s) : lv_color_16_16_mix(to565(s), v, (uint8_t)a);
    memcpy(p, &v, 2);
}

template <>
inline void put<LV_COLOR_FORMAT_ARGB8888>(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode)
{
    uint32_t da = p[3];
    Rgb d = {p[2], p[1], p[0]};
    if(mode != LV_BLEND_MODE_NORMAL && da > 0) s = apply_mode(s, d, mode);
    if(a >= LV_OPA_MAX || da <= LV_OPA_MIN) {
        p[0] = s.b;
        p[1] = s.g;
        p[2] = s.r;
        p[3] = (uint8_t)(a >= LV_OPA_MAX ? 255 : a);
        return;
    }
    if(da == 255) {
        p[0] = mix8(s.b, d.b, a);
        p[1] = mix8(s.g, d.g, a);
        p[2] = mix8(s.r, d.r, a);
        return;
    }
    /* both translucent: "over" compositing */
    uint32_t res_a = 255 - (((255 - a) * (255 - da)) >> 8);
    uint32_t ratio = (a * 255) / res_a;
    p[0] = mix8(s.b, d.b, ratio);
    p[1] = mix8(s.g, d.g, ratio);
    p[2] = mix8(s.r, d.r, ratio);
    p[3] = (uint8_t)res_a;
}

template <>
inline void put<LV_COLOR_FORMAT_A8>(uint8_t * p, Rgb s, uint32_t a, lv_blend_mode_t mode)
{
    (void)s;
    (void)mode;
    uint32_t da = p[0];
    p[0] = (uint8_t)(255 - (((255 - a) * (255 - da)) >> 8));
}

inline Rgb apply_recolor(const Target & t, Rgb c)
{
    if(t.recolor.alpha <= LV_OPA_MIN) return c;
    uint32_t m = t.recolor.alpha;
    Rgb r = {mix8(t.recolor.red, c.r, m), mix8(t.recolor.green, c.g, m), mix8(t.recolor.blue, c.b, m)};
    return r;
}

/* Clips the span x..x+len-1 of row y to the target; returns the first index and count. */
bool clip_span(const Target & t, int32_t x, int32_t y, int32_t len, int32_t * first, int32_t * count)
{
    if(y < t.clip.y1 || y > t.clip.y2 || len <= 0) return false;
    int32_t x1 = LV_MAX(x, t.clip.x1);
    int32_t x2 = LV_MIN(x + len - 1, t.clip.x2);
    if(x1 > x2) return false;
    *first = x1 - x;
    *count = x2 - x1 + 1;
    return true;
}

inline uint8_t * pixel_at(const Target & t, int32_t x, int32_t y)
{
    uint32_t px_size = LV_COLOR_FORMAT_GET_SIZE(t.cf);
    return t.data + (size_t)(y - t.buf_area.y1) * t.stride + (size_t)(x - t.buf_area.x1) * px_size;
}

/* n pixels of one opaque color in normal mode: a plain store per pixel. */
template <lv_color_format_t CF>
void solid_run(uint8_t * p, int32_t n, Rgb c)
{
    if(CF == LV_COLOR_FORMAT_XRGB8888 || CF == LV_COLOR_FORMAT_ARGB8888) {
        uint32_t v = 0xFF000000u | ((uint32_t)c.r << 16) | ((uint32_t)c.g << 8) | c.b;
        for(int32_t i = 0; i < n; i++) memcpy(p + 4 * i, &v, 4);
    }
    else if(CF == LV_COLOR_FORMAT_RGB565) {
        uint16_t v = to565(c);
        for(int32_t i = 0; i < n; i++) memcpy(p + 2 * i, &v, 2);
    }
    else {
        const uint32_t px_size = LV_COLOR_FORMAT_GET_SIZE(CF);
        for(int32_t i = 0; i < n; i++, p += px_size) put<CF>(p, c, LV_OPA_COVER, LV_BLEND_MODE_NORMAL);
    }
}

/* XRGB8888 pixels mixed with one color at one opacity: mix8 on every channel. Blocks of 4
 * pixels are computed over their 16 bytes in 16-bit arithmetic (fg * a + bg * (255 - a) <
 * 2^16; the X byte weighted 256 stays as it is), which the compiler turns into vector
 * multiplies; the rest goes a word at a time, red and blue together (neither product
 * spills into the other's half). */
/* out of line: inlined into the big format switch its vector code came out 4x longer */
LV_DRAW_SW_NOINLINE void mix_run_xrgb(uint8_t * p, int32_t n, Rgb c, uint32_t a)
{
    const uint16_t ia = (uint16_t)(255 - a);
    uint16_t fg[16], bg_weight[16];
    for(int k = 0; k < 16; k++) {
        const uint8_t ch[4] = {c.b, c.g, c.r, 0};
        fg[k] = (uint16_t)(ch[k & 3] * a);
        bg_weight[k] = (k & 3) == 3 ? 256 : ia;
    }
    int32_t i = 0;
    for(; i + 4 <= n; i += 4) {
        uint8_t * q = p + 4 * i;
        for(int k = 0; k < 16; k++) q[k] = (uint8_t)((uint16_t)(fg[k] + q[k] * bg_weight[k]) >> 8);
    }
    const uint32_t f_rb = (((uint32_t)c.r << 16) | c.b) * a;
    const uint32_t f_g = ((uint32_t)c.g << 8) * a;
    for(; i < n; i++) {
        uint32_t d;
        memcpy(&d, p + 4 * i, 4);
        uint32_t rb = (((d & 0x00FF00FFu) * ia + f_rb) >> 8) & 0x00FF00FFu;
        uint32_t g = (((d & 0x0000FF00u) * ia + f_g) >> 8) & 0x0000FF00u;
        d = (d & 0xFF000000u) | rb | g;
        memcpy(p + 4 * i, &d, 4);
    }
}

/* RGB565 pixels mixed with one color at one opacity, as lv_color_16_16_mix does it (5-bit
 * mix factor, the three channels spread over a 32-bit word) with the color's part computed
 * once for the run. */
void mix_run_565(uint8_t * p, int32_t n, Rgb c, uint32_t a)
{
    const uint32_t spread = 0x07E0F81Fu;
    const uint32_t m = (a + 4) >> 3;
    const uint32_t fg_c = to565(c);
    const uint32_t fg = (fg_c | (fg_c << 16)) & spread;
    for(int32_t i = 0; i < n; i++) {
        uint16_t v;
        memcpy(&v, p + 2 * i, 2);
        uint32_t bg = ((uint32_t)v | ((uint32_t)v << 16)) & spread;
        uint32_t r = ((((fg - bg) * m) >> 5) + bg) & spread;
        v = (uint16_t)((r >> 16) | r);
        memcpy(p + 2 * i, &v, 2);
    }
}

/* True when the 8 mask bytes at m all equal v (0 or 0xFF). */
inline bool word_is(const lv_opa_t * m, uint8_t v)
{
    uint64_t w;
    memcpy(&w, m, 8);
    return w == (v ? ~(uint64_t)0 : 0);
}

/* One color through a mask. kPlain: normal blending into a color format (the blend mode
 * is then a constant and drops out of the per-pixel code). */
template <lv_color_format_t CF, bool kPlain>
void masked_span(uint8_t * p, int32_t n, Rgb c, lv_opa_t opa, const lv_opa_t * mask, lv_blend_mode_t mode)
{
    const uint32_t px_size = LV_COLOR_FORMAT_GET_SIZE(CF);
    int32_t i = 0;
    while(i < n) {
        /* runs of uncovered and (with full opacity) fully covered pixels in one go */
        if(mask[i] <= LV_OPA_MIN) {
            i++;
            while(i + 8 <= n && word_is(mask + i, 0)) i += 8;
            while(i < n && mask[i] <= LV_OPA_MIN) i++;
            continue;
        }
        if(kPlain && opa >= LV_OPA_MAX && mask[i] >= LV_OPA_MAX) {
            int32_t j = i + 1;
            while(j + 8 <= n && word_is(mask + j, 0xFF)) j += 8;
            while(j < n && mask[j] >= LV_OPA_MAX) j++;
            solid_run<CF>(p + (size_t)i * px_size, j - i, c);
            i = j;
            continue;
        }
        uint32_t a = mask[i] >= LV_OPA_MAX ? opa : ((uint32_t)mask[i] * opa) >> 8;
        if(a > LV_OPA_MIN) put<CF>(p + (size_t)i * px_size, c, a, kPlain ? LV_BLEND_MODE_NORMAL : mode);
        i++;
    }
}

template <lv_color_format_t CF>
void color_span(uint8_t * p, int32_t n, Rgb c, lv_opa_t opa, const lv_opa_t * mask, lv_blend_mode_t mode)
{
    const uint32_t px_size = LV_COLOR_FORMAT_GET_SIZE(CF);
    const bool plain = mode == LV_BLEND_MODE_NORMAL && CF != LV_COLOR_FORMAT_A8;
    if(mask == nullptr) {
        if(plain && opa >= LV_OPA_MAX) solid_run<CF>(p, n, c);
        else if(plain && CF == LV_COLOR_FORMAT_XRGB8888) mix_run_xrgb(p, n, c, opa);
        else if(plain && CF == LV_COLOR_FORMAT_RGB565) mix_run_565(p, n, c, opa);
        else
            for(int32_t i = 0; i < n; i++, p += px_size) put<CF>(p, c, opa, mode);
        return;
    }
    if(plain) masked_span<CF, true>(p, n, c, opa, mask, LV_BLEND_MODE_NORMAL);
    else masked_span<CF, false>(p, n, c, opa, mask, mode);
}

/* The rows of area a (clipped) blended with one color, the mask advancing by mask_stride. */
template <lv_color_format_t CF>
void color_rows(const Target & t, const lv_area_t & a, Rgb c, lv_opa_t opa, const lv_opa_t * mask, int32_t mask_stride,
                lv_blend_mode_t mode)
{
    uint8_t * p = pixel_at(t, a.x1, a.y1);
    int32_t n = a.x2 - a.x1 + 1;
    for(int32_t y = a.y1; y <= a.y2; y++, p += t.stride) {
        color_span<CF>(p, n, c, opa, mask, mode);
        if(mask) mask += mask_stride;
    }
}

template <lv_color_format_t CF>
void pixel_span(const Target & t, uint8_t * p, int32_t n, const lv_color32_t * src, lv_opa_t opa,
                const lv_opa_t * mask, lv_blend_mode_t mode)
{
    const uint32_t px_size = LV_COLOR_FORMAT_GET_SIZE(CF);
    /* the usual case (normal blending, no layer recolor, no mask, full opacity) in a loop of
     * its own: a copy for opaque pixels, a mix for translucent ones */
    if(mode == LV_BLEND_MODE_NORMAL && t.recolor.alpha <= LV_OPA_MIN && mask == nullptr && opa >= LV_OPA_MAX) {
        if(CF == LV_COLOR_FORMAT_XRGB8888) {
            for(int32_t i = 0; i < n; i++, p += px_size) {
                uint32_t a = src[i].alpha;
                if(a >= LV_OPA_MAX) {
                    uint32_t v;
                    memcpy(&v, &src[i], 4); /* B, G, R, A in memory, as in the buffer */
                    v |= 0xFF000000u;
                    memcpy(p, &v, 4);
                }
                else if(a > LV_OPA_MIN) {
                    p[0] = mix8(src[i].blue, p[0], a);
                    p[1] = mix8(src[i].green, p[1], a);
                    p[2] = mix8(src[i].red, p[2], a);
                }
            }
            return;
        }
        for(int32_t i = 0; i < n; i++, p += px_size) {
            uint32_t a = src[i].alpha;
            if(a > LV_OPA_MIN) put<CF>(p, Rgb{src[i].red, src[i].green, src[i].blue}, a, LV_BLEND_MODE_NORMAL);
        }
        return;
    }
    for(int32_t i = 0; i < n; i++, p += px_size) {
        uint32_t a = src[i].alpha;
        if(a <= LV_OPA_MIN) continue;
        if(opa < LV_OPA_MAX) a = (a * opa) >> 8;
        if(mask) {
            if(mask[i] <= LV_OPA_MIN) continue;
            if(mask[i] < LV_OPA_MAX) a = (a * mask[i]) >> 8;
        }
        if(a <= LV_OPA_MIN) continue;
        Rgb c = apply_recolor(t, Rgb{src[i].red, src[i].green, src[i].blue});
        put<CF>(p, c, a, mode);
    }
}

} // namespace

bool target_of(lv_layer_t * layer, Target * t)
{
    if(layer == nullptr || layer->draw_buf == nullptr || layer->draw_buf->data == nullptr) return false;
    lv_draw_buf_t * buf = layer->draw_buf;
    t->data = buf->data;
    t->stride = buf->header.stride ? buf->header.stride
                                   : lv_draw_buf_width_to_stride(buf->header.w, (lv_color_format_t)buf->header.cf);
    t->cf = (lv_color_format_t)buf->header.cf;
    switch(t->cf) {
        case LV_COLOR_FORMAT_RGB565:
        case LV_COLOR_FORMAT_RGB888:
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_A8:
            break;
        default:
            return false; /* not a format we can draw into */
    }
    t->buf_area = layer->buf_area;
    /* the buffer may be smaller than buf_area claims: trust the buffer's own size */
    t->buf_area.x2 = LV_MIN(t->buf_area.x2, t->buf_area.x1 + (int32_t)buf->header.w - 1);
    t->buf_area.y2 = LV_MIN(t->buf_area.y2, t->buf_area.y1 + (int32_t)buf->header.h - 1);
    if(!lv_area_intersect(&t->clip, &layer->_clip_area, &t->buf_area)) return false;
    t->layer_opa = layer->opa;
    t->recolor = layer->recolor;
    return true;
}

void blend_color(const Target & t, int32_t x, int32_t y, int32_t len, lv_color_t color, lv_opa_t opa,
                 const lv_opa_t * mask, lv_blend_mode_t mode)
{
    if(len <= 0) return;
    blend_color_area(t, lv_area_t{x, y, x + len - 1, y}, color, opa, mask, len, mode);
}

void blend_color_area(const Target & t, const lv_area_t & area, lv_color_t color, lv_opa_t opa,
                      const lv_opa_t * mask, int32_t mask_stride, lv_blend_mode_t mode)
{
    opa = opa_mix(opa, t.layer_opa);
    if(opa <= LV_OPA_MIN) return;
    /* clipped here rather than with lv_area_intersect: this runs once per row of most shapes */
    lv_area_t a = {LV_MAX(area.x1, t.clip.x1), LV_MAX(area.y1, t.clip.y1), LV_MIN(area.x2, t.clip.x2),
                   LV_MIN(area.y2, t.clip.y2)};
    if(a.x1 > a.x2 || a.y1 > a.y2) return;
    if(mask) mask += (size_t)(a.y1 - area.y1) * mask_stride + (a.x1 - area.x1);
    Rgb c = apply_recolor(t, Rgb{color.red, color.green, color.blue});
    switch(t.cf) {
        case LV_COLOR_FORMAT_XRGB8888: color_rows<LV_COLOR_FORMAT_XRGB8888>(t, a, c, opa, mask, mask_stride, mode); break;
        case LV_COLOR_FORMAT_ARGB8888: color_rows<LV_COLOR_FORMAT_ARGB8888>(t, a, c, opa, mask, mask_stride, mode); break;
        case LV_COLOR_FORMAT_RGB888: color_rows<LV_COLOR_FORMAT_RGB888>(t, a, c, opa, mask, mask_stride, mode); break;
        case LV_COLOR_FORMAT_RGB565: color_rows<LV_COLOR_FORMAT_RGB565>(t, a, c, opa, mask, mask_stride, mode); break;
        case LV_COLOR_FORMAT_A8: color_rows<LV_COLOR_FORMAT_A8>(t, a, c, opa, mask, mask_stride, mode); break;
        default: break;
    }
}

void blend_pixels(const Target & t, int32_t x, int32_t y, int32_t len, const lv_color32_t * px, lv_opa_t opa,
                  const lv_opa_t * mask, lv_blend_mode_t mode)
{
    opa = opa_mix(opa, t.layer_opa);
    if(opa <= LV_OPA_MIN) return;
    int32_t first, n;
    if(!clip_span(t, x, y, len, &first, &n)) return;
    if(mask) mask += first;
    px += first;
    uint8_t * p = pixel_at(t, x + first, y);
    switch(t.cf) {
        case LV_COLOR_FORMAT_XRGB8888: pixel_span<LV_COLOR_FORMAT_XRGB8888>(t, p, n, px, opa, mask, mode); break;
        case LV_COLOR_FORMAT_ARGB8888: pixel_span<LV_COLOR_FORMAT_ARGB8888>(t, p, n, px, opa, mask, mode); break;
        case LV_COLOR_FORMAT_RGB888: pixel_span<LV_COLOR_FORMAT_RGB888>(t, p, n, px, opa, mask, mode); break;
        case LV_COLOR_FORMAT_RGB565: pixel_span<LV_COLOR_FORMAT_RGB565>(t, p, n, px, opa, mask, mode); break;
        case LV_COLOR_FORMAT_A8: pixel_span<LV_COLOR_FORMAT_A8>(t, p, n, px, opa, mask, mode); break;
        default: break;
    }
}

void fill_area(const Target & t, const lv_area_t & area, lv_color_t color, lv_opa_t opa, lv_blend_mode_t mode)
{
    blend_color_area(t, area, color, opa, nullptr, 0, mode);
}

RowBuf::RowBuf(size_t bytes) : data_((uint8_t *)lv_malloc(bytes ? bytes : 1)) {}

RowBuf::~RowBuf() { lv_free(data_); }

} // namespace lv_sw
