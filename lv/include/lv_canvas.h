/**
 * @file lv_canvas.h
 * Canvas: an image showing a draw buffer the application paints into, pixel by pixel or
 * with the draw functions through a layer (lv_canvas_init_layer / lv_canvas_finish_layer).
 */
#ifndef LV_CANVAS_H
#define LV_CANVAS_H

#include "lv_image.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_canvas_class;

/** Bytes of a canvas buffer of w x h pixels of bpp bits with rows aligned to stride bytes. */
#define LV_CANVAS_BUF_SIZE(w, h, bpp, stride) \
    ((((((w) * (bpp) + 7) >> 3) + (stride) - 1) & ~((stride) - 1)) * (h) + LV_DRAW_BUF_ALIGN)

lv_obj_t * lv_canvas_create(lv_obj_t * parent);
/** Uses buf (w x h pixels of cf, stride from lv_draw_buf_width_to_stride) as the buffer. */
void lv_canvas_set_buffer(lv_obj_t * obj, void * buf, int32_t w, int32_t h, lv_color_format_t cf);
void lv_canvas_set_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf);
/** Sets a pixel; opa is the alpha in formats that have one. Out-of-range pixels are ignored. */
void lv_canvas_set_px(lv_obj_t * obj, int32_t x, int32_t y, lv_color_t color, lv_opa_t opa);
void lv_canvas_set_palette(lv_obj_t * obj, uint8_t index, lv_color32_t color);
lv_draw_buf_t * lv_canvas_get_draw_buf(lv_obj_t * obj);
lv_color32_t lv_canvas_get_px(lv_obj_t * obj, int32_t x, int32_t y);
lv_image_dsc_t * lv_canvas_get_image(lv_obj_t * canvas);
const void * lv_canvas_get_buf(lv_obj_t * canvas);
/** Copies an area of the canvas into dest_buf at dest_area (both the same size). */
void lv_canvas_copy_buf(lv_obj_t * obj, const lv_area_t * canvas_area, lv_draw_buf_t * dest_buf, const lv_area_t * dest_area);
void lv_canvas_fill_bg(lv_obj_t * obj, lv_color_t color, lv_opa_t opa);
/** Prepares a layer drawing into the canvas's buffer (coordinates relative to the canvas). */
void lv_canvas_init_layer(lv_obj_t * canvas, lv_layer_t * layer);
/** Ends drawing through the layer and redraws the canvas. */
void lv_canvas_finish_layer(lv_obj_t * canvas, lv_layer_t * layer);
/** Bytes a canvas buffer needs (bpp: bits per pixel, stride: row alignment in bytes). */
uint32_t lv_canvas_buf_size(int32_t w, int32_t h, uint8_t bpp, uint8_t stride);

#ifdef __cplusplus
}
#endif

#endif
