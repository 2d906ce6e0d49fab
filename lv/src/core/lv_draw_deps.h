/**
 * @file lv_draw_deps.h
 * What the core needs from the renderer and the font engine: LVGL 9.3's own API, from the
 * draw part's headers (all included by lvgl.h).
 */
#ifndef LV_DRAW_DEPS_H
#define LV_DRAW_DEPS_H

#include "lvgl.h"

#endif
