/**
 * @file lv_roller.h
 * Roller: a list of options scrolled vertically with the selected one in the middle row.
 */
#ifndef LV_ROLLER_H
#define LV_ROLLER_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_ROLLER_MODE_NORMAL = 0x0,
    LV_ROLLER_MODE_INFINITE = 0x1, /**< the options repeat so the roller can turn forever */
} lv_roller_mode_t;

extern const lv_obj_class_t lv_roller_class;
extern const lv_obj_class_t lv_roller_label_class;

lv_obj_t * lv_roller_create(lv_obj_t * parent);
/** Options separated by '\n'. */
void lv_roller_set_options(lv_obj_t * obj, const char * options, lv_roller_mode_t mode);
void lv_roller_set_selected(lv_obj_t * obj, uint32_t sel_opt, lv_anim_enable_t anim);
/** Selects the option with this text; false if there is none. */
bool lv_roller_set_selected_str(lv_obj_t * obj, const char * sel_opt, lv_anim_enable_t anim);
/** Sets the height to show row_cnt rows. */
void lv_roller_set_visible_row_count(lv_obj_t * obj, uint32_t row_cnt);
uint32_t lv_roller_get_selected(const lv_obj_t * obj);
void lv_roller_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size);
const char * lv_roller_get_options(const lv_obj_t * obj);
uint32_t lv_roller_get_option_count(const lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
