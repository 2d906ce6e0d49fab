/**
 * @file lv_canvas.cpp
 * Canvas: an image whose source is a draw buffer (lv_draw_buf_t starts like an
 * lv_image_dsc_t). Pixels are written in the buffer's own color format.
 */
#include "widgets/canvas/lv_canvas_private.h"
#include "widgets/widgets_common/lv_widgets_common.h"

namespace {

void canvas_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    reinterpret_cast<lv_canvas_t *>(obj)->draw_buf = nullptr;
}

} // namespace

extern "C" const lv_obj_class_t lv_canvas_class = {
    &lv_image_class, canvas_constructor, nullptr, nullptr, nullptr, "canvas",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_canvas_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_canvas_t * as_canvas(const lv_obj_t * obj) { return reinterpret_cast<lv_canvas_t *>(const_cast<lv_obj_t *>(obj)); }

bool in_buf(const lv_draw_buf_t * b, int32_t x, int32_t y)
{
    return b && b->data && x >= 0 && y >= 0 && x < static_cast<int32_t>(b->header.w) && y < static_cast<int32_t>(b->header.h);
}

/** Writes one pixel in the buffer's format; false for formats the canvas cannot write. */
bool write_px(lv_draw_buf_t * b, int32_t x, int32_t y, lv_color_t c, lv_opa_t opa)
{
    uint8_t * row = b->data + static_cast<size_t>(y) * b->header.stride;
    switch(b->header.cf) {
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_XRGB8888: {
            uint8_t * p = row + x * 4;
            p[0] = c.blue;
            p[1] = c.green;
            p[2] = c.red;
            p[3] = b->header.cf == LV_COLOR_FORMAT_ARGB8888 ? opa : 0xFF;
            return true;
        }
        case LV_COLOR_FORMAT_RGB888: {
            uint8_t * p = row + x * 3;
            p[0] = c.blue;
            p[1] = c.green;
            p[2] = c.red;
            return true;
        }
        case LV_COLOR_FORMAT_RGB565: {
            const uint16_t v = static_cast<uint16_t>(((c.red & 0xF8) << 8) | ((c.green & 0xFC) << 3) | (c.blue >> 3));
            row[x * 2] = static_cast<uint8_t>(v & 0xFF);
            row[x * 2 + 1] = static_cast<uint8_t>(v >> 8);
            return true;
        }
        case LV_COLOR_FORMAT_A8:
            row[x] = opa;
            return true;
        case LV_COLOR_FORMAT_L8:
            row[x] = lv_color_luminance(c);
            return true;
        default:
            return false;
    }
}

lv_color32_t read_px(const lv_draw_buf_t * b, int32_t x, int32_t y)
{
    const uint8_t * row = b->data + static_cast<size_t>(y) * b->header.stride;
    switch(b->header.cf) {
        case LV_COLOR_FORMAT_ARGB8888: return lv_color32_make(row[x * 4 + 2], row[x * 4 + 1], row[x * 4], row[x * 4 + 3]);
        case LV_COLOR_FORMAT_XRGB8888: return lv_color32_make(row[x * 4 + 2], row[x * 4 + 1], row[x * 4], 0xFF);
        case LV_COLOR_FORMAT_RGB888: return lv_color32_make(row[x * 3 + 2], row[x * 3 + 1], row[x * 3], 0xFF);
        case LV_COLOR_FORMAT_RGB565: {
            const uint16_t v = static_cast<uint16_t>(row[x * 2] | (row[x * 2 + 1] << 8));
            const uint8_t r = static_cast<uint8_t>((v >> 11) << 3);
            const uint8_t g = static_cast<uint8_t>(((v >> 5) & 0x3F) << 2);
            const uint8_t bl = static_cast<uint8_t>((v & 0x1F) << 3);
            return lv_color32_make(static_cast<uint8_t>(r | r >> 5), static_cast<uint8_t>(g | g >> 6), static_cast<uint8_t>(bl | bl >> 5), 0xFF);
        }
        case LV_COLOR_FORMAT_A8: return lv_color32_make(0, 0, 0, row[x]);
        case LV_COLOR_FORMAT_L8: return lv_color32_make(row[x], row[x], row[x], 0xFF);
        default: return lv_color32_make(0, 0, 0, 0);
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_canvas_create(lv_obj_t * parent) { return lv_widget_create(&lv_canvas_class, parent); }

void lv_canvas_set_buffer(lv_obj_t * obj, void * buf, int32_t w, int32_t h, lv_color_format_t cf)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    if(buf == nullptr || w <= 0 || h <= 0) return;
    lv_canvas_t * cv = as_canvas(obj);
    const uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(w), cf);
    if(lv_draw_buf_init(&cv->static_buf, static_cast<uint32_t>(w), static_cast<uint32_t>(h), cf, stride, buf,
                        stride * static_cast<uint32_t>(h)) != LV_RESULT_OK) {
        return;
    }
    lv_canvas_set_draw_buf(obj, &cv->static_buf);
}

void lv_canvas_set_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    lv_canvas_t * cv = as_canvas(obj);
    cv->draw_buf = draw_buf;
    lv_image_set_src(obj, draw_buf);
}

void lv_canvas_set_px(lv_obj_t * obj, int32_t x, int32_t y, lv_color_t color, lv_opa_t opa)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    lv_draw_buf_t * b = as_canvas(obj)->draw_buf;
    if(!in_buf(b, x, y)) return;
    if(write_px(b, x, y, color, opa)) lv_obj_invalidate(obj);
}

void lv_canvas_set_palette(lv_obj_t * obj, uint8_t index, lv_color32_t color)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    lv_draw_buf_t * b = as_canvas(obj)->draw_buf;
    if(b == nullptr) return;
    lv_draw_buf_set_palette(b, index, color);
    lv_obj_invalidate(obj);
}

lv_draw_buf_t * lv_canvas_get_draw_buf(lv_obj_t * obj)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return {};
    return as_canvas(obj)->draw_buf;
}

lv_color32_t lv_canvas_get_px(lv_obj_t * obj, int32_t x, int32_t y)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return {};
    const lv_draw_buf_t * b = as_canvas(obj)->draw_buf;
    if(!in_buf(b, x, y)) return lv_color32_make(0, 0, 0, 0);
    return read_px(b, x, y);
}

lv_image_dsc_t * lv_canvas_get_image(lv_obj_t * canvas)
{
    if(!lv_widget_check(canvas, &lv_canvas_class)) return {};
    return reinterpret_cast<lv_image_dsc_t *>(as_canvas(canvas)->draw_buf);
}

const void * lv_canvas_get_buf(lv_obj_t * canvas)
{
    if(!lv_widget_check(canvas, &lv_canvas_class)) return {};
    const lv_draw_buf_t * b = as_canvas(canvas)->draw_buf;
    return b ? b->data : nullptr;
}

void lv_canvas_copy_buf(lv_obj_t * obj, const lv_area_t * canvas_area, lv_draw_buf_t * dest_buf, const lv_area_t * dest_area)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    lv_draw_buf_t * b = as_canvas(obj)->draw_buf;
    if(b == nullptr || dest_buf == nullptr || canvas_area == nullptr || dest_area == nullptr) return;
    if(lv_area_get_width(canvas_area) != lv_area_get_width(dest_area) ||
       lv_area_get_height(canvas_area) != lv_area_get_height(dest_area)) return;
    lv_draw_buf_copy(dest_buf, dest_area, b, canvas_area);
}

void lv_canvas_fill_bg(lv_obj_t * obj, lv_color_t color, lv_opa_t opa)
{
    if(!lv_widget_check(obj, &lv_canvas_class)) return;
    lv_draw_buf_t * b = as_canvas(obj)->draw_buf;
    if(b == nullptr || b->data == nullptr) return;
    for(int32_t y = 0; y < static_cast<int32_t>(b->header.h); y++) {
        for(int32_t x = 0; x < static_cast<int32_t>(b->header.w); x++) {
            if(!write_px(b, x, y, color, opa)) return;
        }
    }
    lv_obj_invalidate(obj);
}

void lv_canvas_init_layer(lv_obj_t * canvas, lv_layer_t * layer)
{
    if(!lv_widget_check(canvas, &lv_canvas_class)) return;
    lv_draw_buf_t * b = as_canvas(canvas)->draw_buf;
    if(b == nullptr || layer == nullptr) return;
    const lv_area_t area = {0, 0, static_cast<int32_t>(b->header.w) - 1, static_cast<int32_t>(b->header.h) - 1};
    lv_layer_init(layer);
    layer->draw_buf = b;
    layer->color_format = static_cast<lv_color_format_t>(b->header.cf);
    layer->buf_area = area;
    layer->_clip_area = area;
    layer->phy_clip_area = area;
}

void lv_canvas_finish_layer(lv_obj_t * canvas, lv_layer_t * layer)
{
    if(!lv_widget_check(canvas, &lv_canvas_class)) return;
    LV_UNUSED(layer); /* drawing is immediate: nothing is pending */
    lv_obj_invalidate(canvas);
}

uint32_t lv_canvas_buf_size(int32_t w, int32_t h, uint8_t bpp, uint8_t stride)
{
    if(w <= 0 || h <= 0 || stride == 0) return 0;
    uint32_t row = (static_cast<uint32_t>(w) * bpp + 7) / 8;
    row = (row + stride - 1) / stride * stride;
    return row * static_cast<uint32_t>(h);
}

} // extern "C"
