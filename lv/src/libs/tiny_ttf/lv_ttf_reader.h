/**
 * @file lv_ttf_reader.h
 * A TrueType font file read in place: the tables needed to draw text (head, hhea, maxp,
 * OS/2, cmap formats 4 and 12, loca, glyf, hmtx, kern format 0, GPOS pair kerning) and
 * glyph outlines flattened into line segments. Every read is bounds-checked: a damaged
 * file gives missing glyphs, never a read outside the data. Internal to lv/src.
 */
#ifndef LV_TTF_READER_H
#define LV_TTF_READER_H

#include <stddef.h>
#include <stdint.h>

/** The parsed directory of one font (offsets into `data`; 0 = table absent). */
struct lv_ttf_t {
    const uint8_t * data;
    uint32_t size;
    uint32_t glyf, loca, hmtx, kern, gpos, cmap_sub;
    uint16_t cmap_format;         /**< 4 or 12 */
    uint16_t units_per_em;
    uint16_t head_flags;
    uint16_t num_glyphs;
    uint16_t num_hmetrics;
    bool long_loca;
    int16_t ascent, descent, line_gap;  /**< hhea */
    /** OS/2 fields FreeType's face metrics use (0 when the table is absent) */
    uint16_t os2_fs_selection;
    int16_t typo_ascent, typo_descent, typo_line_gap;
    uint16_t win_ascent, win_descent;
    int16_t underline_position, underline_thickness;  /**< post */
    uint32_t kern_lookups;        /**< GPOS lookups 0..31 the 'kern' feature uses, as bits */
    bool kern_lookups_beyond_32;  /**< and whether it uses later ones */
};

/** A glyph's box in font units (glyf header). */
struct lv_ttf_box_t {
    int16_t x_min, y_min, x_max, y_max;
};

/** A line segment in pixels, y growing downwards. */
struct lv_ttf_edge_t {
    float x0, y0, x1, y1;
};

/** Maps font units to pixels: px = (x + y * shear) * scale + dx, py = dy - y * scale
 *  (shear slants the glyph for a synthetic italic). */
struct lv_ttf_transform_t {
    float scale;
    float shear;
    float dx, dy;
    float embolden;  /**< outline grown by this many pixels in total (0: none) */
};

/** A growable edge list (lv_malloc'd). */
struct lv_ttf_edges_t {
    lv_ttf_edge_t * items;
    uint32_t count, capacity;
    float x_min, y_min, x_max, y_max;  /**< bounds of every point seen, in pixels */
};

/** Big-endian fields read through a bounds check (0 past the end of the data). */
inline bool lv_ttf_has(const lv_ttf_t * t, uint32_t at, uint32_t len) { return at <= t->size && len <= t->size - at; }
inline uint16_t lv_ttf_u16(const lv_ttf_t * t, uint32_t at)
{
    return lv_ttf_has(t, at, 2) ? (uint16_t)((t->data[at] << 8) | t->data[at + 1]) : 0;
}
inline int16_t lv_ttf_i16(const lv_ttf_t * t, uint32_t at) { return (int16_t)lv_ttf_u16(t, at); }

/** Reads the table directory; false when `data` is not a TrueType font with outlines. */
bool lv_ttf_init(lv_ttf_t * ttf, const uint8_t * data, uint32_t size);
/** The glyph of a code point, 0 (.notdef) when the font has none. */
uint32_t lv_ttf_glyph_index(const lv_ttf_t * ttf, uint32_t code_point);
/** Advance and left side bearing in font units. */
void lv_ttf_hmetrics(const lv_ttf_t * ttf, uint32_t glyph, int32_t * advance, int32_t * lsb);
/** False for a glyph without outline (a space); `box` is then all zeros. */
bool lv_ttf_glyph_box(const lv_ttf_t * ttf, uint32_t glyph, lv_ttf_box_t * box);
/** Byte range of a glyph's data in glyf; false for an empty glyph. */
bool lv_ttf_glyph_range(const lv_ttf_t * ttf, uint32_t glyph, uint32_t * start, uint32_t * len);
/** Kerning between two glyphs in font units (GPOS pair adjustment, else kern format 0). */
int32_t lv_ttf_kerning(const lv_ttf_t * ttf, uint32_t left, uint32_t right);
/** True when the font has kerning data (GPOS or kern). */
bool lv_ttf_has_kerning(const lv_ttf_t * ttf);
/** The glyph's outline (composites resolved) as lines in `edges` (its old contents are
 *  replaced, its memory reused), curves flattened; false when memory ran out. A glyph
 *  without outline leaves no edges and bounds with x_min > x_max. */
bool lv_ttf_glyph_edges(const lv_ttf_t * ttf, uint32_t glyph, const lv_ttf_transform_t * tf, lv_ttf_edges_t * edges);
void lv_ttf_edges_free(lv_ttf_edges_t * edges);

/** Anti-aliased coverage of the edges (non-zero winding, exact area per pixel) into an
 *  8-bit alpha bitmap of w x h, rows `stride` bytes apart. False when memory ran out. */
bool lv_ttf_rasterize(const lv_ttf_edges_t * edges, uint8_t * out, int32_t w, int32_t h, int32_t stride);

#endif
