/**
 * @file lv_lodepng.h
 * PNG images: an lv_image_dsc_t whose data is a PNG file (header left zero, as
 * `lv.image_dsc_t({'data_size': len(png), 'data': png})` makes it) is decoded to ARGB8888
 * when drawn, like LVGL's lodepng decoder. Decoded images are cached (a few, most recently
 * used first) keyed by descriptor, data pointer and size.
 */
#ifndef LV_LODEPNG_H
#define LV_LODEPNG_H

#include "lv_image_dsc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Turns the PNG decoder on (lv_init does it already). */
void lv_lodepng_init(void);
/** Turns the PNG decoder off and frees the decoded images it cached. */
void lv_lodepng_deinit(void);

#ifdef __cplusplus
}
#endif

#endif
