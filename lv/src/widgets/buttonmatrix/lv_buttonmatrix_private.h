/**
 * @file lv_buttonmatrix_private.h
 * The button matrix's instance data, shared with the keyboard (a button matrix with maps).
 */
#ifndef LV_BUTTONMATRIX_PRIVATE_H
#define LV_BUTTONMATRIX_PRIVATE_H

#include "core/lv_obj_private.h"

typedef struct {
    lv_obj_t obj;
    const char * const * map_p;
    lv_area_t * button_areas; /**< relative to the object */
    lv_buttonmatrix_ctrl_t * ctrl_bits;
    uint32_t btn_cnt;
    uint32_t row_cnt;
    uint32_t btn_id_sel;
    bool one_check;
    /** Set by subclasses (the calendar) to adjust a button's rectangle before it is drawn. */
    void (*button_rect_hook)(lv_obj_t * obj, uint32_t btn_id, lv_draw_rect_dsc_t * rect);
} lv_buttonmatrix_t;

#endif
