/**
 * @file lv_barcode.h
 * Barcode: a canvas (1 bit per pixel, palette light/dark) showing text as Code 128, each
 * module `scale` pixels wide, 10 light modules of quiet zone on each side. Horizontal bars
 * fill the object's height (vertical ones its width); tiled mode keeps a one-pixel line and
 * lets the image repeat it over the object.
 */
#ifndef LV_BARCODE_H
#define LV_BARCODE_H

#include "lv_canvas.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_BARCODE

typedef enum {
    LV_BARCODE_ENCODING_CODE128_GS1 = 0x0, /**< "[FNC1]" in the text is the FNC1 symbol; spaces are dropped */
    LV_BARCODE_ENCODING_CODE128_RAW = 0x1,
} lv_barcode_encoding_t;

extern const lv_obj_class_t lv_barcode_class;

lv_obj_t * lv_barcode_create(lv_obj_t * parent);
/** Colors used by the next lv_barcode_update. */
void lv_barcode_set_dark_color(lv_obj_t * obj, lv_color_t color);
void lv_barcode_set_light_color(lv_obj_t * obj, lv_color_t color);
/** Pixels per module (0 counts as 1), used by the next update. */
void lv_barcode_set_scale(lv_obj_t * obj, uint16_t scale);
/** LV_DIR_HOR: bars side by side (default); LV_DIR_VER: stacked. */
void lv_barcode_set_direction(lv_obj_t * obj, lv_dir_t direction);
void lv_barcode_set_tiled(lv_obj_t * obj, bool tiled);
void lv_barcode_set_encoding(lv_obj_t * obj, lv_barcode_encoding_t encoding);
/** Draws data as a barcode. LV_RESULT_INVALID (and an empty buffer) for empty data, a
 * character above 127, text longer than 128 characters or a zero bar height. */
lv_result_t lv_barcode_update(lv_obj_t * obj, const char * data);
lv_color_t lv_barcode_get_dark_color(lv_obj_t * obj);
lv_color_t lv_barcode_get_light_color(lv_obj_t * obj);
uint16_t lv_barcode_get_scale(lv_obj_t * obj);
lv_barcode_encoding_t lv_barcode_get_encoding(const lv_obj_t * obj);

#endif

#ifdef __cplusplus
}
#endif

#endif
