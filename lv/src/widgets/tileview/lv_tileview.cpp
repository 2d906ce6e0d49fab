/**
 * @file lv_tileview.cpp
 * Tile view: tiles are children positioned at (col * content width, row * content height).
 * The view scrolls one child at a time with centre snapping; when a scroll ends (and the
 * pointer is released) the tile under the scroll position becomes active, its directions
 * become the view's scroll directions and LV_EVENT_VALUE_CHANGED is sent.
 */
#include "core/lv_obj_private.h"

namespace {

struct lv_tileview_t {
    lv_obj_t obj;
    lv_obj_t * tile_act;
};

struct lv_tileview_tile_t {
    lv_obj_t obj;
    lv_dir_t dir;
};

void tileview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void tileview_event(const lv_obj_class_t * class_p, lv_event_t * e);
void tile_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_tileview_class = {
    &lv_obj_class, tileview_constructor, nullptr, tileview_event, nullptr, "tileview",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tileview_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_tileview_tile_class = {
    &lv_obj_class, tile_constructor, nullptr, nullptr, nullptr, "tile",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tileview_tile_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_tileview_t * as_tileview(lv_obj_t * obj) { return reinterpret_cast<lv_tileview_t *>(obj); }
lv_tileview_tile_t * as_tile(lv_obj_t * obj) { return reinterpret_cast<lv_tileview_tile_t *>(obj); }

bool is_tileview(lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_tileview_class); }
bool is_tile(lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_tileview_tile_class); }

void tileview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ONE);
    lv_obj_set_scroll_snap_x(obj, LV_SCROLL_SNAP_CENTER);
    lv_obj_set_scroll_snap_y(obj, LV_SCROLL_SNAP_CENTER);
}

void tile_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    as_tile(obj)->dir = LV_DIR_ALL;
}

/** The tile whose position is (x, y) in the view, or NULL. */
lv_obj_t * tile_at(lv_obj_t * tv, int32_t x, int32_t y)
{
    uint32_t n = lv_obj_get_child_count(tv);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * child = lv_obj_get_child(tv, static_cast<int32_t>(i));
        if(is_tile(child) && lv_obj_get_x(child) == x && lv_obj_get_y(child) == y) return child;
    }
    return nullptr;
}

int32_t round_to_step(int32_t v, int32_t step)
{
    if(step <= 0) return 0;
    return ((v + step / 2) / step) * step;
}

void on_scroll_end(lv_obj_t * tv)
{
    lv_indev_t * indev = lv_indev_active();
    if(indev && lv_indev_get_state(indev) == LV_INDEV_STATE_PRESSED) return; /* still dragging */

    lv_point_t end;
    lv_obj_get_scroll_end(tv, &end);
    int32_t tx = round_to_step(end.x, lv_obj_get_content_width(tv));
    int32_t ty = round_to_step(end.y, lv_obj_get_content_height(tv));

    lv_dir_t dir = LV_DIR_ALL;
    lv_obj_t * tile = tile_at(tv, tx, ty);
    if(tile) {
        dir = as_tile(tile)->dir;
        as_tileview(tv)->tile_act = tile;
        lv_obj_set_scroll_dir(tv, dir);
        lv_obj_send_event(tv, LV_EVENT_VALUE_CHANGED, nullptr);
        return;
    }
    lv_obj_set_scroll_dir(tv, dir);
}

void tileview_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_tileview_class, e) != LV_RESULT_OK) return;
    lv_obj_t * tv = lv_event_get_current_target_obj(e);
    if(lv_event_get_code(e) == LV_EVENT_SCROLL_END) on_scroll_end(tv);
}

} // namespace

extern "C" {

lv_obj_t * lv_tileview_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_tileview_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

lv_obj_t * lv_tileview_add_tile(lv_obj_t * tv, uint8_t col_id, uint8_t row_id, lv_dir_t dir)
{
    if(!is_tileview(tv)) return nullptr;
    lv_obj_t * tile = lv_obj_class_create_obj(&lv_tileview_tile_class, tv);
    lv_obj_class_init_obj(tile);
    if(!tile) return nullptr;
    lv_obj_update_layout(tv); /* the content size places the tile */
    lv_obj_set_pos(tile, col_id * lv_obj_get_content_width(tv), row_id * lv_obj_get_content_height(tv));
    as_tile(tile)->dir = dir;
    if(col_id == 0 && row_id == 0) {
        as_tileview(tv)->tile_act = tile;
        lv_obj_set_scroll_dir(tv, dir);
    }
    return tile;
}

void lv_tileview_set_tile(lv_obj_t * tv, lv_obj_t * tile_obj, lv_anim_enable_t anim_en)
{
    if(!is_tileview(tv) || !is_tile(tile_obj) || lv_obj_get_parent(tile_obj) != tv) return;
    lv_obj_update_layout(tv);
    as_tileview(tv)->tile_act = tile_obj;
    lv_obj_set_scroll_dir(tv, as_tile(tile_obj)->dir);
    lv_obj_scroll_to(tv, lv_obj_get_x(tile_obj), lv_obj_get_y(tile_obj), anim_en);
}

void lv_tileview_set_tile_by_index(lv_obj_t * tv, uint32_t col_id, uint32_t row_id, lv_anim_enable_t anim_en)
{
    if(!is_tileview(tv)) return;
    lv_obj_update_layout(tv);
    int32_t x = static_cast<int32_t>(col_id) * lv_obj_get_content_width(tv);
    int32_t y = static_cast<int32_t>(row_id) * lv_obj_get_content_height(tv);
    lv_obj_t * tile = tile_at(tv, x, y);
    if(tile) lv_tileview_set_tile(tv, tile, anim_en);
}

lv_obj_t * lv_tileview_get_tile_active(lv_obj_t * obj)
{
    return is_tileview(obj) ? as_tileview(obj)->tile_act : nullptr;
}

} // extern "C"
