/**
 * @file lv_cache.cpp
 * Generic caches: the API dispatches to the cache's class; the built-in LRU classes keep a
 * doubly linked list, most recently used first. An entry is one block: the node's bytes,
 * then the entry's fields (so lv_cache_entry_get_entry finds the entry from the node).
 */
#include "core/lv_global.h"
#include "misc/lv_live_set.h"

struct _lv_cache_entry_t {
    const lv_cache_t * cache;
    int32_t ref_cnt;
    uint32_t node_size;
    bool invalid;
    lv_cache_entry_t * prev; /* the LRU classes' list */
    lv_cache_entry_t * next;
};

namespace {

/** A cache lv_cache_create made and lv_cache_destroy has not freed. */
bool live(const lv_cache_t * cache) { return lv_live_set_has(&lv_global.live_caches, cache); }

/** A node's bytes rounded up so the entry's fields after them are aligned. */
uint32_t padded(uint32_t node_size)
{
    const uint32_t a = alignof(lv_cache_entry_t);
    return (node_size + a - 1) / a * a;
}

struct LruCache {
    lv_cache_t cache; /* first: the cache pointer is the block */
    lv_cache_entry_t * head;
    lv_cache_entry_t * tail;
    bool by_size;
};

LruCache * lru(lv_cache_t * cache) { return reinterpret_cast<LruCache *>(cache); }

/** What an entry costs: 1 in a count cache, its node's leading slot size in a size cache. */
uint32_t cost_of(const LruCache * c, const void * node)
{
    if(!c->by_size) return 1;
    lv_cache_slot_size_t slot;
    lv_memcpy(&slot, node, sizeof(slot));
    return static_cast<uint32_t>(slot.size);
}

void list_unlink(LruCache * c, lv_cache_entry_t * e)
{
    if(e->prev) e->prev->next = e->next;
    else c->head = e->next;
    if(e->next) e->next->prev = e->prev;
    else c->tail = e->prev;
    e->prev = e->next = nullptr;
}

void list_push_front(LruCache * c, lv_cache_entry_t * e)
{
    e->prev = nullptr;
    e->next = c->head;
    if(c->head) c->head->prev = e;
    c->head = e;
    if(c->tail == nullptr) c->tail = e;
}

/** Frees an entry no longer listed: now when unreferenced, else when released. */
void discard(lv_cache_t * cache, lv_cache_entry_t * e, void * user_data)
{
    if(e->ref_cnt > 0) {
        e->invalid = true;
        return;
    }
    if(cache->ops.free_cb) cache->ops.free_cb(lv_cache_entry_get_data(e), user_data);
    lv_cache_entry_delete(e);
}

void * lru_alloc() { return lv_malloc_zeroed(sizeof(LruCache)); }
void * lru_alloc_size()
{
    LruCache * c = static_cast<LruCache *>(lv_malloc_zeroed(sizeof(LruCache)));
    if(c) c->by_size = true;
    return c;
}

bool lru_init(lv_cache_t * cache) { return cache->ops.compare_cb != nullptr; }

lv_cache_entry_t * lru_get(lv_cache_t * cache, const void * key, void * user_data)
{
    LV_UNUSED(user_data);
    LruCache * c = lru(cache);
    for(lv_cache_entry_t * e = c->head; e; e = e->next) {
        if(cache->ops.compare_cb(lv_cache_entry_get_data(e), key) != 0) continue;
        list_unlink(c, e);
        list_push_front(c, e);
        return e;
    }
    return nullptr;
}

lv_cache_entry_t * lru_add(lv_cache_t * cache, const void * key, void * user_data)
{
    LV_UNUSED(user_data);
    LruCache * c = lru(cache);
    lv_cache_entry_t * e = lv_cache_entry_alloc(cache->node_size, cache);
    if(e == nullptr) return nullptr;
    lv_memcpy(lv_cache_entry_get_data(e), key, cache->node_size);
    list_push_front(c, e);
    cache->size += cost_of(c, key);
    return e;
}

void lru_remove(lv_cache_t * cache, lv_cache_entry_t * e, void * user_data)
{
    LV_UNUSED(user_data);
    LruCache * c = lru(cache);
    list_unlink(c, e);
    cache->size -= cost_of(c, lv_cache_entry_get_data(e));
}

void lru_drop(lv_cache_t * cache, const void * key, void * user_data)
{
    lv_cache_entry_t * e = lru_get(cache, key, user_data);
    if(e == nullptr) return;
    lru_remove(cache, e, user_data);
    discard(cache, e, user_data);
}

void lru_drop_all(lv_cache_t * cache, void * user_data)
{
    LruCache * c = lru(cache);
    while(lv_cache_entry_t * e = c->head) {
        lru_remove(cache, e, user_data);
        discard(cache, e, user_data);
    }
}

void lru_destroy(lv_cache_t * cache, void * user_data) { lru_drop_all(cache, user_data); }

lv_cache_entry_t * lru_victim(lv_cache_t * cache, void * user_data)
{
    LV_UNUSED(user_data);
    for(lv_cache_entry_t * e = lru(cache)->tail; e; e = e->prev) {
        if(e->ref_cnt == 0) return e;
    }
    return nullptr;
}

lv_cache_reserve_cond_res_t lru_reserve_cond(lv_cache_t * cache, const void * key, size_t size, void * user_data)
{
    LV_UNUSED(user_data);
    LruCache * c = lru(cache);
    const size_t need = !c->by_size ? 1 : key ? cost_of(c, key) : size;
    if(need > cache->max_size) return LV_CACHE_RESERVE_COND_TOO_LARGE;
    return cache->size + need > cache->max_size ? LV_CACHE_RESERVE_COND_NEED_VICTIM : LV_CACHE_RESERVE_COND_OK;
}

/** Evicts until `key` (or `size` bytes when key is NULL) fits; false when it cannot. */
bool make_room(lv_cache_t * cache, const void * key, size_t size, void * user_data)
{
    for(;;) {
        const lv_cache_reserve_cond_res_t res = cache->clz->reserve_cond_cb(cache, key, size, user_data);
        if(res == LV_CACHE_RESERVE_COND_OK) return true;
        if(res != LV_CACHE_RESERVE_COND_NEED_VICTIM || !lv_cache_evict_one(cache, user_data)) return false;
    }
}

/** A new unreferenced entry of `key`, room made first. */
lv_cache_entry_t * add_entry(lv_cache_t * cache, const void * key, void * user_data)
{
    if(!lv_cache_is_enabled(cache) || !make_room(cache, key, 0, user_data)) return nullptr;
    return cache->clz->add_cb(cache, key, user_data);
}

} // namespace

extern "C" {

#define LV_CACHE_LRU_CLASS(alloc) \
    {alloc, lru_init, lru_destroy, lru_get, lru_add, lru_remove, lru_drop, lru_drop_all, lru_victim, lru_reserve_cond, nullptr}

const lv_cache_class_t lv_cache_class_lru_rb_count = LV_CACHE_LRU_CLASS(lru_alloc);
const lv_cache_class_t lv_cache_class_lru_rb_size = LV_CACHE_LRU_CLASS(lru_alloc_size);
const lv_cache_class_t lv_cache_class_lru_ll_count = LV_CACHE_LRU_CLASS(lru_alloc);
const lv_cache_class_t lv_cache_class_lru_ll_size = LV_CACHE_LRU_CLASS(lru_alloc_size);

lv_cache_t * lv_cache_create(const lv_cache_class_t * cache_class, size_t node_size, size_t max_size, lv_cache_ops_t ops)
{
    const lv_cache_class_t * c = cache_class;
    if(c == nullptr || node_size == 0) return nullptr;
    /* every operation goes through the class: all of them must be there */
    if(!c->alloc_cb || !c->get_cb || !c->add_cb || !c->remove_cb || !c->drop_cb || !c->drop_all_cb || !c->get_victim_cb ||
       !c->reserve_cond_cb) {
        return nullptr;
    }
    lv_cache_t * cache = static_cast<lv_cache_t *>(cache_class->alloc_cb());
    if(cache == nullptr) return nullptr;
    cache->clz = cache_class;
    cache->node_size = static_cast<uint32_t>(node_size);
    cache->max_size = static_cast<uint32_t>(max_size);
    cache->ops = ops;
    if((cache_class->init_cb && !cache_class->init_cb(cache)) || !lv_live_set_add(&lv_global.live_caches, cache)) {
        lv_free(cache);
        return nullptr;
    }
    return cache;
}

void lv_cache_destroy(lv_cache_t * cache, void * user_data)
{
    if(!live(cache)) return;
    lv_live_set_remove(&lv_global.live_caches, cache);
    if(cache->clz->destroy_cb) cache->clz->destroy_cb(cache, user_data);
    lv_free(cache);
}

lv_cache_entry_t * lv_cache_acquire(lv_cache_t * cache, const void * key, void * user_data)
{
    if(!live(cache) || key == nullptr) return nullptr;
    lv_cache_entry_t * e = cache->clz->get_cb(cache, key, user_data);
    if(e) e->ref_cnt++;
    return e;
}

lv_cache_entry_t * lv_cache_acquire_or_create(lv_cache_t * cache, const void * key, void * user_data)
{
    if(lv_cache_entry_t * e = lv_cache_acquire(cache, key, user_data)) return e;
    if(!live(cache) || key == nullptr || cache->ops.create_cb == nullptr) return nullptr;
    lv_cache_entry_t * e = add_entry(cache, key, user_data);
    if(e == nullptr) return nullptr;
    if(!cache->ops.create_cb(lv_cache_entry_get_data(e), user_data)) {
        cache->clz->remove_cb(cache, e, user_data);
        lv_cache_entry_delete(e);
        return nullptr;
    }
    e->ref_cnt++;
    return e;
}

lv_cache_entry_t * lv_cache_add(lv_cache_t * cache, const void * key, void * user_data)
{
    if(!live(cache) || key == nullptr) return nullptr;
    lv_cache_entry_t * e = add_entry(cache, key, user_data);
    if(e) e->ref_cnt++;
    return e;
}

void lv_cache_release(lv_cache_t * cache, lv_cache_entry_t * entry, void * user_data)
{
    if(!live(cache) || entry == nullptr || entry->cache != cache || entry->ref_cnt <= 0) return;
    entry->ref_cnt--;
    if(entry->ref_cnt == 0 && entry->invalid) discard(cache, entry, user_data);
}

void lv_cache_reserve(lv_cache_t * cache, uint32_t reserved_size, void * user_data)
{
    if(live(cache)) make_room(cache, nullptr, reserved_size, user_data);
}

void lv_cache_drop(lv_cache_t * cache, const void * key, void * user_data)
{
    if(live(cache) && key) cache->clz->drop_cb(cache, key, user_data);
}

void lv_cache_drop_all(lv_cache_t * cache, void * user_data)
{
    if(live(cache)) cache->clz->drop_all_cb(cache, user_data);
}

bool lv_cache_evict_one(lv_cache_t * cache, void * user_data)
{
    if(!live(cache)) return false;
    lv_cache_entry_t * victim = cache->clz->get_victim_cb(cache, user_data);
    if(victim == nullptr) return false;
    cache->clz->remove_cb(cache, victim, user_data);
    discard(cache, victim, user_data);
    return true;
}

void lv_cache_set_max_size(lv_cache_t * cache, size_t max_size, void * user_data)
{
    LV_UNUSED(user_data);
    if(live(cache)) cache->max_size = static_cast<uint32_t>(max_size);
}

size_t lv_cache_get_max_size(lv_cache_t * cache, void * user_data)
{
    LV_UNUSED(user_data);
    return live(cache) ? cache->max_size : 0;
}

size_t lv_cache_get_size(lv_cache_t * cache, void * user_data)
{
    LV_UNUSED(user_data);
    return live(cache) ? cache->size : 0;
}

size_t lv_cache_get_free_size(lv_cache_t * cache, void * user_data)
{
    LV_UNUSED(user_data);
    return live(cache) && cache->max_size > cache->size ? cache->max_size - cache->size : 0;
}

bool lv_cache_is_enabled(lv_cache_t * cache) { return live(cache) && cache->max_size > 0; }

void lv_cache_set_compare_cb(lv_cache_t * cache, lv_cache_compare_cb_t compare_cb, void * user_data)
{
    LV_UNUSED(user_data);
    if(live(cache) && compare_cb) cache->ops.compare_cb = compare_cb;
}

void lv_cache_set_create_cb(lv_cache_t * cache, lv_cache_create_cb_t alloc_cb, void * user_data)
{
    LV_UNUSED(user_data);
    if(live(cache)) cache->ops.create_cb = alloc_cb;
}

void lv_cache_set_free_cb(lv_cache_t * cache, lv_cache_free_cb_t free_cb, void * user_data)
{
    LV_UNUSED(user_data);
    if(live(cache)) cache->ops.free_cb = free_cb;
}

void lv_cache_set_name(lv_cache_t * cache, const char * name)
{
    if(live(cache)) cache->name = name;
}

const char * lv_cache_get_name(lv_cache_t * cache) { return live(cache) ? cache->name : nullptr; }

uint32_t lv_cache_entry_get_size(const uint32_t node_size) { return padded(node_size) + sizeof(lv_cache_entry_t); }

int32_t lv_cache_entry_get_ref(lv_cache_entry_t * entry) { return entry ? entry->ref_cnt : 0; }

uint32_t lv_cache_entry_get_node_size(lv_cache_entry_t * entry) { return entry ? entry->node_size : 0; }

bool lv_cache_entry_is_invalid(lv_cache_entry_t * entry) { return entry && entry->invalid; }

void * lv_cache_entry_get_data(lv_cache_entry_t * entry)
{
    return entry ? reinterpret_cast<uint8_t *>(entry) - padded(entry->node_size) : nullptr;
}

const lv_cache_t * lv_cache_entry_get_cache(const lv_cache_entry_t * entry) { return entry ? entry->cache : nullptr; }

lv_cache_entry_t * lv_cache_entry_get_entry(void * data, const uint32_t node_size)
{
    return data ? reinterpret_cast<lv_cache_entry_t *>(static_cast<uint8_t *>(data) + padded(node_size)) : nullptr;
}

lv_cache_entry_t * lv_cache_entry_alloc(const uint32_t node_size, const lv_cache_t * cache)
{
    uint8_t * block = static_cast<uint8_t *>(lv_malloc_zeroed(lv_cache_entry_get_size(node_size)));
    if(block == nullptr) return nullptr;
    lv_cache_entry_t * e = lv_cache_entry_get_entry(block, node_size);
    lv_cache_entry_init(e, cache, node_size);
    return e;
}

void lv_cache_entry_init(lv_cache_entry_t * entry, const lv_cache_t * cache, const uint32_t node_size)
{
    if(entry == nullptr) return;
    entry->cache = cache;
    entry->node_size = node_size;
    entry->ref_cnt = 0;
    entry->invalid = false;
}

void lv_cache_entry_delete(lv_cache_entry_t * entry)
{
    if(entry) lv_free(lv_cache_entry_get_data(entry));
}

} // extern "C"
