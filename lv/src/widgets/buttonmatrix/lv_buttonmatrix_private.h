/**
 * @file lv_buttonmatrix_private.h
 * The button matrix's instance data, shared with the keyboard which extends it.
 */
#ifndef LV_BUTTONMATRIX_PRIVATE_H
#define LV_BUTTONMATRIX_PRIVATE_H

#include "core/lv_obj_private.h"

typedef struct {
    lv_obj_t obj;
    const char * const * map_p;
    lv_area_t * button_areas;          /**< relative to the matrix's top-left */
    lv_buttonmatrix_ctrl_t * ctrl_bits;
    uint32_t btn_cnt;
    uint32_t row_cnt;
    uint32_t btn_id_sel;
    uint8_t one_check : 1;
} lv_buttonmatrix_t;

#endif
