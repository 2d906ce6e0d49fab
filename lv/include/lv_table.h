/**
 * @file lv_table.h
 * Table: rows and columns of text cells (ITEMS part), column widths, merged cells and
 * a selected cell.
 */
#ifndef LV_TABLE_H
#define LV_TABLE_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_TABLE_CELL_NONE 0xFFFF

typedef enum {
    LV_TABLE_CELL_CTRL_NONE = 0x00,
    LV_TABLE_CELL_CTRL_MERGE_RIGHT = 0x01,
    LV_TABLE_CELL_CTRL_TEXT_CROP = 0x02,
    LV_TABLE_CELL_CTRL_CUSTOM_1 = 0x10,
    LV_TABLE_CELL_CTRL_CUSTOM_2 = 0x20,
    LV_TABLE_CELL_CTRL_CUSTOM_3 = 0x40,
    LV_TABLE_CELL_CTRL_CUSTOM_4 = 0x80,
} lv_table_cell_ctrl_t;

extern const lv_obj_class_t lv_table_class;

lv_obj_t * lv_table_create(lv_obj_t * parent);
/** Copies the text; grows the table if row/col are beyond it. */
void lv_table_set_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col, const char * txt);
void lv_table_set_cell_value_fmt(lv_obj_t * obj, uint32_t row, uint32_t col, const char * fmt, ...);
void lv_table_set_row_count(lv_obj_t * obj, uint32_t row_cnt);
void lv_table_set_column_count(lv_obj_t * obj, uint32_t col_cnt);
void lv_table_set_column_width(lv_obj_t * obj, uint32_t col_id, int32_t w);
void lv_table_set_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl);
void lv_table_clear_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl);
/** The table frees user data with lv_free when the cell or the table goes away. */
void lv_table_set_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col, void * user_data);
void lv_table_set_selected_cell(lv_obj_t * obj, uint16_t row, uint16_t col);
/** "" for an empty or invalid cell. */
const char * lv_table_get_cell_value(lv_obj_t * obj, uint32_t row, uint32_t col);
uint32_t lv_table_get_row_count(lv_obj_t * obj);
uint32_t lv_table_get_column_count(lv_obj_t * obj);
int32_t lv_table_get_column_width(lv_obj_t * obj, uint32_t col);
bool lv_table_has_cell_ctrl(lv_obj_t * obj, uint32_t row, uint32_t col, lv_table_cell_ctrl_t ctrl);
void lv_table_get_selected_cell(lv_obj_t * obj, uint32_t * row, uint32_t * col);
void * lv_table_get_cell_user_data(lv_obj_t * obj, uint16_t row, uint16_t col);

#ifdef __cplusplus
}
#endif

#endif
