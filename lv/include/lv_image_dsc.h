/**
 * @file lv_image_dsc.h
 * Image headers and in-memory image descriptors (LVGL 9 layout).
 */
#ifndef LV_IMAGE_DSC_H
#define LV_IMAGE_DSC_H

#include "lv_color.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_IMAGE_HEADER_MAGIC (0x19)

typedef enum _lvimage_flags_t {
    LV_IMAGE_FLAGS_PREMULTIPLIED = 0x0001,
    LV_IMAGE_FLAGS_COMPRESSED = 0x0008,
    LV_IMAGE_FLAGS_ALLOCATED = 0x0010,
    LV_IMAGE_FLAGS_MODIFIABLE = 0x0020,
    LV_IMAGE_FLAGS_CUSTOM_DRAW = 0x0040,
    LV_IMAGE_FLAGS_USER1 = 0x0100,
    LV_IMAGE_FLAGS_USER2 = 0x0200,
    LV_IMAGE_FLAGS_USER3 = 0x0400,
    LV_IMAGE_FLAGS_USER4 = 0x0800,
    LV_IMAGE_FLAGS_USER5 = 0x1000,
    LV_IMAGE_FLAGS_USER6 = 0x2000,
    LV_IMAGE_FLAGS_USER7 = 0x4000,
    LV_IMAGE_FLAGS_USER8 = 0x8000,
} lv_image_flags_t;

typedef enum {
    LV_IMAGE_COMPRESS_NONE = 0,
    LV_IMAGE_COMPRESS_RLE = 1,
    LV_IMAGE_COMPRESS_LZ4 = 2,
} lv_image_compress_t;

typedef enum {
    LV_IMAGE_SRC_VARIABLE = 0,
    LV_IMAGE_SRC_FILE = 1,
    LV_IMAGE_SRC_SYMBOL = 2,
    LV_IMAGE_SRC_UNKNOWN = 3,
} lv_image_src_t;

typedef struct {
    uint32_t magic : 8;  /**< LV_IMAGE_HEADER_MAGIC */
    uint32_t cf : 8;     /**< lv_color_format_t */
    uint32_t flags : 16; /**< lv_image_flags_t */
    uint32_t w : 16;
    uint32_t h : 16;
    uint32_t stride : 16; /**< bytes per row */
    uint32_t reserved_2 : 16;
} lv_image_header_t;

/** An image in memory: header + pixel data (indexed formats start with the palette). */
struct _lv_image_dsc_t {
    lv_image_header_t header;
    uint32_t data_size;
    const uint8_t * data;
    const void * reserved;
    const void * reserved_2;
};

/** Number of palette entries in front of the pixels of an indexed format (0 otherwise). */
#define LV_COLOR_INDEXED_PALETTE_SIZE(cf) ((cf) == LV_COLOR_FORMAT_I1 ? 2 : \
                                           (cf) == LV_COLOR_FORMAT_I2 ? 4 : \
                                           (cf) == LV_COLOR_FORMAT_I4 ? 16 : \
                                           (cf) == LV_COLOR_FORMAT_I8 ? 256 : 0)

/** Declares an image defined in another file (C image arrays made by LVGL's converter). */
#define LV_IMAGE_DECLARE(var_name) extern const lv_image_dsc_t var_name;

/** What an image source pointer is: an lv_image_dsc_t, a file path, or a symbol string. */
lv_image_src_t lv_image_src_get_type(const void * src);

#ifdef __cplusplus
}
#endif

#endif
