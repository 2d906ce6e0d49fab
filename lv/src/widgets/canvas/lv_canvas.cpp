/**
 * @file lv_canvas.cpp
 * Canvas: an image whose source is its draw buffer. Pixel writes go straight into the buffer
 * (no blending); layers created with lv_canvas_init_layer draw into it immediately. Every
 * change invalidates the object so the new pixels are shown.
 */
#include "widgets/image/lv_image_private.h"

namespace {

struct lv_canvas_t {
    lv_image_t img;
    lv_draw_buf_t * draw_buf;
    lv_draw_buf_t static_buf; /* wraps a buffer given with lv_canvas_set_buffer */
};

void canvas_constructor(const lv_obj_class_t * class_p, lv_obj_t * obj)
{
    LV_UNUSED(class_p);
    LV_UNUSED(obj);
}

} // namespace

extern "C" const lv_obj_class_t lv_canvas_class = {
    &lv_image_class, canvas_constructor, nullptr, nullptr, nullptr, "canvas",
    LV_SIZE_CONTENT, LV_SIZE_CONTENT, LV_OBJ_CLASS_EDITABLE_INHERIT, LV_OBJ_CLASS_GROUP_DEF_INHERIT,
    sizeof(lv_canvas_t), LV_OBJ_CLASS_THEME_INHERITABLE_TRUE,
};

namespace {

lv_canvas_t * as_canvas(const lv_obj_t * obj) { return reinterpret_cast<lv_canvas_t *>(const_cast<lv_obj_t *>(obj)); }

/** The canvas's buffer, or NULL when obj is no canvas or has none. */
lv_draw_buf_t * buf_of(const lv_obj_t * obj)
{
    if(!obj || !lv_obj_check_type(obj, &lv_canvas_class)) return nullptr;
    lv_draw_buf_t * buf = as_canvas(obj)->draw_buf;
    return buf && buf->data ? buf : nullptr;
}

void invalidate_content(lv_obj_t * obj)
{
    lv_obj_invalidate(obj);
}

/** Writes one pixel of format cf at p. */
void write_px(uint8_t * p, lv_color_format_t cf, lv_color_t color, lv_opa_t opa)
{
    switch(cf) {
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_XRGB8888:
            p[0] = color.blue;
            p[1] = color.green;
            p[2] = color.red;
            p[3] = cf == LV_COLOR_FORMAT_ARGB8888 ? opa : 0xFF;
            break;
        case LV_COLOR_FORMAT_RGB888:
            p[0] = color.blue;
            p[1] = color.green;
            p[2] = color.red;
            break;
        case LV_COLOR_FORMAT_RGB565: {
            uint16_t v = lv_color_to_u16(color);
            p[0] = static_cast<uint8_t>(v & 0xFF);
            p[1] = static_cast<uint8_t>(v >> 8);
            break;
        }
        case LV_COLOR_FORMAT_A8: p[0] = opa; break;
        case LV_COLOR_FORMAT_L8: p[0] = lv_color_luminance(color); break;
        default: break; /* indexed and other formats: not supported */
    }
}

bool byte_addressable(lv_color_format_t cf)
{
    switch(cf) {
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_RGB888:
        case LV_COLOR_FORMAT_RGB565:
        case LV_COLOR_FORMAT_A8:
        case LV_COLOR_FORMAT_L8: return true;
        default: return false;
    }
}

} // namespace

extern "C" {

lv_obj_t * lv_canvas_create(lv_obj_t * parent)
{
    lv_obj_t * obj = lv_obj_class_create_obj(&lv_canvas_class, parent);
    lv_obj_class_init_obj(obj);
    return obj;
}

void lv_canvas_set_buffer(lv_obj_t * obj, void * buf, int32_t w, int32_t h, lv_color_format_t cf)
{
    if(!obj || !lv_obj_check_type(obj, &lv_canvas_class) || !buf || w <= 0 || h <= 0) return;
    lv_canvas_t * canvas = as_canvas(obj);
    uint32_t stride = lv_draw_buf_width_to_stride(static_cast<uint32_t>(w), cf);
    void * aligned = lv_draw_buf_align(buf, cf);
    if(lv_draw_buf_init(&canvas->static_buf, static_cast<uint32_t>(w), static_cast<uint32_t>(h), cf, stride, aligned,
                        stride * static_cast<uint32_t>(h)) != LV_RESULT_OK) return;
    lv_canvas_set_draw_buf(obj, &canvas->static_buf);
}

void lv_canvas_set_draw_buf(lv_obj_t * obj, lv_draw_buf_t * draw_buf)
{
    if(!obj || !lv_obj_check_type(obj, &lv_canvas_class)) return;
    as_canvas(obj)->draw_buf = draw_buf;
    lv_image_set_src(obj, draw_buf); /* a draw buffer starts like an lv_image_dsc_t */
    invalidate_content(obj);
}

void lv_canvas_set_px(lv_obj_t * obj, int32_t x, int32_t y, lv_color_t color, lv_opa_t opa)
{
    lv_draw_buf_t * buf = buf_of(obj);
    if(!buf || x < 0 || y < 0 || x >= static_cast<int32_t>(buf->header.w) || y >= static_cast<int32_t>(buf->header.h)) return;
    lv_color_format_t cf = static_cast<lv_color_format_t>(buf->header.cf);
    if(!byte_addressable(cf)) return;
    uint8_t * p = static_cast<uint8_t *>(lv_draw_buf_goto_xy(buf, static_cast<uint32_t>(x), static_cast<uint32_t>(y)));
    if(p) write_px(p, cf, color, opa);
    invalidate_content(obj);
}

void lv_canvas_set_palette(lv_obj_t * obj, uint8_t index, lv_color32_t color)
{
    lv_draw_buf_t * buf = buf_of(obj);
    if(!buf) return;
    uint32_t entries = LV_COLOR_INDEXED_PALETTE_SIZE(buf->header.cf);
    if(index >= entries) return;
    /* the palette sits in front of the pixels, 4 bytes per entry (B, G, R, A) */
    uint8_t * pal = buf->data - entries * 4 + index * 4;
    if(buf->unaligned_data && pal < static_cast<uint8_t *>(buf->unaligned_data)) return;
    pal[0] = color.blue;
    pal[1] = color.green;
    pal[2] = color.red;
    pal[3] = color.alpha;
    invalidate_content(obj);
}

lv_draw_buf_t * lv_canvas_get_draw_buf(lv_obj_t * obj)
{
    return obj && lv_obj_check_type(obj, &lv_canvas_class) ? as_canvas(obj)->draw_buf : nullptr;
}

lv_color32_t lv_canvas_get_px(lv_obj_t * obj, int32_t x, int32_t y)
{
    lv_color32_t c = {0, 0, 0, 0};
    lv_draw_buf_t * buf = buf_of(obj);
    if(!buf || x < 0 || y < 0 || x >= static_cast<int32_t>(buf->header.w) || y >= static_cast<int32_t>(buf->header.h)) return c;
    const uint8_t * p = static_cast<const uint8_t *>(lv_draw_buf_goto_xy(buf, static_cast<uint32_t>(x), static_cast<uint32_t>(y)));
    if(!p) return c;
    switch(static_cast<lv_color_format_t>(buf->header.cf)) {
        case LV_COLOR_FORMAT_ARGB8888: c = {p[0], p[1], p[2], p[3]}; break;
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_RGB888: c = {p[0], p[1], p[2], 0xFF}; break;
        case LV_COLOR_FORMAT_RGB565: {
            uint16_t v = static_cast<uint16_t>(p[0] | (p[1] << 8));
            c.red = static_cast<uint8_t>(((v >> 11) & 0x1F) * 255 / 31);
            c.green = static_cast<uint8_t>(((v >> 5) & 0x3F) * 255 / 63);
            c.blue = static_cast<uint8_t>((v & 0x1F) * 255 / 31);
            c.alpha = 0xFF;
            break;
        }
        case LV_COLOR_FORMAT_A8: c = {0, 0, 0, p[0]}; break;
        case LV_COLOR_FORMAT_L8: c = {p[0], p[0], p[0], 0xFF}; break;
        default: break;
    }
    return c;
}

lv_image_dsc_t * lv_canvas_get_image(lv_obj_t * canvas)
{
    return reinterpret_cast<lv_image_dsc_t *>(lv_canvas_get_draw_buf(canvas));
}

const void * lv_canvas_get_buf(lv_obj_t * canvas)
{
    lv_draw_buf_t * buf = lv_canvas_get_draw_buf(canvas);
    return buf ? (buf->unaligned_data ? buf->unaligned_data : buf->data) : nullptr;
}

void lv_canvas_copy_buf(lv_obj_t * obj, const lv_area_t * canvas_area, lv_draw_buf_t * dest_buf, const lv_area_t * dest_area)
{
    lv_draw_buf_t * buf = buf_of(obj);
    if(!buf || !dest_buf) return;
    lv_draw_buf_copy(buf, canvas_area, dest_buf, dest_area);
    invalidate_content(obj);
}

void lv_canvas_fill_bg(lv_obj_t * obj, lv_color_t color, lv_opa_t opa)
{
    lv_draw_buf_t * buf = buf_of(obj);
    if(!buf) return;
    lv_color_format_t cf = static_cast<lv_color_format_t>(buf->header.cf);
    if(!byte_addressable(cf)) return;
    uint32_t bytes = lv_color_format_get_bpp(cf) / 8;
    for(uint32_t y = 0; y < buf->header.h; y++) {
        uint8_t * row = static_cast<uint8_t *>(lv_draw_buf_goto_xy(buf, 0, y));
        for(uint32_t x = 0; x < buf->header.w; x++) write_px(row + x * bytes, cf, color, opa);
    }
    invalidate_content(obj);
}

void lv_canvas_init_layer(lv_obj_t * canvas, lv_layer_t * layer)
{
    if(!layer) return;
    lv_draw_buf_t * buf = buf_of(canvas);
    lv_layer_init(layer);
    if(!buf) {
        layer->_clip_area = {0, 0, -1, -1}; /* nothing can be drawn */
        return;
    }
    lv_area_t area = {0, 0, static_cast<int32_t>(buf->header.w) - 1, static_cast<int32_t>(buf->header.h) - 1};
    layer->draw_buf = buf;
    layer->color_format = static_cast<lv_color_format_t>(buf->header.cf);
    layer->buf_area = area;
    layer->_clip_area = area;
    layer->phy_clip_area = area;
}

void lv_canvas_finish_layer(lv_obj_t * canvas, lv_layer_t * layer)
{
    if(!layer) return;
    lv_layer_reset(layer); /* drawing was immediate: only the canvas must show it */
    if(buf_of(canvas)) invalidate_content(canvas);
}

uint32_t lv_canvas_buf_size(int32_t w, int32_t h, uint8_t bpp, uint8_t stride)
{
    if(w <= 0 || h <= 0 || stride == 0) return 0;
    return static_cast<uint32_t>(LV_CANVAS_BUF_SIZE(w, h, bpp, stride));
}

} // extern "C"
