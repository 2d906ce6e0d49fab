/**
 * @file lv_checkbox.h
 * Checkbox: a tick box (INDICATOR, drawn with the LV_SYMBOL_OK bg image when checked) and a text.
 */
#ifndef LV_CHECKBOX_H
#define LV_CHECKBOX_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_checkbox_class;

lv_obj_t * lv_checkbox_create(lv_obj_t * parent);
/** Copies the text ("\n" breaks lines). */
void lv_checkbox_set_text(lv_obj_t * obj, const char * txt);
/** Uses the text without copying: it must stay valid while the checkbox lives. */
void lv_checkbox_set_text_static(lv_obj_t * obj, const char * txt);
const char * lv_checkbox_get_text(const lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
