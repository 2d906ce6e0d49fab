/**
 * @file lv_tabview.cpp
 * Tab view. Layout: the view is a flex column (row for left/right bars, reversed for
 * bottom/right); the tab bar is a flex line of grow-1 buttons; the content is a flex line of
 * full-size pages with one-page scrolling and centre snapping. Clicking a button activates
 * its tab; a finished scroll of the content activates the page under it (VALUE_CHANGED).
 * The theme styles child 0 as the bar and child 1 as the content, so their order is fixed.
 */
#include "core/lv_obj_private.h"

namespace {

struct lv_tabview_t {
    lv_obj_t obj;
    uint32_t tab_cur;
    lv_dir_t tab_pos;
};

void tabview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void tabview_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_tabview_class = {
    &lv_obj_class, tabview_constructor, nullptr, tabview_event, nullptr, "tabview",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_tabview_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_tabview_t * as_tabview(lv_obj_t * obj) { return reinterpret_cast<lv_tabview_t *>(obj); }
bool is_tabview(lv_obj_t * obj) { return obj && lv_obj_check_type(obj, &lv_tabview_class); }

bool bar_is_horizontal(const lv_tabview_t * tv) { return (tv->tab_pos & LV_DIR_VER) != 0; }

void button_clicked(lv_event_t * e)
{
    lv_obj_t * button = lv_event_get_current_target_obj(e);
    lv_obj_t * tv = lv_obj_get_parent(lv_obj_get_parent(button));
    if(!is_tabview(tv)) return;
    uint32_t idx = static_cast<uint32_t>(lv_obj_get_index(button));
    bool changed = idx != as_tabview(tv)->tab_cur;
    lv_tabview_set_active(tv, idx, LV_ANIM_ON);
    if(changed) lv_obj_send_event(tv, LV_EVENT_VALUE_CHANGED, nullptr);
}

/** After the content scrolled (and the pointer let go), the page under the scroll position is active. */
void content_scroll_end(lv_event_t * e)
{
    lv_obj_t * cont = lv_event_get_current_target_obj(e);
    lv_obj_t * tv = static_cast<lv_obj_t *>(lv_event_get_user_data(e));
    if(!is_tabview(tv)) return;
    lv_event_code_t code = lv_event_get_code(e);
    if(code == LV_EVENT_LAYOUT_CHANGED) {
        lv_tabview_set_active(tv, as_tabview(tv)->tab_cur, LV_ANIM_OFF);
        return;
    }
    if(code != LV_EVENT_SCROLL_END) return;
    lv_indev_t * indev = lv_indev_active();
    if(indev && lv_indev_get_state(indev) == LV_INDEV_STATE_PRESSED) return;

    lv_point_t end;
    lv_obj_get_scroll_end(cont, &end);
    int32_t pos, step;
    if(bar_is_horizontal(as_tabview(tv))) {
        pos = end.x;
        step = lv_obj_get_content_width(cont) + lv_obj_get_style_pad_column(cont, LV_PART_MAIN);
    }
    else {
        pos = end.y;
        step = lv_obj_get_content_height(cont) + lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
    }
    if(step <= 0) return;
    int32_t idx = (pos + step / 2) / step;
    int32_t count = static_cast<int32_t>(lv_tabview_get_tab_count(tv));
    if(idx < 0) idx = 0;
    if(idx >= count) idx = count - 1;
    if(idx < 0) return;
    bool changed = static_cast<uint32_t>(idx) != as_tabview(tv)->tab_cur;
    lv_tabview_set_active(tv, static_cast<uint32_t>(idx), LV_ANIM_ON);
    if(changed) lv_obj_send_event(tv, LV_EVENT_VALUE_CHANGED, nullptr);
}

void tabview_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_tabview_t * tv = as_tabview(obj);
    tv->tab_pos = LV_DIR_TOP;
    tv->tab_cur = 0;
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);

    lv_obj_t * bar = lv_obj_create(obj);
    lv_obj_t * cont = lv_obj_create(obj);
    if(!bar || !cont) return;
    lv_obj_set_flex_grow(cont, 1);
    lv_obj_set_scrollbar_mode(cont, LV_SCROLLBAR_MODE_OFF);
    lv_obj_add_flag(cont, LV_OBJ_FLAG_SCROLL_ONE);
    lv_obj_remove_flag(cont, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_add_event_cb(cont, content_scroll_end, LV_EVENT_ALL, obj);
    lv_tabview_set_tab_bar_position(obj, LV_DIR_TOP);
}

void tabview_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_obj_event_base(&lv_tabview_class, e);
}

lv_obj_t * tab_button(lv_obj_t * obj, uint32_t idx)
{
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    return bar ? lv_obj_get_child(bar, static_cast<int32_t>(idx)) : nullptr;
}

} // namespace

extern "C" {

lv_obj_t * lv_tabview_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_tabview_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

lv_obj_t * lv_tabview_get_tab_bar(lv_obj_t * obj)
{
    return is_tabview(obj) ? lv_obj_get_child(obj, 0) : nullptr;
}

lv_obj_t * lv_tabview_get_content(lv_obj_t * obj)
{
    return is_tabview(obj) ? lv_obj_get_child(obj, 1) : nullptr;
}

uint32_t lv_tabview_get_tab_count(lv_obj_t * obj)
{
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    return bar ? lv_obj_get_child_count(bar) : 0;
}

uint32_t lv_tabview_get_tab_active(lv_obj_t * obj)
{
    return is_tabview(obj) ? as_tabview(obj)->tab_cur : 0;
}

lv_obj_t * lv_tabview_add_tab(lv_obj_t * obj, const char * name)
{
    lv_obj_t * cont = lv_tabview_get_content(obj);
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    if(!cont || !bar) return nullptr;
    lv_obj_t * page = lv_obj_create(cont);
    if(!page) return nullptr;
    lv_obj_set_size(page, LV_PCT(100), LV_PCT(100));

    lv_obj_t * button = lv_button_create(bar);
    if(button) {
        lv_obj_set_size(button, LV_PCT(100), LV_PCT(100));
        lv_obj_set_flex_grow(button, 1);
        lv_obj_add_event_cb(button, button_clicked, LV_EVENT_CLICKED, nullptr);
        lv_group_t * g = lv_group_get_default();
        if(g) lv_group_add_obj(g, button);
        lv_obj_t * label = lv_label_create(button);
        if(label) {
            lv_label_set_text(label, name ? name : "");
            lv_obj_center(label);
        }
    }
    if(lv_tabview_get_tab_count(obj) == 1) lv_tabview_set_active(obj, 0, LV_ANIM_OFF);
    return page;
}

void lv_tabview_rename_tab(lv_obj_t * obj, uint32_t idx, const char * new_name)
{
    lv_obj_t * button = tab_button(obj, idx);
    lv_obj_t * label = button ? lv_obj_get_child_by_type(button, 0, &lv_label_class) : nullptr;
    if(label) lv_label_set_text(label, new_name ? new_name : "");
}

void lv_tabview_set_active(lv_obj_t * obj, uint32_t idx, lv_anim_enable_t anim_en)
{
    if(!is_tabview(obj) || idx >= lv_tabview_get_tab_count(obj)) return;
    lv_tabview_t * tv = as_tabview(obj);
    lv_obj_t * cont = lv_tabview_get_content(obj);
    lv_obj_update_layout(obj); /* the page size decides the scroll position */

    int32_t i = static_cast<int32_t>(idx);
    if(bar_is_horizontal(tv)) {
        int32_t step = lv_obj_get_content_width(cont) + lv_obj_get_style_pad_column(cont, LV_PART_MAIN);
        if(lv_obj_get_style_base_dir(obj, LV_PART_MAIN) == LV_BASE_DIR_RTL) lv_obj_scroll_to_x(cont, -i * step, anim_en);
        else lv_obj_scroll_to_x(cont, i * step, anim_en);
    }
    else {
        int32_t step = lv_obj_get_content_height(cont) + lv_obj_get_style_pad_row(cont, LV_PART_MAIN);
        lv_obj_scroll_to_y(cont, i * step, anim_en);
    }

    uint32_t n = lv_tabview_get_tab_count(obj);
    for(uint32_t b = 0; b < n; b++) {
        lv_obj_t * button = tab_button(obj, b);
        if(b == idx) lv_obj_add_state(button, LV_STATE_CHECKED);
        else lv_obj_remove_state(button, LV_STATE_CHECKED);
    }
    tv->tab_cur = idx;
}

void lv_tabview_set_tab_bar_position(lv_obj_t * obj, lv_dir_t dir)
{
    if(!is_tabview(obj)) return;
    lv_tabview_t * tv = as_tabview(obj);
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    lv_obj_t * cont = lv_tabview_get_content(obj);
    if(!bar || !cont) return;
    bool was_horizontal = bar_is_horizontal(tv);
    tv->tab_pos = dir;

    switch(dir) {
        case LV_DIR_BOTTOM: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN_REVERSE); break;
        case LV_DIR_LEFT: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW); break;
        case LV_DIR_RIGHT: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW_REVERSE); break;
        default: lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN); break;
    }

    bool horizontal = bar_is_horizontal(tv);
    /* keep the bar's thickness when it only moves to the opposite side */
    int32_t thickness = was_horizontal ? lv_obj_get_style_height(bar, LV_PART_MAIN) : lv_obj_get_style_width(bar, LV_PART_MAIN);
    if(thickness == LV_PCT(100) || thickness == 0) thickness = LV_DPI_DEF / 2;
    if(horizontal) {
        lv_obj_set_flex_flow(bar, LV_FLEX_FLOW_ROW);
        lv_obj_set_size(bar, LV_PCT(100), thickness);
        lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_ROW);
        lv_obj_set_width(cont, LV_PCT(100));
        lv_obj_set_height(cont, LV_SIZE_CONTENT);
        lv_obj_set_scroll_snap_x(cont, LV_SCROLL_SNAP_CENTER);
        lv_obj_set_scroll_snap_y(cont, LV_SCROLL_SNAP_NONE);
    }
    else {
        lv_obj_set_flex_flow(bar, LV_FLEX_FLOW_COLUMN);
        lv_obj_set_size(bar, thickness, LV_PCT(100));
        lv_obj_set_flex_flow(cont, LV_FLEX_FLOW_COLUMN);
        lv_obj_set_height(cont, LV_PCT(100));
        lv_obj_set_width(cont, LV_SIZE_CONTENT);
        lv_obj_set_scroll_snap_x(cont, LV_SCROLL_SNAP_NONE);
        lv_obj_set_scroll_snap_y(cont, LV_SCROLL_SNAP_CENTER);
    }
    lv_obj_set_flex_grow(cont, 1);

    uint32_t n = lv_obj_get_child_count(bar);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * button = lv_obj_get_child(bar, static_cast<int32_t>(i));
        lv_obj_set_flex_grow(button, 1);
        lv_obj_set_size(button, LV_PCT(100), LV_PCT(100));
    }
}

void lv_tabview_set_tab_bar_size(lv_obj_t * obj, int32_t size)
{
    lv_obj_t * bar = lv_tabview_get_tab_bar(obj);
    if(!bar) return;
    if(bar_is_horizontal(as_tabview(obj))) lv_obj_set_height(bar, size);
    else lv_obj_set_width(bar, size);
}

} // extern "C"
