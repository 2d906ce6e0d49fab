/**
 * @file lv_list.cpp
 * List: a flex column; section texts are full-width labels, buttons are full-width rows
 * (icon image, then a label growing into the rest and scrolling circularly when long).
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void list_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
}

void list_button_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(obj, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
}

lv_obj_t * button_label(lv_obj_t * btn)
{
    const uint32_t n = lv_obj_get_child_count(btn);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * child = lv_obj_get_child(btn, static_cast<int32_t>(i));
        if(lv_obj_check_type(child, &lv_label_class)) return child;
    }
    return nullptr;
}

} // namespace

extern "C" const lv_obj_class_t lv_list_class = {
    &lv_obj_class, list_constructor, nullptr, nullptr, nullptr, "list",
    (LV_DPI_DEF * 3) / 2, LV_DPI_DEF * 2, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_list_button_class = {
    &lv_button_class, list_button_constructor, nullptr, nullptr, nullptr, "list-button",
    LV_PCT(100), LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_list_text_class = {
    &lv_label_class, nullptr, nullptr, nullptr, nullptr, "list-text",
    LV_PCT(100), LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    0 /* a label */, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" {

lv_obj_t * lv_list_create(lv_obj_t * parent) { return lv_widget_create(&lv_list_class, parent); }

lv_obj_t * lv_list_add_text(lv_obj_t * list, const char * txt)
{
    if(!lv_widget_check(list, &lv_list_class)) return {};
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_list_text_class, list);
    lv_obj_class_init_obj(obj);
    lv_label_set_text(obj, txt ? txt : "");
    return obj;
}

lv_obj_t * lv_list_add_button(lv_obj_t * list, const void * icon, const char * txt)
{
    if(!lv_widget_check(list, &lv_list_class)) return {};
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_list_button_class, list);
    lv_obj_class_init_obj(obj);
    lv_obj_set_size(obj, LV_PCT(100), LV_SIZE_CONTENT);
    if(icon) {
        lv_obj_t * img = lv_image_create(obj);
        lv_image_set_src(img, icon);
    }
    if(txt) {
        lv_obj_t * label = lv_label_create(obj);
        lv_label_set_text(label, txt);
        lv_label_set_long_mode(label, LV_LABEL_LONG_MODE_SCROLL_CIRCULAR);
        lv_obj_set_flex_grow(label, 1);
    }
    return obj;
}

const char * lv_list_get_button_text(lv_obj_t * list, lv_obj_t * btn)
{
    if(!lv_widget_check(list, &lv_list_class)) return {};
    LV_UNUSED(list);
    lv_obj_t * label = button_label(btn);
    return label ? lv_label_get_text(label) : "";
}

void lv_list_set_button_text(lv_obj_t * list, lv_obj_t * btn, const char * txt)
{
    if(!lv_widget_check(list, &lv_list_class)) return;
    LV_UNUSED(list);
    lv_obj_t * label = button_label(btn);
    if(label) lv_label_set_text(label, txt ? txt : "");
}

} // extern "C"
