/**
 * @file lv_bar.h
 * Bar: a background (MAIN) and an indicator (INDICATOR) showing a value in a range, from
 * the minimum (NORMAL), from zero (SYMMETRICAL) or from a start value (RANGE).
 */
#ifndef LV_BAR_H
#define LV_BAR_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_BAR_MODE_NORMAL = 0,
    LV_BAR_MODE_SYMMETRICAL = 1,
    LV_BAR_MODE_RANGE = 2,
} lv_bar_mode_t;

typedef enum {
    LV_BAR_ORIENTATION_AUTO = 0,
    LV_BAR_ORIENTATION_HORIZONTAL = 1,
    LV_BAR_ORIENTATION_VERTICAL = 2,
} lv_bar_orientation_t;

extern const lv_obj_class_t lv_bar_class;

lv_obj_t * lv_bar_create(lv_obj_t * parent);
/** Sets the value (clamped to the range); with LV_ANIM_ON the indicator moves in anim_duration. */
void lv_bar_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim);
/** Sets the start value used in RANGE mode (clamped between the minimum and the value). */
void lv_bar_set_start_value(lv_obj_t * obj, int32_t start_value, lv_anim_enable_t anim);
/** Sets the range; min > max draws the bar reversed. */
void lv_bar_set_range(lv_obj_t * obj, int32_t min, int32_t max);
void lv_bar_set_mode(lv_obj_t * obj, lv_bar_mode_t mode);
void lv_bar_set_orientation(lv_obj_t * obj, lv_bar_orientation_t orientation);
int32_t lv_bar_get_value(const lv_obj_t * obj);
int32_t lv_bar_get_start_value(const lv_obj_t * obj);
int32_t lv_bar_get_min_value(const lv_obj_t * obj);
int32_t lv_bar_get_max_value(const lv_obj_t * obj);
lv_bar_mode_t lv_bar_get_mode(lv_obj_t * obj);
lv_bar_orientation_t lv_bar_get_orientation(lv_obj_t * obj);
/** True in SYMMETRICAL mode when the range spans zero. */
bool lv_bar_is_symmetrical(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
