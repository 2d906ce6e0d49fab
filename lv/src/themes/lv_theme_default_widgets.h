/**
 * @file lv_theme_default_widgets.h
 * The default theme's look for the widgets beyond obj/button/label. The theme proper
 * (lv_theme_default.cpp) calls these three hooks: init when its styles are (re)built,
 * apply for each new object before its own rules, deinit when it is deleted. The styles
 * live in one engine-heap block the theme keeps a pointer to (so a GC sees them).
 */
#ifndef LV_THEME_DEFAULT_WIDGETS_H
#define LV_THEME_DEFAULT_WIDGETS_H

#include "lvgl.h"

typedef struct {
    const lv_theme_t * base; /**< colors, fonts, flags (bit 0: dark) */
    int32_t dpi;
    int32_t disp_size;       /**< 1 large, 2 medium, 3 small, as in the theme */
    lv_color_t color_scr;
    lv_color_t color_text;
    lv_color_t color_card;
    lv_color_t color_grey;
} lv_theme_default_widgets_params_t;

/** (Re)builds the widget styles; `styles` is the previous block or NULL. Returns the block. */
void * lv_theme_default_widgets_init(void * styles, const lv_theme_default_widgets_params_t * params);
/** Adds the theme styles of obj if it is one of these widgets (or one of their parts). */
bool lv_theme_default_widgets_apply(void * styles, lv_obj_t * obj);
/** Frees the block. */
void lv_theme_default_widgets_deinit(void * styles);

#endif
