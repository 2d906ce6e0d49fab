/**
 * @file lv_image_cache.h
 * The image cache (LVGL 9.3 names): decoded images kept between draws, least recently used
 * dropped first once their pixels pass the size limit (bytes). The image being drawn always
 * stays, so a size of 0 keeps just that one. Descriptors that hold pixels are never cached.
 */
#ifndef LV_IMAGE_CACHE_H
#define LV_IMAGE_CACHE_H

#include "lv_image_decoder.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Sets the size limit in bytes (lv_init starts with LV_CACHE_DEF_SIZE, 8 MB). */
lv_result_t lv_image_cache_init(uint32_t size);
/** Changes the limit; with evict_now, drops what is over it at once (else at the next add). */
void lv_image_cache_resize(uint32_t new_size, bool evict_now);
/** Drops the cached images of `src` (a descriptor or a path); every one for NULL. The
 *  decoders' close_cb frees them. */
void lv_image_cache_drop(const void * src);
/** Whether the limit is above 0. */
bool lv_image_cache_is_enabled(void);
/** Logs every entry (source, size, format, bytes) with LV_LOG_USER. */
void lv_image_cache_dump(void);

#ifdef __cplusplus
}
#endif

#endif
