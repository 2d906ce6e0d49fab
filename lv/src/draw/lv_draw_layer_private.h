/**
 * @file lv_draw_layer_private.h
 * Layer operations the refresher needs that are not part of LVGL's public API.
 */
#ifndef LV_DRAW_LAYER_PRIVATE_H
#define LV_DRAW_LAYER_PRIVATE_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Multiplies the alpha of every pixel of an ARGB8888 layer by its coverage by the rectangle
 *  `area` (screen coordinates) with rounded corners of `radius` (clamped to half the shorter
 *  side), anti-aliased like a rounded background: pixels outside it become transparent.
 *  Layers of other formats are left as they are. (What LVGL does with lv_draw_mask_rect.) */
void lv_draw_layer_mask_round_rect(lv_layer_t * layer, const lv_area_t * area, int32_t radius);

#ifdef __cplusplus
}
#endif

#endif
