/**
 * @file lv_span.h
 * Span group: rich text made of spans, each with its own style (color, font, decoration...),
 * laid out as one flowing text.
 */
#ifndef LV_SPAN_H
#define LV_SPAN_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_SPAN_OVERFLOW_CLIP = 0x0,
    LV_SPAN_OVERFLOW_ELLIPSIS = 0x1,
    LV_SPAN_OVERFLOW_LAST = 0x2,
} lv_span_overflow_t;

typedef enum {
    LV_SPAN_MODE_FIXED = 0x0,  /**< the object keeps its size */
    LV_SPAN_MODE_EXPAND = 0x1, /**< one line: the object is as wide as the text */
    LV_SPAN_MODE_BREAK = 0x2,  /**< lines wrap at the width; the height follows the text */
    LV_SPAN_MODE_LAST = 0x3,
} lv_span_mode_t;

typedef struct _lv_span_t lv_span_t;

typedef struct {
    lv_area_t heading;
    lv_area_t middle;
    lv_area_t trailing;
} lv_span_coords_t;

extern const lv_obj_class_t lv_spangroup_class;

/** Kept for API compatibility: spans need no global state here. */
void lv_span_stack_init(void);
void lv_span_stack_deinit(void);

lv_obj_t * lv_spangroup_create(lv_obj_t * parent);
lv_span_t * lv_spangroup_add_span(lv_obj_t * obj);
void lv_spangroup_delete_span(lv_obj_t * obj, lv_span_t * span);
/** Sets a span's text (copied). Call lv_spangroup_refresh after changing spans directly. */
void lv_span_set_text(lv_span_t * span, const char * text);
/** Sets a span's text (not copied: must stay valid). */
void lv_span_set_text_static(lv_span_t * span, const char * text);
void lv_spangroup_set_span_text(lv_obj_t * obj, lv_span_t * span, const char * text);
void lv_spangroup_set_span_text_static(lv_obj_t * obj, lv_span_t * span, const char * text);
/** Copies style into the span's own style. */
void lv_spangroup_set_span_style(lv_obj_t * obj, lv_span_t * span, const lv_style_t * style);
void lv_spangroup_set_align(lv_obj_t * obj, lv_text_align_t align);
void lv_spangroup_set_overflow(lv_obj_t * obj, lv_span_overflow_t overflow);
/** Indent of the first line in pixels. */
void lv_spangroup_set_indent(lv_obj_t * obj, int32_t indent);
void lv_spangroup_set_mode(lv_obj_t * obj, lv_span_mode_t mode);
/** At most this many lines (negative: no limit). */
void lv_spangroup_set_max_lines(lv_obj_t * obj, int32_t lines);
/** The span's own style: set text properties on it, then call lv_spangroup_refresh. */
lv_style_t * lv_span_get_style(lv_span_t * span);
const char * lv_span_get_text(lv_span_t * span);
/** Span number id (negative: from the end), or NULL. */
lv_span_t * lv_spangroup_get_child(const lv_obj_t * obj, int32_t id);
uint32_t lv_spangroup_get_span_count(const lv_obj_t * obj);
lv_text_align_t lv_spangroup_get_align(lv_obj_t * obj);
lv_span_overflow_t lv_spangroup_get_overflow(lv_obj_t * obj);
int32_t lv_spangroup_get_indent(lv_obj_t * obj);
lv_span_mode_t lv_spangroup_get_mode(lv_obj_t * obj);
int32_t lv_spangroup_get_max_lines(lv_obj_t * obj);
/** Height of the tallest span font's line. */
int32_t lv_spangroup_get_max_line_height(lv_obj_t * obj);
/** Width of all spans on one line (at most max_width). */
uint32_t lv_spangroup_get_expand_width(lv_obj_t * obj, uint32_t max_width);
/** Height of the text laid out in `width`. */
int32_t lv_spangroup_get_expand_height(lv_obj_t * obj, int32_t width);
/** Re-lays out the text after spans were changed. */
void lv_spangroup_refresh(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
