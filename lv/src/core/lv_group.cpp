/**
 * @file lv_group.cpp
 * Focus groups. Groups form a list reachable from lv_global; each keeps its objects in an
 * array in insertion order and the index of the focused one.
 */
#include "lv_obj_private.h"
#include "lv_global.h"

struct _lv_group_t {
    lv_group_t * next;
    lv_obj_t ** objs;
    uint32_t obj_cnt;
    int32_t focused; /* index into objs, -1: none */
    lv_group_focus_cb_t focus_cb;
    lv_group_edge_cb_t edge_cb;
    void * user_data;
    uint8_t frozen : 1;
    uint8_t editing : 1;
    uint8_t refocus_policy : 1;
    uint8_t wrap : 1;
};

namespace {

int32_t index_of(const lv_group_t * g, const lv_obj_t * obj)
{
    for(uint32_t i = 0; i < g->obj_cnt; i++) {
        if(g->objs[i] == obj) return static_cast<int32_t>(i);
    }
    return -1;
}

/** Whether the last input device was a keypad or encoder (they show FOCUS_KEY). */
bool focus_by_key()
{
    lv_indev_t * indev = lv_indev_active();
    if(!indev) return false;
    lv_indev_type_t t = lv_indev_get_type(indev);
    return t == LV_INDEV_TYPE_KEYPAD || t == LV_INDEV_TYPE_ENCODER;
}

void defocus(lv_group_t * g)
{
    if(g->focused < 0) return;
    lv_obj_t * old = g->objs[g->focused];
    g->focused = -1;
    lv_obj_remove_state(old, LV_STATE_FOCUSED | LV_STATE_FOCUS_KEY | LV_STATE_EDITED);
    lv_obj_send_event(old, LV_EVENT_DEFOCUSED, lv_indev_active());
}

void focus_index(lv_group_t * g, int32_t idx)
{
    if(g->frozen || idx == g->focused) return;
    defocus(g);
    if(idx < 0 || static_cast<uint32_t>(idx) >= g->obj_cnt) return;
    g->focused = idx;
    lv_obj_t * obj = g->objs[idx];
    lv_state_t st = LV_STATE_FOCUSED;
    if(focus_by_key()) st |= LV_STATE_FOCUS_KEY;
    if(g->editing) st |= LV_STATE_EDITED;
    lv_obj_add_state(obj, st);
    if(lv_obj_send_event(obj, LV_EVENT_FOCUSED, lv_indev_active()) != LV_RESULT_OK) return;
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_SCROLL_ON_FOCUS)) lv_obj_scroll_to_view_recursive(obj, LV_ANIM_ON);
    if(g->focus_cb) g->focus_cb(g);
}

/** Moves the focus by dir (+1/-1), skipping hidden or disabled objects. */
void focus_step(lv_group_t * g, int dir)
{
    if(g->frozen || g->obj_cnt == 0) return;
    int32_t start = g->focused;
    int32_t i = start;
    for(uint32_t tries = 0; tries < g->obj_cnt; tries++) {
        if(i < 0) i = dir > 0 ? 0 : static_cast<int32_t>(g->obj_cnt) - 1;
        else i += dir;
        if(i >= static_cast<int32_t>(g->obj_cnt) || i < 0) {
            if(!g->wrap) {
                if(g->edge_cb) g->edge_cb(g, dir > 0);
                return;
            }
            i = dir > 0 ? 0 : static_cast<int32_t>(g->obj_cnt) - 1;
        }
        lv_obj_t * o = g->objs[i];
        if(lv_obj_has_flag(o, LV_OBJ_FLAG_HIDDEN) || lv_obj_has_state(o, LV_STATE_DISABLED)) continue;
        focus_index(g, i);
        return;
    }
}

} // namespace

extern "C" {

lv_group_t * lv_group_create(void)
{
    lv_group_t * g = static_cast<lv_group_t *>(lv_malloc_zeroed(sizeof(lv_group_t)));
    if(!g) return nullptr;
    g->focused = -1;
    g->wrap = 1;
    g->next = lv_global.group_head;
    lv_global.group_head = g;
    return g;
}

void lv_group_delete(lv_group_t * group)
{
    if(!group) return;
    defocus(group);
    for(uint32_t i = 0; i < group->obj_cnt; i++) group->objs[i]->in_group = 0;
    for(lv_indev_t * in = lv_indev_get_next(nullptr); in; in = lv_indev_get_next(in)) {
        if(lv_indev_get_group(in) == group) lv_indev_set_group(in, nullptr);
    }
    if(lv_global.group_default == group) lv_global.group_default = nullptr;
    lv_group_t ** link = &lv_global.group_head;
    while(*link && *link != group) link = &(*link)->next;
    if(*link) *link = group->next;
    lv_free(group->objs);
    lv_free(group);
}

/* the group is not stored in the object (lv_obj_spec_attr_t stays small): a flag says
 * whether to look for it in the groups' lists */
lv_group_t * lv_obj_get_group(const lv_obj_t * obj)
{
    if(!obj->in_group) return nullptr;
    for(lv_group_t * g = lv_global.group_head; g; g = g->next) {
        for(uint32_t i = 0; i < g->obj_cnt; i++) {
            if(g->objs[i] == obj) return g;
        }
    }
    return nullptr;
}

void lv_group_set_default(lv_group_t * group) { lv_global.group_default = group; }
lv_group_t * lv_group_get_default(void) { return lv_global.group_default; }

void lv_group_add_obj(lv_group_t * group, lv_obj_t * obj)
{
    if(!group || !obj) return;
    lv_group_t * old = lv_obj_get_group(obj);
    if(old == group) return;
    if(old) lv_group_remove_obj(obj);
    lv_obj_t ** arr = static_cast<lv_obj_t **>(lv_realloc(group->objs, sizeof(lv_obj_t *) * (group->obj_cnt + 1)));
    if(!arr) return;
    group->objs = arr;
    group->objs[group->obj_cnt++] = obj;
    obj->in_group = 1;
    /* the first object gets the focus */
    if(group->focused < 0) focus_index(group, static_cast<int32_t>(group->obj_cnt) - 1);
}

void lv_group_swap_obj(lv_obj_t * obj1, lv_obj_t * obj2)
{
    if(!obj1 || !obj2) return;
    lv_group_t * g1 = lv_obj_get_group(obj1);
    lv_group_t * g2 = lv_obj_get_group(obj2);
    if(!g1 || g1 != g2) return;
    int32_t i1 = index_of(g1, obj1);
    int32_t i2 = index_of(g1, obj2);
    g1->objs[i1] = obj2;
    g1->objs[i2] = obj1;
    if(g1->focused == i1) g1->focused = i2;
    else if(g1->focused == i2) g1->focused = i1;
}

void lv_group_remove_obj(lv_obj_t * obj)
{
    if(!obj) return;
    lv_group_t * g = lv_obj_get_group(obj);
    if(!g) return;
    int32_t idx = index_of(g, obj);
    if(idx < 0) return;
    bool was_focused = g->focused == idx;
    if(was_focused) defocus(g);
    for(uint32_t j = static_cast<uint32_t>(idx) + 1; j < g->obj_cnt; j++) g->objs[j - 1] = g->objs[j];
    g->obj_cnt--;
    if(g->focused > idx) g->focused--;
    obj->in_group = 0;
    if(was_focused && g->obj_cnt && !g->frozen) {
        /* refocus a neighbour as the policy says */
        int32_t n = g->refocus_policy == LV_GROUP_REFOCUS_POLICY_PREV ? idx - 1 : idx;
        if(n < 0) n = 0;
        if(n >= static_cast<int32_t>(g->obj_cnt)) n = static_cast<int32_t>(g->obj_cnt) - 1;
        focus_index(g, n);
    }
}

void lv_group_remove_all_objs(lv_group_t * group)
{
    defocus(group);
    for(uint32_t i = 0; i < group->obj_cnt; i++) group->objs[i]->in_group = 0;
    lv_free(group->objs);
    group->objs = nullptr;
    group->obj_cnt = 0;
}

void lv_group_focus_obj(lv_obj_t * obj)
{
    lv_group_t * g = obj ? lv_obj_get_group(obj) : nullptr;
    if(!g) return;
    lv_group_set_editing(g, false);
    focus_index(g, index_of(g, obj));
}

void lv_group_focus_next(lv_group_t * group) { focus_step(group, +1); }
void lv_group_focus_prev(lv_group_t * group) { focus_step(group, -1); }
void lv_group_focus_freeze(lv_group_t * group, bool en) { group->frozen = en ? 1 : 0; }

lv_result_t lv_group_send_data(lv_group_t * group, uint32_t c)
{
    lv_obj_t * act = lv_group_get_focused(group);
    if(!act || lv_obj_has_state(act, LV_STATE_DISABLED)) return LV_RESULT_OK;
    return lv_obj_send_event(act, LV_EVENT_KEY, &c);
}

void lv_group_set_focus_cb(lv_group_t * group, lv_group_focus_cb_t focus_cb) { group->focus_cb = focus_cb; }
void lv_group_set_edge_cb(lv_group_t * group, lv_group_edge_cb_t edge_cb) { group->edge_cb = edge_cb; }
void lv_group_set_refocus_policy(lv_group_t * group, lv_group_refocus_policy_t policy) { group->refocus_policy = policy; }

void lv_group_set_editing(lv_group_t * group, bool edit)
{
    if(!group || group->editing == edit) return;
    group->editing = edit ? 1 : 0;
    lv_obj_t * focused = lv_group_get_focused(group);
    if(!focused) return;
    if(edit) lv_obj_add_state(focused, LV_STATE_EDITED);
    else lv_obj_remove_state(focused, LV_STATE_EDITED);
    /* widgets react to entering/leaving edit mode through a new FOCUSED event */
    lv_obj_send_event(focused, LV_EVENT_FOCUSED, lv_indev_active());
}

void lv_group_set_wrap(lv_group_t * group, bool en) { group->wrap = en ? 1 : 0; }

lv_obj_t * lv_group_get_focused(const lv_group_t * group)
{
    return (group && group->focused >= 0) ? group->objs[group->focused] : nullptr;
}

lv_group_focus_cb_t lv_group_get_focus_cb(const lv_group_t * group) { return group->focus_cb; }
lv_group_edge_cb_t lv_group_get_edge_cb(const lv_group_t * group) { return group->edge_cb; }
bool lv_group_get_editing(const lv_group_t * group) { return group && group->editing; }
bool lv_group_get_wrap(lv_group_t * group) { return group->wrap; }
uint32_t lv_group_get_obj_count(lv_group_t * group) { return group ? group->obj_cnt : 0; }

lv_obj_t * lv_group_get_obj_by_index(lv_group_t * group, uint32_t index)
{
    return (group && index < group->obj_cnt) ? group->objs[index] : nullptr;
}

uint32_t lv_group_get_count(void)
{
    uint32_t n = 0;
    for(lv_group_t * g = lv_global.group_head; g; g = g->next) n++;
    return n;
}

lv_group_t * lv_group_by_index(uint32_t index)
{
    /* groups are listed newest first; index 0 is the oldest, as created */
    uint32_t n = lv_group_get_count();
    if(index >= n) return nullptr;
    lv_group_t * g = lv_global.group_head;
    for(uint32_t i = 0; i < n - 1 - index; i++) g = g->next;
    return g;
}

} // extern "C"

void lv_group_deinit_all(void)
{
    while(lv_global.group_head) lv_group_delete(lv_global.group_head);
}
