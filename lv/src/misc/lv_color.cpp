// Colors: construction, conversion, mixing, HSV, and the material design palette.
#include "lv_color.h"

#include "lv_draw_buf.h"
#include "lv_math.h"

namespace {

/* The material palette: main (500), lighten 1..5 (400, 300, 200, 100, 50), darken 1..4 (600..900). */
struct PaletteRow {
    uint32_t main;
    uint32_t lighten[5];
    uint32_t darken[4];
};

const PaletteRow kPalette[LV_PALETTE_LAST] = {
    {0xF44336, {0xEF5350, 0xE57373, 0xEF9A9A, 0xFFCDD2, 0xFFEBEE}, {0xE53935, 0xD32F2F, 0xC62828, 0xB71C1C}},
    {0xE91E63, {0xEC407A, 0xF06292, 0xF48FB1, 0xF8BBD0, 0xFCE4EC}, {0xD81B60, 0xC2185B, 0xAD1457, 0x880E4F}},
    {0x9C27B0, {0xAB47BC, 0xBA68C8, 0xCE93D8, 0xE1BEE7, 0xF3E5F5}, {0x8E24AA, 0x7B1FA2, 0x6A1B9A, 0x4A148C}},
    {0x673AB7, {0x7E57C2, 0x9575CD, 0xB39DDB, 0xD1C4E9, 0xEDE7F6}, {0x5E35B1, 0x512DA8, 0x4527A0, 0x311B92}},
    {0x3F51B5, {0x5C6BC0, 0x7986CB, 0x9FA8DA, 0xC5CAE9, 0xE8EAF6}, {0x3949AB, 0x303F9F, 0x283593, 0x1A237E}},
    {0x2196F3, {0x42A5F5, 0x64B5F6, 0x90CAF9, 0xBBDEFB, 0xE3F2FD}, {0x1E88E5, 0x1976D2, 0x1565C0, 0x0D47A1}},
    {0x03A9F4, {0x29B6F6, 0x4FC3F7, 0x81D4FA, 0xB3E5FC, 0xE1F5FE}, {0x039BE5, 0x0288D1, 0x0277BD, 0x01579B}},
    {0x00BCD4, {0x26C6DA, 0x4DD0E1, 0x80DEEA, 0xB2EBF2, 0xE0F7FA}, {0x00ACC1, 0x0097A7, 0x00838F, 0x006064}},
    {0x009688, {0x26A69A, 0x4DB6AC, 0x80CBC4, 0xB2DFDB, 0xE0F2F1}, {0x00897B, 0x00796B, 0x00695C, 0x004D40}},
    {0x4CAF50, {0x66BB6A, 0x81C784, 0xA5D6A7, 0xC8E6C9, 0xE8F5E9}, {0x43A047, 0x388E3C, 0x2E7D32, 0x1B5E20}},
    {0x8BC34A, {0x9CCC65, 0xAED581, 0xC5E1A5, 0xDCEDC8, 0xF1F8E9}, {0x7CB342, 0x689F38, 0x558B2F, 0x33691E}},
    {0xCDDC39, {0xD4E157, 0xDCE775, 0xE6EE9C, 0xF0F4C3, 0xF9FBE7}, {0xC0CA33, 0xAFB42B, 0x9E9D24, 0x827717}},
    {0xFFEB3B, {0xFFEE58, 0xFFF176, 0xFFF59D, 0xFFF9C4, 0xFFFDE7}, {0xFDD835, 0xFBC02D, 0xF9A825, 0xF57F17}},
    {0xFFC107, {0xFFCA28, 0xFFD54F, 0xFFE082, 0xFFECB3, 0xFFF8E1}, {0xFFB300, 0xFFA000, 0xFF8F00, 0xFF6F00}},
    {0xFF9800, {0xFFA726, 0xFFB74D, 0xFFCC80, 0xFFE0B2, 0xFFF3E0}, {0xFB8C00, 0xF57C00, 0xEF6C00, 0xE65100}},
    {0xFF5722, {0xFF7043, 0xFF8A65, 0xFFAB91, 0xFFCCBC, 0xFBE9E7}, {0xF4511E, 0xE64A19, 0xD84315, 0xBF360C}},
    {0x795548, {0x8D6E63, 0xA1887F, 0xBCAAA4, 0xD7CCC8, 0xEFEBE9}, {0x6D4C41, 0x5D4037, 0x4E342E, 0x3E2723}},
    {0x607D8B, {0x78909C, 0x90A4AE, 0xB0BEC5, 0xCFD8DC, 0xECEFF1}, {0x546E7A, 0x455A64, 0x37474F, 0x263238}},
    {0x9E9E9E, {0xBDBDBD, 0xE0E0E0, 0xEEEEEE, 0xF5F5F5, 0xFAFAFA}, {0x757575, 0x616161, 0x424242, 0x212121}},
};

uint8_t mix_channel(uint8_t a, uint8_t b, uint8_t mix)
{
    return (uint8_t)(((uint32_t)a * mix + (uint32_t)b * (255 - mix) + 128) * 0x8081U >> 23);
}

} // namespace

extern "C" {

uint8_t lv_color_format_get_bpp(lv_color_format_t cf) { return LV_COLOR_FORMAT_GET_BPP(cf); }

uint8_t lv_color_format_get_size(lv_color_format_t cf) { return LV_COLOR_FORMAT_GET_SIZE(cf); }

bool lv_color_format_has_alpha(lv_color_format_t cf)
{
    switch(cf) {
        case LV_COLOR_FORMAT_A1:
        case LV_COLOR_FORMAT_A2:
        case LV_COLOR_FORMAT_A4:
        case LV_COLOR_FORMAT_A8:
        case LV_COLOR_FORMAT_I1:
        case LV_COLOR_FORMAT_I2:
        case LV_COLOR_FORMAT_I4:
        case LV_COLOR_FORMAT_I8:
        case LV_COLOR_FORMAT_ARGB8565:
        case LV_COLOR_FORMAT_RGB565A8:
        case LV_COLOR_FORMAT_AL88:
        case LV_COLOR_FORMAT_ARGB8888:
        case LV_COLOR_FORMAT_ARGB8888_PREMULTIPLIED:
        case LV_COLOR_FORMAT_ARGB1555:
        case LV_COLOR_FORMAT_ARGB4444:
        case LV_COLOR_FORMAT_ARGB2222:
            return true;
        default:
            return false;
    }
}

lv_color32_t lv_color_to_32(lv_color_t color, lv_opa_t opa)
{
    lv_color32_t c = {color.blue, color.green, color.red, opa};
    return c;
}

uint32_t lv_color_to_int(lv_color_t c) { return ((uint32_t)c.red << 16) | ((uint32_t)c.green << 8) | c.blue; }

bool lv_color_eq(lv_color_t c1, lv_color_t c2)
{
    return c1.red == c2.red && c1.green == c2.green && c1.blue == c2.blue;
}

bool lv_color32_eq(lv_color32_t c1, lv_color32_t c2)
{
    return c1.red == c2.red && c1.green == c2.green && c1.blue == c2.blue && c1.alpha == c2.alpha;
}

lv_color_t lv_color_hex(uint32_t c)
{
    lv_color_t r = {(uint8_t)(c & 0xFF), (uint8_t)((c >> 8) & 0xFF), (uint8_t)((c >> 16) & 0xFF)};
    return r;
}

lv_color_t lv_color_make(uint8_t r, uint8_t g, uint8_t b)
{
    lv_color_t c = {b, g, r};
    return c;
}

lv_color32_t lv_color32_make(uint8_t r, uint8_t g, uint8_t b, uint8_t a)
{
    lv_color32_t c = {b, g, r, a};
    return c;
}

lv_color_t lv_color_hex3(uint32_t c)
{
    uint8_t r = (uint8_t)((c >> 8) & 0xF);
    uint8_t g = (uint8_t)((c >> 4) & 0xF);
    uint8_t b = (uint8_t)(c & 0xF);
    return lv_color_make((uint8_t)(r | (r << 4)), (uint8_t)(g | (g << 4)), (uint8_t)(b | (b << 4)));
}

uint16_t lv_color_to_u16(lv_color_t color)
{
    return (uint16_t)(((color.red & 0xF8) << 8) | ((color.green & 0xFC) << 3) | (color.blue >> 3));
}

uint32_t lv_color_to_u32(lv_color_t color) { return 0xFF000000u | lv_color_to_int(color); }

uint16_t lv_color_16_16_mix(uint16_t c1, uint16_t c2, uint8_t mix)
{
    if(mix == 255) return c1;
    if(mix == 0 || c1 == c2) return mix == 0 ? c2 : c1;
    /* all three channels at once with a 5-bit mix: spread 565 as 0b00000GGGGGG00000RRRRR000000BBBBB
     * over 32 bits so the products of each channel cannot run into the next (as the original) */
    uint32_t m = ((uint32_t)mix + 4) >> 3;
    const uint32_t spread = 0x07E0F81Fu;
    uint32_t bg = ((uint32_t)c2 | ((uint32_t)c2 << 16)) & spread;
    uint32_t fg = ((uint32_t)c1 | ((uint32_t)c1 << 16)) & spread;
    uint32_t r = ((((fg - bg) * m) >> 5) + bg) & spread;
    return (uint16_t)((r >> 16) | r);
}

lv_color_t lv_color_mix(lv_color_t c1, lv_color_t c2, uint8_t mix)
{
    lv_color_t r;
    r.red = mix_channel(c1.red, c2.red, mix);
    r.green = mix_channel(c1.green, c2.green, mix);
    r.blue = mix_channel(c1.blue, c2.blue, mix);
    return r;
}

lv_color32_t lv_color_mix32(lv_color32_t fg, lv_color32_t bg)
{
    if(fg.alpha >= LV_OPA_MAX) {
        fg.alpha = bg.alpha;
        return fg;
    }
    if(fg.alpha <= LV_OPA_MIN) return bg;
    bg.red = (uint8_t)((fg.red * fg.alpha + bg.red * (255 - fg.alpha)) >> 8);
    bg.green = (uint8_t)((fg.green * fg.alpha + bg.green * (255 - fg.alpha)) >> 8);
    bg.blue = (uint8_t)((fg.blue * fg.alpha + bg.blue * (255 - fg.alpha)) >> 8);
    return bg;
}

lv_color32_t lv_color_mix32_premultiplied(lv_color32_t fg, lv_color32_t bg)
{
    if(fg.alpha >= LV_OPA_MAX) return fg;
    if(fg.alpha <= LV_OPA_MIN) return bg;
    uint32_t inv = 255 - fg.alpha;
    lv_color32_t r;
    r.red = (uint8_t)(fg.red + (bg.red * inv >> 8));
    r.green = (uint8_t)(fg.green + (bg.green * inv >> 8));
    r.blue = (uint8_t)(fg.blue + (bg.blue * inv >> 8));
    r.alpha = (uint8_t)(fg.alpha + (bg.alpha * inv >> 8));
    return r;
}

lv_color32_t lv_color_over32(lv_color32_t fg, lv_color32_t bg)
{
    if(fg.alpha >= LV_OPA_MAX || bg.alpha <= LV_OPA_MIN) return fg;
    if(fg.alpha <= LV_OPA_MIN) return bg;
    /* Porter-Duff "over" with straight alpha */
    uint32_t res_a = 255 * 255 - (255 - fg.alpha) * (255 - bg.alpha);
    uint32_t fw = fg.alpha * 255;
    uint32_t bw = (255 - fg.alpha) * bg.alpha;
    lv_color32_t r;
    r.red = (uint8_t)((fg.red * fw + bg.red * bw) / res_a);
    r.green = (uint8_t)((fg.green * fw + bg.green * bw) / res_a);
    r.blue = (uint8_t)((fg.blue * fw + bg.blue * bw) / res_a);
    r.alpha = (uint8_t)(res_a / 255);
    return r;
}

lv_color_t lv_color_lighten(lv_color_t c, lv_opa_t lvl) { return lv_color_mix(lv_color_white(), c, lvl); }

lv_color_t lv_color_darken(lv_color_t c, lv_opa_t lvl) { return lv_color_mix(lv_color_black(), c, lvl); }

lv_color_t lv_color_hsv_to_rgb(uint16_t h, uint8_t s, uint8_t v)
{
    uint32_t hh = ((uint32_t)h * 255) / 360;
    uint32_t ss = ((uint32_t)s * 255) / 100;
    uint32_t vv = ((uint32_t)v * 255) / 100;
    if(ss == 0) return lv_color_make((uint8_t)vv, (uint8_t)vv, (uint8_t)vv);
    uint32_t region = hh / 43;
    uint32_t remainder = (hh - region * 43) * 6;
    uint8_t p = (uint8_t)((vv * (255 - ss)) >> 8);
    uint8_t q = (uint8_t)((vv * (255 - ((ss * remainder) >> 8))) >> 8);
    uint8_t t = (uint8_t)((vv * (255 - ((ss * (255 - remainder)) >> 8))) >> 8);
    uint8_t vb = (uint8_t)vv;
    switch(region) {
        case 0: return lv_color_make(vb, t, p);
        case 1: return lv_color_make(q, vb, p);
        case 2: return lv_color_make(p, vb, t);
        case 3: return lv_color_make(p, q, vb);
        case 4: return lv_color_make(t, p, vb);
        default: return lv_color_make(vb, p, q);
    }
}

lv_color_hsv_t lv_color_rgb_to_hsv(uint8_t r8, uint8_t g8, uint8_t b8)
{
    int32_t r = ((uint32_t)r8 << 10) / 255;
    int32_t g = ((uint32_t)g8 << 10) / 255;
    int32_t b = ((uint32_t)b8 << 10) / 255;
    int32_t rgb_min = LV_MIN(r, LV_MIN(g, b));
    int32_t rgb_max = LV_MAX(r, LV_MAX(g, b));
    lv_color_hsv_t hsv;
    hsv.v = (uint8_t)((100 * rgb_max) >> 10);
    int32_t delta = rgb_max - rgb_min;
    if(delta < 3) {
        hsv.h = 0;
        hsv.s = 0;
        return hsv;
    }
    hsv.s = (uint8_t)(100 * delta / rgb_max);
    int32_t h;
    if(rgb_max == r) h = (((g - b) << 10) / delta) + (g < b ? (6 << 10) : 0);
    else if(rgb_max == g) h = (((b - r) << 10) / delta) + (2 << 10);
    else h = (((r - g) << 10) / delta) + (4 << 10);
    h *= 60;
    h >>= 10;
    if(h < 0) h += 360;
    hsv.h = (uint16_t)(h % 360);
    return hsv;
}

lv_color_hsv_t lv_color_to_hsv(lv_color_t color) { return lv_color_rgb_to_hsv(color.red, color.green, color.blue); }

lv_color_t lv_color_white(void) { return lv_color_make(0xFF, 0xFF, 0xFF); }

lv_color_t lv_color_black(void) { return lv_color_make(0, 0, 0); }

void lv_color_premultiply(lv_color32_t * c)
{
    if(!c) return;
    if(c->alpha == LV_OPA_COVER) return;
    if(c->alpha == LV_OPA_TRANSP) {
        c->red = c->green = c->blue = 0;
        return;
    }
    c->red = (uint8_t)LV_UDIV255(c->red * c->alpha);
    c->green = (uint8_t)LV_UDIV255(c->green * c->alpha);
    c->blue = (uint8_t)LV_UDIV255(c->blue * c->alpha);
}

void lv_color16_premultiply(lv_color16_t * c, lv_opa_t a)
{
    if(a == LV_OPA_COVER) return;
    c->red = (uint16_t)LV_UDIV255(c->red * a);
    c->green = (uint16_t)LV_UDIV255(c->green * a);
    c->blue = (uint16_t)LV_UDIV255(c->blue * a);
}

uint8_t lv_color_luminance(lv_color_t c) { return (uint8_t)((c.red * 76 + c.green * 150 + c.blue * 29) >> 8); }

uint8_t lv_color16_luminance(const lv_color16_t c)
{
    return (uint8_t)((c.red * 8 * 76 + c.green * 4 * 150 + c.blue * 8 * 29) >> 8);
}

uint8_t lv_color24_luminance(const uint8_t * c) { return c ? (uint8_t)((c[2] * 76 + c[1] * 150 + c[0] * 29) >> 8) : 0; }

uint8_t lv_color32_luminance(lv_color32_t c) { return (uint8_t)((c.red * 76 + c.green * 150 + c.blue * 29) >> 8); }

uint16_t lv_color_swap_16(uint16_t c) { return (uint16_t)((c >> 8) | (c << 8)); }

uint8_t lv_color_brightness(lv_color_t c) { return (uint8_t)((c.red + c.green + c.blue) / 3); }

lv_color_t lv_palette_main(lv_palette_t p)
{
    if(p >= LV_PALETTE_LAST) return lv_color_black();
    return lv_color_hex(kPalette[p].main);
}

lv_color_t lv_palette_lighten(lv_palette_t p, uint8_t lvl)
{
    if(p >= LV_PALETTE_LAST || lvl < 1 || lvl > 5) return lv_color_black();
    return lv_color_hex(kPalette[p].lighten[lvl - 1]);
}

lv_color_t lv_palette_darken(lv_palette_t p, uint8_t lvl)
{
    if(p >= LV_PALETTE_LAST || lvl < 1 || lvl > 4) return lv_color_black();
    return lv_color_hex(kPalette[p].darken[lvl - 1]);
}

} // extern "C"
