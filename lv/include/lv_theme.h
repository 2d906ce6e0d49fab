/**
 * @file lv_theme.h
 * Themes add styles to every new object; the default theme is LVGL's light/dark material look.
 */
#ifndef LV_THEME_H
#define LV_THEME_H

#include "lv_types.h"
#include "lv_color.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*lv_theme_apply_cb_t)(lv_theme_t *, lv_obj_t *);

struct _lv_theme_t {
    lv_theme_apply_cb_t apply_cb;
    lv_theme_t * parent; /**< applied before this theme */
    void * user_data;
    lv_display_t * disp;
    lv_color_t color_primary;
    lv_color_t color_secondary;
    const lv_font_t * font_small;
    const lv_font_t * font_normal;
    const lv_font_t * font_large;
    uint32_t flags;
};

lv_theme_t * lv_theme_get_from_obj(lv_obj_t * obj);
void lv_theme_apply(lv_obj_t * obj);
void lv_theme_set_parent(lv_theme_t * new_theme, lv_theme_t * parent);
void lv_theme_set_apply_cb(lv_theme_t * theme, lv_theme_apply_cb_t apply_cb);
const lv_font_t * lv_theme_get_font_small(lv_obj_t * obj);
const lv_font_t * lv_theme_get_font_normal(lv_obj_t * obj);
const lv_font_t * lv_theme_get_font_large(lv_obj_t * obj);
lv_color_t lv_theme_get_color_primary(lv_obj_t * obj);
lv_color_t lv_theme_get_color_secondary(lv_obj_t * obj);

lv_theme_t * lv_theme_default_init(lv_display_t * disp, lv_color_t color_primary, lv_color_t color_secondary,
                                   bool dark, const lv_font_t * font);
lv_theme_t * lv_theme_default_get(void);
bool lv_theme_default_is_inited(void);
void lv_theme_default_deinit(void);

/** LVGL's simple theme: flat grey surfaces without padding or radius, for small targets. */
lv_theme_t * lv_theme_simple_init(lv_display_t * disp);
bool lv_theme_simple_is_inited(void);
lv_theme_t * lv_theme_simple_get(void);
void lv_theme_simple_deinit(void);

/** LVGL's monochrome theme: black on white (or white on black with `dark_bg`) in `font`
 *  (NULL: the default font), for 1-bit displays. */
lv_theme_t * lv_theme_mono_init(lv_display_t * disp, bool dark_bg, const lv_font_t * font);
bool lv_theme_mono_is_inited(void);
lv_theme_t * lv_theme_mono_get(void);
void lv_theme_mono_deinit(void);

#ifdef __cplusplus
}
#endif

#endif
