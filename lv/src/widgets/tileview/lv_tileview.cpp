/**
 * @file lv_tileview.cpp
 * Tile view: tiles are content-sized pages placed at (col * width, row * height); the view
 * scrolls to a tile and, when a scroll ends, takes the tile in the middle as the active
 * one and restricts the scroll directions to that tile's.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

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

} // namespace

extern "C" const lv_obj_class_t lv_tileview_class = {
    &lv_obj_class, tileview_constructor, nullptr, tileview_event, nullptr, "tileview",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tileview_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_tileview_tile_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "tileview-tile",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tileview_tile_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_tileview_t * as_tv(const lv_obj_t * obj) { return reinterpret_cast<lv_tileview_t *>(const_cast<lv_obj_t *>(obj)); }
lv_tileview_tile_t * as_tile(const lv_obj_t * obj)
{
    return reinterpret_cast<lv_tileview_tile_t *>(const_cast<lv_obj_t *>(obj));
}

void tileview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    as_tv(obj)->tile_act = nullptr;
    lv_obj_set_size(obj, LV_PCT(100), LV_PCT(100));
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ONE);
    lv_obj_set_scroll_snap_x(obj, LV_SCROLL_SNAP_CENTER);
    lv_obj_set_scroll_snap_y(obj, LV_SCROLL_SNAP_CENTER);
}

void tileview_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    if(lv_obj_event_base(&lv_tileview_class, e) != LV_RESULT_OK) return;
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    if(lv_event_get_code(e) != LV_EVENT_SCROLL_END) return;
    lv_indev_t * indev = lv_indev_active();
    if(indev && lv_indev_get_state(indev) == LV_INDEV_STATE_PRESSED) return;
    /* the tile under the middle of the view becomes the active one */
    const int32_t w = lv_obj_get_content_width(obj);
    const int32_t h = lv_obj_get_content_height(obj);
    if(w <= 0 || h <= 0) return;
    lv_point_t sp;
    lv_obj_get_scroll_end(obj, &sp);
    const int32_t left = sp.x + w / 2;
    const int32_t top = sp.y + h / 2;
    const uint32_t n = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * tile = lv_obj_get_child(obj, static_cast<int32_t>(i));
        const int32_t x = lv_obj_get_x(tile);
        const int32_t y = lv_obj_get_y(tile);
        if(x <= left && left < x + w && y <= top && top < y + h) {
            lv_obj_t * prev = as_tv(obj)->tile_act;
            as_tv(obj)->tile_act = tile;
            lv_obj_set_scroll_dir(obj, as_tile(tile)->dir);
            if(prev != tile) lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
            return;
        }
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_tileview_create(lv_obj_t * parent) { return lv_widget_create(&lv_tileview_class, parent); }

lv_obj_t * lv_tileview_add_tile(lv_obj_t * tv, uint8_t col_id, uint8_t row_id, lv_dir_t dir)
{
    if(!lv_widget_check(tv, &lv_tileview_class)) return {};
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_tileview_tile_class, tv);
    as_tile(obj)->dir = dir;
    lv_obj_class_init_obj(obj);
    lv_obj_set_size(obj, LV_PCT(100), LV_PCT(100));
    lv_obj_update_layout(obj);
    lv_obj_set_pos(obj, col_id * lv_obj_get_content_width(tv), row_id * lv_obj_get_content_height(tv));
    if(col_id == 0 && row_id == 0) {
        lv_obj_set_scroll_dir(tv, dir);
        if(as_tv(tv)->tile_act == nullptr) as_tv(tv)->tile_act = obj;
    }
    return obj;
}

void lv_tileview_set_tile(lv_obj_t * tv, lv_obj_t * tile_obj, lv_anim_enable_t anim_en)
{
    if(!lv_widget_check(tv, &lv_tileview_class)) return;
    if(tile_obj == nullptr || lv_obj_get_parent(tile_obj) != tv) return;
    lv_obj_update_layout(tv);
    as_tv(tv)->tile_act = tile_obj;
    lv_obj_set_scroll_dir(tv, as_tile(tile_obj)->dir);
    lv_obj_scroll_to(tv, lv_obj_get_x(tile_obj), lv_obj_get_y(tile_obj), anim_en);
}

void lv_tileview_set_tile_by_index(lv_obj_t * tv, uint32_t col_id, uint32_t row_id, lv_anim_enable_t anim_en)
{
    if(!lv_widget_check(tv, &lv_tileview_class)) return;
    lv_obj_update_layout(tv);
    const int32_t tx = static_cast<int32_t>(col_id) * lv_obj_get_content_width(tv);
    const int32_t ty = static_cast<int32_t>(row_id) * lv_obj_get_content_height(tv);
    const uint32_t n = lv_obj_get_child_count(tv);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * tile = lv_obj_get_child(tv, static_cast<int32_t>(i));
        if(lv_obj_get_x(tile) == tx && lv_obj_get_y(tile) == ty) {
            lv_tileview_set_tile(tv, tile, anim_en);
            return;
        }
    }
}

lv_obj_t * lv_tileview_get_tile_active(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_tileview_class)) return {};
    return as_tv(obj)->tile_act;
}

} // extern "C"
