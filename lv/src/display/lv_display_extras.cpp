/**
 * @file lv_display_extras.cpp
 * Display settings beyond the core (tiles, matrix rotation, original resolution, area
 * rotation, DPI scaling) and vsync event registration.
 */
#include "display/lv_display_private.h"
#include "core/lv_global.h"

namespace {

lv_display_t * disp_or_default(const lv_display_t * disp)
{
    return disp ? const_cast<lv_display_t *>(disp) : lv_global.disp_default;
}

bool is_quarter_turn(const lv_display_t * disp)
{
    return disp->rotation == LV_DISPLAY_ROTATION_90 || disp->rotation == LV_DISPLAY_ROTATION_270;
}

bool is_vsync_dsc(const lv_event_dsc_t * dsc, lv_event_cb_t event_cb, void * user_data)
{
    return dsc && dsc->filter == LV_EVENT_VSYNC && dsc->cb == event_cb && dsc->user_data == user_data;
}

uint32_t vsync_cb_count(lv_display_t * disp)
{
    uint32_t n = 0;
    for(uint32_t i = 0; i < disp->event_list.cnt; i++) n += disp->event_list.dsc[i]->filter == LV_EVENT_VSYNC;
    return n;
}

} // namespace

extern "C" {

lv_event_dsc_t * lv_display_get_event_dsc(lv_display_t * disp, uint32_t index)
{
    disp = disp_or_default(disp);
    return disp ? lv_event_get_dsc(&disp->event_list, index) : nullptr;
}

bool lv_display_register_vsync_event(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data)
{
    disp = disp_or_default(disp);
    if(!disp || !event_cb) return false;
    lv_display_add_event_cb(disp, event_cb, LV_EVENT_VSYNC, user_data);
    if(vsync_cb_count(disp) == 1) lv_display_send_event(disp, LV_EVENT_VSYNC_REQUEST, disp);
    return true;
}

bool lv_display_unregister_vsync_event(lv_display_t * disp, lv_event_cb_t event_cb, void * user_data)
{
    disp = disp_or_default(disp);
    if(!disp) return false;
    for(uint32_t i = 0; i < disp->event_list.cnt; i++) {
        if(!is_vsync_dsc(disp->event_list.dsc[i], event_cb, user_data)) continue;
        lv_display_delete_event(disp, i);
        if(vsync_cb_count(disp) == 0) lv_display_send_event(disp, LV_EVENT_VSYNC_REQUEST, nullptr);
        return true;
    }
    return false;
}

lv_result_t lv_display_send_vsync_event(lv_display_t * disp, void * param)
{
    disp = disp_or_default(disp);
    if(!disp || vsync_cb_count(disp) == 0) return LV_RESULT_INVALID;
    lv_display_send_event(disp, LV_EVENT_VSYNC, param);
    return LV_RESULT_OK;
}

int32_t lv_display_dpx(const lv_display_t * disp, int32_t n)
{
    return LV_DPX_CALC(lv_display_get_dpi(disp_or_default(disp)), n);
}

void lv_display_set_matrix_rotation(lv_display_t * disp, bool enable)
{
    disp = disp_or_default(disp);
    if(disp) disp->matrix_rotation = enable;
}

bool lv_display_get_matrix_rotation(lv_display_t * disp)
{
    disp = disp_or_default(disp);
    return disp && disp->matrix_rotation;
}

int32_t lv_display_get_original_horizontal_resolution(const lv_display_t * disp)
{
    const lv_display_t * d = disp_or_default(disp);
    if(!d) return 0;
    return is_quarter_turn(d) ? d->ver_res : d->hor_res;
}

int32_t lv_display_get_original_vertical_resolution(const lv_display_t * disp)
{
    const lv_display_t * d = disp_or_default(disp);
    if(!d) return 0;
    return is_quarter_turn(d) ? d->hor_res : d->ver_res;
}

void lv_display_set_tile_cnt(lv_display_t * disp, uint32_t tile_cnt)
{
    disp = disp_or_default(disp);
    if(!disp) return;
    if(tile_cnt == 0) {
        LV_LOG_WARN("lv_display_set_tile_cnt: the tile count must be at least 1");
        return;
    }
    disp->tile_cnt = tile_cnt;
}

uint32_t lv_display_get_tile_cnt(lv_display_t * disp)
{
    disp = disp_or_default(disp);
    return disp ? disp->tile_cnt : 0;
}

void lv_display_rotate_area(lv_display_t * disp, lv_area_t * area)
{
    disp = disp_or_default(disp);
    if(!disp || !area) return;
    const int32_t w = lv_area_get_width(area);
    const int32_t h = lv_area_get_height(area);
    const int32_t orig_w = lv_display_get_original_horizontal_resolution(disp);
    const int32_t orig_h = lv_display_get_original_vertical_resolution(disp);
    lv_area_t r = *area;
    switch(disp->rotation) {
        case LV_DISPLAY_ROTATION_90:
            r.x1 = area->y1;
            r.x2 = area->y1 + h - 1;
            r.y2 = orig_h - area->x1 - 1;
            r.y1 = r.y2 - w + 1;
            break;
        case LV_DISPLAY_ROTATION_180:
            r.x2 = orig_w - area->x1 - 1;
            r.x1 = r.x2 - w + 1;
            r.y2 = orig_h - area->y1 - 1;
            r.y1 = r.y2 - h + 1;
            break;
        case LV_DISPLAY_ROTATION_270:
            r.x1 = orig_w - area->y2 - 1;
            r.x2 = r.x1 + h - 1;
            r.y2 = area->x2;
            r.y1 = r.y2 - w + 1;
            break;
        default:
            return;
    }
    *area = r;
}

} // extern "C"
