/**
 * @file lv_ttf_font.cpp
 * The lv_font_t callbacks of run-time TrueType fonts: glyph metrics as LVGL's tiny_ttf
 * (stb_truetype) or freetype backend computes them, bitmaps from lv_ttf_rasterize, both
 * kept in two-way set-associative caches of `cache_size` glyphs (and code points, and
 * 4x as many kerning pairs).
 */
#include <math.h>

#include "lv_ttf_font.h"

namespace {

constexpr uint32_t kMagic = 0x54544621; /* "TTF!": a live font of this kind */
constexpr uint32_t kNoGlyph = 0xFFFFFFFF;
/* Largest pixel size: glyph boxes and offsets must fit the 16-bit fields of
 * lv_font_glyph_dsc_t (glyphs reach past the em square, up to about twice its size). */
constexpr int32_t kMaxSize = 4096;

/** The metrics of one glyph, and its bitmap once drawn. */
struct Slot {
    uint32_t stamp;     /**< when last used (cache_way) */
    uint32_t glyph = kNoGlyph;
    int32_t advance_units;
    uint16_t adv_w, box_w, box_h;
    int16_t ofs_x, ofs_y;
    uint8_t * bitmap;
};

/* A text uses more pairs than glyphs (76 pairs of 53 glyphs in a pangram with digits). */
constexpr uint32_t kPairsPerGlyph = 4;

/** A kerning value looked up before (pairs repeat in every line drawn). */
struct KernPair {
    uint32_t stamp;
    uint32_t key; /**< left << 16 | right, 0 = empty (glyph 0 is never kerned) */
    int32_t units;
};

/** A code point's glyph looked up before. */
struct CmapEntry {
    uint32_t stamp;
    uint32_t letter; /**< kNoGlyph = empty */
    uint32_t glyph;
};

struct TtfFont {
    lv_font_t font;
    uint32_t magic;
    lv_ttf_t ttf;
    lv_ttf_font_params_t params;
    lv_ttf_release_cb_t release;
    void * owner;
    float scale;        /**< pixels per font unit */
    Slot * slots;       /**< params.cache_size of them */
    KernPair * pairs;   /**< kPairsPerGlyph * params.cache_size of them */
    CmapEntry * cmap;   /**< and these */
    uint32_t clock;     /**< ticks at every cache use: the stamps' time */
    lv_ttf_edges_t edges; /**< reused between glyphs */
};

TtfFont * ttf_of(const lv_font_t * font)
{
    if(font == nullptr) return nullptr;
    TtfFont * f = (TtfFont *)(const_cast<lv_font_t *>(font));
    return f->font.dsc == f && f->magic == kMagic ? f : nullptr;
}

/** The entry for a key in a two-way set-associative cache of n entries (sets of two
 *  neighbours, chosen by a hash of the key): the one holding the key (*hit), else the
 *  least recently used of the set, to be refilled. Text uses a few dozen glyphs and pairs
 *  over and over; two ways keep two that hash alike from evicting each other every line. */
template<class Entry, class Match>
Entry * cache_way(TtfFont * f, Entry * table, uint32_t n, uint32_t key, Match match, bool * hit)
{
    uint32_t ways = n >= 2 ? 2 : 1;
    Entry * set = table + ((key * 2654435761u) >> 8) % (n / ways) * ways;
    Entry * victim = set;
    for(uint32_t w = 0; w < ways; w++) {
        if(match(set[w])) {
            set[w].stamp = ++f->clock;
            *hit = true;
            return &set[w];
        }
        if(set[w].stamp < victim->stamp) victim = &set[w];
    }
    victim->stamp = ++f->clock;
    *hit = false;
    return victim;
}

float pixel_round(float v) { return floorf(v + 0.5f); }

/** The transform drawing a glyph with its bitmap's top-left corner at (0, 0). */
lv_ttf_transform_t glyph_transform(const TtfFont * f, float left, float top)
{
    lv_ttf_transform_t tf;
    tf.scale = f->scale;
    tf.shear = f->params.shear;
    tf.dx = -left;
    tf.dy = -top;
    tf.embolden = f->params.bold ? (float)f->params.size / 24.0f : 0;
    return tf;
}

/** stb_truetype's glyph box: the glyf header's, floored/ceiled to pixels, one pixel wider
 *  and taller (LVGL's tiny_ttf sizes its bitmaps x2 - x1 + 1 by y2 - y1 + 1). */
void measure_tiny_ttf(TtfFont * f, Slot * s)
{
    lv_ttf_box_t b;
    int32_t x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    if(lv_ttf_glyph_box(&f->ttf, s->glyph, &b)) {
        x1 = (int32_t)floorf(b.x_min * f->scale);
        y1 = (int32_t)floorf(-b.y_max * f->scale);
        x2 = (int32_t)ceilf(b.x_max * f->scale);
        y2 = (int32_t)ceilf(-b.y_min * f->scale);
    }
    s->box_w = (uint16_t)(x2 - x1 + 1);
    s->box_h = (uint16_t)(y2 - y1 + 1);
    s->ofs_x = (int16_t)x1;
    s->ofs_y = (int16_t)-y2;
    s->adv_w = (uint16_t)pixel_round((float)s->advance_units * f->scale);
}

/** FreeType's bitmap box: the outline's control box (every point, after the italic slant
 *  and the bold growth) floored/ceiled to pixels; the advance rounded to pixels. */
bool measure_freetype(TtfFont * f, Slot * s)
{
    lv_ttf_transform_t tf = glyph_transform(f, 0, 0);
    if(!lv_ttf_glyph_edges(&f->ttf, s->glyph, &tf, &f->edges)) return false;
    lv_ttf_edges_t & e = f->edges;
    int32_t x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    if(e.x_min <= e.x_max) {
        x1 = (int32_t)floorf(e.x_min);
        y1 = (int32_t)floorf(e.y_min);
        x2 = (int32_t)ceilf(e.x_max);
        y2 = (int32_t)ceilf(e.y_max);
    }
    s->box_w = (uint16_t)(x2 - x1);
    s->box_h = (uint16_t)(y2 - y1);
    s->ofs_x = (int16_t)x1;
    s->ofs_y = (int16_t)-y2;
    float adv = pixel_round((float)s->advance_units * f->scale);
    if(f->params.bold) adv += pixel_round((float)f->params.size / 24.0f);
    s->adv_w = (uint16_t)adv;
    return true;
}

bool measure(TtfFont * f, Slot * s, uint32_t glyph)
{
    s->glyph = glyph;
    s->bitmap = nullptr;
    int32_t lsb;
    lv_ttf_hmetrics(&f->ttf, glyph, &s->advance_units, &lsb);
    if(f->params.metrics == LV_TTF_METRICS_TINY_TTF) {
        measure_tiny_ttf(f, s);
        return true;
    }
    return measure_freetype(f, s);
}

void slot_clear(Slot * s)
{
    lv_free(s->bitmap);
    s->bitmap = nullptr;
    s->glyph = kNoGlyph;
}

/** The cached slot of `glyph`, measured if it was not there; `scratch` when there is no
 *  cache. NULL when memory ran out. */
Slot * slot_of(TtfFont * f, uint32_t glyph, Slot * scratch)
{
    Slot * s = scratch;
    if(f->params.cache_size) {
        bool hit;
        auto same = [glyph](const Slot & e) { return e.glyph == glyph; };
        s = cache_way(f, f->slots, f->params.cache_size, glyph, same, &hit);
        if(hit) return s;
        slot_clear(s);
    }
    if(!measure(f, s, glyph)) {
        s->glyph = kNoGlyph;
        return nullptr;
    }
    return s;
}

/** Draws the glyph of slot `s` into `out` (box_w x box_h, packed rows). */
bool render(TtfFont * f, const Slot * s, uint8_t * out)
{
    uint32_t n = (uint32_t)s->box_w * s->box_h;
    for(uint32_t i = 0; i < n; i++) out[i] = 0;
    /* the bitmap's top-left corner in pixels, y down from the base line */
    float left = s->ofs_x, top = -(float)(s->ofs_y + s->box_h);
    if(f->params.metrics == LV_TTF_METRICS_TINY_TTF) top += 1; /* the spare row is at the bottom */
    lv_ttf_transform_t tf = glyph_transform(f, left, top);
    if(!lv_ttf_glyph_edges(&f->ttf, s->glyph, &tf, &f->edges)) return false;
    return lv_ttf_rasterize(&f->edges, out, s->box_w, s->box_h, s->box_w);
}

bool is_marker(uint32_t letter) { return letter < 0x20 || letter == 0xF8FF || letter == 0x200C; }

/** The glyph of a code point, through the font's small cmap cache. */
uint32_t glyph_of(TtfFont * f, uint32_t letter)
{
    if(f->cmap == nullptr) return lv_ttf_glyph_index(&f->ttf, letter);
    bool hit;
    auto same = [letter](const CmapEntry & c) { return c.letter == letter; };
    CmapEntry * e = cache_way(f, f->cmap, f->params.cache_size, letter, same, &hit);
    if(!hit) {
        e->letter = letter;
        e->glyph = lv_ttf_glyph_index(&f->ttf, letter);
    }
    return e->glyph;
}

int32_t read_kerning(TtfFont * f, uint32_t left, uint32_t right)
{
    if(f->params.kern_table_only) {
        lv_ttf_t kern_only = f->ttf;
        kern_only.gpos = 0;
        return lv_ttf_kerning(&kern_only, left, right);
    }
    return lv_ttf_kerning(&f->ttf, left, right);
}

int32_t kerning_units(TtfFont * f, uint32_t glyph, uint32_t letter_next)
{
    if(f->font.kerning != LV_FONT_KERNING_NORMAL || letter_next == 0 || glyph == 0) return 0;
    uint32_t next = glyph_of(f, letter_next);
    if(next == 0) return 0;
    if(f->pairs == nullptr || glyph > 0xFFFF || next > 0xFFFF) return read_kerning(f, glyph, next);
    uint32_t key = glyph << 16 | next;
    bool hit;
    auto same = [key](const KernPair & e) { return e.key == key; };
    KernPair * p = cache_way(f, f->pairs, kPairsPerGlyph * f->params.cache_size, key, same, &hit);
    if(!hit) {
        p->key = key;
        p->units = read_kerning(f, glyph, next);
    }
    return p->units;
}

bool get_glyph_dsc(const lv_font_t * font, lv_font_glyph_dsc_t * dsc, uint32_t letter, uint32_t letter_next)
{
    TtfFont * f = ttf_of(font);
    if(f == nullptr) return false;
    bool tiny = f->params.metrics == LV_TTF_METRICS_TINY_TTF;
    if(is_marker(letter) && (tiny || letter < 0x20)) {
        dsc->adv_w = dsc->box_w = dsc->box_h = 0;
        dsc->ofs_x = dsc->ofs_y = 0;
        dsc->format = LV_FONT_GLYPH_FORMAT_NONE;
        dsc->is_placeholder = 0;
        return true;
    }
    uint32_t glyph = glyph_of(f, letter);
    /* tiny_ttf reports a missing glyph; FreeType draws .notdef, marked as a placeholder */
    if(glyph == 0 && tiny) return false;
    Slot scratch;
    Slot * s = slot_of(f, glyph, &scratch);
    if(s == nullptr) return false;
    dsc->adv_w = s->adv_w;
    int32_t kern = kerning_units(f, glyph, letter_next);
    if(kern != 0) dsc->adv_w = (uint16_t)pixel_round((float)(s->advance_units + kern) * f->scale);
    dsc->box_w = s->box_w;
    dsc->box_h = s->box_h;
    dsc->ofs_x = s->ofs_x;
    dsc->ofs_y = s->ofs_y;
    dsc->stride = s->box_w;
    dsc->format = LV_FONT_GLYPH_FORMAT_A8;
    dsc->is_placeholder = glyph == 0;
    dsc->gid.index = glyph;
    dsc->entry = nullptr;
    /* LVGL's freetype backend: an italic letter at the end of a text ends at its ink */
    if(!tiny && f->params.shear != 0 && letter_next == 0) dsc->adv_w = (uint16_t)(s->box_w + s->ofs_x);
    return true;
}

const void * get_glyph_bitmap(lv_font_glyph_dsc_t * dsc, lv_draw_buf_t * draw_buf)
{
    TtfFont * f = ttf_of(dsc->resolved_font);
    if(f == nullptr) return nullptr;
    Slot scratch;
    Slot * s = slot_of(f, dsc->gid.index, &scratch);
    if(s == nullptr || s->box_w == 0 || s->box_h == 0) return nullptr;
    uint32_t n = (uint32_t)s->box_w * s->box_h;
    if(s == &scratch) {
        /* no cache: drawn straight into the caller's buffer */
        if(draw_buf == nullptr || draw_buf->data == nullptr || draw_buf->data_size < n) return nullptr;
        return render(f, s, draw_buf->data) ? draw_buf->data : nullptr;
    }
    if(s->bitmap == nullptr) {
        s->bitmap = (uint8_t *)lv_malloc(n);
        if(s->bitmap == nullptr) return nullptr;
        if(!render(f, s, s->bitmap)) {
            slot_clear(s);
            return nullptr;
        }
    }
    return s->bitmap;
}

void clear_cache(TtfFont * f)
{
    for(uint32_t i = 0; i < f->params.cache_size; i++) slot_clear(&f->slots[i]);
}

/** The line metrics of a font whose pixel size is params.size. */
void set_line_metrics(TtfFont * f)
{
    const lv_ttf_t & t = f->ttf;
    float size = (float)f->params.size;
    f->scale = size / (float)t.units_per_em;
    lv_font_t & font = f->font;
    if(f->params.metrics == LV_TTF_METRICS_TINY_TTF) {
        /* stb_truetype's vertical metrics (hhea), truncated as LVGL's tiny_ttf does */
        font.line_height = (int32_t)(f->scale * (float)(t.ascent - t.descent + t.line_gap));
        font.base_line = (int32_t)(f->scale * (float)(t.line_gap - t.descent));
        font.underline_position = 0;
        font.underline_thickness = 0;
        return;
    }
    /* FreeType's face metrics: OS/2 typographic ones when the font asks for them
     * (USE_TYPO_METRICS), else hhea's, else OS/2's; scaled to the size with the ascender
     * ceiled, the descender floored and the height rounded, or all three rounded for fonts
     * whose head flags ask for integer scaling (bit 3). */
    int32_t asc = t.ascent, desc = t.descent, height = t.ascent - t.descent + t.line_gap;
    if((t.os2_fs_selection & 0x80) && (t.typo_ascent || t.typo_descent)) {
        asc = t.typo_ascent;
        desc = t.typo_descent;
        height = asc - desc + t.typo_line_gap;
    } else if(asc == 0 && desc == 0) {
        asc = t.typo_ascent ? t.typo_ascent : t.win_ascent;
        desc = t.typo_ascent ? t.typo_descent : -(int32_t)t.win_descent;
        height = asc - desc + (t.typo_ascent ? t.typo_line_gap : 0);
    }
    bool round_all = (t.head_flags & 0x0008) != 0;
    float d = (float)desc * f->scale;
    font.line_height = (int32_t)pixel_round((float)height * f->scale);
    font.base_line = -(int32_t)(round_all ? pixel_round(d) : floorf(d));
    /* FreeType puts the underline's top at post's position minus half its thickness */
    float pos = floorf((float)(t.underline_position - t.underline_thickness / 2) * f->scale);
    float thick = floorf((float)t.underline_thickness * f->scale);
    font.underline_position = (int8_t)(pos < -128 ? -128 : pos > 127 ? 127 : pos);
    font.underline_thickness = (int8_t)(thick < 1 ? 1 : thick > 127 ? 127 : thick);
}

} // namespace

lv_font_t * lv_ttf_font_create(const void * data, size_t size, const lv_ttf_font_params_t * params,
                               lv_ttf_release_cb_t release, void * owner)
{
    TtfFont * f = nullptr;
    lv_ttf_t ttf;
    bool ok = params->size > 0 && params->size <= kMaxSize && size <= 0xFFFFFFFFu &&
              lv_ttf_init(&ttf, (const uint8_t *)data, (uint32_t)size);
    if(ok) f = (TtfFont *)lv_malloc_zeroed(sizeof(TtfFont));
    if(f && params->cache_size) {
        f->slots = (Slot *)lv_malloc_zeroed(sizeof(Slot) * params->cache_size);
        f->pairs = (KernPair *)lv_malloc_zeroed(sizeof(KernPair) * kPairsPerGlyph * params->cache_size);
        f->cmap = (CmapEntry *)lv_malloc_zeroed(sizeof(CmapEntry) * params->cache_size);
        if(f->slots == nullptr || f->pairs == nullptr || f->cmap == nullptr) {
            lv_free(f->slots);
            lv_free(f->pairs);
            lv_free(f->cmap);
            lv_free(f);
            f = nullptr;
        }
    }
    if(f == nullptr) {
        if(release) release(owner);
        return nullptr;
    }
    for(uint32_t i = 0; i < params->cache_size; i++) {
        f->slots[i].glyph = kNoGlyph;
        f->cmap[i].letter = kNoGlyph;
    }
    f->magic = kMagic;
    f->ttf = ttf;
    f->params = *params;
    f->release = release;
    f->owner = owner;
    f->font.dsc = f;
    f->font.get_glyph_dsc = get_glyph_dsc;
    f->font.get_glyph_bitmap = get_glyph_bitmap;
    f->font.subpx = LV_FONT_SUBPX_NONE;
    /* no kerning data: kerning off, as LVGL's tiny_ttf does */
    bool kern = params->kerning == LV_FONT_KERNING_NORMAL && lv_ttf_has_kerning(&ttf);
    f->font.kerning = kern ? LV_FONT_KERNING_NORMAL : LV_FONT_KERNING_NONE;
    set_line_metrics(f);
    return &f->font;
}

bool lv_ttf_font_is_ttf(const lv_font_t * font) { return ttf_of(font) != nullptr; }

void lv_ttf_font_destroy(lv_font_t * font)
{
    TtfFont * f = ttf_of(font);
    if(f == nullptr) return;
    clear_cache(f);
    lv_free(f->slots);
    lv_free(f->pairs);
    lv_free(f->cmap);
    lv_ttf_edges_free(&f->edges);
    if(f->release) f->release(f->owner);
    lv_memzero(f, sizeof(*f)); /* a second destroy finds no magic */
    lv_free(f);
}

void lv_ttf_font_set_size(lv_font_t * font, int32_t size)
{
    TtfFont * f = ttf_of(font);
    if(f == nullptr || size <= 0 || size > kMaxSize) return;
    f->params.size = size;
    clear_cache(f);
    set_line_metrics(f);
}

const lv_ttf_font_params_t * lv_ttf_font_params(const lv_font_t * font)
{
    TtfFont * f = ttf_of(font);
    return f ? &f->params : nullptr;
}
