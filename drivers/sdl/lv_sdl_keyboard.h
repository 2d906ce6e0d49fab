/**
 * @file lv_sdl_keyboard.h
 * The keyboard as a keypad input device: typed text (SDL text input, so layouts and
 * compose keys work) becomes characters, and the editing keys become LV_KEY_*:
 * arrows, Enter, Backspace, Delete, Esc, Home, End, Tab (Shift+Tab: previous).
 */
#ifndef LV_SDL_KEYBOARD_H
#define LV_SDL_KEYBOARD_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A keypad indev that types into the default group (a default group is created and set
 *  when there is none, so widgets created afterwards can be focused and typed into).
 *  NULL if no SDL window was created yet or out of memory. */
lv_indev_t * lv_sdl_keyboard_create(void);

#ifdef __cplusplus
}
#endif

#endif
