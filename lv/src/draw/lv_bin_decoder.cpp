/**
 * @file lv_bin_decoder.cpp
 * The bin decoder: LVGL's own image formats. A descriptor whose header starts with
 * LV_IMAGE_HEADER_MAGIC holds pixels the renderer draws as they are; a .bin file is that
 * header (12 bytes) followed by the same data (what lv_draw_buf_save_to_file writes). Data
 * flagged LV_IMAGE_FLAGS_COMPRESSED starts with a compression header (method, compressed
 * size, decompressed size, 4 bytes each); RLE is decompressed, LZ4 is refused.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"

namespace {

/** Larger files are not read (an image for a small screen is far smaller). */
constexpr uint32_t kMaxFileSize = 16u << 20;
constexpr uint32_t kCompressHeaderSize = 12;

bool header_valid(const lv_image_header_t & h)
{
    return h.magic == LV_IMAGE_HEADER_MAGIC && h.cf != LV_COLOR_FORMAT_UNKNOWN && lv_color_format_get_bpp(static_cast<lv_color_format_t>(h.cf)) != 0;
}

uint32_t read_u32(const uint8_t * p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24); }

/** The image of `header` + `data`, decompressed when the header says so; NULL for data
 *  that does not decode or out of memory. */
lv_draw_buf_t * decode_payload(const lv_image_header_t & header, const uint8_t * data, uint32_t size)
{
    lv_image_header_t h = header;
    if(!(h.flags & LV_IMAGE_FLAGS_COMPRESSED)) {
        lv_draw_buf_t * buf = lv_image_decoder_new_block(&h, size);
        if(buf && size) lv_memcpy(buf->data, data, size);
        return buf;
    }
    if(data == nullptr || size < kCompressHeaderSize) return nullptr;
    const uint32_t method = read_u32(data);
    const uint32_t compressed = read_u32(data + 4);
    const uint32_t decompressed = read_u32(data + 8);
    if(method != LV_IMAGE_COMPRESS_RLE || compressed > size - kCompressHeaderSize || decompressed > kMaxFileSize) return nullptr;
    h.flags &= ~LV_IMAGE_FLAGS_COMPRESSED;
    lv_draw_buf_t * buf = lv_image_decoder_new_block(&h, decompressed);
    if(buf == nullptr) return nullptr;
    const uint8_t bpp = lv_color_format_get_bpp(static_cast<lv_color_format_t>(h.cf));
    const uint8_t blk = bpp < 8 ? 1 : bpp / 8;
    if(lv_rle_decompress(data + kCompressHeaderSize, compressed, buf->data, decompressed, blk) != decompressed) {
        lv_free(buf);
        return nullptr;
    }
    return buf;
}

bool read_file_header(const char * path, lv_image_header_t * header)
{
    uint32_t size = 0;
    uint8_t * head = lv_image_decoder_read_file(path, sizeof(*header), false, &size);
    const bool ok = head && size == sizeof(*header);
    if(ok) lv_memcpy(header, head, sizeof(*header));
    lv_free(head);
    return ok && header_valid(*header);
}

lv_draw_buf_t * decode_file(const char * path)
{
    uint32_t size = 0;
    uint8_t * bytes = lv_image_decoder_read_file(path, kMaxFileSize, true, &size);
    lv_draw_buf_t * buf = nullptr;
    if(bytes && size >= sizeof(lv_image_header_t)) {
        lv_image_header_t h;
        lv_memcpy(&h, bytes, sizeof(h));
        if(header_valid(h)) buf = decode_payload(h, bytes + sizeof(h), size - sizeof(h));
    }
    lv_free(bytes);
    return buf;
}

} // namespace

bool lv_bin_decoder_is_pixels(const lv_image_dsc_t * img)
{
    return header_valid(img->header) && !(img->header.flags & LV_IMAGE_FLAGS_COMPRESSED);
}

extern "C" {

void lv_bin_decoder_init(void)
{
    lv_image_decoder_t * d = lv_image_decoder_create_builtin("BIN", lv_bin_decoder_info, lv_bin_decoder_open, lv_bin_decoder_close);
    if(d) d->get_area_cb = lv_bin_decoder_get_area;
}

lv_result_t lv_bin_decoder_info(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc, lv_image_header_t * header)
{
    LV_UNUSED(decoder);
    if(dsc == nullptr || header == nullptr || dsc->src == nullptr) return LV_RESULT_INVALID;
    if(dsc->src_type == LV_IMAGE_SRC_VARIABLE) {
        const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(dsc->src);
        if(!header_valid(img->header)) return LV_RESULT_INVALID;
        *header = img->header;
        header->flags &= ~LV_IMAGE_FLAGS_COMPRESSED;
        return LV_RESULT_OK;
    }
    if(dsc->src_type != LV_IMAGE_SRC_FILE || !read_file_header(static_cast<const char *>(dsc->src), header)) return LV_RESULT_INVALID;
    header->flags &= ~LV_IMAGE_FLAGS_COMPRESSED;
    return LV_RESULT_OK;
}

lv_result_t lv_bin_decoder_open(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc)
{
    LV_UNUSED(decoder);
    if(dsc == nullptr || dsc->src == nullptr) return LV_RESULT_INVALID;
    if(dsc->src_type == LV_IMAGE_SRC_VARIABLE) {
        const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(dsc->src);
        if(!header_valid(img->header)) return LV_RESULT_INVALID;
        if(lv_bin_decoder_is_pixels(img)) {
            /* drawn as it is: a descriptor has a draw buffer's first fields */
            dsc->decoded = reinterpret_cast<const lv_draw_buf_t *>(img);
            return LV_RESULT_OK;
        }
        lv_draw_buf_t * buf = decode_payload(img->header, img->data, img->data_size);
        dsc->decoded = buf;
        dsc->user_data = buf;
        return buf ? LV_RESULT_OK : LV_RESULT_INVALID;
    }
    if(dsc->src_type != LV_IMAGE_SRC_FILE) return LV_RESULT_INVALID;
    lv_draw_buf_t * buf = decode_file(static_cast<const char *>(dsc->src));
    dsc->decoded = buf;
    dsc->user_data = buf;
    return buf ? LV_RESULT_OK : LV_RESULT_INVALID;
}

lv_result_t lv_bin_decoder_get_area(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc,
                                    const lv_area_t * full_area, lv_area_t * decoded_area)
{
    LV_UNUSED(decoder);
    if(dsc == nullptr || dsc->decoded == nullptr || full_area == nullptr || decoded_area == nullptr) return LV_RESULT_INVALID;
    /* the whole image is decoded at open: the first call (y1 at LV_COORD_MIN) gets all of it */
    if(decoded_area->y1 != LV_COORD_MIN) return LV_RESULT_INVALID;
    *decoded_area = *full_area;
    return LV_RESULT_OK;
}

void lv_bin_decoder_close(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc)
{
    LV_UNUSED(decoder);
    if(dsc == nullptr) return;
    lv_free(dsc->user_data); /* what open decoded (NULL for a descriptor drawn as it is) */
    dsc->user_data = nullptr;
    dsc->decoded = nullptr;
}

uint32_t lv_rle_decompress(const uint8_t * input, uint32_t input_buff_len, uint8_t * output, uint32_t output_buff_len,
                           uint8_t blk_size)
{
    if(input == nullptr || blk_size == 0) return 0;
    uint32_t in = 0;
    uint32_t out = 0;
    while(in < input_buff_len) {
        const uint8_t ctrl = input[in++];
        const uint32_t count = ctrl & 0x7F;
        const bool literal = ctrl & 0x80;
        const uint32_t needed = literal ? count * blk_size : blk_size;
        if(needed > input_buff_len - in) return 0;
        const uint32_t produced = count * blk_size;
        if(output && produced > output_buff_len - out) return 0;
        if(output) {
            if(literal) lv_memcpy(output + out, input + in, produced);
            else for(uint32_t i = 0; i < count; i++) lv_memcpy(output + out + i * blk_size, input + in, blk_size);
        }
        in += needed;
        out += produced;
    }
    return out;
}

} // extern "C"
