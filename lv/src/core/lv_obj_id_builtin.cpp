/**
 * @file lv_obj_id_builtin.cpp
 * Object ids (LV_USE_OBJ_ID with the builtin generator). An id is a pointer-sized value the
 * user sets, or that lv_obj_assign_id makes: a count per class, starting at 1, so the first
 * button gets 1, the second 2. Ids are not assigned automatically (LV_OBJ_ID_AUTO_ASSIGN 0):
 * objects without one cost nothing. The class counters hang from lv_global.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

struct class_count_t {
    const lv_obj_class_t * class_p;
    uint32_t count;
};

lv_array_t * counters() { return static_cast<lv_array_t *>(lv_global.objid_builtin); }

/** The counter of `class_p`, added when missing; nullptr when out of memory. */
class_count_t * counter_of(const lv_obj_class_t * class_p)
{
    if(!counters()) {
        auto * a = static_cast<lv_array_t *>(lv_malloc(sizeof(lv_array_t)));
        if(!a) return nullptr;
        lv_array_init(a, 8, sizeof(class_count_t));
        lv_global.objid_builtin = a;
    }
    uint32_t n = lv_array_size(counters());
    for(uint32_t i = 0; i < n; i++) {
        auto * c = static_cast<class_count_t *>(lv_array_at(counters(), i));
        if(c->class_p == class_p) return c;
    }
    class_count_t fresh = {class_p, 0};
    if(lv_array_push_back(counters(), &fresh) != LV_RESULT_OK) return nullptr;
    return static_cast<class_count_t *>(lv_array_back(counters()));
}

lv_obj_t * find_in_tree(lv_obj_t * obj, const void * id)
{
    if(lv_obj_id_compare(lv_obj_get_id(obj), id) == 0) return obj;
    uint32_t n = lv_obj_get_child_count(obj);
    for(uint32_t i = 0; i < n; i++) {
        lv_obj_t * found = find_in_tree(lv_obj_get_child(obj, static_cast<int32_t>(i)), id);
        if(found) return found;
    }
    return nullptr;
}

} // namespace

extern "C" {

void lv_obj_set_id(lv_obj_t * obj, void * id)
{
    if(!obj) return;
    if(!id) {
        lv_obj_extra_t * e = lv_obj_extra_find(obj);
        if(e) e->id = nullptr;
        lv_obj_extra_release(obj);
        return;
    }
    lv_obj_extra_t * e = lv_obj_extra_get(obj);
    if(e) e->id = id;
    else LV_LOG_WARN("lv_obj_set_id: out of memory");
}

void * lv_obj_get_id(const lv_obj_t * obj)
{
    if(!obj || !lv_global.obj_extras) return nullptr;
    lv_obj_extra_t * e = lv_obj_extra_find(obj);
    return e ? e->id : nullptr;
}

lv_obj_t * lv_obj_find_by_id(const lv_obj_t * obj, const void * id)
{
    lv_obj_t * root = obj ? const_cast<lv_obj_t *>(obj) : lv_screen_active();
    return root ? find_in_tree(root, id) : nullptr;
}

void lv_obj_assign_id(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    if(!obj || !class_p || lv_obj_get_id(obj)) return; /* keep an id already given */
    class_count_t * c = counter_of(class_p);
    if(!c) return;
    c->count++;
    lv_obj_set_id(obj, reinterpret_cast<void *>(static_cast<lv_uintptr_t>(c->count)));
}

void lv_obj_free_id(lv_obj_t * obj) { lv_obj_set_id(obj, nullptr); }

int lv_obj_id_compare(const void * id1, const void * id2) { return id1 == id2 ? 0 : 1; }

const char * lv_obj_stringify_id(lv_obj_t * obj, char * buf, uint32_t len)
{
    if(!obj || !buf || len == 0) return nullptr;
    const char * name = obj->class_p && obj->class_p->name ? obj->class_p->name : "nameless";
    lv_snprintf(buf, len, "%s%" LV_PRIu32, name, static_cast<uint32_t>(reinterpret_cast<lv_uintptr_t>(lv_obj_get_id(obj))));
    return buf;
}

void lv_objid_builtin_destroy(void)
{
    if(!counters()) return;
    lv_array_deinit(counters());
    lv_free(counters());
    lv_global.objid_builtin = nullptr;
}

} // extern "C"
