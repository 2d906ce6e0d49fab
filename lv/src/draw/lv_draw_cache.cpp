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
    alignas(8) uint8_t payload[8]; /* the payload's start, aligned for any of its fields */
};

struct Table {
    Entry * slot[kSlots];
    uint32_t clock;
    int32_t last_hit; /* draws look the same block up row after row: try it first */
    uint32_t epoch;   /* counts blocks freed: a pointer got under the same epoch is valid */
};

Table * table()
{
    if(lv_global.draw_sw_cache == nullptr) {
        void * t = lv_malloc(sizeof(Table));
        if(t == nullptr) return nullptr;
        memset(t, 0, sizeof(Table));
        ((Table *)t)->epoch = 1;
        lv_global.draw_sw_cache = t;
    }
    return (Table *)lv_global.draw_sw_cache;
}

bool matches(const Entry * e, uint32_t kind, const void * key, size_t key_size)
{
    if(e == nullptr || e->kind != kind || e->key_size != key_size) return false;
    if(key_size >= 4) {
        /* the first word tells most keys apart without a call */
        uint32_t a, b;
        memcpy(&a, e->key, 4);
        memcpy(&b, key, 4);
        if(a != b) return false;
    }
    return memcmp(e->key, key, key_size) == 0;
}

} // namespace

void * cache_get(uint32_t kind, const void * key, size_t key_size)
{
    Table * t = (Table *)lv_global.draw_sw_cache;
    if(t == nullptr || key_size > kMaxKey) return nullptr;
    for(int32_t n = 0, i = t->last_hit; n < kSlots; n++, i = i + 1 < kSlots ? i + 1 : 0) {
        if(matches(t->slot[i], kind, key, key_size)) {
            t->slot[i]->last_use = ++t->clock;
            t->last_hit = i;
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
    if(t->slot[victim]) {
        lv_free(t->slot[victim]);
        t->slot[victim] = nullptr;
        t->epoch++;
    }
    Entry * e = (Entry *)lv_malloc(offsetof(Entry, payload) + LV_MAX(payload_size, sizeof(Entry::payload)));
    if(e == nullptr) return nullptr;
    memset(e, 0, offsetof(Entry, payload));
    e->kind = kind;
    e->key_size = (uint32_t)key_size;
    memcpy(e->key, key, key_size);
    e->last_use = ++t->clock;
    t->slot[victim] = e;
    return e->payload;
}

uint32_t cache_epoch()
{
    const Table * t = (const Table *)lv_global.draw_sw_cache;
    return t ? t->epoch : 0;
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
