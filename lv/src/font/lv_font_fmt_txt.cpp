// Glyph lookup and bitmap unpacking for LVGL's compiled font format (lv_font_conv output).
#include "lv_font_fmt_txt.h"

#include <string.h>

namespace {

/* Alpha of each level of 1, 2, 3 and 4 bpp bitmaps, spread evenly over 0..255. */
const uint8_t kOpa1[2] = {0, 255};
const uint8_t kOpa2[4] = {0, 85, 170, 255};
const uint8_t kOpa3[8] = {0, 36, 73, 109, 146, 182, 219, 255};
const uint8_t kOpa4[16] = {0, 17, 34, 51, 68, 85, 102, 119, 136, 153, 170, 187, 204, 221, 238, 255};

int32_t find_u16(const uint16_t * list, uint16_t len, uint32_t key)
{
    int32_t lo = 0;
    int32_t hi = (int32_t)len - 1;
    while(lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if(list[mid] == key) return mid;
        if(list[mid] < key) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

uint32_t glyph_id_of(const lv_font_fmt_txt_dsc_t * fdsc, uint32_t letter)
{
    if(letter == '\0') return 0;
    for(uint16_t i = 0; i < fdsc->cmap_num; i++) {
        const lv_font_fmt_txt_cmap_t * cm = &fdsc->cmaps[i];
        if(letter < cm->range_start) continue;
        uint32_t rcp = letter - cm->range_start;
        if(rcp >= cm->range_length) continue;
        switch(cm->type) {
            case LV_FONT_FMT_TXT_CMAP_FORMAT0_TINY:
                return cm->glyph_id_start + rcp;
            case LV_FONT_FMT_TXT_CMAP_FORMAT0_FULL: {
                const uint8_t * ofs = (const uint8_t *)cm->glyph_id_ofs_list;
                return ofs ? cm->glyph_id_start + ofs[rcp] : 0;
            }
            case LV_FONT_FMT_TXT_CMAP_SPARSE_TINY: {
                int32_t idx = find_u16(cm->unicode_list, cm->list_length, rcp);
                if(idx >= 0) return cm->glyph_id_start + (uint32_t)idx;
                break;
            }
            case LV_FONT_FMT_TXT_CMAP_SPARSE_FULL: {
                int32_t idx = find_u16(cm->unicode_list, cm->list_length, rcp);
                const uint16_t * ofs = (const uint16_t *)cm->glyph_id_ofs_list;
                if(idx >= 0 && ofs) return cm->glyph_id_start + ofs[idx];
                break;
            }
        }
    }
    return 0;
}

int8_t kern_pair_value(const lv_font_fmt_txt_kern_pair_t * kd, uint32_t left, uint32_t right)
{
    if(kd->glyph_ids_size == 0) {
        const uint8_t * ids = (const uint8_t *)kd->glyph_ids;
        int32_t lo = 0;
        int32_t hi = (int32_t)kd->pair_cnt - 1;
        uint32_t key = (left << 8) | right;
        while(lo <= hi) {
            int32_t mid = (lo + hi) / 2;
            uint32_t k = ((uint32_t)ids[mid * 2] << 8) | ids[mid * 2 + 1];
            if(k == key) return kd->values[mid];
            if(k < key) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    else {
        const uint16_t * ids = (const uint16_t *)kd->glyph_ids;
        int32_t lo = 0;
        int32_t hi = (int32_t)kd->pair_cnt - 1;
        uint32_t key = (left << 16) | right;
        while(lo <= hi) {
            int32_t mid = (lo + hi) / 2;
            uint32_t k = ((uint32_t)ids[mid * 2] << 16) | ids[mid * 2 + 1];
            if(k == key) return kd->values[mid];
            if(k < key) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return 0;
}

int8_t kern_value(const lv_font_fmt_txt_dsc_t * fdsc, uint32_t left, uint32_t right)
{
    if(fdsc->kern_dsc == NULL || left == 0 || right == 0) return 0;
    if(fdsc->kern_classes == 0) {
        return kern_pair_value((const lv_font_fmt_txt_kern_pair_t *)fdsc->kern_dsc, left, right);
    }
    const lv_font_fmt_txt_kern_classes_t * kc = (const lv_font_fmt_txt_kern_classes_t *)fdsc->kern_dsc;
    uint8_t lc = kc->left_class_mapping[left];
    uint8_t rc = kc->right_class_mapping[right];
    if(lc == 0 || rc == 0) return 0;
    return kc->class_pair_values[(lc - 1) * kc->right_class_cnt + (rc - 1)];
}

} // namespace

extern "C" {

bool lv_font_get_glyph_dsc_fmt_txt(const lv_font_t * font, lv_font_glyph_dsc_t * dsc_out, uint32_t letter,
                                   uint32_t letter_next)
{
    const lv_font_fmt_txt_dsc_t * fdsc = (const lv_font_fmt_txt_dsc_t *)font->dsc;
    bool is_tab = letter == '\t';
    if(is_tab) letter = ' '; /* a tab is two spaces wide */
    uint32_t gid = glyph_id_of(fdsc, letter);
    if(gid == 0) return false;
    int32_t kv = 0;
    if(letter_next != 0 && font->kerning == LV_FONT_KERNING_NORMAL && fdsc->kern_dsc) {
        uint32_t gid_next = glyph_id_of(fdsc, letter_next);
        if(gid_next) kv = ((int32_t)kern_value(fdsc, gid, gid_next) * fdsc->kern_scale) >> 4;
    }
    const lv_font_fmt_txt_glyph_dsc_t * g = &fdsc->glyph_dsc[gid];
    int32_t adv_w = (int32_t)g->adv_w;
    if(is_tab) adv_w *= 2;
    adv_w += kv;
    adv_w = (adv_w + (1 << 3)) >> 4; /* 1/16 px, rounded */
    if(adv_w < 0) adv_w = 0;
    dsc_out->adv_w = (uint16_t)adv_w;
    dsc_out->box_h = g->box_h;
    dsc_out->box_w = g->box_w;
    dsc_out->ofs_x = g->ofs_x;
    dsc_out->ofs_y = g->ofs_y;
    dsc_out->format = (lv_font_glyph_format_t)fdsc->bpp;
    dsc_out->is_placeholder = 0;
    dsc_out->gid.index = gid;
    dsc_out->stride = 0;
    if(is_tab) dsc_out->box_w = (uint16_t)(dsc_out->box_w * 2);
    return true;
}

/* Unpacks the glyph into draw_buf as A8 (one byte per pixel, stride box_w) and returns its
 * data; without a draw_buf returns the packed bits. NULL for compressed fonts. */
const void * lv_font_get_bitmap_fmt_txt(lv_font_glyph_dsc_t * g_dsc, lv_draw_buf_t * draw_buf)
{
    if(!g_dsc) return NULL;
    const lv_font_t * font = g_dsc->resolved_font;
    if(font == NULL) return NULL;
    const lv_font_fmt_txt_dsc_t * fdsc = (const lv_font_fmt_txt_dsc_t *)font->dsc;
    uint32_t gid = g_dsc->gid.index;
    if(gid == 0) return NULL;
    const lv_font_fmt_txt_glyph_dsc_t * g = &fdsc->glyph_dsc[gid];
    const uint8_t * bits = &fdsc->glyph_bitmap[g->bitmap_index];
    if(draw_buf == NULL) return fdsc->bitmap_format == LV_FONT_FMT_TXT_PLAIN ? bits : NULL;
    if(fdsc->bitmap_format != LV_FONT_FMT_TXT_PLAIN) return NULL;
    uint32_t w = g->box_w;
    uint32_t h = g->box_h;
    if(draw_buf->data_size < w * h) return NULL;
    uint8_t * out = draw_buf->data;
    uint32_t bpp = fdsc->bpp;
    const uint8_t * table = bpp == 1 ? kOpa1 : bpp == 2 ? kOpa2 : bpp == 3 ? kOpa3 : kOpa4;
    if(bpp == 8) {
        memcpy(out, bits, w * h);
        return out;
    }
    if(bpp == 4) {
        /* the common case: two pixels per byte */
        uint32_t n = w * h;
        for(uint32_t i = 0; i + 1 < n; i += 2) {
            uint8_t b = bits[i >> 1];
            out[i] = table[b >> 4];
            out[i + 1] = table[b & 0x0F];
        }
        if(n & 1) out[n - 1] = table[bits[(n - 1) >> 1] >> 4];
        return out;
    }
    uint32_t mask = (1u << bpp) - 1;
    uint32_t bit_pos = 0; /* rows are packed back to back */
    for(uint32_t i = 0; i < w * h; i++) {
        uint32_t byte = bit_pos >> 3;
        uint32_t shift = 8 - bpp - (bit_pos & 7);
        uint32_t v;
        if((int32_t)shift >= 0) {
            v = (bits[byte] >> shift) & mask;
        }
        else {
            /* 3 bpp values may straddle two bytes */
            uint32_t two = ((uint32_t)bits[byte] << 8) | bits[byte + 1];
            v = (two >> (16 - bpp - (bit_pos & 7))) & mask;
        }
        out[i] = table[v];
        bit_pos += bpp;
    }
    return out;
}

} // extern "C"
