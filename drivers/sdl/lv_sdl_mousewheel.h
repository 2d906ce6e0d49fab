/**
 * @file lv_sdl_mousewheel.h
 * The mouse wheel as an encoder input device: a notch down (towards the user) is one step
 * forward, the middle button is the encoder's press. Works on the default group.
 */
#ifndef LV_SDL_MOUSEWHEEL_H
#define LV_SDL_MOUSEWHEEL_H

#include "lvgl.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An encoder indev fed by the wheel. NULL if no SDL window was created yet or out of memory. */
lv_indev_t * lv_sdl_mousewheel_create(void);

#ifdef __cplusplus
}
#endif

#endif
