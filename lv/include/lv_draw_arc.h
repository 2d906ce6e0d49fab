/**
 * @file lv_draw_arc.h
 * Anti-aliased arcs (ring segments) with rounded ends or an image as their color source.
 */
#ifndef LV_DRAW_ARC_H
#define LV_DRAW_ARC_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    lv_draw_dsc_base_t base;
    lv_color_t color;
    int32_t width;
    lv_value_precise_t start_angle; /**< degrees, 0 = right (3 o'clock), clockwise */
    lv_value_precise_t end_angle;
    lv_point_t center;
    uint16_t radius;                /**< outer radius */
    const void * img_src;           /**< image giving the arc's pixels instead of color */
    lv_opa_t opa;
    uint8_t rounded : 1;
} lv_draw_arc_dsc_t;

/** Defaults: black, width 1, opa cover. */
void lv_draw_arc_dsc_init(lv_draw_arc_dsc_t * dsc);
/** The task's descriptor when it is an ARC task, else NULL. */
lv_draw_arc_dsc_t * lv_draw_task_get_arc_dsc(lv_draw_task_t * task);
void lv_draw_arc(lv_layer_t * layer, const lv_draw_arc_dsc_t * dsc);
/** The area an arc may touch. */
void lv_draw_arc_get_area(int32_t x, int32_t y, uint16_t radius, lv_value_precise_t start_angle,
                          lv_value_precise_t end_angle, int32_t w, bool rounded, lv_area_t * area);

#ifdef __cplusplus
}
#endif

#endif
