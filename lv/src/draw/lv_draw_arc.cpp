// Arcs: a ring (outer circle minus inner circle, both anti-aliased like rounded rectangles)
// cut by the start and end angles (anti-aliased by distance to the cut lines), with optional
// round ends. 0 degrees points right and angles grow clockwise.
#include <math.h>
#include <string.h>

#include "lv_draw_arc.h"
#include "lv_draw_sw.h"
#include "lv_math.h"
#include "libs/lodepng/lv_image_cache.h"

using namespace lv_sw;

namespace {

constexpr float kDegToRad = 3.14159265358979f / 180.0f;

inline float clamp01(float v) { return v < 0.0f ? 0.0f : (v > 1.0f ? 1.0f : v); }

struct Cut {
    float n1x, n1y; /* inward normal of the start edge */
    float n2x, n2y; /* inward normal of the end edge */
    bool wide;      /* more than 180 degrees: union of the two half planes */
};

float angle_coverage(const Cut & c, float dx, float dy)
{
    float d1 = clamp01(dx * c.n1x + dy * c.n1y + 0.5f);
    float d2 = clamp01(dx * c.n2x + dy * c.n2y + 0.5f);
    return c.wide ? LV_MAX(d1, d2) : LV_MIN(d1, d2);
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
    if(px > 0) {
        px = (px - 127) >> 8;
        a.x1 = px - half + even;
        a.x2 = px + half;
    }
    else {
        px = (px + 127) >> 8;
        a.x1 = px - half;
        a.x2 = px + half - even;
    }
    if(py > 0) {
        py = (py - 127) >> 8;
        a.y1 = py - half + even;
        a.y2 = py + half;
    }
    else {
        py = (py + 127) >> 8;
        a.y1 = py - half;
        a.y2 = py + half - even;
    }
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
    /* the whole circle: simple and always enough */
    area->x1 = x - radius;
    area->y1 = y - radius;
    area->x2 = x + radius - 1;
    area->y2 = y + radius - 1;
}

void lv_draw_arc(lv_layer_t * layer, const lv_draw_arc_dsc_t * dsc)
{
    Target t;
    if(dsc == NULL || dsc->opa <= LV_OPA_MIN || dsc->width <= 0 || dsc->radius == 0) return;
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
        if(!round_rect_row(outer, y, d.x1, dw, om)) memset(om, 0, (size_t)dw);
        if(has_inner && round_rect_row(inner, y, d.x1, dw, im)) {
            for(int32_t i = 0; i < dw; i++) om[i] = om[i] > im[i] ? (lv_opa_t)(om[i] - im[i]) : 0;
        }
        if(!full) {
            float fy = (float)y + 0.5f - (float)cy;
            for(int32_t i = 0; i < dw; i++) {
                float fx = (float)(d.x1 + i) + 0.5f - (float)cx;
                float cov = om[i] ? (float)om[i] / 255.0f * angle_coverage(cut, fx, fy) : 0.0f;
                om[i] = (lv_opa_t)(cov * 255.0f + 0.5f);
            }
            for(int k = 0; k < 2 && rounded; k++) {
                lv_opa_t * cm = cap_buf.data();
                if(!round_rect_row(caps[k], y, d.x1, dw, cm)) continue;
                for(int32_t i = 0; i < dw; i++) om[i] = LV_MAX(om[i], cm[i]);
            }
        }
        if(img) {
            image_row(img, d.x1 - (cx - r), y - (cy - r), dw, px);
            blend_pixels(t, d.x1, y, dw, px, dsc->opa, om);
        }
        else {
            blend_color(t, d.x1, y, dw, dsc->color, dsc->opa, om);
        }
    }
}

} // extern "C"
