// Lines: horizontal and vertical ones are solid rectangles (with dashes); skewed ones are
// rotated rectangles whose edges are anti-aliased by their distance to each pixel center.
// Round ends are discs of the line's width on the end points.
#include <math.h>
#include <string.h>

#include "lv_draw_line.h"
#include "lv_draw_sw.h"

using namespace lv_sw;

namespace {

/* The disc of a round end: the square of the line's width around p, fully rounded. */
RoundRect end_disc(lv_point_t p, int32_t width)
{
    int32_t r = width / 2;
    int32_t even = (width & 1) ? 0 : 1;
    lv_area_t a = {p.x - r, p.y - r, p.x + r - even, p.y + r - even};
    return make_round_rect(a, LV_RADIUS_CIRCLE);
}

bool dash_on(int64_t pos, int32_t dash_w, int32_t dash_gap)
{
    if(dash_w <= 0 || dash_gap <= 0) return true;
    int64_t period = (int64_t)dash_w + dash_gap;
    int64_t m = pos % period;
    if(m < 0) m += period;
    return m < dash_w;
}

void draw_straight(const Target & t, const lv_draw_line_dsc_t * dsc, lv_point_t p1, lv_point_t p2)
{
    int32_t w = dsc->width - 1;
    int32_t half0 = w >> 1;
    int32_t half1 = half0 + (w & 1);
    lv_area_t a;
    bool hor = p1.y == p2.y;
    if(hor) {
        a.x1 = LV_MIN(p1.x, p2.x);
        a.x2 = LV_MAX(p1.x, p2.x) - 1;
        a.y1 = p1.y - half1;
        a.y2 = p1.y + half0;
    }
    else {
        a.y1 = LV_MIN(p1.y, p2.y);
        a.y2 = LV_MAX(p1.y, p2.y) - 1;
        a.x1 = p1.x - half1;
        a.x2 = p1.x + half0;
    }
    lv_area_t d;
    if(!lv_area_intersect(&d, &a, &t.clip)) return;
    bool dashed = dsc->dash_width > 0 && dsc->dash_gap > 0;
    if(!dashed) {
        fill_area(t, d, dsc->color, dsc->opa);
        return;
    }
    int32_t w_px = lv_area_get_width(&d);
    RowBuf mask_buf((size_t)w_px);
    if(!mask_buf.ok()) return;
    lv_opa_t * mask = mask_buf.data();
    for(int32_t y = d.y1; y <= d.y2; y++) {
        if(hor) {
            for(int32_t i = 0; i < w_px; i++) mask[i] = dash_on((int64_t)d.x1 + i - a.x1, dsc->dash_width, dsc->dash_gap) ? 255 : 0;
            blend_color(t, d.x1, y, w_px, dsc->color, dsc->opa, mask);
        }
        else if(dash_on((int64_t)y - a.y1, dsc->dash_width, dsc->dash_gap)) {
            blend_color(t, d.x1, y, w_px, dsc->color, dsc->opa, nullptr);
        }
    }
}

/* Skewed lines, shaped like LVGL's: the width is measured along the minor axis (vertically for
 * flat lines, horizontally for steep ones) after a correction for the slope, the band spans
 * [axis - half1, axis + half0] in that direction, and the ends are cut square to the line.
 * Each edge is anti-aliased by the pixel center's distance to it. */
void draw_skew(const Target & t, const lv_draw_line_dsc_t * dsc, lv_point_t p1, lv_point_t p2)
{
    static const uint8_t wcorr[33] = {128, 128, 128, 129, 129, 130, 130, 131, 132, 133, 134, 135, 137, 138, 140, 141, 143,
                                      145, 147, 149, 151, 153, 155, 158, 160, 162, 165, 167, 170, 173, 175, 178, 181};
    int64_t xd = LV_ABS((int64_t)p2.x - p1.x), yd = LV_ABS((int64_t)p2.y - p1.y);
    bool flat = xd > yd;
    int32_t ci = (int32_t)(flat ? (yd << 5) / xd : (xd << 5) / yd);
    int32_t w = (dsc->width * wcorr[ci] + 63) >> 7;
    int32_t half0 = w >> 1;
    int32_t half1 = half0 + (w & 1);
    float ax = (float)p1.x, ay = (float)p1.y;
    float bx = (float)p2.x, by = (float)p2.y;
    float dx = bx - ax, dy = by - ay;
    float len = sqrtf(dx * dx + dy * dy);
    if(len <= 0.0f) return;
    float ux = dx / len, uy = dy / len;
    /* the band in the minor direction: flat lines span [-half1, +half0] around the axis
     * vertically, steep ones [-half0, +half1] horizontally (measured against the original) */
    float lo = flat ? -(float)half1 : -(float)half0;
    float hi = flat ? (float)half0 : (float)half1;
    /* minor-direction offsets become perpendicular distances when scaled by this */
    float to_perp = flat ? fabsf(ux) : fabsf(uy);
    float reach = (float)w + 2.0f;
    lv_area_t box;
    box.x1 = (int32_t)floorf(LV_MIN(ax, bx) - reach);
    box.x2 = (int32_t)ceilf(LV_MAX(ax, bx) + reach);
    box.y1 = (int32_t)floorf(LV_MIN(ay, by) - reach);
    box.y2 = (int32_t)ceilf(LV_MAX(ay, by) + reach);
    lv_area_t d;
    if(!lv_area_intersect(&d, &box, &t.clip)) return;
    int32_t w_px = lv_area_get_width(&d);
    RowBuf mask_buf((size_t)w_px);
    if(!mask_buf.ok()) return;
    lv_opa_t * mask = mask_buf.data();
    bool dashed = dsc->dash_width > 0 && dsc->dash_gap > 0;
    /* how far the band reaches in the minor direction (where the side coverage is above 0) */
    float band_lo = lo - 0.5f / to_perp, band_hi = hi + 0.5f / to_perp;
    for(int32_t y = d.y1; y <= d.y2; y++) {
        float py = (float)y + 0.5f - ay;
        /* the columns the band crosses in this row, with a pixel to spare each side; the
         * coverage is computed only there (it is 0 everywhere else) */
        float m1 = flat ? (py - band_hi) * dx / dy : band_lo + py * dx / dy;
        float m2 = flat ? (py - band_lo) * dx / dy : band_hi + py * dx / dy;
        float c1 = LV_MIN(m1, m2) + ax - 0.5f - (float)d.x1 - 2.0f;
        float c2 = LV_MAX(m1, m2) + ax - 0.5f - (float)d.x1 + 2.0f;
        if(c2 < 0.0f || c1 > (float)(w_px - 1)) continue;
        int32_t i1 = c1 <= 0.0f ? 0 : (int32_t)c1;
        int32_t i2 = c2 >= (float)(w_px - 1) ? w_px - 1 : (int32_t)c2;
        bool any = false;
        for(int32_t i = i1; i <= i2; i++) {
            float px = (float)(d.x1 + i) + 0.5f - ax;
            float along = px * ux + py * uy;
            /* offset from the axis along the minor direction */
            float minor = flat ? py - px * dy / dx : px - py * dx / dy;
            float c_side = LV_MIN(minor - lo, hi - minor) * to_perp + 0.5f;
            float c_end = LV_MIN(along, len - along) + 0.5f;
            float c = LV_MIN(c_side, c_end);
            c = c < 0.0f ? 0.0f : (c > 1.0f ? 1.0f : c);
            if(dashed && !dash_on((int64_t)floorf(along), dsc->dash_width, dsc->dash_gap)) c = 0.0f;
            mask[i] = (lv_opa_t)(c * 255.0f + 0.5f);
            if(mask[i]) any = true;
        }
        if(any) blend_color(t, d.x1 + i1, y, i2 - i1 + 1, dsc->color, dsc->opa, mask + i1);
    }
}

void draw_disc(const Target & t, const RoundRect & rr, lv_color_t color, lv_opa_t opa)
{
    lv_area_t d;
    if(!lv_area_intersect(&d, &rr.area, &t.clip)) return;
    int32_t w = lv_area_get_width(&d);
    RowBuf mask_buf((size_t)w);
    if(!mask_buf.ok()) return;
    for(int32_t y = d.y1; y <= d.y2; y++) {
        if(round_rect_row(rr, y, d.x1, w, mask_buf.data())) blend_color(t, d.x1, y, w, color, opa, mask_buf.data());
    }
}

} // namespace

extern "C" {

void lv_draw_line_dsc_init(lv_draw_line_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->width = 1;
    dsc->opa = LV_OPA_COVER;
    dsc->color = lv_color_black();
}

void lv_draw_line(lv_layer_t * layer, const lv_draw_line_dsc_t * dsc)
{
    if(dsc == NULL) return;
    if(task_wanted(&dsc->base)) {
        /* the task's area: the end points' box grown by the width (LVGL's) */
        lv_area_t a;
        a.x1 = (int32_t)LV_MIN(dsc->p1.x, dsc->p2.x) - dsc->width;
        a.y1 = (int32_t)LV_MIN(dsc->p1.y, dsc->p2.y) - dsc->width;
        a.x2 = (int32_t)LV_MAX(dsc->p1.x, dsc->p2.x) + dsc->width;
        a.y2 = (int32_t)LV_MAX(dsc->p1.y, dsc->p2.y) + dsc->width;
        if(task_take(layer, LV_DRAW_TASK_TYPE_LINE, &dsc->base, &a)) return;
    }
    line_now(layer, dsc);
}

} // extern "C"

namespace lv_sw {

void line_now(lv_layer_t * layer, const lv_draw_line_dsc_t * dsc)
{
    Target t;
    if(dsc->width <= 0 || dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    lv_point_t p1 = lv_point_from_precise(&dsc->p1);
    lv_point_t p2 = lv_point_from_precise(&dsc->p2);
    if(p1.x == p2.x && p1.y == p2.y) return;
    if(p1.x == p2.x || p1.y == p2.y) draw_straight(t, dsc, p1, p2);
    else draw_skew(t, dsc, p1, p2);
    /* round ends on top (a translucent line may show the overlap, like LVGL's) */
    if(dsc->round_start || dsc->round_end) {
        if(dsc->round_start) draw_disc(t, end_disc(p1, dsc->width), dsc->color, dsc->opa);
        if(dsc->round_end) draw_disc(t, end_disc(p2, dsc->width), dsc->color, dsc->opa);
    }
}

} // namespace lv_sw
