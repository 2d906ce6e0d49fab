// Arcs: a ring (outer circle minus inner circle, both anti-aliased like rounded rectangles)
// cut by the start and end angles (anti-aliased by distance to the cut lines), with optional
// round ends. 0 degrees points right and angles grow clockwise.
#include <math.h>
#include <string.h>

#include "lv_draw_arc.h"
#include "lv_draw_sw.h"
#include "lv_math.h"
#include "draw/lv_image_resolve.h"

using namespace lv_sw;

namespace {

constexpr float kDegToRad = 3.14159265358979f / 180.0f;

inline float clamp01(float v) { return v < 0.0f ? 0.0f : (v > 1.0f ? 1.0f : v); }

struct Cut {
    float n1x, n1y; /* inward normal of the start edge */
    float n2x, n2y; /* inward normal of the end edge */
    bool wide;      /* more than 180 degrees: union of the two half planes */
};

/* Signed distance (plus one half) of a pixel center from a cut edge: 0..1 is the edge's
 * anti-aliased band. Every float operation in it is monotonic, so along a row the value
 * never turns back: if both ends of a run are on one side of the band, so is the whole run. */
inline float edge_dist(float nx, float ny, float dx, float dy) { return dx * nx + dy * ny + 0.5f; }

float angle_coverage(const Cut & c, float dx, float dy)
{
    float d1 = clamp01(edge_dist(c.n1x, c.n1y, dx, dy));
    float d2 = clamp01(edge_dist(c.n2x, c.n2y, dx, dy));
    return c.wide ? LV_MAX(d1, d2) : LV_MIN(d1, d2);
}

/* Where a run of pixels lies against one edge: wholly outside, wholly inside, or unknown. */
enum Side { kOut, kIn, kMixed };

Side side_of(float nx, float ny, float dxa, float dxb, float dy)
{
    float a = edge_dist(nx, ny, dxa, dy), b = edge_dist(nx, ny, dxb, dy);
    if(a <= 0.0f && b <= 0.0f) return kOut;
    if(a >= 1.0f && b >= 1.0f) return kIn;
    return kMixed;
}

/* Applies the angle cut to om[a..b] of a row (dx0: the offset of om[0]'s center from the
 * arc's center): runs wholly inside the cut are kept, runs wholly outside cleared, and only
 * the pixels near the cut edges are computed one by one. */
void cut_run(const Cut & c, float dx0, float dy, int32_t a, int32_t b, lv_opa_t * om)
{
    if(b - a >= 8) {
        float dxa = dx0 + (float)a, dxb = dx0 + (float)b;
        Side s1 = side_of(c.n1x, c.n1y, dxa, dxb, dy);
        Side s2 = side_of(c.n2x, c.n2y, dxa, dxb, dy);
        bool in = c.wide ? (s1 == kIn || s2 == kIn) : (s1 == kIn && s2 == kIn);
        bool out = c.wide ? (s1 == kOut && s2 == kOut) : (s1 == kOut || s2 == kOut);
        if(in) return;
        if(out) {
            memset(om + a, 0, (size_t)(b - a + 1));
            return;
        }
        int32_t mid = a + (b - a) / 2;
        cut_run(c, dx0, dy, a, mid, om);
        cut_run(c, dx0, dy, mid + 1, b, om);
        return;
    }
    for(int32_t i = a; i <= b; i++) {
        if(om[i] == 0) continue;
        float cov = (float)om[i] / 255.0f * angle_coverage(c, dx0 + (float)i, dy);
        om[i] = (lv_opa_t)(cov * 255.0f + 0.5f);
    }
}

/* One side of a round end's square: its center (1/256 px) rounded toward the arc's center,
 * and the extent of the ring's width around it (an even width one pixel short outward). */
void cap_span(int32_t center, int32_t half, int32_t even, int32_t * lo, int32_t * hi)
{
    if(center > 0) {
        center = (center - 127) >> 8;
        *lo = center - half + even;
        *hi = center + half;
    }
    else {
        center = (center + 127) >> 8;
        *lo = center - half;
        *hi = center + half - even;
    }
}

/* The square holding the round end at `angle`: centered on the middle of the ring, snapped
 * to whole pixels toward the center the way the original places it, as wide as the ring. */
RoundRect end_cap(int32_t cx, int32_t cy, int32_t radius, int32_t width, int32_t angle)
{
    int32_t half = width / 2;
    int32_t even = (width & 1) ? 0 : 1;
    /* position of the cap's center relative to the arc's center, in 1/256 px */
    int32_t px = ((radius - half) * lv_trigo_cos((int16_t)angle)) >> (LV_TRIGO_SHIFT - 8);
    int32_t py = ((radius - half) * lv_trigo_sin((int16_t)angle)) >> (LV_TRIGO_SHIFT - 8);
    lv_area_t a;
    cap_span(px, half, even, &a.x1, &a.x2);
    cap_span(py, half, even, &a.y1, &a.y2);
    lv_area_move(&a, cx, cy);
    return make_round_rect(a, LV_RADIUS_CIRCLE);
}

} // namespace

extern "C" {

void lv_draw_arc_dsc_init(lv_draw_arc_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->width = 1;
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
}

void lv_draw_arc_get_area(int32_t x, int32_t y, uint16_t radius, lv_value_precise_t start_angle,
                          lv_value_precise_t end_angle, int32_t w, bool rounded, lv_area_t * area)
{
    (void)start_angle;
    (void)end_angle;
    (void)w;
    (void)rounded;
    if(!area) return;
    /* the whole circle: simple and always enough */
    area->x1 = x - radius;
    area->y1 = y - radius;
    area->x2 = x + radius - 1;
    area->y2 = y + radius - 1;
}

void lv_draw_arc(lv_layer_t * layer, const lv_draw_arc_dsc_t * dsc)
{
    if(dsc == NULL) return;
    if(task_wanted(&dsc->base)) {
        /* the task's area: the whole circle (LVGL's) */
        lv_area_t a = {dsc->center.x - dsc->radius, dsc->center.y - dsc->radius, dsc->center.x + dsc->radius - 1,
                       dsc->center.y + dsc->radius - 1};
        if(task_take(layer, LV_DRAW_TASK_TYPE_ARC, &dsc->base, &a)) return;
    }
    arc_now(layer, dsc);
}

} // extern "C"

namespace lv_sw {

void arc_now(lv_layer_t * layer, const lv_draw_arc_dsc_t * dsc)
{
    Target t;
    if(dsc->opa <= LV_OPA_MIN || dsc->width <= 0 || dsc->radius == 0) return;
    if(dsc->start_angle == dsc->end_angle) return;
    if(!target_of(layer, &t)) return;
    int32_t r = dsc->radius;
    int32_t w = LV_MIN(dsc->width, r);
    int32_t cx = dsc->center.x, cy = dsc->center.y;

    int32_t start = dsc->start_angle % 360;
    if(start < 0) start += 360;
    int32_t end = dsc->end_angle % 360;
    if(end < 0) end += 360;
    int32_t span = end - start;
    if(span <= 0) span += 360;
    bool full = (dsc->end_angle - dsc->start_angle) % 360 == 0 || span >= 360;
    Cut cut{};
    if(!full) {
        float a1 = (float)start * kDegToRad, a2 = (float)(start + span) * kDegToRad;
        cut.n1x = -sinf(a1);
        cut.n1y = cosf(a1);
        cut.n2x = sinf(a2);
        cut.n2y = -cosf(a2);
        cut.wide = span > 180;
    }

    lv_area_t outer_a = {cx - r, cy - r, cx + r - 1, cy + r - 1};
    RoundRect outer = make_round_rect(outer_a, LV_RADIUS_CIRCLE);
    lv_area_t inner_a = {cx - r + w, cy - r + w, cx + r - 1 - w, cy + r - 1 - w};
    bool has_inner = inner_a.x1 <= inner_a.x2;
    RoundRect inner = has_inner ? make_round_rect(inner_a, LV_RADIUS_CIRCLE) : RoundRect{};
    lv_area_t d;
    if(!lv_area_intersect(&d, &outer_a, &t.clip)) return;
    int32_t dw = lv_area_get_width(&d);
    RowBuf om_buf((size_t)dw), im_buf((size_t)dw);
    const lv_image_dsc_t * img = NULL;
    if(dsc->img_src) img = lv_image_cache_resolve(dsc->img_src); /* pixels or a decoded PNG */
    RowBuf px_buf(img ? (size_t)dw * sizeof(lv_color32_t) : 1);
    if(!om_buf.ok() || !im_buf.ok() || !px_buf.ok()) return;
    lv_opa_t * om = om_buf.data();
    lv_opa_t * im = im_buf.data();
    lv_color32_t * px = (lv_color32_t *)px_buf.data();

    /* round ends: discs on the middle of the ring at the two angles */
    bool rounded = dsc->rounded && !full;
    RoundRect caps[2];
    RowBuf cap_buf(rounded ? (size_t)dw : 1);
    if(!cap_buf.ok()) return;
    if(rounded) {
        caps[0] = end_cap(cx, cy, r, w, start);
        caps[1] = end_cap(cx, cy, r, w, start + span);
    }

    for(int32_t y = d.y1; y <= d.y2; y++) {
        /* only the ring's pixels: those the outer circle touches, minus those inside the inner one */
        Span hole{1, 0};
        if(!round_rect_row(outer, y, d.x1, dw, om)) continue;
        bool inner_row = has_inner && round_rect_row(inner, y, d.x1, dw, im, &hole);
        int32_t lo = 0, hi = dw - 1;
        while(lo <= hi && om[lo] == 0) lo++;
        while(hi >= lo && om[hi] == 0) hi--;
        Span segs[2] = {{lo, hi}, {1, 0}};
        if(hole.x1 <= hole.x2) {
            segs[0] = Span{lo, LV_MIN(hi, hole.x1 - d.x1 - 1)};
            segs[1] = Span{LV_MAX(lo, hole.x2 - d.x1 + 1), hi};
        }
        for(const Span & sg : segs) {
            if(sg.x1 > sg.x2) continue;
            if(inner_row) {
                for(int32_t i = sg.x1; i <= sg.x2; i++) om[i] = om[i] > im[i] ? (lv_opa_t)(om[i] - im[i]) : 0;
            }
            if(!full) cut_run(cut, (float)d.x1 + 0.5f - (float)cx, (float)y + 0.5f - (float)cy, sg.x1, sg.x2, om);
        }
        Span all = segs[0];
        if(segs[1].x1 <= segs[1].x2) all = segs[0].x1 <= segs[0].x2 ? Span{segs[0].x1, segs[1].x2} : segs[1];
        if(hole.x1 <= hole.x2 && segs[0].x1 <= segs[0].x2 && segs[1].x1 <= segs[1].x2) {
            /* the hole between the segments stays empty */
            memset(om + segs[0].x2 + 1, 0, (size_t)(segs[1].x1 - segs[0].x2 - 1));
        }
        for(int k = 0; k < 2 && rounded; k++) {
            /* the round ends: only the columns of their squares */
            int32_t c1 = LV_MAX(caps[k].area.x1, d.x1) - d.x1, c2 = LV_MIN(caps[k].area.x2, d.x2) - d.x1;
            if(c1 > c2) continue;
            lv_opa_t * cm = cap_buf.data();
            if(!round_rect_row(caps[k], y, d.x1 + c1, c2 - c1 + 1, cm)) continue;
            if(all.x1 > all.x2) {
                memset(om + c1, 0, (size_t)(c2 - c1 + 1));
                all = Span{c1, c2};
            }
            else {
                for(int32_t i = c1; i < all.x1; i++) om[i] = 0;
                for(int32_t i = all.x2 + 1; i <= c2; i++) om[i] = 0;
                all = Span{LV_MIN(all.x1, c1), LV_MAX(all.x2, c2)};
            }
            for(int32_t i = c1; i <= c2; i++) om[i] = LV_MAX(om[i], cm[i - c1]);
        }
        if(all.x1 > all.x2) continue;
        int32_t n = all.x2 - all.x1 + 1;
        if(img) {
            image_row(img, d.x1 + all.x1 - (cx - r), y - (cy - r), n, px);
            blend_pixels(t, d.x1 + all.x1, y, n, px, dsc->opa, om + all.x1);
        }
        else {
            blend_color(t, d.x1 + all.x1, y, n, dsc->color, dsc->opa, om + all.x1);
        }
    }
}

} // namespace lv_sw
