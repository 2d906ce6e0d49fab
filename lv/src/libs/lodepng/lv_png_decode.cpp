/**
 * @file lv_png_decode.cpp
 * PNG (ISO 15445) to an ARGB8888 lv_image_dsc_t: chunks, inflate of the IDAT stream,
 * the five scanline filters, Adam7 interlacing, every color type and bit depth, PLTE and
 * tRNS transparency. 16-bit samples keep their high byte, as LVGL's lodepng decoder does.
 */
#include "lv_png_decode.h"

#include "lv_inflate.h"

#include <string.h>

namespace {

const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

enum ColorType : uint8_t { GREY = 0, RGB = 2, PALETTE = 3, GREY_ALPHA = 4, RGBA = 6 };

struct Png {
    uint32_t w, h;
    uint8_t depth, color_type, interlace;
    uint8_t palette[256][4]; /* r, g, b, a */
    uint32_t palette_size;
    bool has_key;            /* tRNS of grey/RGB images: one transparent color */
    uint16_t key[3];
};

uint32_t be32(const uint8_t * p) { return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]; }

int channels(uint8_t color_type)
{
    switch(color_type) {
        case GREY: case PALETTE: return 1;
        case GREY_ALPHA: return 2;
        case RGB: return 3;
        default: return 4;
    }
}

bool valid_depth(uint8_t ct, uint8_t d)
{
    switch(ct) {
        case GREY: return d == 1 || d == 2 || d == 4 || d == 8 || d == 16;
        case PALETTE: return d == 1 || d == 2 || d == 4 || d == 8;
        case RGB: case GREY_ALPHA: case RGBA: return d == 8 || d == 16;
        default: return false;
    }
}

/** The seven Adam7 passes: start x, start y, step x, step y. */
const uint8_t kAdam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

struct Pass {
    uint32_t x0, y0, dx, dy, w, h;
};

int pass_count(const Png & png) { return png.interlace ? 7 : 1; }

Pass pass_of(const Png & png, int i)
{
    if(!png.interlace) return {0, 0, 1, 1, png.w, png.h};
    const uint8_t * a = kAdam7[i];
    Pass p = {a[0], a[1], a[2], a[3], 0, 0};
    p.w = png.w > p.x0 ? (png.w - p.x0 + p.dx - 1) / p.dx : 0;
    p.h = png.h > p.y0 ? (png.h - p.y0 + p.dy - 1) / p.dy : 0;
    return p;
}

size_t row_bytes(const Png & png, uint32_t w) { return ((size_t)w * channels(png.color_type) * png.depth + 7) / 8; }

/** Bytes of the filtered (inflated) stream: per pass, per row, a filter byte + the row. */
size_t raw_size(const Png & png)
{
    size_t total = 0;
    for(int i = 0; i < pass_count(png); i++) {
        Pass p = pass_of(png, i);
        if(p.w && p.h) total += (size_t)p.h * (1 + row_bytes(png, p.w));
    }
    return total;
}

uint8_t paeth(int a, int b, int c)
{
    int p = a + b - c;
    int pa = p > a ? p - a : a - p;
    int pb = p > b ? p - b : b - p;
    int pc = p > c ? p - c : c - p;
    if(pa <= pb && pa <= pc) return (uint8_t)a;
    return (uint8_t)(pb <= pc ? b : c);
}

/** Undoes one row's filter in place; prev is the previous unfiltered row or NULL. */
bool unfilter(uint8_t type, uint8_t * row, const uint8_t * prev, size_t len, size_t bpp)
{
    for(size_t i = 0; i < len; i++) {
        int a = i >= bpp ? row[i - bpp] : 0;
        int b = prev ? prev[i] : 0;
        int c = prev && i >= bpp ? prev[i - bpp] : 0;
        switch(type) {
            case 0: return true;
            case 1: row[i] = (uint8_t)(row[i] + a); break;
            case 2: row[i] = (uint8_t)(row[i] + b); break;
            case 3: row[i] = (uint8_t)(row[i] + ((a + b) >> 1)); break;
            case 4: row[i] = (uint8_t)(row[i] + paeth(a, b, c)); break;
            default: return false;
        }
    }
    return true;
}

/** Sample `i` (of `bits` bits) of a row, scaled to 0..255 for grey (bits < 8 only). */
uint32_t sample(const uint8_t * row, uint32_t i, int bits)
{
    if(bits == 8) return row[i];
    if(bits == 16) return ((uint32_t)row[2 * i] << 8) | row[2 * i + 1];
    uint32_t bit = i * bits;
    return (row[bit / 8] >> (8 - bits - bit % 8)) & ((1u << bits) - 1);
}

lv_color32_t pixel_of(const Png & png, const uint8_t * row, uint32_t x)
{
    const int d = png.depth;
    lv_color32_t c = {0, 0, 0, 0xFF};
    switch(png.color_type) {
        case GREY: {
            uint32_t v = sample(row, x, d);
            uint8_t g = d == 16 ? (uint8_t)(v >> 8) : (uint8_t)(v * 255 / ((1u << d) - 1));
            c = {g, g, g, 0xFF};
            if(png.has_key && v == png.key[0]) c.alpha = 0;
            break;
        }
        case PALETTE: {
            uint32_t v = sample(row, x, d);
            if(v < png.palette_size) c = {png.palette[v][2], png.palette[v][1], png.palette[v][0], png.palette[v][3]};
            break;
        }
        case GREY_ALPHA: {
            uint8_t g = (uint8_t)(d == 16 ? sample(row, 2 * x, 16) >> 8 : row[2 * x]);
            uint8_t a = (uint8_t)(d == 16 ? sample(row, 2 * x + 1, 16) >> 8 : row[2 * x + 1]);
            c = {g, g, g, a};
            break;
        }
        default: {
            const int n = channels(png.color_type);
            uint32_t v[4] = {0, 0, 0, 0xFFFF};
            for(int k = 0; k < n; k++) v[k] = sample(row, x * n + k, d);
            auto byte = [d](uint32_t s) { return (uint8_t)(d == 16 ? s >> 8 : s); };
            c = {byte(v[2]), byte(v[1]), byte(v[0]), n == 4 ? byte(v[3]) : (uint8_t)0xFF};
            if(n == 3 && png.has_key && v[0] == png.key[0] && v[1] == png.key[1] && v[2] == png.key[2]) c.alpha = 0;
            break;
        }
    }
    return c;
}

bool read_header(const uint8_t * p, uint32_t len, Png * png)
{
    if(len != 13) return false;
    png->w = be32(p);
    png->h = be32(p + 4);
    png->depth = p[8];
    png->color_type = p[9];
    png->interlace = p[12];
    /* lv_image_header_t holds 16-bit sizes and a 16-bit stride (4 bytes a pixel) */
    if(png->w == 0 || png->h == 0 || png->w > 0x3FFF || png->h > 0xFFFF) return false;
    if((uint64_t)png->w * png->h * 4 > 0x7FFFFFFF) return false;
    if(p[10] != 0 || p[11] != 0 || png->interlace > 1) return false;
    return valid_depth(png->color_type, png->depth);
}

void read_transparency(const uint8_t * p, uint32_t len, Png * png)
{
    if(png->color_type == PALETTE) {
        for(uint32_t i = 0; i < len && i < 256; i++) png->palette[i][3] = p[i];
    }
    else if(png->color_type == GREY && len >= 2) {
        png->has_key = true;
        png->key[0] = (uint16_t)((p[0] << 8) | p[1]);
    }
    else if(png->color_type == RGB && len >= 6) {
        png->has_key = true;
        for(int k = 0; k < 3; k++) png->key[k] = (uint16_t)((p[2 * k] << 8) | p[2 * k + 1]);
    }
}

/** Walks the chunks: header, palette, transparency; sums the IDAT bytes. */
bool read_chunks(const uint8_t * data, size_t size, Png * png, size_t * idat_total)
{
    size_t pos = 8;
    bool have_header = false;
    *idat_total = 0;
    while(pos + 12 <= size) {
        uint32_t len = be32(data + pos);
        const uint8_t * type = data + pos + 4;
        const uint8_t * body = data + pos + 8;
        if(len > size - pos - 12) return false;
        if(!have_header && memcmp(type, "IHDR", 4) != 0) return false;
        if(memcmp(type, "IHDR", 4) == 0) {
            if(!read_header(body, len, png)) return false;
            have_header = true;
        }
        else if(memcmp(type, "PLTE", 4) == 0) {
            if(len % 3 || len / 3 > 256) return false;
            png->palette_size = len / 3;
            for(uint32_t i = 0; i < png->palette_size; i++) {
                memcpy(png->palette[i], body + 3 * i, 3);
                png->palette[i][3] = 0xFF;
            }
        }
        else if(memcmp(type, "tRNS", 4) == 0) read_transparency(body, len, png);
        else if(memcmp(type, "IDAT", 4) == 0) *idat_total += len;
        else if(memcmp(type, "IEND", 4) == 0) return have_header && *idat_total > 0;
        pos += 12 + (size_t)len;
    }
    return false; /* no IEND: truncated */
}

void gather_idat(const uint8_t * data, size_t size, uint8_t * out)
{
    size_t pos = 8;
    while(pos + 12 <= size) {
        uint32_t len = be32(data + pos);
        if(memcmp(data + pos + 4, "IDAT", 4) == 0) {
            memcpy(out, data + pos + 8, len);
            out += len;
        }
        if(memcmp(data + pos + 4, "IEND", 4) == 0) return;
        pos += 12 + (size_t)len;
    }
}

/** Unfilters every pass of `raw` and writes its pixels into the ARGB8888 `px`. */
bool expand(const Png & png, uint8_t * raw, lv_color32_t * px)
{
    const size_t bpp = LV_MAX((size_t)1, (size_t)channels(png.color_type) * png.depth / 8);
    for(int i = 0; i < pass_count(png); i++) {
        Pass p = pass_of(png, i);
        if(!p.w || !p.h) continue;
        const size_t len = row_bytes(png, p.w);
        const uint8_t * prev = nullptr;
        for(uint32_t y = 0; y < p.h; y++) {
            uint8_t * row = raw + 1;
            if(!unfilter(raw[0], row, prev, len, bpp)) return false;
            lv_color32_t * out = px + (size_t)(p.y0 + y * p.dy) * png.w;
            for(uint32_t x = 0; x < p.w; x++) out[p.x0 + x * p.dx] = pixel_of(png, row, x);
            prev = row;
            raw += 1 + len;
        }
    }
    return true;
}

} // namespace

bool lv_png_is_png(const void * data, size_t size)
{
    return data != nullptr && size >= sizeof(kSignature) && memcmp(data, kSignature, sizeof(kSignature)) == 0;
}

bool lv_png_read_size(const uint8_t * data, size_t size, uint32_t * w, uint32_t * h)
{
    /* signature, then the IHDR chunk: length 13, type, the header */
    if(!lv_png_is_png(data, size) || size < 8 + 8 + 13 || be32(data + 8) != 13 || memcmp(data + 12, "IHDR", 4) != 0) return false;
    Png png;
    memset(&png, 0, sizeof(png));
    if(!read_header(data + 16, 13, &png)) return false;
    *w = png.w;
    *h = png.h;
    return true;
}

lv_image_dsc_t * lv_png_decode(const uint8_t * data, size_t size)
{
    if(!lv_png_is_png(data, size)) return nullptr;
    Png png;
    memset(&png, 0, sizeof(png));
    size_t idat_total;
    if(!read_chunks(data, size, &png, &idat_total)) return nullptr;
    if(png.color_type == PALETTE && png.palette_size == 0) return nullptr;
    const size_t raw_len = raw_size(png);
    uint8_t * idat = static_cast<uint8_t *>(lv_malloc(idat_total));
    uint8_t * raw = static_cast<uint8_t *>(lv_malloc(raw_len));
    const size_t px_bytes = (size_t)png.w * png.h * 4;
    lv_image_dsc_t * dsc = static_cast<lv_image_dsc_t *>(lv_malloc(sizeof(lv_image_dsc_t) + px_bytes));
    bool ok = idat && raw && dsc;
    if(ok) {
        gather_idat(data, size, idat);
        ok = lv_zlib_inflate(idat, idat_total, raw, raw_len);
    }
    lv_free(idat);
    if(ok) {
        memset(dsc, 0, sizeof(*dsc));
        uint8_t * pixels = reinterpret_cast<uint8_t *>(dsc + 1);
        ok = expand(png, raw, reinterpret_cast<lv_color32_t *>(pixels));
        dsc->header.magic = LV_IMAGE_HEADER_MAGIC;
        dsc->header.cf = LV_COLOR_FORMAT_ARGB8888;
        dsc->header.w = png.w;
        dsc->header.h = png.h;
        dsc->header.stride = png.w * 4;
        dsc->data_size = (uint32_t)px_bytes;
        dsc->data = pixels;
    }
    lv_free(raw);
    if(!ok) {
        lv_free(dsc);
        return nullptr;
    }
    return dsc;
}
