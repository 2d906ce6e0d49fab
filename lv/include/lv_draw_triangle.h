/**
 * @file lv_draw_triangle.h
 * Anti-aliased filled triangles (color or gradient).
 */
#ifndef LV_DRAW_TRIANGLE_H
#define LV_DRAW_TRIANGLE_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    lv_draw_dsc_base_t base;
    lv_point_precise_t p[3];
    lv_color_t color;
    lv_opa_t opa;
    lv_grad_dsc_t grad;
} lv_draw_triangle_dsc_t;

void lv_draw_triangle_dsc_init(lv_draw_triangle_dsc_t * draw_dsc);
/** The task's descriptor when it is a TRIANGLE task, else NULL. */
lv_draw_triangle_dsc_t * lv_draw_task_get_triangle_dsc(lv_draw_task_t * task);
void lv_draw_triangle(lv_layer_t * layer, const lv_draw_triangle_dsc_t * draw_dsc);

#ifdef __cplusplus
}
#endif

#endif
