/**
 * @file lv_spinner.h
 * Spinner: an arc whose indicator keeps running around the full background circle.
 */
#ifndef LV_SPINNER_H
#define LV_SPINNER_H

#include "lv_arc.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_spinner_class;

lv_obj_t * lv_spinner_create(lv_obj_t * parent);
/** t: ms per revolution; angle: the indicator's length in degrees. */
void lv_spinner_set_anim_params(lv_obj_t * obj, uint32_t t, uint32_t angle);

#ifdef __cplusplus
}
#endif

#endif
