/**
 * @file lv_obj_transform.cpp
 * Transform matrices set on objects (LV_DRAW_TRANSFORM_USE_MATRIX). The matrix lives in the
 * object's extras (lv_obj_extra.cpp); invalidation, hit tests and drawing read it through
 * lv_obj_get_transform.
 */
#include "core/lv_obj_private.h"
#include "core/lv_global.h"

namespace {

/** atan2(y, x) in degrees, -180..180 (a polynomial for atan on [0, 1], max error 1e-5 rad:
 *  no maths library on the targets). */
float atan2_degrees(float y, float x)
{
    const float ax = x < 0 ? -x : x;
    const float ay = y < 0 ? -y : y;
    if(ax == 0 && ay == 0) return 0;
    const bool steep = ay > ax;
    const float z = steep ? ax / ay : ay / ax;
    const float z2 = z * z;
    float a = z * (0.9998660f + z2 * (-0.3302995f + z2 * (0.1801410f + z2 * (-0.0851330f + z2 * 0.0208351f))));
    if(steep) a = 1.57079633f - a;
    if(x < 0) a = 3.14159265f - a;
    if(y < 0) a = -a;
    return a * (180.0f / 3.14159265f);
}

float sqrt_positive(float v)
{
    if(v <= 0) return 0;
    float r = v > 1 ? v : 1;
    for(int i = 0; i < 24; i++) r = 0.5f * (r + v / r);
    return r;
}

int32_t round_to_int(float v) { return static_cast<int32_t>(v < 0 ? v - 0.5f : v + 0.5f); }

/** Invalidates the area the object covers now (before and after a change of its matrix). */
void invalidate_transformed(lv_obj_t * obj)
{
    obj->transform_known = 0;
    lv_obj_invalidate(obj);
}

} // namespace

bool lv_obj_get_matrix_parts(const lv_obj_t * obj, lv_obj_matrix_parts_t * parts)
{
    const lv_matrix_t * matrix = lv_obj_get_transform(obj);
    if(!matrix) return false;
    /* the 2x2 part is rotation * scale (* a shear, not drawn): its first column is the
     * rotated x axis scaled by scale_x; the determinant gives scale_x * scale_y */
    const float a = matrix->m[0][0];
    const float b = matrix->m[0][1];
    const float c = matrix->m[1][0];
    const float d = matrix->m[1][1];
    const float sx = sqrt_positive(a * a + c * c);
    const float sy = sx > 0 ? (a * d - b * c) / sx : 0;
    int32_t rotation = round_to_int(atan2_degrees(c, a) * 10) % 3600;
    parts->rotation = rotation < 0 ? rotation + 3600 : rotation;
    /* a scale below 1/256 (or a reflection) draws as the smallest one */
    parts->scale_x = LV_MAX(round_to_int(sx * LV_SCALE_NONE), 1);
    parts->scale_y = LV_MAX(round_to_int(sy * LV_SCALE_NONE), 1);
    parts->translate.x = round_to_int(matrix->m[0][2]);
    parts->translate.y = round_to_int(matrix->m[1][2]);
    return true;
}

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
