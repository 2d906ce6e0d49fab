// Layers: an offscreen buffer covering part of the screen, drawn into like the screen, then
// composited into its parent with lv_draw_layer (see lv_draw_image.cpp).
#include <string.h>

#include "lv_draw.h"
#include "lv_draw_layer_private.h"
#include "lv_draw_sw.h"
#include "lv_math.h"
#include "lv_mem.h"

extern "C" {

void lv_draw_init(void) { lv_draw_sw_unit_init(); }

void lv_draw_deinit(void)
{
    lv_draw_units_deinit();
    lv_sw::clear_cache();
}

void lv_layer_init(lv_layer_t * layer)
{
    if(layer == NULL) return;
    memset(layer, 0, sizeof(*layer));
    layer->opa = LV_OPA_COVER;
    layer->color_format = LV_COLOR_FORMAT_XRGB8888;
}

void lv_layer_reset(lv_layer_t * layer)
{
    if(layer == NULL) return;
    layer->draw_task_head = NULL;
    layer->all_tasks_added = false;
    layer->opa = LV_OPA_COVER;
    layer->recolor = lv_color32_t{0, 0, 0, 0};
}

void lv_draw_layer_init(lv_layer_t * layer, lv_layer_t * parent_layer, lv_color_format_t color_format,
                        const lv_area_t * area)
{
    if(!layer || !area) return;
    lv_layer_init(layer);
    layer->parent = parent_layer;
    layer->color_format = color_format;
    layer->buf_area = *area;
    layer->_clip_area = *area;
    layer->phy_clip_area = *area;
}

void * lv_draw_layer_alloc_buf(lv_layer_t * layer)
{
    if(layer == NULL) return NULL;
    if(layer->draw_buf) return layer->draw_buf->data;
    int32_t w = lv_area_get_width(&layer->buf_area);
    int32_t h = lv_area_get_height(&layer->buf_area);
    if(w <= 0 || h <= 0) return NULL;
    layer->draw_buf = lv_draw_buf_create((uint32_t)w, (uint32_t)h, layer->color_format, 0);
    if(layer->draw_buf == NULL) return NULL;
    /* a layer starts transparent (or black without alpha) */
    lv_draw_buf_clear(layer->draw_buf, NULL);
    return layer->draw_buf->data;
}

lv_layer_t * lv_draw_layer_create(lv_layer_t * parent_layer, lv_color_format_t color_format, const lv_area_t * area)
{
    if(area == NULL || area->x2 < area->x1 || area->y2 < area->y1) return NULL;
    lv_layer_t * layer = (lv_layer_t *)lv_malloc(sizeof(lv_layer_t));
    if(layer == NULL) return NULL;
    lv_draw_layer_init(layer, parent_layer, color_format, area);
    if(lv_draw_layer_alloc_buf(layer) == NULL) {
        lv_free(layer);
        return NULL;
    }
    return layer;
}

void lv_draw_layer_delete(lv_layer_t * layer)
{
    if(layer == NULL) return;
    lv_draw_buf_destroy(layer->draw_buf);
    lv_free(layer);
}

void * lv_draw_layer_go_to_xy(lv_layer_t * layer, int32_t x, int32_t y)
{
    if(layer == NULL || layer->draw_buf == NULL) return NULL;
    return lv_draw_buf_goto_xy(layer->draw_buf, (uint32_t)x, (uint32_t)y);
}

void lv_draw_layer_mask_round_rect(lv_layer_t * layer, const lv_area_t * area, int32_t radius)
{
    if(layer == NULL || area == NULL || layer->draw_buf == NULL) return;
    lv_draw_buf_t * buf = layer->draw_buf;
    if(buf->header.cf != LV_COLOR_FORMAT_ARGB8888) return;
    int32_t w = LV_MIN(lv_area_get_width(&layer->buf_area), (int32_t)buf->header.w);
    int32_t h = LV_MIN(lv_area_get_height(&layer->buf_area), (int32_t)buf->header.h);
    if(w <= 0 || h <= 0) return;
    lv_sw::RoundRect rr = lv_sw::make_round_rect(*area, radius);
    lv_sw::RowBuf cover((size_t)w);
    if(!cover.ok()) return;
    for(int32_t row = 0; row < h; row++) {
        lv_color32_t * px = (lv_color32_t *)(buf->data + (size_t)row * buf->header.stride);
        int32_t x = layer->buf_area.x1;
        lv_sw::Span full;
        if(!lv_sw::round_rect_row(rr, layer->buf_area.y1 + row, x, w, cover.data(), &full)) {
            memset(px, 0, (size_t)w * sizeof(lv_color32_t));
            continue;
        }
        /* only the columns outside the fully covered span change */
        for(int32_t i = 0; i < w; i++) {
            if(x + i >= full.x1 && x + i <= full.x2) {
                i = full.x2 - x;
                continue;
            }
            px[i].alpha = (uint8_t)LV_UDIV255(px[i].alpha * cover.data()[i]);
        }
    }
}

} // extern "C"
