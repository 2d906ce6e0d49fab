/**
 * @file lv_bar.h
 * Bar: a value shown as an indicator filling part of a track (normal, symmetrical around
 * zero, or a range between a start and an end value).
 */
#ifndef LV_BAR_H
#define LV_BAR_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_BAR_MODE_NORMAL,
    LV_BAR_MODE_SYMMETRICAL, /**< from zero to the value (negative values go the other way) */
    LV_BAR_MODE_RANGE,       /**< from the start value to the value */
} lv_bar_mode_t;

typedef enum {
    LV_BAR_ORIENTATION_AUTO,
    LV_BAR_ORIENTATION_HORIZONTAL,
    LV_BAR_ORIENTATION_VERTICAL,
} lv_bar_orientation_t;

extern const lv_obj_class_t lv_bar_class;

lv_obj_t * lv_bar_create(lv_obj_t * parent);
void lv_bar_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim);
void lv_bar_set_start_value(lv_obj_t * obj, int32_t start_value, lv_anim_enable_t anim);
void lv_bar_set_range(lv_obj_t * obj, int32_t min, int32_t max);
void lv_bar_set_mode(lv_obj_t * obj, lv_bar_mode_t mode);
void lv_bar_set_orientation(lv_obj_t * obj, lv_bar_orientation_t orientation);
int32_t lv_bar_get_value(const lv_obj_t * obj);
int32_t lv_bar_get_start_value(const lv_obj_t * obj);
int32_t lv_bar_get_min_value(const lv_obj_t * obj);
int32_t lv_bar_get_max_value(const lv_obj_t * obj);
lv_bar_mode_t lv_bar_get_mode(lv_obj_t * obj);
lv_bar_orientation_t lv_bar_get_orientation(lv_obj_t * obj);
bool lv_bar_is_symmetrical(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
