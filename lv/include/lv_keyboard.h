/**
 * @file lv_keyboard.h
 * On-screen keyboard: a button matrix with built-in maps (lower/upper case text, special
 * characters, numbers) that types into an attached text area.
 */
#ifndef LV_KEYBOARD_H
#define LV_KEYBOARD_H

#include "lv_buttonmatrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_KEYBOARD_MODE_TEXT_LOWER = 0x0,
    LV_KEYBOARD_MODE_TEXT_UPPER = 0x1,
    LV_KEYBOARD_MODE_SPECIAL = 0x2,
    LV_KEYBOARD_MODE_NUMBER = 0x3,
    LV_KEYBOARD_MODE_USER_1 = 0x4,
    LV_KEYBOARD_MODE_USER_2 = 0x5,
    LV_KEYBOARD_MODE_USER_3 = 0x6,
    LV_KEYBOARD_MODE_USER_4 = 0x7,
} lv_keyboard_mode_t;

extern const lv_obj_class_t lv_keyboard_class;

lv_obj_t * lv_keyboard_create(lv_obj_t * parent);
/** The text area the keys type into (NULL: none); it gets the FOCUSED state so its cursor shows. */
void lv_keyboard_set_textarea(lv_obj_t * kb, lv_obj_t * ta);
void lv_keyboard_set_mode(lv_obj_t * kb, lv_keyboard_mode_t mode);
/** Show the pressed key enlarged above it (keys flagged LV_BUTTONMATRIX_CTRL_POPOVER). */
void lv_keyboard_set_popovers(lv_obj_t * kb, bool en);
/** Replaces the map of a mode for every keyboard; the arrays must stay valid. */
void lv_keyboard_set_map(lv_obj_t * kb, lv_keyboard_mode_t mode, const char * const map[],
                         const lv_buttonmatrix_ctrl_t ctrl_map[]);
lv_obj_t * lv_keyboard_get_textarea(const lv_obj_t * kb);
lv_keyboard_mode_t lv_keyboard_get_mode(const lv_obj_t * kb);
bool lv_keyboard_get_popovers(const lv_obj_t * obj);
const char * const * lv_keyboard_get_map_array(const lv_obj_t * kb);
uint32_t lv_keyboard_get_selected_button(const lv_obj_t * obj);
const char * lv_keyboard_get_button_text(const lv_obj_t * obj, uint32_t btn_id);
/** The keyboard's VALUE_CHANGED handler: switches modes, sends READY/CANCEL, types into the text area. */
void lv_keyboard_def_event_cb(lv_event_t * e);

#ifdef __cplusplus
}
#endif

#endif
