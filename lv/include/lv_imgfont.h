/**
 * @file lv_imgfont.h
 * Image fonts (LVGL 9.3): a font whose glyphs are images. For each letter the path callback
 * returns an image source (a descriptor or a path, NULL: no glyph, so the fallback font is
 * asked) and may move it down with *offset_y; the glyph is as wide and tall as the image.
 */
#ifndef LV_IMGFONT_H
#define LV_IMGFONT_H

#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_IMGFONT

typedef const void * (*lv_imgfont_get_path_cb_t)(const lv_font_t * font, uint32_t unicode, uint32_t unicode_next,
                                                 int32_t * offset_y, void * user_data);

/**
 * Creates an image font.
 * @param height    the font's line height (px)
 * @param path_cb   gives the image of a letter
 * @param user_data passed to path_cb
 * @return          the font (free it with lv_imgfont_destroy), NULL without memory or callback
 */
lv_font_t * lv_imgfont_create(uint16_t height, lv_imgfont_get_path_cb_t path_cb, void * user_data);
void lv_imgfont_destroy(lv_font_t * font);

#endif

#ifdef __cplusplus
}
#endif

#endif
