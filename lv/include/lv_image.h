/**
 * @file lv_image.h
 * Image: shows an lv_image_dsc_t (or an LV_SYMBOL_* text) with scale, rotation around a
 * pivot, an offset and an inner alignment (stretch, tile, contain, cover...).
 */
#ifndef LV_IMAGE_H
#define LV_IMAGE_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_IMAGE_ALIGN_DEFAULT = 0,
    LV_IMAGE_ALIGN_TOP_LEFT,
    LV_IMAGE_ALIGN_TOP_MID,
    LV_IMAGE_ALIGN_TOP_RIGHT,
    LV_IMAGE_ALIGN_BOTTOM_LEFT,
    LV_IMAGE_ALIGN_BOTTOM_MID,
    LV_IMAGE_ALIGN_BOTTOM_RIGHT,
    LV_IMAGE_ALIGN_LEFT_MID,
    LV_IMAGE_ALIGN_RIGHT_MID,
    LV_IMAGE_ALIGN_CENTER,
    LV_IMAGE_ALIGN_AUTO_TRANSFORM,
    LV_IMAGE_ALIGN_STRETCH,
    LV_IMAGE_ALIGN_TILE,
    LV_IMAGE_ALIGN_CONTAIN,
    LV_IMAGE_ALIGN_COVER,
} lv_image_align_t;

extern const lv_obj_class_t lv_image_class;

lv_obj_t * lv_image_create(lv_obj_t * parent);
/** An lv_image_dsc_t * or a symbol text (not copied). Files need an image decoder (none yet). */
void lv_image_set_src(lv_obj_t * obj, const void * src);
void lv_image_set_offset_x(lv_obj_t * obj, int32_t x);
void lv_image_set_offset_y(lv_obj_t * obj, int32_t y);
/** Rotation in 0.1 degrees around the pivot. */
void lv_image_set_rotation(lv_obj_t * obj, int32_t angle);
void lv_image_set_pivot(lv_obj_t * obj, int32_t x, int32_t y);
/** 256: no scaling, 512: double size. */
void lv_image_set_scale(lv_obj_t * obj, uint32_t zoom);
void lv_image_set_scale_x(lv_obj_t * obj, uint32_t zoom);
void lv_image_set_scale_y(lv_obj_t * obj, uint32_t zoom);
void lv_image_set_blend_mode(lv_obj_t * obj, lv_blend_mode_t blend_mode);
void lv_image_set_antialias(lv_obj_t * obj, bool antialias);
void lv_image_set_inner_align(lv_obj_t * obj, lv_image_align_t align);
void lv_image_set_bitmap_map_src(lv_obj_t * obj, const lv_image_dsc_t * src);
const void * lv_image_get_src(lv_obj_t * obj);
int32_t lv_image_get_offset_x(lv_obj_t * obj);
int32_t lv_image_get_offset_y(lv_obj_t * obj);
int32_t lv_image_get_rotation(lv_obj_t * obj);
void lv_image_get_pivot(lv_obj_t * obj, lv_point_t * pivot);
int32_t lv_image_get_scale(lv_obj_t * obj);
int32_t lv_image_get_scale_x(lv_obj_t * obj);
int32_t lv_image_get_scale_y(lv_obj_t * obj);
int32_t lv_image_get_src_width(lv_obj_t * obj);
int32_t lv_image_get_src_height(lv_obj_t * obj);
int32_t lv_image_get_transformed_width(lv_obj_t * obj);
int32_t lv_image_get_transformed_height(lv_obj_t * obj);
lv_blend_mode_t lv_image_get_blend_mode(lv_obj_t * obj);
bool lv_image_get_antialias(lv_obj_t * obj);
lv_image_align_t lv_image_get_inner_align(lv_obj_t * obj);
const lv_image_dsc_t * lv_image_get_bitmap_map_src(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
