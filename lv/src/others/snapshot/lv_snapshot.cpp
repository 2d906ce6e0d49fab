/**
 * @file lv_snapshot.cpp
 * Snapshots: a layer over a new buffer that covers the object's drawn area, cleared to
 * transparent black, and the object redrawn into it the way a display refresh would.
 * Drawing is immediate, so the buffer is complete when lv_obj_redraw returns.
 */
#include "lv_snapshot.h"
#include "core/lv_global.h"
#include "core/lv_obj_private.h"

namespace {

bool format_supported(lv_color_format_t cf)
{
    switch(cf) {
        case LV_COLOR_FORMAT_RGB565:
        case LV_COLOR_FORMAT_RGB888:
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_ARGB8888: return true;
        default: return false;
    }
}

/** The screen area a snapshot of obj covers: its coordinates grown by its extra draw size. */
lv_area_t snapshot_area(lv_obj_t * obj)
{
    lv_obj_update_layout(obj);
    lv_area_t area;
    lv_obj_get_coords(obj, &area);
    int32_t ext = lv_obj_get_ext_draw_size(obj);
    lv_area_increase(&area, ext, ext);
    return area;
}

} // namespace

extern "C" {

lv_draw_buf_t * lv_snapshot_create_draw_buf(lv_obj_t * obj, lv_color_format_t cf)
{
    if(!obj || !format_supported(cf)) return nullptr;
    lv_area_t area = snapshot_area(obj);
    return lv_draw_buf_create(static_cast<uint32_t>(lv_area_get_width(&area)),
                              static_cast<uint32_t>(lv_area_get_height(&area)), cf, 0);
}

lv_result_t lv_snapshot_reshape_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf)
{
    if(!obj || !draw_buf) return LV_RESULT_INVALID;
    lv_area_t area = snapshot_area(obj);
    lv_draw_buf_t * res = lv_draw_buf_reshape(draw_buf, static_cast<lv_color_format_t>(draw_buf->header.cf),
                                              static_cast<uint32_t>(lv_area_get_width(&area)),
                                              static_cast<uint32_t>(lv_area_get_height(&area)), 0);
    return res ? LV_RESULT_OK : LV_RESULT_INVALID;
}

lv_result_t lv_snapshot_take_to_draw_buf(lv_obj_t * obj, lv_color_format_t cf, lv_draw_buf_t * draw_buf)
{
    if(!obj || !draw_buf || !draw_buf->data || !format_supported(cf) || draw_buf->header.cf != cf) {
        return LV_RESULT_INVALID;
    }
    lv_area_t area = snapshot_area(obj);
    int32_t w = lv_area_get_width(&area);
    int32_t h = lv_area_get_height(&area);
    if(static_cast<int32_t>(draw_buf->header.w) < w || static_cast<int32_t>(draw_buf->header.h) < h) {
        return LV_RESULT_INVALID;
    }
    lv_area_t buf_area = {area.x1, area.y1, area.x1 + static_cast<int32_t>(draw_buf->header.w) - 1,
                          area.y1 + static_cast<int32_t>(draw_buf->header.h) - 1};
    lv_draw_buf_clear(draw_buf, nullptr);

    lv_layer_t layer;
    lv_layer_init(&layer);
    layer.draw_buf = draw_buf;
    layer.buf_area = buf_area;
    layer.color_format = cf;
    layer._clip_area = area;
    layer.phy_clip_area = area;

    /* draw as the object's display would (its anti-aliasing setting, for one) */
    lv_display_t * saved = lv_global.disp_refreshing;
    lv_display_t * disp = lv_obj_get_display(obj);
    if(disp) lv_global.disp_refreshing = disp;
    lv_obj_redraw(&layer, obj);
    lv_global.disp_refreshing = saved;
    return LV_RESULT_OK;
}

lv_draw_buf_t * lv_snapshot_take(lv_obj_t * obj, lv_color_format_t cf)
{
    lv_draw_buf_t * buf = lv_snapshot_create_draw_buf(obj, cf);
    if(!buf) return nullptr;
    if(lv_snapshot_take_to_draw_buf(obj, cf, buf) != LV_RESULT_OK) {
        lv_draw_buf_destroy(buf);
        return nullptr;
    }
    return buf;
}

void lv_snapshot_free(lv_image_dsc_t * dsc)
{
    /* lv_snapshot_take's buffers start with the image descriptor's fields */
    if(dsc) lv_draw_buf_destroy(reinterpret_cast<lv_draw_buf_t *>(dsc));
}

lv_result_t lv_snapshot_take_to_buf(lv_obj_t * obj, lv_color_format_t cf, lv_image_dsc_t * dsc, void * buf,
                                    uint32_t buf_size)
{
    if(!obj || !dsc || !buf || !format_supported(cf)) return LV_RESULT_INVALID;
    lv_area_t area = snapshot_area(obj);
    uint32_t w = static_cast<uint32_t>(lv_area_get_width(&area));
    uint32_t h = static_cast<uint32_t>(lv_area_get_height(&area));
    uint32_t stride = lv_draw_buf_width_to_stride(w, cf);
    if(static_cast<uint64_t>(stride) * h > buf_size) return LV_RESULT_INVALID;
    lv_draw_buf_t draw_buf;
    if(lv_draw_buf_init(&draw_buf, w, h, cf, stride, buf, buf_size) != LV_RESULT_OK) return LV_RESULT_INVALID;
    lv_result_t res = lv_snapshot_take_to_draw_buf(obj, cf, &draw_buf);
    if(res != LV_RESULT_OK) return res;
    dsc->header = draw_buf.header;
    dsc->data_size = stride * h;
    dsc->data = static_cast<const uint8_t *>(buf);
    return LV_RESULT_OK;
}

} // extern "C"
