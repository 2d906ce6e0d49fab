/**
 * @file lv_obj.cpp
 * The base class: creation through the class chain, flags and states, and the base
 * event handler (drawing, size and child changes).
 */
#include "lv_obj_private.h"
#include "lv_global.h"
#include "display/lv_display_private.h"

namespace {

void obj_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void obj_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj);
void obj_event(const lv_obj_class_t * class_p, lv_event_t * e);

} // namespace

extern "C" const lv_obj_class_t lv_obj_class = {
    nullptr, obj_constructor, obj_destructor, obj_event, nullptr, "obj",
    LV_DPI_DEF, LV_DPI_DEF, LV_OBJ_CLASS_EDITABLE_FALSE, LV_OBJ_CLASS_GROUP_DEF_FALSE,
    sizeof(lv_obj_t), LV_OBJ_CLASS_THEME_INHERITABLE_FALSE,
};

namespace {

void obj_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_t * parent = obj->parent;
    obj->flags = LV_OBJ_FLAG_CLICKABLE | LV_OBJ_FLAG_SNAPPABLE | LV_OBJ_FLAG_CLICK_FOCUSABLE |
                 LV_OBJ_FLAG_SCROLLABLE | LV_OBJ_FLAG_SCROLL_ELASTIC | LV_OBJ_FLAG_SCROLL_MOMENTUM |
                 LV_OBJ_FLAG_SCROLL_ON_FOCUS;
    if(parent) obj->flags |= LV_OBJ_FLAG_PRESS_LOCK | LV_OBJ_FLAG_SCROLL_CHAIN | LV_OBJ_FLAG_GESTURE_BUBBLE;
}

void obj_destructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    lv_obj_free_id(obj);
    lv_obj_extra_delete(obj);
    lv_obj_destruct_styles(obj);
    if(obj->spec_attr) {
        lv_free(obj->spec_attr->children);
        lv_event_remove_all(&obj->spec_attr->event_list);
        lv_free(obj->spec_attr);
        obj->spec_attr = nullptr;
    }
}

void obj_event(const lv_obj_class_t * class_p, lv_event_t * e)
{
    LV_UNUSED(class_p);
    lv_obj_t * obj = lv_event_get_current_target_obj(e);
    switch(lv_event_get_code(e)) {
        case LV_EVENT_DRAW_MAIN:
        case LV_EVENT_DRAW_POST:
        case LV_EVENT_COVER_CHECK:
        case LV_EVENT_REFR_EXT_DRAW_SIZE:
            lv_obj_draw_event(e);
            break;
        case LV_EVENT_CHILD_CHANGED: {
            /* a content-sized or laid-out parent depends on its children */
            int32_t w = lv_obj_get_style_width(obj, LV_PART_MAIN);
            int32_t h = lv_obj_get_style_height(obj, LV_PART_MAIN);
            int32_t align = lv_obj_get_style_align(obj, LV_PART_MAIN);
            uint32_t layout = lv_obj_get_style_layout(obj, LV_PART_MAIN);
            if(layout || align || w == LV_SIZE_CONTENT || h == LV_SIZE_CONTENT) lv_obj_mark_layout_as_dirty(obj);
            break;
        }
        case LV_EVENT_CHILD_DELETED:
            obj->readjust_scroll_after_layout = 1;
            lv_obj_mark_layout_as_dirty(obj);
            break;
        case LV_EVENT_SIZE_CHANGED: {
            int32_t align = lv_obj_get_style_align(obj, LV_PART_MAIN);
            uint32_t layout = lv_obj_get_style_layout(obj, LV_PART_MAIN);
            if(layout || align) lv_obj_mark_layout_as_dirty(obj);
            uint32_t n = lv_obj_get_child_count(obj);
            for(uint32_t i = 0; i < n; i++) lv_obj_mark_layout_as_dirty(obj->spec_attr->children[i]);
            break;
        }
        case LV_EVENT_STYLE_CHANGED:
            lv_obj_mark_layout_as_dirty(obj);
            break;
        default:
            break;
    }
}

void construct_chain(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    if(class_p->base_class) construct_chain(class_p->base_class, obj);
    if(class_p->constructor_cb) class_p->constructor_cb(class_p, obj);
}

uint32_t instance_size(const lv_obj_class_t * class_p)
{
    for(; class_p; class_p = class_p->base_class) {
        if(class_p->instance_size) return class_p->instance_size;
    }
    return sizeof(lv_obj_t);
}

bool add_child(lv_obj_t * parent, lv_obj_t * child)
{
    lv_obj_allocate_spec_attr(parent);
    if(!parent->spec_attr) return false;
    lv_obj_spec_attr_t * sa = parent->spec_attr;
    lv_obj_t ** arr = static_cast<lv_obj_t **>(lv_realloc(sa->children, sizeof(lv_obj_t *) * (sa->child_cnt + 1)));
    if(!arr) return false;
    sa->children = arr;
    sa->children[sa->child_cnt++] = child;
    return true;
}

} // namespace

extern "C" {

lv_obj_t * lv_obj_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_obj_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

lv_obj_t * lv_obj_class_create_obj(const lv_obj_class_t * class_p, lv_obj_t * parent)
{
    lv_obj_t * obj = static_cast<lv_obj_t *>(lv_malloc_zeroed(instance_size(class_p)));
    if(!obj) return nullptr;
    obj->class_p = class_p;
    obj->parent = parent;
    if(parent == nullptr) {
        lv_display_t * disp = lv_display_get_default_or_provide();
        if(!disp) {
            lv_free(obj); /* a screen needs a display */
            return nullptr;
        }
        lv_obj_screen_add(disp, obj);
        obj->coords.x2 = lv_display_get_horizontal_resolution(disp) - 1;
        obj->coords.y2 = lv_display_get_vertical_resolution(disp) - 1;
    }
    else {
        if(!add_child(parent, obj)) {
            lv_free(obj);
            return nullptr;
        }
        obj->coords.x1 = parent->coords.x1;
        obj->coords.y1 = parent->coords.y1;
        obj->coords.x2 = parent->coords.x1 - 1; /* zero size until the first layout */
        obj->coords.y2 = parent->coords.y1 - 1;
    }
    return obj;
}

void lv_obj_class_init_obj(lv_obj_t * obj)
{
    if(!obj) return;
    lv_obj_mark_layout_as_dirty(obj);
    lv_obj_enable_style_refresh(false);
    lv_theme_apply(obj);
    construct_chain(obj->class_p, obj);
    lv_obj_enable_style_refresh(true);
    lv_obj_refresh_style(obj, LV_PART_ANY, LV_STYLE_PROP_ANY);
    lv_obj_refresh_self_size(obj);
    lv_group_t * def_group = lv_group_get_default();
    if(def_group && lv_obj_is_group_def(obj)) lv_group_add_obj(def_group, obj);
    lv_obj_t * parent = obj->parent;
    if(parent) {
        lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, obj);
        lv_obj_send_event(parent, LV_EVENT_CHILD_CREATED, obj);
    }
}

bool lv_obj_is_editable(lv_obj_t * obj)
{
    for(const lv_obj_class_t * c = obj->class_p; c; c = c->base_class) {
        if(c->editable != LV_OBJ_CLASS_EDITABLE_INHERIT) return c->editable == LV_OBJ_CLASS_EDITABLE_TRUE;
    }
    return false;
}

bool lv_obj_is_group_def(lv_obj_t * obj)
{
    for(const lv_obj_class_t * c = obj->class_p; c; c = c->base_class) {
        if(c->group_def != LV_OBJ_CLASS_GROUP_DEF_INHERIT) return c->group_def == LV_OBJ_CLASS_GROUP_DEF_TRUE;
    }
    return false;
}

bool lv_obj_check_type(const lv_obj_t * obj, const lv_obj_class_t * class_p)
{
    return obj && obj->class_p == class_p;
}

bool lv_obj_has_class(const lv_obj_t * obj, const lv_obj_class_t * class_p)
{
    for(const lv_obj_class_t * c = obj ? obj->class_p : nullptr; c; c = c->base_class) {
        if(c == class_p) return true;
    }
    return false;
}

const lv_obj_class_t * lv_obj_get_class(const lv_obj_t * obj) { return obj->class_p; }

void lv_obj_allocate_spec_attr(lv_obj_t * obj)
{
    if(obj->spec_attr) return;
    obj->spec_attr = static_cast<lv_obj_spec_attr_t *>(lv_malloc_zeroed(sizeof(lv_obj_spec_attr_t)));
    if(!obj->spec_attr) return;
    obj->spec_attr->scroll_dir = LV_DIR_ALL;
    obj->spec_attr->scrollbar_mode = LV_SCROLLBAR_MODE_AUTO;
}

void lv_obj_add_flag(lv_obj_t * obj, lv_obj_flag_t f)
{
    bool was_on_layout = lv_obj_is_layout_positioned(obj);
    if(f & LV_OBJ_FLAG_HIDDEN) lv_obj_invalidate(obj);
    obj->flags |= f;
    if(f & LV_OBJ_FLAG_HIDDEN) {
        lv_obj_invalidate(obj);
    }
    if((was_on_layout != lv_obj_is_layout_positioned(obj)) || (f & (LV_OBJ_FLAG_LAYOUT_1 | LV_OBJ_FLAG_LAYOUT_2))) {
        if(obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
        lv_obj_mark_layout_as_dirty(obj);
    }
    if(f & LV_OBJ_FLAG_SCROLLABLE) lv_obj_scrollbar_invalidate(obj);
}

void lv_obj_remove_flag(lv_obj_t * obj, lv_obj_flag_t f)
{
    bool was_on_layout = lv_obj_is_layout_positioned(obj);
    if(f & LV_OBJ_FLAG_SCROLLABLE) lv_obj_scrollbar_invalidate(obj);
    obj->flags &= ~static_cast<uint32_t>(f);
    if(f & LV_OBJ_FLAG_HIDDEN) {
        lv_obj_invalidate(obj);
        if(lv_obj_is_layout_positioned(obj) && obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
    }
    if((was_on_layout != lv_obj_is_layout_positioned(obj)) || (f & (LV_OBJ_FLAG_LAYOUT_1 | LV_OBJ_FLAG_LAYOUT_2))) {
        if(obj->parent) lv_obj_mark_layout_as_dirty(obj->parent);
    }
}

void lv_obj_set_flag(lv_obj_t * obj, lv_obj_flag_t f, bool v)
{
    if(v) lv_obj_add_flag(obj, f);
    else lv_obj_remove_flag(obj, f);
}

void lv_obj_set_state(lv_obj_t * obj, lv_state_t state, bool v)
{
    lv_state_t new_state = v ? static_cast<lv_state_t>(obj->state | state)
                             : static_cast<lv_state_t>(obj->state & ~state);
    if(new_state == obj->state) return;
    lv_state_t prev = obj->state;
    lv_obj_style_state_changed(obj, prev, new_state);
}

void lv_obj_add_state(lv_obj_t * obj, lv_state_t state) { lv_obj_set_state(obj, state, true); }
void lv_obj_remove_state(lv_obj_t * obj, lv_state_t state) { lv_obj_set_state(obj, state, false); }
void lv_obj_set_user_data(lv_obj_t * obj, void * user_data) { obj->user_data = user_data; }
bool lv_obj_has_flag(const lv_obj_t * obj, lv_obj_flag_t f) { return (obj->flags & f) == static_cast<uint32_t>(f); }
bool lv_obj_has_flag_any(const lv_obj_t * obj, lv_obj_flag_t f) { return (obj->flags & f) != 0; }
lv_state_t lv_obj_get_state(const lv_obj_t * obj) { return obj->state; }
bool lv_obj_has_state(const lv_obj_t * obj, lv_state_t state) { return (obj->state & state) != 0; }
void * lv_obj_get_user_data(lv_obj_t * obj) { return obj->user_data; }

int32_t lv_dpx(int32_t n) { return LV_DPX_CALC(lv_display_get_dpi(nullptr), n); }

} // extern "C"
