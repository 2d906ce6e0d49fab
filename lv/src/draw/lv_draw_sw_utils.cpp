// Pixel helpers for display drivers: RGB565 byte order, 1-bit buffers, rotated copies.
#include <string.h>

#include "lv_draw_sw_utils.h"

namespace {

/** Bytes per pixel of the formats lv_draw_sw_rotate handles (0: not handled). */
uint32_t rotate_px_size(lv_color_format_t cf)
{
    switch(cf) {
        case LV_COLOR_FORMAT_L8: return 1;
        case LV_COLOR_FORMAT_RGB565: return 2;
        case LV_COLOR_FORMAT_RGB888: return 3;
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_ARGB8888: return 4;
        default: return 0;
    }
}

/** Where source pixel (x, y) lands in the turned picture (column, row). */
void rotated_position(lv_display_rotation_t rotation, int32_t w, int32_t h, int32_t x, int32_t y, int32_t * col,
                      int32_t * row)
{
    switch(rotation) {
        case LV_DISPLAY_ROTATION_90:
            *col = y;
            *row = w - 1 - x;
            break;
        case LV_DISPLAY_ROTATION_180:
            *col = w - 1 - x;
            *row = h - 1 - y;
            break;
        default: /* 270 */
            *col = h - 1 - y;
            *row = x;
            break;
    }
}

struct Rotation {
    const uint8_t * src;
    uint8_t * dest;
    int32_t w, h, src_stride, dest_stride;
    lv_display_rotation_t rotation;
};

/** The rotated copy for pixels of N bytes (a fixed-size copy: one load and store). */
template <size_t N> void rotate_px(const Rotation & r)
{
    for(int32_t y = 0; y < r.h; y++) {
        const uint8_t * in = r.src + static_cast<ptrdiff_t>(y) * r.src_stride;
        for(int32_t x = 0; x < r.w; x++) {
            int32_t col, row;
            rotated_position(r.rotation, r.w, r.h, x, y, &col, &row);
            memcpy(r.dest + static_cast<ptrdiff_t>(row) * r.dest_stride + static_cast<ptrdiff_t>(col) * N, in + x * N, N);
        }
    }
}

} // namespace

extern "C" {

void lv_draw_sw_i1_to_argb8888(const void * buf_i1, void * buf_argb8888, uint32_t width, uint32_t height,
                               uint32_t buf_i1_stride, uint32_t buf_argb8888_stride, uint32_t index0_color,
                               uint32_t index1_color)
{
    if(buf_i1 == NULL || buf_argb8888 == NULL) return;
    const uint8_t * src = static_cast<const uint8_t *>(buf_i1);
    uint8_t * dst = static_cast<uint8_t *>(buf_argb8888);
    const uint32_t whole_bytes = width / 8; /* like LVGL: a partial last byte is not expanded */
    for(uint32_t row = 0; row < height; row++) {
        uint32_t * out = reinterpret_cast<uint32_t *>(dst + static_cast<size_t>(row) * buf_argb8888_stride);
        const uint8_t * in = src + static_cast<size_t>(row) * buf_i1_stride;
        for(uint32_t i = 0; i < whole_bytes; i++) {
            for(int bit = 7; bit >= 0; bit--) *out++ = (in[i] >> bit) & 1 ? index1_color : index0_color;
        }
    }
}

void lv_draw_sw_rgb565_swap(void * buf, uint32_t buf_size_px)
{
    if(buf == NULL) return;
    uint8_t * p = static_cast<uint8_t *>(buf);
    for(uint32_t i = 0; i < buf_size_px; i++, p += 2) {
        const uint8_t lo = p[0];
        p[0] = p[1];
        p[1] = lo;
    }
}

void lv_draw_sw_i1_invert(void * buf, uint32_t buf_size)
{
    if(buf == NULL) return;
    uint8_t * p = static_cast<uint8_t *>(buf);
    for(uint32_t i = 0; i < buf_size; i++) p[i] = static_cast<uint8_t>(~p[i]);
}

void lv_draw_sw_i1_convert_to_vtiled(const void * buf, uint32_t buf_size, uint32_t width, uint32_t height,
                                     void * out_buf, uint32_t out_buf_size, bool bit_order_lsb)
{
    if(buf == NULL || out_buf == NULL || width % 8 != 0 || height % 8 != 0) return;
    const uint64_t needed = static_cast<uint64_t>(width) / 8 * height;
    if(buf_size < needed || out_buf_size < needed) return;
    memset(out_buf, 0, out_buf_size);
    const uint8_t * src = static_cast<const uint8_t *>(buf);
    uint8_t * dst = static_cast<uint8_t *>(out_buf);
    for(uint32_t y = 0; y < height; y++) {
        for(uint32_t x = 0; x < width; x++) {
            const uint32_t s = y * width + x;
            if(!((src[s / 8] >> (7 - s % 8)) & 1)) continue;
            const uint32_t d = x * height + y;
            dst[d / 8] |= static_cast<uint8_t>(1u << (bit_order_lsb ? d % 8 : 7 - d % 8));
        }
    }
}

void lv_draw_sw_rotate(const void * src, void * dest, int32_t src_width, int32_t src_height, int32_t src_stride,
                       int32_t dest_stride, lv_display_rotation_t rotation, lv_color_format_t color_format)
{
    if(src == NULL || dest == NULL || src_width <= 0 || src_height <= 0) return;
    if(rotation != LV_DISPLAY_ROTATION_90 && rotation != LV_DISPLAY_ROTATION_180 && rotation != LV_DISPLAY_ROTATION_270) {
        return;
    }
    const Rotation r = {static_cast<const uint8_t *>(src), static_cast<uint8_t *>(dest), src_width, src_height,
                        src_stride, dest_stride, rotation};
    switch(rotate_px_size(color_format)) {
        case 1: rotate_px<1>(r); break;
        case 2: rotate_px<2>(r); break;
        case 3: rotate_px<3>(r); break;
        case 4: rotate_px<4>(r); break;
        default: break;
    }
}

} // extern "C"
