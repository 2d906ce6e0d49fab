/**
 * @file lv_draw_deps.h
 * What the core needs from the renderer and font engine (owned by the draw part):
 * LVGL 9.3's own API. When the draw headers are present they are used; until then this
 * file declares the same names with the same layouts so the core compiles on its own.
 */
#ifndef LV_DRAW_DEPS_H
#define LV_DRAW_DEPS_H

#include "lvgl.h"

#if __has_include("lv_draw.h") && __has_include("lv_draw_rect.h") && __has_include("lv_draw_label.h") && \
    __has_include("lv_font.h") && __has_include("lv_text.h") && __has_include("lv_math.h") && \
    __has_include("lv_draw_buf.h")
#include "lv_draw.h"
#include "lv_draw_buf.h"
#include "lv_draw_rect.h"
#include "lv_draw_label.h"
#include "lv_font.h"
#include "lv_text.h"
#include "lv_math.h"
#else
#include "lv_draw_fallback.h"
#endif

#endif
