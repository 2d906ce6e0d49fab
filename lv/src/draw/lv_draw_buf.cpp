// Draw buffers: allocation through replaceable handlers, strides, copying, palettes.
#include "lv_draw_buf.h"

#include <string.h>

#include "lv_fs.h"
#include "lv_math.h"
#include "lv_mem.h"
#include "draw/lv_image_resolve.h"

namespace {

void * default_malloc(size_t size, lv_color_format_t cf)
{
    (void)cf;
    return lv_malloc(size + LV_DRAW_BUF_ALIGN - 1);
}

void default_free(void * p) { lv_free(p); }

void * default_align(void * buf, lv_color_format_t cf)
{
    (void)cf;
    return (void *)(((lv_uintptr_t)buf + LV_DRAW_BUF_ALIGN - 1) & ~(lv_uintptr_t)(LV_DRAW_BUF_ALIGN - 1));
}

uint32_t default_stride(uint32_t w, lv_color_format_t cf)
{
    uint32_t bytes = (w * LV_COLOR_FORMAT_GET_BPP(cf) + 7) >> 3;
    return LV_ROUND_UP(bytes, LV_DRAW_BUF_STRIDE_ALIGN);
}

lv_draw_buf_handlers_t g_handlers = {default_malloc, default_free, default_align, NULL, NULL, default_stride};
lv_draw_buf_handlers_t g_font_handlers = {default_malloc, default_free, default_align, NULL, NULL, default_stride};
lv_draw_buf_handlers_t g_image_handlers = {default_malloc, default_free, default_align, NULL, NULL, default_stride};

uint32_t palette_bytes(lv_color_format_t cf) { return LV_COLOR_INDEXED_PALETTE_SIZE(cf) * sizeof(lv_color32_t); }

bool known_format(lv_color_format_t cf) { return LV_COLOR_FORMAT_GET_BPP(cf) != 0; }

} // namespace

extern "C" {

void lv_draw_buf_init_with_default_handlers(lv_draw_buf_handlers_t * handlers)
{
    if(!handlers) return;
    lv_draw_buf_handlers_init(handlers, default_malloc, default_free, default_align, NULL, NULL, default_stride);
}

void lv_draw_buf_handlers_init(lv_draw_buf_handlers_t * handlers, lv_draw_buf_malloc_cb buf_malloc_cb,
                               lv_draw_buf_free_cb buf_free_cb, lv_draw_buf_align_cb align_pointer_cb,
                               lv_draw_buf_cache_operation_cb invalidate_cache_cb,
                               lv_draw_buf_cache_operation_cb flush_cache_cb,
                               lv_draw_buf_width_to_stride_cb width_to_stride_cb)
{
    handlers->buf_malloc_cb = buf_malloc_cb;
    handlers->buf_free_cb = buf_free_cb;
    handlers->align_pointer_cb = align_pointer_cb;
    handlers->invalidate_cache_cb = invalidate_cache_cb;
    handlers->flush_cache_cb = flush_cache_cb;
    handlers->width_to_stride_cb = width_to_stride_cb;
}

lv_draw_buf_handlers_t * lv_draw_buf_get_handlers(void) { return &g_handlers; }

lv_draw_buf_handlers_t * lv_draw_buf_get_font_handlers(void) { return &g_font_handlers; }

lv_draw_buf_handlers_t * lv_draw_buf_get_image_handlers(void) { return &g_image_handlers; }

void * lv_draw_buf_align(void * buf, lv_color_format_t color_format)
{
    return lv_draw_buf_align_ex(&g_handlers, buf, color_format);
}

void * lv_draw_buf_align_ex(const lv_draw_buf_handlers_t * handlers, void * buf, lv_color_format_t color_format)
{
    if(handlers && handlers->align_pointer_cb) return handlers->align_pointer_cb(buf, color_format);
    return buf;
}

void lv_draw_buf_invalidate_cache(const lv_draw_buf_t * draw_buf, const lv_area_t * area)
{
    if(draw_buf && draw_buf->handlers && draw_buf->handlers->invalidate_cache_cb)
        draw_buf->handlers->invalidate_cache_cb(draw_buf, area);
}

void lv_draw_buf_flush_cache(const lv_draw_buf_t * draw_buf, const lv_area_t * area)
{
    if(draw_buf && draw_buf->handlers && draw_buf->handlers->flush_cache_cb)
        draw_buf->handlers->flush_cache_cb(draw_buf, area);
}

uint32_t lv_draw_buf_width_to_stride(uint32_t w, lv_color_format_t color_format)
{
    return lv_draw_buf_width_to_stride_ex(&g_handlers, w, color_format);
}

uint32_t lv_draw_buf_width_to_stride_ex(const lv_draw_buf_handlers_t * handlers, uint32_t w,
                                        lv_color_format_t color_format)
{
    if(handlers && handlers->width_to_stride_cb) return handlers->width_to_stride_cb(w, color_format);
    return default_stride(w, color_format);
}

void * lv_draw_buf_goto_xy(const lv_draw_buf_t * buf, uint32_t x, uint32_t y)
{
    if(buf == NULL || buf->data == NULL) return NULL;
    if(x >= buf->header.w || y >= buf->header.h) return NULL;
    uint32_t bpp = LV_COLOR_FORMAT_GET_BPP((lv_color_format_t)buf->header.cf);
    return buf->data + (size_t)buf->header.stride * y + (x * bpp) / 8;
}

void lv_draw_buf_clear(lv_draw_buf_t * draw_buf, const lv_area_t * a)
{
    if(draw_buf == NULL || draw_buf->data == NULL) return;
    const lv_image_header_t * h = &draw_buf->header;
    lv_area_t full = {0, 0, (int32_t)h->w - 1, (int32_t)h->h - 1};
    lv_area_t area;
    if(a == NULL) area = full;
    else if(!lv_area_intersect(&area, a, &full)) return;
    uint32_t bpp = LV_COLOR_FORMAT_GET_BPP((lv_color_format_t)h->cf);
    uint32_t x_bytes = (uint32_t)(area.x1 * (int32_t)bpp) / 8;
    uint32_t len = ((uint32_t)lv_area_get_width(&area) * bpp + 7) / 8;
    for(int32_t y = area.y1; y <= area.y2; y++) memset(draw_buf->data + (size_t)h->stride * y + x_bytes, 0, len);
}

void lv_draw_buf_copy(lv_draw_buf_t * dest, const lv_area_t * dest_area, const lv_draw_buf_t * src,
                      const lv_area_t * src_area)
{
    if(dest == NULL || src == NULL || dest->data == NULL || src->data == NULL) return;
    if(dest->header.cf != src->header.cf) return;
    lv_area_t da = dest_area ? *dest_area : lv_area_t{0, 0, (int32_t)dest->header.w - 1, (int32_t)dest->header.h - 1};
    lv_area_t sa = src_area ? *src_area : lv_area_t{0, 0, (int32_t)src->header.w - 1, (int32_t)src->header.h - 1};
    int32_t w = LV_MIN(lv_area_get_width(&da), lv_area_get_width(&sa));
    int32_t h = LV_MIN(lv_area_get_height(&da), lv_area_get_height(&sa));
    if(da.x1 < 0 || da.y1 < 0 || sa.x1 < 0 || sa.y1 < 0) return;
    w = LV_MIN(w, (int32_t)dest->header.w - da.x1);
    w = LV_MIN(w, (int32_t)src->header.w - sa.x1);
    h = LV_MIN(h, (int32_t)dest->header.h - da.y1);
    h = LV_MIN(h, (int32_t)src->header.h - sa.y1);
    if(w <= 0 || h <= 0) return;
    uint32_t bpp = LV_COLOR_FORMAT_GET_BPP((lv_color_format_t)src->header.cf);
    if(bpp < 8) return; /* sub-byte formats: not supported for partial copies */
    uint32_t px = bpp / 8;
    for(int32_t y = 0; y < h; y++) {
        memmove(dest->data + (size_t)dest->header.stride * (da.y1 + y) + (size_t)da.x1 * px,
                src->data + (size_t)src->header.stride * (sa.y1 + y) + (size_t)sa.x1 * px, (size_t)w * px);
    }
}

lv_result_t lv_draw_buf_init(lv_draw_buf_t * draw_buf, uint32_t w, uint32_t h, lv_color_format_t cf, uint32_t stride,
                             void * data, uint32_t data_size)
{
    if(draw_buf == NULL || data == NULL || !known_format(cf) || w > 0xFFFF || h > 0xFFFF) return LV_RESULT_INVALID;
    if(stride == 0) stride = lv_draw_buf_width_to_stride(w, cf);
    if(stride > 0xFFFF) return LV_RESULT_INVALID;
    uint32_t pal = palette_bytes(cf);
    if((uint64_t)stride * h + pal > data_size) return LV_RESULT_INVALID;
    memset(draw_buf, 0, sizeof(*draw_buf));
    draw_buf->header.magic = LV_IMAGE_HEADER_MAGIC;
    draw_buf->header.cf = cf;
    draw_buf->header.w = w;
    draw_buf->header.h = h;
    draw_buf->header.stride = stride;
    draw_buf->data = (uint8_t *)data;
    draw_buf->data_size = data_size;
    draw_buf->unaligned_data = data;
    draw_buf->handlers = &g_handlers;
    return LV_RESULT_OK;
}

lv_draw_buf_t * lv_draw_buf_create(uint32_t w, uint32_t h, lv_color_format_t cf, uint32_t stride)
{
    return lv_draw_buf_create_ex(&g_handlers, w, h, cf, stride);
}

lv_draw_buf_t * lv_draw_buf_create_ex(const lv_draw_buf_handlers_t * handlers, uint32_t w, uint32_t h,
                                      lv_color_format_t cf, uint32_t stride)
{
    if(!known_format(cf) || w > 0xFFFF || h > 0xFFFF) return NULL;
    if(handlers == NULL) handlers = &g_handlers;
    if(stride == 0) stride = lv_draw_buf_width_to_stride_ex(handlers, w, cf);
    if(stride > 0xFFFF) return NULL;
    uint64_t size64 = (uint64_t)stride * h + palette_bytes(cf);
    if(size64 > UINT32_MAX) return NULL;
    uint32_t size = (uint32_t)size64;
    lv_draw_buf_t * buf = (lv_draw_buf_t *)lv_malloc(sizeof(lv_draw_buf_t));
    if(buf == NULL) return NULL;
    void * mem = handlers->buf_malloc_cb(size, cf);
    if(mem == NULL) {
        lv_free(buf);
        return NULL;
    }
    memset(buf, 0, sizeof(*buf));
    buf->header.magic = LV_IMAGE_HEADER_MAGIC;
    buf->header.cf = cf;
    buf->header.w = w;
    buf->header.h = h;
    buf->header.stride = stride;
    buf->header.flags = LV_IMAGE_FLAGS_MODIFIABLE | LV_IMAGE_FLAGS_ALLOCATED;
    buf->unaligned_data = mem;
    buf->data = (uint8_t *)lv_draw_buf_align_ex(handlers, mem, cf);
    buf->data_size = size;
    buf->handlers = handlers;
    return buf;
}

lv_draw_buf_t * lv_draw_buf_dup(const lv_draw_buf_t * draw_buf) { return lv_draw_buf_dup_ex(&g_handlers, draw_buf); }

lv_draw_buf_t * lv_draw_buf_dup_ex(const lv_draw_buf_handlers_t * handlers, const lv_draw_buf_t * draw_buf)
{
    if(draw_buf == NULL) return NULL;
    const lv_image_header_t * h = &draw_buf->header;
    lv_draw_buf_t * nb = lv_draw_buf_create_ex(handlers, h->w, h->h, (lv_color_format_t)h->cf, h->stride);
    if(nb == NULL) return NULL;
    uint32_t n = LV_MIN(nb->data_size, draw_buf->data_size);
    memcpy(nb->data, draw_buf->data, n);
    nb->header.flags = (uint16_t)((h->flags & ~LV_IMAGE_FLAGS_ALLOCATED) | LV_IMAGE_FLAGS_ALLOCATED);
    return nb;
}

lv_draw_buf_t * lv_draw_buf_reshape(lv_draw_buf_t * draw_buf, lv_color_format_t cf, uint32_t w, uint32_t h,
                                    uint32_t stride)
{
    if(draw_buf == NULL) return NULL;
    if(cf == LV_COLOR_FORMAT_UNKNOWN) cf = (lv_color_format_t)draw_buf->header.cf;
    if(stride == 0) stride = lv_draw_buf_width_to_stride(w, cf);
    if((uint64_t)stride * h + palette_bytes(cf) > draw_buf->data_size) return NULL;
    draw_buf->header.cf = cf;
    draw_buf->header.w = w;
    draw_buf->header.h = h;
    draw_buf->header.stride = stride;
    return draw_buf;
}

void lv_draw_buf_destroy(lv_draw_buf_t * draw_buf)
{
    if(draw_buf == NULL) return;
    if(draw_buf->header.flags & LV_IMAGE_FLAGS_ALLOCATED) {
        const lv_draw_buf_handlers_t * h = draw_buf->handlers ? draw_buf->handlers : &g_handlers;
        h->buf_free_cb(draw_buf->unaligned_data);
        lv_free(draw_buf);
    }
}

lv_result_t lv_draw_buf_adjust_stride(lv_draw_buf_t * src, uint32_t stride)
{
    if(src == NULL || src->data == NULL) return LV_RESULT_INVALID;
    const uint32_t old = src->header.stride;
    if(stride == 0) stride = lv_draw_buf_width_to_stride(src->header.w, (lv_color_format_t)src->header.cf);
    if(stride == old) return LV_RESULT_OK;
    uint32_t min_stride = (src->header.w * LV_COLOR_FORMAT_GET_BPP((lv_color_format_t)src->header.cf) + 7) / 8;
    if(stride < min_stride || (uint64_t)stride * src->header.h > src->data_size) return LV_RESULT_INVALID;
    uint32_t h = src->header.h;
    if(stride > old) {
        for(int32_t y = (int32_t)h - 1; y >= 0; y--) memmove(src->data + (size_t)stride * y, src->data + (size_t)old * y, min_stride);
    }
    else {
        for(uint32_t y = 0; y < h; y++) memmove(src->data + (size_t)stride * y, src->data + (size_t)old * y, min_stride);
    }
    src->header.stride = stride;
    return LV_RESULT_OK;
}

lv_result_t lv_draw_buf_premultiply(lv_draw_buf_t * draw_buf)
{
    if(draw_buf == NULL || draw_buf->data == NULL) return LV_RESULT_INVALID;
    if(draw_buf->header.flags & LV_IMAGE_FLAGS_PREMULTIPLIED) return LV_RESULT_OK;
    if(draw_buf->header.cf != LV_COLOR_FORMAT_ARGB8888) return LV_RESULT_INVALID;
    for(uint32_t y = 0; y < draw_buf->header.h; y++) {
        lv_color32_t * row = (lv_color32_t *)(draw_buf->data + (size_t)draw_buf->header.stride * y);
        for(uint32_t x = 0; x < draw_buf->header.w; x++) lv_color_premultiply(&row[x]);
    }
    draw_buf->header.flags |= LV_IMAGE_FLAGS_PREMULTIPLIED;
    return LV_RESULT_OK;
}

bool lv_draw_buf_has_flag(const lv_draw_buf_t * draw_buf, lv_image_flags_t flag)
{
    return draw_buf && (draw_buf->header.flags & flag) == flag;
}

void lv_draw_buf_set_flag(lv_draw_buf_t * draw_buf, lv_image_flags_t flag)
{
    if(draw_buf) draw_buf->header.flags |= flag;
}

void lv_draw_buf_clear_flag(lv_draw_buf_t * draw_buf, lv_image_flags_t flag)
{
    if(draw_buf) draw_buf->header.flags &= ~flag;
}

lv_result_t lv_draw_buf_from_image(lv_draw_buf_t * buf, const lv_image_dsc_t * img)
{
    if(buf == NULL || img == NULL) return LV_RESULT_INVALID;
    lv_result_t r = lv_draw_buf_init(buf, img->header.w, img->header.h, (lv_color_format_t)img->header.cf,
                                     img->header.stride, (void *)img->data, img->data_size);
    if(r != LV_RESULT_OK) return r;
    buf->header.flags = img->header.flags & ~LV_IMAGE_FLAGS_ALLOCATED;
    return LV_RESULT_OK;
}

void lv_draw_buf_to_image(const lv_draw_buf_t * buf, lv_image_dsc_t * img)
{
    if(buf == NULL || img == NULL) return;
    memset(img, 0, sizeof(*img));
    img->header = buf->header;
    img->data = buf->data;
    img->data_size = buf->data_size;
}

void lv_draw_buf_set_palette(lv_draw_buf_t * draw_buf, uint8_t index, lv_color32_t color)
{
    if(draw_buf == NULL || draw_buf->data == NULL) return;
    uint32_t n = LV_COLOR_INDEXED_PALETTE_SIZE((lv_color_format_t)draw_buf->header.cf);
    if(index >= n) return;
    memcpy(draw_buf->data + index * sizeof(lv_color32_t), &color, sizeof(color));
}

void lv_image_buf_set_palette(lv_image_dsc_t * dsc, uint8_t id, lv_color32_t c)
{
    if(dsc == NULL || dsc->data == NULL) return;
    uint32_t n = LV_COLOR_INDEXED_PALETTE_SIZE((lv_color_format_t)dsc->header.cf);
    if(id >= n) return;
    memcpy((uint8_t *)dsc->data + id * sizeof(lv_color32_t), &c, sizeof(c));
}

void lv_image_buf_free(lv_image_dsc_t * dsc)
{
    if(dsc == NULL) return;
    lv_free((void *)dsc->data);
    lv_free(dsc);
}

lv_image_src_t lv_image_src_get_type(const void * src)
{
    if(src == NULL) return LV_IMAGE_SRC_UNKNOWN;
    const uint8_t * u8 = (const uint8_t *)src;
    /* as LVGL: ASCII is a path, above it a symbol, below it a descriptor (whose header
     * starts with the magic, or is zero when its data is an encoded image such as a PNG) */
    if(u8[0] >= 0x20 && u8[0] <= 0x7F) return LV_IMAGE_SRC_FILE;
    if(u8[0] >= 0x80) return LV_IMAGE_SRC_SYMBOL;
    return LV_IMAGE_SRC_VARIABLE;
}

lv_result_t lv_draw_buf_save_to_file(const lv_draw_buf_t * draw_buf, const char * path)
{
    if(draw_buf == NULL || path == NULL || (draw_buf->data == NULL && draw_buf->data_size != 0)) return LV_RESULT_INVALID;
    lv_fs_file_t file;
    if(lv_fs_open(&file, path, LV_FS_MODE_WR) != LV_FS_RES_OK) return LV_RESULT_INVALID;
    lv_image_cache_drop(path); /* the file changes under any decode of it */
    uint32_t written = 0;
    bool ok = lv_fs_write(&file, &draw_buf->header, sizeof(draw_buf->header), &written) == LV_FS_RES_OK &&
              written == sizeof(draw_buf->header);
    if(ok && draw_buf->data_size) {
        ok = lv_fs_write(&file, draw_buf->data, draw_buf->data_size, &written) == LV_FS_RES_OK &&
             written == draw_buf->data_size;
    }
    const bool closed = lv_fs_close(&file) == LV_FS_RES_OK;
    return ok && closed ? LV_RESULT_OK : LV_RESULT_INVALID;
}

} // extern "C"
