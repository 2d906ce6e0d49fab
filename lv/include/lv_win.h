/**
 * @file lv_win.h
 * Window: a column holding a header (a flex row of buttons and a title) and a content area
 * that takes the remaining height.
 */
#ifndef LV_WIN_H
#define LV_WIN_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_win_class;

lv_obj_t * lv_win_create(lv_obj_t * parent);
/** A label in the header taking the free width; long texts end with "...". */
lv_obj_t * lv_win_add_title(lv_obj_t * win, const char * txt);
/** A button in the header, btn_w wide and as tall as the header, with an icon (image source or symbol, may be NULL). */
lv_obj_t * lv_win_add_button(lv_obj_t * win, const void * icon, int32_t btn_w);
lv_obj_t * lv_win_get_header(lv_obj_t * win);
lv_obj_t * lv_win_get_content(lv_obj_t * win);

#ifdef __cplusplus
}
#endif

#endif
