/**
 * @file lv_cache.h
 * Generic caches (LVGL 9.3's lv_cache): entries of `node_size` bytes found by key (the
 * node's leading bytes compared by ops.compare_cb), reference counted while acquired, the
 * least recently used unreferenced one evicted when a new one does not fit. A cache class
 * decides how entries are kept and counted; the built-in classes keep them most recently
 * used first and count entries (`*_count`) or the bytes in each node's leading
 * lv_cache_slot_size_t (`*_size`). The image header cache is one of these.
 */
#ifndef LV_CACHE_H
#define LV_CACHE_H

#include "lv_image_decoder.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef int8_t lv_cache_compare_res_t;
typedef int lv_mutex_t;

typedef enum {
    LV_CACHE_RESERVE_COND_OK = 0x0,
    LV_CACHE_RESERVE_COND_TOO_LARGE = 0x1,
    LV_CACHE_RESERVE_COND_NEED_VICTIM = 0x2,
    LV_CACHE_RESERVE_COND_ERROR = 0x3,
} lv_cache_reserve_cond_res_t;

/** <0, 0, >0 as a sorts before, equal to or after b (0: the same key). */
typedef lv_cache_compare_res_t (*lv_cache_compare_cb_t)(const void * a, const void * b);
/** Fills a new node (its key already copied in); false: it cannot be made. */
typedef bool (*lv_cache_create_cb_t)(void * node, void * user_data);
/** Frees what the node holds (not the node). */
typedef void (*lv_cache_free_cb_t)(void * node, void * user_data);

typedef struct {
    lv_cache_compare_cb_t compare_cb;
    lv_cache_create_cb_t create_cb;
    lv_cache_free_cb_t free_cb;
} lv_cache_ops_t;

typedef void * (*lv_cache_alloc_cb_t)(void);
typedef bool (*lv_cache_init_cb_t)(lv_cache_t * cache);
typedef void (*lv_cache_destroy_cb_t)(lv_cache_t * cache, void * user_data);
typedef lv_cache_entry_t * (*lv_cache_get_cb_t)(lv_cache_t * cache, const void * key, void * user_data);
typedef lv_cache_entry_t * (*lv_cache_add_cb_t)(lv_cache_t * cache, const void * key, void * user_data);
typedef void (*lv_cache_remove_cb_t)(lv_cache_t * cache, lv_cache_entry_t * entry, void * user_data);
typedef void (*lv_cache_drop_cb_t)(lv_cache_t * cache, const void * key, void * user_data);
typedef void (*lv_cache_drop_all_cb_t)(lv_cache_t * cache, void * user_data);
typedef lv_cache_entry_t * (*lv_cache_get_victim_cb)(lv_cache_t * cache, void * user_data);
typedef lv_cache_reserve_cond_res_t (*lv_cache_reserve_cond_cb)(lv_cache_t * cache, const void * key, size_t size,
                                                                void * user_data);

/** How a cache keeps its entries. */
typedef struct {
    lv_cache_alloc_cb_t alloc_cb;
    lv_cache_init_cb_t init_cb;
    lv_cache_destroy_cb_t destroy_cb;
    lv_cache_get_cb_t get_cb;
    lv_cache_add_cb_t add_cb;
    lv_cache_remove_cb_t remove_cb;
    lv_cache_drop_cb_t drop_cb;
    lv_cache_drop_all_cb_t drop_all_cb;
    lv_cache_get_victim_cb get_victim_cb;
    lv_cache_reserve_cond_cb reserve_cond_cb;
    void * iter_create_cb; /* iterators (lv_iter_t) are not part of this engine */
} lv_cache_class_t;

struct _lv_cache_t {
    const lv_cache_class_t * clz;
    uint32_t node_size;
    uint32_t max_size;
    uint32_t size;
    lv_cache_ops_t ops;
    lv_mutex_t lock;
    const char * name;
};

/* Most recently used first; counting entries or bytes (the rb and ll names of LVGL's
 * red-black tree and linked list classes are the same class here). */
extern const lv_cache_class_t lv_cache_class_lru_rb_count;
extern const lv_cache_class_t lv_cache_class_lru_rb_size;
extern const lv_cache_class_t lv_cache_class_lru_ll_count;
extern const lv_cache_class_t lv_cache_class_lru_ll_size;

/**
 * Creates a cache.
 * @param cache_class   e.g. &lv_cache_class_lru_rb_count
 * @param node_size     bytes of a node (key first)
 * @param max_size      entries (count classes) or bytes (size classes)
 * @param ops           compare (required), create and free callbacks
 * @return              the cache, NULL without memory or compare_cb
 */
lv_cache_t * lv_cache_create(const lv_cache_class_t * cache_class, size_t node_size, size_t max_size, lv_cache_ops_t ops);
/** Frees every entry (free_cb on each) and the cache. */
void lv_cache_destroy(lv_cache_t * cache, void * user_data);
/** The entry of `key`, referenced (release it), or NULL. */
lv_cache_entry_t * lv_cache_acquire(lv_cache_t * cache, const void * key, void * user_data);
/** The entry of `key`; made with create_cb when missing. Referenced; NULL on failure. */
lv_cache_entry_t * lv_cache_acquire_or_create(lv_cache_t * cache, const void * key, void * user_data);
/** A new referenced entry holding a copy of `key` (node_size bytes), least recently used
 *  unreferenced entries evicted to make room; NULL when it cannot fit. */
lv_cache_entry_t * lv_cache_add(lv_cache_t * cache, const void * key, void * user_data);
/** Drops a reference; a dropped entry is freed with its last reference. */
void lv_cache_release(lv_cache_t * cache, lv_cache_entry_t * entry, void * user_data);
/** Evicts until `reserved_size` more fits (as far as unreferenced entries allow). */
void lv_cache_reserve(lv_cache_t * cache, uint32_t reserved_size, void * user_data);
/** Removes the entry of `key` (freed now, or when its last reference goes). */
void lv_cache_drop(lv_cache_t * cache, const void * key, void * user_data);
void lv_cache_drop_all(lv_cache_t * cache, void * user_data);
/** Evicts the least recently used unreferenced entry; false when there is none. */
bool lv_cache_evict_one(lv_cache_t * cache, void * user_data);
void lv_cache_set_max_size(lv_cache_t * cache, size_t max_size, void * user_data);
size_t lv_cache_get_max_size(lv_cache_t * cache, void * user_data);
size_t lv_cache_get_size(lv_cache_t * cache, void * user_data);
size_t lv_cache_get_free_size(lv_cache_t * cache, void * user_data);
/** Whether max_size is above 0. */
bool lv_cache_is_enabled(lv_cache_t * cache);
void lv_cache_set_compare_cb(lv_cache_t * cache, lv_cache_compare_cb_t compare_cb, void * user_data);
void lv_cache_set_create_cb(lv_cache_t * cache, lv_cache_create_cb_t alloc_cb, void * user_data);
void lv_cache_set_free_cb(lv_cache_t * cache, lv_cache_free_cb_t free_cb, void * user_data);
void lv_cache_set_name(lv_cache_t * cache, const char * name);
const char * lv_cache_get_name(lv_cache_t * cache);

/* Entries: the node's bytes, then the entry's own fields. */
/** Bytes of an entry holding a node of node_size bytes. */
uint32_t lv_cache_entry_get_size(const uint32_t node_size);
int32_t lv_cache_entry_get_ref(lv_cache_entry_t * entry);
uint32_t lv_cache_entry_get_node_size(lv_cache_entry_t * entry);
/** Dropped from its cache while still referenced. */
bool lv_cache_entry_is_invalid(lv_cache_entry_t * entry);
/** The node. */
void * lv_cache_entry_get_data(lv_cache_entry_t * entry);
const lv_cache_t * lv_cache_entry_get_cache(const lv_cache_entry_t * entry);
/** The entry of a node. */
lv_cache_entry_t * lv_cache_entry_get_entry(void * data, const uint32_t node_size);
/** A new zeroed entry (for cache classes). */
lv_cache_entry_t * lv_cache_entry_alloc(const uint32_t node_size, const lv_cache_t * cache);
void lv_cache_entry_init(lv_cache_entry_t * entry, const lv_cache_t * cache, const uint32_t node_size);
/** Frees an entry made by lv_cache_entry_alloc. */
void lv_cache_entry_delete(lv_cache_entry_t * entry);

/* The image header cache: headers of image files, so a file is not opened to learn its
 * size again. Off until given a count (LVGL's LV_IMAGE_HEADER_CACHE_DEF_CNT is 0). */
lv_result_t lv_image_header_cache_init(uint32_t count);
void lv_image_header_cache_resize(uint32_t count, bool evict_now);
/** Forgets the header of `src` (every one for NULL). */
void lv_image_header_cache_drop(const void * src);
bool lv_image_header_cache_is_enabled(void);
void lv_image_header_cache_dump(void);

#ifdef __cplusplus
}
#endif

#endif
