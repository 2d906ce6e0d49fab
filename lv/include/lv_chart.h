/**
 * @file lv_chart.h
 * Chart: data series drawn as lines (with point markers), bars or scattered points over
 * division lines, on a primary and a secondary Y axis; cursors mark points.
 */
#ifndef LV_CHART_H
#define LV_CHART_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_CHART_POINT_NONE (INT32_MAX)

typedef enum {
    LV_CHART_TYPE_NONE = 0,
    LV_CHART_TYPE_LINE = 1,
    LV_CHART_TYPE_BAR = 2,
    LV_CHART_TYPE_SCATTER = 3,
} lv_chart_type_t;

typedef enum {
    LV_CHART_UPDATE_MODE_SHIFT = 0,
    LV_CHART_UPDATE_MODE_CIRCULAR = 1,
} lv_chart_update_mode_t;

typedef enum {
    LV_CHART_AXIS_PRIMARY_Y = 0x00,
    LV_CHART_AXIS_SECONDARY_Y = 0x01,
    LV_CHART_AXIS_PRIMARY_X = 0x02,
    LV_CHART_AXIS_SECONDARY_X = 0x04,
    LV_CHART_AXIS_LAST = 0x05,
} lv_chart_axis_t;

/** A data series (owned by its chart). */
typedef struct _lv_chart_series_t {
    int32_t * x_points;
    int32_t * y_points;
    lv_color_t color;
    uint32_t start_point;
    uint32_t hidden : 1;
    uint32_t x_ext_buf_assigned : 1;
    uint32_t y_ext_buf_assigned : 1;
    uint32_t x_axis_sec : 1;
    uint32_t y_axis_sec : 1;
    struct _lv_chart_series_t * next;
} lv_chart_series_t;

/** A cursor: lines through a position or a series point (owned by its chart). */
typedef struct _lv_chart_cursor_t {
    lv_point_t pos;
    uint32_t point_id;
    lv_color_t color;
    lv_chart_series_t * ser;
    lv_dir_t dir;
    uint32_t pos_set : 1;
    struct _lv_chart_cursor_t * next;
} lv_chart_cursor_t;

extern const lv_obj_class_t lv_chart_class;

lv_obj_t * lv_chart_create(lv_obj_t * parent);
void lv_chart_set_type(lv_obj_t * obj, lv_chart_type_t type);
/** Number of points of every series (values are kept where possible). */
void lv_chart_set_point_count(lv_obj_t * obj, uint32_t cnt);
void lv_chart_set_axis_range(lv_obj_t * obj, lv_chart_axis_t axis, int32_t min, int32_t max);
void lv_chart_set_update_mode(lv_obj_t * obj, lv_chart_update_mode_t update_mode);
/** Numbers of horizontal and vertical division lines. */
void lv_chart_set_div_line_count(lv_obj_t * obj, uint8_t hdiv, uint8_t vdiv);
lv_chart_type_t lv_chart_get_type(const lv_obj_t * obj);
uint32_t lv_chart_get_point_count(const lv_obj_t * obj);
uint32_t lv_chart_get_x_start_point(const lv_obj_t * obj, lv_chart_series_t * ser);
/** The position of a point relative to the chart's top-left. */
void lv_chart_get_point_pos_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, lv_point_t * p_out);
void lv_chart_refresh(lv_obj_t * obj);
/** A series with every point LV_CHART_POINT_NONE. */
lv_chart_series_t * lv_chart_add_series(lv_obj_t * obj, lv_color_t color, lv_chart_axis_t axis);
void lv_chart_remove_series(lv_obj_t * obj, lv_chart_series_t * series);
void lv_chart_hide_series(lv_obj_t * chart, lv_chart_series_t * series, bool hide);
void lv_chart_set_series_color(lv_obj_t * chart, lv_chart_series_t * series, lv_color_t color);
lv_color_t lv_chart_get_series_color(lv_obj_t * chart, const lv_chart_series_t * series);
void lv_chart_set_x_start_point(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id);
/** The series after ser (NULL: the first one). */
lv_chart_series_t * lv_chart_get_series_next(const lv_obj_t * chart, const lv_chart_series_t * ser);
lv_chart_cursor_t * lv_chart_add_cursor(lv_obj_t * obj, lv_color_t color, lv_dir_t dir);
void lv_chart_set_cursor_pos(lv_obj_t * chart, lv_chart_cursor_t * cursor, lv_point_t * pos);
void lv_chart_set_cursor_pos_x(lv_obj_t * chart, lv_chart_cursor_t * cursor, int32_t x);
void lv_chart_set_cursor_pos_y(lv_obj_t * chart, lv_chart_cursor_t * cursor, int32_t y);
void lv_chart_set_cursor_point(lv_obj_t * chart, lv_chart_cursor_t * cursor, lv_chart_series_t * ser, uint32_t point_id);
lv_point_t lv_chart_get_cursor_point(lv_obj_t * chart, lv_chart_cursor_t * cursor);
void lv_chart_set_all_values(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value);
/** Appends a value (shifting the others out in SHIFT mode). */
void lv_chart_set_next_value(lv_obj_t * obj, lv_chart_series_t * ser, int32_t value);
void lv_chart_set_next_value2(lv_obj_t * obj, lv_chart_series_t * ser, int32_t x_value, int32_t y_value);
void lv_chart_set_series_values(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t values[], size_t values_cnt);
void lv_chart_set_series_values2(lv_obj_t * obj, lv_chart_series_t * ser, const int32_t x_values[], const int32_t y_values[],
                                 size_t values_cnt);
void lv_chart_set_series_value_by_id(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t value);
void lv_chart_set_series_value_by_id2(lv_obj_t * obj, lv_chart_series_t * ser, uint32_t id, int32_t x_value, int32_t y_value);
/** Uses the application's array (point count entries, not copied) for the Y values. */
void lv_chart_set_series_ext_y_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[]);
void lv_chart_set_series_ext_x_array(lv_obj_t * obj, lv_chart_series_t * ser, int32_t array[]);
int32_t * lv_chart_get_series_y_array(const lv_obj_t * obj, lv_chart_series_t * ser);
int32_t * lv_chart_get_series_x_array(const lv_obj_t * obj, lv_chart_series_t * ser);
uint32_t lv_chart_get_pressed_point(const lv_obj_t * obj);
/** Distance from the left of the content to the first point's centre (half a bar group for bars). */
int32_t lv_chart_get_first_point_center_offset(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
