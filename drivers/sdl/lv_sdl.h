/**
 * @file lv_sdl.h
 * Every SDL driver header at once (what a binding generator reads for lv.sdl_*).
 */
#ifndef LV_SDL_H
#define LV_SDL_H

#include "lv_sdl_window.h"
#include "lv_sdl_mouse.h"
#include "lv_sdl_keyboard.h"
#include "lv_sdl_mousewheel.h"

#endif
