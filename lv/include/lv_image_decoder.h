/**
 * @file lv_image_decoder.h
 * Image decoders (LVGL 9.3 names): what an image source is, read without drawing it.
 * Decoding itself is internal (pixels, and PNG through lv_lodepng.h).
 */
#ifndef LV_IMAGE_DECODER_H
#define LV_IMAGE_DECODER_H

#include "lv_image_dsc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The header (size, color format) of an image source: a descriptor, an encoded image in a
 *  descriptor, or a file path. LV_RESULT_INVALID for a source no decoder understands. */
lv_result_t lv_image_decoder_get_info(const void * src, lv_image_header_t * header);

#ifdef __cplusplus
}
#endif

#endif
