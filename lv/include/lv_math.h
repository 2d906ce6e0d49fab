/**
 * @file lv_math.h
 * Integer math used by the engine: trigonometry in degrees (sine scaled to 32768),
 * square roots, atan2 in degrees, Bezier curves, mapping, pseudo-random numbers.
 */
#ifndef LV_MATH_H
#define LV_MATH_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_TRIGO_SIN_MAX 32768
#define LV_TRIGO_SHIFT 15 /**< >> LV_TRIGO_SHIFT divides by LV_TRIGO_SIN_MAX */

#define LV_BEZIER_VAL_SHIFT 10
#define LV_BEZIER_VAL_MAX (1L << LV_BEZIER_VAL_SHIFT) /**< Bezier values run 0..LV_BEZIER_VAL_MAX */
#define LV_BEZIER_VAL_FLOAT(f) ((int32_t)((f) * LV_BEZIER_VAL_MAX))

#define LV_ALIGN_UP(x, align) (((x) + ((align) - 1)) & ~((align) - 1))
#define LV_ROUND_UP(x, round) ((((x) + ((round) - 1)) / (round)) * (round))
#define LV_IS_SIGNED(t) (((t)(-1)) < ((t)0))
#define LV_UDIV255(x) (((x) * 0x8081U) >> 0x17)

/** Square root result: integer part and the fraction in 1/256 units. */
typedef struct {
    uint16_t i;
    uint16_t f;
} lv_sqrt_res_t;

/** sin(angle) * LV_TRIGO_SIN_MAX, angle in degrees (any value, wraps). */
int32_t lv_trigo_sin(int16_t angle);
int32_t lv_trigo_cos(int16_t angle);

/** y of the cubic Bezier (0,0) (x1,y1) (x2,y2) (1,1) at the given x; all in 0..LV_BEZIER_VAL_MAX. */
int32_t lv_cubic_bezier(int32_t x, int32_t x1, int32_t y1, int32_t x2, int32_t y2);
/** Cubic Bezier in the Bernstein form at t (0..LV_BEZIER_VAL_MAX) over the 4 control values. */
int32_t lv_bezier3(int32_t t, int32_t u0, uint32_t u1, int32_t u2, int32_t u3);

/** atan2 in whole degrees, 0..359, with C's argument order: lv_atan2(dy, dx) is the angle of
 *  the vector (dx, dy), 0 pointing right and growing clockwise on screen (y down). */
uint16_t lv_atan2(int x, int y);

/** Square root of x: q->i integer part, q->f fraction in 1/256. `mask` is a speed hint
 *  (0x800 for x < 2^16, 0x8000 otherwise) and does not change the result. */
void lv_sqrt(uint32_t x, lv_sqrt_res_t * q, uint32_t mask);
/** x * x */
int32_t lv_sqr(int32_t x);
/** Integer square root, rounded down. */
int32_t lv_sqrt32(uint32_t x);

/** base^exp for exp >= 0; 0 for negative exponents (integer result). */
int64_t lv_pow(int64_t base, int8_t exp);
/** Maps x from [min_in, max_in] to [min_out, max_out], clamping outside the input range. */
int32_t lv_map(int32_t x, int32_t min_in, int32_t max_in, int32_t min_out, int32_t max_out);

void lv_rand_set_seed(uint32_t seed);
/** A pseudo-random number in [min, max]. */
uint32_t lv_rand(uint32_t min, uint32_t max);

#ifdef __cplusplus
}
#endif

#endif
