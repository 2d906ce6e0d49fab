/**
 * @file lv_slider.h
 * Slider: a bar with a knob (KNOB part) the user can drag; RANGE mode has two knobs.
 */
#ifndef LV_SLIDER_H
#define LV_SLIDER_H

#include "lv_bar.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_SLIDER_MODE_NORMAL = LV_BAR_MODE_NORMAL,
    LV_SLIDER_MODE_SYMMETRICAL = LV_BAR_MODE_SYMMETRICAL,
    LV_SLIDER_MODE_RANGE = LV_BAR_MODE_RANGE,
} lv_slider_mode_t;

typedef enum {
    LV_SLIDER_ORIENTATION_AUTO = LV_BAR_ORIENTATION_AUTO,
    LV_SLIDER_ORIENTATION_HORIZONTAL = LV_BAR_ORIENTATION_HORIZONTAL,
    LV_SLIDER_ORIENTATION_VERTICAL = LV_BAR_ORIENTATION_VERTICAL,
} lv_slider_orientation_t;

extern const lv_obj_class_t lv_slider_class;

lv_obj_t * lv_slider_create(lv_obj_t * parent);
void lv_slider_set_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim);
/** The left knob's value in RANGE mode. */
void lv_slider_set_start_value(lv_obj_t * obj, int32_t value, lv_anim_enable_t anim);
void lv_slider_set_range(lv_obj_t * obj, int32_t min, int32_t max);
void lv_slider_set_mode(lv_obj_t * obj, lv_slider_mode_t mode);
void lv_slider_set_orientation(lv_obj_t * obj, lv_slider_orientation_t orientation);
int32_t lv_slider_get_value(const lv_obj_t * obj);
int32_t lv_slider_get_left_value(const lv_obj_t * obj);
int32_t lv_slider_get_min_value(const lv_obj_t * obj);
int32_t lv_slider_get_max_value(const lv_obj_t * obj);
/** True while a knob is being dragged. */
bool lv_slider_is_dragged(const lv_obj_t * obj);
lv_slider_mode_t lv_slider_get_mode(lv_obj_t * slider);
lv_slider_orientation_t lv_slider_get_orientation(lv_obj_t * slider);
bool lv_slider_is_symmetrical(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
