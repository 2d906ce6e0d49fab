/**
 * @file lv_lodepng.cpp
 * The PNG decoder switch and the cache of decoded images. An image source is resolved to
 * drawable pixels every time it is drawn or measured; decoding a PNG each time would be
 * slow, so the last few decoded images are kept (most recently used first) in a list that
 * lives in lv_global, where the garbage collector sees it.
 */
#include "lv_image_cache.h"

#include "core/lv_global.h"
#include "lv_png_decode.h"

namespace {

/** At most this many decoded images are kept; more are decoded again when drawn. */
constexpr int kCacheEntries = 16;

struct CacheEntry {
    CacheEntry * next;
    const void * src;
    const void * data;
    uint32_t data_size;
    lv_image_dsc_t * decoded; /* NULL: the data is not a valid PNG (remembered too) */
};

CacheEntry *& head() { return reinterpret_cast<CacheEntry *&>(lv_global.image_cache_head); }

void free_entry(CacheEntry * e)
{
    lv_free(e->decoded);
    lv_free(e);
}

/** The cached entry of this source (moved to the front), or NULL. Drops the entry behind the limit. */
CacheEntry * find(const lv_image_dsc_t * src)
{
    CacheEntry ** link = &head();
    int n = 0;
    while(*link) {
        CacheEntry * e = *link;
        if(e->src == src && e->data == src->data && e->data_size == src->data_size) {
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

const lv_image_dsc_t * decode_cached(const lv_image_dsc_t * src)
{
    CacheEntry * e = find(src);
    if(e) return e->decoded;
    e = static_cast<CacheEntry *>(lv_malloc_zeroed(sizeof(CacheEntry)));
    if(e == nullptr) return nullptr;
    e->src = src;
    e->data = src->data;
    e->data_size = src->data_size;
    e->next = head();
    head() = e; /* linked before decoding, so the collector sees the block */
    e->decoded = lv_png_decode(src->data, src->data_size);
    return e->decoded;
}

} // namespace

const lv_image_dsc_t * lv_image_cache_resolve(const void * src)
{
    if(lv_image_src_get_type(src) != LV_IMAGE_SRC_VARIABLE) return nullptr;
    const lv_image_dsc_t * dsc = static_cast<const lv_image_dsc_t *>(src);
    if(dsc->header.magic == LV_IMAGE_HEADER_MAGIC && dsc->header.cf != LV_COLOR_FORMAT_UNKNOWN) return dsc;
    if(lv_global.png_decoder_off || !lv_png_is_png(dsc->data, dsc->data_size)) return nullptr;
    return decode_cached(dsc);
}

void lv_image_cache_drop(const void * src)
{
    CacheEntry ** link = &head();
    while(*link) {
        CacheEntry * e = *link;
        if(src == nullptr || e->src == src) {
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
