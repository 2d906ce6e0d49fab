/**
 * @file tk_color.h
 * Colours: a struct passed by value with inline helpers, a union with a bitfield struct
 * member, a typedef chosen by a macro, a palette enum with a private counter member, and a
 * filter callback whose struct is declared by tag before its typedef.
 */
#ifndef TK_COLOR_H
#define TK_COLOR_H

#include "tk_types.h"

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TK_OPA_TRANSP = 0,
    TK_OPA_50 = 127,
    TK_OPA_COVER = 255,
};
#define TK_OPA_MIN 2
#define TK_OPA_MAX 253

typedef struct {
    uint8_t blue;
    uint8_t green;
    uint8_t red;
} tk_color_t;

/** A 16-bit colour: one value, or its three channels as bitfields. */
typedef union {
    struct {
        uint16_t blue : 5;
        uint16_t green : 6;
        uint16_t red : 5;
    } ch;
    uint16_t full;
} tk_color16_t;

typedef struct {
    uint8_t blue;
    uint8_t green;
    uint8_t red;
    uint8_t alpha;
} tk_color32_t;

/** The native pixel type, picked by the configuration. */
typedef TK_CONCAT3(tk_color, TK_COLOR_DEPTH, _t) tk_color_native_t;

typedef enum {
    TK_PALETTE_RED,
    TK_PALETTE_BLUE,
    TK_PALETTE_GREY,
    _TK_PALETTE_LAST,
    TK_PALETTE_NONE = 0xff,
} tk_palette_t;

struct tk_color_filter_dsc_t;
typedef tk_color_t (*tk_color_filter_cb_t)(const struct tk_color_filter_dsc_t *, tk_color_t, tk_opa_t);

typedef struct tk_color_filter_dsc_t {
    tk_color_filter_cb_t filter_cb;
    void * user_data;
} tk_color_filter_dsc_t;

void tk_color_filter_dsc_init(tk_color_filter_dsc_t * dsc, tk_color_filter_cb_t cb);

/** A colour from a 0xRRGGBB value. */
static inline tk_color_t tk_color_hex(uint32_t c)
{
    tk_color_t ret;
    ret.red = (uint8_t)((c >> 16) & 0xff);
    ret.green = (uint8_t)((c >> 8) & 0xff);
    ret.blue = (uint8_t)(c & 0xff);
    return ret;
}

/** Mix two colours (an attribute macro before `static inline`). */
TK_ATTRIBUTE_FAST_MEM static inline tk_color_t tk_color_mix(tk_color_t c1, tk_color_t c2, uint8_t mix)
{
    tk_color_t ret;
    ret.red = (uint8_t)((c1.red * mix + c2.red * (255 - mix)) / 255);
    ret.green = (uint8_t)((c1.green * mix + c2.green * (255 - mix)) / 255);
    ret.blue = (uint8_t)((c1.blue * mix + c2.blue * (255 - mix)) / 255);
    return ret;
}

/** Packs a colour into 16 bits. */
tk_color16_t tk_color_to_16(tk_color_t c);

/** A palette colour. */
tk_color_t tk_palette_main(tk_palette_t p);

#ifdef __cplusplus
} /*extern "C"*/
#endif

#endif /*TK_COLOR_H*/
