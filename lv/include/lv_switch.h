/**
 * @file lv_switch.h
 * Switch: a checkable track (MAIN), a fill shown when checked (INDICATOR) and a knob (KNOB)
 * sliding between the ends.
 */
#ifndef LV_SWITCH_H
#define LV_SWITCH_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_SWITCH_ORIENTATION_AUTO = 0,
    LV_SWITCH_ORIENTATION_HORIZONTAL = 1,
    LV_SWITCH_ORIENTATION_VERTICAL = 2,
} lv_switch_orientation_t;

extern const lv_obj_class_t lv_switch_class;

lv_obj_t * lv_switch_create(lv_obj_t * parent);
void lv_switch_set_orientation(lv_obj_t * obj, lv_switch_orientation_t orientation);
lv_switch_orientation_t lv_switch_get_orientation(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
