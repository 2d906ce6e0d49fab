/**
 * @file lv_bmp.h
 * BMP images (LVGL 9.3's BMP decoder): uncompressed 16, 24 and 32-bit files read through
 * lv_fs, decoded whole into RGB565 (16-bit; 5-5-5 files are widened), RGB888 (24-bit) or
 * XRGB8888 / ARGB8888 (32-bit; ARGB8888 when the header gives an alpha mask). Bottom-up and
 * top-down rows; 1/4/8-bit palettes and RLE compression are refused.
 */
#ifndef LV_BMP_H
#define LV_BMP_H

#include "lv_image_decoder.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Adds the BMP decoder to the decoder list (lv_init does it already). */
void lv_bmp_init(void);
/** Removes it (and the images it decoded from the cache). */
void lv_bmp_deinit(void);

#ifdef __cplusplus
}
#endif

#endif
