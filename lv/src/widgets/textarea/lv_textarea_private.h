/**
 * @file lv_textarea_private.h
 * The text area's instance data, shared with the spin box (a text area showing a number).
 */
#ifndef LV_TEXTAREA_PRIVATE_H
#define LV_TEXTAREA_PRIVATE_H

#include "core/lv_obj_private.h"

typedef struct {
    lv_obj_t obj;
    lv_obj_t * label;
    char * placeholder_txt;
    char * pwd_tmp;          /* the real text in password mode */
    char * pwd_bullet;       /* NULL: LV_SYMBOL_BULLET */
    const char * accepted_chars;
    uint32_t max_length;
    uint32_t pwd_show_time;
    uint32_t cursor_pos;     /* character index */
    int32_t cursor_valid_x;  /* x kept while moving up/down */
    lv_area_t cursor_area;   /* relative to the label */
    const char * insert_replace;
    uint8_t cursor_show : 1;
    uint8_t cursor_click_pos : 1;
    uint8_t pwd_mode : 1;
    uint8_t one_line : 1;
    uint8_t text_sel_en : 1;
} lv_textarea_t;

#endif
