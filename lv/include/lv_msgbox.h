/**
 * @file lv_msgbox.h
 * Message box: a card with an optional header (title and buttons), a content area of texts
 * and an optional footer of buttons; modal over a dimmed backdrop when created without parent.
 */
#ifndef LV_MSGBOX_H
#define LV_MSGBOX_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_msgbox_class;
extern const lv_obj_class_t lv_msgbox_header_class;
extern const lv_obj_class_t lv_msgbox_content_class;
extern const lv_obj_class_t lv_msgbox_footer_class;
extern const lv_obj_class_t lv_msgbox_header_button_class;
extern const lv_obj_class_t lv_msgbox_footer_button_class;
extern const lv_obj_class_t lv_msgbox_backdrop_class;

/** parent NULL: a modal box on the top layer, over a backdrop catching the clicks. */
lv_obj_t * lv_msgbox_create(lv_obj_t * parent);
lv_obj_t * lv_msgbox_add_title(lv_obj_t * obj, const char * title);
lv_obj_t * lv_msgbox_add_header_button(lv_obj_t * obj, const void * icon);
lv_obj_t * lv_msgbox_add_text(lv_obj_t * obj, const char * text);
lv_obj_t * lv_msgbox_add_footer_button(lv_obj_t * obj, const char * text);
/** A header button with LV_SYMBOL_CLOSE that closes the box. */
lv_obj_t * lv_msgbox_add_close_button(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_header(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_footer(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_content(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_title(lv_obj_t * obj);
void lv_msgbox_close(lv_obj_t * mbox);
void lv_msgbox_close_async(lv_obj_t * mbox);

#ifdef __cplusplus
}
#endif

#endif
