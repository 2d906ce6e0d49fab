/**
 * @file lv_tabview.h
 * Tab view: a tab bar of buttons and a content area with one page per tab, scrolled to the
 * active tab.
 */
#ifndef LV_TABVIEW_H
#define LV_TABVIEW_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_tabview_class;

lv_obj_t * lv_tabview_create(lv_obj_t * parent);
/** Adds a tab (a button on the bar and a page); returns the page. */
lv_obj_t * lv_tabview_add_tab(lv_obj_t * obj, const char * name);
void lv_tabview_rename_tab(lv_obj_t * obj, uint32_t idx, const char * new_name);
void lv_tabview_set_active(lv_obj_t * obj, uint32_t idx, lv_anim_enable_t anim_en);
/** LV_DIR_TOP (default), BOTTOM, LEFT or RIGHT. */
void lv_tabview_set_tab_bar_position(lv_obj_t * obj, lv_dir_t dir);
/** Height (top/bottom bar) or width (left/right bar) of the tab bar. */
void lv_tabview_set_tab_bar_size(lv_obj_t * obj, int32_t size);
uint32_t lv_tabview_get_tab_count(lv_obj_t * obj);
uint32_t lv_tabview_get_tab_active(lv_obj_t * obj);
lv_obj_t * lv_tabview_get_content(lv_obj_t * obj);
lv_obj_t * lv_tabview_get_tab_bar(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
