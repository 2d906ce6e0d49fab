/**
 * @file lv_freetype.h
 * LVGL's FreeType API, on our own TrueType reader and rasterizer (no libfreetype, so it
 * works on the bare-metal build too): fonts of any pixel size from .ttf files, with a
 * synthetic italic (slanted as FreeType's FT_GlyphSlot_Oblique) and bold (outline grown
 * by size / 24 px). Metrics as FreeType gives them to LVGL, unhinted: line_height = the
 * face height (hhea ascender - descender + lineGap, or OS/2 typo metrics when the font sets
 * USE_TYPO_METRICS) scaled and rounded, base_line = -descender, bitmaps cover the outline's
 * control box. RENDER_MODE_OUTLINE fonts are drawn the same way, from bitmaps (the software
 * renderer has no vector path): no outline events are sent. CFF (.otf) fonts are not read.
 * lv_init initialises the library (as LVGL does with LV_USE_FREETYPE).
 */
#ifndef LV_FREETYPE_H
#define LV_FREETYPE_H

#include "lv_font.h"
#include "lv_event.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_FREETYPE

typedef enum {
    LV_FREETYPE_FONT_STYLE_NORMAL = 0,
    LV_FREETYPE_FONT_STYLE_ITALIC = 1 << 0,
    LV_FREETYPE_FONT_STYLE_BOLD = 1 << 1,
} lv_freetype_font_style_t;

typedef lv_freetype_font_style_t LV_FT_FONT_STYLE;

typedef enum {
    LV_FREETYPE_FONT_RENDER_MODE_BITMAP = 0,
    LV_FREETYPE_FONT_RENDER_MODE_OUTLINE = 1,
} lv_freetype_font_render_mode_t;

typedef enum {
    LV_FREETYPE_OUTLINE_END,
    LV_FREETYPE_OUTLINE_MOVE_TO,
    LV_FREETYPE_OUTLINE_LINE_TO,
    LV_FREETYPE_OUTLINE_CUBIC_TO,
    LV_FREETYPE_OUTLINE_CONIC_TO,
    LV_FREETYPE_OUTLINE_BORDER_START,
} lv_freetype_outline_type_t;

typedef void * lv_freetype_outline_t;

/* lv_font_class_t and lv_font_info_t (what a font is made from) are in lv_font.h */

/** A kind of font the font manager can make. */
struct _lv_font_class_t {
    lv_font_t * (*create_cb)(const lv_font_info_t * info, const void * src);
    void (*delete_cb)(lv_font_t * font);
    void * (*dup_src_cb)(const void * src);
    void (*free_src_cb)(void * src);
};

/** FreeType fonts as a font class (src: the path). */
extern const lv_font_class_t lv_freetype_font_class;

/** True when both describe the same font (name, class, size, render mode, style, kerning). */
bool lv_font_info_is_equal(const lv_font_info_t * ft_info_1, const lv_font_info_t * ft_info_2);

/** Starts the library; `max_glyph_cnt` glyphs are cached per font made afterwards (0: none).
 *  LV_RESULT_INVALID when it is already started (lv_init starts it). */
lv_result_t lv_freetype_init(uint32_t max_glyph_cnt);
/** Stops the library: lv_freetype_font_create fails until lv_freetype_init. Fonts already
 *  made keep working until deleted. */
void lv_freetype_uninit(void);
/** Defaults into `font_info`: no name, bitmap mode, normal style, no kerning. */
void lv_freetype_init_font_info(lv_font_info_t * font_info);
/** A font as `font_info` describes it (name = path, size, render_mode, style, kerning);
 *  NULL when the file cannot be read, is not a TrueType font, or the size is not within
 *  1..4096. Fonts of one file share its data. */
lv_font_t * lv_freetype_font_create_with_info(const lv_font_info_t * font_info);
/** A font from a file ("A:path" through lv_fs, or a host path). NULL on failure. */
lv_font_t * lv_freetype_font_create(const char * pathname, lv_freetype_font_render_mode_t render_mode, uint32_t size,
                                    lv_freetype_font_style_t style);
/** Frees a font made by lv_freetype_font_create*; other kinds of fonts are left alone. */
void lv_freetype_font_delete(lv_font_t * font);
/** Registers a callback for outline events. Outline fonts are drawn from bitmaps here, so
 *  it is never called. */
void lv_freetype_outline_add_event(lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data);
/** Scale of an outline font's glyph outlines relative to the 128 px reference size they
 *  are loaded at, in 26.6 fixed point (size * 64 / 128); 0 for other fonts. */
uint32_t lv_freetype_outline_get_scale(const lv_font_t * font);
/** True for a font made with LV_FREETYPE_FONT_RENDER_MODE_OUTLINE. */
bool lv_freetype_is_outline_font(const lv_font_t * font);

#endif /*LV_USE_FREETYPE*/

#ifdef __cplusplus
}
#endif

#endif
