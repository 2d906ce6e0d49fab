/**
 * @file lv_canvas_private.h
 * The canvas's instance data, shared with the widgets that extend it (qrcode, barcode).
 */
#ifndef LV_CANVAS_PRIVATE_H
#define LV_CANVAS_PRIVATE_H

#include "widgets/image/lv_image_private.h"
#include "lv_canvas.h"
#include "lv_mem.h"

typedef struct {
    lv_image_t img;
    lv_draw_buf_t * draw_buf;
    lv_draw_buf_t static_buf; /**< wraps a buffer given with lv_canvas_set_buffer */
} lv_canvas_t;

/* 1-bit canvases (LV_COLOR_FORMAT_I1, palette 0 light, 1 dark) as qrcode and barcode use
 * them: their pixel rows start after the 2-color palette. */
static inline uint8_t * lv_canvas_i1_rows(lv_draw_buf_t * buf)
{
    return buf->data + LV_COLOR_INDEXED_PALETTE_SIZE(LV_COLOR_FORMAT_I1) * sizeof(lv_color32_t);
}

/** All pixels to index 0 (the palette stays). */
static inline void lv_canvas_i1_clear(lv_draw_buf_t * buf)
{
    lv_memset(lv_canvas_i1_rows(buf), 0, (size_t)buf->header.stride * buf->header.h);
}

static inline void lv_canvas_i1_set_dark(lv_draw_buf_t * buf, int32_t x, int32_t y)
{
    lv_canvas_i1_rows(buf)[(size_t)y * buf->header.stride + (x >> 3)] |= (uint8_t)(0x80 >> (x & 7));
}

/** Gives the canvas a new cleared I1 buffer of w x h (freeing the one it had); false when out
 * of memory or the size is empty (the old buffer stays). */
static inline bool lv_canvas_i1_resize(lv_obj_t * obj, int32_t w, int32_t h)
{
    if(w <= 0 || h <= 0) return false;
    lv_draw_buf_t * old_buf = lv_canvas_get_draw_buf(obj);
    lv_draw_buf_t * buf = lv_draw_buf_create((uint32_t)w, (uint32_t)h, LV_COLOR_FORMAT_I1, LV_STRIDE_AUTO);
    if(!buf) return false;
    lv_canvas_i1_clear(buf);
    lv_canvas_set_draw_buf(obj, buf);
    if(old_buf) lv_draw_buf_destroy(old_buf);
    return true;
}

/** The destructor of a widget whose canvas owns its buffer. */
static inline void lv_canvas_free_own_buf(lv_obj_t * obj)
{
    lv_draw_buf_t * buf = lv_canvas_get_draw_buf(obj);
    if(buf) lv_draw_buf_destroy(buf);
}

#endif
