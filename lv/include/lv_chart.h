/**
 * @file lv_chart.h
 * Chart: data series drawn as lines (with point markers), bars or scattered points over
 * division lines. (Cursors are not implemented.)
 */
#ifndef LV_CHART_H
#define LV_CHART_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_CHART_POINT_NONE (INT32_MAX)

typedef enum {
    LV_CHART_TYPE_NONE = 0x0,
    LV_CHART_TYPE_LINE = 0x1,
    LV_CHART_TYPE_BAR = 0x2,
    LV_CHART_TYPE_SCATTER = 0x3,
} lv_chart_type_t;

typedef enum {
    LV_CHART_UPDATE_MODE_SHIFT = 0x0,    /**< new values shift the old ones to the left */
    LV_CHART_UPDATE_MODE_CIRCULAR = 0x1, /**< new values overwrite the oldest in place */
} lv_chart_update_mode_t;

typedef enum {
    LV_CHART_AXIS_PRIMARY_Y = 0x0,
    LV_CHART_AXIS_SECONDARY_Y = 0x1,
    LV_CHART_AXIS_PRIMARY_X = 0x2,
    LV_CHART_AXIS_SECONDARY_X = 0x4,
    LV_CHART_AXIS_LAST = 0x5,
} lv_chart_axis_t;

typedef struct _lv_chart_series_t lv_chart_series_t;

extern const lv_obj_class_t lv_chart_class;

lv_obj_t * lv_chart_create(lv_obj_t * parent);
void lv_chart_set_type(lv_obj_t * obj, lv_chart_type_t type);
/** Points per series (at least 1); the values are kept in order. */
void lv_chart_set_point_count(lv_obj_t * obj, uint32_t cnt);
void lv_chart_set_axis_range(lv_obj_t * obj, lv_chart_axis_t axis, int32_t min, int32_t max);
void lv_chart_set_update_mode(lv_obj_t * obj, lv_chart_update_mode_t update_mode);
/** Horizontal and vertical division lines (0 or 1: none). */
void lv_chart_set_div_line_count(lv_obj_t * obj, uint8_t hdiv, uint8_t vdiv);
lv_chart_type_t lv_chart_get_type(const lv_obj_t * obj);
uint32_t lv_chart_get_point_count(const lv_obj_t * obj);
uint32_t lv_chart_get_x_start_point(const lv_obj_t * obj, lv_chart_series_t * ser);
/** Position of point id of a series relative to the chart's top-left. */
void lv_chart_get_point_pos_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, lv_point_t * p_out);
void lv_chart_refresh(lv_obj_t * obj);
lv_chart_series_t * lv_chart_add_series(lv_obj_t * obj, lv_color_t color, lv_chart_axis_t axis);
void lv_chart_remove_series(lv_obj_t * obj, lv_chart_series_t * series);
void lv_chart_hide_series(lv_obj_t * chart, lv_chart_series_t * series, bool hide);
void lv_chart_set_series_color(lv_obj_t * chart, lv_chart_series_t * series, lv_color_t color);
lv_color_t lv_chart_get_series_color(lv_obj_t * chart, const lv_chart_series_t * series);
void lv_chart_set_x_start_point(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id);
/** The series after ser (the first for NULL), or NULL. */
lv_chart_series_t * lv_chart_get_series_next(const lv_obj_t * chart, const lv_chart_series_t * ser);
void lv_chart_set_all_values(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value);
/** Appends a value (the oldest one drops out). */
void lv_chart_set_next_value(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value);
void lv_chart_set_next_value2(lv_obj_t * obj, lv_chart_series_t * ser, int32_t x_value, int32_t y_value);
void lv_chart_set_series_values(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t values[], size_t values_cnt);
void lv_chart_set_series_values2(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t x_values[], const int32_t y_values[],
                                 size_t values_cnt);
void lv_chart_set_series_value_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t value);
void lv_chart_set_series_value_by_id2(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t x_value, int32_t y_value);
/** Uses the caller's array (point count long, kept valid) for the y values. */
void lv_chart_set_series_ext_y_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[]);
void lv_chart_set_series_ext_x_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[]);
int32_t * lv_chart_get_series_y_array(const lv_obj_t * obj, lv_chart_series_t * ser);
int32_t * lv_chart_get_series_x_array(const lv_obj_t * obj, lv_chart_series_t * ser);
/** The point under the last press, or LV_CHART_POINT_NONE. */
uint32_t lv_chart_get_pressed_point(const lv_obj_t * obj);
/** X offset of the first point's centre (half a column for bar charts). */
int32_t lv_chart_get_first_point_center_offset(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
