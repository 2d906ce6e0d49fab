/**
 * @file lv_spinbox.h
 * Spin box: a one-line text area showing a number with a fixed digit count and decimal
 * point; the cursor marks the digit that increment/decrement change.
 */
#ifndef LV_SPINBOX_H
#define LV_SPINBOX_H

#include "lv_textarea.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_SPINBOX_MAX_DIGIT_COUNT 10

extern const lv_obj_class_t lv_spinbox_class;

lv_obj_t * lv_spinbox_create(lv_obj_t * parent);
/** Sets the value (clamped to the range). */
void lv_spinbox_set_value(lv_obj_t * obj, int32_t v);
/** Past the ends, continue from the other end instead of stopping. */
void lv_spinbox_set_rollover(lv_obj_t * obj, bool rollover);
/** digit_count digits (1..10), the decimal point after sep_pos of them (0: none). */
void lv_spinbox_set_digit_format(lv_obj_t * obj, uint32_t digit_count, uint32_t sep_pos);
/** The change of one increment: a power of ten, which puts the cursor on that digit. */
void lv_spinbox_set_step(lv_obj_t * obj, uint32_t step);
void lv_spinbox_set_range(lv_obj_t * obj, int32_t range_min, int32_t range_max);
/** Puts the cursor on digit pos (0: the rightmost) and makes the step that digit's weight. */
void lv_spinbox_set_cursor_pos(lv_obj_t * obj, uint32_t pos);
/** Which way step_next moves the cursor (LV_DIR_RIGHT or LV_DIR_LEFT). */
void lv_spinbox_set_digit_step_direction(lv_obj_t * obj, lv_dir_t direction);
bool lv_spinbox_get_rollover(lv_obj_t * obj);
int32_t lv_spinbox_get_value(lv_obj_t * obj);
int32_t lv_spinbox_get_step(lv_obj_t * obj);
/** Moves the step one digit (to the right: divides it by 10). */
void lv_spinbox_step_next(lv_obj_t * obj);
/** Moves the step one digit the other way (multiplies it by 10). */
void lv_spinbox_step_prev(lv_obj_t * obj);
void lv_spinbox_increment(lv_obj_t * obj);
void lv_spinbox_decrement(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
