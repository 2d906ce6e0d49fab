/**
 * @file lv_textarea.h
 * Text area: an editable text (a label inside a scrollable box) with a cursor (CURSOR
 * part, blinking with its anim_duration), a placeholder (LV_PART_TEXTAREA_PLACEHOLDER),
 * one-line and password modes, accepted characters, a maximum length and selection.
 */
#ifndef LV_TEXTAREA_H
#define LV_TEXTAREA_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_TEXTAREA_CURSOR_LAST (0x7FFF)
#define LV_PART_TEXTAREA_PLACEHOLDER LV_PART_CUSTOM_FIRST

extern const lv_obj_class_t lv_textarea_class;

lv_obj_t * lv_textarea_create(lv_obj_t * parent);
/** Inserts a character (Unicode, or UTF-8 packed as lv_text_unicode_to_encoded gives) at the cursor. */
void lv_textarea_add_char(lv_obj_t * obj, uint32_t c);
/** Inserts a text at the cursor (filtered by the accepted characters and the maximum length). */
void lv_textarea_add_text(lv_obj_t * obj, const char * txt);
/** Deletes the character before the cursor. */
void lv_textarea_delete_char(lv_obj_t * obj);
/** Deletes the character after the cursor. */
void lv_textarea_delete_char_forward(lv_obj_t * obj);
void lv_textarea_set_text(lv_obj_t * obj, const char * txt);
void lv_textarea_set_placeholder_text(lv_obj_t * obj, const char * txt);
/** Character index; negative counts from the end; LV_TEXTAREA_CURSOR_LAST: after the last one. */
void lv_textarea_set_cursor_pos(lv_obj_t * obj, int32_t pos);
void lv_textarea_set_cursor_click_pos(lv_obj_t * obj, bool en);
/** Shows bullets instead of the characters (a new character shows for the show time). */
void lv_textarea_set_password_mode(lv_obj_t * obj, bool en);
void lv_textarea_set_password_bullet(lv_obj_t * obj, const char * bullet);
/** One line: no line breaks, the height fits one line, the text scrolls horizontally. */
void lv_textarea_set_one_line(lv_obj_t * obj, bool en);
/** Only these characters can be added (the list is not copied); NULL: all. */
void lv_textarea_set_accepted_chars(lv_obj_t * obj, const char * list);
/** Maximum number of characters; 0: no limit. */
void lv_textarea_set_max_length(lv_obj_t * obj, uint32_t num);
/** From an LV_EVENT_INSERT handler: insert this text instead ("" drops the insertion). */
void lv_textarea_set_insert_replace(lv_obj_t * obj, const char * txt);
void lv_textarea_set_text_selection(lv_obj_t * obj, bool en);
void lv_textarea_set_password_show_time(lv_obj_t * obj, uint32_t time);
void lv_textarea_set_align(lv_obj_t * obj, lv_text_align_t align);
/** The real text (not the bullets in password mode). */
const char * lv_textarea_get_text(const lv_obj_t * obj);
const char * lv_textarea_get_placeholder_text(lv_obj_t * obj);
lv_obj_t * lv_textarea_get_label(const lv_obj_t * obj);
uint32_t lv_textarea_get_cursor_pos(const lv_obj_t * obj);
bool lv_textarea_get_cursor_click_pos(lv_obj_t * obj);
bool lv_textarea_get_password_mode(const lv_obj_t * obj);
const char * lv_textarea_get_password_bullet(lv_obj_t * obj);
bool lv_textarea_get_one_line(const lv_obj_t * obj);
const char * lv_textarea_get_accepted_chars(lv_obj_t * obj);
uint32_t lv_textarea_get_max_length(lv_obj_t * obj);
bool lv_textarea_text_is_selected(const lv_obj_t * obj);
bool lv_textarea_get_text_selection(lv_obj_t * obj);
uint32_t lv_textarea_get_password_show_time(lv_obj_t * obj);
/** The character before the cursor (0 at the start). */
uint32_t lv_textarea_get_current_char(lv_obj_t * obj);
void lv_textarea_clear_selection(lv_obj_t * obj);
void lv_textarea_cursor_right(lv_obj_t * obj);
void lv_textarea_cursor_left(lv_obj_t * obj);
void lv_textarea_cursor_down(lv_obj_t * obj);
void lv_textarea_cursor_up(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
