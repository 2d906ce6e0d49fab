/**
 * @file lv_draw_rect.h
 * Rectangles: background fill (color or gradient), border, outline and box shadow.
 */
#ifndef LV_DRAW_RECT_H
#define LV_DRAW_RECT_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    lv_draw_dsc_base_t base;
    int32_t radius;
    lv_opa_t bg_opa;
    lv_color_t bg_color;
    lv_grad_dsc_t bg_grad;
    const void * bg_image_src;
    const void * bg_image_symbol_font;
    lv_color_t bg_image_recolor;
    lv_opa_t bg_image_opa;
    lv_opa_t bg_image_recolor_opa;
    uint8_t bg_image_tiled;
    lv_color_t border_color;
    int32_t border_width;
    lv_opa_t border_opa;
    lv_border_side_t border_side : 5;
    uint8_t border_post : 1;
    lv_color_t outline_color;
    int32_t outline_width;
    int32_t outline_pad;
    lv_opa_t outline_opa;
    lv_color_t shadow_color;
    int32_t shadow_width;
    int32_t shadow_offset_x;
    int32_t shadow_offset_y;
    int32_t shadow_spread;
    lv_opa_t shadow_opa;
} lv_draw_rect_dsc_t;

typedef struct {
    lv_draw_dsc_base_t base;
    int32_t radius;
    lv_opa_t opa;
    lv_color_t color;
    lv_grad_dsc_t grad;
} lv_draw_fill_dsc_t;

typedef struct {
    lv_draw_dsc_base_t base;
    int32_t radius;
    lv_color_t color;
    int32_t width;
    lv_opa_t opa;
    lv_border_side_t side : 5;
} lv_draw_border_dsc_t;

typedef struct {
    lv_draw_dsc_base_t base;
    int32_t radius;
    lv_color_t color;
    int32_t width;
    int32_t spread;
    int32_t ofs_x;
    int32_t ofs_y;
    lv_opa_t opa;
    uint8_t bg_cover : 1;
} lv_draw_box_shadow_dsc_t;

/** LVGL's defaults: white opaque background, black borders/outlines/shadows of opa cover,
 *  border on all sides; every width 0. */
void lv_draw_rect_dsc_init(lv_draw_rect_dsc_t * dsc);
void lv_draw_fill_dsc_init(lv_draw_fill_dsc_t * dsc);
void lv_draw_border_dsc_init(lv_draw_border_dsc_t * dsc);
void lv_draw_box_shadow_dsc_init(lv_draw_box_shadow_dsc_t * dsc);
/** The task's descriptor when it is of that type, else NULL. */
lv_draw_fill_dsc_t * lv_draw_task_get_fill_dsc(lv_draw_task_t * task);
lv_draw_border_dsc_t * lv_draw_task_get_border_dsc(lv_draw_task_t * task);
lv_draw_box_shadow_dsc_t * lv_draw_task_get_box_shadow_dsc(lv_draw_task_t * task);
/** Shadow, background, background image, border, then outline, like LVGL. */
void lv_draw_rect(lv_layer_t * layer, const lv_draw_rect_dsc_t * dsc, const lv_area_t * coords);

/**
 * Sets the stops of a gradient: num_stops colors (1..LV_GRADIENT_MAX_STOPS; more are cut to
 * the maximum), their opacities (NULL: LV_OPA_COVER) and positions 0..255 (NULL: spread evenly).
 * A stop's opacity counts: stops left at 0 (a zeroed descriptor) draw nothing, as in LVGL.
 */
void lv_grad_init_stops(lv_grad_dsc_t * grad, const lv_color_t colors[], const lv_opa_t opa[],
                        const uint8_t fracs[], int num_stops);
/** Makes the gradient run from left to right. */
void lv_grad_horizontal_init(lv_grad_dsc_t * dsc);
/** Makes the gradient run from top to bottom. */
void lv_grad_vertical_init(lv_grad_dsc_t * dsc);
void lv_draw_fill(lv_layer_t * layer, const lv_draw_fill_dsc_t * dsc, const lv_area_t * coords);
void lv_draw_border(lv_layer_t * layer, const lv_draw_border_dsc_t * dsc, const lv_area_t * coords);
void lv_draw_box_shadow(lv_layer_t * layer, const lv_draw_box_shadow_dsc_t * dsc, const lv_area_t * coords);

#ifdef __cplusplus
}
#endif

#endif
