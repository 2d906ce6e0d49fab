/**
 * @file lv_line.h
 * Line: a polyline through points relative to the object's top-left (line_* styles).
 */
#ifndef LV_LINE_H
#define LV_LINE_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_line_class;

lv_obj_t * lv_line_create(lv_obj_t * parent);
/** Uses the points without copying: the array must stay valid while the line uses it. */
void lv_line_set_points(lv_obj_t * obj, const lv_point_precise_t points[], uint32_t point_num);
/** Like lv_line_set_points, but the array may be changed later (then call lv_obj_invalidate). */
void lv_line_set_points_mutable(lv_obj_t * obj, lv_point_precise_t points[], uint32_t point_num);
/** y grows upwards from the bottom of the object. */
void lv_line_set_y_invert(lv_obj_t * obj, bool en);
const lv_point_precise_t * lv_line_get_points(lv_obj_t * obj);
uint32_t lv_line_get_point_count(lv_obj_t * obj);
bool lv_line_is_point_array_mutable(lv_obj_t * obj);
/** NULL when the points were set as constant. */
lv_point_precise_t * lv_line_get_points_mutable(lv_obj_t * obj);
bool lv_line_get_y_invert(const lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
