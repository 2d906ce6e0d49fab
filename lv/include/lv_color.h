/**
 * @file lv_color.h
 * Colors, color formats, the material palette.
 */
#ifndef LV_COLOR_H
#define LV_COLOR_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An RGB888 color; memory order blue, green, red like LVGL 9. */
typedef struct {
    uint8_t blue;
    uint8_t green;
    uint8_t red;
} lv_color_t;

/** A color as an initializer (static tables of colors in C). */
#define LV_COLOR_MAKE(r8, g8, b8) {b8, g8, r8}

typedef struct {
    uint16_t blue : 5;
    uint16_t green : 6;
    uint16_t red : 5;
} lv_color16_t;

typedef struct {
    uint8_t blue;
    uint8_t green;
    uint8_t red;
    uint8_t alpha;
} lv_color32_t;

typedef struct {
    uint16_t h;
    uint8_t s;
    uint8_t v;
} lv_color_hsv_t;

typedef struct {
    uint8_t lumi;
    uint8_t alpha;
} lv_color16a_t;

typedef enum {
    LV_COLOR_FORMAT_UNKNOWN = 0x00,
    LV_COLOR_FORMAT_RAW = 0x01,
    LV_COLOR_FORMAT_RAW_ALPHA = 0x02,
    LV_COLOR_FORMAT_L8 = 0x06,
    LV_COLOR_FORMAT_I1 = 0x07,
    LV_COLOR_FORMAT_I2 = 0x08,
    LV_COLOR_FORMAT_I4 = 0x09,
    LV_COLOR_FORMAT_I8 = 0x0A,
    LV_COLOR_FORMAT_A8 = 0x0E,
    LV_COLOR_FORMAT_RGB565 = 0x12,
    LV_COLOR_FORMAT_ARGB8565 = 0x13,
    LV_COLOR_FORMAT_RGB565A8 = 0x14,
    LV_COLOR_FORMAT_AL88 = 0x15,
    LV_COLOR_FORMAT_RGB565_SWAPPED = 0x1B,
    LV_COLOR_FORMAT_RGB888 = 0x0F,
    LV_COLOR_FORMAT_ARGB8888 = 0x10,
    LV_COLOR_FORMAT_XRGB8888 = 0x11,
    LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED = 0x1A,
    LV_COLOR_FORMAT_A1 = 0x0B,
    LV_COLOR_FORMAT_A2 = 0x0C,
    LV_COLOR_FORMAT_A4 = 0x0D,
    LV_COLOR_FORMAT_ARGB1555 = 0x16,
    LV_COLOR_FORMAT_ARGB4444 = 0x17,
    LV_COLOR_FORMAT_ARGB2222 = 0x18,
    LV_COLOR_FORMAT_YUV_START = 0x20,
    LV_COLOR_FORMAT_I420 = 0x20,
    LV_COLOR_FORMAT_I422 = 0x21,
    LV_COLOR_FORMAT_I444 = 0x22,
    LV_COLOR_FORMAT_I400 = 0x23,
    LV_COLOR_FORMAT_NV21 = 0x24,
    LV_COLOR_FORMAT_NV12 = 0x25,
    LV_COLOR_FORMAT_YUY2 = 0x26,
    LV_COLOR_FORMAT_UYVY = 0x27,
    LV_COLOR_FORMAT_YUV_END = 0x27,
    LV_COLOR_FORMAT_PROPRIETARY_START = 0x30,
    LV_COLOR_FORMAT_NEMA_TSC_START = 0x30,
    LV_COLOR_FORMAT_NEMA_TSC4 = 0x30,
    LV_COLOR_FORMAT_NEMA_TSC6 = 0x31,
    LV_COLOR_FORMAT_NEMA_TSC6A = 0x32,
    LV_COLOR_FORMAT_NEMA_TSC6AP = 0x33,
    LV_COLOR_FORMAT_NEMA_TSC12 = 0x34,
    LV_COLOR_FORMAT_NEMA_TSC12A = 0x35,
    LV_COLOR_FORMAT_NEMA_TSC_END = 0x35,
    LV_COLOR_FORMAT_NATIVE = 0x12,
    LV_COLOR_FORMAT_NATIVE_WITH_ALPHA = 0x14,
} lv_color_format_t;

typedef enum {
    LV_PALETTE_RED,
    LV_PALETTE_PINK,
    LV_PALETTE_PURPLE,
    LV_PALETTE_DEEP_PURPLE,
    LV_PALETTE_INDIGO,
    LV_PALETTE_BLUE,
    LV_PALETTE_LIGHT_BLUE,
    LV_PALETTE_CYAN,
    LV_PALETTE_TEAL,
    LV_PALETTE_GREEN,
    LV_PALETTE_LIGHT_GREEN,
    LV_PALETTE_LIME,
    LV_PALETTE_YELLOW,
    LV_PALETTE_AMBER,
    LV_PALETTE_ORANGE,
    LV_PALETTE_DEEP_ORANGE,
    LV_PALETTE_BROWN,
    LV_PALETTE_BLUE_GREY,
    LV_PALETTE_GREY,
    LV_PALETTE_LAST,
    LV_PALETTE_NONE = 0xff,
} lv_palette_t;

uint8_t lv_color_format_get_bpp(lv_color_format_t cf);
uint8_t lv_color_format_get_size(lv_color_format_t cf);
bool lv_color_format_has_alpha(lv_color_format_t src_cf);
lv_color32_t lv_color_to_32(lv_color_t color, lv_opa_t opa);
uint32_t lv_color_to_int(lv_color_t c);
bool lv_color_eq(lv_color_t c1, lv_color_t c2);
bool lv_color32_eq(lv_color32_t c1, lv_color32_t c2);
/** A color from 0xRRGGBB. */
lv_color_t lv_color_hex(uint32_t c);
lv_color_t lv_color_make(uint8_t r, uint8_t g, uint8_t b);
lv_color32_t lv_color32_make(uint8_t r, uint8_t g, uint8_t b, uint8_t a);
/** A color from 0xRGB. */
lv_color_t lv_color_hex3(uint32_t c);
uint16_t lv_color_to_u16(lv_color_t color);
uint32_t lv_color_to_u32(lv_color_t color);
uint16_t lv_color_16_16_mix(uint16_t c1, uint16_t c2, uint8_t mix);
lv_color_t lv_color_lighten(lv_color_t c, lv_opa_t lvl);
lv_color_t lv_color_darken(lv_color_t c, lv_opa_t lvl);
lv_color_t lv_color_hsv_to_rgb(uint16_t h, uint8_t s, uint8_t v);
lv_color_hsv_t lv_color_rgb_to_hsv(uint8_t r8, uint8_t g8, uint8_t b8);
lv_color_hsv_t lv_color_to_hsv(lv_color_t color);
lv_color_t lv_color_white(void);
lv_color_t lv_color_black(void);
void lv_color_premultiply(lv_color32_t * c);
void lv_color16_premultiply(lv_color16_t * c, lv_opa_t a);
uint8_t lv_color_luminance(lv_color_t c);
uint8_t lv_color16_luminance(const lv_color16_t c);
uint8_t lv_color24_luminance(const uint8_t * c);
uint8_t lv_color32_luminance(lv_color32_t c);
uint16_t lv_color_swap_16(uint16_t c);
lv_color_t lv_palette_main(lv_palette_t p);
lv_color_t lv_palette_lighten(lv_palette_t p, uint8_t lvl);
lv_color_t lv_palette_darken(lv_palette_t p, uint8_t lvl);
/** Mixes c1 and c2: mix = 255 gives c1, 0 gives c2. */
lv_color_t lv_color_mix(lv_color_t c1, lv_color_t c2, uint8_t mix);
lv_color32_t lv_color_mix32(lv_color32_t fg, lv_color32_t bg);
lv_color32_t lv_color_mix32_premultiplied(lv_color32_t fg, lv_color32_t bg);
uint8_t lv_color_brightness(lv_color_t c);
lv_color32_t lv_color_over32(lv_color32_t fg, lv_color32_t bg);

#ifdef __cplusplus
}
#endif

#endif
