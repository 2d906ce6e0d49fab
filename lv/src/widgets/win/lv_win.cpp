/**
 * @file lv_win.cpp
 * Window: a flex column of two plain objects, the header (half an inch tall, a row) and the
 * content (growing into the rest). The theme styles them by their index in the window.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void win_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_t * parent = lv_obj_get_parent(obj);
    if(parent) lv_obj_set_size(obj, lv_obj_get_width(parent), lv_obj_get_height(parent));
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);

    lv_obj_t * header = lv_obj_create(obj);
    lv_obj_set_size(header, LV_PCT(100), lv_display_get_dpi(lv_obj_get_display(obj)) / 2);
    lv_obj_set_flex_flow(header, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(header, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);

    lv_obj_t * cont = lv_obj_create(obj);
    lv_obj_set_flex_grow(cont, 1);
    lv_obj_set_width(cont, LV_PCT(100));
}

} // namespace

extern "C" const lv_obj_class_t lv_win_class = {
    &lv_obj_class, win_constructor, nullptr, nullptr, nullptr, "win",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" {

lv_obj_t * lv_win_create(lv_obj_t * parent) { return lv_widget_create(&lv_win_class, parent); }

lv_obj_t * lv_win_add_title(lv_obj_t * win, const char * txt)
{
    if(!lv_widget_check(win, &lv_win_class)) return {};
    lv_obj_t * title = lv_label_create(lv_win_get_header(win));
    lv_label_set_long_mode(title, LV_LABEL_LONG_MODE_DOTS);
    lv_label_set_text(title, txt ? txt : "");
    lv_obj_set_flex_grow(title, 1);
    return title;
}

lv_obj_t * lv_win_add_button(lv_obj_t * win, const void * icon, int32_t btn_w)
{
    if(!lv_widget_check(win, &lv_win_class)) return {};
    lv_obj_t * btn = lv_button_create(lv_win_get_header(win));
    lv_obj_set_size(btn, btn_w, LV_PCT(100));
    if(icon) {
        lv_obj_t * img = lv_image_create(btn);
        lv_image_set_src(img, icon);
        lv_obj_align(img, LV_ALIGN_CENTER, 0, 0);
    }
    return btn;
}

lv_obj_t * lv_win_get_header(lv_obj_t * win) { return lv_obj_get_child(win, 0); }
lv_obj_t * lv_win_get_content(lv_obj_t * win)
{
    if(!lv_widget_check(win, &lv_win_class)) return {};
    return lv_obj_get_child(win, 1);
}

} // extern "C"
