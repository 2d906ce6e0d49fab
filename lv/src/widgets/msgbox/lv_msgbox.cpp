/**
 * @file lv_msgbox.cpp
 * Message box: a flex column of header (title label growing, buttons at the right),
 * content (a column of wrapped texts) and footer (evenly spaced buttons). Without a parent
 * it sits centered on a full-size backdrop in the top layer; closing deletes the backdrop.
 */
#include "core/lv_obj_private.h"

namespace {

constexpr lv_obj_flag_t FLAG_AUTO_PARENT = LV_OBJ_FLAG_WIDGET_1; /* the backdrop was created for it */

struct lv_msgbox_t {
    lv_obj_t obj;
    lv_obj_t * header;
    lv_obj_t * content;
    lv_obj_t * footer;
    lv_obj_t * title;
};

lv_msgbox_t * as_mbox(lv_obj_t * obj) { return reinterpret_cast<lv_msgbox_t *>(obj); }

lv_obj_t * create(const lv_obj_class_t * c, lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(c, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void close_click_cb(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_msgbox_close(lv_obj_get_parent(lv_obj_get_parent(btn)));
}

} // namespace

#define LV_MSGBOX_CLASS_(var, base, name, w, h, size, group) \
    extern "C" const lv_obj_class_t var = {base, nullptr, nullptr, nullptr, nullptr, name, w, h, \
                                           LV_OBJ_CLASS_EDITABLE_INHERIT, group, size, LV_OBJ_CLASS_THEME_INHERITABLE_TRUE};
LV_MSGBOX_CLASS_(lv_msgbox_class, &lv_obj_class, "msgbox", LV_DPI_DEF * 2, LV_SIZE_CONTENT, sizeof(lv_msgbox_t),
                 LV_OBJ_CLASS_GROUP_DEF_INHERIT)
LV_MSGBOX_CLASS_(lv_msgbox_header_class, &lv_obj_class, "msgbox-header", LV_PCT(100), LV_DPI_DEF / 3, 0,
                 LV_OBJ_CLASS_GROUP_DEF_INHERIT)
LV_MSGBOX_CLASS_(lv_msgbox_content_class, &lv_obj_class, "msgbox-content", LV_PCT(100), LV_SIZE_CONTENT, 0,
                 LV_OBJ_CLASS_GROUP_DEF_INHERIT)
LV_MSGBOX_CLASS_(lv_msgbox_footer_class, &lv_obj_class, "msgbox-footer", LV_PCT(100), LV_DPI_DEF / 3, 0,
                 LV_OBJ_CLASS_GROUP_DEF_INHERIT)
LV_MSGBOX_CLASS_(lv_msgbox_footer_button_class, &lv_obj_class, "msgbox-footer-button", LV_SIZE_CONTENT, LV_PCT(100), 0,
                 LV_OBJ_CLASS_GROUP_DEF_TRUE)
LV_MSGBOX_CLASS_(lv_msgbox_header_button_class, &lv_obj_class, "msgbox-header-button", LV_DPI_DEF / 3, LV_PCT(100), 0,
                 LV_OBJ_CLASS_GROUP_DEF_TRUE)
LV_MSGBOX_CLASS_(lv_msgbox_backdrop_class, &lv_obj_class, "msgbox-backdrop", LV_PCT(100), LV_PCT(100), 0,
                 LV_OBJ_CLASS_GROUP_DEF_INHERIT)
#undef LV_MSGBOX_CLASS_

extern "C" {

lv_obj_t * lv_msgbox_create(lv_obj_t * parent)
{
    bool auto_parent = parent == nullptr;
    if(auto_parent) {
        parent = create(&lv_msgbox_backdrop_class, lv_layer_top());
        if(!parent) return nullptr;
        lv_obj_remove_flag(parent, LV_OBJ_FLAG_IGNORE_LAYOUT);
        lv_obj_set_size(parent, LV_PCT(100), LV_PCT(100));
    }
    lv_obj_t * obj = create(&lv_msgbox_class, parent);
    if(!obj) return nullptr;
    lv_msgbox_t * mbox = as_mbox(obj);
    mbox->header = mbox->footer = mbox->title = nullptr;
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    if(auto_parent) lv_obj_add_flag(obj, FLAG_AUTO_PARENT);
    mbox->content = create(&lv_msgbox_content_class, obj);
    if(mbox->content) lv_obj_set_flex_flow(mbox->content, LV_FLEX_FLOW_COLUMN);
    lv_obj_center(obj);
    return obj;
}

lv_obj_t * lv_msgbox_add_title(lv_obj_t * obj, const char * title)
{
    if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr;
    lv_msgbox_t * mbox = as_mbox(obj);
    if(!mbox->header) {
        mbox->header = create(&lv_msgbox_header_class, obj);
        if(!mbox->header) return nullptr;
        lv_obj_set_size(mbox->header, lv_pct(100), lv_display_get_dpi(lv_obj_get_display(obj)) / 3);
        lv_obj_set_flex_flow(mbox->header, LV_FLEX_FLOW_ROW);
        lv_obj_set_flex_align(mbox->header, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
        lv_obj_move_to_index(mbox->header, 0);
    }
    if(!mbox->title) {
        mbox->title = lv_label_create(mbox->header);
        lv_obj_set_flex_grow(mbox->title, 1);
    }
    lv_label_set_text(mbox->title, title ? title : "");
    return mbox->title;
}

lv_obj_t * lv_msgbox_add_header_button(lv_obj_t * obj, const void * icon)
{
    if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr;
    lv_msgbox_t * mbox = as_mbox(obj);
    if(!mbox->header) lv_msgbox_add_title(obj, ""); /* the empty title pushes the buttons right */
    lv_obj_t * btn = create(&lv_msgbox_header_button_class, mbox->header);
    if(btn && icon) {
        lv_obj_t * img = lv_image_create(btn);
        lv_image_set_src(img, icon);
        lv_obj_align(img, LV_ALIGN_CENTER, 0, 0);
    }
    return btn;
}

lv_obj_t * lv_msgbox_add_text(lv_obj_t * obj, const char * text)
{
    if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr;
    lv_obj_t * label = lv_label_create(as_mbox(obj)->content);
    lv_label_set_text(label, text ? text : "");
    lv_obj_set_width(label, lv_pct(100));
    return label;
}

lv_obj_t * lv_msgbox_add_footer_button(lv_obj_t * obj, const char * text)
{
    if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr;
    lv_msgbox_t * mbox = as_mbox(obj);
    if(!mbox->footer) {
        mbox->footer = create(&lv_msgbox_footer_class, obj);
        if(!mbox->footer) return nullptr;
        lv_obj_set_flex_flow(mbox->footer, LV_FLEX_FLOW_ROW);
        lv_obj_set_flex_align(mbox->footer, LV_FLEX_ALIGN_SPACE_EVENLY, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    }
    lv_obj_t * btn = create(&lv_msgbox_footer_button_class, mbox->footer);
    if(btn && text) {
        lv_obj_t * label = lv_label_create(btn);
        lv_label_set_text(label, text);
        lv_obj_align(label, LV_ALIGN_CENTER, 0, 0);
    }
    return btn;
}

lv_obj_t * lv_msgbox_add_close_button(lv_obj_t * obj)
{
    if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr;
    lv_obj_t * btn = lv_msgbox_add_header_button(obj, LV_SYMBOL_CLOSE);
    if(btn) lv_obj_add_event_cb(btn, close_click_cb, LV_EVENT_CLICKED, nullptr);
    return btn;
}

lv_obj_t * lv_msgbox_get_header(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr; return as_mbox(obj)->header; }
lv_obj_t * lv_msgbox_get_footer(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr; return as_mbox(obj)->footer; }
lv_obj_t * lv_msgbox_get_content(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr; return as_mbox(obj)->content; }
lv_obj_t * lv_msgbox_get_title(lv_obj_t * obj) { if(!lv_obj_has_class(obj, &lv_msgbox_class)) return nullptr; return as_mbox(obj)->title; }

void lv_msgbox_close(lv_obj_t * mbox)
{
    if(lv_obj_has_flag(mbox, FLAG_AUTO_PARENT)) lv_obj_delete(lv_obj_get_parent(mbox));
    else lv_obj_delete(mbox);
}

void lv_msgbox_close_async(lv_obj_t * mbox)
{
    if(lv_obj_has_flag(mbox, FLAG_AUTO_PARENT)) lv_obj_delete_async(lv_obj_get_parent(mbox));
    else lv_obj_delete_async(mbox);
}

} // extern "C"
