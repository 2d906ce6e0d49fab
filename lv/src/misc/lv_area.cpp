// Rectangular areas with inclusive corners, points and their transformation.
#include "lv_area.h"
#include "lv_math.h"

extern "C" {

void lv_area_set(lv_area_t * area_p, int32_t x1, int32_t y1, int32_t x2, int32_t y2)
{
    area_p->x1 = x1;
    area_p->y1 = y1;
    area_p->x2 = x2;
    area_p->y2 = y2;
}

/* The functions taking two structs return at once when one is NULL (a script's None; the
 * binding never passes NULL as the first one). */
void lv_area_copy(lv_area_t * dest, const lv_area_t * src)
{
    if(dest && src) *dest = *src;
}

int32_t lv_area_get_width(const lv_area_t * area_p) { return area_p->x2 - area_p->x1 + 1; }

int32_t lv_area_get_height(const lv_area_t * area_p) { return area_p->y2 - area_p->y1 + 1; }

void lv_area_set_width(lv_area_t * area_p, int32_t w) { area_p->x2 = area_p->x1 + w - 1; }

void lv_area_set_height(lv_area_t * area_p, int32_t h) { area_p->y2 = area_p->y1 + h - 1; }

uint32_t lv_area_get_size(const lv_area_t * area_p)
{
    int64_t w = lv_area_get_width(area_p);
    int64_t h = lv_area_get_height(area_p);
    if(w <= 0 || h <= 0) return 0;
    int64_t size = w * h;
    return size > (int64_t)UINT32_MAX ? UINT32_MAX : (uint32_t)size;
}

void lv_area_increase(lv_area_t * area, int32_t w_extra, int32_t h_extra)
{
    area->x1 -= w_extra;
    area->x2 += w_extra;
    area->y1 -= h_extra;
    area->y2 += h_extra;
}

void lv_area_move(lv_area_t * area, int32_t x_ofs, int32_t y_ofs)
{
    area->x1 += x_ofs;
    area->x2 += x_ofs;
    area->y1 += y_ofs;
    area->y2 += y_ofs;
}

bool lv_area_intersect(lv_area_t * res, const lv_area_t * a1, const lv_area_t * a2)
{
    if(!res || !a1 || !a2) return false;
    lv_area_t r;
    r.x1 = LV_MAX(a1->x1, a2->x1);
    r.y1 = LV_MAX(a1->y1, a2->y1);
    r.x2 = LV_MIN(a1->x2, a2->x2);
    r.y2 = LV_MIN(a1->y2, a2->y2);
    *res = r;
    return r.x1 <= r.x2 && r.y1 <= r.y2;
}

void lv_area_join(lv_area_t * res, const lv_area_t * a1, const lv_area_t * a2)
{
    if(!res || !a1 || !a2) return;
    lv_area_t r;
    r.x1 = LV_MIN(a1->x1, a2->x1);
    r.y1 = LV_MIN(a1->y1, a2->y1);
    r.x2 = LV_MAX(a1->x2, a2->x2);
    r.y2 = LV_MAX(a1->y2, a2->y2);
    *res = r;
}

/* Is p inside the circle of radius r around c (pixel-center distance)? */
static bool point_in_circle(int32_t px, int32_t py, int32_t cx, int32_t cy, int32_t r)
{
    int64_t dx = px - cx;
    int64_t dy = py - cy;
    return dx * dx + dy * dy <= (int64_t)r * r;
}

bool lv_area_is_point_on(const lv_area_t * a, const lv_point_t * p, int32_t radius)
{
    if(!a || !p) return false;
    if(p->x < a->x1 || p->x > a->x2 || p->y < a->y1 || p->y > a->y2) return false;
    if(radius <= 0) return true;
    int32_t max_r = LV_MIN(lv_area_get_width(a), lv_area_get_height(a)) / 2;
    int32_t r = LV_MIN(radius, max_r);
    /* Only the four corner squares can be outside the rounded shape. */
    int32_t cx = p->x < a->x1 + r ? a->x1 + r : (p->x > a->x2 - r ? a->x2 - r : p->x);
    int32_t cy = p->y < a->y1 + r ? a->y1 + r : (p->y > a->y2 - r ? a->y2 - r : p->y);
    if(cx == p->x || cy == p->y) return true;
    return point_in_circle(p->x, p->y, cx, cy, r);
}

bool lv_area_is_on(const lv_area_t * a1, const lv_area_t * a2)
{
    if(!a1 || !a2) return false;
    return a1->x1 <= a2->x2 && a1->x2 >= a2->x1 && a1->y1 <= a2->y2 && a1->y2 >= a2->y1;
}

bool lv_area_is_in(const lv_area_t * inner, const lv_area_t * outer, int32_t radius)
{
    if(!inner || !outer) return false;
    if(inner->x1 < outer->x1 || inner->y1 < outer->y1 || inner->x2 > outer->x2 || inner->y2 > outer->y2) return false;
    if(radius <= 0) return true;
    lv_point_t corners[4] = {{inner->x1, inner->y1}, {inner->x2, inner->y1}, {inner->x1, inner->y2}, {inner->x2, inner->y2}};
    for(const lv_point_t & c : corners) {
        if(!lv_area_is_point_on(outer, &c, radius)) return false;
    }
    return true;
}

void lv_area_align(const lv_area_t * base, lv_area_t * to_align, lv_align_t align, int32_t ofs_x, int32_t ofs_y)
{
    if(!base || !to_align) return;
    int32_t bw = lv_area_get_width(base);
    int32_t bh = lv_area_get_height(base);
    int32_t w = lv_area_get_width(to_align);
    int32_t h = lv_area_get_height(to_align);
    int32_t mid_x = bw / 2 - w / 2;
    int32_t mid_y = bh / 2 - h / 2;
    int32_t x = 0;
    int32_t y = 0;
    switch(align) {
        case LV_ALIGN_CENTER: x = mid_x; y = mid_y; break;
        case LV_ALIGN_TOP_MID: x = mid_x; break;
        case LV_ALIGN_TOP_RIGHT: x = bw - w; break;
        case LV_ALIGN_BOTTOM_LEFT: y = bh - h; break;
        case LV_ALIGN_BOTTOM_MID: x = mid_x; y = bh - h; break;
        case LV_ALIGN_BOTTOM_RIGHT: x = bw - w; y = bh - h; break;
        case LV_ALIGN_LEFT_MID: y = mid_y; break;
        case LV_ALIGN_RIGHT_MID: x = bw - w; y = mid_y; break;
        case LV_ALIGN_OUT_TOP_LEFT: y = -h; break;
        case LV_ALIGN_OUT_TOP_MID: x = mid_x; y = -h; break;
        case LV_ALIGN_OUT_TOP_RIGHT: x = bw - w; y = -h; break;
        case LV_ALIGN_OUT_BOTTOM_LEFT: y = bh; break;
        case LV_ALIGN_OUT_BOTTOM_MID: x = mid_x; y = bh; break;
        case LV_ALIGN_OUT_BOTTOM_RIGHT: x = bw - w; y = bh; break;
        case LV_ALIGN_OUT_LEFT_TOP: x = -w; break;
        case LV_ALIGN_OUT_LEFT_MID: x = -w; y = mid_y; break;
        case LV_ALIGN_OUT_LEFT_BOTTOM: x = -w; y = bh - h; break;
        case LV_ALIGN_OUT_RIGHT_TOP: x = bw; break;
        case LV_ALIGN_OUT_RIGHT_MID: x = bw; y = mid_y; break;
        case LV_ALIGN_OUT_RIGHT_BOTTOM: x = bw; y = bh - h; break;
        default: break; /* DEFAULT and TOP_LEFT */
    }
    x += ofs_x + base->x1;
    y += ofs_y + base->y1;
    to_align->x1 = x;
    to_align->y1 = y;
    to_align->x2 = x + w - 1;
    to_align->y2 = y + h - 1;
}

/* sin/cos of an angle in 0.1 degrees, 10-bit fixed point, interpolated between whole degrees. */
static void sin_cos_decidegrees(int32_t angle, int32_t * sin_out, int32_t * cos_out)
{
    angle %= 3600;
    if(angle < 0) angle += 3600;
    int32_t deg = angle / 10;
    int32_t rem = angle - deg * 10;
    int32_t s = (lv_trigo_sin((int16_t)deg) * (10 - rem) + lv_trigo_sin((int16_t)(deg + 1)) * rem) / 10;
    int32_t c = (lv_trigo_cos((int16_t)deg) * (10 - rem) + lv_trigo_cos((int16_t)(deg + 1)) * rem) / 10;
    *sin_out = s >> (LV_TRIGO_SHIFT - 10);
    *cos_out = c >> (LV_TRIGO_SHIFT - 10);
}

void lv_point_array_transform(lv_point_t * points, size_t count, int32_t angle, int32_t scale_x, int32_t scale_y,
                              const lv_point_t * pivot, bool zoom_first)
{
    if(!points || !pivot || (angle == 0 && scale_x == 256 && scale_y == 256)) return;
    int32_t sinma = 0;
    int32_t cosma = 1024;
    if(angle != 0) sin_cos_decidegrees(angle, &sinma, &cosma);
    for(size_t i = 0; i < count; i++) {
        int64_t x = points[i].x - pivot->x;
        int64_t y = points[i].y - pivot->y;
        if(angle == 0) {
            points[i].x = (int32_t)((x * scale_x) >> 8) + pivot->x;
            points[i].y = (int32_t)((y * scale_y) >> 8) + pivot->y;
        }
        else if(zoom_first) {
            x *= scale_x;
            y *= scale_y;
            points[i].x = (int32_t)((cosma * x - sinma * y) >> 18) + pivot->x;
            points[i].y = (int32_t)((sinma * x + cosma * y) >> 18) + pivot->y;
        }
        else {
            points[i].x = (int32_t)(((cosma * x - sinma * y) * scale_x) >> 18) + pivot->x;
            points[i].y = (int32_t)(((sinma * x + cosma * y) * scale_y) >> 18) + pivot->y;
        }
    }
}

void lv_point_transform(lv_point_t * point, int32_t angle, int32_t scale_x, int32_t scale_y, const lv_point_t * pivot,
                        bool zoom_first)
{
    lv_point_array_transform(point, 1, angle, scale_x, scale_y, pivot, zoom_first);
}

lv_point_t lv_point_from_precise(const lv_point_precise_t * p)
{
    lv_point_t r = {0, 0};
    if(p) r = {(int32_t)p->x, (int32_t)p->y};
    return r;
}

lv_point_precise_t lv_point_to_precise(const lv_point_t * p)
{
    lv_point_precise_t r = {(lv_value_precise_t)p->x, (lv_value_precise_t)p->y};
    return r;
}

void lv_point_set(lv_point_t * p, int32_t x, int32_t y)
{
    p->x = x;
    p->y = y;
}

void lv_point_precise_set(lv_point_precise_t * p, lv_value_precise_t x, lv_value_precise_t y)
{
    p->x = x;
    p->y = y;
}

void lv_point_swap(lv_point_t * p1, lv_point_t * p2)
{
    if(!p1 || !p2) return;
    lv_point_t t = *p1;
    *p1 = *p2;
    *p2 = t;
}

void lv_point_precise_swap(lv_point_precise_t * p1, lv_point_precise_t * p2)
{
    if(!p1 || !p2) return;
    lv_point_precise_t t = *p1;
    *p1 = *p2;
    *p2 = t;
}

int32_t lv_pct(int32_t x) { return LV_PCT(x); }

int32_t lv_pct_to_px(int32_t v, int32_t base)
{
    if(LV_COORD_IS_PCT(v)) return (base * LV_COORD_GET_PCT(v)) / 100;
    return v;
}

} // extern "C"
