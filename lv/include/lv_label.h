/**
 * @file lv_label.h
 * Label: text with long modes (wrap, dots, scroll, circular scroll, clip) and recoloring.
 */
#ifndef LV_LABEL_H
#define LV_LABEL_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_LABEL_DOT_NUM 3
#define LV_LABEL_POS_LAST 0xFFFF
#define LV_LABEL_TEXT_SELECTION_OFF 0xFFFF
#define LV_LABEL_DEFAULT_TEXT "Text"

typedef enum {
    LV_LABEL_LONG_MODE_WRAP,
    LV_LABEL_LONG_MODE_DOTS,
    LV_LABEL_LONG_MODE_SCROLL,
    LV_LABEL_LONG_MODE_SCROLL_CIRCULAR,
    LV_LABEL_LONG_MODE_CLIP,
} lv_label_long_mode_t;

extern const lv_obj_class_t lv_label_class;

lv_obj_t * lv_label_create(lv_obj_t * parent);
void lv_label_set_text(lv_obj_t * obj, const char * text);
void lv_label_set_text_fmt(lv_obj_t * obj, const char * fmt, ...);
void lv_label_set_text_static(lv_obj_t * obj, const char * text);
void lv_label_set_long_mode(lv_obj_t * obj, lv_label_long_mode_t long_mode);
void lv_label_set_recolor(lv_obj_t * obj, bool en);
void lv_label_set_text_selection_start(lv_obj_t * obj, uint32_t index);
void lv_label_set_text_selection_end(lv_obj_t * obj, uint32_t index);
char * lv_label_get_text(const lv_obj_t * obj);
lv_label_long_mode_t lv_label_get_long_mode(const lv_obj_t * obj);
bool lv_label_get_recolor(const lv_obj_t * obj);
uint32_t lv_label_get_text_selection_start(const lv_obj_t * obj);
uint32_t lv_label_get_text_selection_end(const lv_obj_t * obj);
void lv_label_ins_text(lv_obj_t * obj, uint32_t pos, const char * txt);
void lv_label_cut_text(lv_obj_t * obj, uint32_t pos, uint32_t cnt);

#ifdef __cplusplus
}
#endif

#endif
