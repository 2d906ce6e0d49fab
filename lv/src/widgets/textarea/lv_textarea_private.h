/**
 * @file lv_textarea_private.h
 * The text area's instance data, shared with the spin box which extends it.
 */
#ifndef LV_TEXTAREA_PRIVATE_H
#define LV_TEXTAREA_PRIVATE_H

#include "core/lv_obj_private.h"

typedef struct {
    int32_t valid_x; /**< x kept while moving up/down */
    uint32_t pos;    /**< character index */
    lv_area_t area;  /**< relative to the label */
    uint8_t show : 1;
    uint8_t click_pos : 1;
} lv_textarea_cursor_t;

typedef struct {
    lv_obj_t obj;
    lv_obj_t * label;
    char * placeholder_txt;
    char * pwd_tmp;
    char * pwd_bullet;
    const char * accepted_chars;
    const char * insert_replace; /**< set by an LV_EVENT_INSERT handler */
    uint32_t max_length;
    uint32_t pwd_show_time;
    lv_textarea_cursor_t cursor;
    uint32_t sel_start;
    uint32_t sel_end;
    uint8_t text_sel_en : 1;
    uint8_t pwd_mode : 1;
    uint8_t one_line : 1;
} lv_textarea_t;

#endif
