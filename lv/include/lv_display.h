/**
 * @file lv_display.h
 * Displays: resolution, render buffers and modes, the flush callback, screens and layers.
 */
#ifndef LV_DISPLAY_H
#define LV_DISPLAY_H

#include "lv_types.h"
#include "lv_area.h"
#include "lv_color.h"
#include "lv_event.h"
#include "lv_timer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_DISPLAY_ROTATION_0 = 0,
    LV_DISPLAY_ROTATION_90,
    LV_DISPLAY_ROTATION_180,
    LV_DISPLAY_ROTATION_270,
} lv_display_rotation_t;

typedef enum {
    /** Buffers smaller than the screen; areas are rendered piece by piece and flushed. */
    LV_DISPLAY_RENDER_MODE_PARTIAL,
    /** A screen-sized buffer where every pixel stays at its place; only dirty areas redrawn. */
    LV_DISPLAY_RENDER_MODE_DIRECT,
    /** A screen-sized buffer, the whole screen redrawn and flushed every time. */
    LV_DISPLAY_RENDER_MODE_FULL,
} lv_display_render_mode_t;

typedef enum {
    LV_SCR_LOAD_ANIM_NONE,
    LV_SCR_LOAD_ANIM_OVER_LEFT,
    LV_SCR_LOAD_ANIM_OVER_RIGHT,
    LV_SCR_LOAD_ANIM_OVER_TOP,
    LV_SCR_LOAD_ANIM_OVER_BOTTOM,
    LV_SCR_LOAD_ANIM_MOVE_LEFT,
    LV_SCR_LOAD_ANIM_MOVE_RIGHT,
    LV_SCR_LOAD_ANIM_MOVE_TOP,
    LV_SCR_LOAD_ANIM_MOVE_BOTTOM,
    LV_SCR_LOAD_ANIM_FADE_IN,
    LV_SCR_LOAD_ANIM_FADE_ON = LV_SCR_LOAD_ANIM_FADE_IN,
    LV_SCR_LOAD_ANIM_FADE_OUT,
    LV_SCR_LOAD_ANIM_OUT_LEFT,
    LV_SCR_LOAD_ANIM_OUT_RIGHT,
    LV_SCR_LOAD_ANIM_OUT_TOP,
    LV_SCR_LOAD_ANIM_OUT_BOTTOM,
} lv_screen_load_anim_t;

typedef void (*lv_display_flush_cb_t)(lv_display_t * disp, const lv_area_t * area, uint8_t * px_map);
typedef void (*lv_display_flush_wait_cb_t)(lv_display_t * disp);

lv_display_t * lv_display_create(int32_t hor_res, int32_t ver_res);
void lv_display_delete(lv_display_t * disp);
void lv_display_set_default(lv_display_t * disp);
lv_display_t * lv_display_get_default(void);
/**
 * The display after `disp` in the list of displays.
 * @param disp a display, NULL to get the first one
 * @return the next display, NULL after the last
 */
lv_display_t * lv_display_get_next(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_set_resolution(lv_display_t * disp, int32_t hor_res, int32_t ver_res);
/** @param disp the display, NULL for the default one */
void lv_display_set_physical_resolution(lv_display_t * disp, int32_t hor_res, int32_t ver_res);
/** @param disp the display, NULL for the default one */
void lv_display_set_offset(lv_display_t * disp, int32_t x, int32_t y);
/** @param disp the display, NULL for the default one */
void lv_display_set_rotation(lv_display_t * disp, lv_display_rotation_t rotation);
/** @param disp the display, NULL for the default one */
void lv_display_set_dpi(lv_display_t * disp, int32_t dpi);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_horizontal_resolution(const lv_display_t * disp);
/** The default display's size, as the examples write it. */
#define LV_HOR_RES lv_display_get_horizontal_resolution(lv_display_get_default())
#define LV_VER_RES lv_display_get_vertical_resolution(lv_display_get_default())
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_vertical_resolution(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_physical_horizontal_resolution(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_physical_vertical_resolution(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_offset_x(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_offset_y(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_display_rotation_t lv_display_get_rotation(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
int32_t lv_display_get_dpi(const lv_display_t * disp);
/** Render buffers: buf_size in bytes; buf2 (optional) for double buffering. */
void lv_display_set_buffers(lv_display_t * disp, void * buf1, void * buf2, uint32_t buf_size,
                            lv_display_render_mode_t render_mode);
void lv_display_set_buffers_with_stride(lv_display_t * disp, void * buf1, void * buf2, uint32_t buf_size,
                                        uint32_t stride, lv_display_render_mode_t render_mode);
/** @param disp the display, NULL for the default one */
void lv_display_set_render_mode(lv_display_t * disp, lv_display_render_mode_t render_mode);
/** @param disp the display, NULL for the default one */
void lv_display_set_flush_cb(lv_display_t * disp, lv_display_flush_cb_t flush_cb);
/** @param disp the display, NULL for the default one */
void lv_display_set_flush_wait_cb(lv_display_t * disp, lv_display_flush_wait_cb_t wait_cb);
/** @param disp the display, NULL for the default one */
void lv_display_set_color_format(lv_display_t * disp, lv_color_format_t color_format);
/** @param disp the display, NULL for the default one */
lv_color_format_t lv_display_get_color_format(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_set_antialiasing(lv_display_t * disp, bool en);
/** @param disp the display, NULL for the default one */
bool lv_display_get_antialiasing(lv_display_t * disp);
/** Call from flush_cb (or later) when the flushed pixels were sent to the panel.
 *  @param disp the display, NULL for the default one */
void lv_display_flush_ready(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
bool lv_display_flush_is_last(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
bool lv_display_is_double_buffered(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_obj_t * lv_display_get_screen_active(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_obj_t * lv_display_get_screen_prev(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_obj_t * lv_display_get_layer_top(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_obj_t * lv_display_get_layer_sys(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_obj_t * lv_display_get_layer_bottom(lv_display_t * disp);
void lv_screen_load(lv_obj_t * scr);
void lv_screen_load_anim(lv_obj_t * scr, lv_screen_load_anim_t anim_type, uint32_t time, uint32_t delay,
                         bool auto_del);
lv_obj_t * lv_screen_active(void);
lv_obj_t * lv_layer_top(void);
lv_obj_t * lv_layer_sys(void);
lv_obj_t * lv_layer_bottom(void);
/** @param disp the display, NULL for the default one */
void lv_display_add_event_cb(lv_display_t * disp, lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data);
/** @param disp the display, NULL for the default one */
uint32_t lv_display_get_event_count(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
bool lv_display_delete_event(lv_display_t * disp, uint32_t index);
/** @param disp the display, NULL for the default one */
uint32_t lv_display_remove_event_cb_with_user_data(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data);
lv_result_t lv_display_send_event(lv_display_t * disp, lv_event_code_t code, void * param);
lv_area_t * lv_event_get_invalidated_area(lv_event_t * e);
/** The index-th event callback descriptor of the display, NULL past the end. */
lv_event_dsc_t * lv_display_get_event_dsc(lv_display_t * disp, uint32_t index);

/* ---- vsync: callbacks for LV_EVENT_VSYNC; the first registration sends LV_EVENT_VSYNC_REQUEST
 * with a non-NULL param (the driver should start sending vsyncs), removing the last one sends
 * it with NULL ---- */
bool lv_display_register_vsync_event(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data);
bool lv_display_unregister_vsync_event(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data);
/** Sends LV_EVENT_VSYNC with `param`; LV_RESULT_INVALID when no vsync callback is registered. */
lv_result_t lv_display_send_vsync_event(lv_display_t * disp, void * param);

/** n pixels at 160 DPI scaled to the display's DPI. */
int32_t lv_display_dpx(const lv_display_t * disp, int32_t n);
/** Rotate through the drawing matrix instead of rotating rendered pixels; the result is the
 *  same here (one software renderer), the setting is kept for drivers that ask. */
void lv_display_set_matrix_rotation(lv_display_t * disp, bool enable);
bool lv_display_get_matrix_rotation(lv_display_t * disp);
/** The resolution as created, before rotation swaps it. */
int32_t lv_display_get_original_horizontal_resolution(const lv_display_t * disp);
int32_t lv_display_get_original_vertical_resolution(const lv_display_t * disp);
/** The number of tiles rendered in parallel (>= 1; one renderer draws them all here). */
void lv_display_set_tile_cnt(lv_display_t * disp, uint32_t tile_cnt);
uint32_t lv_display_get_tile_cnt(lv_display_t * disp);
/** Maps `area` from rotated (screen) coordinates to the panel's unrotated ones. */
void lv_display_rotate_area(lv_display_t * disp, lv_area_t * area);
/** @param disp the display, NULL for the default one */
void lv_display_set_theme(lv_display_t * disp, lv_theme_t * th);
/** @param disp the display, NULL for the default one */
lv_theme_t * lv_display_get_theme(lv_display_t * disp);
uint32_t lv_display_get_inactive_time(const lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_trigger_activity(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_enable_invalidation(lv_display_t * disp, bool en);
/** @param disp the display, NULL for the default one */
bool lv_display_is_invalidation_enabled(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_timer_t * lv_display_get_refr_timer(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_delete_refr_timer(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_set_user_data(lv_display_t * disp, void * user_data);
/** @param disp the display, NULL for the default one */
void * lv_display_get_user_data(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
void lv_display_set_driver_data(lv_display_t * disp, void * driver_data);
/** @param disp the display, NULL for the default one */
void * lv_display_get_driver_data(lv_display_t * disp);
/** @param disp the display, NULL for the default one */
lv_draw_buf_t * lv_display_get_buf_active(lv_display_t * disp);
/** Marks area of disp for redraw (NULL: the whole display). */
void lv_inv_area(lv_display_t * disp, const lv_area_t * area_p);
/** Redraws the invalidated areas of disp (NULL: every display) right now. */
void lv_refr_now(lv_display_t * disp);
void lv_display_refr_timer(lv_timer_t * timer);

#ifdef __cplusplus
}
#endif

#endif
