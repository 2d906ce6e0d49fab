/**
 * @file lv_draw_label.h
 * Text drawing: multi-line labels with alignment, spacing, recolor, selection, decoration.
 */
#ifndef LV_DRAW_LABEL_H
#define LV_DRAW_LABEL_H

#include "lv_draw.h"
#include "lv_text.h"
#include "lv_draw_rect.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_DRAW_LABEL_NO_TXT_SEL (0xFFFF)

/** Remembers where drawing a long text last started, so redraws can skip the lines above. */
typedef struct {
    int32_t line_start; /**< byte index of the first visible line, -1: unknown */
    int32_t y;          /**< its y relative to the label's top */
    int32_t coord_y;    /**< the label's y when the hint was made */
} lv_draw_label_hint_t;

typedef struct {
    lv_draw_dsc_base_t base;
    const char * text;
    lv_point_t text_size;
    const lv_font_t * font;
    lv_color_t color;
    int32_t line_space;
    int32_t letter_space;
    int32_t ofs_x;
    int32_t ofs_y;
    int32_t rotation;
    uint32_t sel_start; /**< selected characters (LV_DRAW_LABEL_NO_TXT_SEL: none) */
    uint32_t sel_end;
    lv_color_t sel_color;
    lv_color_t sel_bg_color;
    uint32_t text_length; /**< bytes to draw; 0: up to the NUL */
    lv_opa_t opa;
    lv_text_align_t align;
    lv_base_dir_t bidi_dir;
    lv_text_decor_t decor : 3;
    lv_text_flag_t flag : 5;
    uint8_t text_local : 1;
    uint8_t text_static : 1;
    uint8_t has_bided : 1;
    lv_draw_label_hint_t * hint;
    lv_opa_t outline_stroke_opa;
    lv_color_t outline_stroke_color;
    int32_t outline_stroke_width;
} lv_draw_label_dsc_t;

typedef struct {
    lv_draw_dsc_base_t base;
    uint32_t unicode;
    const lv_font_t * font;
    lv_color_t color;
    int32_t rotation;
    int32_t scale_x;
    int32_t scale_y;
    int32_t skew_x;
    int32_t skew_y;
    lv_point_t pivot;
    lv_opa_t opa;
    lv_text_decor_t decor : 3;
    lv_blend_mode_t blend_mode : 3;
    lv_opa_t outline_stroke_opa;
    int32_t outline_stroke_width;
    lv_color_t outline_stroke_color;
} lv_draw_letter_dsc_t;

/** Defaults: black, opa cover, LV_FONT_DEFAULT, no selection, left aligned. */
void lv_draw_label_dsc_init(lv_draw_label_dsc_t * dsc);
void lv_draw_letter_dsc_init(lv_draw_letter_dsc_t * dsc);
/** The task's descriptor when it is a LABEL task, else NULL. */
lv_draw_label_dsc_t * lv_draw_task_get_label_dsc(lv_draw_task_t * task);
/** Draws dsc->text inside coords (lines wrap at its width unless LV_TEXT_FLAG_EXPAND). */
void lv_draw_label(lv_layer_t * layer, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords);
/** Draws one character with the top-left of its line box at point. */
void lv_draw_character(lv_layer_t * layer, lv_draw_label_dsc_t * dsc, const lv_point_t * point, uint32_t unicode_letter);
/** Draws dsc->unicode with the top-left of its line box at point (drawn upright: rotation,
 *  scale and skew are not applied by this renderer). */
void lv_draw_letter(lv_layer_t * layer, lv_draw_letter_dsc_t * dsc, const lv_point_t * point);

/* ---- Glyphs for draw units: what a unit that draws text itself receives ---- */
typedef struct {
    const void * glyph_data;         /**< A8 glyphs: an lv_draw_buf_t (A8) of the bitmap;
                                          image glyphs: the image source */
    lv_font_glyph_format_t format;   /**< NONE: a placeholder box */
    const lv_area_t * letter_coords; /**< where the bitmap goes */
    const lv_area_t * bg_coords;     /**< the letter's cell: advance x line height */
    lv_font_glyph_dsc_t * g;
    lv_color_t color;
    lv_opa_t opa;
    int32_t rotation;
    lv_point_t pivot;
    lv_draw_buf_t * _draw_buf;       /**< the buffer glyph_data points to */
} lv_draw_glyph_dsc_t;

/** Called for each glyph (dsc set, fill_dsc NULL) or each fill (a selection background, an
 *  underline or strike-through line: dsc NULL, fill_dsc and fill_area set). */
typedef void (*lv_draw_glyph_cb_t)(lv_draw_task_t * t, lv_draw_glyph_dsc_t * dsc, lv_draw_fill_dsc_t * fill_dsc,
                                   const lv_area_t * fill_area);

void lv_draw_glyph_dsc_init(lv_draw_glyph_dsc_t * dsc);
/** Lays the label out as lv_draw_label does and calls cb for each visible glyph and fill
 *  (visible: inside the task's clip area). */
void lv_draw_label_iterate_characters(lv_draw_task_t * t, const lv_draw_label_dsc_t * dsc, const lv_area_t * coords,
                                      lv_draw_glyph_cb_t cb);
/** Calls cb for one letter of `font` whose line box starts at pos (color, opa... from dsc). */
void lv_draw_unit_draw_letter(lv_draw_task_t * t, lv_draw_glyph_dsc_t * dsc, const lv_point_t * pos,
                              const lv_font_t * font, uint32_t letter, lv_draw_glyph_cb_t cb);

#ifdef __cplusplus
}
#endif

#endif
