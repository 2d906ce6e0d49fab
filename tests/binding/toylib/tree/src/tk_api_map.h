/**
 * @file tk_api_map.h
 * Old names kept working: macro aliases of functions, of types and of constants, and
 * compatibility wrappers written as static inline functions.
 */
#ifndef TK_API_MAP_H
#define TK_API_MAP_H

#include "core/tk_obj.h"

#define tk_obj_del tk_obj_delete
#define tk_obj_remove tk_obj_del          /* an alias of an alias */
#define tk_obj_clear tk_obj_clean_old      /* defined further down: the order does not matter */
#define tk_obj_clean_old tk_obj_remove
#define _tk_obj_delete_internal tk_obj_delete  /* private by its underscore */
#define tk_gauge_create tk_meter_create
#define tk_meter_set_scale_range tk_meter_set_range
#define TK_METER_MODE_SYMMETRIC TK_METER_MODE_SYMMETRICAL
typedef tk_point_t tk_pos_t;
typedef tk_result_t tk_res_t;                  /* an enum type's old name */
typedef tk_display_t tk_disp_t;                /* an opaque struct's old name */
typedef tk_event_cb_t tk_event_handler_t;      /* a callback type's old name */
#define TK_RES_OK TK_RESULT_OK

/** The old spelling, with an attribute between `inline` and the return type. */
static inline TK_ATTRIBUTE_TIMER_HANDLER uint32_t tk_task_handler(void)
{
    return tk_timer_handler();
}

/** Registration written with the old callback type name. */
void tk_obj_add_handler(tk_obj_t * obj, tk_event_handler_t handler, void * user_data);
tk_res_t tk_disp_refresh(tk_disp_t * disp);

/** Moves an object to the given position (the old two-step API). */
static inline void tk_obj_set_xy(tk_obj_t * obj, int32_t x, int32_t y)
{
    tk_obj_set_pos(obj, x, y);
}

#if TK_USE_METER
/** Renamed: a plain `static` (not inline) wrapper, as a compatibility map may write. */
static void tk_meter_set_span(tk_obj_t* obj, int32_t min, int32_t max) {
    tk_meter_set_range(obj, min, max);
}
#endif

#endif /*TK_API_MAP_H*/
