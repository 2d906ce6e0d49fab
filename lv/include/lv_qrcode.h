/**
 * @file lv_qrcode.h
 * QR code: a canvas (1 bit per pixel, palette light/dark) showing `data` as a QR Code in
 * byte mode with at least medium error correction, as large as fits: the smallest version
 * that holds the data sets the module size (size / modules, whole pixels), then the
 * largest version drawn at that module size is used and the error correction raised as far
 * as the data allows. The symbol is centred; the pixels around it are the light color.
 */
#ifndef LV_QRCODE_H
#define LV_QRCODE_H

#include "lv_canvas.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_QRCODE

extern const lv_obj_class_t lv_qrcode_class;

lv_obj_t * lv_qrcode_create(lv_obj_t * parent);
/** Width and height in pixels; clears the code (call lv_qrcode_update again). */
void lv_qrcode_set_size(lv_obj_t * obj, int32_t size);
/** Colors used by the next lv_qrcode_update. */
void lv_qrcode_set_dark_color(lv_obj_t * obj, lv_color_t color);
void lv_qrcode_set_light_color(lv_obj_t * obj, lv_color_t color);
/** Draws data_len bytes of data as a QR code. LV_RESULT_INVALID (and a light square) when
 * the data does not fit any version or the size is smaller than one pixel per module. */
lv_result_t lv_qrcode_update(lv_obj_t * obj, const void * data, uint32_t data_len);

#endif

#ifdef __cplusplus
}
#endif

#endif
