/**
 * @file lv_image_header_cache.cpp
 * Headers of image files kept in a count cache (lv_cache), so that measuring a file image
 * again does not open the file. Each node holds its own copy of the path and the decoder
 * that read the header.
 */
#include "core/lv_global.h"
#include "draw/lv_image_resolve.h"

namespace {

struct HeaderNode {
    lv_cache_slot_size_t slot;
    const char * path; /* ours in the cache; the caller's in a search key */
    lv_image_header_t header;
    lv_image_decoder_t * decoder;
};

lv_cache_compare_res_t compare_nodes(const void * a, const void * b)
{
    const int r = lv_strcmp(static_cast<const HeaderNode *>(a)->path, static_cast<const HeaderNode *>(b)->path);
    return static_cast<lv_cache_compare_res_t>(r < 0 ? -1 : r > 0 ? 1 : 0);
}

void free_node(void * node, void * user_data)
{
    LV_UNUSED(user_data);
    lv_free(const_cast<char *>(static_cast<HeaderNode *>(node)->path));
}

lv_cache_t *& cache() { return lv_global.image_header_cache; }

} // namespace

bool lv_image_header_cache_find(lv_image_decoder_dsc_t * dsc)
{
    if(dsc->src_type != LV_IMAGE_SRC_FILE || !lv_cache_is_enabled(cache())) return false;
    HeaderNode key;
    lv_memzero(&key, sizeof(key));
    key.path = static_cast<const char *>(dsc->src);
    lv_cache_entry_t * e = lv_cache_acquire(cache(), &key, nullptr);
    if(e == nullptr) return false;
    const HeaderNode * node = static_cast<const HeaderNode *>(lv_cache_entry_get_data(e));
    dsc->header = node->header;
    dsc->decoder = node->decoder;
    lv_cache_release(cache(), e, nullptr);
    return true;
}

void lv_image_header_cache_add(const lv_image_decoder_dsc_t * dsc)
{
    if(dsc->src_type != LV_IMAGE_SRC_FILE || !lv_cache_is_enabled(cache())) return;
    HeaderNode node;
    lv_memzero(&node, sizeof(node));
    node.slot.size = 1;
    node.path = lv_strdup(static_cast<const char *>(dsc->src));
    if(node.path == nullptr) return;
    node.header = dsc->header;
    node.decoder = dsc->decoder;
    lv_cache_entry_t * e = lv_cache_add(cache(), &node, nullptr);
    if(e == nullptr) {
        lv_free(const_cast<char *>(node.path));
        return;
    }
    lv_cache_release(cache(), e, nullptr);
}

void lv_image_header_cache_deinit(void)
{
    lv_cache_destroy(cache(), nullptr);
    cache() = nullptr;
}

extern "C" {

lv_result_t lv_image_header_cache_init(uint32_t count)
{
    if(cache()) {
        lv_image_header_cache_resize(count, true);
        return LV_RESULT_OK;
    }
    lv_cache_ops_t ops = {compare_nodes, nullptr, free_node};
    cache() = lv_cache_create(&lv_cache_class_lru_rb_count, sizeof(HeaderNode), count, ops);
    if(cache() == nullptr) return LV_RESULT_INVALID;
    lv_cache_set_name(cache(), "IMAGE_HEADER");
    return LV_RESULT_OK;
}

void lv_image_header_cache_resize(uint32_t count, bool evict_now)
{
    if(cache() == nullptr) {
        lv_image_header_cache_init(count);
        return;
    }
    lv_cache_set_max_size(cache(), count, nullptr);
    if(evict_now) {
        while(lv_cache_get_size(cache(), nullptr) > count && lv_cache_evict_one(cache(), nullptr)) {}
    }
}

void lv_image_header_cache_drop(const void * src)
{
    if(cache() == nullptr) return;
    if(src == nullptr) {
        lv_cache_drop_all(cache(), nullptr);
        return;
    }
    if(lv_image_src_get_type(src) != LV_IMAGE_SRC_FILE) return;
    HeaderNode key;
    lv_memzero(&key, sizeof(key));
    key.path = static_cast<const char *>(src);
    lv_cache_drop(cache(), &key, nullptr);
}

bool lv_image_header_cache_is_enabled(void) { return lv_cache_is_enabled(cache()); }

void lv_image_header_cache_dump(void)
{
    LV_LOG_USER("image header cache: %u of %u entries", (unsigned)lv_cache_get_size(cache(), nullptr),
                (unsigned)lv_cache_get_max_size(cache(), nullptr));
}

} // extern "C"
