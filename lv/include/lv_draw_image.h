/**
 * @file lv_draw_image.h
 * Images: every pixel format of lv_image_dsc_t, recolor, scale, rotation, tiling,
 * clip radius; and compositing of layers.
 */
#ifndef LV_DRAW_IMAGE_H
#define LV_DRAW_IMAGE_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    lv_color_t alpha_color;       /**< color of A8 images */
    const lv_color32_t * palette; /**< palette of indexed images (defaults to the image's own) */
    uint32_t palette_size : 9;
} lv_draw_image_sup_t;

struct _lv_draw_image_dsc_t {
    lv_draw_dsc_base_t base;
    const void * src; /**< lv_image_dsc_t *, or an lv_layer_t * for lv_draw_layer */
    lv_image_header_t header;
    int32_t clip_radius;
    int32_t rotation; /**< 0.1 degrees */
    int32_t scale_x;  /**< 256: no scaling */
    int32_t scale_y;
    int32_t skew_x;
    int32_t skew_y;
    lv_point_t pivot; /**< relative to the image's top-left */
    lv_color_t recolor;
    lv_opa_t recolor_opa;
    lv_opa_t opa;
    lv_blend_mode_t blend_mode : 4;
    uint16_t antialias : 1;
    uint16_t tile : 1;
    lv_draw_image_sup_t * sup;
    lv_area_t image_area; /**< where one copy of the image is (for tiling); coords when empty */
    const lv_image_dsc_t * bitmap_mask_src;
};

/** Defaults: opa cover, scale 256, antialias on, no recolor. */
void lv_draw_image_dsc_init(lv_draw_image_dsc_t * dsc);
/** The task's descriptor when it is an IMAGE task, else NULL. */
lv_draw_image_dsc_t * lv_draw_task_get_image_dsc(lv_draw_task_t * task);
/** Draws dsc->src (an lv_image_dsc_t) into coords, transformed around the pivot. */
void lv_draw_image(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords);
/** Composites the child layer given in dsc->src (from lv_draw_layer_create) into `layer`
 *  at coords with dsc's opacity, transform and blend mode, then frees the child layer. */
void lv_draw_layer(lv_layer_t * layer, const lv_draw_image_dsc_t * dsc, const lv_area_t * coords);

#ifdef __cplusplus
}
#endif

#endif
