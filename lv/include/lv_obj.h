/**
 * @file lv_obj.h
 * The base object: class model, tree, flags and states, position and size, events,
 * styles and scrolling. Every widget is an lv_obj_t whose class derives from lv_obj_class.
 */
#ifndef LV_OBJ_H
#define LV_OBJ_H

#include "lv_types.h"
#include "lv_area.h"
#include "lv_color.h"
#include "lv_style.h"
#include "lv_event.h"
#include "lv_anim.h"
#include "lv_draw.h"
#include "lv_matrix.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    LV_OBJ_FLAG_HIDDEN = (1L << 0),
    LV_OBJ_FLAG_CLICKABLE = (1L << 1),
    LV_OBJ_FLAG_CLICK_FOCUSABLE = (1L << 2),
    LV_OBJ_FLAG_CHECKABLE = (1L << 3),
    LV_OBJ_FLAG_SCROLLABLE = (1L << 4),
    LV_OBJ_FLAG_SCROLL_ELASTIC = (1L << 5),
    LV_OBJ_FLAG_SCROLL_MOMENTUM = (1L << 6),
    LV_OBJ_FLAG_SCROLL_ONE = (1L << 7),
    LV_OBJ_FLAG_SCROLL_CHAIN_HOR = (1L << 8),
    LV_OBJ_FLAG_SCROLL_CHAIN_VER = (1L << 9),
    LV_OBJ_FLAG_SCROLL_CHAIN = (LV_OBJ_FLAG_SCROLL_CHAIN_HOR | LV_OBJ_FLAG_SCROLL_CHAIN_VER),
    LV_OBJ_FLAG_SCROLL_ON_FOCUS = (1L << 10),
    LV_OBJ_FLAG_SCROLL_WITH_ARROW = (1L << 11),
    LV_OBJ_FLAG_SNAPPABLE = (1L << 12),
    LV_OBJ_FLAG_PRESS_LOCK = (1L << 13),
    LV_OBJ_FLAG_EVENT_BUBBLE = (1L << 14),
    LV_OBJ_FLAG_GESTURE_BUBBLE = (1L << 15),
    LV_OBJ_FLAG_ADV_HITTEST = (1L << 16),
    LV_OBJ_FLAG_IGNORE_LAYOUT = (1L << 17),
    LV_OBJ_FLAG_FLOATING = (1L << 18),
    LV_OBJ_FLAG_SEND_DRAW_TASK_EVENTS = (1L << 19),
    LV_OBJ_FLAG_OVERFLOW_VISIBLE = (1L << 20),
    LV_OBJ_FLAG_FLEX_IN_NEW_TRACK = (1L << 21),
    LV_OBJ_FLAG_LAYOUT_1 = (1L << 23),
    LV_OBJ_FLAG_LAYOUT_2 = (1L << 24),
    LV_OBJ_FLAG_WIDGET_1 = (1L << 25),
    LV_OBJ_FLAG_WIDGET_2 = (1L << 26),
    LV_OBJ_FLAG_USER_1 = (1L << 27),
    LV_OBJ_FLAG_USER_2 = (1L << 28),
    LV_OBJ_FLAG_USER_3 = (1L << 29),
    LV_OBJ_FLAG_USER_4 = (1L << 30),
} lv_obj_flag_t;

typedef enum {
    LV_OBJ_CLASS_EDITABLE_INHERIT,
    LV_OBJ_CLASS_EDITABLE_TRUE,
    LV_OBJ_CLASS_EDITABLE_FALSE,
} lv_obj_class_editable_t;

typedef enum {
    LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    LV_OBJ_CLASS_GROUP_DEF_TRUE,
    LV_OBJ_CLASS_GROUP_DEF_FALSE,
} lv_obj_class_group_def_t;

typedef enum {
    LV_OBJ_CLASS_THEME_INHERITABLE_FALSE,
    LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
} lv_obj_class_theme_inheritable_t;

typedef enum {
    LV_OBJ_TREE_WALK_NEXT,
    LV_OBJ_TREE_WALK_SKIP_CHILDREN,
    LV_OBJ_TREE_WALK_END,
} lv_obj_tree_walk_res_t;

typedef enum {
    LV_OBJ_POINT_TRANSFORM_FLAG_NONE = 0x00,
    LV_OBJ_POINT_TRANSFORM_FLAG_RECURSIVE = 0x01,
    LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE = 0x02,
    LV_OBJ_POINT_TRANSFORM_FLAG_INVERSE_RECURSIVE = 0x03,
} lv_obj_point_transform_flag_t;

typedef enum {
    LV_SCROLLBAR_MODE_OFF,
    LV_SCROLLBAR_MODE_ON,
    LV_SCROLLBAR_MODE_ACTIVE,
    LV_SCROLLBAR_MODE_AUTO,
} lv_scrollbar_mode_t;

typedef enum {
    LV_SCROLL_SNAP_NONE,
    LV_SCROLL_SNAP_START,
    LV_SCROLL_SNAP_END,
    LV_SCROLL_SNAP_CENTER,
} lv_scroll_snap_t;

typedef enum {
    LV_STYLE_STATE_CMP_SAME,
    LV_STYLE_STATE_CMP_DIFF_REDRAW,
    LV_STYLE_STATE_CMP_DIFF_DRAW_PAD,
    LV_STYLE_STATE_CMP_DIFF_LAYOUT,
} lv_style_state_cmp_t;

typedef enum {
    LV_COVER_RES_COVER = 0,
    LV_COVER_RES_NOT_COVER = 1,
    LV_COVER_RES_MASKED = 2,
} lv_cover_res_t;

typedef lv_obj_tree_walk_res_t (*lv_obj_tree_walk_cb_t)(lv_obj_t *, void *);
typedef void (*lv_obj_class_event_cb_t)(lv_obj_class_t * class_p, lv_event_t * e);

/** A class: how to construct, destroy and handle events for objects of a widget type. */
struct _lv_obj_class_t {
    const lv_obj_class_t * base_class;
    void (*constructor_cb)(const lv_obj_class_t * class_p, lv_obj_t * obj);
    void (*destructor_cb)(const lv_obj_class_t * class_p, lv_obj_t * obj);
    void (*event_cb)(const lv_obj_class_t * class_p, lv_event_t * e);
    void * user_data;
    const char * name;
    int32_t width_def;
    int32_t height_def;
    uint32_t editable : 2;
    uint32_t group_def : 2;
    uint32_t instance_size : 16;
    uint32_t theme_inheritable : 1;
};

/** Hit test request carried by LV_EVENT_HIT_TEST. */
typedef struct {
    const lv_point_t * point;
    bool res;
} lv_hit_test_info_t;

/** Cover check request carried by LV_EVENT_COVER_CHECK. */
typedef struct {
    lv_cover_res_t res;
    const lv_area_t * area;
} lv_cover_check_info_t;

extern const lv_obj_class_t lv_obj_class;

/* ---- creation and class model ---- */
/** A base object on parent; NULL creates a screen on the default display. */
lv_obj_t * lv_obj_create(lv_obj_t * parent);
lv_obj_t * lv_obj_class_create_obj(const lv_obj_class_t * class_p, lv_obj_t * parent);
void lv_obj_class_init_obj(lv_obj_t * obj);
bool lv_obj_is_editable(lv_obj_t * obj);
bool lv_obj_is_group_def(lv_obj_t * obj);
/** Calls the event handler of the class below class_p (a widget's handler calls it first). */
lv_result_t lv_obj_event_base(const lv_obj_class_t * class_p, lv_event_t * e);
bool lv_obj_check_type(const lv_obj_t * obj, const lv_obj_class_t * class_p);
bool lv_obj_has_class(const lv_obj_t * obj, const lv_obj_class_t * class_p);
const lv_obj_class_t * lv_obj_get_class(const lv_obj_t * obj);
bool lv_obj_is_valid(const lv_obj_t * obj);

/* ---- flags, states, user data ---- */
void lv_obj_add_flag(lv_obj_t * obj, lv_obj_flag_t f);
void lv_obj_remove_flag(lv_obj_t * obj, lv_obj_flag_t f);
void lv_obj_set_flag(lv_obj_t * obj, lv_obj_flag_t f, bool v);
void lv_obj_add_state(lv_obj_t * obj, lv_state_t state);
void lv_obj_remove_state(lv_obj_t * obj, lv_state_t state);
void lv_obj_set_state(lv_obj_t * obj, lv_state_t state, bool v);
void lv_obj_set_user_data(lv_obj_t * obj, void * user_data);
bool lv_obj_has_flag(const lv_obj_t * obj, lv_obj_flag_t f);
bool lv_obj_has_flag_any(const lv_obj_t * obj, lv_obj_flag_t f);
lv_state_t lv_obj_get_state(const lv_obj_t * obj);
bool lv_obj_has_state(const lv_obj_t * obj, lv_state_t state);
lv_group_t * lv_obj_get_group(const lv_obj_t * obj);
void * lv_obj_get_user_data(lv_obj_t * obj);
void lv_obj_allocate_spec_attr(lv_obj_t * obj);

/* ---- tree ---- */
void lv_obj_delete(lv_obj_t * obj);
void lv_obj_clean(lv_obj_t * obj);
void lv_obj_delete_delayed(lv_obj_t * obj, uint32_t delay_ms);
void lv_obj_delete_anim_completed_cb(lv_anim_t * a);
void lv_obj_delete_async(lv_obj_t * obj);
void lv_obj_set_parent(lv_obj_t * obj, lv_obj_t * parent);
void lv_obj_swap(lv_obj_t * obj1, lv_obj_t * obj2);
void lv_obj_move_to_index(lv_obj_t * obj, int32_t index);
void lv_obj_move_foreground(lv_obj_t * obj);
void lv_obj_move_background(lv_obj_t * obj);
lv_obj_t * lv_obj_get_screen(const lv_obj_t * obj);
lv_display_t * lv_obj_get_display(const lv_obj_t * obj);
lv_obj_t * lv_obj_get_parent(const lv_obj_t * obj);
/** The idx-th child; negative idx counts from the end (-1: last). */
lv_obj_t * lv_obj_get_child(const lv_obj_t * obj, int32_t idx);
lv_obj_t * lv_obj_get_child_by_type(const lv_obj_t * obj, int32_t idx, const lv_obj_class_t * class_p);
lv_obj_t * lv_obj_get_sibling(const lv_obj_t * obj, int32_t idx);
lv_obj_t * lv_obj_get_sibling_by_type(const lv_obj_t * obj, int32_t idx, const lv_obj_class_t * class_p);
uint32_t lv_obj_get_child_count(const lv_obj_t * obj);
uint32_t lv_obj_get_child_count_by_type(const lv_obj_t * obj, const lv_obj_class_t * class_p);
int32_t lv_obj_get_index(const lv_obj_t * obj);
int32_t lv_obj_get_index_by_type(const lv_obj_t * obj, const lv_obj_class_t * class_p);
void lv_obj_tree_walk(lv_obj_t * start_obj, lv_obj_tree_walk_cb_t cb, void * user_data);

/* ---- position and size ---- */
void lv_obj_set_pos(lv_obj_t * obj, int32_t x, int32_t y);
void lv_obj_set_x(lv_obj_t * obj, int32_t x);
void lv_obj_set_y(lv_obj_t * obj, int32_t y);
void lv_obj_set_size(lv_obj_t * obj, int32_t w, int32_t h);
bool lv_obj_refr_size(lv_obj_t * obj);
void lv_obj_set_width(lv_obj_t * obj, int32_t w);
void lv_obj_set_height(lv_obj_t * obj, int32_t h);
void lv_obj_set_content_width(lv_obj_t * obj, int32_t w);
void lv_obj_set_content_height(lv_obj_t * obj, int32_t h);
void lv_obj_set_layout(lv_obj_t * obj, uint32_t layout);
bool lv_obj_is_layout_positioned(const lv_obj_t * obj);
void lv_obj_mark_layout_as_dirty(lv_obj_t * obj);
/** Recomputes sizes, positions and layouts of obj's screen now, if anything is dirty. */
void lv_obj_update_layout(const lv_obj_t * obj);
void lv_obj_set_align(lv_obj_t * obj, lv_align_t align);
void lv_obj_align(lv_obj_t * obj, lv_align_t align, int32_t x_ofs, int32_t y_ofs);
void lv_obj_align_to(lv_obj_t * obj, const lv_obj_t * base, lv_align_t align, int32_t x_ofs, int32_t y_ofs);
void lv_obj_center(lv_obj_t * obj);
void lv_obj_get_coords(const lv_obj_t * obj, lv_area_t * coords);
int32_t lv_obj_get_x(const lv_obj_t * obj);
int32_t lv_obj_get_x2(const lv_obj_t * obj);
int32_t lv_obj_get_y(const lv_obj_t * obj);
int32_t lv_obj_get_y2(const lv_obj_t * obj);
int32_t lv_obj_get_x_aligned(const lv_obj_t * obj);
int32_t lv_obj_get_y_aligned(const lv_obj_t * obj);
int32_t lv_obj_get_width(const lv_obj_t * obj);
int32_t lv_obj_get_height(const lv_obj_t * obj);
int32_t lv_obj_get_content_width(const lv_obj_t * obj);
int32_t lv_obj_get_content_height(const lv_obj_t * obj);
void lv_obj_get_content_coords(const lv_obj_t * obj, lv_area_t * area);
int32_t lv_obj_get_self_width(const lv_obj_t * obj);
int32_t lv_obj_get_self_height(const lv_obj_t * obj);
bool lv_obj_refresh_self_size(lv_obj_t * obj);
void lv_obj_refr_pos(lv_obj_t * obj);
void lv_obj_move_to(lv_obj_t * obj, int32_t x, int32_t y);
void lv_obj_move_children_by(lv_obj_t * obj, int32_t x_diff, int32_t y_diff, bool ignore_floating);
void lv_obj_transform_point(const lv_obj_t * obj, lv_point_t * p, lv_obj_point_transform_flag_t flags);
void lv_obj_transform_point_array(const lv_obj_t * obj, lv_point_t points[], size_t count,
                                  lv_obj_point_transform_flag_t flags);
/** The bounding box of area after obj's transformation (or its inverse, or all ancestors'). */
void lv_obj_get_transformed_area(const lv_obj_t * obj, lv_area_t * area, lv_obj_point_transform_flag_t flags);
void lv_obj_invalidate_area(const lv_obj_t * obj, const lv_area_t * area);
void lv_obj_invalidate(const lv_obj_t * obj);
bool lv_obj_area_is_visible(const lv_obj_t * obj, lv_area_t * area);
bool lv_obj_is_visible(const lv_obj_t * obj);
void lv_obj_set_ext_click_area(lv_obj_t * obj, int32_t size);
void lv_obj_get_click_area(const lv_obj_t * obj, lv_area_t * area);
bool lv_obj_hit_test(lv_obj_t * obj, const lv_point_t * point);
int32_t lv_clamp_width(int32_t width, int32_t min_width, int32_t max_width, int32_t ref_width);
int32_t lv_clamp_height(int32_t height, int32_t min_height, int32_t max_height, int32_t ref_height);
int32_t lv_dpx(int32_t n);
#define LV_DPX(n) lv_dpx(n)

/* ---- scrolling ---- */
void lv_obj_set_scrollbar_mode(lv_obj_t * obj, lv_scrollbar_mode_t mode);
void lv_obj_set_scroll_dir(lv_obj_t * obj, lv_dir_t dir);
void lv_obj_set_scroll_snap_x(lv_obj_t * obj, lv_scroll_snap_t align);
void lv_obj_set_scroll_snap_y(lv_obj_t * obj, lv_scroll_snap_t align);
lv_scrollbar_mode_t lv_obj_get_scrollbar_mode(const lv_obj_t * obj);
lv_dir_t lv_obj_get_scroll_dir(const lv_obj_t * obj);
lv_scroll_snap_t lv_obj_get_scroll_snap_x(const lv_obj_t * obj);
lv_scroll_snap_t lv_obj_get_scroll_snap_y(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_x(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_y(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_top(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_bottom(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_left(const lv_obj_t * obj);
int32_t lv_obj_get_scroll_right(const lv_obj_t * obj);
void lv_obj_get_scroll_end(lv_obj_t * obj, lv_point_t * end);
void lv_obj_scroll_by(lv_obj_t * obj, int32_t dx, int32_t dy, lv_anim_enable_t anim_en);
void lv_obj_scroll_by_bounded(lv_obj_t * obj, int32_t dx, int32_t dy, lv_anim_enable_t anim_en);
void lv_obj_scroll_to(lv_obj_t * obj, int32_t x, int32_t y, lv_anim_enable_t anim_en);
void lv_obj_scroll_to_x(lv_obj_t * obj, int32_t x, lv_anim_enable_t anim_en);
void lv_obj_scroll_to_y(lv_obj_t * obj, int32_t y, lv_anim_enable_t anim_en);
void lv_obj_scroll_to_view(lv_obj_t * obj, lv_anim_enable_t anim_en);
void lv_obj_scroll_to_view_recursive(lv_obj_t * obj, lv_anim_enable_t anim_en);
bool lv_obj_is_scrolling(const lv_obj_t * obj);
void lv_obj_stop_scroll_anim(const lv_obj_t * obj);
void lv_obj_get_scrollbar_area(lv_obj_t * obj, lv_area_t * hor, lv_area_t * ver);
void lv_obj_scrollbar_invalidate(lv_obj_t * obj);
void lv_obj_readjust_scroll(lv_obj_t * obj, lv_anim_enable_t anim_en);
/** Scrolls so the nearest snappable child is on the snap line (see lv_obj_set_scroll_snap_x/y). */
void lv_obj_update_snap(lv_obj_t * obj, lv_anim_enable_t anim_en);

/* ---- events ---- */
lv_result_t lv_obj_send_event(lv_obj_t * obj, lv_event_code_t event_code, void * param);
lv_event_dsc_t * lv_obj_add_event_cb(lv_obj_t * obj, lv_event_cb_t event_cb, lv_event_code_t filter, void * user_data);
uint32_t lv_obj_get_event_count(lv_obj_t * obj);
lv_event_dsc_t * lv_obj_get_event_dsc(lv_obj_t * obj, uint32_t index);
bool lv_obj_remove_event(lv_obj_t * obj, uint32_t index);
bool lv_obj_remove_event_dsc(lv_obj_t * obj, lv_event_dsc_t * dsc);
uint32_t lv_obj_remove_event_cb(lv_obj_t * obj, lv_event_cb_t event_cb);
uint32_t lv_obj_remove_event_cb_with_user_data(lv_obj_t * obj, lv_event_cb_t event_cb, void * user_data);
lv_obj_t * lv_event_get_current_target_obj(lv_event_t * e);
lv_obj_t * lv_event_get_target_obj(lv_event_t * e);
lv_layer_t * lv_event_get_layer(lv_event_t * e);
const lv_area_t * lv_event_get_old_size(lv_event_t * e);
uint32_t lv_event_get_key(lv_event_t * e);
/** The rotary encoder's steps carried by LV_EVENT_ROTARY (0 for other events). */
int32_t lv_event_get_rotary_diff(lv_event_t * e);
/** The scroll animation carried by LV_EVENT_SCROLL_BEGIN (NULL for other events or when the
 *  scroll is not animated). */
lv_anim_t * lv_event_get_scroll_anim(lv_event_t * e);
void lv_event_set_ext_draw_size(lv_event_t * e, int32_t size);
lv_point_t * lv_event_get_self_size_info(lv_event_t * e);
lv_hit_test_info_t * lv_event_get_hit_test_info(lv_event_t * e);
const lv_area_t * lv_event_get_cover_area(lv_event_t * e);
void lv_event_set_cover_res(lv_event_t * e, lv_cover_res_t res);

/* ---- styles ---- */
void lv_obj_add_style(lv_obj_t * obj, const lv_style_t * style, lv_style_selector_t selector);
bool lv_obj_replace_style(lv_obj_t * obj, const lv_style_t * old_style, const lv_style_t * new_style,
                          lv_style_selector_t selector);
void lv_obj_remove_style(lv_obj_t * obj, const lv_style_t * style, lv_style_selector_t selector);
void lv_obj_remove_style_all(lv_obj_t * obj);
/** Tells every object using style (NULL: all styles) that it changed. */
void lv_obj_report_style_change(lv_style_t * style);
void lv_obj_refresh_style(lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop);
void lv_obj_enable_style_refresh(bool en);
/** The value of prop for obj's part in its current state (local, shared, inherited, default). */
lv_style_value_t lv_obj_get_style_prop(const lv_obj_t * obj, lv_part_t part, lv_style_prop_t prop);
bool lv_obj_has_style_prop(const lv_obj_t * obj, lv_style_selector_t selector, lv_style_prop_t prop);
void lv_obj_set_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_value_t value,
                                 lv_style_selector_t selector);
lv_style_res_t lv_obj_get_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_value_t * value,
                                           lv_style_selector_t selector);
bool lv_obj_remove_local_style_prop(lv_obj_t * obj, lv_style_prop_t prop, lv_style_selector_t selector);
lv_style_value_t lv_obj_style_apply_color_filter(const lv_obj_t * obj, lv_part_t part, lv_style_value_t v);
lv_state_t lv_obj_style_get_selector_state(lv_style_selector_t selector);
lv_part_t lv_obj_style_get_selector_part(lv_style_selector_t selector);
lv_opa_t lv_obj_get_style_opa_recursive(const lv_obj_t * obj, lv_part_t part);
/** color with obj's recolor (recolor / recolor_opa style properties) applied. */
lv_color32_t lv_obj_style_apply_recolor(const lv_obj_t * obj, lv_part_t part, lv_color32_t color);
/** The recolor of obj and its ancestors blended (innermost on top); alpha is its strength. */
lv_color32_t lv_obj_get_style_recolor_recursive(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_space_left(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_space_right(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_space_top(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_space_bottom(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_transform_scale_x_safe(const lv_obj_t * obj, lv_part_t part);
int32_t lv_obj_get_style_transform_scale_y_safe(const lv_obj_t * obj, lv_part_t part);
void lv_obj_fade_in(lv_obj_t * obj, uint32_t time, uint32_t delay);
void lv_obj_fade_out(lv_obj_t * obj, uint32_t time, uint32_t delay);

/* lv_obj_set_style_<prop>(obj, value, selector) and lv_obj_get_style_<prop>(obj, part) */
#define LV_OBJ_DECLARE_STYLE_ACCESS_(name, ID, type, kind) \
    void lv_obj_set_style_##name(lv_obj_t * obj, type value, lv_style_selector_t selector); \
    type lv_obj_get_style_##name(const lv_obj_t * obj, lv_part_t part);
LV_STYLE_PROP_LIST(LV_OBJ_DECLARE_STYLE_ACCESS_)
#undef LV_OBJ_DECLARE_STYLE_ACCESS_

void lv_obj_set_style_size(lv_obj_t * obj, int32_t width, int32_t height, lv_style_selector_t selector);
void lv_obj_set_style_pad_all(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_pad_hor(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_pad_ver(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_pad_gap(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_margin_hor(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_margin_ver(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_margin_all(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
void lv_obj_set_style_transform_scale(lv_obj_t * obj, int32_t value, lv_style_selector_t selector);
lv_color_t lv_obj_get_style_bg_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_bg_grad_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_border_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_outline_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_shadow_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_text_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_line_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_arc_color_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_image_recolor_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_bg_image_recolor_filtered(const lv_obj_t * obj, lv_part_t part);
lv_color_t lv_obj_get_style_text_outline_stroke_color_filtered(const lv_obj_t * obj, lv_part_t part);

/* ---- drawing ---- */
void lv_obj_init_draw_rect_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_rect_dsc_t * draw_dsc);
void lv_obj_init_draw_label_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_label_dsc_t * draw_dsc);
void lv_obj_init_draw_image_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_image_dsc_t * draw_dsc);
void lv_obj_init_draw_line_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_line_dsc_t * draw_dsc);
void lv_obj_init_draw_arc_dsc(lv_obj_t * obj, lv_part_t part, lv_draw_arc_dsc_t * draw_dsc);
/** The text alignment to use: AUTO resolved from the base direction. */
lv_text_align_t lv_obj_calculate_style_text_align(const lv_obj_t * obj, lv_part_t part, const char * txt);
void lv_obj_redraw(lv_layer_t * layer, lv_obj_t * obj);
int32_t lv_obj_calculate_ext_draw_size(lv_obj_t * obj, lv_part_t part);
void lv_obj_refresh_ext_draw_size(lv_obj_t * obj);

/* ---- transform matrix (LV_DRAW_TRANSFORM_USE_MATRIX) ---- */
/** Draws `obj` and its children through `matrix` (copied), applied around the object's
 *  top-left corner; it replaces the transform_* style properties of the main part. The
 *  renderer draws rotation, scale and translation; skew and perspective parts of the
 *  matrix are not drawn. NULL removes the matrix. */
void lv_obj_set_transform(lv_obj_t * obj, const lv_matrix_t * matrix);
void lv_obj_reset_transform(lv_obj_t * obj);
/** The matrix set with lv_obj_set_transform, NULL when none. */
const lv_matrix_t * lv_obj_get_transform(const lv_obj_t * obj);

/* ---- ids (LV_USE_OBJ_ID, builtin generator; not assigned automatically) ---- */
void lv_obj_set_id(lv_obj_t * obj, void * id);
void * lv_obj_get_id(const lv_obj_t * obj);
/** The first object in the tree of `obj` (the active screen when NULL), `obj` included, whose
 *  id equals `id`. */
lv_obj_t * lv_obj_find_by_id(const lv_obj_t * obj, const void * id);
/** Gives `obj` the next id of `class_p` (1, 2, ... per class) unless it has one. */
void lv_obj_assign_id(const lv_obj_class_t * class_p, lv_obj_t * obj);
void lv_obj_free_id(lv_obj_t * obj);
/** 0 when the ids are equal. */
int lv_obj_id_compare(const void * id1, const void * id2);
/** Frees the per-class id counters. */
void lv_objid_builtin_destroy(void);

/** Logs the tree of `start_obj` (every screen of every display when NULL) with LV_LOG_USER,
 *  one line per object with its id, indented by depth. */
void lv_obj_dump_tree(lv_obj_t * start_obj);
/** Sets *obj_ptr to NULL when the object it points to is deleted. */
void lv_obj_null_on_delete(lv_obj_t ** obj_ptr);

#ifdef __cplusplus
}
#endif

#endif
