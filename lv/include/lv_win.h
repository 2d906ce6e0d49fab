/**
 * @file lv_win.h
 * Window: a header row (buttons with icons and a title) above a content area.
 */
#ifndef LV_WIN_H
#define LV_WIN_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_win_class;

lv_obj_t * lv_win_create(lv_obj_t * parent);
/** A label growing into the header's free space (long texts end with dots). */
lv_obj_t * lv_win_add_title(lv_obj_t * win, const char * txt);
/** A header button btn_w wide with an icon (image source or symbol). */
lv_obj_t * lv_win_add_button(lv_obj_t * win, const void * icon, int32_t btn_w);
lv_obj_t * lv_win_get_header(lv_obj_t * win);
lv_obj_t * lv_win_get_content(lv_obj_t * win);

#ifdef __cplusplus
}
#endif

#endif
