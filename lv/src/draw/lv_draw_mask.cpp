// Coverage of rounded rectangles, the basis of fills, borders, outlines, shadows and clip
// radii. The shape is the continuous rectangle [x1, x2 + 1) x [y1, y2 + 1) with quarter
// circles of the radius in its corners; a pixel's coverage is the share of its square inside
// the shape, measured exactly across and on 16 sub-rows down.
#include "lv_draw_sw.h"
#include "lv_math.h"

#include <string.h>

namespace lv_sw {
namespace {

constexpr int32_t kSub = 16;     /* sub-rows per pixel row */
constexpr int32_t kFix = 256;    /* fixed point: 1/256 px */
constexpr int32_t kEmpty = INT32_MIN;

uint32_t isqrt64(uint64_t v)
{
    /* the common case (radii below 256 px) in 32-bit arithmetic */
    if(v <= UINT32_MAX) return (uint32_t)lv_sqrt32((uint32_t)v);
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
    return (uint32_t)r;
}

/* Whole pixels of a fixed-point coordinate, rounding down / up (also for negatives). */
inline int32_t floor_px(int32_t v) { return v >= 0 ? v / kFix : -((-v + kFix - 1) / kFix); }
inline int32_t ceil_px(int32_t v) { return -floor_px(-v); }

/* Horizontal extent [left, right) of the shape at height sy (fixed point); false if none. */
bool span_at(const RoundRect & rr, int32_t sy, int32_t * left, int32_t * right)
{
    const lv_area_t & a = rr.area;
    int32_t top = a.y1 * kFix;
    int32_t bottom = (a.y2 + 1) * kFix;
    if(sy < top || sy >= bottom) return false;
    int32_t r = rr.radius * kFix;
    int32_t l = a.x1 * kFix;
    int32_t rt = (a.x2 + 1) * kFix;
    int32_t dy = 0;
    if(sy < top + r) dy = top + r - sy;
    else if(sy > bottom - r) dy = sy - (bottom - r);
    if(dy > 0) {
        /* inset of the circle at this height: r - sqrt(r^2 - dy^2) */
        int32_t half = (int32_t)isqrt64((uint64_t)((int64_t)r * r - (int64_t)dy * dy));
        int32_t inset = r - half;
        l += inset;
        rt -= inset;
    }
    if(l >= rt) return false;
    *left = l;
    *right = rt;
    return true;
}

} // namespace

RoundRect make_round_rect(const lv_area_t & area, int32_t radius)
{
    RoundRect rr;
    int64_t w = (int64_t)area.x2 - area.x1 + 1;
    int64_t h = (int64_t)area.y2 - area.y1 + 1;
    int64_t short_side = LV_MIN(w, h);
    if(radius > short_side / 2) radius = (int32_t)(short_side / 2);
    if(radius < 0) radius = 0;
    /* the coverage math works in 1/256 px: keep coordinates where that cannot overflow.
     * Cutting a shape this far out only moves corners that no clip area can reach. */
    const int32_t lim = 1 << 22;
    rr.area.x1 = LV_CLAMP(-lim, area.x1, lim);
    rr.area.y1 = LV_CLAMP(-lim, area.y1, lim);
    rr.area.x2 = LV_CLAMP(-lim, area.x2, lim);
    rr.area.y2 = LV_CLAMP(-lim, area.y2, lim);
    rr.radius = LV_MIN(radius, lim / 4);
    return rr;
}

bool round_rect_row_is_full(const RoundRect & rr, int32_t y)
{
    return y >= rr.area.y1 + rr.radius && y <= rr.area.y2 - rr.radius && y >= rr.area.y1 && y <= rr.area.y2;
}

namespace {

/* Coverage of a corner row computed from the geometry: 16 sub-rows, exact across. */
bool exact_row(const RoundRect & rr, int32_t y, int32_t x, int32_t len, lv_opa_t * out)
{
    int32_t lefts[kSub], rights[kSub];
    int32_t in_l = INT32_MIN, in_r = INT32_MAX;   /* span covered by every sub-row */
    int32_t out_l = INT32_MAX, out_r = INT32_MIN; /* span touched by some sub-row */
    bool any = false;
    for(int32_t k = 0; k < kSub; k++) {
        int32_t sy = y * kFix + (k * kFix + kFix / 2) / kSub;
        if(span_at(rr, sy, &lefts[k], &rights[k])) {
            any = true;
            in_l = LV_MAX(in_l, lefts[k]);
            in_r = LV_MIN(in_r, rights[k]);
            out_l = LV_MIN(out_l, lefts[k]);
            out_r = LV_MAX(out_r, rights[k]);
        }
        else {
            lefts[k] = kEmpty;
            in_l = INT32_MAX; /* some sub-row is empty: nothing is fully covered */
        }
    }
    if(!any) return false;
    /* pixels fully inside every sub-row's span are 255, those outside all are 0; only the
     * edge pixels between need the sub-row sums */
    int32_t x_end = x + len; /* exclusive */
    int32_t full_from = in_l == INT32_MAX ? x_end : LV_MAX(x, ceil_px(in_l));
    int32_t full_to = in_l == INT32_MAX ? x_end : LV_MIN(x_end, floor_px(in_r)); /* exclusive */
    int32_t touch_from = LV_MAX(x, floor_px(out_l));
    int32_t touch_to = LV_MIN(x_end, ceil_px(out_r));
    memset(out, 0, (size_t)len);
    if(full_to > full_from) memset(out + (full_from - x), 255, (size_t)(full_to - full_from));
    for(int32_t px = touch_from; px < touch_to; px++) {
        if(px >= full_from && px < full_to) {
            px = full_to - 1;
            continue;
        }
        int32_t px0 = px * kFix;
        int32_t px1 = px0 + kFix;
        int32_t sum = 0;
        for(int32_t k = 0; k < kSub; k++) {
            if(lefts[k] == kEmpty) continue;
            int32_t a0 = LV_MAX(px0, lefts[k]);
            int32_t b0 = LV_MIN(px1, rights[k]);
            if(b0 > a0) sum += b0 - a0;
        }
        out[px - x] = (lv_opa_t)((sum * 255 + (kFix * kSub) / 2) / (kFix * kSub));
    }
    return true;
}

/* The corners of every rounded rectangle of one radius are the same: row j of a corner
 * (counted from the top or bottom edge) covers the columns counted from the left or right
 * edge with the same coverage. A profile holds, for each corner row, where coverage starts,
 * where it becomes full and the partial values between; it is computed once per radius
 * (with exact_row, so the pixels are the same as computing every row) and cached. */
struct CornerProfile {
    uint16_t * first;   /* per row: first column with some coverage */
    uint16_t * full;    /* per row: first fully covered column */
    uint32_t * offset;  /* per row: where its partial values start in `values` */
    lv_opa_t * values;
};

constexpr int32_t kMaxCachedRadius = 1024;

/* Columns [first, full) of corner row j of radius r: some coverage, not full. */
void corner_row(int32_t r, int32_t j, lv_opa_t * row, int32_t * first, int32_t * full)
{
    RoundRect circle; /* of diameter 2r: rows and columns 0..r-1 are its top-left corner */
    circle.area = {0, 0, 2 * r - 1, 2 * r - 1};
    circle.radius = r;
    if(!exact_row(circle, j, 0, r, row)) memset(row, 0, (size_t)r);
    int32_t f = 0;
    while(f < r && row[f] == 0) f++;
    int32_t g = f;
    while(g < r && row[g] < 255) g++; /* coverage grows toward the middle */
    *first = f;
    *full = g;
}

const CornerProfile * build_profile(int32_t r)
{
    RowBuf row_buf((size_t)r);
    if(!row_buf.ok()) return nullptr;
    lv_opa_t * row = row_buf.data();
    size_t n_values = 0;
    for(int32_t j = 0; j < r; j++) {
        int32_t f, g;
        corner_row(r, j, row, &f, &g);
        n_values += (size_t)(g - f);
    }
    size_t head = sizeof(CornerProfile);
    size_t bytes = head + (size_t)r * (sizeof(uint32_t) + 2 * sizeof(uint16_t)) + n_values;
    uint8_t * mem = (uint8_t *)cache_put(kCacheCornerProfile, &r, sizeof(r), bytes);
    if(mem == nullptr) return nullptr;
    CornerProfile * p = (CornerProfile *)mem;
    p->offset = (uint32_t *)(mem + head);
    p->first = (uint16_t *)(p->offset + r);
    p->full = p->first + r;
    p->values = (lv_opa_t *)(p->full + r);
    uint32_t at = 0;
    for(int32_t j = 0; j < r; j++) {
        int32_t f, g;
        corner_row(r, j, row, &f, &g);
        p->first[j] = (uint16_t)f;
        p->full[j] = (uint16_t)g;
        p->offset[j] = at;
        memcpy(p->values + at, row + f, (size_t)(g - f));
        at += (uint32_t)(g - f);
    }
    return p;
}

/* The profile of radius r (built on first use); NULL if it cannot be had. */
const CornerProfile * profile_of(int32_t r)
{
    if(r <= 0 || r > kMaxCachedRadius) return nullptr;
    const CornerProfile * p = (const CornerProfile *)cache_get(kCacheCornerProfile, &r, sizeof(r));
    return p ? p : build_profile(r);
}

/* Marks [a, b] (clipped to the row x..x_end-1) in `full`, which starts out empty. */
void set_full(Span * full, int32_t a, int32_t b, int32_t x, int32_t x_end)
{
    if(full == nullptr) return;
    full->x1 = LV_MAX(a, x);
    full->x2 = LV_MIN(b, x_end - 1);
}

} // namespace

bool round_rect_row(const RoundRect & rr, int32_t y, int32_t x, int32_t len, lv_opa_t * out, Span * full)
{
    if(full) *full = Span{1, 0};
    if(len <= 0 || y < rr.area.y1 || y > rr.area.y2) return false;
    const int32_t x1 = rr.area.x1, x2 = rr.area.x2;
    const int32_t x_end = x + len; /* exclusive */
    if(x > x2 || x_end - 1 < x1) return false;
    int32_t j = LV_MIN(y - rr.area.y1, rr.area.y2 - y); /* corner row, counted from the nearer edge */
    int32_t in1 = x1, in2 = x2;                         /* fully covered columns */
    const CornerProfile * p = nullptr;
    if(j < rr.radius) {
        if(rr.profile && rr.profile_epoch == cache_epoch()) {
            p = (const CornerProfile *)rr.profile;
        }
        else {
            p = profile_of(rr.radius);
            if(p == nullptr) return exact_row(rr, y, x, len, out);
            rr.profile = p;
            rr.profile_epoch = cache_epoch();
        }
        in1 = x1 + p->full[j];
        in2 = x2 - p->full[j];
    }
    memset(out, 0, (size_t)len);
    int32_t a = LV_MAX(x, in1), b = LV_MIN(x_end - 1, in2);
    if(a <= b) memset(out + (a - x), 255, (size_t)(b - a + 1));
    set_full(full, in1, in2, x, x_end);
    if(p == nullptr) return true;
    const int32_t first = p->first[j];
    const lv_opa_t * v = p->values + p->offset[j];
    /* left edge: columns x1 + first .. in1 - 1 */
    for(int32_t px = LV_MAX(x, x1 + first); px < LV_MIN(x_end, in1); px++) out[px - x] = v[px - x1 - first];
    /* right edge, mirrored: columns in2 + 1 .. x2 - first */
    for(int32_t px = LV_MAX(x, in2 + 1); px < LV_MIN(x_end, x2 - first + 1); px++) out[px - x] = v[x2 - px - first];
    return true;
}

lv_color32_t grad_color_at(const lv_grad_dsc_t & g, int32_t range, int32_t pos)
{
    int32_t count = LV_MAX(1, LV_MIN((int32_t)g.stops_count, LV_GRADIENT_MAX_STOPS));
    const lv_grad_stop_t * s = g.stops;
    auto to32 = [](const lv_grad_stop_t & st) { return lv_color_to_32(st.color, st.opa); };
    /* a stop's position along the run (64-bit: runs may be as long as any coordinate) */
    auto at = [&](int32_t i) { return ((int64_t)s[i].frac * range) >> 8; };
    if(pos <= at(0) || count == 1) return to32(s[0]);
    if(pos >= at(count - 1)) return to32(s[count - 1]);
    for(int32_t i = 1; i < count; i++) {
        int64_t cur = at(i);
        if(pos <= cur) {
            int64_t prev = at(i - 1);
            int64_t d = cur - prev;
            if(d <= 0) return to32(s[i]);
            uint32_t mix = (uint32_t)(((int64_t)pos - prev) * 255 / d);
            uint32_t imix = 255 - mix;
            lv_color32_t c;
            c.red = (uint8_t)LV_UDIV255(s[i].color.red * mix + s[i - 1].color.red * imix);
            c.green = (uint8_t)LV_UDIV255(s[i].color.green * mix + s[i - 1].color.green * imix);
            c.blue = (uint8_t)LV_UDIV255(s[i].color.blue * mix + s[i - 1].color.blue * imix);
            c.alpha = (uint8_t)LV_UDIV255(s[i].opa * mix + s[i - 1].opa * imix);
            return c;
        }
    }
    return to32(s[count - 1]);
}

} // namespace lv_sw
