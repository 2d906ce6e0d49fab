/**
 * @file lv_ttf_font.h
 * An lv_font_t drawn at run time from a TrueType file, shared by the tiny_ttf and
 * freetype APIs. The two differ only in how they measure (LVGL's tiny_ttf measures like
 * stb_truetype, its freetype backend like FreeType): `lv_ttf_metrics_t` picks one.
 * Glyph metrics and bitmaps are kept in a small two-way set-associative cache keyed by
 * glyph index.
 * Internal to lv/src.
 */
#ifndef LV_TTF_FONT_H
#define LV_TTF_FONT_H

#include "lvgl.h"
#include "lv_ttf_reader.h"

enum lv_ttf_metrics_t {
    LV_TTF_METRICS_TINY_TTF, /**< stb_truetype's: box from the glyf header, one spare row and column */
    LV_TTF_METRICS_FREETYPE, /**< FreeType's: box of the outline's points, face metrics rounded */
};

/** How to make a font. */
struct lv_ttf_font_params_t {
    lv_ttf_metrics_t metrics;
    int32_t size;                /**< pixels per em */
    lv_font_kerning_t kerning;
    uint32_t cache_size;         /**< glyphs kept (0: each bitmap rendered into the caller's buffer) */
    float shear;                 /**< synthetic italic slant (x += shear * y) */
    bool bold;                   /**< synthetic bold (outline grown by size / 24 px) */
    bool kern_table_only;        /**< kerning from the kern table alone, as FreeType reads it */
    uint32_t render_mode;        /**< kept for lv_freetype_is_outline_font */
};

/** Called with `owner` when the font is destroyed (or not made): whoever holds the data
 *  lets go of it. */
typedef void (*lv_ttf_release_cb_t)(void * owner);

/** A font over `data` (not copied: it must live until `release(owner)` is called, which
 *  happens when the font is destroyed, or at once if it cannot be made; release may be
 *  NULL). NULL when the data is not a TrueType font, the size is not within 1..4096 or
 *  memory runs out. */
lv_font_t * lv_ttf_font_create(const void * data, size_t size, const lv_ttf_font_params_t * params,
                               lv_ttf_release_cb_t release, void * owner);
/** Frees a font made by lv_ttf_font_create (and releases its data). */
void lv_ttf_font_destroy(lv_font_t * font);
/** True for a font made by lv_ttf_font_create and not destroyed. */
bool lv_ttf_font_is_ttf(const lv_font_t * font);
/** New pixel size (1..4096, others ignored): metrics recomputed, cache emptied. */
void lv_ttf_font_set_size(lv_font_t * font, int32_t size);
/** The parameters the font was made with (NULL for another kind of font). */
const lv_ttf_font_params_t * lv_ttf_font_params(const lv_font_t * font);

#endif
