/**
 * @file lv_obj_private.h
 * The object layout and the core's internal API, for widgets and the other core files.
 *
 * An lv_obj_t keeps the data every object needs (64 bytes on 64-bit hosts); rarer data
 * (children, scroll position, event callbacks, group) lives in spec_attr, allocated on
 * first use. Widgets extend lv_obj_t by embedding it as their first member.
 */
#ifndef LV_OBJ_PRIVATE_H
#define LV_OBJ_PRIVATE_H

#include "lvgl.h"
#include "lv_draw_deps.h"

/** Attributes most objects never need. */
typedef struct {
    /* 48 bytes on 64-bit hosts (three 16-byte GC blocks): the group an object is in is
     * found through lv_obj_t::in_group and the groups' lists, not stored here */
    lv_obj_t ** children;
    lv_event_list_t event_list;
    lv_point_t scroll; /**< how far the content is scrolled (positive: content moved up/left) */
    uint32_t child_cnt;
    int32_t ext_click_pad;
    int32_t ext_draw_size;
    uint16_t scrollbar_mode : 2;
    uint16_t scroll_snap_x : 2;
    uint16_t scroll_snap_y : 2;
    uint16_t scroll_dir : 4;
} lv_obj_spec_attr_t;

/** A style attached to an object with its selector. */
typedef struct {
    const lv_style_t * style;
    uint32_t selector : 24;
    uint32_t is_local : 1; /**< owned by the object (lv_obj_set_style_*) */
    uint32_t is_trans : 1; /**< holds the running values of a state transition */
} lv_obj_style_t;

struct _lv_obj_t {
    const lv_obj_class_t * class_p;
    lv_obj_t * parent;
    lv_obj_spec_attr_t * spec_attr;
    lv_obj_style_t * styles;
    void * user_data;
    lv_area_t coords;
    uint32_t flags;
    lv_state_t state;
    uint16_t layout_inv : 1;
    uint16_t readjust_scroll_after_layout : 1;
    uint16_t scr_layout_inv : 1;
    uint16_t skip_trans : 1;
    uint16_t style_cnt : 6;
    uint16_t h_layout : 1;
    uint16_t w_layout : 1;
    uint16_t is_deleting : 1;
    uint16_t in_group : 1; /**< in a group's object list (lv_obj_get_group searches the groups) */
    uint16_t transform_known : 1; /**< has_transform is up to date (cleared by style refreshes) */
    uint16_t has_transform : 1;   /**< the main part is rotated or scaled: invalidation maps areas */
};

/** What few objects have, kept beside the objects instead of in each of them
 *  (lv_obj_extra.cpp): the object's id and its transform matrix. */
typedef struct {
    lv_obj_t * obj;
    void * id;
    lv_matrix_t * matrix;
} lv_obj_extra_t;

/** The extras of `obj`, nullptr when it has none. Valid until the next extra is added. */
lv_obj_extra_t * lv_obj_extra_find(const lv_obj_t * obj);
/** The extras of `obj`, added when missing; nullptr when out of memory. */
lv_obj_extra_t * lv_obj_extra_get(lv_obj_t * obj);
/** Drops the entry of `obj` when it holds nothing any more. */
void lv_obj_extra_release(lv_obj_t * obj);
/** Frees the extras of an object being deleted. */
void lv_obj_extra_delete(lv_obj_t * obj);

/** A transform matrix as the renderer draws it: rotation (0.1 degree, 0..3599) and scale
 *  (256 = 1) around the object's top-left corner, then a translation. */
typedef struct {
    int32_t rotation;
    int32_t scale_x;
    int32_t scale_y;
    lv_point_t translate;
} lv_obj_matrix_parts_t;

/** The drawable parts of the matrix set on `obj` (skew, perspective and reflection are
 *  left out); false when `obj` has no matrix. */
bool lv_obj_get_matrix_parts(const lv_obj_t * obj, lv_obj_matrix_parts_t * parts);

/** Writes the class name followed by the id ("button2") to `buf`; returns `buf`. (LVGL's
 *  lv_obj_stringify_id; internal here: a script passing a short buffer with a larger len
 *  would make it write past the buffer.) */
extern "C" const char * lv_obj_stringify_id(lv_obj_t * obj, char * buf, uint32_t len);

/* core-internal helpers */
void lv_obj_style_remove_all_trans(lv_obj_t * obj);
void lv_obj_style_state_changed(lv_obj_t * obj, lv_state_t prev_state, lv_state_t new_state);
void lv_obj_destruct_styles(lv_obj_t * obj);
void lv_obj_draw_event(lv_event_t * e);
int32_t lv_obj_get_ext_draw_size(const lv_obj_t * obj);
void lv_obj_layout_apply(lv_obj_t * obj);
void lv_obj_screen_add(lv_display_t * disp, lv_obj_t * scr);
void lv_obj_screen_remove(lv_display_t * disp, lv_obj_t * scr);
void lv_obj_event_mark_deleted(lv_obj_t * obj);
/** The display showing the screen of `obj` (active, previous or a layer) when `obj` is not
 *  hidden, nullptr otherwise: objects of screens not shown invalidate nothing. */
extern "C" lv_display_t * lv_obj_shown_on_display(const lv_obj_t * obj);
extern "C" lv_result_t lv_obj_scroll_by_raw(lv_obj_t * obj, int32_t x, int32_t y);
bool lv_obj_is_in_tree(const lv_obj_t * root, const lv_obj_t * obj);
bool lv_display_obj_is_in_screens(lv_display_t * disp, const lv_obj_t * obj);
void lv_display_for_each_screen(lv_display_t * disp, void (*cb)(lv_obj_t *, const void *), const void * data);


#endif
