/**
 * @file lv_image_cache.h
 * From an image source to pixels the renderer can draw. Internal to lv/src.
 */
#ifndef LV_IMAGE_CACHE_H
#define LV_IMAGE_CACHE_H

#include "lvgl.h"

/** The drawable image of `src`: the descriptor itself when it holds pixels (LVGL's header
 *  magic), its decoded form when its data is a PNG file, NULL for anything else (files,
 *  symbols, invalid data). The result stays valid until the next call. */
const lv_image_dsc_t * lv_image_cache_resolve(const void * src);

/** Forgets the decoded form of `src` (every cached image for NULL). */
void lv_image_cache_drop(const void * src);

#endif
