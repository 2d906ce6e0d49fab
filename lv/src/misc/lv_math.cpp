// Integer math: degree trigonometry from a quarter-wave table, roots, atan2, Bezier curves.
#include "lv_math.h"

namespace {

/* sin(x) for x in radians by a Taylor series; only used to build the table at compile time. */
constexpr double taylor_sin(double x)
{
    double term = x;
    double sum = x;
    for(int n = 1; n < 12; n++) {
        term *= -x * x / ((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}

struct QuarterSine {
    int16_t v[91];
};

/* round(sin(deg) * 32767) for 0..90 degrees. */
constexpr QuarterSine make_quarter_sine()
{
    QuarterSine t{};
    for(int d = 0; d <= 90; d++) {
        double s = taylor_sin(d * 3.14159265358979323846 / 180.0) * 32767.0;
        t.v[d] = (int16_t)(s + 0.5 + 1e-6); /* halves round up */
    }
    return t;
}

constexpr QuarterSine kQuarterSine = make_quarter_sine();

uint32_t g_rand_state = 0x1234ABCD;

/* a*t^3 + b*t^2 + c*t in 10-bit fixed point, evaluated the way the original does (Horner's
 * scheme, shifting after every multiplication) so that animations land on the same values */
int32_t cubic_poly(int32_t t, int32_t a, int32_t b, int32_t c)
{
    int32_t r = (a * t) >> LV_BEZIER_VAL_SHIFT;
    r = ((r + b) * t) >> LV_BEZIER_VAL_SHIFT;
    return ((r + c) * t) >> LV_BEZIER_VAL_SHIFT;
}

} // namespace

extern "C" {

int32_t lv_trigo_sin(int16_t angle)
{
    int32_t a = angle % 360;
    if(a < 0) a += 360;
    if(a <= 90) return kQuarterSine.v[a];
    if(a <= 180) return kQuarterSine.v[180 - a];
    if(a <= 270) return -kQuarterSine.v[a - 180];
    return -kQuarterSine.v[360 - a];
}

int32_t lv_trigo_cos(int16_t angle) { return lv_trigo_sin((int16_t)(angle + 90)); }

int32_t lv_bezier3(int32_t t, int32_t u0, uint32_t u1, int32_t u2, int32_t u3)
{
    (void)u0; /* always 0 */
    (void)u3; /* always LV_BEZIER_VAL_MAX */
    /* control points at a third and two thirds of the time axis: y as a function of t */
    return lv_cubic_bezier(t, 341, (int32_t)u1, 683, u2);
}

int32_t lv_cubic_bezier(int32_t x, int32_t x1, int32_t y1, int32_t x2, int32_t y2)
{
    if(x == 0 || x == LV_BEZIER_VAL_MAX) return x;
    /* the curve's polynomial coefficients for x(t) and y(t) */
    const int32_t one = LV_BEZIER_VAL_MAX;
    int32_t cx = 3 * x1, bx = 3 * (x2 - x1) - cx, ax = one - cx - bx;
    int32_t cy = 3 * y1, by = 3 * (y2 - y1) - cy, ay = one - cy - by;
    /* find t with x(t) = x: Newton's method from t = x, within 1/1024 */
    int32_t t = x;
    bool found = false;
    for(int i = 0; i < 8 && !found; i++) {
        int32_t err = cubic_poly(t, ax, bx, cx) - x;
        if(LV_ABS(err) <= 1) {
            found = true;
            break;
        }
        int32_t slope = (3 * ax * t) >> LV_BEZIER_VAL_SHIFT;
        slope = ((slope + 2 * bx) * t) >> LV_BEZIER_VAL_SHIFT;
        slope += cx;
        if(LV_ABS(slope) <= 1) break;
        int32_t step = (int32_t)(((int64_t)err * one) / slope);
        if(step == 0) break;
        t -= step;
    }
    if(!found) {
        /* Newton did not settle: bisect over the whole range, starting again from x */
        int32_t lo = 0, hi = one;
        t = x;
        while(lo < hi) {
            int32_t xs = cubic_poly(t, ax, bx, cx);
            if(LV_ABS(xs - x) <= 1) break;
            if(x > xs) lo = t;
            else hi = t;
            t = (hi - lo) / 2 + lo;
            if(t == lo) break;
        }
    }
    return cubic_poly(t, ay, by, cy);
}

uint16_t lv_atan2(int y_in, int x_in)
{
    /* The original's fast approximation (within a degree), reproduced for identical results:
     * the ratio of the smaller to the larger component gives 0..45 "degrees" linearly, a
     * step correction bends that toward the arctangent, then octant and quadrant are
     * restored. LVGL's argument order is C's atan2(y, x): callers pass lv_atan2(dy, dx). */
    int64_t ay = y_in < 0 ? -(int64_t)y_in : y_in;
    int64_t ax = x_in < 0 ? -(int64_t)x_in : x_in;
    if(ax == 0 && ay == 0) return 0;
    bool steep = ay > ax; /* closer to the vertical axis */
    int32_t d = steep ? (int32_t)(ax * 45 / ay) : (int32_t)(ay * 45 / ax);
    /* corrections: the arctangent runs above the straight line in the lower half of the
     * octant and (relative to 45) below it in the upper half */
    static const uint8_t low_steps[4] = {2, 6, 10, 15};
    static const uint8_t high_steps[4] = {32, 37, 41, 44};
    int32_t comp = 0;
    for(int i = 0; i < 4; i++) {
        if(d > 22) comp += d <= high_steps[i];
        else comp += d >= low_steps[i];
    }
    d += comp;
    if(steep) d = 90 - d;
    /* quadrants: right-down 0..90, left-down 90..180, left-up 180..270, right-up 270..360 */
    if(x_in < 0) d = y_in < 0 ? 180 + d : 180 - d;
    else if(y_in < 0) d = 360 - d;
    return (uint16_t)d; /* 0..360: like the original, just above the x axis gives 360 */
}

void lv_sqrt(uint32_t x, lv_sqrt_res_t * q, uint32_t mask)
{
    /* the root of x * 256 has 4 fractional bits; it is built bit by bit from `mask` down,
     * so a mask too small for x saturates, as in the original */
    uint32_t v = x << 8;
    uint32_t root = 0;
    for(uint32_t bit = mask; bit; bit >>= 1) {
        uint32_t trial = root + bit;
        if((uint64_t)trial * trial <= v) root = trial;
    }
    if(!q) return;
    q->i = (uint16_t)(root >> 4);
    q->f = (uint16_t)((root & 0xF) << 4);
}

int32_t lv_sqr(int32_t x) { return static_cast<int32_t>(static_cast<uint32_t>(x) * static_cast<uint32_t>(x)); }

int32_t lv_sqrt32(uint32_t x)
{
    uint32_t r = 0;
    uint32_t bit = 1u << 30;
    while(bit > x) bit >>= 2;
    while(bit) {
        if(x >= r + bit) {
            x -= r + bit;
            r = (r >> 1) + bit;
        }
        else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return (int32_t)r;
}

int64_t lv_pow(int64_t base, int8_t exp)
{
    if(exp < 0) return 0;
    int64_t result = 1;
    while(exp) {
        if(exp & 1) result *= base;
        base *= base;
        exp >>= 1;
    }
    return result;
}

int32_t lv_map(int32_t x, int32_t min_in, int32_t max_in, int32_t min_out, int32_t max_out)
{
    if(max_in >= min_in && x >= max_in) return max_out;
    if(max_in >= min_in && x <= min_in) return min_out;
    if(max_in <= min_in && x <= max_in) return max_out;
    if(max_in <= min_in && x >= min_in) return min_out;
    int64_t delta_in = (int64_t)max_in - min_in;
    int64_t delta_out = (int64_t)max_out - min_out;
    return (int32_t)(((int64_t)x - min_in) * delta_out / delta_in + min_out);
}

void lv_rand_set_seed(uint32_t seed) { g_rand_state = seed ? seed : 0x1234ABCD; }

uint32_t lv_rand(uint32_t min, uint32_t max)
{
    /* xorshift32 */
    uint32_t x = g_rand_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    g_rand_state = x;
    if(max <= min) return min;
    uint64_t span = (uint64_t)max - min + 1;
    return (uint32_t)(x % span) + min;
}

} // extern "C"
