/**
 * @file lv_msgbox.cpp
 * Message box: plain objects of dedicated classes (so the theme can style each part),
 * laid out with flex columns/rows.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

struct lv_msgbox_t {
    lv_obj_t obj;
    lv_obj_t * header;
    lv_obj_t * content;
    lv_obj_t * footer;
    lv_obj_t * title;
    uint8_t auto_parent : 1; /**< the parent is a backdrop made by lv_msgbox_create(NULL) */
};

} // namespace

extern "C" const lv_obj_class_t lv_msgbox_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "msgbox",
    LV_DPI_DEF * 2, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_msgbox_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_header_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "msgbox-header",
    LV_PCT(100), LV_DPI_DEF / 3, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_content_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "msgbox-content",
    LV_PCT(100), LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_footer_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "msgbox-footer",
    LV_PCT(100), LV_DPI_DEF / 3, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_footer_button_class = {
    &lv_button_class, nullptr, nullptr, nullptr, nullptr, "msgbox-footer-button",
    LV_SIZE_CONTENT, LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_header_button_class = {
    &lv_button_class, nullptr, nullptr, nullptr, nullptr, "msgbox-header-button",
    LV_DPI_DEF / 3, LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_msgbox_backdrop_class = {
    &lv_obj_class, nullptr, nullptr, nullptr, nullptr, "msgbox-backdrop",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_msgbox_t * as_mbox(const lv_obj_t * obj) { return reinterpret_cast<lv_msgbox_t *>(const_cast<lv_obj_t *>(obj)); }

lv_obj_t * create_part(const lv_obj_class_t * cls, lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(cls, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

/** The message box a header button belongs to (button -> header -> box). */
void close_click_cb(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_obj_t * mbox = lv_obj_get_parent(lv_obj_get_parent(btn));
    lv_msgbox_close_async(mbox);
}

} // namespace

extern "C" {

lv_obj_t * lv_msgbox_create(lv_obj_t * parent)
{
    bool auto_parent = false;
    if(parent == nullptr) {
        auto_parent = true;
        parent = create_part(&lv_msgbox_backdrop_class, lv_layer_top());
        lv_obj_remove_flag(parent, LV_OBJ_FLAG_IGNORE_LAYOUT);
        lv_obj_set_size(parent, LV_PCT(100), LV_PCT(100));
    }
    lv_obj_t * obj = create_part(&lv_msgbox_class, parent);
    lv_msgbox_t * mbox = as_mbox(obj);
    mbox->header = nullptr;
    mbox->footer = nullptr;
    mbox->title = nullptr;
    mbox->auto_parent = auto_parent ? 1 : 0;
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    mbox->content = create_part(&lv_msgbox_content_class, obj);
    lv_obj_set_flex_flow(mbox->content, LV_FLEX_FLOW_COLUMN);
    lv_obj_center(obj);
    return obj;
}

lv_obj_t * lv_msgbox_add_title(lv_obj_t * obj, const char * title)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    lv_msgbox_t * mbox = as_mbox(obj);
    if(mbox->header == nullptr) {
        mbox->header = create_part(&lv_msgbox_header_class, obj);
        lv_obj_set_size(mbox->header, LV_PCT(100), lv_display_get_dpi(lv_obj_get_display(obj)) / 3);
        lv_obj_set_flex_flow(mbox->header, LV_FLEX_FLOW_ROW);
        lv_obj_set_flex_align(mbox->header, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
        lv_obj_move_to_index(mbox->header, 0);
    }
    if(mbox->title == nullptr) {
        mbox->title = lv_label_create(mbox->header);
        lv_obj_set_flex_grow(mbox->title, 1);
    }
    lv_label_set_text(mbox->title, title ? title : "");
    return mbox->title;
}

lv_obj_t * lv_msgbox_add_header_button(lv_obj_t * obj, const void * icon)
{
    lv_msgbox_t * mbox = as_mbox(obj);
    if(mbox->header == nullptr) lv_msgbox_add_title(obj, ""); /* the title pushes the buttons to the right */
    lv_obj_t * btn = create_part(&lv_msgbox_header_button_class, mbox->header);
    lv_obj_remove_flag(btn, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    if(icon) {
        lv_obj_t * img = lv_image_create(btn);
        lv_image_set_src(img, icon);
        lv_obj_align(img, LV_ALIGN_CENTER, 0, 0);
    }
    return btn;
}

lv_obj_t * lv_msgbox_add_text(lv_obj_t * obj, const char * text)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    lv_obj_t * label = lv_label_create(as_mbox(obj)->content);
    lv_label_set_text(label, text ? text : "");
    lv_obj_set_width(label, LV_PCT(100));
    return label;
}

lv_obj_t * lv_msgbox_add_footer_button(lv_obj_t * obj, const char * text)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    lv_msgbox_t * mbox = as_mbox(obj);
    if(mbox->footer == nullptr) {
        mbox->footer = create_part(&lv_msgbox_footer_class, obj);
        lv_obj_set_flex_flow(mbox->footer, LV_FLEX_FLOW_ROW);
        lv_obj_set_flex_align(mbox->footer, LV_FLEX_ALIGN_SPACE_EVENLY, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    }
    lv_obj_t * btn = create_part(&lv_msgbox_footer_button_class, mbox->footer);
    if(text) {
        lv_obj_t * label = lv_label_create(btn);
        lv_label_set_text(label, text);
        lv_obj_center(label);
    }
    return btn;
}

lv_obj_t * lv_msgbox_add_close_button(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    lv_obj_t * btn = lv_msgbox_add_header_button(obj, LV_SYMBOL_CLOSE);
    lv_obj_add_event_cb(btn, close_click_cb, LV_EVENT_CLICKED, nullptr);
    return btn;
}

lv_obj_t * lv_msgbox_get_header(lv_obj_t * obj) { return as_mbox(obj)->header; }
lv_obj_t * lv_msgbox_get_footer(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    return as_mbox(obj)->footer;
}
lv_obj_t * lv_msgbox_get_content(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    return as_mbox(obj)->content;
}
lv_obj_t * lv_msgbox_get_title(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return {};
    return as_mbox(obj)->title;
}

void lv_msgbox_close(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return;
    if(as_mbox(obj)->auto_parent) lv_obj_delete(lv_obj_get_parent(obj));
    else lv_obj_delete(obj);
}

void lv_msgbox_close_async(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_msgbox_class)) return;
    lv_obj_delete_async(as_mbox(obj)->auto_parent ? lv_obj_get_parent(obj) : obj);
}

} // extern "C"
