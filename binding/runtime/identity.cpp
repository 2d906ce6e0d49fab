/**
 * @file identity.cpp
 * One Python object per engine object: an open-addressing table from engine object address
 * to wrapper. Plain pointers in one GC block (8 bytes a slot, at most 3/4 full) cost far
 * less than a dict entry per object; the block is scanned like every GC block, so the
 * wrappers listed here stay alive until their object is deleted.
 */
#include "binding/runtime/internal.h"

namespace pyvgl {
namespace binding {

using py::Val;

namespace {

uint32_t slot_of(void * ptr, uint32_t cap)
{
    uintptr_t h = (uintptr_t)ptr >> 3;  // engine blocks are at least 8-byte aligned
    h ^= h >> 15;
    return (uint32_t)(h * 2654435761u) & (cap - 1);
}

/** Resizes the table to `cap` slots (a power of two); false when out of memory. */
bool rehash(Runtime * rt, uint32_t cap)
{
    BObj ** fresh = (BObj **)py::gc_alloc(sizeof(BObj *) * cap);
    if(!fresh) return false;
    for(uint32_t i = 0; i < rt->ident_cap; i++) {
        BObj * o = rt->ident[i];
        if(!o) continue;
        uint32_t s = slot_of(o->ptr, cap);
        while(fresh[s]) s = (s + 1) & (cap - 1);
        fresh[s] = o;
    }
    py::gc_free(rt->ident);
    rt->ident = fresh;
    rt->ident_cap = cap;
    return true;
}

} // namespace

Val identity_find(Runtime * rt, void * ptr)
{
    if(!rt->ident_cap) return nullptr;
    for(uint32_t s = slot_of(ptr, rt->ident_cap);; s = (s + 1) & (rt->ident_cap - 1)) {
        BObj * o = rt->ident[s];
        if(!o) return nullptr;
        if(o->ptr == ptr) return (Val)o;
    }
}

bool identity_add(Runtime * rt, Val wrapper)
{
    BObj * w = (BObj *)wrapper;
    if((rt->ident_used + 1) * 4 > rt->ident_cap * 3 && !rehash(rt, rt->ident_cap ? rt->ident_cap * 2 : 64)) {
        py::raise_no_memory();
        return false;
    }
    uint32_t s = slot_of(w->ptr, rt->ident_cap);
    while(rt->ident[s] && rt->ident[s]->ptr != w->ptr) s = (s + 1) & (rt->ident_cap - 1);
    if(!rt->ident[s]) rt->ident_used++;
    rt->ident[s] = w;
    return true;
}

void identity_remove(Runtime * rt, void * ptr)
{
    if(!rt->ident_cap) return;
    uint32_t mask = rt->ident_cap - 1;
    uint32_t s = slot_of(ptr, rt->ident_cap);
    while(rt->ident[s] && rt->ident[s]->ptr != ptr) s = (s + 1) & mask;
    if(!rt->ident[s]) return;
    // backward-shift deletion: later entries of the probe run move up, so lookups never
    // stop at a hole that was not there when the entry was added
    uint32_t hole = s;
    for(uint32_t j = (s + 1) & mask; rt->ident[j]; j = (j + 1) & mask) {
        uint32_t home = slot_of(rt->ident[j]->ptr, rt->ident_cap);
        if(((j - home) & mask) < ((j - hole) & mask)) continue;  // its home lies after the hole
        rt->ident[hole] = rt->ident[j];
        hole = j;
    }
    rt->ident[hole] = nullptr;
    rt->ident_used--;
}

} // namespace binding
} // namespace pyvgl
