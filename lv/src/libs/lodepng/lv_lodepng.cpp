/**
 * @file lv_lodepng.cpp
 * The PNG decoder in the decoder list: PNG files (through lv_fs) and descriptors whose data
 * is a PNG file (header left zero, as LVGL's examples make them), decoded to ARGB8888 by
 * lv_png_decode. The image cache keeps the result.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"
#include "lv_png_decode.h"

namespace {

/** Larger files are not read (a PNG for a small screen is far smaller). */
constexpr uint32_t kMaxFileSize = 16u << 20;
/** Signature (8), IHDR length and type (8), IHDR (13). */
constexpr uint32_t kHeadSize = 29;

/** A descriptor whose data is an encoded image: an empty header (LVGL's examples fill only
 *  data and data_size); anything else below 0x20 is not a descriptor to trust with a data
 *  pointer. */
const lv_image_dsc_t * encoded_descriptor(const void * src)
{
    const lv_image_dsc_t * dsc = static_cast<const lv_image_dsc_t *>(src);
    const lv_image_header_t & h = dsc->header;
    if(h.magic != 0 || h.cf != 0 || h.w != 0 || h.h != 0 || dsc->data == nullptr) return nullptr;
    return dsc;
}

lv_result_t png_info(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc, lv_image_header_t * header)
{
    LV_UNUSED(decoder);
    uint32_t w = 0;
    uint32_t h = 0;
    bool ok = false;
    if(dsc->src_type == LV_IMAGE_SRC_VARIABLE) {
        const lv_image_dsc_t * img = encoded_descriptor(dsc->src);
        ok = img && lv_png_read_size(img->data, img->data_size, &w, &h);
    }
    else if(dsc->src_type == LV_IMAGE_SRC_FILE) {
        uint32_t size = 0;
        uint8_t * head = lv_image_decoder_read_file(static_cast<const char *>(dsc->src), kHeadSize, false, &size);
        ok = head && lv_png_read_size(head, size, &w, &h);
        lv_free(head);
    }
    if(!ok) return LV_RESULT_INVALID;
    lv_memzero(header, sizeof(*header));
    header->magic = LV_IMAGE_HEADER_MAGIC;
    header->cf = LV_COLOR_FORMAT_ARGB8888;
    header->w = w;
    header->h = h;
    header->stride = w * 4;
    return LV_RESULT_OK;
}

lv_result_t png_open(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc)
{
    LV_UNUSED(decoder);
    lv_image_dsc_t * img = nullptr;
    if(dsc->src_type == LV_IMAGE_SRC_VARIABLE) {
        const lv_image_dsc_t * src = encoded_descriptor(dsc->src);
        if(src) img = lv_png_decode(src->data, src->data_size);
    }
    else if(dsc->src_type == LV_IMAGE_SRC_FILE) {
        uint32_t size = 0;
        uint8_t * bytes = lv_image_decoder_read_file(static_cast<const char *>(dsc->src), kMaxFileSize, true, &size);
        if(bytes) img = lv_png_decode(bytes, size);
        lv_free(bytes);
    }
    /* one block: a descriptor has a draw buffer's first fields, the rest zero (not owned) */
    dsc->decoded = reinterpret_cast<const lv_draw_buf_t *>(img);
    return img ? LV_RESULT_OK : LV_RESULT_INVALID;
}

} // namespace

extern "C" {

void lv_lodepng_init(void)
{
    if(lv_global.png_decoder) return;
    lv_global.png_decoder = lv_image_decoder_create_builtin("PNG", png_info, png_open, lv_image_decoder_free_block);
}

void lv_lodepng_deinit(void) { lv_image_decoder_delete(lv_global.png_decoder); }

/* LVGL's libpng decoder reads the same files: here it is the same decoder. */
void lv_libpng_init(void) { lv_lodepng_init(); }
void lv_libpng_deinit(void) { lv_lodepng_deinit(); }

} // extern "C"
