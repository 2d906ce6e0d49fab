/**
 * @file lv_global.h
 * Every mutable engine global lives in one struct, so that an embedding with a garbage-
 * collected heap (pyvgl) can register it as a single root: each engine block is reachable
 * from here or from an object reachable from here.
 */
#ifndef LV_GLOBAL_H
#define LV_GLOBAL_H

#include "lvgl.h"

typedef struct _lv_async_info_t lv_async_info_t;

/** File system drivers by letter (lv_fs.cpp). */
typedef struct {
    lv_fs_drv_t ** drivers;
    uint32_t count;
} lv_fs_globals_t;

typedef struct {
    bool inited;

    /* tick */
    volatile uint32_t sys_time;
    volatile uint8_t sys_irq_flag;
    lv_tick_get_cb_t tick_get_cb;
    lv_delay_cb_t delay_cb;

    /* timers */
    lv_timer_t * timer_head;
    lv_timer_t * timer_act;      /* the timer running now; deleting it must not break the loop */
    bool timer_deleted;          /* a timer was deleted during the current run */
    bool timer_created;          /* a timer was created during the current run */
    bool timer_handler_running;
    bool timer_enabled;
    uint32_t timer_busy_time;
    uint32_t timer_idle_period_start;
    uint32_t timer_idle_last;
    uint32_t timer_last_handler_run;
    lv_timer_handler_resume_cb_t resume_cb;
    void * resume_data;

    /* animations */
    lv_anim_t * anim_head;
    lv_timer_t * anim_timer;
    bool anim_list_changed;
    bool anim_run_round;
    uint32_t anim_last_timer_run;

    /* displays */
    lv_display_t * disp_head;
    lv_display_t * disp_default;
    lv_display_t * disp_refreshing;
    void * draw_sw_cache; /* software renderer: blocks kept between draws (lv_draw_cache.cpp) */

    /* input devices and groups */
    lv_indev_t * indev_head;
    lv_indev_t * indev_active;
    lv_obj_t * indev_obj_active;
    lv_group_t * group_head;
    lv_group_t * group_default;

    /* objects */
    bool style_refresh_enabled;
    uint32_t event_last_register_id;
    struct _lv_event_t * event_header; /* innermost event being sent, to detect deleted objects */
    void * style_trans_head;           /* running style transitions */
    lv_obj_t * objs_to_delete;          /* not used: delete_async goes through lv_async_call */

    /* styles: registered custom properties */
    uint8_t style_custom_prop_count;
    uint8_t style_custom_prop_flags[LV_STYLE_PROP_ANY - LV_STYLE_NUM_BUILT_IN_PROPS];

    /* themes */
    void * theme_default;

    /* images: PNG decoder switch and the decoded images it keeps (lv/src/libs/lodepng) */
    bool png_decoder_off;
    void * image_cache_head;

    /* keyboard: maps set with lv_keyboard_set_map per mode (NULL: the built-in map) */
    const char * const * keyboard_maps[LV_KEYBOARD_MODE_USER_4 + 1];
    const lv_buttonmatrix_ctrl_t * keyboard_ctrl_maps[LV_KEYBOARD_MODE_USER_4 + 1];

    /* layouts: user-registered layout callbacks beyond flex and grid */
    void * layout_list;
    uint32_t layout_count;

    /* file system drivers */
    lv_fs_globals_t fs;

    /* FreeType API (lv/src/libs/freetype): started, glyphs cached per font, files in use */
    bool freetype_inited;
    uint32_t freetype_glyph_cnt;
    void * freetype_faces;

    /* logging (lv_log.cpp) */
    lv_log_print_g_cb_t log_print_cb;
    uint32_t log_last_time;

    /* objects: ids, transform matrices and pointers nulled on delete (lv_obj_extra.cpp),
     * the builtin id counters per class (lv_obj_id_builtin.cpp) */
    void * obj_extras;
    void * objid_builtin;

    /* the simple and mono themes (lv/src/themes/simple, mono) */
    void * theme_simple;
    void * theme_mono;

    /* bidi: the characters treated as neutral (lv_bidi.cpp) */
    const char * bidi_neutrals;
} lv_global_t;

extern lv_global_t lv_global;

#define LV_GLOBAL_DEFAULT() (&lv_global)

#endif
