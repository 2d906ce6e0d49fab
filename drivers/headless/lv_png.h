/**
 * @file lv_png.h
 * A self-contained PNG encoder (own deflate, CRC-32 and Adler-32; no zlib) for draw buffers,
 * used by the headless display to write screenshots.
 */
#ifndef LV_PNG_H
#define LV_PNG_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Receives the encoded bytes in order; returns false to abort. */
typedef bool (*lv_png_write_cb_t)(void * user_data, const uint8_t * data, size_t len);

/** Encodes a draw buffer: RGB565/RGB888/XRGB8888 as 8-bit RGB, ARGB8888 as RGBA,
 *  A8/L8 as gray. LV_RESULT_INVALID for other formats, bad buffers or a failed write. */
lv_result_t lv_png_encode(const lv_draw_buf_t * buf, lv_png_write_cb_t write_cb, void * user_data);

/** Writes a draw buffer to a PNG file. */
lv_result_t lv_draw_buf_save_to_png(const lv_draw_buf_t * buf, const char * path);

/** CRC-32 (as PNG chunks use) of data, continuing from `crc` (start with 0). */
uint32_t lv_png_crc32(uint32_t crc, const uint8_t * data, size_t len);

#ifdef __cplusplus
}
#endif

#endif
