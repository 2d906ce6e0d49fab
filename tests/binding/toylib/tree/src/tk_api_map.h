/**
 * @file tk_api_map.h
 * Old names kept working: macro aliases of functions, of types and of constants, and
 * compatibility wrappers written as static inline functions.
 */
#ifndef TK_API_MAP_H
#define TK_API_MAP_H

#include "core/tk_obj.h"

#define tk_obj_del tk_obj_delete
#define tk_gauge_create tk_meter_create
#define tk_meter_set_scale_range tk_meter_set_range
#define TK_METER_MODE_SYMMETRIC TK_METER_MODE_SYMMETRICAL
typedef tk_point_t tk_pos_t;

/** Moves an object to the given position (the old two-step API). */
static inline void tk_obj_set_xy(tk_obj_t * obj, int32_t x, int32_t y)
{
    tk_obj_set_pos(obj, x, y);
}

#endif /*TK_API_MAP_H*/
