/**
 * @file lv_image_private.h
 * The image's instance data, shared with the canvas which extends it.
 */
#ifndef LV_IMAGE_PRIVATE_H
#define LV_IMAGE_PRIVATE_H

#include "core/lv_obj_private.h"

typedef struct {
    lv_obj_t obj;
    const void * src;
    const lv_image_dsc_t * bitmap_mask_src;
    lv_point_t offset;
    int32_t w;
    int32_t h;
    int32_t rotation;
    int32_t scale_x;
    int32_t scale_y;
    lv_point_t pivot;
    uint8_t src_type : 2;
    uint8_t antialias : 1;
    uint8_t align : 4;
    uint8_t blend_mode : 4;
} lv_image_t;

#endif
