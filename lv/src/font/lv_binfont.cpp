// Fonts in LVGL's binary format (lv_font_conv --format bin), turned into the compiled
// lv_font_fmt_txt format at load time. The file is a list of tables, each starting with its
// size and a 4-letter label: "head" (metrics and bit widths), "cmap" (character maps),
// "loca" (glyph offsets), "glyf" (bit-packed glyph records) and optionally "kern".
// Every offset and size is checked: a damaged file gives NULL, never a crash.
#include <stdio.h>
#include <string.h>

#include "lv_binfont.h"
#include "lv_font_fmt_txt.h"
#include "lv_mem.h"
#include "misc/lv_fs_private.h"

namespace {

/* Everything a loaded font owns, freed together. The font comes first so that the
 * lv_font_t pointer handed out is also the holder's. */
struct BinFont {
    lv_font_t font;
    lv_font_fmt_txt_dsc_t dsc;
    lv_font_fmt_txt_cmap_t * cmaps;
    uint16_t ** cmap_lists; /* per cmap: unicode list and glyph id list storage */
    lv_font_fmt_txt_glyph_dsc_t * glyphs;
    uint8_t * bitmap;
    lv_font_fmt_txt_kern_pair_t kern_pairs;
    lv_font_fmt_txt_kern_classes_t kern_classes;
    uint8_t * kern_data;
    uint32_t cmap_count;
};

struct Span {
    const uint8_t * p;
    uint32_t n;
    bool has(uint32_t off, uint32_t len) const { return off <= n && len <= n - off; }
    uint8_t u8(uint32_t o) const { return p[o]; }
    uint16_t u16(uint32_t o) const { return (uint16_t)(p[o] | (p[o + 1] << 8)); }
    int16_t s16(uint32_t o) const { return (int16_t)u16(o); }
    uint32_t u32(uint32_t o) const { return (uint32_t)p[o] | ((uint32_t)p[o + 1] << 8) | ((uint32_t)p[o + 2] << 16) | ((uint32_t)p[o + 3] << 24); }
};

/* Finds the table with the given label. */
bool find_table(const Span & file, const char * label, Span * out)
{
    uint32_t off = 0;
    while(file.has(off, 8)) {
        uint32_t size = file.u32(off);
        if(size < 8 || !file.has(off, size)) return false;
        if(memcmp(file.p + off + 4, label, 4) == 0) {
            out->p = file.p + off;
            out->n = size;
            return true;
        }
        off += size;
    }
    return false;
}

/* Big-endian bit reader over the glyf table. */
struct Bits {
    const uint8_t * p;
    uint32_t n_bits;
    uint32_t pos;
    bool ok = true;
    uint32_t get(uint32_t count)
    {
        uint32_t v = 0;
        for(uint32_t i = 0; i < count; i++) {
            if(pos >= n_bits) {
                ok = false;
                return 0;
            }
            v = (v << 1) | ((p[pos >> 3] >> (7 - (pos & 7))) & 1u);
            pos++;
        }
        return v;
    }
    int32_t get_signed(uint32_t count)
    {
        uint32_t v = get(count);
        if(count > 0 && count < 32 && (v & (1u << (count - 1)))) return (int32_t)(v | (~0u << count));
        return (int32_t)v;
    }
};

struct Head {
    uint16_t font_size;
    uint16_t ascent;
    int16_t descent;
    uint16_t def_adv_w;
    uint16_t kern_scale;
    uint8_t loca_format;
    uint8_t glyph_id_format;
    uint8_t adv_format;
    uint8_t bpp;
    uint8_t xy_bits;
    uint8_t wh_bits;
    uint8_t adv_bits;
    uint8_t compression;
    int16_t underline_position;
    uint16_t underline_thickness;
};

bool read_head(const Span & t, Head * h)
{
    if(!t.has(0, 48)) return false;
    h->font_size = t.u16(14);
    h->ascent = t.u16(16);
    h->descent = t.s16(18);
    h->def_adv_w = t.u16(30);
    h->kern_scale = t.u16(32);
    h->loca_format = t.u8(34);
    h->glyph_id_format = t.u8(35);
    h->adv_format = t.u8(36);
    h->bpp = t.u8(37);
    h->xy_bits = t.u8(38);
    h->wh_bits = t.u8(39);
    h->adv_bits = t.u8(40);
    h->compression = t.u8(41);
    h->underline_position = t.s16(44);
    h->underline_thickness = t.u16(46);
    return (h->bpp == 1 || h->bpp == 2 || h->bpp == 3 || h->bpp == 4 || h->bpp == 8) && h->xy_bits <= 16 &&
           h->wh_bits <= 16 && h->adv_bits <= 24;
}

void destroy(BinFont * f)
{
    if(f == nullptr) return;
    if(f->cmap_lists) {
        for(uint32_t i = 0; i < f->cmap_count * 2; i++) lv_free(f->cmap_lists[i]);
        lv_free(f->cmap_lists);
    }
    lv_free(f->cmaps);
    lv_free(f->glyphs);
    lv_free(f->bitmap);
    lv_free(f->kern_data);
    lv_free(f);
}

bool load_cmaps(const Span & t, BinFont * f)
{
    if(!t.has(0, 12)) return false;
    uint32_t count = t.u32(8);
    if(count == 0 || count > 511 || !t.has(12, count * 16)) return false;
    f->cmap_count = count;
    f->cmaps = (lv_font_fmt_txt_cmap_t *)lv_zalloc(sizeof(lv_font_fmt_txt_cmap_t) * count);
    f->cmap_lists = (uint16_t **)lv_zalloc(sizeof(uint16_t *) * count * 2);
    if(f->cmaps == nullptr || f->cmap_lists == nullptr) return false;
    for(uint32_t i = 0; i < count; i++) {
        uint32_t h = 12 + 16 * i;
        uint32_t data = t.u32(h);
        lv_font_fmt_txt_cmap_t * c = &f->cmaps[i];
        c->range_start = t.u32(h + 4);
        c->range_length = t.u16(h + 8);
        c->glyph_id_start = t.u16(h + 10);
        uint16_t entries = t.u16(h + 12);
        uint8_t type = t.u8(h + 14);
        c->list_length = entries;
        switch(type) {
            case LV_FONT_FMT_TXT_CMAP_FORMAT0_TINY:
                c->type = LV_FONT_FMT_TXT_CMAP_FORMAT0_TINY;
                break;
            case LV_FONT_FMT_TXT_CMAP_FORMAT0_FULL: {
                if(!t.has(data, c->range_length)) return false;
                uint8_t * ofs = (uint8_t *)lv_malloc(c->range_length ? c->range_length : 1);
                if(ofs == nullptr) return false;
                memcpy(ofs, t.p + data, c->range_length);
                f->cmap_lists[2 * i + 1] = (uint16_t *)ofs;
                c->glyph_id_ofs_list = ofs;
                c->type = LV_FONT_FMT_TXT_CMAP_FORMAT0_FULL;
                break;
            }
            case LV_FONT_FMT_TXT_CMAP_SPARSE_FULL:
            case LV_FONT_FMT_TXT_CMAP_SPARSE_TINY: {
                bool full = type == LV_FONT_FMT_TXT_CMAP_SPARSE_FULL;
                uint32_t bytes = entries * 2u * (full ? 2u : 1u);
                if(!t.has(data, bytes)) return false;
                uint16_t * codes = (uint16_t *)lv_malloc(entries * 2u + 2);
                if(codes == nullptr) return false;
                f->cmap_lists[2 * i] = codes;
                for(uint32_t k = 0; k < entries; k++) codes[k] = t.u16(data + 2 * k);
                c->unicode_list = codes;
                if(full) {
                    uint16_t * ids = (uint16_t *)lv_malloc(entries * 2u + 2);
                    if(ids == nullptr) return false;
                    f->cmap_lists[2 * i + 1] = ids;
                    for(uint32_t k = 0; k < entries; k++) ids[k] = t.u16(data + 2 * entries + 2 * k);
                    c->glyph_id_ofs_list = ids;
                }
                c->type = (lv_font_fmt_txt_cmap_type_t)type;
                break;
            }
            default:
                return false;
        }
    }
    return true;
}

bool load_glyphs(const Span & loca, const Span & glyf, const Head & h, BinFont * f, uint32_t * glyph_count)
{
    if(!loca.has(0, 12) || !glyf.has(0, 8)) return false;
    uint32_t count = loca.u32(8);
    uint32_t entry = h.loca_format ? 4 : 2;
    if(count == 0 || count > 65536 || !loca.has(12, count * entry)) return false;
    if(h.compression != 0) return false; /* compressed glyphs are not supported */
    f->glyphs = (lv_font_fmt_txt_glyph_dsc_t *)lv_zalloc(sizeof(lv_font_fmt_txt_glyph_dsc_t) * count);
    if(f->glyphs == nullptr) return false;
    /* first pass: sizes of the repacked (byte-aligned per glyph) bitmaps */
    uint64_t total_bytes = 1;
    for(int pass = 0; pass < 2; pass++) {
        uint32_t next_index = 0;
        for(uint32_t id = 1; id < count; id++) {
            uint32_t off = h.loca_format ? loca.u32(12 + 4 * id) : loca.u16(12 + 2 * id);
            if(off < 8 || off >= glyf.n) return false;
            Bits bits{glyf.p + off, (glyf.n - off) * 8, 0};
            uint32_t adv = h.adv_bits ? bits.get(h.adv_bits) : h.def_adv_w;
            int32_t x = bits.get_signed(h.xy_bits);
            int32_t y = bits.get_signed(h.xy_bits);
            uint32_t w = bits.get(h.wh_bits);
            uint32_t hh = bits.get(h.wh_bits);
            if(!bits.ok || w > 255 || hh > 255 || x < -128 || x > 127 || y < -128 || y > 127) return false;
            uint32_t nbits = w * hh * h.bpp;
            uint32_t nbytes = (nbits + 7) / 8;
            if(pass == 0) {
                total_bytes += nbytes;
                if(bits.pos + nbits > bits.n_bits) return false;
                continue;
            }
            lv_font_fmt_txt_glyph_dsc_t * g = &f->glyphs[id];
            g->adv_w = h.adv_format ? adv : adv << 4; /* stored in 1/16 px */
            g->box_w = (uint8_t)w;
            g->box_h = (uint8_t)hh;
            g->ofs_x = (int8_t)x;
            g->ofs_y = (int8_t)y;
            g->bitmap_index = next_index;
            uint8_t * out = f->bitmap + next_index;
            memset(out, 0, nbytes);
            for(uint32_t b = 0; b < nbits; b++) {
                if(bits.get(1)) out[b >> 3] |= (uint8_t)(0x80 >> (b & 7));
            }
            next_index += nbytes;
        }
        if(pass == 0) {
            if(total_bytes > (1u << 20)) return false; /* bitmap_index has 20 bits */
            f->bitmap = (uint8_t *)lv_malloc((size_t)total_bytes);
            if(f->bitmap == nullptr) return false;
        }
    }
    *glyph_count = count;
    return true;
}

bool load_kern(const Span & t, const Head & h, uint32_t glyph_count, BinFont * f)
{
    if(!t.has(0, 12)) return false;
    uint8_t format = t.u8(8);
    uint32_t body = t.n - 12;
    f->kern_data = (uint8_t *)lv_malloc(body ? body : 1);
    if(f->kern_data == nullptr) return false;
    memcpy(f->kern_data, t.p + 12, body);
    Span k{f->kern_data, body};
    if(format == 0) {
        if(!k.has(0, 4)) return false;
        uint32_t count = k.u32(0);
        uint32_t id_bytes = h.glyph_id_format ? 4 : 2;
        if(count >= (1u << 30) || !k.has(4, count * (id_bytes + 1))) return false;
        f->kern_pairs.glyph_ids = k.p + 4;
        f->kern_pairs.values = (const int8_t *)(k.p + 4 + count * id_bytes);
        f->kern_pairs.pair_cnt = count;
        f->kern_pairs.glyph_ids_size = h.glyph_id_format ? 1 : 0;
        f->dsc.kern_dsc = &f->kern_pairs;
        f->dsc.kern_classes = 0;
        return (((uintptr_t)f->kern_pairs.glyph_ids) & 1) == 0;
    }
    if(format == 3) {
        if(!k.has(0, 4)) return false;
        uint32_t map_len = k.u16(0);
        uint8_t left = k.u8(2), right = k.u8(3);
        if(map_len < glyph_count || !k.has(4, map_len * 2 + (uint32_t)left * right)) return false;
        f->kern_classes.left_class_mapping = k.p + 4;
        f->kern_classes.right_class_mapping = k.p + 4 + map_len;
        f->kern_classes.class_pair_values = (const int8_t *)(k.p + 4 + 2 * map_len);
        f->kern_classes.left_class_cnt = left;
        f->kern_classes.right_class_cnt = right;
        /* class numbers must stay inside the value table */
        for(uint32_t i = 0; i < map_len; i++) {
            if(k.u8(4 + i) > left || k.u8(4 + map_len + i) > right) return false;
        }
        f->dsc.kern_dsc = &f->kern_classes;
        f->dsc.kern_classes = 1;
        return true;
    }
    return false;
}

} // namespace

extern "C" {

lv_font_t * lv_binfont_create_from_buffer(void * buffer, uint32_t size)
{
    if(buffer == NULL || size < 8) return NULL;
    Span file{(const uint8_t *)buffer, size};
    Span head_t, cmap_t, loca_t, glyf_t, kern_t;
    Head h;
    if(!find_table(file, "head", &head_t) || !read_head(head_t, &h)) return NULL;
    if(!find_table(file, "cmap", &cmap_t) || !find_table(file, "loca", &loca_t) || !find_table(file, "glyf", &glyf_t)) {
        return NULL;
    }
    BinFont * f = (BinFont *)lv_zalloc(sizeof(BinFont));
    if(f == NULL) return NULL;
    uint32_t glyph_count = 0;
    bool ok = load_cmaps(cmap_t, f) && load_glyphs(loca_t, glyf_t, h, f, &glyph_count);
    if(ok && find_table(file, "kern", &kern_t)) ok = load_kern(kern_t, h, glyph_count, f);
    if(!ok) {
        destroy(f);
        return NULL;
    }
    /* every cmap must point at existing glyphs */
    for(uint32_t i = 0; i < f->cmap_count; i++) {
        const lv_font_fmt_txt_cmap_t & c = f->cmaps[i];
        uint32_t max_ofs = c.range_length;
        if(c.type == LV_FONT_FMT_TXT_CMAP_SPARSE_TINY || c.type == LV_FONT_FMT_TXT_CMAP_SPARSE_FULL) max_ofs = c.list_length;
        if(c.type == LV_FONT_FMT_TXT_CMAP_SPARSE_FULL) {
            for(uint32_t k = 0; k < c.list_length; k++) max_ofs = LV_MAX(max_ofs, ((const uint16_t *)c.glyph_id_ofs_list)[k] + 1u);
        }
        if(c.type == LV_FONT_FMT_TXT_CMAP_FORMAT0_FULL) {
            for(uint32_t k = 0; k < c.range_length; k++) max_ofs = LV_MAX(max_ofs, ((const uint8_t *)c.glyph_id_ofs_list)[k] + 1u);
        }
        if((uint32_t)c.glyph_id_start + max_ofs > glyph_count + 1) {
            destroy(f);
            return NULL;
        }
    }
    f->dsc.glyph_bitmap = f->bitmap;
    f->dsc.glyph_dsc = f->glyphs;
    f->dsc.cmaps = f->cmaps;
    f->dsc.cmap_num = (uint16_t)f->cmap_count;
    f->dsc.bpp = h.bpp;
    f->dsc.kern_scale = h.kern_scale;
    f->dsc.bitmap_format = LV_FONT_FMT_TXT_PLAIN;
    lv_font_t * font = &f->font;
    font->get_glyph_dsc = lv_font_get_glyph_dsc_fmt_txt;
    font->get_glyph_bitmap = lv_font_get_bitmap_fmt_txt;
    font->line_height = (int32_t)h.ascent - h.descent;
    font->base_line = -h.descent;
    font->underline_position = (int8_t)h.underline_position;
    font->underline_thickness = (int8_t)h.underline_thickness;
    font->subpx = LV_FONT_SUBPX_NONE;
    font->dsc = &f->dsc;
    return font;
}

lv_font_t * lv_binfont_create(const char * path)
{
    uint32_t size = 0;
    void * data = lv_fs_load_file(path, 64u << 20, &size);
    if(data == NULL) return NULL;
    lv_font_t * font = lv_binfont_create_from_buffer(data, size);
    lv_free(data);
    return font;
}

void lv_binfont_destroy(lv_font_t * font)
{
    /* only a font lv_binfont_create made (its dsc is its own): any other font (a built-in
     * one, a blank lv.font_t()) is not a BinFont, and its "lists" are not blocks to free */
    if(font == nullptr || font->dsc != &reinterpret_cast<BinFont *>(font)->dsc) return;
    destroy((BinFont *)font);
}

} // extern "C"
