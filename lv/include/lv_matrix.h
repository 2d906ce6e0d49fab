/**
 * @file lv_matrix.h
 * 3x3 transformation matrices (affine in practice) for lv_obj_set_transform. Each operation
 * multiplies the matrix on the right, so the last one applied is the first to act on a point.
 */
#ifndef LV_MATRIX_H
#define LV_MATRIX_H

#include "lv_area.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    float m[3][3];
} lv_matrix_t;

void lv_matrix_identity(lv_matrix_t * matrix);
void lv_matrix_translate(lv_matrix_t * matrix, float tx, float ty);
void lv_matrix_scale(lv_matrix_t * matrix, float scale_x, float scale_y);
/** Rotates by `degree` degrees, clockwise on screen (y grows downwards). */
void lv_matrix_rotate(lv_matrix_t * matrix, float degree);
/** Skews by the angles `skew_x`, `skew_y` in degrees. */
void lv_matrix_skew(lv_matrix_t * matrix, float skew_x, float skew_y);
/** matrix = matrix * mul */
void lv_matrix_multiply(lv_matrix_t * matrix, const lv_matrix_t * mul);
/** Writes the inverse of `m` to `matrix`; false (and `matrix` unchanged) when `m` is singular. */
bool lv_matrix_inverse(lv_matrix_t * matrix, const lv_matrix_t * m);
lv_point_precise_t lv_matrix_transform_precise_point(const lv_matrix_t * matrix, const lv_point_precise_t * point);
/** The bounding box of the transformed `area`. */
lv_area_t lv_matrix_transform_area(const lv_matrix_t * matrix, const lv_area_t * area);
bool lv_matrix_is_identity(const lv_matrix_t * matrix);
bool lv_matrix_is_identity_or_translation(const lv_matrix_t * matrix);

#ifdef __cplusplus
}
#endif

#endif
