/**
 * @file lv_bmp.cpp
 * The BMP decoder, written from the format's description: a 14-byte file header ("BM", file
 * size, reserved, pixel data offset), then an info header (BITMAPINFOHEADER: 40 bytes, or a
 * later version that starts the same way: width, height (negative: rows top-down), planes,
 * bits per pixel, compression (0 BI_RGB, 3 BI_BITFIELDS, 6 BI_ALPHABITFIELDS), ..., then the
 * red/green/blue(/alpha) masks when the header holds them or bitfields follow it). Rows are
 * padded to 4 bytes. Pixels are little endian: 16-bit R5G6B5 or X1R5G5B5, 24-bit B,G,R,
 * 32-bit B,G,R,A.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"

namespace {

constexpr uint32_t kFileHeaderSize = 14;
constexpr uint32_t kInfoHeaderMin = 40;
/** What is read to know the format: file header, info header up to the alpha mask. */
constexpr uint32_t kHeadSize = kFileHeaderSize + 56;
constexpr uint32_t kMaxFileSize = 16u << 20;

struct Bmp {
    uint32_t data_offset;
    int32_t width;
    int32_t height;      /* rows on screen (positive) */
    bool top_down;
    uint16_t bpp;
    uint32_t masks[4];   /* red, green, blue, alpha; 0: not given */
    uint32_t row_bytes;  /* in the file, padded to 4 */
};

uint16_t rd16(const uint8_t * p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
uint32_t rd32(const uint8_t * p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24); }

/** Parses the headers in `head` (`size` bytes read from the start of the file). */
bool parse(const uint8_t * head, uint32_t size, Bmp * bmp)
{
    if(size < kFileHeaderSize + kInfoHeaderMin || head[0] != 'B' || head[1] != 'M') return false;
    const uint8_t * info = head + kFileHeaderSize;
    const uint32_t info_size = rd32(info);
    if(info_size < kInfoHeaderMin) return false;
    lv_memzero(bmp, sizeof(*bmp));
    bmp->data_offset = rd32(head + 10);
    bmp->width = static_cast<int32_t>(rd32(info + 4));
    const int32_t h = static_cast<int32_t>(rd32(info + 8));
    bmp->top_down = h < 0;
    bmp->height = h < 0 ? -h : h;
    bmp->bpp = rd16(info + 14);
    const uint32_t compression = rd32(info + 16);
    if(rd16(info + 12) != 1 || bmp->width <= 0 || bmp->height <= 0 || bmp->width > 0x3FFF || bmp->height > 0xFFFF) return false;
    if(bmp->bpp != 16 && bmp->bpp != 24 && bmp->bpp != 32) return false;
    if(compression == 3 || compression == 6) {
        /* the masks follow the 40-byte header (or are part of a longer one) */
        const uint32_t n = compression == 6 || info_size >= 56 ? 4 : 3;
        if(size < kFileHeaderSize + kInfoHeaderMin + n * 4) return false;
        for(uint32_t i = 0; i < n; i++) bmp->masks[i] = rd32(info + kInfoHeaderMin + i * 4);
    }
    else if(compression != 0) return false;
    if(bmp->bpp == 24 && compression != 0) return false;
    bmp->row_bytes = ((static_cast<uint32_t>(bmp->width) * bmp->bpp + 31) / 32) * 4;
    return true;
}

bool is_565(const Bmp & bmp) { return bmp.masks[0] == 0xF800 && bmp.masks[1] == 0x07E0 && bmp.masks[2] == 0x001F; }

lv_color_format_t format_of(const Bmp & bmp)
{
    if(bmp.bpp == 16) return LV_COLOR_FORMAT_RGB565;
    if(bmp.bpp == 24) return LV_COLOR_FORMAT_RGB888;
    return bmp.masks[3] == 0xFF000000u ? LV_COLOR_FORMAT_ARGB8888 : LV_COLOR_FORMAT_XRGB8888;
}

/** 32-bit bitfields other than B,G,R(,A) in byte order are not supported. */
bool supported(const Bmp & bmp)
{
    if(bmp.bpp == 16) return bmp.masks[0] == 0 || is_565(bmp) || (bmp.masks[0] == 0x7C00 && bmp.masks[1] == 0x03E0 && bmp.masks[2] == 0x001F);
    if(bmp.bpp == 32 && bmp.masks[0] != 0) return bmp.masks[0] == 0x00FF0000u && bmp.masks[1] == 0x0000FF00u && bmp.masks[2] == 0x000000FFu;
    return true;
}

void fill_header(const Bmp & bmp, lv_image_header_t * header)
{
    lv_memzero(header, sizeof(*header));
    header->magic = LV_IMAGE_HEADER_MAGIC;
    header->cf = format_of(bmp);
    header->w = bmp.width;
    header->h = bmp.height;
    header->stride = bmp.width * (bmp.bpp / 8);
}

/** One row from the file to the image: RGB565 (5-5-5 widened), RGB888 and 32-bit copied. */
void convert_row(const Bmp & bmp, const uint8_t * in, uint8_t * out)
{
    const uint32_t w = bmp.width;
    if(bmp.bpp != 16 || is_565(bmp)) {
        lv_memcpy(out, in, w * (bmp.bpp / 8));
        return;
    }
    for(uint32_t x = 0; x < w; x++) {
        const uint16_t v = rd16(in + x * 2);
        const uint16_t r = (v >> 10) & 0x1F;
        const uint16_t g = (v >> 5) & 0x1F;
        const uint16_t b = v & 0x1F;
        const uint16_t c = static_cast<uint16_t>((r << 11) | (((g << 1) | (g >> 4)) << 5) | b);
        out[x * 2] = static_cast<uint8_t>(c);
        out[x * 2 + 1] = static_cast<uint8_t>(c >> 8);
    }
}

lv_result_t bmp_info(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc, lv_image_header_t * header)
{
    LV_UNUSED(decoder);
    if(dsc->src_type != LV_IMAGE_SRC_FILE) return LV_RESULT_INVALID;
    uint32_t size = 0;
    uint8_t * head = lv_image_decoder_read_file(static_cast<const char *>(dsc->src), kHeadSize, false, &size);
    Bmp bmp;
    const bool ok = head && parse(head, size, &bmp) && supported(bmp);
    lv_free(head);
    if(!ok) return LV_RESULT_INVALID;
    fill_header(bmp, header);
    return LV_RESULT_OK;
}

lv_draw_buf_t * decode(const uint8_t * file, uint32_t size)
{
    Bmp bmp;
    if(!parse(file, size, &bmp) || !supported(bmp)) return nullptr;
    if(bmp.data_offset > size || static_cast<uint64_t>(bmp.row_bytes) * bmp.height > size - bmp.data_offset) return nullptr;
    lv_image_header_t header;
    fill_header(bmp, &header);
    lv_draw_buf_t * buf = lv_image_decoder_new_block(&header, header.stride * header.h);
    if(buf == nullptr) return nullptr;
    for(int32_t y = 0; y < bmp.height; y++) {
        const int32_t file_row = bmp.top_down ? y : bmp.height - 1 - y;
        convert_row(bmp, file + bmp.data_offset + file_row * bmp.row_bytes, buf->data + y * header.stride);
    }
    return buf;
}

lv_result_t bmp_open(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc)
{
    LV_UNUSED(decoder);
    if(dsc->src_type != LV_IMAGE_SRC_FILE) return LV_RESULT_INVALID;
    uint32_t size = 0;
    uint8_t * file = lv_image_decoder_read_file(static_cast<const char *>(dsc->src), kMaxFileSize, true, &size);
    lv_draw_buf_t * buf = file ? decode(file, size) : nullptr;
    lv_free(file);
    dsc->decoded = buf;
    return buf ? LV_RESULT_OK : LV_RESULT_INVALID;
}

} // namespace

extern "C" {

void lv_bmp_init(void)
{
    if(lv_global.bmp_decoder) return;
    lv_global.bmp_decoder = lv_image_decoder_create_builtin("BMP", bmp_info, bmp_open, lv_image_decoder_free_block);
}

void lv_bmp_deinit(void) { lv_image_decoder_delete(lv_global.bmp_decoder); }

} // extern "C"
