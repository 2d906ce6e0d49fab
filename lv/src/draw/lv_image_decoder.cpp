/**
 * @file lv_image_decoder.cpp
 * The decoder list (LVGL 9.3's image decoder API). Decoders live in a singly linked list in
 * lv_global, newest first, so a decoder created by the application is asked before the
 * built-in ones, as in LVGL.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"
#include "misc/lv_fs_private.h"

namespace {

lv_image_decoder_t *& head() { return lv_global.decoder_head; }

/** Whether `decoder` is still in the list (scripts may hand back a deleted one). */
bool listed(const lv_image_decoder_t * decoder)
{
    for(lv_image_decoder_t * d = head(); d; d = d->next) {
        if(d == decoder) return true;
    }
    return false;
}

void begin(lv_image_decoder_dsc_t * dsc, const void * src, const lv_image_decoder_args_t * args)
{
    lv_memzero(dsc, sizeof(*dsc));
    dsc->src = src;
    dsc->src_type = lv_image_src_get_type(src);
    if(args) dsc->args = *args;
}

} // namespace

lv_result_t lv_image_decoder_find(lv_image_decoder_dsc_t * dsc)
{
    if(dsc->src_type != LV_IMAGE_SRC_VARIABLE && dsc->src_type != LV_IMAGE_SRC_FILE) return LV_RESULT_INVALID;
    if(lv_image_header_cache_find(dsc) && listed(dsc->decoder)) return LV_RESULT_OK;
    for(lv_image_decoder_t * d = head(); d; d = d->next) {
        if(d->info_cb == nullptr || d->open_cb == nullptr) continue;
        lv_memzero(&dsc->header, sizeof(dsc->header));
        dsc->decoder = d;
        if(d->info_cb(d, dsc, &dsc->header) == LV_RESULT_OK) {
            lv_image_header_cache_add(dsc);
            return LV_RESULT_OK;
        }
    }
    dsc->decoder = nullptr;
    return LV_RESULT_INVALID;
}

lv_image_decoder_t * lv_image_decoder_create_builtin(const char * name, lv_image_decoder_info_f_t info_cb,
                                                     lv_image_decoder_open_f_t open_cb, lv_image_decoder_close_f_t close_cb)
{
    lv_image_decoder_t * d = lv_image_decoder_create();
    if(d == nullptr) return nullptr;
    d->name = name;
    d->builtin = 1;
    lv_global.app_decoder_count--;
    d->info_cb = info_cb;
    d->open_cb = open_cb;
    d->close_cb = close_cb;
    return d;
}

void lv_image_decoder_free_block(lv_image_decoder_t * decoder, lv_image_decoder_dsc_t * dsc)
{
    LV_UNUSED(decoder);
    lv_free(const_cast<lv_draw_buf_t *>(dsc->decoded));
    dsc->decoded = nullptr;
}

lv_draw_buf_t * lv_image_decoder_new_block(const lv_image_header_t * header, uint32_t data_size)
{
    lv_draw_buf_t * buf = static_cast<lv_draw_buf_t *>(lv_malloc_zeroed(sizeof(lv_draw_buf_t) + data_size));
    if(buf == nullptr) return nullptr;
    buf->header = *header;
    buf->data_size = data_size;
    buf->data = reinterpret_cast<uint8_t *>(buf + 1);
    return buf;
}

uint8_t * lv_image_decoder_read_file(const char * path, uint32_t max, bool whole, uint32_t * size)
{
    lv_fs_file_t f;
    *size = 0;
    if(path == nullptr || lv_fs_open(&f, path, LV_FS_MODE_RD) != LV_FS_RES_OK) return nullptr;
    uint8_t * data = nullptr;
    if(whole) data = static_cast<uint8_t *>(lv_fs_read_all(&f, max, size));
    else {
        data = static_cast<uint8_t *>(lv_malloc(max));
        if(data && lv_fs_read(&f, data, max, size) != LV_FS_RES_OK) *size = 0;
    }
    lv_fs_close(&f);
    return data;
}

void lv_image_decoder_init(void)
{
    lv_image_cache_init(LV_CACHE_DEF_SIZE);
    lv_bin_decoder_init();
}

void lv_image_decoder_deinit(void)
{
    lv_image_cache_drop(nullptr);
    while(head()) lv_image_decoder_delete(head());
    lv_image_header_cache_deinit();
}

extern "C" {

lv_image_decoder_t * lv_image_decoder_create(void)
{
    lv_image_decoder_t * d = static_cast<lv_image_decoder_t *>(lv_malloc_zeroed(sizeof(lv_image_decoder_t)));
    if(d == nullptr) return nullptr;
    d->next = head();
    head() = d;
    lv_global.app_decoder_count++; /* until lv_image_decoder_mark_builtin says otherwise */
    lv_image_cache_forget_failures();
    lv_image_header_cache_drop(nullptr); /* it may read those files differently */
    return d;
}

void lv_image_decoder_delete(lv_image_decoder_t * decoder)
{
    if(decoder == nullptr || !listed(decoder)) return;
    lv_image_cache_drop_decoder(decoder);
    lv_image_header_cache_drop(nullptr); /* headers it read */
    lv_image_decoder_t ** link = &head();
    while(*link != decoder) link = &(*link)->next;
    *link = decoder->next;
    if(!decoder->builtin) lv_global.app_decoder_count--;
    if(lv_global.png_decoder == decoder) lv_global.png_decoder = nullptr;
    if(lv_global.bmp_decoder == decoder) lv_global.bmp_decoder = nullptr;
    lv_free(decoder);
}

lv_image_decoder_t * lv_image_decoder_get_next(lv_image_decoder_t * decoder)
{
    if(decoder == nullptr) return head();
    return listed(decoder) ? decoder->next : nullptr;
}

void lv_image_decoder_set_info_cb(lv_image_decoder_t * decoder, lv_image_decoder_info_f_t info_cb)
{
    if(decoder == nullptr) return;
    decoder->info_cb = info_cb;
    lv_image_cache_forget_failures();
}

void lv_image_decoder_set_open_cb(lv_image_decoder_t * decoder, lv_image_decoder_open_f_t open_cb)
{
    if(decoder == nullptr) return;
    decoder->open_cb = open_cb;
    lv_image_cache_forget_failures();
}

void lv_image_decoder_set_get_area_cb(lv_image_decoder_t * decoder, lv_image_decoder_get_area_cb_t read_line_cb)
{
    if(decoder) decoder->get_area_cb = read_line_cb;
}

void lv_image_decoder_set_close_cb(lv_image_decoder_t * decoder, lv_image_decoder_close_f_t close_cb)
{
    if(decoder) decoder->close_cb = close_cb;
}

lv_result_t lv_image_decoder_get_info(const void * src, lv_image_header_t * header)
{
    if(header == nullptr) return LV_RESULT_INVALID;
    lv_image_decoder_dsc_t dsc;
    begin(&dsc, src, nullptr);
    if(lv_image_decoder_find(&dsc) != LV_RESULT_OK) return LV_RESULT_INVALID;
    *header = dsc.header;
    return LV_RESULT_OK;
}

lv_result_t lv_image_decoder_open(lv_image_decoder_dsc_t * dsc, const void * src, const lv_image_decoder_args_t * args)
{
    if(dsc == nullptr) return LV_RESULT_INVALID;
    begin(dsc, src, args);
    if(lv_image_decoder_find(dsc) != LV_RESULT_OK) return LV_RESULT_INVALID;
    lv_image_decoder_t * d = dsc->decoder;
    if(d->open_cb(d, dsc) == LV_RESULT_OK && dsc->decoded != nullptr) return LV_RESULT_OK;
    if(d->close_cb) d->close_cb(d, dsc);
    dsc->decoded = nullptr;
    return LV_RESULT_INVALID;
}

lv_result_t lv_image_decoder_get_area(lv_image_decoder_dsc_t * dsc, const lv_area_t * full_area, lv_area_t * decoded_area)
{
    if(dsc == nullptr || dsc->decoder == nullptr || !listed(dsc->decoder) || dsc->decoder->get_area_cb == nullptr) {
        return LV_RESULT_INVALID;
    }
    return dsc->decoder->get_area_cb(dsc->decoder, dsc, full_area, decoded_area);
}

void lv_image_decoder_close(lv_image_decoder_dsc_t * dsc)
{
    if(dsc == nullptr || dsc->decoder == nullptr) return;
    /* a cached image belongs to the cache, which closes it when it drops the entry */
    if(dsc->cache_entry == nullptr && listed(dsc->decoder) && dsc->decoder->close_cb) {
        dsc->decoder->close_cb(dsc->decoder, dsc);
    }
    dsc->decoder = nullptr;
    dsc->decoded = nullptr;
}

lv_draw_buf_t * lv_image_decoder_post_process(lv_image_decoder_dsc_t * dsc, lv_draw_buf_t * decoded)
{
    if(dsc == nullptr || decoded == nullptr) return nullptr;
    lv_draw_buf_t * out = decoded;
    const bool modifiable = decoded->header.flags & LV_IMAGE_FLAGS_MODIFIABLE;
    const uint32_t aligned = lv_draw_buf_width_to_stride(decoded->header.w, static_cast<lv_color_format_t>(decoded->header.cf));
    const bool restride = dsc->args.stride_align && decoded->header.stride != aligned;
    const bool premultiply = dsc->args.premultiply && !(decoded->header.flags & LV_IMAGE_FLAGS_PREMULTIPLIED);
    if(!restride && !premultiply) return out;
    if(!modifiable || restride) {
        out = lv_draw_buf_create(decoded->header.w, decoded->header.h, static_cast<lv_color_format_t>(decoded->header.cf),
                                 restride ? aligned : decoded->header.stride);
        if(out == nullptr) return nullptr;
        lv_draw_buf_copy(out, nullptr, decoded, nullptr);
    }
    if(premultiply && lv_draw_buf_premultiply(out) != LV_RESULT_OK) {
        if(out != decoded) lv_draw_buf_destroy(out);
        return nullptr;
    }
    return out;
}

} // extern "C"
