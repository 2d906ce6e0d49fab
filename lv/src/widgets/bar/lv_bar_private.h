/**
 * @file lv_bar_private.h
 * The bar's instance data, shared with the slider (which is a bar with knobs).
 */
#ifndef LV_BAR_PRIVATE_H
#define LV_BAR_PRIVATE_H

#include "core/lv_obj_private.h"

/** A running value animation: from anim_start to anim_end, anim_state 0..256 done. */
typedef struct {
    lv_obj_t * bar;
    int32_t anim_start;
    int32_t anim_end;
    int32_t anim_state; /* -1: not animating */
} lv_bar_anim_t;

typedef struct {
    lv_obj_t obj;
    int32_t cur_value;
    int32_t min_value;
    int32_t max_value;
    int32_t start_value;
    lv_area_t indic_area; /**< where the indicator was drawn (the slider puts its knobs there) */
    bool val_reversed;    /**< min > max was set: values grow the other way */
    lv_bar_mode_t mode : 2;
    lv_bar_orientation_t orientation : 2;
    lv_bar_anim_t cur_value_anim;
    lv_bar_anim_t start_value_anim;
} lv_bar_t;

/** Whether obj (a bar or slider) is laid out horizontally. */
bool lv_bar_is_horizontal(lv_obj_t * obj);

#endif
