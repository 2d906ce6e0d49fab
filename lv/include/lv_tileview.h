/**
 * @file lv_tileview.h
 * Tile view: full-size tiles on a grid, scrolled one at a time (snapping) in the directions
 * each tile allows.
 */
#ifndef LV_TILEVIEW_H
#define LV_TILEVIEW_H

#include "lv_obj.h"

#ifdef __cplusplus
extern "C" {
#endif

extern const lv_obj_class_t lv_tileview_class;
extern const lv_obj_class_t lv_tileview_tile_class;

lv_obj_t * lv_tileview_create(lv_obj_t * parent);
/** A tile at column col_id, row row_id; dir: where the user may scroll from it. */
lv_obj_t * lv_tileview_add_tile(lv_obj_t * tv, uint8_t col_id, uint8_t row_id, lv_dir_t dir);
void lv_tileview_set_tile(lv_obj_t * tv, lv_obj_t * tile_obj, lv_anim_enable_t anim_en);
void lv_tileview_set_tile_by_index(lv_obj_t * tv, uint32_t col_id, uint32_t row_id, lv_anim_enable_t anim_en);
lv_obj_t * lv_tileview_get_tile_active(lv_obj_t * obj);

#ifdef __cplusplus
}
#endif

#endif
