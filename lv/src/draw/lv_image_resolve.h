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

/** Internal: one of the engine's own decoders (none of them claims a descriptor of pixels),
 *  created and given its callbacks. NULL without memory. */
lv_image_decoder_t * lv_image_decoder_create_builtin(const char * name, lv_image_decoder_info_f_t info_cb,
                                                     lv_image_decoder_open_f_t open_cb, lv_image_decoder_close_f_t close_cb);
/** Internal: a close_cb for decoders whose `decoded` is one lv_malloc block (draw buffer
 *  header followed by the pixels). */
void lv_image_decoder_free_block(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc);
/** Internal: a decoded image in one block: the draw buffer (not owning its data: unaligned_data
 *  NULL) followed by data_size zeroed bytes it points to. NULL without memory. */
lv_draw_buf_t * lv_image_decoder_new_block(const lv_image_header_t * header, uint32_t data_size);
/** Internal: reads a file through lv_fs: the whole file when `whole` (NULL when larger than
 *  max), else its first `max` bytes at most. lv_malloc'd, *size bytes; NULL when unreadable. */
uint8_t * lv_image_decoder_read_file(const char * path, uint32_t max, bool whole, uint32_t * size);

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
