/**
 * @file lv_refr.cpp
 * Redrawing: invalidated areas are collected per display (merged when joining them costs
 * fewer pixels than drawing both), then each area is drawn into the display's buffer and
 * flushed. PARTIAL renders an area in row bands that fit the buffer; DIRECT draws in place
 * in a full-screen buffer; FULL redraws and flushes the whole screen.
 */
#include "lv_display_private.h"
#include "core/lv_global.h"

namespace {

void refr_obj(lv_layer_t * layer, lv_obj_t * obj);

void redraw_children_then_post(lv_layer_t * layer, lv_obj_t * obj, const lv_area_t & clip_for_obj, const lv_area_t & clip_ori)
{
    lv_area_t ext_coords = obj->coords;
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&ext_coords, ext, ext);
    const lv_area_t * child_bounds = lv_obj_has_flag(obj, LV_OBJ_FLAG_OVERFLOW_VISIBLE) ? &ext_coords : &obj->coords;
    lv_area_t clip_for_children;
    if(lv_area_intersect(&clip_for_children, &clip_ori, child_bounds)) {
        layer->_clip_area = clip_for_children;
        uint32_t cnt = lv_obj_get_child_count(obj);
        for(uint32_t i = 0; i < cnt; i++) refr_obj(layer, obj->spec_attr->children[i]);
    }
    layer->_clip_area = clip_for_obj;
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST_BEGIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_POST_END, layer);
}

void refr_obj(lv_layer_t * layer, lv_obj_t * obj)
{
    if(lv_obj_has_flag(obj, LV_OBJ_FLAG_HIDDEN)) return;
    if(lv_obj_get_style_opa_layered(obj, LV_PART_MAIN) <= LV_OPA_MIN) return;
    /* Layered opacity, transforms and blend modes need an intermediate layer from the
     * renderer (lv_draw_layer_create); until it is available they draw directly. */
    lv_obj_redraw(layer, obj);
}

/** Draws area of disp into the layer (already set up for the buffer and area). */
void draw_area(lv_display_t * disp, lv_layer_t * layer, const lv_area_t * area)
{
    layer->_clip_area = *area;
    layer->phy_clip_area = *area;

    lv_cover_check_info_t info = {LV_COVER_RES_COVER, area};
    lv_obj_send_event(disp->act_scr, LV_EVENT_COVER_CHECK, &info);
    bool act_covers = info.res == LV_COVER_RES_COVER && !disp->prev_scr;
    if(!act_covers) {
        if(lv_color_format_has_alpha(disp->color_format)) {
            /* transparent displays start from transparent pixels */
            uint32_t px_size = lv_color_format_get_size(disp->color_format);
            for(int32_t y = area->y1; y <= area->y2; y++) {
                uint8_t * row = layer->draw_buf->data + (y - layer->buf_area.y1) * layer->draw_buf->header.stride;
                lv_memzero(row + (area->x1 - layer->buf_area.x1) * px_size, lv_area_get_width(area) * px_size);
            }
        }
        if(disp->bottom_layer) refr_obj(layer, disp->bottom_layer);
    }
    if(disp->draw_prev_over_act) {
        refr_obj(layer, disp->act_scr);
        if(disp->prev_scr) refr_obj(layer, disp->prev_scr);
    }
    else {
        if(disp->prev_scr) refr_obj(layer, disp->prev_scr);
        refr_obj(layer, disp->act_scr);
    }
    if(disp->top_layer) refr_obj(layer, disp->top_layer);
    if(disp->sys_layer) refr_obj(layer, disp->sys_layer);
}

void wait_for_flush(lv_display_t * disp)
{
    /* Without a wait callback nothing can make progress here in a single thread, so the
     * buffer is assumed free (a driver that flushes asynchronously must set one). */
    while(disp->flushing && disp->flush_wait_cb) disp->flush_wait_cb(disp);
    disp->flushing = 0;
}

void flush(lv_display_t * disp, const lv_area_t * area, uint8_t * px_map, bool last)
{
    lv_display_send_event(disp, LV_EVENT_FLUSH_START, const_cast<lv_area_t *>(area));
    disp->flushing = 1;
    disp->flushing_last = last;
    if(disp->flush_cb) disp->flush_cb(disp, area, px_map);
    else disp->flushing = 0;
    wait_for_flush(disp);
    lv_display_send_event(disp, LV_EVENT_FLUSH_FINISH, const_cast<lv_area_t *>(area));
}

void render_direct(lv_display_t * disp, const lv_area_t * area, bool last)
{
    lv_draw_buf_t * buf = disp->buf_act;
    lv_layer_t * layer = &disp->layer;
    layer->draw_buf = buf;
    layer->color_format = disp->color_format;
    layer->buf_area.x1 = 0;
    layer->buf_area.y1 = 0;
    layer->buf_area.x2 = static_cast<int32_t>(buf->header.w) - 1;
    layer->buf_area.y2 = static_cast<int32_t>(buf->header.h) - 1;
    draw_area(disp, layer, area);
    flush(disp, area, buf->data, last);
}

void render_partial(lv_display_t * disp, const lv_area_t * area, bool last_area)
{
    lv_draw_buf_t * buf = disp->buf_act;
    uint32_t w = static_cast<uint32_t>(lv_area_get_width(area));
    uint32_t stride = lv_draw_buf_width_to_stride(w, disp->color_format);
    uint32_t max_rows = stride ? buf->data_size / stride : 0;
    if(max_rows == 0) return; /* the buffer cannot hold one row of this area */
    int32_t y = area->y1;
    while(y <= area->y2) {
        int32_t rows = LV_MIN(static_cast<int32_t>(max_rows), area->y2 - y + 1);
        lv_area_t band = {area->x1, y, area->x2, y + rows - 1};
        buf->header.w = w;
        buf->header.h = static_cast<uint32_t>(rows);
        buf->header.stride = stride;
        lv_layer_t * layer = &disp->layer;
        layer->draw_buf = buf;
        layer->color_format = disp->color_format;
        layer->buf_area = band;
        draw_area(disp, layer, &band);
        y += rows;
        flush(disp, &band, buf->data, last_area && y > area->y2);
        if(disp->has_buf_2) disp->buf_act = disp->buf_act == &disp->buf_1 ? &disp->buf_2 : &disp->buf_1;
        buf = disp->buf_act;
    }
}

void join_areas(lv_display_t * disp)
{
    for(uint32_t i = 0; i < disp->inv_p; i++) {
        if(disp->inv_area_joined[i]) continue;
        for(uint32_t j = 0; j < disp->inv_p; j++) {
            if(i == j || disp->inv_area_joined[j]) continue;
            lv_area_t a = disp->inv_areas[i];
            lv_area_t b = disp->inv_areas[j];
            /* join only overlapping or touching areas, and only if it saves pixels */
            lv_area_t grown = a;
            lv_area_increase(&grown, 1, 1);
            lv_area_t tmp;
            if(!lv_area_intersect(&tmp, &grown, &b)) continue;
            lv_area_t joined;
            lv_area_join(&joined, &a, &b);
            if(lv_area_get_size(&joined) < lv_area_get_size(&a) + lv_area_get_size(&b)) {
                disp->inv_areas[i] = joined;
                disp->inv_area_joined[j] = 1;
                j = static_cast<uint32_t>(-1); /* the bigger area may now touch earlier ones */
            }
        }
    }
}

void refr_invalid_areas(lv_display_t * disp)
{
    if(disp->inv_p == 0 || !disp->has_buf_1) return;
    lv_display_send_event(disp, LV_EVENT_RENDER_START, nullptr);
    if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL) {
        lv_area_t all = {0, 0, disp->hor_res - 1, disp->ver_res - 1};
        render_direct(disp, &all, true);
    }
    else {
        int32_t last = -1;
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(!disp->inv_area_joined[i]) last = static_cast<int32_t>(i);
        }
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(disp->inv_area_joined[i]) continue;
            bool is_last = static_cast<int32_t>(i) == last;
            if(disp->render_mode == LV_DISPLAY_RENDER_MODE_DIRECT) render_direct(disp, &disp->inv_areas[i], is_last);
            else render_partial(disp, &disp->inv_areas[i], is_last);
        }
    }
    lv_display_send_event(disp, LV_EVENT_RENDER_READY, nullptr);
}

} // namespace

extern "C" {

void lv_obj_redraw(lv_layer_t * layer, lv_obj_t * obj)
{
    lv_area_t clip_ori = layer->_clip_area;
    lv_area_t ext_coords = obj->coords;
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&ext_coords, ext, ext);
    lv_area_t clip_for_obj;
    if(!lv_area_intersect(&clip_for_obj, &clip_ori, &ext_coords)) return;
    layer->_clip_area = clip_for_obj;
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN_BEGIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN, layer);
    lv_obj_send_event(obj, LV_EVENT_DRAW_MAIN_END, layer);
    redraw_children_then_post(layer, obj, clip_for_obj, clip_ori);
    layer->_clip_area = clip_ori;
}

void lv_inv_area(lv_display_t * disp, const lv_area_t * area_p)
{
    if(!disp) disp = lv_display_get_default();
    if(!disp || !lv_display_is_invalidation_enabled(disp)) return;
    /* invalidating while this display renders would corrupt the area list */
    if(lv_global.disp_refreshing == disp && disp->flushing) return;

    lv_area_t scr = {0, 0, disp->hor_res - 1, disp->ver_res - 1};
    if(area_p == nullptr) {
        disp->inv_p = 0;
        disp->inv_areas[0] = scr;
        disp->inv_area_joined[0] = 0;
        disp->inv_p = 1;
    }
    else {
        lv_area_t a;
        if(!lv_area_intersect(&a, area_p, &scr)) return;
        if(disp->render_mode == LV_DISPLAY_RENDER_MODE_FULL) a = scr;
        for(uint32_t i = 0; i < disp->inv_p; i++) {
            if(lv_area_is_in(&a, &disp->inv_areas[i], 0)) return; /* already covered */
        }
        if(disp->inv_p < LV_INV_BUF_SIZE) {
            disp->inv_areas[disp->inv_p] = a;
            disp->inv_area_joined[disp->inv_p] = 0;
            disp->inv_p++;
        }
        else {
            /* too many areas: redraw the whole screen */
            disp->inv_p = 1;
            disp->inv_areas[0] = scr;
            disp->inv_area_joined[0] = 0;
        }
    }
    if(disp->refr_timer) lv_timer_resume(disp->refr_timer);
}

void lv_display_refr_timer(lv_timer_t * timer)
{
    lv_display_t * disp = timer ? static_cast<lv_display_t *>(timer->user_data) : lv_display_get_default();
    lv_display_refr(disp);
}

void lv_display_refr(lv_display_t * disp)
{
    if(!disp) return;
    lv_global.disp_refreshing = disp;
    lv_display_send_event(disp, LV_EVENT_REFR_START, nullptr);

    if(disp->act_scr) lv_obj_update_layout(disp->act_scr);
    if(disp->prev_scr) lv_obj_update_layout(disp->prev_scr);
    if(disp->bottom_layer) lv_obj_update_layout(disp->bottom_layer);
    if(disp->top_layer) lv_obj_update_layout(disp->top_layer);
    if(disp->sys_layer) lv_obj_update_layout(disp->sys_layer);

    if(disp->act_scr) {
        join_areas(disp);
        refr_invalid_areas(disp);
    }
    disp->inv_p = 0;
    lv_memzero(disp->inv_area_joined, sizeof(disp->inv_area_joined));
    lv_display_send_event(disp, LV_EVENT_REFR_READY, nullptr);
    lv_global.disp_refreshing = nullptr;
}

void lv_refr_now(lv_display_t * disp)
{
    lv_anim_refr_now();
    if(disp) {
        lv_display_refr(disp);
        return;
    }
    for(lv_display_t * d = lv_global.disp_head; d; d = d->next) lv_display_refr(d);
}

} // extern "C"
