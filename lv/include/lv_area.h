/**
 * @file lv_area.h
 * Points, rectangular areas (inclusive corners) and alignment.
 */
#ifndef LV_AREA_H
#define LV_AREA_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A point in pixels. */
typedef struct {
    int32_t x;
    int32_t y;
} lv_point_t;

/** A point with sub-pixel precision. */
typedef struct {
    lv_value_precise_t x;
    lv_value_precise_t y;
} lv_point_precise_t;

/** A rectangle; both corners are inside it, so a 1x1 area has x1 == x2. */
typedef struct {
    int32_t x1;
    int32_t y1;
    int32_t x2;
    int32_t y2;
} lv_area_t;

/** Where to place an object relative to its parent (inside) or another object (OUT_*). */
typedef enum {
    LV_ALIGN_DEFAULT = 0,
    LV_ALIGN_TOP_LEFT,
    LV_ALIGN_TOP_MID,
    LV_ALIGN_TOP_RIGHT,
    LV_ALIGN_BOTTOM_LEFT,
    LV_ALIGN_BOTTOM_MID,
    LV_ALIGN_BOTTOM_RIGHT,
    LV_ALIGN_LEFT_MID,
    LV_ALIGN_RIGHT_MID,
    LV_ALIGN_CENTER,
    LV_ALIGN_OUT_TOP_LEFT,
    LV_ALIGN_OUT_TOP_MID,
    LV_ALIGN_OUT_TOP_RIGHT,
    LV_ALIGN_OUT_BOTTOM_LEFT,
    LV_ALIGN_OUT_BOTTOM_MID,
    LV_ALIGN_OUT_BOTTOM_RIGHT,
    LV_ALIGN_OUT_LEFT_TOP,
    LV_ALIGN_OUT_LEFT_MID,
    LV_ALIGN_OUT_LEFT_BOTTOM,
    LV_ALIGN_OUT_RIGHT_TOP,
    LV_ALIGN_OUT_RIGHT_MID,
    LV_ALIGN_OUT_RIGHT_BOTTOM,
} lv_align_t;

typedef enum {
    LV_DIR_NONE = 0x00,
    LV_DIR_LEFT = (1 << 0),
    LV_DIR_RIGHT = (1 << 1),
    LV_DIR_TOP = (1 << 2),
    LV_DIR_BOTTOM = (1 << 3),
    LV_DIR_HOR = LV_DIR_LEFT | LV_DIR_RIGHT,
    LV_DIR_VER = LV_DIR_TOP | LV_DIR_BOTTOM,
    LV_DIR_ALL = LV_DIR_HOR | LV_DIR_VER,
} lv_dir_t;

void lv_area_set(lv_area_t * area_p, int32_t x1, int32_t y1, int32_t x2, int32_t y2);
void lv_area_copy(lv_area_t * dest, const lv_area_t * src);
int32_t lv_area_get_width(const lv_area_t * area_p);
int32_t lv_area_get_height(const lv_area_t * area_p);
void lv_area_set_width(lv_area_t * area_p, int32_t w);
void lv_area_set_height(lv_area_t * area_p, int32_t h);
uint32_t lv_area_get_size(const lv_area_t * area_p);
void lv_area_increase(lv_area_t * area, int32_t w_extra, int32_t h_extra);
void lv_area_move(lv_area_t * area, int32_t x_ofs, int32_t y_ofs);
/** Moves `to_align` to the `align` position of `base`, then by the offsets. */
void lv_area_align(const lv_area_t * base, lv_area_t * to_align, lv_align_t align, int32_t ofs_x, int32_t ofs_y);
void lv_point_transform(lv_point_t * point, int32_t angle, int32_t scale_x, int32_t scale_y, const lv_point_t * pivot, bool zoom_first);
void lv_point_array_transform(lv_point_t * points, size_t count, int32_t angle, int32_t scale_x, int32_t scale_y, const lv_point_t * pivot, bool zoom_first);
lv_point_t lv_point_from_precise(const lv_point_precise_t * p);
lv_point_precise_t lv_point_to_precise(const lv_point_t * p);
void lv_point_set(lv_point_t * p, int32_t x, int32_t y);
void lv_point_precise_set(lv_point_precise_t * p, lv_value_precise_t x, lv_value_precise_t y);
void lv_point_swap(lv_point_t * p1, lv_point_t * p2);
void lv_point_precise_swap(lv_point_precise_t * p1, lv_point_precise_t * p2);
/** A percentage of the parent's size, e.g. lv_pct(50) for half. */
int32_t lv_pct(int32_t x);
int32_t lv_pct_to_px(int32_t v, int32_t base);

/* Engine-internal helpers (not in LVGL's public API, hence the leading underscore in LVGL). */
bool lv_area_intersect(lv_area_t * res, const lv_area_t * a1, const lv_area_t * a2);
void lv_area_join(lv_area_t * res, const lv_area_t * a1, const lv_area_t * a2);
bool lv_area_is_point_on(const lv_area_t * a, const lv_point_t * p, int32_t radius);
bool lv_area_is_on(const lv_area_t * a1, const lv_area_t * a2);
bool lv_area_is_in(const lv_area_t * inner, const lv_area_t * outer, int32_t radius);

#ifdef __cplusplus
}
#endif

#endif
