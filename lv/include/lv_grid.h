/**
 * @file lv_grid.h
 * Grid layout: column and row tracks (pixels, LV_GRID_CONTENT or LV_GRID_FR(n)), children
 * placed in cells with spans and per-cell alignment.
 */
#ifndef LV_GRID_H
#define LV_GRID_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A track sized to its largest item. */
#define LV_GRID_CONTENT (LV_COORD_MAX - 101)
/** A track taking x shares of the free space. */
#define LV_GRID_FR(x) (LV_COORD_MAX - 100 + (x))
/** Terminates a column or row descriptor array. */
#define LV_GRID_TEMPLATE_LAST (LV_COORD_MAX)
#define LV_GRID_IS_FR(x) ((x) > LV_COORD_MAX - 100)

int32_t lv_grid_fr(uint8_t x);
void lv_grid_init(void);
/** Sets the grid layout with the column and row descriptors (LV_GRID_TEMPLATE_LAST-terminated). */
void lv_obj_set_grid_dsc_array(lv_obj_t * obj, const int32_t col_dsc[], const int32_t row_dsc[]);
void lv_obj_set_grid_align(lv_obj_t * obj, lv_grid_align_t column_align, lv_grid_align_t row_align);
/** Places obj in the grid cell (col_pos, row_pos) spanning col_span x row_span cells. */
void lv_obj_set_grid_cell(lv_obj_t * obj, lv_grid_align_t column_align, int32_t col_pos, int32_t col_span,
                          lv_grid_align_t row_align, int32_t row_pos, int32_t row_span);

#ifdef __cplusplus
}
#endif

#endif
