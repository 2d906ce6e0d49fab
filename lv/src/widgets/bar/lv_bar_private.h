/**
 * @file lv_bar_private.h
 * The bar's instance data, shared with the slider which extends it.
 */
#ifndef LV_BAR_PRIVATE_H
#define LV_BAR_PRIVATE_H

#include "core/lv_obj_private.h"

/** A value moving towards its target; state runs 0..LV_BAR_ANIM_STATE_END. */
typedef struct {
    lv_obj_t * bar;
    int32_t anim_start;
    int32_t anim_end;
    int32_t anim_state; /**< LV_BAR_ANIM_STATE_INV: not animating */
} lv_bar_anim_t;

#define LV_BAR_ANIM_STATE_START 0
#define LV_BAR_ANIM_STATE_END 256
#define LV_BAR_ANIM_STATE_INV (-1)

typedef struct {
    lv_obj_t obj;
    int32_t cur_value;
    int32_t min_value;
    int32_t max_value;
    int32_t start_value;
    lv_area_t indic_area; /**< where the indicator was last drawn (screen coordinates) */
    lv_bar_anim_t cur_value_anim;
    lv_bar_anim_t start_value_anim;
    uint8_t mode : 2;
    uint8_t orientation : 2;
    uint8_t val_reversed : 1; /**< the range was set as (max, min); min/max are kept sorted */
} lv_bar_t;

/** Whether the bar is drawn horizontally (AUTO: wider than tall). */
bool lv_bar_is_horizontal(const lv_obj_t * obj);
/** Whether the indicator grows from the far end: right (horizontal) or top (vertical). */
bool lv_bar_is_reversed(const lv_obj_t * obj);
/** Computes bar->indic_area for the current (animated) values. */
void lv_bar_calc_indic_area(lv_obj_t * obj);

#endif
