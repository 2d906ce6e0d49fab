/**
 * @file lv_obj_tree.cpp
 * The parent/child tree: deletion (children first, with DELETE events), reparenting,
 * ordering and queries.
 */
#include "lv_obj_private.h"
#include "lv_global.h"
#include "display/lv_display_private.h"

namespace {

void remove_from_parent_array(lv_obj_t * obj)
{
    lv_obj_t * parent = obj->parent;
    if(!parent || !parent->spec_attr) return;
    lv_obj_spec_attr_t * sa = parent->spec_attr;
    /* from the end: deleting a parent removes its children last first */
    for(uint32_t i = sa->child_cnt; i-- > 0;) {
        if(sa->children[i] != obj) continue;
        for(uint32_t j = i + 1; j < sa->child_cnt; j++) sa->children[j - 1] = sa->children[j];
        sa->child_cnt--;
        if(sa->child_cnt == 0) {
            lv_free(sa->children);
            sa->children = nullptr;
        }
        return;
    }
}

void destruct_chain(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    /* derived destructors first, like C++ */
    if(class_p->destructor_cb) class_p->destructor_cb(class_p, obj);
    if(class_p->base_class) destruct_chain(class_p->base_class, obj);
}

void delete_core(lv_obj_t * obj)
{
    obj->is_deleting = 1;
    lv_result_t res = lv_obj_send_event(obj, LV_EVENT_DELETE, nullptr);
    if(res == LV_RESULT_INVALID) return; /* already deleted from the callback */

    /* children from the last, so indices stay valid */
    while(lv_obj_get_child_count(obj) > 0) delete_core(obj->spec_attr->children[obj->spec_attr->child_cnt - 1]);

    lv_anim_delete(obj, nullptr);
    lv_group_remove_obj(obj);
    /* input devices must forget it */
    for(lv_indev_t * in = lv_indev_get_next(nullptr); in; in = lv_indev_get_next(in)) lv_indev_reset(in, obj);
    lv_obj_event_mark_deleted(obj);

    if(obj->parent == nullptr) {
        lv_obj_screen_remove(lv_obj_get_display(obj), obj);
    }
    else {
        remove_from_parent_array(obj);
    }
    destruct_chain(obj->class_p, obj);
    lv_free(obj);
}

void delete_async_cb(void * obj) { lv_obj_delete(static_cast<lv_obj_t *>(obj)); }

bool is_valid_in(const lv_obj_t * root, const lv_obj_t * obj)
{
    if(root == obj) return true;
    for(uint32_t i = 0; i < lv_obj_get_child_count(root); i++) {
        if(is_valid_in(root->spec_attr->children[i], obj)) return true;
    }
    return false;
}

lv_obj_tree_walk_res_t walk_core(lv_obj_t * obj, lv_obj_tree_walk_cb_t cb, void * user_data)
{
    lv_obj_tree_walk_res_t res = LV_OBJ_TREE_WALK_NEXT;
    if(obj) res = cb(obj, user_data);
    if(res == LV_OBJ_TREE_WALK_END) return res;
    if(res != LV_OBJ_TREE_WALK_SKIP_CHILDREN) {
        for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) {
            if(walk_core(obj->spec_attr->children[i], cb, user_data) == LV_OBJ_TREE_WALK_END) return LV_OBJ_TREE_WALK_END;
        }
    }
    return LV_OBJ_TREE_WALK_NEXT;
}

void dump_tree_core(lv_obj_t * obj, int depth)
{
    char id[64];
    lv_obj_stringify_id(obj, id, sizeof(id));
    LV_LOG_USER("%*sobj:%p, id:%s;", 2 * depth, "", static_cast<void *>(obj), id);
    for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) dump_tree_core(obj->spec_attr->children[i], depth + 1);
}

void null_on_delete_cb(lv_event_t * e)
{
    auto ** obj_ptr = static_cast<lv_obj_t **>(lv_event_get_user_data(e));
    if(obj_ptr) *obj_ptr = nullptr;
}

} // namespace

extern "C" {

void lv_obj_dump_tree(lv_obj_t * start_obj)
{
    if(start_obj) {
        dump_tree_core(start_obj, 0);
        return;
    }
    for(lv_display_t * disp = lv_display_get_next(nullptr); disp; disp = lv_display_get_next(disp)) {
        for(uint32_t i = 0; i < disp->screen_cnt; i++) dump_tree_core(disp->screens[i], 0);
    }
}

void lv_obj_null_on_delete(lv_obj_t ** obj_ptr)
{
    if(!obj_ptr || !*obj_ptr) return;
    lv_obj_add_event_cb(*obj_ptr, null_on_delete_cb, LV_EVENT_DELETE, obj_ptr);
}

void lv_obj_delete(lv_obj_t * obj)
{
    if(!obj || obj->is_deleting) return;
    lv_obj_invalidate(obj);
    lv_obj_t * parent = obj->parent;
    lv_display_t * disp = lv_obj_get_display(obj);
    delete_core(obj);
    if(parent) {
        lv_obj_scrollbar_invalidate(parent);
        lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, nullptr);
        lv_obj_send_event(parent, LV_EVENT_CHILD_DELETED, nullptr);
    }
    LV_UNUSED(disp);
}

void lv_obj_clean(lv_obj_t * obj)
{
    lv_obj_invalidate(obj);
    while(lv_obj_get_child_count(obj) > 0) delete_core(obj->spec_attr->children[obj->spec_attr->child_cnt - 1]);
    if(obj->spec_attr) {
        obj->spec_attr->scroll.x = 0;
        obj->spec_attr->scroll.y = 0;
    }
    lv_obj_mark_layout_as_dirty(obj);
    lv_obj_invalidate(obj);
}

void lv_obj_delete_delayed(lv_obj_t * obj, uint32_t delay_ms)
{
    lv_anim_t a;
    lv_anim_init(&a);
    lv_anim_set_var(&a, obj);
    lv_anim_set_exec_cb(&a, nullptr);
    lv_anim_set_duration(&a, 1);
    lv_anim_set_delay(&a, delay_ms);
    lv_anim_set_completed_cb(&a, lv_obj_delete_anim_completed_cb);
    lv_anim_start(&a);
}

void lv_obj_delete_anim_completed_cb(lv_anim_t * a)
{
    if(a && a->var) lv_obj_delete(static_cast<lv_obj_t *>(a->var));
}

void lv_obj_delete_async(lv_obj_t * obj) { lv_async_call(delete_async_cb, obj); }

void lv_obj_set_parent(lv_obj_t * obj, lv_obj_t * parent)
{
    if(!obj || !parent || obj->parent == nullptr || obj->parent == parent) return;
    /* an object cannot move into itself or into one of its descendants (a loop in the tree) */
    for(const lv_obj_t * p = parent; p; p = p->parent)
        if(p == obj) return;
    lv_obj_invalidate(obj);
    lv_obj_t * old_parent = obj->parent;
    remove_from_parent_array(obj);
    obj->parent = parent;
    lv_obj_allocate_spec_attr(parent);
    lv_obj_spec_attr_t * sa = parent->spec_attr;
    lv_obj_t ** arr = static_cast<lv_obj_t **>(lv_realloc(sa->children, sizeof(lv_obj_t *) * (sa->child_cnt + 1)));
    if(!arr) { /* keep the tree consistent: go back to the old parent */
        obj->parent = old_parent;
        lv_obj_allocate_spec_attr(old_parent);
        return;
    }
    sa->children = arr;
    sa->children[sa->child_cnt++] = obj;
    lv_obj_send_event(old_parent, LV_EVENT_CHILD_CHANGED, obj);
    lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, obj);
    lv_obj_mark_layout_as_dirty(obj);
    lv_obj_refresh_style(obj, LV_PART_ANY, LV_STYLE_PROP_ANY);
    lv_obj_invalidate(obj);
}

void lv_obj_move_to_index(lv_obj_t * obj, int32_t index)
{
    lv_obj_t * parent = obj->parent;
    if(!parent) return;
    int32_t cnt = static_cast<int32_t>(lv_obj_get_child_count(parent));
    if(index < 0) index += cnt;
    if(index < 0) index = 0;
    if(index >= cnt) index = cnt - 1;
    int32_t old = lv_obj_get_index(obj);
    if(old == index) return;
    lv_obj_t ** ch = parent->spec_attr->children;
    if(old < index) for(int32_t i = old; i < index; i++) ch[i] = ch[i + 1];
    else for(int32_t i = old; i > index; i--) ch[i] = ch[i - 1];
    ch[index] = obj;
    lv_obj_send_event(parent, LV_EVENT_CHILD_CHANGED, nullptr);
    lv_obj_invalidate(parent);
}

void lv_obj_swap(lv_obj_t * obj1, lv_obj_t * obj2)
{
    if(!obj1 || !obj2 || obj1 == obj2) return;  /* a script passed None */
    lv_obj_t * p1 = obj1->parent;
    lv_obj_t * p2 = obj2->parent;
    if(!p1 || !p2) return;
    int32_t i1 = lv_obj_get_index(obj1);
    int32_t i2 = lv_obj_get_index(obj2);
    p1->spec_attr->children[i1] = obj2;
    p2->spec_attr->children[i2] = obj1;
    obj1->parent = p2;
    obj2->parent = p1;
    lv_obj_send_event(p1, LV_EVENT_CHILD_CHANGED, obj2);
    lv_obj_send_event(p2, LV_EVENT_CHILD_CHANGED, obj1);
    lv_obj_invalidate(p1);
    lv_obj_invalidate(p2);
}

void lv_obj_move_foreground(lv_obj_t * obj) { lv_obj_move_to_index(obj, -1); }
void lv_obj_move_background(lv_obj_t * obj) { lv_obj_move_to_index(obj, 0); }

lv_obj_t * lv_obj_get_screen(const lv_obj_t * obj)
{
    while(obj && obj->parent) obj = obj->parent;
    return const_cast<lv_obj_t *>(obj);
}

lv_obj_t * lv_obj_get_parent(const lv_obj_t * obj) { return obj ? obj->parent : nullptr; }

lv_obj_t * lv_obj_get_child(const lv_obj_t * obj, int32_t idx)
{
    uint32_t cnt = lv_obj_get_child_count(obj);
    if(idx < 0) idx += static_cast<int32_t>(cnt);
    if(idx < 0 || static_cast<uint32_t>(idx) >= cnt) return nullptr;
    return obj->spec_attr->children[idx];
}

lv_obj_t * lv_obj_get_child_by_type(const lv_obj_t * obj, int32_t idx, const lv_obj_class_t * class_p)
{
    uint32_t cnt = lv_obj_get_child_count(obj);
    if(idx >= 0) {
        for(uint32_t i = 0; i < cnt; i++) {
            lv_obj_t * c = obj->spec_attr->children[i];
            if(c->class_p == class_p && idx-- == 0) return c;
        }
    }
    else {
        idx = -idx - 1;
        for(uint32_t i = cnt; i-- > 0;) {
            lv_obj_t * c = obj->spec_attr->children[i];
            if(c->class_p == class_p && idx-- == 0) return c;
        }
    }
    return nullptr;
}

lv_obj_t * lv_obj_get_sibling(const lv_obj_t * obj, int32_t idx)
{
    return lv_obj_get_child(obj->parent, lv_obj_get_index(obj) + idx);
}

lv_obj_t * lv_obj_get_sibling_by_type(const lv_obj_t * obj, int32_t idx, const lv_obj_class_t * class_p)
{
    return lv_obj_get_child_by_type(obj->parent, lv_obj_get_index_by_type(obj, class_p) + idx, class_p);
}

uint32_t lv_obj_get_child_count(const lv_obj_t * obj)
{
    return (obj && obj->spec_attr) ? obj->spec_attr->child_cnt : 0;
}

uint32_t lv_obj_get_child_count_by_type(const lv_obj_t * obj, const lv_obj_class_t * class_p)
{
    uint32_t n = 0;
    for(uint32_t i = 0; i < lv_obj_get_child_count(obj); i++) n += obj->spec_attr->children[i]->class_p == class_p;
    return n;
}

int32_t lv_obj_get_index(const lv_obj_t * obj)
{
    lv_obj_t * parent = obj->parent;
    for(uint32_t i = 0; i < lv_obj_get_child_count(parent); i++) {
        if(parent->spec_attr->children[i] == obj) return static_cast<int32_t>(i);
    }
    return -1;
}

int32_t lv_obj_get_index_by_type(const lv_obj_t * obj, const lv_obj_class_t * class_p)
{
    lv_obj_t * parent = obj->parent;
    int32_t n = 0;
    for(uint32_t i = 0; i < lv_obj_get_child_count(parent); i++) {
        lv_obj_t * c = parent->spec_attr->children[i];
        if(c == obj) return n;
        if(c->class_p == class_p) n++;
    }
    return -1;
}

bool lv_obj_is_valid(const lv_obj_t * obj)
{
    if(!obj) return false;
    for(lv_display_t * d = lv_display_get_next(nullptr); d; d = lv_display_get_next(d)) {
        if(lv_display_obj_is_in_screens(d, obj)) return true;
    }
    return false;
}

void lv_obj_tree_walk(lv_obj_t * start_obj, lv_obj_tree_walk_cb_t cb, void * user_data)
{
    if(!cb) return;  /* a script passed None */
    walk_core(start_obj, cb, user_data);
}

} // extern "C"

bool lv_obj_is_in_tree(const lv_obj_t * root, const lv_obj_t * obj) { return is_valid_in(root, obj); }
