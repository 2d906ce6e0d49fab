// Filled triangles: each pixel's coverage comes from its distance to the three edges.
#include <math.h>
#include <string.h>

#include "lv_draw_sw.h"
#include "lv_draw_triangle.h"

using namespace lv_sw;

extern "C" {

void lv_draw_triangle_dsc_init(lv_draw_triangle_dsc_t * dsc)
{
    memset(dsc, 0, sizeof(*dsc));
    dsc->base.dsc_size = sizeof(*dsc);
    dsc->color = lv_color_black();
    dsc->opa = LV_OPA_COVER;
    dsc->grad.stops[0].color = lv_color_black();
    dsc->grad.stops[0].opa = LV_OPA_COVER;
    dsc->grad.stops[1].color = lv_color_white();
    dsc->grad.stops[1].opa = LV_OPA_COVER;
    dsc->grad.stops[1].frac = 0xFF;
    dsc->grad.stops_count = 2;
}

void lv_draw_triangle(lv_layer_t * layer, const lv_draw_triangle_dsc_t * dsc)
{
    if(dsc == NULL) return;
    if(task_wanted(&dsc->base)) {
        /* the task's area: the corners' bounding box */
        lv_area_t a;
        a.x1 = (int32_t)LV_MIN(LV_MIN(dsc->p[0].x, dsc->p[1].x), dsc->p[2].x);
        a.y1 = (int32_t)LV_MIN(LV_MIN(dsc->p[0].y, dsc->p[1].y), dsc->p[2].y);
        a.x2 = (int32_t)LV_MAX(LV_MAX(dsc->p[0].x, dsc->p[1].x), dsc->p[2].x);
        a.y2 = (int32_t)LV_MAX(LV_MAX(dsc->p[0].y, dsc->p[1].y), dsc->p[2].y);
        if(task_take(layer, LV_DRAW_TASK_TYPE_TRIANGLE, &dsc->base, &a)) return;
    }
    triangle_now(layer, dsc);
}

} // extern "C"

namespace lv_sw {

void triangle_now(lv_layer_t * layer, const lv_draw_triangle_dsc_t * dsc)
{
    Target t;
    if(dsc->opa <= LV_OPA_MIN || !target_of(layer, &t)) return;
    float px[3], py[3];
    for(int i = 0; i < 3; i++) {
        px[i] = (float)dsc->p[i].x;
        py[i] = (float)dsc->p[i].y;
    }
    /* counter-clockwise order so every edge's inside is on its left */
    float area2 = (px[1] - px[0]) * (py[2] - py[0]) - (py[1] - py[0]) * (px[2] - px[0]);
    if(area2 == 0.0f) return;
    if(area2 < 0.0f) {
        float tx = px[1], ty = py[1];
        px[1] = px[2];
        py[1] = py[2];
        px[2] = tx;
        py[2] = ty;
    }
    float nx[3], ny[3], c[3];
    for(int i = 0; i < 3; i++) {
        int j = (i + 1) % 3;
        float ex = px[j] - px[i], ey = py[j] - py[i];
        float l = sqrtf(ex * ex + ey * ey);
        nx[i] = -ey / l;
        ny[i] = ex / l;
        c[i] = -(nx[i] * px[i] + ny[i] * py[i]);
    }
    lv_area_t box;
    box.x1 = (int32_t)floorf(LV_MIN(px[0], LV_MIN(px[1], px[2]))) - 1;
    box.x2 = (int32_t)ceilf(LV_MAX(px[0], LV_MAX(px[1], px[2]))) + 1;
    box.y1 = (int32_t)floorf(LV_MIN(py[0], LV_MIN(py[1], py[2]))) - 1;
    box.y2 = (int32_t)ceilf(LV_MAX(py[0], LV_MAX(py[1], py[2]))) + 1;
    lv_area_t d;
    if(!lv_area_intersect(&d, &box, &t.clip)) return;
    int32_t w = lv_area_get_width(&d);
    RowBuf mask_buf((size_t)w);
    if(!mask_buf.ok()) return;
    lv_opa_t * mask = mask_buf.data();
    bool grad = dsc->grad.dir == LV_GRAD_DIR_VER || dsc->grad.dir == LV_GRAD_DIR_HOR;
    RowBuf px_buf(grad ? (size_t)w * sizeof(lv_color32_t) : 1);
    if(!px_buf.ok()) return;
    lv_color32_t * row = (lv_color32_t *)px_buf.data();
    for(int32_t y = d.y1; y <= d.y2; y++) {
        float fy = (float)y + 0.5f;
        bool any = false;
        for(int32_t i = 0; i < w; i++) {
            float fx = (float)(d.x1 + i) + 0.5f;
            float cov = 1.0f;
            for(int e = 0; e < 3; e++) {
                float dist = nx[e] * fx + ny[e] * fy + c[e] + 0.5f;
                if(dist < cov) cov = dist;
            }
            cov = cov < 0.0f ? 0.0f : cov;
            mask[i] = (lv_opa_t)(cov * 255.0f + 0.5f);
            if(mask[i]) any = true;
        }
        if(!any) continue;
        if(grad) {
            for(int32_t i = 0; i < w; i++) {
                row[i] = dsc->grad.dir == LV_GRAD_DIR_HOR
                             ? grad_color_at(dsc->grad, lv_area_get_width(&box) - 2, d.x1 + i - box.x1 - 1)
                             : grad_color_at(dsc->grad, lv_area_get_height(&box) - 2, y - box.y1 - 1);
            }
            blend_pixels(t, d.x1, y, w, row, dsc->opa, mask);
        }
        else {
            blend_color(t, d.x1, y, w, dsc->color, dsc->opa, mask);
        }
    }
}

} // namespace lv_sw
