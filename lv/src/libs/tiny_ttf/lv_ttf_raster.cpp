/**
 * @file lv_ttf_raster.cpp
 * Anti-aliased scan conversion of line segments into an 8-bit coverage bitmap.
 *
 * Each pixel gets the exact area of it inside the outline. One row at a time, every edge
 * crossing the row adds its signed height (+ downwards, - upwards) times the share of each
 * cell lying right of it, as differences between neighbouring cells; a running sum along
 * the row then gives every pixel the winding-weighted area covered. |sum| clamped to 1 is
 * the coverage: overlapping contours of the same direction stay solid (non-zero rule), holes
 * drawn the other way cancel out.
 */
#include <math.h>

#include "lv_mem.h"
#include "lv_ttf_reader.h"

namespace {

/** Integral of clamp(s, 0, 1) ds from -inf to u. */
float ramp_integral(float u)
{
    if(u <= 0) return 0;
    if(u < 1) return u * u / 2;
    return u - 0.5f;
}

/** v within [lo, hi]; lo for NaN, so no index is ever made from one. */
float clampf(float v, float lo, float hi) { return !(v >= lo) ? lo : (v > hi ? hi : v); }

/** Adds a piece of edge inside one row: x goes from xa to xb (linearly) while the edge
 *  covers `height` of the row (signed by direction). With x uniform on [xl, xr], the
 *  share of cell i right of the edge is G(i) = mean of clamp(i + 1 - x, 0, 1), which is
 *  (R(i + 1 - xl) - R(i + 1 - xr)) / (xr - xl) with R the ramp integral; the cells get
 *  height * (G(i) - G(i - 1)). */
void add_piece(float * cells, int32_t w, float xa, float xb, float height)
{
    float xl = clampf(xa < xb ? xa : xb, 0, (float)w);
    float xr = clampf(xa < xb ? xb : xa, 0, (float)w);
    int32_t i0 = (int32_t)floorf(xl);
    if(xr - xl < 1e-4f) {
        float f = xl - (float)i0;
        cells[i0] += height * (1 - f);
        cells[i0 + 1] += height * f;
        return;
    }
    int32_t i1 = (int32_t)ceilf(xr);
    float inv = 1 / (xr - xl);
    float prev = 0;
    for(int32_t i = i0; i <= i1; i++) {
        float c = (float)(i + 1);
        float g = i == i1 ? 1 : (ramp_integral(c - xl) - ramp_integral(c - xr)) * inv;
        cells[i] += height * (g - prev);
        prev = g;
    }
}

/** The part of `e` inside row [row, row + 1), added to the row's cells. */
void add_edge_to_row(float * cells, int32_t w, const lv_ttf_edge_t & e, int32_t row)
{
    float y0 = e.y0, y1 = e.y1, x0 = e.x0, x1 = e.x1, dir = 1;
    if(y0 > y1) {
        float t = y0;
        y0 = y1;
        y1 = t;
        t = x0;
        x0 = x1;
        x1 = t;
        dir = -1;
    }
    float top = (float)row, bottom = (float)(row + 1);
    if(y0 == y1 || y1 <= top || y0 >= bottom) return;
    float ya = y0 > top ? y0 : top;
    float yb = y1 < bottom ? y1 : bottom;
    float slope = (x1 - x0) / (y1 - y0);
    add_piece(cells, w, x0 + (ya - y0) * slope, x0 + (yb - y0) * slope, (yb - ya) * dir);
}

} // namespace

bool lv_ttf_rasterize(const lv_ttf_edges_t * edges, uint8_t * out, int32_t w, int32_t h, int32_t stride)
{
    if(w <= 0 || h <= 0) return true;
    float * cells = (float *)lv_malloc(sizeof(float) * (size_t)(w + 2));
    if(cells == nullptr) return false;
    for(int32_t row = 0; row < h; row++) {
        for(int32_t i = 0; i < w + 2; i++) cells[i] = 0;
        for(uint32_t k = 0; k < edges->count; k++) add_edge_to_row(cells, w, edges->items[k], row);
        float sum = 0;
        uint8_t * line = out + (size_t)row * (size_t)stride;
        for(int32_t x = 0; x < w; x++) {
            sum += cells[x];
            float cover = fabsf(sum);
            line[x] = (uint8_t)(cover >= 1 ? 255 : (int32_t)(cover * 255 + 0.5f));
        }
    }
    lv_free(cells);
    return true;
}
