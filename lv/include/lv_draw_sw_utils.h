/**
 * @file lv_draw_sw_utils.h
 * Pixel helpers for display drivers (LVGL 9.3's software-renderer utilities): byte-swapped
 * RGB565, 1-bit buffers, and rotating a rendered area by 90/180/270 degrees.
 */
#ifndef LV_DRAW_SW_UTILS_H
#define LV_DRAW_SW_UTILS_H

#include "lv_color.h"
#include "lv_display.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Expands a 1-bit buffer (most significant bit first, width / 8 whole bytes per row) into
 *  32-bit pixels: bit 0 becomes index0_color, bit 1 index1_color. Strides in bytes. */
void lv_draw_sw_i1_to_argb8888(const void * buf_i1, void * buf_argb8888, uint32_t width, uint32_t height,
                               uint32_t buf_i1_stride, uint32_t buf_argb8888_stride, uint32_t index0_color,
                               uint32_t index1_color);
/** Swaps the two bytes of each of buf_size_px RGB565 pixels (for displays taking the high
 *  byte first). */
void lv_draw_sw_rgb565_swap(void * buf, uint32_t buf_size_px);
/** Inverts every bit of buf_size bytes. */
void lv_draw_sw_i1_invert(void * buf, uint32_t buf_size);
/** Rearranges a 1-bit buffer of rows (bits run along x, MSB first, rows packed) into columns
 *  (bits run along y: pixel (x, y) is bit x * height + y), as page-addressed monochrome
 *  controllers want it; bit_order_lsb puts the first pixel of each byte in its lowest bit.
 *  width and height must be multiples of 8 and the buffers large enough (else nothing is
 *  done). out_buf is cleared first. */
void lv_draw_sw_i1_convert_to_vtiled(const void * buf, uint32_t buf_size, uint32_t width, uint32_t height,
                                     void * out_buf, uint32_t out_buf_size, bool bit_order_lsb);
/** Copies a src_width x src_height area into dest turned by `rotation` (90: pixel (x, y)
 *  goes to row src_width - 1 - x, column y; 180: to (src_width - 1 - x, src_height - 1 - y);
 *  270: to row x, column src_height - 1 - y). Strides in bytes. L8, RGB565, RGB888,
 *  XRGB8888 and ARGB8888; other formats and LV_DISPLAY_ROTATION_0 copy nothing. */
void lv_draw_sw_rotate(const void * src, void * dest, int32_t src_width, int32_t src_height, int32_t src_stride,
                       int32_t dest_stride, lv_display_rotation_t rotation, lv_color_format_t color_format);

#ifdef __cplusplus
}
#endif

#endif
