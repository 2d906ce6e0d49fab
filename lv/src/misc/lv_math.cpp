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

/* atan(i / 256) in 1/256 degrees for i = 0..256 (the first octant). */
struct OctantAtan {
    uint16_t v[257];
};

constexpr double taylor_atan_unit(double x)
{
    /* atan for |x| <= 1 via atan(x) = 2 * atan(x / (1 + sqrt(1 + x^2))) and a series. */
    double s = 1.0 + x * x;
    double r = s; /* Newton iterations for sqrt(s) */
    for(int i = 0; i < 20; i++) r = 0.5 * (r + s / r);
    double y = x / (1.0 + r); /* |y| <= 0.415 */
    double term = y;
    double sum = 0.0;
    for(int n = 0; n < 40; n++) {
        sum += term / (2 * n + 1);
        term *= -y * y;
    }
    return 2.0 * sum;
}

constexpr OctantAtan make_octant_atan()
{
    OctantAtan t{};
    for(int i = 0; i <= 256; i++) {
        double deg = taylor_atan_unit(i / 256.0) * 180.0 / 3.14159265358979323846;
        t.v[i] = (uint16_t)(deg * 256.0 + 0.5);
    }
    return t;
}

constexpr OctantAtan kOctantAtan = make_octant_atan();

uint32_t g_rand_state = 0x1234ABCD;

/* Cubic Bezier with endpoints 0 and LV_BEZIER_VAL_MAX, control values c1 and c2, at t in 1/65536. */
int64_t bezier_unit(int64_t t, int64_t c1, int64_t c2)
{
    const int64_t one = 65536;
    int64_t u = one - t;
    /* 3 u^2 t c1 + 3 u t^2 c2 + t^3 * MAX, all in 1/65536^3 */
    int64_t a = 3 * ((u * u) >> 16) * t >> 16;
    int64_t b = 3 * ((u * t) >> 16) * t >> 16;
    int64_t c = ((t * t) >> 16) * t >> 16;
    return (a * c1 + b * c2 + c * LV_BEZIER_VAL_MAX); /* value * 65536 */
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
    int64_t tt = t;
    int64_t rem = LV_BEZIER_VAL_MAX - tt;
    int64_t rem2 = (rem * rem) >> LV_BEZIER_VAL_SHIFT;
    int64_t rem3 = (rem2 * rem) >> LV_BEZIER_VAL_SHIFT;
    int64_t t2 = (tt * tt) >> LV_BEZIER_VAL_SHIFT;
    int64_t t3 = (t2 * tt) >> LV_BEZIER_VAL_SHIFT;
    int64_t v1 = (rem3 * u0) >> LV_BEZIER_VAL_SHIFT;
    int64_t v2 = ((3 * rem2 * tt) >> (2 * LV_BEZIER_VAL_SHIFT)) * (int64_t)u1;
    int64_t v3 = ((3 * rem * t2) >> (2 * LV_BEZIER_VAL_SHIFT)) * u2;
    int64_t v4 = (t3 * u3) >> LV_BEZIER_VAL_SHIFT;
    return (int32_t)(v1 + v2 + v3 + v4);
}

int32_t lv_cubic_bezier(int32_t x, int32_t x1, int32_t y1, int32_t x2, int32_t y2)
{
    if(x <= 0) return 0;
    if(x >= LV_BEZIER_VAL_MAX) return LV_BEZIER_VAL_MAX;
    /* x(t) is monotonic for control x in 0..1: bisect t to 1/65536. */
    int64_t target = (int64_t)x << 16;
    int64_t lo = 0;
    int64_t hi = 65536;
    while(hi - lo > 1) {
        int64_t mid = (lo + hi) / 2;
        if(bezier_unit(mid, x1, x2) < target) lo = mid;
        else hi = mid;
    }
    int64_t y = bezier_unit(hi, y1, y2);
    return (int32_t)((y + 32768) >> 16);
}

uint16_t lv_atan2(int x, int y)
{
    if(x == 0 && y == 0) return 0;
    int64_t ax = x < 0 ? -(int64_t)x : x;
    int64_t ay = y < 0 ? -(int64_t)y : y;
    /* angle within the first quadrant, in 1/256 degrees */
    int32_t a;
    if(ay <= ax) {
        int64_t i = (ay * 256 * 256) / ax; /* ratio in 1/65536 */
        int64_t idx = i >> 8;
        int64_t frac = i & 0xFF;
        int32_t v0 = kOctantAtan.v[idx];
        int32_t v1 = kOctantAtan.v[idx < 256 ? idx + 1 : 256];
        a = (int32_t)(v0 + ((v1 - v0) * frac >> 8));
    }
    else {
        int64_t i = (ax * 256 * 256) / ay;
        int64_t idx = i >> 8;
        int64_t frac = i & 0xFF;
        int32_t v0 = kOctantAtan.v[idx];
        int32_t v1 = kOctantAtan.v[idx < 256 ? idx + 1 : 256];
        a = 90 * 256 - (int32_t)(v0 + ((v1 - v0) * frac >> 8));
    }
    int32_t deg;
    if(x >= 0 && y >= 0) deg = a;
    else if(x < 0 && y >= 0) deg = 180 * 256 - a;
    else if(x < 0) deg = 180 * 256 + a;
    else deg = 360 * 256 - a;
    deg = (deg + 128) >> 8;
    if(deg >= 360) deg -= 360;
    return (uint16_t)deg;
}

void lv_sqrt(uint32_t x, lv_sqrt_res_t * q, uint32_t mask)
{
    (void)mask;
    /* root of x in 8.8 fixed point: isqrt(x * 65536) */
    uint64_t v = (uint64_t)x << 16;
    uint64_t r = 0;
    uint64_t bit = (uint64_t)1 << 62;
    while(bit > v) bit >>= 2;
    while(bit) {
        if(v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        }
        else {
            r >>= 1;
        }
        bit >>= 2;
    }
    q->i = (uint16_t)(r >> 8);
    q->f = (uint16_t)(r & 0xFF);
}

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
