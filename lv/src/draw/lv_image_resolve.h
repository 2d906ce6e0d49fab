/**
 * @file lv_image_resolve.h
 * From an image source to pixels the renderer can draw. Internal to lv/src.
 */
#ifndef LV_IMAGE_RESOLVE_H
#define LV_IMAGE_RESOLVE_H

#include "lvgl.h"

/** The drawable image of `src`, through the decoder list: a descriptor holding pixels is
 *  itself the result; anything decoded (PNG, BMP, .bin files, a user decoder's images) is
 *  kept in the image cache. NULL for sources no decoder opens (symbols, invalid data).
 *  The result stays valid until the image cache drops it (the next resolve may). */
const lv_image_dsc_t * lv_image_cache_resolve(const void * src);

/** The image cache's size in bytes at start (LVGL's LV_CACHE_DEF_SIZE). */
#ifndef LV_CACHE_DEF_SIZE
#define LV_CACHE_DEF_SIZE (8u << 20)
/** Internal: the image header cache (lv_image_header_cache.cpp). find fills dsc->header and
 *  dsc->decoder for a file it knows; add remembers a file's header and decoder. */
bool lv_image_header_cache_find(lv_image_decoder_dsc_t * dsc);
void lv_image_header_cache_add(const lv_image_decoder_dsc_t * dsc);
void lv_image_header_cache_deinit(void);

#endif

/** Internal: a descriptor the bin decoder draws as it is (header magic, known format,
 *  not compressed). */
bool lv_bin_decoder_is_pixels(const lv_image_dsc_t * img);

/** Internal: marks one of the engine's own decoders (none claims a descriptor of pixels). */
void lv_image_decoder_mark_builtin(lv_image_decoder_t * decoder);

/** Internal: the decoder list's start and stop (lv_init / lv_deinit). */
void lv_image_decoder_init(void);
void lv_image_decoder_deinit(void);

/** Internal: the first decoder that accepts `dsc->src` (already set with its type) fills
 *  dsc->header and dsc->decoder; LV_RESULT_INVALID when none does. */
lv_result_t lv_image_decoder_find(lv_image_decoder_dsc_t * dsc);

/** Internal: forgets cached failures (a new decoder may open what none could). */
void lv_image_cache_forget_failures(void);
/** Internal: drops every cached image decoded by `decoder`. */
void lv_image_cache_drop_decoder(const lv_image_decoder_t * decoder);

/** Internal: the image header cache (lv_image_header_cache.cpp). find fills dsc->header and
 *  dsc->decoder for a file it knows; add remembers a file's header and decoder. */
bool lv_image_header_cache_find(lv_image_decoder_dsc_t * dsc);
void lv_image_header_cache_add(const lv_image_decoder_dsc_t * dsc);
void lv_image_header_cache_deinit(void);

#endif
