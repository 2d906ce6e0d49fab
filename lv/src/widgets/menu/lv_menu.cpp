/**
 * @file lv_menu.cpp
 * Menu: a flex row of an optional sidebar (30% wide, a header and the sidebar page) and the
 * main column (a header with a back button and the title, then the shown page, growing).
 * Pages wait in a hidden storage object; showing one moves it in. The main area keeps a
 * history of shown pages for the back button.
 */
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

constexpr uint32_t HISTORY_MAX = 16;

struct lv_menu_t {
    lv_obj_t obj;
    lv_obj_t * storage;
    lv_obj_t * main;
    lv_obj_t * main_page;
    lv_obj_t * main_header;
    lv_obj_t * main_header_back_btn;
    lv_obj_t * main_header_title;
    lv_obj_t * sidebar;
    lv_obj_t * sidebar_page;
    lv_obj_t * sidebar_header;
    lv_obj_t * sidebar_header_back_btn;
    lv_obj_t * sidebar_header_title;
    lv_obj_t * selected_tab;
    lv_obj_t * history[HISTORY_MAX];
    uint32_t cur_depth;
    lv_menu_mode_header_t mode_header : 2;
    lv_menu_mode_root_back_button_t mode_root_back_btn : 1;
};

struct lv_menu_page_t {
    lv_obj_t obj;
    char * title;
    uint8_t static_title : 1;
};

void menu_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void page_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void page_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void cont_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void section_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void separator_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);

} // namespace

/* the plain parts of a menu: objects of their own classes so that the theme can style them */
#define MENU_PART_CLASS(var, name_str, w, h, ctor) \
    extern "C" const lv_obj_class_t var = {&lv_obj_class, ctor, nullptr, nullptr, nullptr, name_str, w, h, \
                                           LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT, \
                                           sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE};

extern "C" const lv_obj_class_t lv_menu_class = {
    &lv_obj_class, menu_constructor, nullptr, nullptr, nullptr, "menu",
    LV_PCT(100), LV_PCT(100), LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_menu_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

extern "C" const lv_obj_class_t lv_menu_page_class = {
    &lv_obj_class, page_constructor, page_destructor, nullptr, nullptr, "menu-page",
    LV_PCT(100), LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_menu_page_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

MENU_PART_CLASS(lv_menu_cont_class, "menu-cont", LV_PCT(100), LV_SIZE_CONTENT, cont_constructor)
MENU_PART_CLASS(lv_menu_section_class, "menu-section", LV_PCT(100), LV_SIZE_CONTENT, section_constructor)
MENU_PART_CLASS(lv_menu_separator_class, "menu-separator", LV_SIZE_CONTENT, LV_SIZE_CONTENT, separator_constructor)
MENU_PART_CLASS(lv_menu_sidebar_cont_class, "menu-sidebar-cont", LV_SIZE_CONTENT, LV_SIZE_CONTENT, nullptr)
MENU_PART_CLASS(lv_menu_main_cont_class, "menu-main-cont", LV_SIZE_CONTENT, LV_SIZE_CONTENT, nullptr)
MENU_PART_CLASS(lv_menu_sidebar_header_cont_class, "menu-sidebar-header-cont", LV_SIZE_CONTENT, LV_SIZE_CONTENT, nullptr)
MENU_PART_CLASS(lv_menu_main_header_cont_class, "menu-main-header-cont", LV_SIZE_CONTENT, LV_SIZE_CONTENT, nullptr)

namespace {

lv_menu_t * as_menu(const lv_obj_t * obj) { return reinterpret_cast<lv_menu_t *>(const_cast<lv_obj_t *>(obj)); }
lv_menu_page_t * as_page(const lv_obj_t * obj) { return reinterpret_cast<lv_menu_page_t *>(const_cast<lv_obj_t *>(obj)); }

lv_obj_t * create_part(const lv_obj_class_t * cls, lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(cls, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void show(lv_obj_t * obj, bool visible)
{
    if(visible) {
        lv_obj_remove_flag(obj, LV_OBJ_FLAG_HIDDEN);
        lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    }
    else {
        lv_obj_add_flag(obj, LV_OBJ_FLAG_HIDDEN);
        lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    }
}

void back_clicked_cb(lv_event_t * e);

/** A header: a row with a back button (a left arrow) and a hidden title. */
lv_obj_t * create_header(lv_menu_t * menu, const lv_obj_class_t * cls, lv_obj_t * parent, lv_obj_t ** back, lv_obj_t ** title)
{
    lv_obj_t * header = create_part(cls, parent);
    lv_obj_set_size(header, LV_PCT(100), LV_SIZE_CONTENT);
    lv_obj_set_flex_flow(header, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(header, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_remove_flag(header, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_remove_flag(header, LV_OBJ_FLAG_SCROLLABLE);
    *back = lv_button_create(header);
    lv_obj_add_event_cb(*back, back_clicked_cb, LV_EVENT_CLICKED, menu);
    lv_obj_add_flag(*back, LV_OBJ_FLAG_EVENT_BUBBLE);
    lv_obj_set_flex_flow(*back, LV_FLEX_FLOW_ROW);
    lv_obj_t * icon = lv_image_create(*back);
    lv_image_set_src(icon, LV_SYMBOL_LEFT);
    *title = lv_label_create(header);
    lv_obj_add_flag(*title, LV_OBJ_FLAG_HIDDEN);
    return header;
}

void menu_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_menu_t * menu = as_menu(obj);
    lv_obj_set_layout(obj, LV_LAYOUT_FLEX);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    menu->mode_header = LV_MENU_HEADER_TOP_FIXED;
    menu->mode_root_back_btn = LV_MENU_ROOT_BACK_BUTTON_DISABLED;
    menu->cur_depth = 0;
    menu->main_page = nullptr;
    menu->sidebar = nullptr;
    menu->sidebar_page = nullptr;
    menu->sidebar_header = nullptr;
    menu->sidebar_header_back_btn = nullptr;
    menu->sidebar_header_title = nullptr;
    menu->selected_tab = nullptr;
    menu->storage = lv_obj_create(obj);
    lv_obj_add_flag(menu->storage, LV_OBJ_FLAG_HIDDEN);

    menu->main = create_part(&lv_menu_main_cont_class, obj);
    lv_obj_set_height(menu->main, LV_PCT(100));
    lv_obj_set_flex_grow(menu->main, 1);
    lv_obj_set_flex_flow(menu->main, LV_FLEX_FLOW_COLUMN);
    lv_obj_add_flag(menu->main, LV_OBJ_FLAG_EVENT_BUBBLE);
    lv_obj_remove_flag(menu->main, LV_OBJ_FLAG_CLICKABLE);
    menu->main_header = create_header(menu, &lv_menu_main_header_cont_class, menu->main, &menu->main_header_back_btn,
                                      &menu->main_header_title);
}

void page_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    as_page(obj)->title = nullptr;
    as_page(obj)->static_title = 0;
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    lv_obj_set_flex_align(obj, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
}

void page_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_menu_page_t * page = as_page(obj);
    if(!page->static_title) lv_free(page->title);
    page->title = nullptr;
}

void cont_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_ROW);
    lv_obj_set_flex_align(obj, LV_FLEX_ALIGN_START, LV_FLEX_ALIGN_CENTER, LV_FLEX_ALIGN_CENTER);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
}

void section_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_set_flex_flow(obj, LV_FLEX_FLOW_COLUMN);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
}

void separator_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_CLICKABLE);
}

void set_title_label(lv_obj_t * label, lv_obj_t * page)
{
    if(label == nullptr) return;
    const char * title = page ? as_page(page)->title : nullptr;
    if(title) {
        lv_label_set_text(label, title);
        lv_obj_remove_flag(label, LV_OBJ_FLAG_HIDDEN);
    }
    else {
        lv_obj_add_flag(label, LV_OBJ_FLAG_HIDDEN);
    }
}

void refresh_main_header(lv_obj_t * obj)
{
    lv_menu_t * menu = as_menu(obj);
    set_title_label(menu->main_header_title, menu->main_page);
    if(menu->main_page == nullptr) return;
    switch(menu->mode_header) {
        case LV_MENU_HEADER_TOP_FIXED:
            lv_obj_move_to_index(menu->main_header, 0);
            lv_obj_set_flex_grow(menu->main_page, 1);
            break;
        case LV_MENU_HEADER_TOP_UNFIXED:
            /* the header scrolls with the page: both in one column */
            lv_obj_move_to_index(menu->main_header, 0);
            lv_obj_set_flex_grow(menu->main_page, 0);
            break;
        case LV_MENU_HEADER_BOTTOM_FIXED:
            lv_obj_move_to_index(menu->main_header, 1);
            lv_obj_set_flex_grow(menu->main_page, 1);
            break;
    }
    /* the header hides when it has nothing to show */
    const bool empty = lv_obj_has_flag(menu->main_header_back_btn, LV_OBJ_FLAG_HIDDEN) &&
                       lv_obj_has_flag(menu->main_header_title, LV_OBJ_FLAG_HIDDEN);
    if(empty) lv_obj_add_flag(menu->main_header, LV_OBJ_FLAG_HIDDEN);
    else lv_obj_remove_flag(menu->main_header, LV_OBJ_FLAG_HIDDEN);
}

void update_back_buttons(lv_obj_t * obj)
{
    lv_menu_t * menu = as_menu(obj);
    const bool root_enabled = menu->mode_root_back_btn == LV_MENU_ROOT_BACK_BUTTON_ENABLED;
    if(menu->sidebar_page) {
        if(menu->sidebar_header_back_btn) show(menu->sidebar_header_back_btn, root_enabled);
        show(menu->main_header_back_btn, menu->cur_depth >= 2);
    }
    else {
        show(menu->main_header_back_btn, menu->cur_depth >= 2 || root_enabled);
    }
}

void back_clicked_cb(lv_event_t * e)
{
    lv_obj_t * btn = lv_event_get_current_target_obj(e);
    lv_obj_t * obj = static_cast<lv_obj_t *>(lv_event_get_user_data(e));
    lv_menu_t * menu = as_menu(obj);
    if(lv_menu_back_button_is_root(obj, btn)) return; /* the application handles the root's back */
    if(menu->cur_depth < 2) return;
    /* drop the current page and show the previous one */
    menu->cur_depth -= 2;
    lv_obj_t * prev = menu->history[menu->cur_depth < HISTORY_MAX ? menu->cur_depth : HISTORY_MAX - 1];
    lv_menu_set_page(obj, prev);
}

struct load_page_t {
    lv_obj_t * menu;
    lv_obj_t * page;
};

void load_page_cb(lv_event_t * e)
{
    lv_obj_t * item = lv_event_get_current_target_obj(e);
    load_page_t * lp = static_cast<load_page_t *>(lv_event_get_user_data(e));
    lv_menu_t * menu = as_menu(lp->menu);
    if(menu->sidebar_page && lv_obj_get_parent(lv_obj_get_parent(item)) == menu->sidebar_page) {
        /* clicked in the sidebar: that item becomes the selected tab and the history restarts */
        if(menu->selected_tab) lv_obj_remove_state(menu->selected_tab, LV_STATE_CHECKED);
        menu->selected_tab = item;
        lv_menu_clear_history(lp->menu);
    }
    lv_menu_set_page(lp->menu, lp->page);
}

void free_user_data_cb(lv_event_t * e) { lv_free(lv_event_get_user_data(e)); }

} // namespace

extern "C" {

lv_obj_t * lv_menu_create(lv_obj_t * parent) { return lv_widget_create(&lv_menu_class, parent); }

lv_obj_t * lv_menu_page_create(lv_obj_t * menu, const char * const title)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_menu_page_class, as_menu(menu)->storage);
    lv_obj_class_init_obj(obj);
    if(title) lv_menu_set_page_title(obj, title);
    return obj;
}

lv_obj_t * lv_menu_cont_create(lv_obj_t * parent) { return create_part(&lv_menu_cont_class, parent); }
lv_obj_t * lv_menu_section_create(lv_obj_t * parent) { return create_part(&lv_menu_section_class, parent); }
lv_obj_t * lv_menu_separator_create(lv_obj_t * parent) { return create_part(&lv_menu_separator_class, parent); }

void lv_menu_set_page(lv_obj_t * obj, lv_obj_t * page)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return;
    lv_menu_t * menu = as_menu(obj);
    if(menu->main_page) lv_obj_set_parent(menu->main_page, menu->storage);
    if(page) {
        if(menu->cur_depth < HISTORY_MAX) menu->history[menu->cur_depth] = page;
        menu->cur_depth++;
        lv_obj_set_parent(page, menu->main);
    }
    else {
        lv_menu_clear_history(obj);
    }
    menu->main_page = page;
    if(menu->selected_tab) {
        if(menu->sidebar_page) lv_obj_add_state(menu->selected_tab, LV_STATE_CHECKED);
        else lv_obj_remove_state(menu->selected_tab, LV_STATE_CHECKED);
    }
    update_back_buttons(obj);
    lv_obj_send_event(obj, LV_EVENT_VALUE_CHANGED, nullptr);
    refresh_main_header(obj);
}

void lv_menu_set_page_title(lv_obj_t * page, const char * const title)
{
    lv_menu_page_t * p = as_page(page);
    char * copy = title ? lv_widget_strdup(title) : nullptr;
    if(title && copy == nullptr) return;
    if(!p->static_title) lv_free(p->title);
    p->title = copy;
    p->static_title = 0;
}

void lv_menu_set_page_title_static(lv_obj_t * page, const char * const title)
{
    lv_menu_page_t * p = as_page(page);
    if(!p->static_title) lv_free(p->title);
    p->title = const_cast<char *>(title);
    p->static_title = 1;
}

void lv_menu_set_sidebar_page(lv_obj_t * obj, lv_obj_t * page)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return;
    lv_menu_t * menu = as_menu(obj);
    if(page == nullptr) {
        if(menu->sidebar_page) lv_obj_set_parent(menu->sidebar_page, menu->storage);
        if(menu->sidebar) lv_obj_delete(menu->sidebar);
        menu->sidebar = nullptr;
        menu->sidebar_page = nullptr;
        menu->sidebar_header = nullptr;
        menu->sidebar_header_back_btn = nullptr;
        menu->sidebar_header_title = nullptr;
        update_back_buttons(obj);
        return;
    }
    if(menu->sidebar == nullptr) {
        menu->sidebar = create_part(&lv_menu_sidebar_cont_class, obj);
        lv_obj_move_to_index(menu->sidebar, 1);
        lv_obj_set_size(menu->sidebar, LV_PCT(30), LV_PCT(100));
        lv_obj_set_flex_flow(menu->sidebar, LV_FLEX_FLOW_COLUMN);
        lv_obj_add_flag(menu->sidebar, LV_OBJ_FLAG_EVENT_BUBBLE);
        lv_obj_remove_flag(menu->sidebar, LV_OBJ_FLAG_CLICKABLE);
        menu->sidebar_header = create_header(menu, &lv_menu_sidebar_header_cont_class, menu->sidebar,
                                             &menu->sidebar_header_back_btn, &menu->sidebar_header_title);
    }
    if(menu->sidebar_page) lv_obj_set_parent(menu->sidebar_page, menu->storage);
    lv_obj_set_parent(page, menu->sidebar);
    lv_obj_set_flex_grow(page, 1);
    menu->sidebar_page = page;
    set_title_label(menu->sidebar_header_title, page);
    update_back_buttons(obj);
    const bool empty = lv_obj_has_flag(menu->sidebar_header_back_btn, LV_OBJ_FLAG_HIDDEN) &&
                       lv_obj_has_flag(menu->sidebar_header_title, LV_OBJ_FLAG_HIDDEN);
    if(empty) lv_obj_add_flag(menu->sidebar_header, LV_OBJ_FLAG_HIDDEN);
    else lv_obj_remove_flag(menu->sidebar_header, LV_OBJ_FLAG_HIDDEN);
    refresh_main_header(obj);
}

void lv_menu_set_mode_header(lv_obj_t * obj, lv_menu_mode_header_t mode)
{
    as_menu(obj)->mode_header = mode;
    refresh_main_header(obj);
}

void lv_menu_set_mode_root_back_button(lv_obj_t * obj, lv_menu_mode_root_back_button_t mode)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return;
    as_menu(obj)->mode_root_back_btn = mode;
    update_back_buttons(obj);
    refresh_main_header(obj);
}

void lv_menu_set_load_page_event(lv_obj_t * menu, lv_obj_t * obj, lv_obj_t * page)
{
    if(!lv_widget_check(menu, &lv_menu_class)) return;
    if(!obj) return;  /* a script passed None */
    load_page_t * lp = static_cast<load_page_t *>(lv_malloc(sizeof(load_page_t)));
    if(lp == nullptr) return;
    lp->menu = menu;
    lp->page = page;
    lv_obj_add_flag(obj, LV_OBJ_FLAG_CLICKABLE);
    lv_obj_remove_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_add_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS);
    lv_obj_add_event_cb(obj, load_page_cb, LV_EVENT_CLICKED, lp);
    lv_obj_add_event_cb(obj, free_user_data_cb, LV_EVENT_DELETE, lp);
}

lv_obj_t * lv_menu_get_cur_main_page(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return {};
    return as_menu(obj)->main_page;
}
lv_obj_t * lv_menu_get_cur_sidebar_page(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return {};
    return as_menu(obj)->sidebar_page;
}
lv_obj_t * lv_menu_get_main_header(lv_obj_t * obj) { return as_menu(obj)->main_header; }
lv_obj_t * lv_menu_get_main_header_back_button(lv_obj_t * obj) { return as_menu(obj)->main_header_back_btn; }
lv_obj_t * lv_menu_get_sidebar_header(lv_obj_t * obj) { return as_menu(obj)->sidebar_header; }
lv_obj_t * lv_menu_get_sidebar_header_back_button(lv_obj_t * obj) { return as_menu(obj)->sidebar_header_back_btn; }

bool lv_menu_back_button_is_root(lv_obj_t * menu, lv_obj_t * obj)
{
    if(!lv_widget_check(menu, &lv_menu_class)) return {};
    lv_menu_t * m = as_menu(menu);
    if(obj == m->sidebar_header_back_btn) return true;
    return obj == m->main_header_back_btn && m->cur_depth <= 1 && m->sidebar_page == nullptr;
}

void lv_menu_clear_history(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_menu_class)) return;
    as_menu(obj)->cur_depth = 0;
}

} // extern "C"
