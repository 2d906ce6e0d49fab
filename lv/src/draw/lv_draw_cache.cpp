// Results the renderer keeps between draws (corner coverage per radius, blurred shadow
// corners), as the original caches circle masks and shadows: a few blocks, each found by a
// key, the least recently used one replaced when all slots are taken. The slot table hangs
// off lv_global so that a garbage-collected heap sees every block as reachable.
#include <string.h>

#include "core/lv_global.h"
#include "lv_draw_sw.h"

namespace lv_sw {
namespace {

constexpr int32_t kSlots = 16;
constexpr size_t kMaxKey = 32;

/* A cached block: this header, then the payload. */
struct Entry {
    uint32_t kind;
    uint32_t key_size;
    uint32_t last_use;
    uint8_t key[kMaxKey];
    uint32_t payload[1]; /* first word of the payload (aligned) */
};

struct Table {
    Entry * slot[kSlots];
    uint32_t clock;
};

Table * table()
{
    if(lv_global.draw_sw_cache == nullptr) {
        void * t = lv_malloc(sizeof(Table));
        if(t == nullptr) return nullptr;
        memset(t, 0, sizeof(Table));
        lv_global.draw_sw_cache = t;
    }
    return (Table *)lv_global.draw_sw_cache;
}

bool matches(const Entry * e, uint32_t kind, const void * key, size_t key_size)
{
    return e && e->kind == kind && e->key_size == key_size && memcmp(e->key, key, key_size) == 0;
}

} // namespace

void * cache_get(uint32_t kind, const void * key, size_t key_size)
{
    Table * t = (Table *)lv_global.draw_sw_cache;
    if(t == nullptr || key_size > kMaxKey) return nullptr;
    for(int32_t i = 0; i < kSlots; i++) {
        if(matches(t->slot[i], kind, key, key_size)) {
            t->slot[i]->last_use = ++t->clock;
            return t->slot[i]->payload;
        }
    }
    return nullptr;
}

void * cache_put(uint32_t kind, const void * key, size_t key_size, size_t payload_size)
{
    Table * t = table();
    if(t == nullptr || key_size > kMaxKey) return nullptr;
    int32_t victim = 0;
    for(int32_t i = 0; i < kSlots; i++) {
        if(t->slot[i] == nullptr) {
            victim = i;
            break;
        }
        if(t->slot[i]->last_use < t->slot[victim]->last_use) victim = i;
    }
    lv_free(t->slot[victim]);
    t->slot[victim] = nullptr;
    Entry * e = (Entry *)lv_malloc(offsetof(Entry, payload) + LV_MAX(payload_size, sizeof(uint32_t)));
    if(e == nullptr) return nullptr;
    memset(e, 0, offsetof(Entry, payload));
    e->kind = kind;
    e->key_size = (uint32_t)key_size;
    memcpy(e->key, key, key_size);
    e->last_use = ++t->clock;
    t->slot[victim] = e;
    return e->payload;
}

void clear_cache()
{
    Table * t = (Table *)lv_global.draw_sw_cache;
    if(t == nullptr) return;
    for(int32_t i = 0; i < kSlots; i++) lv_free(t->slot[i]);
    lv_free(t);
    lv_global.draw_sw_cache = nullptr;
}

} // namespace lv_sw
