/**
 * @file lv_sdl_mouse.h
 * The mouse over SDL windows as a pointer input device (left button = pressed).
 */
#ifndef LV_SDL_MOUSE_H
#define LV_SDL_MOUSE_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A pointer indev fed by the mouse; coordinates follow the window's zoom. NULL if no SDL
 *  window was created yet or out of memory. */
lv_indev_t * lv_sdl_mouse_create(void);

#ifdef __cplusplus
}
#endif

#endif
