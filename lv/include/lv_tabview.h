/**
 * @file lv_tabview.h
 * Tab view: a tab bar of buttons (child 0) and a content area (child 1) holding one page per
 * tab side by side; the content scrolls one page at a time and the bar follows it.
 */
#ifndef LV_TABVIEW_H
#define LV_TABVIEW_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_tabview_class;

lv_obj_t * lv_tabview_create(lv_obj_t * parent);
/** Adds a page and its button in the tab bar; returns the page. The first tab becomes active. */
lv_obj_t * lv_tabview_add_tab(lv_obj_t * obj, const char * name);
void lv_tabview_rename_tab(lv_obj_t * obj, uint32_t idx, const char * new_name);
void lv_tabview_set_active(lv_obj_t * obj, uint32_t idx, lv_anim_enable_t anim_en);
void lv_tabview_set_tab_bar_position(lv_obj_t * obj, lv_dir_t dir);
/** Height of a top/bottom tab bar, width of a left/right one. */
void lv_tabview_set_tab_bar_size(lv_obj_t * obj, int32_t size);
uint32_t lv_tabview_get_tab_count(lv_obj_t * obj);
uint32_t lv_tabview_get_tab_active(lv_obj_t * obj);
lv_obj_t * lv_tabview_get_content(lv_obj_t * obj);
lv_obj_t * lv_tabview_get_tab_bar(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
