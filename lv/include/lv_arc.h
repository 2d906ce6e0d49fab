/**
 * @file lv_arc.h
 * Arc: a value shown as an indicator arc over a background arc, with a knob at its end.
 * Angles are in degrees, 0 at 3 o'clock, growing clockwise.
 */
#ifndef LV_ARC_H
#define LV_ARC_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_ARC_MODE_NORMAL,      /**< from the background start towards the end */
    LV_ARC_MODE_SYMMETRICAL, /**< from the middle of the background */
    LV_ARC_MODE_REVERSE,     /**< from the background end backwards */
} lv_arc_mode_t;

extern const lv_obj_class_t lv_arc_class;

lv_obj_t * lv_arc_create(lv_obj_t * parent);
void lv_arc_set_start_angle(lv_obj_t * obj, lv_value_precise_t start);
void lv_arc_set_end_angle(lv_obj_t * obj, lv_value_precise_t end);
void lv_arc_set_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end);
void lv_arc_set_bg_start_angle(lv_obj_t * obj, lv_value_precise_t start);
void lv_arc_set_bg_end_angle(lv_obj_t * obj, lv_value_precise_t end);
void lv_arc_set_bg_angles(lv_obj_t * obj, lv_value_precise_t start, lv_value_precise_t end);
/** Rotates the whole arc (0 = the background starts as set). */
void lv_arc_set_rotation(lv_obj_t * obj, int32_t rotation);
void lv_arc_set_mode(lv_obj_t * obj, lv_arc_mode_t type);
void lv_arc_set_value(lv_obj_t * obj, int32_t value);
void lv_arc_set_range(lv_obj_t * obj, int32_t min, int32_t max);
void lv_arc_set_change_rate(lv_obj_t * obj, uint32_t rate);
void lv_arc_set_knob_offset(lv_obj_t * obj, int32_t offset);
lv_value_precise_t lv_arc_get_angle_start(lv_obj_t * obj);
lv_value_precise_t lv_arc_get_angle_end(lv_obj_t * obj);
lv_value_precise_t lv_arc_get_bg_angle_start(lv_obj_t * obj);
lv_value_precise_t lv_arc_get_bg_angle_end(lv_obj_t * obj);
int32_t lv_arc_get_value(const lv_obj_t * obj);
int32_t lv_arc_get_min_value(const lv_obj_t * obj);
int32_t lv_arc_get_max_value(const lv_obj_t * obj);
lv_arc_mode_t lv_arc_get_mode(const lv_obj_t * obj);
int32_t lv_arc_get_rotation(const lv_obj_t * obj);
int32_t lv_arc_get_knob_offset(const lv_obj_t * obj);
/** Places obj_to_align at the arc's current angle, r_offset outside the indicator's middle. */
void lv_arc_align_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_align, int32_t r_offset);
/** Like lv_arc_align_obj_to_angle, and rotates it to point along the radius. */
void lv_arc_rotate_obj_to_angle(const lv_obj_t * obj, lv_obj_t * obj_to_rotate, int32_t r_offset);

extern const lv_obj_class_t lv_spinner_class;

/** A spinner: an arc spinning forever. */
lv_obj_t * lv_spinner_create(lv_obj_t * parent);
/** t: the time of one turn in ms; angle: the length of the arc in degrees. */
void lv_spinner_set_anim_params(lv_obj_t * obj, uint32_t t, uint32_t angle);

#ifdef __cplusplus
}
#endif

#endif
