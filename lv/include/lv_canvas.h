/**
 * @file lv_canvas.h
 * Canvas: an image showing a draw buffer that the application paints (pixels, fills, or any
 * lv_draw_* call through a layer).
 */
#ifndef LV_CANVAS_H
#define LV_CANVAS_H

#include "lv_image.h"
#include "lv_draw_buf.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Bytes for a w x h buffer of bpp bits per pixel with rows aligned to stride bytes. */
#define LV_CANVAS_BUF_SIZE(w, h, bpp, stride) \
    (((((w) * (bpp) + 7) >> 3) + (stride) - 1) & ~((stride) - 1)) * (h) + LV_DRAW_BUF_ALIGN

extern const lv_obj_class_t lv_canvas_class;

lv_obj_t * lv_canvas_create(lv_obj_t * parent);
/** Uses buf (at least lv_canvas_buf_size bytes, kept by the caller) as a w x h buffer. */
void lv_canvas_set_buffer(lv_obj_t * obj, void * buf, int32_t w, int32_t h, lv_color_format_t cf);
void lv_canvas_set_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf);
/** Writes one pixel (no blending: ARGB8888 takes opa as its alpha). Indexed formats are not supported. */
void lv_canvas_set_px(lv_obj_t * obj, int32_t x, int32_t y, lv_color_t color, lv_opa_t opa);
void lv_canvas_set_palette(lv_obj_t * obj, uint8_t index, lv_color32_t color);
lv_draw_buf_t * lv_canvas_get_draw_buf(lv_obj_t * obj);
lv_color32_t lv_canvas_get_px(lv_obj_t * obj, int32_t x, int32_t y);
lv_image_dsc_t * lv_canvas_get_image(lv_obj_t * canvas);
const void * lv_canvas_get_buf(lv_obj_t * canvas);
void lv_canvas_copy_buf(lv_obj_t * obj, const lv_area_t * canvas_area, lv_draw_buf_t * dest_buf, const lv_area_t * dest_area);
void lv_canvas_fill_bg(lv_obj_t * obj, lv_color_t color, lv_opa_t opa);
/** Prepares a layer drawing into the canvas buffer (canvas coordinates). */
void lv_canvas_init_layer(lv_obj_t * canvas, lv_layer_t * layer);
/** Ends drawing into the layer: the canvas shows the result. */
void lv_canvas_finish_layer(lv_obj_t * canvas, lv_layer_t * layer);
uint32_t lv_canvas_buf_size(int32_t w, int32_t h, uint8_t bpp, uint8_t stride);

#ifdef __cplusplus
}
#endif

#endif
