/**
 * @file lv_display_private.h
 * The display object: resolution, render buffers, invalidated areas and screens.
 */
#ifndef LV_DISPLAY_PRIVATE_H
#define LV_DISPLAY_PRIVATE_H

#include "core/lv_obj_private.h"

#define LV_INV_BUF_SIZE 32

/** The default display, made by the port's provider (lv_port.h) if there is none yet. */
extern "C" lv_display_t * lv_display_get_default_or_provide(void);

struct _lv_display_t {
    lv_display_t * next;
    int32_t hor_res;
    int32_t ver_res;
    int32_t physical_hor_res;
    int32_t physical_ver_res;
    int32_t offset_x;
    int32_t offset_y;
    int32_t dpi;

    lv_draw_buf_t buf_1;
    lv_draw_buf_t buf_2;
    lv_draw_buf_t * buf_act;
    bool has_buf_1;
    bool has_buf_2;
    lv_display_render_mode_t render_mode;
    lv_color_format_t color_format;
    lv_display_rotation_t rotation;
    bool antialiasing;
    bool matrix_rotation; /**< rotate through the layer matrix (same pixels here) */
    uint32_t tile_cnt;    /**< tiles the screen is split into for rendering (one renderer here) */

    lv_display_flush_cb_t flush_cb;
    lv_display_flush_wait_cb_t flush_wait_cb;
    volatile int flushing;
    volatile int flushing_last;
    lv_layer_t layer; /* the layer rendered into the active buffer */

    lv_area_t inv_areas[LV_INV_BUF_SIZE];
    uint8_t inv_area_joined[LV_INV_BUF_SIZE];
    uint32_t inv_p;
    int32_t inv_en_cnt;

    lv_obj_t ** screens;
    uint32_t screen_cnt;
    lv_obj_t * act_scr;
    lv_obj_t * prev_scr;
    lv_obj_t * scr_to_load;
    lv_obj_t * bottom_layer;
    lv_obj_t * top_layer;
    lv_obj_t * sys_layer;
    bool del_prev;
    bool draw_prev_over_act;

    lv_theme_t * theme;
    lv_timer_t * refr_timer;
    lv_event_list_t event_list;
    uint32_t last_activity_time;
    void * user_data;
    void * driver_data;
};

extern "C" void lv_display_refr(lv_display_t * disp);

#endif
