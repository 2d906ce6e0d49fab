/**
 * @file lv_roller.h
 * Roller: options on a vertical drum; the middle row (SELECTED part) is the selected one.
 * INFINITE mode repeats the options so the drum can turn for ever.
 */
#ifndef LV_ROLLER_H
#define LV_ROLLER_H

#include "lv_label.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_ROLLER_MODE_NORMAL = 0,
    LV_ROLLER_MODE_INFINITE = 1,
} lv_roller_mode_t;

extern const lv_obj_class_t lv_roller_class;
extern const lv_obj_class_t lv_roller_label_class;

lv_obj_t * lv_roller_create(lv_obj_t * parent);
/** Options separated by "\n" (copied); selects the first one. */
void lv_roller_set_options(lv_obj_t * obj, const char * options, lv_roller_mode_t mode);
void lv_roller_set_selected(lv_obj_t * obj, uint32_t sel_opt, lv_anim_enable_t anim);
/** Selects the option with this text; false if there is none. */
bool lv_roller_set_selected_str(lv_obj_t * obj, const char * sel_opt, lv_anim_enable_t anim);
/** Sets the height to show this many rows. */
void lv_roller_set_visible_row_count(lv_obj_t * obj, uint32_t row_cnt);
uint32_t lv_roller_get_selected(const lv_obj_t * obj);
void lv_roller_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size);
const char * lv_roller_get_options(const lv_obj_t * obj);
/** The number of options (one page in INFINITE mode). */
uint32_t lv_roller_get_option_count(const lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
