/**
 * @file lv_png_decode.h
 * PNG data to an ARGB8888 image. Internal to lv/src (the image cache and the widgets use it).
 */
#ifndef LV_PNG_DECODE_H
#define LV_PNG_DECODE_H

#include "lvgl.h"

/** True when the bytes start with the PNG signature. */
bool lv_png_is_png(const void * data, size_t size);

/** The size in the IHDR chunk that must follow the signature; false when the bytes do not
 *  start that way or the header is not one lv_png_decode accepts. */
bool lv_png_read_size(const uint8_t * data, size_t size, uint32_t * w, uint32_t * h);

/** Decodes a whole PNG file held in memory. The result is one lv_malloc block (descriptor
 *  followed by the pixels, free it with lv_free); NULL for data that is not a valid PNG
 *  (wrong signature, truncated, corrupt stream, unsupported header) or out of memory. */
lv_image_dsc_t * lv_png_decode(const uint8_t * data, size_t size);

#endif
