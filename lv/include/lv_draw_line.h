/**
 * @file lv_draw_line.h
 * Anti-aliased lines with width, round ends and dashes.
 */
#ifndef LV_DRAW_LINE_H
#define LV_DRAW_LINE_H

#include "lv_draw.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    lv_draw_dsc_base_t base;
    lv_point_precise_t p1;
    lv_point_precise_t p2;
    lv_color_t color;
    int32_t width;
    int32_t dash_width;
    int32_t dash_gap;
    lv_opa_t opa;
    uint8_t round_start : 1;
    uint8_t round_end : 1;
    uint8_t raw_end : 1; /**< do not shorten the ends (for joined lines) */
} lv_draw_line_dsc_t;

/** Defaults: black, width 1, opa cover, no dashes, flat ends. */
void lv_draw_line_dsc_init(lv_draw_line_dsc_t * dsc);
/** The task's descriptor when it is a LINE task, else NULL. */
lv_draw_line_dsc_t * lv_draw_task_get_line_dsc(lv_draw_task_t * task);
void lv_draw_line(lv_layer_t * layer, const lv_draw_line_dsc_t * dsc);

#ifdef __cplusplus
}
#endif

#endif
