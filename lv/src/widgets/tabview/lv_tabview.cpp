/**
 * @file lv_tabview.cpp
 * Tab view: a flex column (or row for side bars) of the tab bar (child 0, buttons growing
 * equally) and the content (child 1, a snapping row or column of full-size pages). The
 * active tab's button is CHECKED; scrolling the content by hand selects the tab it ends on.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_tabview_t {
    lv_obj_t obj;
    uint32_t tab_cur;
    lv_dir_t tab_pos;
};

void tabview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

extern "C" const lv_obj_class_t lv_tabview_class = {
    &lv_obj_class, tabview_constructor, nullptr, nullptr, nullptr, "tabview",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tabview_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_tabview_t * as_tv(const lv_obj_t * obj) { return reinterpret_cast<lv_tabview_t *>(const_cast<lv_obj_t *>(obj)); }

void button_clicked_cb(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_obj_t * tv = lv_obj_get_parent(lv_obj_get_parent(btn));
    lv_tabview_set_active(tv, static_cast<uint32_t>(lv_obj_get_index(btn)), LV_ANIM_ON);
}

void content_scroll_end_cb(lv_event_t * e)
{
    lv_obj_t * cont = lv_event_get_current_target_obj(e);
    lv_obj_t * tv = lv_obj_get_parent(cont);
    const lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_LAYOUT_CHANGED) {
        lv_tabview_set_active(tv, lv_tabview_get_tab_active(tv), LV_ANIM_OFF);
        return;
    }
    if(code != LV_EVENT_SCROLL_END) return;
    lv_indev_t * indev = lv_indev_active();
    if(indev && lv_indev_get_state(indev) == LV_INDEV_STATE_PRESSED) return;
    lv_point_t p;
    lv_obj_get_scroll_end(cont, &p);
    const bool hor = (as_tv(tv)->tab_pos & LV_DIR_VER) != 0;
    const int32_t size = hor ? lv_obj_get_content_width(cont) : lv_obj_get_content_height(cont);
    const int32_t gap = hor ? lv_obj_get_style_pad_column(cont, LV_PART_MAIN) : lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
    const int32_t pos = hor ? p.x : p.y;
    if(size + gap <= 0) return;
    int32_t idx = (pos + (size + gap) / 2) / (size + gap);
    const int32_t cnt = static_cast<int32_t>(lv_tabview_get_tab_count(tv));
    idx = lv_widget_clamp(idx, 0, cnt - 1);
    const bool changed = static_cast<uint32_t>(idx) != lv_tabview_get_tab_active(tv);
    lv_tabview_set_active(tv, static_cast<uint32_t>(idx), LV_ANIM_ON);
    if(changed) lv_obj_send_event(tv, LV_EVENT_VALUE_CHANGED, nullptr);
}

void tabview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_tabview_t * tv = as_tv(obj);
    tv->tab_cur = 0;
    tv->tab_pos = LV_DIR_NONE;
    lv_obj_t * bar = lv_obj_create(obj);
    lv_obj_t * cont = lv_obj_create(obj);
    LV_UNUSED(bar);
    lv_tabview_set_tab_bar_position(obj, LV_DIR_TOP);
    lv_obj_add_event_cb(cont, content_scroll_end_cb, LV_EVENT_ALL, nullptr);
    lv_obj_set_scrollbar_mode(cont, LV_SCROLLBAR_MODE_OFF);
    lv_obj_add_flag(cont, LV_OBJ_FLAG_SCROLL_ONE);
    lv_obj_remove_flag(cont, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
}

} // namespace

extern "C" {

lv_obj_t * lv_tabview_create(lv_obj_t * parent) { return lv_widget_create(&lv_tabview_class, parent); }

lv_obj_t * lv_tabview_add_tab(lv_obj_t * obj, const char * name)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return {};
    lv_obj_t * cont = lv_tabview_get_content(obj);
    lv_obj_t * page = lv_obj_create(cont);
    lv_obj_set_size(page, LV_PCT(100), LV_PCT(100));
    const uint32_t tab_idx = lv_obj_get_child_count(cont);

    lv_obj_t * button = lv_button_create(lv_tabview_get_tab_bar(obj));
    lv_obj_set_flex_grow(button, 1);
    lv_obj_set_size(button, LV_PCT(100), LV_PCT(100));
    lv_obj_add_event_cb(button, button_clicked_cb, LV_EVENT_CLICKED, nullptr);
    lv_group_t * g = lv_group_get_default();
    if(g) lv_group_add_obj(g, button);
    lv_obj_t * label = lv_label_create(button);
    lv_label_set_text(label, name ? name : "");
    lv_obj_center(label);
    if(tab_idx == 1) {
        as_tv(obj)->tab_cur = 0;
        lv_tabview_set_active(obj, 0, LV_ANIM_OFF);
    }
    return page;
}

void lv_tabview_rename_tab(lv_obj_t * obj, uint32_t idx, const char * new_name)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return;
    lv_obj_t * button = lv_obj_get_child_by_type(lv_tabview_get_tab_bar(obj), static_cast<int32_t>(idx), &lv_button_class);
    if(button == nullptr) return;
    lv_obj_t * label = lv_obj_get_child_by_type(button, 0, &lv_label_class);
    if(label) lv_label_set_text(label, new_name ? new_name : "");
}

void lv_tabview_set_active(lv_obj_t * obj, uint32_t idx, lv_anim_enable_t anim_en)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return;
    lv_tabview_t * tv = as_tv(obj);
    lv_obj_t * cont = lv_tabview_get_content(obj);
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    if(cont == nullptr || bar == nullptr) return;
    const uint32_t cnt = lv_tabview_get_tab_count(obj);
    if(idx >= cnt) return;
    lv_obj_update_layout(obj);
    if(tv->tab_pos & LV_DIR_VER) {
        const int32_t gap = lv_obj_get_style_pad_column(cont, LV_PART_MAIN);
        const int32_t w = lv_obj_get_content_width(cont);
        const int32_t x = static_cast<int32_t>(idx) * (gap + w);
        if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) lv_obj_scroll_to_x(cont, -x, anim_en);
        else lv_obj_scroll_to_x(cont, x, anim_en);
    }
    else {
        const int32_t gap = lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
        const int32_t h = lv_obj_get_content_height(cont);
        lv_obj_scroll_to_y(cont, static_cast<int32_t>(idx) * (gap + h), anim_en);
    }
    const uint32_t n = lv_obj_get_child_count(bar);
    uint32_t i = 0;
    for(uint32_t k = 0; k < n; k++) {
        lv_obj_t * button = lv_obj_get_child(bar, static_cast<int32_t>(k));
        if(!lv_obj_check_type(button, &lv_button_class)) continue;
        if(i == idx) lv_obj_add_state(button, LV_STATE_CHECKED);
        else lv_obj_remove_state(button, LV_STATE_CHECKED);
        i++;
    }
    tv->tab_cur = idx;
}

void lv_tabview_set_tab_bar_position(lv_obj_t * obj, lv_dir_t dir)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return;
    lv_tabview_t * tv = as_tv(obj);
    if(tv->tab_pos == dir) return;
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    lv_obj_t * cont = lv_tabview_get_content(obj);
    const bool was_ver = (tv->tab_pos & LV_DIR_VER) != 0 || tv->tab_pos == LV_DIR_NONE;
    const int32_t old_size = tv->tab_pos == LV_DIR_NONE ? LV_DPI_DEF / 2
                             : was_ver ? lv_obj_get_style_height(bar, LV_PART_MAIN) : lv_obj_get_style_width(bar, LV_PART_MAIN);
    tv->tab_pos = dir;
    const bool ver = (dir & LV_DIR_VER) != 0; /* the bar is above or below the content */
    switch(dir) {
        case LV_DIR_TOP: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN); break;
        case LV_DIR_BOTTOM: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN_REVERSE); break;
        case LV_DIR_LEFT: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW); break;
        case LV_DIR_RIGHT: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW_REVERSE); break;
        default: break;
    }
    if(ver) {
        lv_obj_set_flex_flow(bar, LV_FLEX_FLOW_ROW);
        lv_obj_set_size(bar, LV_PCT(100), old_size);
        lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_ROW);
        lv_obj_set_scroll_snap_x(cont, LV_SCROLL_SNAP_CENTER);
        lv_obj_set_scroll_snap_y(cont, LV_SCROLL_SNAP_NONE);
        lv_obj_set_width(cont, LV_PCT(100));
        lv_obj_set_flex_grow(cont, 1);
    }
    else {
        lv_obj_set_flex_flow(bar, LV_FLEX_FLOW_COLUMN);
        lv_obj_set_size(bar, old_size, LV_PCT(100));
        lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_COLUMN);
        lv_obj_set_scroll_snap_x(cont, LV_SCROLL_SNAP_NONE);
        lv_obj_set_scroll_snap_y(cont, LV_SCROLL_SNAP_CENTER);
        lv_obj_set_height(cont, LV_PCT(100));
        lv_obj_set_flex_grow(cont, 1);
    }
    lv_obj_set_scroll_dir(cont, ver ? LV_DIR_HOR : LV_DIR_VER);
}

void lv_tabview_set_tab_bar_size(lv_obj_t * obj, int32_t size)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return;
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    if(as_tv(obj)->tab_pos & LV_DIR_VER) lv_obj_set_height(bar, size);
    else lv_obj_set_width(bar, size);
}

uint32_t lv_tabview_get_tab_count(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return {};
    return lv_obj_get_child_count(lv_tabview_get_content(obj));
}
uint32_t lv_tabview_get_tab_active(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return {};
    return as_tv(obj)->tab_cur;
}
lv_obj_t * lv_tabview_get_content(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return {};
    return lv_obj_get_child(obj, 1);
}
lv_obj_t * lv_tabview_get_tab_bar(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_tabview_class)) return {};
    return lv_obj_get_child(obj, 0);
}

} // extern "C"
