/**
 * @file lv_gridnav.h
 * Grid navigation: arrow keys move the focus among a container's children by their position
 * (the nearest child in the key's direction), so a keypad or encoder can walk a grid, a flex
 * row or a list while only the container is in the group. Other keys and the press/release
 * events the container receives from a keypad or encoder go to the focused child.
 */
#ifndef LV_GRIDNAV_H
#define LV_GRIDNAV_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#if LV_USE_GRIDNAV

typedef enum {
    LV_GRIDNAV_CTRL_NONE = 0x0,
    /** At the last child in a direction, left/right go on in the next/previous row and
     * up/down jump to the first/last row. */
    LV_GRIDNAV_CTRL_ROLLOVER = 0x1,
    /** A focused child that can still scroll in the arrow's direction is scrolled instead
     * of moving the focus. */
    LV_GRIDNAV_CTRL_SCROLL_FIRST = 0x2,
    /** Only left/right navigate; up/down go to the focused child. */
    LV_GRIDNAV_CTRL_HORIZONTAL_MOVE_ONLY = 0x4,
    /** Only up/down navigate; left/right go to the focused child. */
    LV_GRIDNAV_CTRL_VERTICAL_MOVE_ONLY = 0x8,
} lv_gridnav_ctrl_t;

/** Adds grid navigation to obj (which should be in a group). Adding it again replaces the
 * control flags. */
void lv_gridnav_add(lv_obj_t * obj, lv_gridnav_ctrl_t ctrl);
/** Removes grid navigation from obj; the focused child loses its focus states. */
void lv_gridnav_remove(lv_obj_t * obj);
/** Focuses to_focus, a child of the gridnav container cont, and scrolls it into view. */
void lv_gridnav_set_focused(lv_obj_t * cont, lv_obj_t * to_focus, lv_anim_enable_t anim_en);

#endif

#ifdef __cplusplus
}
#endif

#endif
