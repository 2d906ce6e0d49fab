/**
 * @file lv_canvas_private.h
 * The canvas's instance data, shared with the widgets that extend it (qrcode, barcode).
 */
#ifndef LV_CANVAS_PRIVATE_H
#define LV_CANVAS_PRIVATE_H

#include "widgets/image/lv_image_private.h"

typedef struct {
    lv_image_t img;
    lv_draw_buf_t * draw_buf;
    lv_draw_buf_t static_buf; /**< wraps a buffer given with lv_canvas_set_buffer */
} lv_canvas_t;

#endif
