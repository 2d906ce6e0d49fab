/**
 * @file lv_spinbox.h
 * Spin box: a one-line text area showing a number with a fixed digit count and an optional
 * decimal point; the digit under the cursor is the one incremented/decremented.
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
void lv_spinbox_set_value(lv_obj_t * obj, int32_t v);
/** Wrap around from max to min (and back) when stepping. */
void lv_spinbox_set_rollover(lv_obj_t * obj, bool rollover);
/** digit_count digits (at most LV_SPINBOX_MAX_DIGIT_COUNT), sep_pos of them before the decimal point (0: none). */
void lv_spinbox_set_digit_format(lv_obj_t * obj, uint32_t digit_count, uint32_t sep_pos);
/** The step: a power of ten selecting the digit under the cursor. */
void lv_spinbox_set_step(lv_obj_t * obj, uint32_t step);
void lv_spinbox_set_range(lv_obj_t * obj, int32_t range_min, int32_t range_max);
/** Cursor on digit pos counted from the right (0: the last digit). */
void lv_spinbox_set_cursor_pos(lv_obj_t * obj, uint32_t pos);
/** Which way lv_spinbox_step_next moves the cursor (LV_DIR_RIGHT by default). */
void lv_spinbox_set_digit_step_direction(lv_obj_t * obj, lv_dir_t direction);
bool lv_spinbox_get_rollover(lv_obj_t * obj);
int32_t lv_spinbox_get_value(lv_obj_t * obj);
int32_t lv_spinbox_get_step(lv_obj_t * obj);
/** Step to the next less significant digit. */
void lv_spinbox_step_next(lv_obj_t * obj);
/** Step to the next more significant digit. */
void lv_spinbox_step_prev(lv_obj_t * obj);
void lv_spinbox_increment(lv_obj_t * obj);
void lv_spinbox_decrement(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
