/**
 * @file lv_menu.h
 * Menu: pages of sections and containers shown in a main area (with a header holding a back
 * button and the page title) and optionally a sidebar page; items load pages when clicked.
 */
#ifndef LV_MENU_H
#define LV_MENU_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_MENU_HEADER_TOP_FIXED = 0,
    LV_MENU_HEADER_TOP_UNFIXED = 1,
    LV_MENU_HEADER_BOTTOM_FIXED = 2,
} lv_menu_mode_header_t;

typedef enum {
    LV_MENU_ROOT_BACK_BUTTON_DISABLED = 0,
    LV_MENU_ROOT_BACK_BUTTON_ENABLED = 1,
} lv_menu_mode_root_back_button_t;

extern const lv_obj_class_t lv_menu_class;
extern const lv_obj_class_t lv_menu_page_class;
extern const lv_obj_class_t lv_menu_cont_class;
extern const lv_obj_class_t lv_menu_section_class;
extern const lv_obj_class_t lv_menu_separator_class;
extern const lv_obj_class_t lv_menu_sidebar_cont_class;
extern const lv_obj_class_t lv_menu_main_cont_class;
extern const lv_obj_class_t lv_menu_sidebar_header_cont_class;
extern const lv_obj_class_t lv_menu_main_header_cont_class;

lv_obj_t * lv_menu_create(lv_obj_t * parent);
/** A page kept by the menu until shown; title NULL: none (copied). */
lv_obj_t * lv_menu_page_create(lv_obj_t * menu, const char * const title);
lv_obj_t * lv_menu_cont_create(lv_obj_t * parent);
lv_obj_t * lv_menu_section_create(lv_obj_t * parent);
lv_obj_t * lv_menu_separator_create(lv_obj_t * parent);
/** Shows a page in the main area (NULL: none, and forgets the history). */
void lv_menu_set_page(lv_obj_t * obj, lv_obj_t * page);
void lv_menu_set_page_title(lv_obj_t * page, const char * const title);
void lv_menu_set_page_title_static(lv_obj_t * page, const char * const title);
/** Shows a page in a sidebar (created on first use); NULL removes the sidebar. */
void lv_menu_set_sidebar_page(lv_obj_t * obj, lv_obj_t * page);
void lv_menu_set_mode_header(lv_obj_t * obj, lv_menu_mode_header_t mode);
void lv_menu_set_mode_root_back_button(lv_obj_t * obj, lv_menu_mode_root_back_button_t mode);
/** Clicking obj loads page. */
void lv_menu_set_load_page_event(lv_obj_t * menu, lv_obj_t * obj, lv_obj_t * page);
lv_obj_t * lv_menu_get_cur_main_page(lv_obj_t * obj);
lv_obj_t * lv_menu_get_cur_sidebar_page(lv_obj_t * obj);
lv_obj_t * lv_menu_get_main_header(lv_obj_t * obj);
lv_obj_t * lv_menu_get_main_header_back_button(lv_obj_t * obj);
lv_obj_t * lv_menu_get_sidebar_header(lv_obj_t * obj);
lv_obj_t * lv_menu_get_sidebar_header_back_button(lv_obj_t * obj);
/** Whether obj is the root back button (the sidebar's, or the main one without sidebar at depth 1). */
bool lv_menu_back_button_is_root(lv_obj_t * menu, lv_obj_t * obj);
void lv_menu_clear_history(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
