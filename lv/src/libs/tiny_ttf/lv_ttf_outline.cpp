/**
 * @file lv_ttf_outline.cpp
 * Glyph outlines: simple glyphs (contours of on- and off-curve points, quadratic B-splines)
 * and composite glyphs (components placed by an offset and a 2x2 matrix), turned into line
 * segments in pixels. Curves are cut into as many lines as keep them within a third of a
 * pixel of the true curve.
 */
#include <math.h>

#include "lv_mem.h"
#include "lv_ttf_reader.h"

namespace {

constexpr float kFlatness = 0.35f;    /* pixels between a curve and its lines, at most */
constexpr int kMaxComponentDepth = 8; /* composites of composites; deeper is a broken font */

/* simple glyph point flags */
constexpr uint8_t kOnCurve = 0x01, kXShort = 0x02, kYShort = 0x04, kRepeat = 0x08, kXSame = 0x10, kYSame = 0x20;
/* composite glyph component flags */
constexpr uint16_t kArgsAreWords = 0x0001, kArgsAreXY = 0x0002, kHaveScale = 0x0008, kMoreComponents = 0x0020,
                   kHaveXYScale = 0x0040, kHaveTwoByTwo = 0x0080;

/** An affine map in font units: x' = a x + c y + e, y' = b x + d y + f. */
struct Affine {
    float a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
};

Affine compose(const Affine & outer, const Affine & inner)
{
    Affine r;
    r.a = outer.a * inner.a + outer.c * inner.b;
    r.b = outer.b * inner.a + outer.d * inner.b;
    r.c = outer.a * inner.c + outer.c * inner.d;
    r.d = outer.b * inner.c + outer.d * inner.d;
    r.e = outer.a * inner.e + outer.c * inner.f + outer.e;
    r.f = outer.b * inner.e + outer.d * inner.f + outer.f;
    return r;
}

struct Point {
    float x, y;
    bool on;
};

/** Writes segments in pixels into the edge list. */
struct Sink {
    const lv_ttf_transform_t * tf;
    lv_ttf_edges_t * edges;
    bool ok = true;

    void to_pixels(float x, float y, float * px, float * py)
    {
        *px = (x + y * tf->shear) * tf->scale + tf->dx;
        *py = tf->dy - y * tf->scale;
        if(*px < edges->x_min) edges->x_min = *px;
        if(*px > edges->x_max) edges->x_max = *px;
        if(*py < edges->y_min) edges->y_min = *py;
        if(*py > edges->y_max) edges->y_max = *py;
    }

    void push(float x0, float y0, float x1, float y1)
    {
        if(!ok || y0 == y1) return; /* horizontal lines cover nothing */
        if(edges->count == edges->capacity) {
            uint32_t cap = edges->capacity ? edges->capacity * 2 : 64;
            void * p = lv_realloc(edges->items, cap * sizeof(lv_ttf_edge_t));
            if(p == nullptr) {
                ok = false;
                return;
            }
            edges->items = (lv_ttf_edge_t *)p;
            edges->capacity = cap;
        }
        edges->items[edges->count++] = {x0, y0, x1, y1};
    }

    void line(const Point & p0, const Point & p1)
    {
        float x0, y0, x1, y1;
        to_pixels(p0.x, p0.y, &x0, &y0);
        to_pixels(p1.x, p1.y, &x1, &y1);
        push(x0, y0, x1, y1);
    }

    /** A quadratic curve as lines: n pieces put the chord within |p0 - 2 p1 + p2| / (4 n^2)
     *  of the curve. */
    void quad(const Point & p0, const Point & p1, const Point & p2)
    {
        float x0, y0, x1, y1, x2, y2;
        to_pixels(p0.x, p0.y, &x0, &y0);
        to_pixels(p1.x, p1.y, &x1, &y1);
        to_pixels(p2.x, p2.y, &x2, &y2);
        float ddx = x0 - 2 * x1 + x2, ddy = y0 - 2 * y1 + y2;
        float dev = sqrtf(ddx * ddx + ddy * ddy);
        int n = (int)ceilf(sqrtf(dev / (4 * kFlatness)));
        if(n < 1) n = 1;
        if(n > 64) n = 64;
        float px = x0, py = y0;
        for(int i = 1; i <= n; i++) {
            float t = (float)i / (float)n, u = 1 - t;
            float qx = u * u * x0 + 2 * u * t * x1 + t * t * x2;
            float qy = u * u * y0 + 2 * u * t * y1 + t * t * y2;
            push(px, py, qx, qy);
            px = qx;
            py = qy;
        }
    }
};

Point midpoint(const Point & a, const Point & b) { return {(a.x + b.x) / 2, (a.y + b.y) / 2, true}; }

/** One closed contour of TrueType points: on-curve points are ends, an off-curve point is
 *  a control point, and between two off-curve points lies an implied on-curve midpoint. */
void emit_contour(Sink & sink, const Point * pts, uint32_t n)
{
    if(n < 2) return;
    Point start;
    uint32_t first;
    uint32_t count;
    if(pts[0].on) {
        start = pts[0];
        first = 1;
        count = n - 1;
    } else if(pts[n - 1].on) {
        start = pts[n - 1];
        first = 0;
        count = n - 1;
    } else {
        start = midpoint(pts[n - 1], pts[0]);
        first = 0;
        count = n;
    }
    Point cur = start, ctrl{0, 0, false};
    bool have_ctrl = false;
    for(uint32_t k = 0; k < count; k++) {
        const Point & q = pts[(first + k) % n];
        if(q.on) {
            if(have_ctrl) sink.quad(cur, ctrl, q);
            else sink.line(cur, q);
            cur = q;
            have_ctrl = false;
        } else {
            if(have_ctrl) {
                Point mid = midpoint(ctrl, q);
                sink.quad(cur, ctrl, mid);
                cur = mid;
            }
            ctrl = q;
            have_ctrl = true;
        }
    }
    if(have_ctrl) sink.quad(cur, ctrl, start);
    else sink.line(cur, start);
}

/** Signed area of the polygon through every point (font units, y up): negative for the
 *  clockwise outer contours of TrueType fonts. */
float signed_area(const Point * pts, const uint16_t * ends, uint32_t contours)
{
    float area = 0;
    uint32_t begin = 0;
    for(uint32_t c = 0; c < contours; c++) {
        uint32_t end = ends[c];
        for(uint32_t i = begin; i <= end; i++) {
            const Point & p = pts[i];
            const Point & q = pts[i == end ? begin : i + 1];
            area += p.x * q.y - q.x * p.y;
        }
        begin = end + 1;
    }
    return area / 2;
}

void unit_normal(const Point & from, const Point & to, float * nx, float * ny)
{
    float dx = to.x - from.x, dy = to.y - from.y;
    float len = sqrtf(dx * dx + dy * dy);
    if(len == 0) {
        *nx = *ny = 0;
        return;
    }
    /* the left normal: outward for a clockwise contour */
    *nx = -dy / len;
    *ny = dx / len;
}

/** Grows every contour outwards by `amount` font units (a synthetic bold): each point moves
 *  along the bisector of its two edges' normals, far enough that both edges move by
 *  `amount`. */
void embolden(Point * pts, const uint16_t * ends, uint32_t contours, float amount)
{
    if(signed_area(pts, ends, contours) > 0) amount = -amount; /* counter-clockwise outlines */
    uint32_t begin = 0;
    for(uint32_t c = 0; c < contours; c++) {
        uint32_t end = ends[c];
        uint32_t n = end - begin + 1;
        if(n >= 3) {
            Point first = pts[begin], prev = pts[end];
            for(uint32_t i = begin; i <= end; i++) {
                Point next = i == end ? first : pts[i + 1];
                float ax, ay, bx, by;
                unit_normal(prev, pts[i], &ax, &ay);
                unit_normal(pts[i], next, &bx, &by);
                float dot = ax * bx + ay * by;
                float k = dot > -0.8f ? amount / (1 + dot) : amount;
                prev = pts[i];
                pts[i].x += (ax + bx) * k;
                pts[i].y += (ay + by) * k;
            }
        }
        begin = end + 1;
    }
}

struct Decoder {
    const lv_ttf_t * t;
    Sink sink;
    float embolden_units;

    bool simple(uint32_t at, uint32_t len, int16_t contours, const Affine & m);
    bool composite(uint32_t at, uint32_t len, const Affine & m, int depth);
    bool glyph(uint32_t glyph, const Affine & m, int depth);
};

/** Point coordinates: one byte (with a sign flag) or a signed 16-bit delta, or unchanged. */
bool read_coords(const lv_ttf_t * t, uint32_t * at, uint32_t end, const uint8_t * flags, uint32_t n, uint8_t short_bit,
                 uint8_t same_bit, Point * pts, bool is_x)
{
    int32_t v = 0;
    for(uint32_t i = 0; i < n; i++) {
        if(flags[i] & short_bit) {
            if(*at + 1 > end) return false;
            int32_t d = t->data[(*at)++];
            v += (flags[i] & same_bit) ? d : -d;
        } else if(!(flags[i] & same_bit)) {
            if(*at + 2 > end) return false;
            v += lv_ttf_i16(t, *at);
            *at += 2;
        }
        if(is_x) pts[i].x = (float)v;
        else pts[i].y = (float)v;
    }
    return true;
}

bool Decoder::simple(uint32_t at, uint32_t len, int16_t contours, const Affine & m)
{
    uint32_t end = at + len;
    uint32_t ends_at = at + 10;
    if(ends_at + 2u * (uint32_t)contours + 2 > end) return true; /* cut short: nothing drawn */
    uint32_t n = (uint32_t)lv_ttf_u16(t, ends_at + 2u * (uint32_t)(contours - 1)) + 1;
    /* every point needs at least its flag byte */
    if(n > len) return true;
    uint16_t * ends = (uint16_t *)lv_malloc(sizeof(uint16_t) * (uint32_t)contours);
    uint8_t * flags = (uint8_t *)lv_malloc(n);
    Point * pts = (Point *)lv_malloc(sizeof(Point) * n);
    bool ok = ends && flags && pts;
    bool valid = ok;
    if(ok) {
        uint16_t prev_end = 0;
        for(int16_t c = 0; c < contours && valid; c++) {
            ends[c] = lv_ttf_u16(t, ends_at + 2u * (uint32_t)c);
            valid = ends[c] < n && (c == 0 || ends[c] > prev_end);
            prev_end = ends[c];
        }
        uint32_t p = ends_at + 2u * (uint32_t)contours;
        p += 2 + lv_ttf_u16(t, p); /* skip the hinting instructions */
        for(uint32_t i = 0; i < n && valid;) {
            if(p >= end) {
                valid = false;
                break;
            }
            uint8_t f = t->data[p++];
            uint32_t repeat = 1;
            if(f & kRepeat) {
                if(p >= end) {
                    valid = false;
                    break;
                }
                repeat += t->data[p++];
            }
            while(repeat-- && i < n) flags[i++] = f;
        }
        valid = valid && read_coords(t, &p, end, flags, n, kXShort, kXSame, pts, true) &&
                read_coords(t, &p, end, flags, n, kYShort, kYSame, pts, false);
    }
    if(valid) {
        for(uint32_t i = 0; i < n; i++) {
            float x = pts[i].x, y = pts[i].y;
            pts[i].x = m.a * x + m.c * y + m.e;
            pts[i].y = m.b * x + m.d * y + m.f;
            pts[i].on = flags[i] & kOnCurve;
        }
        if(embolden_units != 0) embolden(pts, ends, (uint32_t)contours, embolden_units / 2);
        uint32_t begin = 0;
        for(int16_t c = 0; c < contours; c++) {
            emit_contour(sink, pts + begin, ends[c] - begin + 1u);
            begin = ends[c] + 1u;
        }
    }
    lv_free(ends);
    lv_free(flags);
    lv_free(pts);
    return ok && sink.ok;
}

float f2dot14(const lv_ttf_t * t, uint32_t at) { return (float)lv_ttf_i16(t, at) / 16384.0f; }

bool Decoder::composite(uint32_t at, uint32_t len, const Affine & m, int depth)
{
    uint32_t end = at + len;
    uint32_t p = at + 10;
    uint16_t flags;
    do {
        if(p + 4 > end) return true;
        flags = lv_ttf_u16(t, p);
        uint16_t glyph = lv_ttf_u16(t, p + 2);
        p += 4;
        Affine c;
        float dx, dy;
        if(flags & kArgsAreWords) {
            dx = lv_ttf_i16(t, p);
            dy = lv_ttf_i16(t, p + 2);
            p += 4;
        } else {
            dx = (int8_t)(p < end ? t->data[p] : 0);
            dy = (int8_t)(p + 1 < end ? t->data[p + 1] : 0);
            p += 2;
        }
        /* point-matched placement (args are point numbers) is not supported: no offset */
        if(flags & kArgsAreXY) {
            c.e = dx;
            c.f = dy;
        }
        if(flags & kHaveScale) {
            c.a = c.d = f2dot14(t, p);
            p += 2;
        } else if(flags & kHaveXYScale) {
            c.a = f2dot14(t, p);
            c.d = f2dot14(t, p + 2);
            p += 4;
        } else if(flags & kHaveTwoByTwo) {
            c.a = f2dot14(t, p);
            c.b = f2dot14(t, p + 2);
            c.c = f2dot14(t, p + 4);
            c.d = f2dot14(t, p + 6);
            p += 8;
        }
        if(p > end) return true;
        if(!this->glyph(glyph, compose(m, c), depth + 1)) return false;
    } while(flags & kMoreComponents);
    return true;
}

bool Decoder::glyph(uint32_t g, const Affine & m, int depth)
{
    if(depth > kMaxComponentDepth) return true;
    uint32_t at, len;
    if(!lv_ttf_glyph_range(t, g, &at, &len)) return true; /* no outline: nothing to draw */
    int16_t contours = lv_ttf_i16(t, at);
    if(contours > 0) return simple(at, len, contours, m);
    if(contours < 0) return composite(at, len, m, depth);
    return true;
}

} // namespace

bool lv_ttf_glyph_edges(const lv_ttf_t * ttf, uint32_t glyph, const lv_ttf_transform_t * tf, lv_ttf_edges_t * edges)
{
    edges->count = 0;
    edges->x_min = edges->y_min = 1e30f;
    edges->x_max = edges->y_max = -1e30f;
    Decoder dec{ttf, Sink{tf, edges}, tf->scale > 0 ? tf->embolden / tf->scale : 0};
    return dec.glyph(glyph, Affine{}, 0);
}

void lv_ttf_edges_free(lv_ttf_edges_t * edges)
{
    lv_free(edges->items);
    *edges = lv_ttf_edges_t{};
}
