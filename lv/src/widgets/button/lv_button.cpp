/**
 * @file lv_button.cpp
 * Button: an object sized to its content that is not scrollable; the look comes from the theme.
 */
#include "core/lv_obj_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void button_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLLABLE);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
}

} // namespace

extern "C" const lv_obj_class_t lv_button_class = {
    &lv_obj_class, button_constructor, nullptr, nullptr, nullptr, "button",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_TRUE,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" lv_obj_t * lv_button_create(lv_obj_t * parent) { return lv_widget_create(&lv_button_class, parent); }
