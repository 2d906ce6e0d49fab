/**
 * @file lv_layout.h
 * Layouts position an object's children: flex and grid are built in, more can be registered.
 */
#ifndef LV_LAYOUT_H
#define LV_LAYOUT_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*lv_layout_update_cb_t)(lv_obj_t *, void * user_data);

/** Registers a layout; returns its id for lv_obj_set_layout / the layout style property. */
uint32_t lv_layout_register(lv_layout_update_cb_t cb, void * user_data);

#ifdef __cplusplus
}
#endif

#endif
