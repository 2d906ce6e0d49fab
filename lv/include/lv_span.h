/**
 * @file lv_span.h
 * Span group: rich text made of spans, each with its own style (font, color, decoration,
 * letter/line space), laid out as one flowing text with an indented first line.
 */
#ifndef LV_SPAN_H
#define LV_SPAN_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_SPAN_OVERFLOW_CLIP = 0,
    LV_SPAN_OVERFLOW_ELLIPSIS = 1,
    LV_SPAN_OVERFLOW_LAST = 2,
} lv_span_overflow_t;

typedef enum {
    LV_SPAN_MODE_FIXED = 0,  /**< the size is set by the application */
    LV_SPAN_MODE_EXPAND = 1, /**< one line: the width fits the text */
    LV_SPAN_MODE_BREAK = 2,  /**< fixed width, lines wrap, the height fits the text */
    LV_SPAN_MODE_LAST = 3,
} lv_span_mode_t;

typedef struct _lv_span_t {
    char * txt;
    lv_obj_t * spangroup;
    lv_style_t style;
    uint32_t static_flag : 1;
    struct _lv_span_t * next;
    lv_point_t trailing_pos; /**< where the span's last line ends (relative to the group) */
    int32_t trailing_height;
} lv_span_t;

/** Where a span was laid out: its first line, the full lines, its last line. */
typedef struct {
    lv_area_t heading;
    lv_area_t middle;
    lv_area_t trailing;
} lv_span_coords_t;

extern const lv_obj_class_t lv_spangroup_class;

lv_obj_t * lv_spangroup_create(lv_obj_t * parent);
lv_span_t * lv_spangroup_add_span(lv_obj_t * obj);
void lv_spangroup_delete_span(lv_obj_t * obj, lv_span_t * span);
void lv_spangroup_set_span_text(lv_obj_t * obj, lv_span_t * span, const char * text);
void lv_spangroup_set_span_text_static(lv_obj_t * obj, lv_span_t * span, const char * text);
/** Copies the style's properties into the span's style. */
void lv_spangroup_set_span_style(lv_obj_t * obj, lv_span_t * span, const lv_style_t * style);
void lv_spangroup_set_align(lv_obj_t * obj, lv_text_align_t align);
void lv_spangroup_set_overflow(lv_obj_t * obj, lv_span_overflow_t overflow);
/** Indent of the first line in pixels. */
void lv_spangroup_set_indent(lv_obj_t * obj, int32_t indent);
void lv_spangroup_set_mode(lv_obj_t * obj, lv_span_mode_t mode);
/** At most this many lines (-1: no limit). */
void lv_spangroup_set_max_lines(lv_obj_t * obj, int32_t lines);
/** The span number id (negative: from the end); NULL if none. */
lv_span_t * lv_spangroup_get_child(const lv_obj_t * obj, int32_t id);
uint32_t lv_spangroup_get_span_count(const lv_obj_t * obj);
lv_text_align_t lv_spangroup_get_align(lv_obj_t * obj);
lv_span_overflow_t lv_spangroup_get_overflow(lv_obj_t * obj);
int32_t lv_spangroup_get_indent(lv_obj_t * obj);
lv_span_mode_t lv_spangroup_get_mode(lv_obj_t * obj);
int32_t lv_spangroup_get_max_lines(lv_obj_t * obj);
/** The tallest line height among the spans' fonts (plus their line space). */
int32_t lv_spangroup_get_max_line_height(lv_obj_t * obj);
/** The width of all the text on one line, at most max_width. */
uint32_t lv_spangroup_get_expand_width(lv_obj_t * obj, uint32_t max_width);
/** The height of the text laid out in `width`. */
int32_t lv_spangroup_get_expand_height(lv_obj_t * obj, int32_t width);
lv_span_coords_t lv_spangroup_get_span_coords(lv_obj_t * obj, const lv_span_t * span);
lv_span_t * lv_spangroup_get_span_by_point(lv_obj_t * obj, const lv_point_t * point);
/** Lays the text out again (after changing a span's style). */
void lv_spangroup_refresh(lv_obj_t * obj);
void lv_span_stack_init(void);
void lv_span_stack_deinit(void);
void lv_span_set_text(lv_span_t * span, const char * text);
void lv_span_set_text_static(lv_span_t * span, const char * text);
lv_style_t * lv_span_get_style(lv_span_t * span);
const char * lv_span_get_text(lv_span_t * span);

#ifdef __cplusplus
}
#endif

#endif
