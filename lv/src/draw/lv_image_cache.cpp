/**
 * @file lv_image_cache.cpp
 * The image cache: decoded images kept between draws, most recently used first, in a list
 * that lives in lv_global (where the garbage collector sees it). Each entry holds the
 * decoder dsc its decoder opened, so the decoder's close_cb frees the pixels when the entry
 * is dropped. Sources no decoder opens are remembered too (until a decoder is added), so a
 * broken file is not read again on every draw. A descriptor that holds pixels needs no
 * entry: it is drawn as it is.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"

namespace {

/** Entries kept at most, failures included, whatever the byte limit says. */
constexpr uint32_t kMaxEntries = 64;

struct CacheEntry {
    CacheEntry * next;
    lv_image_decoder_dsc_t dsc; /* dsc.src: a descriptor's address, or our copy of a path */
    const void * data;          /* a descriptor's data and size when it was decoded */
    uint32_t data_size;
    bool failed;                /* no decoder opened the source */
};

CacheEntry *& head() { return reinterpret_cast<CacheEntry *&>(lv_global.image_cache_head); }

lv_cache_entry_t * as_handle(CacheEntry * e) { return reinterpret_cast<lv_cache_entry_t *>(e); }

uint32_t entry_bytes(const CacheEntry * e) { return e->dsc.decoded ? e->dsc.decoded->data_size : 0; }

bool decoder_listed(const lv_image_decoder_t * decoder)
{
    for(lv_image_decoder_t * d = lv_image_decoder_get_next(nullptr); d; d = lv_image_decoder_get_next(d)) {
        if(d == decoder) return true;
    }
    return false;
}

void free_entry(CacheEntry * e)
{
    lv_image_decoder_t * d = e->dsc.decoder;
    if(!e->failed && d && decoder_listed(d) && d->close_cb) {
        e->dsc.cache_entry = nullptr;
        d->close_cb(d, &e->dsc);
    }
    if(e->dsc.src_type == LV_IMAGE_SRC_FILE) lv_free(const_cast<void *>(e->dsc.src));
    lv_free(e);
}

/** Unlinks and frees every entry `pred` selects. */
template <typename Pred> void drop_if(Pred pred)
{
    CacheEntry ** link = &head();
    while(*link) {
        CacheEntry * e = *link;
        if(pred(e)) {
            *link = e->next;
            free_entry(e);
        }
        else link = &e->next;
    }
}

bool same_source(const CacheEntry * e, lv_image_src_t type, const void * src)
{
    if(e->dsc.src_type != type) return false;
    if(type == LV_IMAGE_SRC_FILE) return lv_strcmp(static_cast<const char *>(e->dsc.src), static_cast<const char *>(src)) == 0;
    const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(src);
    return e->dsc.src == src && e->data == img->data && e->data_size == img->data_size;
}

/** The cached entry of this source, moved to the front, or NULL. */
CacheEntry * find(lv_image_src_t type, const void * src)
{
    CacheEntry ** link = &head();
    while(*link) {
        CacheEntry * e = *link;
        if(same_source(e, type, src)) {
            *link = e->next;
            e->next = head();
            head() = e;
            return e;
        }
        link = &e->next;
    }
    return nullptr;
}

/** Drops the least recently used entries beyond the limits; the first entry always stays
 *  (it is the image being drawn). */
void evict()
{
    uint32_t bytes = 0;
    uint32_t count = 0;
    CacheEntry ** link = &head();
    while(*link) {
        CacheEntry * e = *link;
        bytes += entry_bytes(e);
        count++;
        if(count > 1 && (bytes > lv_global.image_cache_max || count > kMaxEntries)) {
            *link = e->next;
            bytes -= entry_bytes(e);
            count--;
            free_entry(e);
            continue;
        }
        link = &e->next;
    }
}

/** A new entry at the front for `src` (a path is copied), or NULL without memory. */
CacheEntry * new_entry(lv_image_src_t type, const void * src)
{
    CacheEntry * e = static_cast<CacheEntry *>(lv_malloc_zeroed(sizeof(CacheEntry)));
    if(e == nullptr) return nullptr;
    e->next = head();
    head() = e; /* linked before anything else is allocated, so the collector sees the blocks */
    e->dsc.src_type = type;
    if(type == LV_IMAGE_SRC_FILE) {
        e->dsc.src = lv_strdup(static_cast<const char *>(src));
        if(e->dsc.src == nullptr) {
            head() = e->next;
            lv_free(e);
            return nullptr;
        }
    }
    else {
        const lv_image_dsc_t * img = static_cast<const lv_image_dsc_t *>(src);
        e->dsc.src = src;
        e->data = img->data;
        e->data_size = img->data_size;
    }
    e->dsc.cache_entry = as_handle(e);
    return e;
}

/** Whether a decoder's result can be drawn without reading outside its data: a known
 *  format, a size, and data for every row (palette first for indexed formats). A decoder
 *  written by the application (in Python too) may hand back anything. */
bool drawable(const lv_draw_buf_t * buf)
{
    const lv_image_header_t & h = buf->header;
    const uint32_t bpp = lv_color_format_get_bpp(static_cast<lv_color_format_t>(h.cf));
    if(buf->data == nullptr || bpp == 0 || h.w == 0 || h.h == 0) return false;
    const uint64_t row = (static_cast<uint64_t>(h.w) * bpp + 7) / 8;
    const uint64_t stride = h.stride ? h.stride : row;
    if(stride < row) return false;
    const uint64_t palette = LV_COLOR_INDEXED_PALETTE_SIZE(static_cast<lv_color_format_t>(h.cf)) * sizeof(lv_color32_t);
    return palette + stride * (h.h - 1) + row <= buf->data_size;
}

/** Opens the entry's source with the decoder `found` (info already read); marks the entry
 *  failed when there is none or it cannot open. */
void open_entry(CacheEntry * e, const lv_image_decoder_dsc_t * found)
{
    lv_image_decoder_dsc_t * dsc = &e->dsc;
    lv_image_decoder_t * d = found->decoder;
    if(d) {
        dsc->decoder = d;
        dsc->header = found->header;
        if(d->open_cb(d, dsc) == LV_RESULT_OK && dsc->decoded != nullptr && drawable(dsc->decoded)) return;
        dsc->cache_entry = nullptr;
        if(d->close_cb) d->close_cb(d, dsc);
    }
    dsc->decoded = nullptr;
    dsc->decoder = nullptr;
    e->failed = true;
}

} // namespace

const lv_image_dsc_t * lv_image_cache_resolve(const void * src)
{
    const lv_image_src_t type = lv_image_src_get_type(src);
    if(type != LV_IMAGE_SRC_VARIABLE && type != LV_IMAGE_SRC_FILE) return nullptr;
    /* the common case first: pixels no application decoder may claim are drawn as they
     * are, without asking the decoders (also before lv_init) */
    if(type == LV_IMAGE_SRC_VARIABLE && lv_global.app_decoder_count == 0 &&
       lv_bin_decoder_is_pixels(static_cast<const lv_image_dsc_t *>(src))) {
        return static_cast<const lv_image_dsc_t *>(src);
    }
    if(CacheEntry * e = find(type, src)) return reinterpret_cast<const lv_image_dsc_t *>(e->dsc.decoded);
    lv_image_decoder_dsc_t found;
    lv_memzero(&found, sizeof(found));
    found.src = src;
    found.src_type = type;
    lv_image_decoder_find(&found);
    /* a descriptor holding pixels is drawn as it is: no entry */
    if(type == LV_IMAGE_SRC_VARIABLE && found.decoder && found.decoder->open_cb == lv_bin_decoder_open &&
       lv_bin_decoder_is_pixels(static_cast<const lv_image_dsc_t *>(src))) {
        return static_cast<const lv_image_dsc_t *>(src);
    }
    CacheEntry * e = new_entry(type, src);
    if(e == nullptr) return nullptr;
    open_entry(e, &found);
    evict();
    return reinterpret_cast<const lv_image_dsc_t *>(e->dsc.decoded);
}

void lv_image_cache_forget_failures(void)
{
    drop_if([](const CacheEntry * e) { return e->failed; });
}

void lv_image_cache_drop_decoder(const lv_image_decoder_t * decoder)
{
    drop_if([decoder](const CacheEntry * e) { return e->dsc.decoder == decoder; });
}

extern "C" {

lv_cache_entry_t * lv_image_decoder_add_to_cache(lv_image_decoder_t * decoder, lv_image_cache_data_t * search_key,
                                                 const lv_draw_buf_t * decoded, void * user_data)
{
    if(decoder == nullptr || search_key == nullptr || decoded == nullptr) return nullptr;
    const lv_image_src_t type = lv_image_src_get_type(search_key->src);
    if(type != LV_IMAGE_SRC_VARIABLE && type != LV_IMAGE_SRC_FILE) return nullptr;
    if(find(type, search_key->src)) drop_if([](const CacheEntry * e) { return e == head(); });
    CacheEntry * e = new_entry(type, search_key->src);
    if(e == nullptr) return nullptr;
    e->dsc.decoder = decoder;
    e->dsc.decoded = decoded;
    e->dsc.header = decoded->header;
    e->dsc.user_data = user_data;
    evict();
    return as_handle(e);
}

void lv_image_cache_drop(const void * src)
{
    lv_image_header_cache_drop(src); /* the source may have changed */
    if(src == nullptr) {
        drop_if([](const CacheEntry *) { return true; });
        return;
    }
    const lv_image_src_t type = lv_image_src_get_type(src);
    drop_if([type, src](const CacheEntry * e) {
        if(e->dsc.src_type != type) return false;
        if(type == LV_IMAGE_SRC_FILE) return lv_strcmp(static_cast<const char *>(e->dsc.src), static_cast<const char *>(src)) == 0;
        return e->dsc.src == src;
    });
}

lv_result_t lv_image_cache_init(uint32_t size)
{
    lv_global.image_cache_max = size;
    return LV_RESULT_OK;
}

void lv_image_cache_resize(uint32_t new_size, bool evict_now)
{
    lv_global.image_cache_max = new_size;
    if(evict_now) evict();
}

bool lv_image_cache_is_enabled(void) { return lv_global.image_cache_max > 0; }

void lv_image_cache_dump(void)
{
    /* one log line per entry (nothing when logging is compiled out, as in LVGL) */
    for(CacheEntry * e = head(); e; e = e->next) {
        LV_LOG_USER("image cache: %s %dx%d cf %d, %u bytes", e->dsc.src_type == LV_IMAGE_SRC_FILE ? "file" : "variable",
                    (int)e->dsc.header.w, (int)e->dsc.header.h, (int)e->dsc.header.cf, (unsigned)entry_bytes(e));
    }
}

} // extern "C"
