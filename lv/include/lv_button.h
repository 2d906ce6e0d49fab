/**
 * @file lv_button.h
 * Button: a clickable object sized to its content, styled as a button by the theme.
 */
#ifndef LV_BUTTON_H
#define LV_BUTTON_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_button_class;

lv_obj_t * lv_button_create(lv_obj_t * parent);

#ifdef __cplusplus
}
#endif

#endif
