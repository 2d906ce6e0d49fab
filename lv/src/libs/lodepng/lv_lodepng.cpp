/**
 * @file lv_lodepng.cpp
 * The PNG decoder switch and the cache of decoded images. An image source is resolved to
 * drawable pixels every time it is drawn or measured; decoding a PNG each time would be
 * slow, so the last few decoded images are kept (most recently used first) in a list that
 * lives in lv_global, where the garbage collector sees it.
 */
#include "lv_image_cache.h"

#include "core/lv_global.h"
#include "misc/lv_fs_private.h"
#include "lv_png_decode.h"

namespace {

/** At most this many decoded images are kept; more are decoded again when drawn. */
constexpr int kCacheEntries = 16;

struct CacheEntry {
    CacheEntry * next;
    const void * src;
    const void * data;        /* a descriptor's data; for a file, our copy of its path */
    uint32_t data_size;
    lv_image_dsc_t * decoded; /* NULL: the data is not a valid PNG (remembered too) */
    bool is_file;
};

/** Larger files are not read (a PNG for a small screen is far smaller). */
constexpr uint32_t kMaxFileSize = 16u << 20;

CacheEntry *& head() { return reinterpret_cast<CacheEntry *&>(lv_global.image_cache_head); }

void free_entry(CacheEntry * e)
{
    if(e->is_file) lv_free(const_cast<void *>(e->data));
    lv_free(e->decoded);
    lv_free(e);
}

bool same_source(const CacheEntry * e, const void * src, const void * data, uint32_t size)
{
    if(e->is_file) return data == nullptr && lv_strcmp(static_cast<const char *>(e->data), static_cast<const char *>(src)) == 0;
    return e->src == src && e->data == data && e->data_size == size;
}

/** The cached entry of this source (moved to the front), or NULL. Drops the entry behind the
 *  limit. A file is found by its path (data NULL), a descriptor by address, data and size. */
CacheEntry * find(const void * src, const void * data, uint32_t size)
{
    CacheEntry ** link = &head();
    int n = 0;
    while(*link) {
        CacheEntry * e = *link;
        if(same_source(e, src, data, size)) {
            *link = e->next;
            e->next = head();
            head() = e;
            return e;
        }
        if(++n >= kCacheEntries) {
            *link = e->next;
            free_entry(e);
            continue;
        }
        link = &e->next;
    }
    return nullptr;
}

CacheEntry * new_entry()
{
    CacheEntry * e = static_cast<CacheEntry *>(lv_malloc_zeroed(sizeof(CacheEntry)));
    if(e == nullptr) return nullptr;
    e->next = head();
    head() = e; /* linked before anything else is allocated, so the collector sees the blocks */
    return e;
}

const lv_image_dsc_t * decode_cached(const lv_image_dsc_t * src)
{
    CacheEntry * e = find(src, src->data, src->data_size);
    if(e) return e->decoded;
    if((e = new_entry()) == nullptr) return nullptr;
    e->src = src;
    e->data = src->data;
    e->data_size = src->data_size;
    e->decoded = lv_png_decode(src->data, src->data_size);
    return e->decoded;
}

/** The whole file through lv_fs (NULL if it cannot be read), size in *size. */
uint8_t * read_file(const char * path, uint32_t * size)
{
    lv_fs_file_t f;
    *size = 0;
    if(lv_fs_open(&f, path, LV_FS_MODE_RD) != LV_FS_RES_OK) return nullptr;
    uint8_t * data = static_cast<uint8_t *>(lv_fs_read_all(&f, kMaxFileSize, size));
    lv_fs_close(&f);
    return data;
}

const lv_image_dsc_t * decode_file_cached(const char * path)
{
    CacheEntry * e = find(path, nullptr, 0);
    if(e) return e->decoded;
    const size_t len = lv_strlen(path);
    if((e = new_entry()) == nullptr) return nullptr;
    char * copy = static_cast<char *>(lv_malloc(len + 1));
    if(copy == nullptr) return nullptr;
    lv_memcpy(copy, path, len + 1);
    e->is_file = true;
    e->data = copy;
    uint32_t size = 0;
    uint8_t * bytes = read_file(path, &size);
    if(bytes) e->decoded = lv_png_decode(bytes, size);
    lv_free(bytes);
    return e->decoded;
}

} // namespace

const lv_image_dsc_t * lv_image_cache_resolve(const void * src)
{
    const lv_image_src_t type = lv_image_src_get_type(src);
    if(type == LV_IMAGE_SRC_FILE) {
        return lv_global.png_decoder_off ? nullptr : decode_file_cached(static_cast<const char *>(src));
    }
    if(type != LV_IMAGE_SRC_VARIABLE) return nullptr;
    const lv_image_dsc_t * dsc = static_cast<const lv_image_dsc_t *>(src);
    if(dsc->header.magic == LV_IMAGE_HEADER_MAGIC && dsc->header.cf != LV_COLOR_FORMAT_UNKNOWN) return dsc;
    /* an encoded image has an empty header (LVGL's examples fill only data and data_size);
     * anything else below 0x20 is not a descriptor to trust with a data pointer */
    const lv_image_header_t & h = dsc->header;
    if(h.magic != 0 || h.cf != 0 || h.w != 0 || h.h != 0 || dsc->data == nullptr) return nullptr;
    if(lv_global.png_decoder_off || !lv_png_is_png(dsc->data, dsc->data_size)) return nullptr;
    return decode_cached(dsc);
}

void lv_image_cache_drop(const void * src)
{
    CacheEntry ** link = &head();
    while(*link) {
        CacheEntry * e = *link;
        if(src == nullptr || (!e->is_file && e->src == src)) {
            *link = e->next;
            free_entry(e);
        }
        else link = &e->next;
    }
}

extern "C" {

void lv_lodepng_init(void) { lv_global.png_decoder_off = false; }

void lv_lodepng_deinit(void)
{
    lv_global.png_decoder_off = true;
    lv_image_cache_drop(nullptr);
}

} // extern "C"

extern "C" lv_result_t lv_image_decoder_get_info(const void * src, lv_image_header_t * header)
{
    const lv_image_dsc_t * img = lv_image_cache_resolve(src);
    if(img == nullptr || header == nullptr) return LV_RESULT_INVALID;
    *header = img->header;
    return LV_RESULT_OK;
}
