/**
 * @file lv_tiny_ttf.h
 * TrueType fonts drawn at run time (LVGL's tiny_ttf): a .ttf file in memory or on a drive
 * becomes an lv_font_t of any pixel size. Our own reader and rasterizer
 * (lv/src/libs/tiny_ttf): glyf outlines (quadratic, composite), cmap formats 4 and 12,
 * kerning from GPOS pair adjustment or the kern table; CFF (.otf) fonts are not read.
 * Metrics as LVGL computes them: scale = font_size / unitsPerEm, line_height =
 * (ascent - descent + lineGap) * scale and base_line = (lineGap - descent) * scale (hhea,
 * truncated), advances rounded, glyph boxes floored/ceiled with one spare row and column.
 */
#ifndef LV_TINY_TTF_H
#define LV_TINY_TTF_H

#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_TINY_TTF

/** Where a font comes from (LVGL's font manager describes tiny_ttf sources so). */
typedef struct {
    const char * path;
    const void * data;
    size_t data_size;
    size_t cache_size;
} lv_tiny_ttf_font_src_t;

#if LV_TINY_TTF_FILE_SUPPORT
/** A font from a file ("A:path" through lv_fs, or a host path when no driver has the
 *  letter); the file is read whole. NULL when it cannot be read or is not a TrueType font. */
lv_font_t * lv_tiny_ttf_create_file(const char * path, int32_t font_size);
/** The same with kerning on or off and a cache of `cache_size` glyphs (0: none). */
lv_font_t * lv_tiny_ttf_create_file_ex(const char * path, int32_t font_size, lv_font_kerning_t kerning,
                                       size_t cache_size);
#endif

/** A font over `data_size` bytes of a .ttf file: the bytes are not copied and must stay
 *  valid while the font lives (the font's reference keeps a Python bytes object alive).
 *  NULL for data that is not a TrueType font or a size outside 1..4096. */
lv_font_t * lv_tiny_ttf_create_data(const void * data, size_t data_size, int32_t font_size);
lv_font_t * lv_tiny_ttf_create_data_ex(const void * data, size_t data_size, int32_t font_size,
                                       lv_font_kerning_t kerning, size_t cache_size);
/** Changes the pixel size (line height, base line and every glyph); sizes outside 1..4096
 *  are ignored.
 *  Objects using the font need lv_obj_report_style_change / a new text to re-measure. */
void lv_tiny_ttf_set_size(lv_font_t * font, int32_t font_size);
/** Frees the font (and the file data it read). Other kinds of fonts are left alone. */
void lv_tiny_ttf_destroy(lv_font_t * font);

#endif /*LV_USE_TINY_TTF*/

#ifdef __cplusplus
}
#endif

#endif
