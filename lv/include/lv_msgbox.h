/**
 * @file lv_msgbox.h
 * Message box: a column with an optional header (title and header buttons, e.g. close), a
 * content area (texts or any widget) and an optional footer with buttons. Created with a
 * NULL parent it is modal: it sits on a dimming backdrop on the top layer.
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

lv_obj_t * lv_msgbox_create(lv_obj_t * parent);
/** Sets (creating the header if needed) the title; returns its label. */
lv_obj_t * lv_msgbox_add_title(lv_obj_t * obj, const char * title);
/** Adds a button with an icon (image source or symbol) to the header's right. */
lv_obj_t * lv_msgbox_add_header_button(lv_obj_t * obj, const void * icon);
/** Adds a wrapped text to the content; returns the label. */
lv_obj_t * lv_msgbox_add_text(lv_obj_t * obj, const char * text);
lv_obj_t * lv_msgbox_add_footer_button(lv_obj_t * obj, const char * text);
/** A header button with LV_SYMBOL_CLOSE that closes the message box when clicked. */
lv_obj_t * lv_msgbox_add_close_button(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_header(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_footer(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_content(lv_obj_t * obj);
lv_obj_t * lv_msgbox_get_title(lv_obj_t * obj);
/** Deletes the message box (and its backdrop if it made one). */
void lv_msgbox_close(lv_obj_t * mbox);
/** Like lv_msgbox_close, at the next timer run (safe from the box's own event handlers). */
void lv_msgbox_close_async(lv_obj_t * mbox);

#ifdef __cplusplus
}
#endif

#endif
