/**
 * @file lv_lodepng.h
 * PNG images: PNG files and an lv_image_dsc_t whose data is a PNG file (header left zero, as
 * `lv.image_dsc_t({'data_size': len(png), 'data': png})` makes it) are decoded to ARGB8888
 * when drawn, like LVGL's lodepng decoder (a decoder in the list of lv_image_decoder.h; the
 * image cache keeps the results).
 */
#ifndef LV_LODEPNG_H
#define LV_LODEPNG_H

#include "lv_image_dsc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Adds the PNG decoder (lv_init does it already). */
void lv_lodepng_init(void);
/** Removes the PNG decoder and the decoded images it cached. */
void lv_lodepng_deinit(void);
/** LVGL's libpng decoder: the same decoder here (the same files decode the same way). */
void lv_libpng_init(void);
void lv_libpng_deinit(void);

#ifdef __cplusplus
}
#endif

#endif
