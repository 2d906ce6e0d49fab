/**
 * @file lv_ttf_reader.cpp
 * TrueType tables: the directory, character maps, horizontal metrics, glyph boxes and
 * kerning (OpenType spec, "TrueType" and "GPOS" chapters). Big-endian fields, each read
 * through a bounds check.
 */
#include "lv_ttf_reader.h"

namespace {

constexpr uint32_t tag(char a, char b, char c, char d)
{
    return ((uint32_t)(uint8_t)a << 24) | ((uint32_t)(uint8_t)b << 16) | ((uint32_t)(uint8_t)c << 8) | (uint8_t)d;
}

bool has(const lv_ttf_t * t, uint32_t at, uint32_t len) { return lv_ttf_has(t, at, len); }
uint16_t u16(const lv_ttf_t * t, uint32_t at) { return lv_ttf_u16(t, at); }
int16_t i16(const lv_ttf_t * t, uint32_t at) { return lv_ttf_i16(t, at); }

uint32_t u32(const lv_ttf_t * t, uint32_t at)
{
    if(!has(t, at, 4)) return 0;
    const uint8_t * p = t->data + at;
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

/** Offset of table `name` in the font starting at `font`, 0 if absent or cut short. */
uint32_t find_table(const lv_ttf_t * t, uint32_t font, uint32_t name)
{
    uint16_t count = u16(t, font + 4);
    for(uint32_t i = 0; i < count; i++) {
        uint32_t rec = font + 12 + 16 * i;
        if(u32(t, rec) != name) continue;
        uint32_t off = u32(t, rec + 8), len = u32(t, rec + 12);
        return has(t, off, len) && off != 0 ? off : 0;
    }
    return 0;
}

/** The Unicode subtable to use: format 12 (full repertoire) before format 4 (BMP). */
void pick_cmap(lv_ttf_t * t, uint32_t cmap)
{
    uint16_t count = u16(t, cmap + 2);
    for(uint32_t i = 0; i < count; i++) {
        uint32_t rec = cmap + 4 + 8 * i;
        uint16_t platform = u16(t, rec), encoding = u16(t, rec + 2);
        bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        uint32_t sub = cmap + u32(t, rec + 4);
        if(!unicode || !has(t, sub, 8)) continue;
        uint16_t format = u16(t, sub);
        if(format == 12 || (format == 4 && t->cmap_format != 12)) {
            t->cmap_format = format;
            t->cmap_sub = sub;
        }
    }
}

uint32_t cmap4_lookup(const lv_ttf_t * t, uint32_t cp)
{
    if(cp > 0xFFFF) return 0;
    uint32_t sub = t->cmap_sub;
    uint32_t seg_x2 = u16(t, sub + 6);
    uint32_t ends = sub + 14, starts = ends + seg_x2 + 2, deltas = starts + seg_x2, ranges = deltas + seg_x2;
    /* the first segment whose end is >= cp */
    uint32_t lo = 0, hi = seg_x2 / 2;
    while(lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if(u16(t, ends + 2 * mid) < cp) lo = mid + 1;
        else hi = mid;
    }
    if(lo >= seg_x2 / 2) return 0;
    uint32_t start = u16(t, starts + 2 * lo);
    if(cp < start) return 0;
    uint16_t delta = u16(t, deltas + 2 * lo);
    uint32_t range_at = ranges + 2 * lo;
    uint16_t range = u16(t, range_at);
    if(range == 0) return (cp + delta) & 0xFFFF;
    uint16_t g = u16(t, range_at + range + 2 * (cp - start));
    return g ? (uint32_t)((g + delta) & 0xFFFF) : 0;
}

uint32_t cmap12_lookup(const lv_ttf_t * t, uint32_t cp)
{
    uint32_t sub = t->cmap_sub;
    uint32_t lo = 0, hi = u32(t, sub + 12);
    while(lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t group = sub + 16 + 12 * mid;
        if(!has(t, group, 12)) return 0;
        if(cp < u32(t, group)) hi = mid;
        else if(cp > u32(t, group + 4)) lo = mid + 1;
        else return u32(t, group + 8) + (cp - u32(t, group));
    }
    return 0;
}

/** Index of `glyph` in a coverage table, -1 when not covered. */
int32_t coverage_index(const lv_ttf_t * t, uint32_t cov, uint32_t glyph)
{
    uint16_t format = u16(t, cov), count = u16(t, cov + 2);
    if(format == 1) {
        uint32_t lo = 0, hi = count;
        while(lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            uint16_t g = u16(t, cov + 4 + 2 * mid);
            if(g == glyph) return (int32_t)mid;
            if(g < glyph) lo = mid + 1;
            else hi = mid;
        }
    } else if(format == 2) {
        uint32_t lo = 0, hi = count;
        while(lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            uint32_t rec = cov + 4 + 6 * mid;
            if(glyph < u16(t, rec)) hi = mid;
            else if(glyph > u16(t, rec + 2)) lo = mid + 1;
            else return (int32_t)(u16(t, rec + 4) + glyph - u16(t, rec));
        }
    }
    return -1;
}

uint32_t class_of(const lv_ttf_t * t, uint32_t def, uint32_t glyph)
{
    uint16_t format = u16(t, def);
    if(format == 1) {
        uint16_t first = u16(t, def + 2), count = u16(t, def + 4);
        return glyph >= first && glyph < (uint32_t)first + count ? u16(t, def + 6 + 2 * (glyph - first)) : 0;
    }
    if(format == 2) {
        uint32_t lo = 0, hi = u16(t, def + 2);
        while(lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            uint32_t rec = def + 4 + 6 * mid;
            if(glyph < u16(t, rec)) hi = mid;
            else if(glyph > u16(t, rec + 2)) lo = mid + 1;
            else return u16(t, rec + 4);
        }
    }
    return 0;
}

uint32_t value_record_size(uint16_t format)
{
    uint32_t n = 0;
    for(uint16_t f = format & 0xFF; f; f &= (uint16_t)(f - 1)) n++;
    return 2 * n;
}

/** The XAdvance of a value record, 0 when its format has none. */
int32_t x_advance(const lv_ttf_t * t, uint32_t rec, uint16_t format)
{
    if(!(format & 0x0004)) return 0;
    return i16(t, rec + value_record_size(format & 0x0003));
}

/** Pair adjustment of one PairPos subtable; false when it does not apply to the pair. */
bool pair_pos(const lv_ttf_t * t, uint32_t sub, uint32_t left, uint32_t right, int32_t * adjust)
{
    uint16_t format = u16(t, sub);
    int32_t cov = coverage_index(t, sub + u16(t, sub + 2), left);
    if(cov < 0) return false;
    uint16_t vf1 = u16(t, sub + 4), vf2 = u16(t, sub + 6);
    uint32_t rec_size = 2 + value_record_size(vf1) + value_record_size(vf2);
    if(format == 1) {
        if((uint32_t)cov >= u16(t, sub + 8)) return false;
        uint32_t set = sub + u16(t, sub + 10 + 2 * (uint32_t)cov);
        uint32_t lo = 0, hi = u16(t, set);
        while(lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            uint32_t rec = set + 2 + rec_size * mid;
            uint16_t second = u16(t, rec);
            if(second == right) {
                *adjust = x_advance(t, rec + 2, vf1);
                return true;
            }
            if(second < right) lo = mid + 1;
            else hi = mid;
        }
        return false;
    }
    if(format == 2) {
        uint32_t c1 = class_of(t, sub + u16(t, sub + 8), left);
        uint32_t c2 = class_of(t, sub + u16(t, sub + 10), right);
        uint16_t count1 = u16(t, sub + 12), count2 = u16(t, sub + 14);
        if(c1 >= count1 || c2 >= count2) return false;
        uint32_t rec = sub + 16 + (c1 * count2 + c2) * (rec_size - 2);
        *adjust = x_advance(t, rec, vf1);
        return true;
    }
    return false;
}

/** True when a 'kern' feature (of any script) uses lookup `index`. */
bool kern_feature_scan(const lv_ttf_t * t, uint32_t index)
{
    uint32_t list = t->gpos + u16(t, t->gpos + 6);
    uint16_t features = u16(t, list);
    for(uint32_t i = 0; i < features; i++) {
        uint32_t rec = list + 2 + 6 * i;
        if(u32(t, rec) != tag('k', 'e', 'r', 'n')) continue;
        uint32_t feature = list + u16(t, rec + 4);
        uint16_t count = u16(t, feature + 2);
        for(uint32_t k = 0; k < count; k++)
            if(u16(t, feature + 4 + 2 * k) == index) return true;
    }
    return false;
}

/** The 'kern' lookups among the first 32, as bits (read once: kerning is asked for every
 *  letter drawn), and whether any lookup beyond them is one. */
void find_kern_lookups(lv_ttf_t * t)
{
    uint32_t list = t->gpos + u16(t, t->gpos + 8);
    uint16_t lookups = u16(t, list);
    for(uint32_t i = 0; i < lookups; i++) {
        if(!kern_feature_scan(t, i)) continue;
        if(i < 32) t->kern_lookups |= 1u << i;
        else t->kern_lookups_beyond_32 = true;
    }
}

bool kern_feature_uses(const lv_ttf_t * t, uint32_t index)
{
    if(index < 32) return (t->kern_lookups >> index) & 1;
    return t->kern_lookups_beyond_32 && kern_feature_scan(t, index);
}

/** Sum of the pair adjustments of the 'kern' feature's pair-positioning lookups (type 2,
 *  or type 9 extensions of it), as a shaper applies them one after the other; the first
 *  subtable that has the pair wins in each lookup. */
int32_t gpos_kerning(const lv_ttf_t * t, uint32_t left, uint32_t right)
{
    uint32_t list = t->gpos + u16(t, t->gpos + 8);
    uint16_t lookups = u16(t, list);
    int32_t total = 0;
    for(uint32_t i = 0; i < lookups; i++) {
        if(!kern_feature_uses(t, i)) continue;
        uint32_t lookup = list + u16(t, list + 2 + 2 * i);
        uint16_t type = u16(t, lookup);
        uint16_t subs = u16(t, lookup + 4);
        for(uint32_t s = 0; s < subs; s++) {
            uint32_t sub = lookup + u16(t, lookup + 6 + 2 * s);
            uint16_t sub_type = type;
            if(type == 9) {
                sub_type = u16(t, sub + 2);
                sub += u32(t, sub + 4);
            }
            int32_t adjust = 0;
            if(sub_type == 2 && pair_pos(t, sub, left, right, &adjust)) {
                total += adjust;
                break;
            }
        }
    }
    return total;
}

/** kern table version 0, first subtable if it is horizontal format 0. */
int32_t kern_kerning(const lv_ttf_t * t, uint32_t left, uint32_t right)
{
    uint32_t k = t->kern;
    if(u16(t, k) != 0 || u16(t, k + 2) == 0) return 0;
    uint32_t sub = k + 4;
    uint16_t coverage = u16(t, sub + 4);
    if((coverage >> 8) != 0 || !(coverage & 1)) return 0;
    uint32_t key = (left << 16) | right;
    uint32_t lo = 0, hi = u16(t, sub + 6);
    while(lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        uint32_t rec = sub + 14 + 6 * mid;
        uint32_t k2 = ((uint32_t)u16(t, rec) << 16) | u16(t, rec + 2);
        if(k2 == key) return i16(t, rec + 4);
        if(k2 < key) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

} // namespace

bool lv_ttf_init(lv_ttf_t * t, const uint8_t * data, uint32_t size)
{
    *t = lv_ttf_t{};
    t->data = data;
    t->size = data ? size : 0;
    uint32_t font = 0;
    uint32_t version = u32(t, 0);
    if(version == tag('t', 't', 'c', 'f')) {  /* a collection: its first font */
        font = u32(t, 12);
        version = u32(t, font);
    }
    if(version != 0x00010000 && version != tag('t', 'r', 'u', 'e')) return false;
    uint32_t head = find_table(t, font, tag('h', 'e', 'a', 'd'));
    uint32_t hhea = find_table(t, font, tag('h', 'h', 'e', 'a'));
    uint32_t maxp = find_table(t, font, tag('m', 'a', 'x', 'p'));
    uint32_t cmap = find_table(t, font, tag('c', 'm', 'a', 'p'));
    t->glyf = find_table(t, font, tag('g', 'l', 'y', 'f'));
    t->loca = find_table(t, font, tag('l', 'o', 'c', 'a'));
    t->hmtx = find_table(t, font, tag('h', 'm', 't', 'x'));
    t->kern = find_table(t, font, tag('k', 'e', 'r', 'n'));
    t->gpos = find_table(t, font, tag('G', 'P', 'O', 'S'));
    if(!head || !hhea || !maxp || !cmap || !t->glyf || !t->loca || !t->hmtx) return false;
    t->units_per_em = u16(t, head + 18);
    t->head_flags = u16(t, head + 16);
    t->long_loca = u16(t, head + 50) != 0;
    t->ascent = i16(t, hhea + 4);
    t->descent = i16(t, hhea + 6);
    t->line_gap = i16(t, hhea + 8);
    t->num_hmetrics = u16(t, hhea + 34);
    t->num_glyphs = u16(t, maxp + 4);
    uint32_t os2 = find_table(t, font, tag('O', 'S', '/', '2'));
    if(os2 && has(t, os2, 78)) {
        t->os2_fs_selection = u16(t, os2 + 62);
        t->typo_ascent = i16(t, os2 + 68);
        t->typo_descent = i16(t, os2 + 70);
        t->typo_line_gap = i16(t, os2 + 72);
        t->win_ascent = u16(t, os2 + 74);
        t->win_descent = u16(t, os2 + 76);
    }
    uint32_t post = find_table(t, font, tag('p', 'o', 's', 't'));
    if(post) {
        t->underline_position = i16(t, post + 8);
        t->underline_thickness = i16(t, post + 10);
    }
    pick_cmap(t, cmap);
    if(t->gpos) find_kern_lookups(t);
    return t->units_per_em >= 16 && t->num_hmetrics > 0 && t->cmap_sub != 0;
}

uint32_t lv_ttf_glyph_index(const lv_ttf_t * t, uint32_t cp)
{
    uint32_t g = t->cmap_format == 12 ? cmap12_lookup(t, cp) : cmap4_lookup(t, cp);
    return g < t->num_glyphs ? g : 0;
}

void lv_ttf_hmetrics(const lv_ttf_t * t, uint32_t glyph, int32_t * advance, int32_t * lsb)
{
    uint32_t n = t->num_hmetrics;
    if(glyph < n) {
        *advance = u16(t, t->hmtx + 4 * glyph);
        *lsb = i16(t, t->hmtx + 4 * glyph + 2);
    } else {
        *advance = u16(t, t->hmtx + 4 * (n - 1));
        *lsb = i16(t, t->hmtx + 4 * n + 2 * (glyph - n));
    }
}

bool lv_ttf_glyph_range(const lv_ttf_t * t, uint32_t glyph, uint32_t * start, uint32_t * len)
{
    if(glyph >= t->num_glyphs) return false;
    uint32_t a, b;
    if(t->long_loca) {
        a = u32(t, t->loca + 4 * glyph);
        b = u32(t, t->loca + 4 * glyph + 4);
    } else {
        a = 2u * u16(t, t->loca + 2 * glyph);
        b = 2u * u16(t, t->loca + 2 * glyph + 2);
    }
    if(b <= a || !has(t, t->glyf + a, b - a) || b - a < 10) return false;
    *start = t->glyf + a;
    *len = b - a;
    return true;
}

bool lv_ttf_glyph_box(const lv_ttf_t * t, uint32_t glyph, lv_ttf_box_t * box)
{
    *box = lv_ttf_box_t{};
    uint32_t at, len;
    if(!lv_ttf_glyph_range(t, glyph, &at, &len)) return false;
    box->x_min = i16(t, at + 2);
    box->y_min = i16(t, at + 4);
    box->x_max = i16(t, at + 6);
    box->y_max = i16(t, at + 8);
    return box->x_max > box->x_min && box->y_max > box->y_min;
}

bool lv_ttf_has_kerning(const lv_ttf_t * t) { return t->gpos != 0 || t->kern != 0; }

int32_t lv_ttf_kerning(const lv_ttf_t * t, uint32_t left, uint32_t right)
{
    if(t->gpos) return gpos_kerning(t, left, right);
    if(t->kern) return kern_kerning(t, left, right);
    return 0;
}
