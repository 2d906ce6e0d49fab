/**
 * @file lv_matrix.cpp
 * 3x3 matrices in float. Sines come from the engine's integer table (interpolated to tenths
 * of a degree), so no maths library is needed.
 */
#include "lvgl.h"

namespace {

/** sin and cos of `degree`, interpolated between the table's whole degrees. */
void sin_cos(float degree, float * s, float * c)
{
    float turns = degree / 360.0f;
    float whole = static_cast<float>(static_cast<int32_t>(turns)) - (turns < 0 ? 1.0f : 0.0f);
    float deg = (turns - whole) * 360.0f; /* 0 .. 360 */
    int32_t d = static_cast<int32_t>(deg);
    float frac = deg - static_cast<float>(d);
    auto table = [](int32_t a) { return static_cast<float>(lv_trigo_sin(static_cast<int16_t>(a))) / LV_TRIGO_SIN_MAX; };
    *s = table(d) + (table(d + 1) - table(d)) * frac;
    *c = table(d + 90) + (table(d + 91) - table(d + 90)) * frac;
}

void multiply_into(lv_matrix_t * matrix, const lv_matrix_t & mul)
{
    lv_matrix_t r;
    for(int i = 0; i < 3; i++) {
        for(int j = 0; j < 3; j++) {
            r.m[i][j] = matrix->m[i][0] * mul.m[0][j] + matrix->m[i][1] * mul.m[1][j] + matrix->m[i][2] * mul.m[2][j];
        }
    }
    *matrix = r;
}

lv_matrix_t affine(float a, float b, float c, float d, float tx, float ty)
{
    lv_matrix_t m = {{{a, b, tx}, {c, d, ty}, {0, 0, 1}}};
    return m;
}

bool near(float a, float b) { return a - b < 1e-6f && b - a < 1e-6f; }

} // namespace

extern "C" {

void lv_matrix_identity(lv_matrix_t * matrix)
{
    if(matrix) *matrix = affine(1, 0, 0, 1, 0, 0);
}

void lv_matrix_translate(lv_matrix_t * matrix, float tx, float ty)
{
    if(matrix) multiply_into(matrix, affine(1, 0, 0, 1, tx, ty));
}

void lv_matrix_scale(lv_matrix_t * matrix, float scale_x, float scale_y)
{
    if(matrix) multiply_into(matrix, affine(scale_x, 0, 0, scale_y, 0, 0));
}

void lv_matrix_rotate(lv_matrix_t * matrix, float degree)
{
    if(!matrix) return;
    float s;
    float c;
    sin_cos(degree, &s, &c);
    multiply_into(matrix, affine(c, -s, s, c, 0, 0));
}

void lv_matrix_skew(lv_matrix_t * matrix, float skew_x, float skew_y)
{
    if(!matrix) return;
    float sx;
    float cx;
    float sy;
    float cy;
    sin_cos(skew_x, &sx, &cx);
    sin_cos(skew_y, &sy, &cy);
    /* tan = sin / cos; a skew of +-90 degrees has no matrix */
    if(near(cx, 0) || near(cy, 0)) return;
    multiply_into(matrix, affine(1, sx / cx, sy / cy, 1, 0, 0));
}

void lv_matrix_multiply(lv_matrix_t * matrix, const lv_matrix_t * mul)
{
    if(matrix && mul) multiply_into(matrix, *mul);
}

bool lv_matrix_inverse(lv_matrix_t * matrix, const lv_matrix_t * m)
{
    if(!matrix || !m) return false;
    const float (*a)[3] = m->m;
    float c00 = a[1][1] * a[2][2] - a[1][2] * a[2][1];
    float c01 = a[1][2] * a[2][0] - a[1][0] * a[2][2];
    float c02 = a[1][0] * a[2][1] - a[1][1] * a[2][0];
    float det = a[0][0] * c00 + a[0][1] * c01 + a[0][2] * c02;
    if(near(det, 0)) return false;
    float k = 1.0f / det;
    lv_matrix_t r;
    r.m[0][0] = c00 * k;
    r.m[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) * k;
    r.m[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) * k;
    r.m[1][0] = c01 * k;
    r.m[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) * k;
    r.m[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) * k;
    r.m[2][0] = c02 * k;
    r.m[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) * k;
    r.m[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) * k;
    *matrix = r;
    return true;
}

lv_point_precise_t lv_matrix_transform_precise_point(const lv_matrix_t * matrix, const lv_point_precise_t * point)
{
    lv_point_precise_t r = {0, 0};
    if(!point) return r;
    if(!matrix) return *point;
    const float (*a)[3] = matrix->m;
    float x = static_cast<float>(point->x);
    float y = static_cast<float>(point->y);
    float w = a[2][0] * x + a[2][1] * y + a[2][2];
    if(near(w, 0)) w = 1; /* a point at infinity: keep it finite */
    float tx = (a[0][0] * x + a[0][1] * y + a[0][2]) / w;
    float ty = (a[1][0] * x + a[1][1] * y + a[1][2]) / w;
    /* round to nearest (lv_value_precise_t is an integer in this build) */
    r.x = static_cast<lv_value_precise_t>(tx < 0 ? tx - 0.5f : tx + 0.5f);
    r.y = static_cast<lv_value_precise_t>(ty < 0 ? ty - 0.5f : ty + 0.5f);
    return r;
}

lv_area_t lv_matrix_transform_area(const lv_matrix_t * matrix, const lv_area_t * area)
{
    lv_area_t r = {0, 0, -1, -1};
    if(!area) return r;
    const lv_point_precise_t corners[4] = {
        {area->x1, area->y1}, {area->x2 + 1, area->y1}, {area->x1, area->y2 + 1}, {area->x2 + 1, area->y2 + 1}};
    for(int i = 0; i < 4; i++) {
        lv_point_precise_t p = lv_matrix_transform_precise_point(matrix, &corners[i]);
        int32_t x = static_cast<int32_t>(p.x);
        int32_t y = static_cast<int32_t>(p.y);
        if(i == 0 || x < r.x1) r.x1 = x;
        if(i == 0 || y < r.y1) r.y1 = y;
        if(i == 0 || x - 1 > r.x2) r.x2 = x - 1;
        if(i == 0 || y - 1 > r.y2) r.y2 = y - 1;
    }
    return r;
}

bool lv_matrix_is_identity(const lv_matrix_t * matrix)
{
    return lv_matrix_is_identity_or_translation(matrix) && near(matrix->m[0][2], 0) && near(matrix->m[1][2], 0);
}

bool lv_matrix_is_identity_or_translation(const lv_matrix_t * matrix)
{
    if(!matrix) return false;
    const float (*a)[3] = matrix->m;
    return near(a[0][0], 1) && near(a[0][1], 0) && near(a[1][0], 0) && near(a[1][1], 1) && near(a[2][0], 0) &&
           near(a[2][1], 0) && near(a[2][2], 1);
}

} // extern "C"
