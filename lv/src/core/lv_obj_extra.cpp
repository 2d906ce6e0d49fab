/**
 * @file lv_obj_extra.cpp
 * Ids and transform matrices of objects, in one array beside the objects: few objects have
 * them, so lv_obj_t stays small and objects without extras cost one null check at deletion.
 * The array hangs from lv_global, so a garbage-collected heap sees the matrices.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

lv_array_t * extras() { return static_cast<lv_array_t *>(lv_global.obj_extras); }

uint32_t index_of(const lv_obj_t * obj)
{
    lv_array_t * a = extras();
    uint32_t n = lv_array_size(a);
    for(uint32_t i = 0; i < n; i++) {
        if(static_cast<lv_obj_extra_t *>(lv_array_at(a, i))->obj == obj) return i;
    }
    return UINT32_MAX;
}

} // namespace

lv_obj_extra_t * lv_obj_extra_find(const lv_obj_t * obj)
{
    uint32_t i = index_of(obj);
    return i == UINT32_MAX ? nullptr : static_cast<lv_obj_extra_t *>(lv_array_at(extras(), i));
}

lv_obj_extra_t * lv_obj_extra_get(lv_obj_t * obj)
{
    if(!obj) return nullptr;
    lv_obj_extra_t * found = lv_obj_extra_find(obj);
    if(found) return found;
    if(!extras()) {
        auto * a = static_cast<lv_array_t *>(lv_malloc(sizeof(lv_array_t)));
        if(!a) return nullptr;
        lv_array_init(a, 4, sizeof(lv_obj_extra_t));
        lv_global.obj_extras = a;
    }
    lv_obj_extra_t entry = {obj, nullptr, nullptr};
    if(lv_array_push_back(extras(), &entry) != LV_RESULT_OK) return nullptr;
    return static_cast<lv_obj_extra_t *>(lv_array_back(extras()));
}

void lv_obj_extra_release(lv_obj_t * obj)
{
    uint32_t i = index_of(obj);
    if(i == UINT32_MAX) return;
    auto * e = static_cast<lv_obj_extra_t *>(lv_array_at(extras(), i));
    if(e->id || e->matrix) return;
    lv_array_remove(extras(), i);
    if(lv_array_is_empty(extras())) {
        /* nothing left: free the table so later deletions skip it at once */
        lv_array_deinit(extras());
        lv_free(extras());
        lv_global.obj_extras = nullptr;
    }
}

void lv_obj_extra_delete(lv_obj_t * obj)
{
    if(!extras()) return;
    lv_obj_extra_t * e = lv_obj_extra_find(obj);
    if(!e) return;
    lv_free(e->matrix);
    e->matrix = nullptr;
    e->id = nullptr;
    lv_obj_extra_release(obj);
}
