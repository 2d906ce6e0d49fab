/**
 * @file lv_draw_buf.h
 * Draw buffers: pixel memory with an image header, the target of all drawing.
 */
#ifndef LV_DRAW_BUF_H
#define LV_DRAW_BUF_H

#include "lv_area.h"
#include "lv_image_dsc.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_DRAW_BUF_STRIDE_ALIGN 1
#define LV_DRAW_BUF_ALIGN 4
#define LV_STRIDE_AUTO 0

#define LV_DRAW_BUF_STRIDE(w, cf) \
    ((((w) * LV_COLOR_FORMAT_GET_BPP(cf) + 7) / 8 + (LV_DRAW_BUF_STRIDE_ALIGN - 1)) / LV_DRAW_BUF_STRIDE_ALIGN * LV_DRAW_BUF_STRIDE_ALIGN)
#define LV_DRAW_BUF_SIZE(w, h, cf) \
    (LV_DRAW_BUF_STRIDE(w, cf) * (h) + LV_DRAW_BUF_ALIGN + LV_COLOR_INDEXED_PALETTE_SIZE(cf) * sizeof(lv_color32_t))

#ifndef LV_COLOR_FORMAT_GET_BPP
#define LV_COLOR_FORMAT_GET_BPP(cf) ( \
    (cf) == LV_COLOR_FORMAT_I1 ? 1 : (cf) == LV_COLOR_FORMAT_A1 ? 1 : \
    (cf) == LV_COLOR_FORMAT_I2 ? 2 : (cf) == LV_COLOR_FORMAT_A2 ? 2 : \
    (cf) == LV_COLOR_FORMAT_I4 ? 4 : (cf) == LV_COLOR_FORMAT_A4 ? 4 : \
    (cf) == LV_COLOR_FORMAT_L8 ? 8 : (cf) == LV_COLOR_FORMAT_A8 ? 8 : \
    (cf) == LV_COLOR_FORMAT_I8 ? 8 : (cf) == LV_COLOR_FORMAT_ARGB2222 ? 8 : \
    (cf) == LV_COLOR_FORMAT_AL88 ? 16 : (cf) == LV_COLOR_FORMAT_RGB565 ? 16 : \
    (cf) == LV_COLOR_FORMAT_RGB565_SWAPPED ? 16 : (cf) == LV_COLOR_FORMAT_RGB565A8 ? 16 : \
    (cf) == LV_COLOR_FORMAT_ARGB1555 ? 16 : (cf) == LV_COLOR_FORMAT_ARGB4444 ? 16 : \
    (cf) == LV_COLOR_FORMAT_ARGB8565 ? 24 : (cf) == LV_COLOR_FORMAT_RGB888 ? 24 : \
    (cf) == LV_COLOR_FORMAT_ARGB8888 ? 32 : (cf) == LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED ? 32 : \
    (cf) == LV_COLOR_FORMAT_XRGB8888 ? 32 : 0)
#define LV_COLOR_FORMAT_GET_SIZE(cf) ((LV_COLOR_FORMAT_GET_BPP(cf) + 7) >> 3)
#endif

typedef void * (*lv_draw_buf_malloc_cb)(size_t size, lv_color_format_t color_format);
typedef void (*lv_draw_buf_free_cb)(void * draw_buf);
typedef void * (*lv_draw_buf_align_cb)(void * buf, lv_color_format_t color_format);
typedef void (*lv_draw_buf_cache_operation_cb)(const lv_draw_buf_t * draw_buf, const lv_area_t * area);
typedef uint32_t (*lv_draw_buf_width_to_stride_cb)(uint32_t w, lv_color_format_t color_format);

typedef struct {
    lv_draw_buf_malloc_cb buf_malloc_cb;
    lv_draw_buf_free_cb buf_free_cb;
    lv_draw_buf_align_cb align_pointer_cb;
    lv_draw_buf_cache_operation_cb invalidate_cache_cb;
    lv_draw_buf_cache_operation_cb flush_cache_cb;
    lv_draw_buf_width_to_stride_cb width_to_stride_cb;
} lv_draw_buf_handlers_t;

struct _lv_draw_buf_t {
    lv_image_header_t header;
    uint32_t data_size; /**< bytes usable from `data` */
    uint8_t * data;     /**< first pixel (after the palette for indexed formats) */
    void * unaligned_data; /**< what the allocator returned, NULL when not owned */
    const lv_draw_buf_handlers_t * handlers;
};

/** A static draw buffer of the given size and color format (memory in a static array). */
#define LV_DRAW_BUF_DEFINE_STATIC(name, _w, _h, _cf) \
    static uint8_t buf_##name[LV_DRAW_BUF_SIZE(_w, _h, _cf)]; \
    static lv_draw_buf_t name = { \
        {LV_IMAGE_HEADER_MAGIC, (_cf), LV_IMAGE_FLAGS_MODIFIABLE, (_w), (_h), LV_DRAW_BUF_STRIDE(_w, _cf), 0}, \
        sizeof(buf_##name), buf_##name, buf_##name, NULL}
#define LV_DRAW_BUF_INIT_STATIC(name) \
    do { \
        lv_image_header_t * header = &name.header; \
        lv_draw_buf_init(&name, header->w, header->h, (lv_color_format_t)header->cf, header->stride, buf_##name, sizeof(buf_##name)); \
        lv_draw_buf_set_flag(&name, LV_IMAGE_FLAGS_MODIFIABLE); \
    } while(0)

void lv_draw_buf_init_with_default_handlers(lv_draw_buf_handlers_t * handlers);
void lv_draw_buf_handlers_init(lv_draw_buf_handlers_t * handlers, lv_draw_buf_malloc_cb buf_malloc_cb,
                               lv_draw_buf_free_cb buf_free_cb, lv_draw_buf_align_cb align_pointer_cb,
                               lv_draw_buf_cache_operation_cb invalidate_cache_cb,
                               lv_draw_buf_cache_operation_cb flush_cache_cb,
                               lv_draw_buf_width_to_stride_cb width_to_stride_cb);
lv_draw_buf_handlers_t * lv_draw_buf_get_handlers(void);
lv_draw_buf_handlers_t * lv_draw_buf_get_font_handlers(void);
lv_draw_buf_handlers_t * lv_draw_buf_get_image_handlers(void);
void * lv_draw_buf_align(void * buf, lv_color_format_t color_format);
void * lv_draw_buf_align_ex(const lv_draw_buf_handlers_t * handlers, void * buf, lv_color_format_t color_format);
void lv_draw_buf_invalidate_cache(const lv_draw_buf_t * draw_buf, const lv_area_t * area);
void lv_draw_buf_flush_cache(const lv_draw_buf_t * draw_buf, const lv_area_t * area);
/** Bytes per row for a width in a color format. */
uint32_t lv_draw_buf_width_to_stride(uint32_t w, lv_color_format_t color_format);
uint32_t lv_draw_buf_width_to_stride_ex(const lv_draw_buf_handlers_t * handlers, uint32_t w, lv_color_format_t color_format);
/** Zeroes an area (NULL: all) of the buffer. */
void lv_draw_buf_clear(lv_draw_buf_t * draw_buf, const lv_area_t * a);
/** Copies pixels between buffers of the same color format; NULL areas mean whole buffers. */
void lv_draw_buf_copy(lv_draw_buf_t * dest, const lv_area_t * dest_area, const lv_draw_buf_t * src, const lv_area_t * src_area);
/** Allocates a buffer (stride 0: automatic). NULL when out of memory or arguments are bad. */
lv_draw_buf_t * lv_draw_buf_create(uint32_t w, uint32_t h, lv_color_format_t cf, uint32_t stride);
lv_draw_buf_t * lv_draw_buf_create_ex(const lv_draw_buf_handlers_t * handlers, uint32_t w, uint32_t h, lv_color_format_t cf, uint32_t stride);
lv_draw_buf_t * lv_draw_buf_dup(const lv_draw_buf_t * draw_buf);
lv_draw_buf_t * lv_draw_buf_dup_ex(const lv_draw_buf_handlers_t * handlers, const lv_draw_buf_t * draw_buf);
/** Wraps caller memory; LV_RESULT_INVALID when it is too small. */
lv_result_t lv_draw_buf_init(lv_draw_buf_t * draw_buf, uint32_t w, uint32_t h, lv_color_format_t cf, uint32_t stride, void * data, uint32_t data_size);
lv_draw_buf_t * lv_draw_buf_reshape(lv_draw_buf_t * draw_buf, lv_color_format_t cf, uint32_t w, uint32_t h, uint32_t stride);
void lv_draw_buf_destroy(lv_draw_buf_t * draw_buf);
void * lv_draw_buf_goto_xy(const lv_draw_buf_t * buf, uint32_t x, uint32_t y);
lv_result_t lv_draw_buf_adjust_stride(lv_draw_buf_t * src, uint32_t stride);
lv_result_t lv_draw_buf_premultiply(lv_draw_buf_t * draw_buf);
bool lv_draw_buf_has_flag(const lv_draw_buf_t * draw_buf, lv_image_flags_t flag);
void lv_draw_buf_set_flag(lv_draw_buf_t * draw_buf, lv_image_flags_t flag);
void lv_draw_buf_clear_flag(lv_draw_buf_t * draw_buf, lv_image_flags_t flag);
lv_result_t lv_draw_buf_from_image(lv_draw_buf_t * buf, const lv_image_dsc_t * img);
void lv_draw_buf_to_image(const lv_draw_buf_t * buf, lv_image_dsc_t * img);
void lv_draw_buf_set_palette(lv_draw_buf_t * draw_buf, uint8_t index, lv_color32_t color);
/** Writes the buffer to a file through lv_fs: its lv_image_header_t, then its data_size
 *  bytes of pixels (LVGL's binary image layout). A cached decode of that path is dropped.
 *  LV_RESULT_INVALID when the file cannot be opened or fully written. */
lv_result_t lv_draw_buf_save_to_file(const lv_draw_buf_t * draw_buf, const char * path);
void lv_image_buf_set_palette(lv_image_dsc_t * dsc, uint8_t id, lv_color32_t c);
void lv_image_buf_free(lv_image_dsc_t * dsc);

#ifdef __cplusplus
}
#endif

#endif
