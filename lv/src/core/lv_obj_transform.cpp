/**
 * @file lv_obj_transform.cpp
 * Transform matrices set on objects (LV_DRAW_TRANSFORM_USE_MATRIX). The matrix lives in the
 * object's extras (lv_obj_extra.cpp); invalidation, hit tests and drawing read it through
 * lv_obj_get_transform.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

/** Invalidates the area the object covers now (before and after a change of its matrix). */
void invalidate_transformed(lv_obj_t * obj)
{
    obj->transform_known = 0;
    lv_obj_invalidate(obj);
}

} // namespace

extern "C" {

void lv_obj_set_transform(lv_obj_t * obj, const lv_matrix_t * matrix)
{
    if(!obj) return;
    if(!matrix) {
        lv_obj_reset_transform(obj);
        return;
    }
    lv_obj_extra_t * e = lv_obj_extra_get(obj);
    lv_matrix_t * m = e ? e->matrix : nullptr;
    if(!m) m = static_cast<lv_matrix_t *>(lv_malloc(sizeof(lv_matrix_t)));
    if(!m) {
        lv_obj_extra_release(obj);
        LV_LOG_WARN("lv_obj_set_transform: out of memory");
        return;
    }
    invalidate_transformed(obj); /* where it was drawn */
    *m = *matrix;
    lv_obj_extra_find(obj)->matrix = m;
    invalidate_transformed(obj); /* where it is drawn now */
}

void lv_obj_reset_transform(lv_obj_t * obj)
{
    if(!obj) return;
    lv_obj_extra_t * e = lv_obj_extra_find(obj);
    if(!e || !e->matrix) return;
    invalidate_transformed(obj);
    e = lv_obj_extra_find(obj);
    lv_free(e->matrix);
    e->matrix = nullptr;
    lv_obj_extra_release(obj);
    invalidate_transformed(obj);
}

const lv_matrix_t * lv_obj_get_transform(const lv_obj_t * obj)
{
    if(!obj || !lv_global.obj_extras) return nullptr;
    lv_obj_extra_t * e = lv_obj_extra_find(obj);
    return e ? e->matrix : nullptr;
}

} // extern "C"
