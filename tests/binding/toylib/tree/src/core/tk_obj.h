/**
 * @file tk_obj.h
 * The base object: opaque (its layout is in tk_obj_private.h), flags above bit 30,
 * event callbacks whose user_data comes from a getter, a class descriptor exported with an
 * attribute macro, and functions taking arrays and unnamed function pointers.
 */
#ifndef TK_OBJ_H
#define TK_OBJ_H

#include "../misc/tk_types.h"
#include "../misc/tk_area.h"
#include "../misc/tk_style.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    TK_OBJ_FLAG_HIDDEN = (1L << 0),
    TK_OBJ_FLAG_CLICKABLE = (1L << 1),
    TK_OBJ_FLAG_USER_1 = (1L << 30),
    TK_OBJ_FLAG_USER_2 = (1L << 31),
} tk_obj_flag_t;

typedef enum {
    TK_EVENT_ALL = 0,
    TK_EVENT_CLICKED,
    TK_EVENT_VALUE_CHANGED,
    _TK_EVENT_LAST,
    TK_EVENT_PREPROCESS = 0x8000,
} tk_event_code_t;

typedef void (*tk_event_cb_t)(tk_event_t * e);

TK_ATTRIBUTE_EXTERN_DATA extern const tk_obj_class_t tk_obj_class;

/** Creates a base object; NULL parent: a screen. */
tk_obj_t * tk_obj_create(tk_obj_t * parent);
void tk_obj_delete(tk_obj_t * obj);
void tk_obj_set_pos(tk_obj_t * obj, int32_t x, int32_t y);
void tk_obj_add_flag(tk_obj_t * obj, tk_obj_flag_t f);
bool tk_obj_has_flag(const tk_obj_t * obj, tk_obj_flag_t f);
void tk_obj_align(tk_obj_t * obj, uint8_t align, int32_t x_ofs, int32_t y_ofs);
void tk_obj_add_style(tk_obj_t * obj, const tk_style_t * style, uint32_t selector);
void tk_obj_get_coords(const tk_obj_t * obj, tk_area_t * coords);
tk_obj_t * tk_obj_get_child(const tk_obj_t * obj, int32_t idx);
tk_obj_t * tk_obj_get_screen(const tk_obj_t * obj);
tk_display_t * tk_obj_get_display(const tk_obj_t * obj);
tk_result_t tk_obj_send_event(tk_obj_t * obj, tk_event_code_t code, void * param);

void tk_obj_add_event_cb(tk_obj_t * obj, tk_event_cb_t event_cb, tk_event_code_t filter, void * user_data);
void * tk_event_get_user_data(tk_event_t * e);
tk_obj_t * tk_event_get_target(tk_event_t * e);
tk_event_code_t tk_event_get_code(tk_event_t * e);

/** Sorts the children with a comparison the caller writes in C (an unnamed function pointer). */
void tk_obj_sort_children(tk_obj_t * obj, int (*compare)(const tk_obj_t * a, const tk_obj_t * b));

/** Texts of a button map, terminated by "". */
void tk_obj_set_texts(tk_obj_t * obj, const char * const texts[]);

/** Points of a polyline. */
void tk_obj_set_points(tk_obj_t * obj, const tk_point_t points[], uint32_t count);

/** Timings of a redraw: a public struct with an enum-typed bitfield and a function
 *  pointer field declared without a typedef. */
typedef struct {
    uint32_t start_ms;
    tk_palette_t tint : 8;
    uint32_t pending : 1;
    void (*done_cb)(tk_obj_t * obj, uint32_t elapsed_ms);
    void * user_data;
    int64_t total_us;
} tk_obj_redraw_t;

void tk_obj_get_redraw(const tk_obj_t * obj, tk_obj_redraw_t * out);

/** The children as an array the caller frees (a pointer to pointers). */
uint32_t tk_obj_get_children(const tk_obj_t * obj, tk_obj_t ** out, uint32_t max);

/** Names of the object's states, terminated by NULL. */
const char * const * tk_obj_get_state_names(const tk_obj_t * obj);

/** Kept for old code: marked deprecated in the header. */
void tk_obj_refresh_old(tk_obj_t * obj) __attribute__((deprecated));

/** A handler with an attribute before its return type. */
TK_ATTRIBUTE_TIMER_HANDLER uint32_t tk_timer_handler(void);

/** A cache the application never sees the layout of. */
tk_cache_t * tk_obj_get_cache(tk_obj_t * obj);
uint32_t tk_cache_get_size(const tk_cache_t * cache);

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_OBJ_H*/
