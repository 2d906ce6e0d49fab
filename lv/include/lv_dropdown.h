/**
 * @file lv_dropdown.h
 * Drop-down list: a button showing the selected option (or a fixed text) and a symbol
 * (INDICATOR part); opening it shows the options in a list object (lv_dropdownlist_class,
 * SELECTED part for the highlighted option) on the dropdown's screen.
 */
#ifndef LV_DROPDOWN_H
#define LV_DROPDOWN_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_DROPDOWN_POS_LAST 0xFFFF

extern const lv_obj_class_t lv_dropdown_class;
extern const lv_obj_class_t lv_dropdownlist_class;

lv_obj_t * lv_dropdown_create(lv_obj_t * parent);
/** A fixed text shown instead of the selected option (not copied); NULL: the option. */
void lv_dropdown_set_text(lv_obj_t * obj, const char * txt);
/** Options separated by "\n"; copied. */
void lv_dropdown_set_options(lv_obj_t * obj, const char * options);
/** Like lv_dropdown_set_options without copying. */
void lv_dropdown_set_options_static(lv_obj_t * obj, const char * options);
/** Inserts an option at index pos (LV_DROPDOWN_POS_LAST: at the end). */
void lv_dropdown_add_option(lv_obj_t * obj, const char * option, uint32_t pos);
void lv_dropdown_clear_options(lv_obj_t * obj);
void lv_dropdown_set_selected(lv_obj_t * obj, uint32_t sel_opt);
/** Where the list opens: LV_DIR_BOTTOM (default), TOP, LEFT or RIGHT. */
void lv_dropdown_set_dir(lv_obj_t * obj, lv_dir_t dir);
/** An LV_SYMBOL_* text or an image source; NULL: none (the text is centred). */
void lv_dropdown_set_symbol(lv_obj_t * obj, const void * symbol);
void lv_dropdown_set_selected_highlight(lv_obj_t * obj, bool en);
lv_obj_t * lv_dropdown_get_list(lv_obj_t * obj);
const char * lv_dropdown_get_text(lv_obj_t * obj);
const char * lv_dropdown_get_options(const lv_obj_t * obj);
uint32_t lv_dropdown_get_selected(const lv_obj_t * obj);
uint32_t lv_dropdown_get_option_count(const lv_obj_t * obj);
void lv_dropdown_get_selected_str(const lv_obj_t * obj, char * buf, uint32_t buf_size);
/** Index of an option with this exact text, -1 if none. */
int32_t lv_dropdown_get_option_index(lv_obj_t * obj, const char * option);
const char * lv_dropdown_get_symbol(lv_obj_t * obj);
bool lv_dropdown_get_selected_highlight(lv_obj_t * obj);
lv_dir_t lv_dropdown_get_dir(const lv_obj_t * obj);
void lv_dropdown_open(lv_obj_t * dropdown_obj);
void lv_dropdown_close(lv_obj_t * obj);
bool lv_dropdown_is_open(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
