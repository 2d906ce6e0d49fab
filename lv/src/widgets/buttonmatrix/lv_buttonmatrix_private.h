/**
 * @file lv_buttonmatrix_private.h
 * The button matrix's instance data, shared with the keyboard which extends it.
 */
#ifndef LV_BUTTONMATRIX_PRIVATE_H
#define LV_BUTTONMATRIX_PRIVATE_H

#include "core/lv_obj_private.h"

/** Lets a widget built on the matrix adjust a button's descriptors before it is drawn. */
typedef void (*lv_buttonmatrix_item_dsc_cb_t)(lv_obj_t * btnm, uint32_t btn_id, lv_draw_rect_dsc_t * rect,
                                              lv_draw_label_dsc_t * label);

typedef struct {
    lv_obj_t obj;
    lv_buttonmatrix_item_dsc_cb_t item_dsc_cb;
    const char * const * map_p;
    lv_area_t * button_areas;          /**< relative to the matrix's top-left */
    lv_buttonmatrix_ctrl_t * ctrl_bits;
    uint32_t btn_cnt;
    uint32_t row_cnt;
    uint32_t btn_id_sel;
    uint8_t one_check : 1;
} lv_buttonmatrix_t;

#endif
