/**
 * @file lv_font_fmt_txt.h
 * LVGL's compiled font format, as emitted by lv_font_conv: packed glyph bitmaps,
 * glyph descriptors, character maps and kerning tables.
 */
#ifndef LV_FONT_FMT_TXT_H
#define LV_FONT_FMT_TXT_H

#include "lv_font.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What the generated font sources test for. */
#ifndef LVGL_VERSION_MAJOR
#define LVGL_VERSION_MAJOR 9
#define LVGL_VERSION_MINOR 3
#define LVGL_VERSION_PATCH 0
#endif
#ifndef LV_VERSION_CHECK
#define LV_VERSION_CHECK(x, y, z) ((x) == LVGL_VERSION_MAJOR && ((y) < LVGL_VERSION_MINOR || ((y) == LVGL_VERSION_MINOR && (z) <= LVGL_VERSION_PATCH)))
#endif
#ifndef LV_ATTRIBUTE_LARGE_CONST
#define LV_ATTRIBUTE_LARGE_CONST
#endif

typedef struct {
    uint32_t bitmap_index : 20; /**< start of the glyph's bits in glyph_bitmap */
    uint32_t adv_w : 12;        /**< advance in 1/16 px */
    uint8_t box_w;
    uint8_t box_h;
    int8_t ofs_x;
    int8_t ofs_y;
} lv_font_fmt_txt_glyph_dsc_t;

typedef enum {
    LV_FONT_FMT_TXT_CMAP_FORMAT0_FULL,
    LV_FONT_FMT_TXT_CMAP_SPARSE_FULL,
    LV_FONT_FMT_TXT_CMAP_FORMAT0_TINY,
    LV_FONT_FMT_TXT_CMAP_SPARSE_TINY,
} lv_font_fmt_txt_cmap_type_t;

typedef struct {
    uint32_t range_start;
    uint16_t range_length;
    uint16_t glyph_id_start;
    const uint16_t * unicode_list;  /**< sparse maps: code point offsets from range_start */
    const void * glyph_id_ofs_list; /**< full maps: glyph id offsets (uint8_t or uint16_t) */
    uint16_t list_length;
    lv_font_fmt_txt_cmap_type_t type;
} lv_font_fmt_txt_cmap_t;

typedef struct {
    const void * glyph_ids;  /**< pairs of glyph ids, uint8_t or uint16_t each */
    const int8_t * values;   /**< kerning in 1/16 px, scaled by kern_scale */
    uint32_t pair_cnt : 30;
    uint32_t glyph_ids_size : 2; /**< 0: uint8_t ids, 1: uint16_t ids */
} lv_font_fmt_txt_kern_pair_t;

typedef struct {
    const int8_t * class_pair_values; /**< left_class_cnt * right_class_cnt values */
    const uint8_t * left_class_mapping;
    const uint8_t * right_class_mapping;
    uint8_t left_class_cnt;
    uint8_t right_class_cnt;
} lv_font_fmt_txt_kern_classes_t;

typedef enum {
    LV_FONT_FMT_TXT_PLAIN = 0,
    LV_FONT_FMT_TXT_COMPRESSED = 1,
    LV_FONT_FMT_TXT_COMPRESSED_NO_PREFILTER = 2,
} lv_font_fmt_txt_bitmap_format_t;

typedef struct {
    const uint8_t * glyph_bitmap;
    const lv_font_fmt_txt_glyph_dsc_t * glyph_dsc;
    const lv_font_fmt_txt_cmap_t * cmaps;
    const void * kern_dsc;  /**< lv_font_fmt_txt_kern_pair_t or _kern_classes_t */
    uint16_t kern_scale;    /**< 12.4 fixed point scale of the kerning values */
    uint16_t cmap_num : 9;
    uint16_t bpp : 4;
    uint16_t kern_classes : 1;
    uint16_t bitmap_format : 2;
    uint8_t stride;
} lv_font_fmt_txt_dsc_t;

bool lv_font_get_glyph_dsc_fmt_txt(const lv_font_t * font, lv_font_glyph_dsc_t * dsc_out, uint32_t unicode_letter, uint32_t unicode_letter_next);
const void * lv_font_get_bitmap_fmt_txt(lv_font_glyph_dsc_t * g_dsc, lv_draw_buf_t * draw_buf);

#ifdef __cplusplus
}
#endif

#endif
