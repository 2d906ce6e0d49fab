// Garbage-collected heap: one fixed-size region, mark-sweep, conservative.
//
// Public API for every piece that shares the interpreter heap (the GUI engine allocates
// its objects here through its allocator hook):
//   gc_init(heap, size, stack_top)  set up the heap inside caller memory; stack_top is the
//                                   address of a local in the outermost frame (C stack base)
//   gc_alloc(n)        zeroed block of at least n bytes, or nullptr when the heap is full even
//                      after a collection (no Python exception is set here)
//   gc_realloc(p, n)   grow/shrink (in place when possible); nullptr on failure, p untouched
//   gc_free(p)         explicit free (optional: unreachable blocks are reclaimed anyway)
//   gc_register_root(p, len) / gc_unregister_root(p)  extra memory scanned as roots
//   gc_collect()       full collection; gc_mem_free()/gc_mem_alloc() byte figures
// Roots: registered ranges + a conservative scan of the C stack and saved registers.
// Every allocated block is scanned conservatively; pointers to anywhere inside a block
// (not only its start) keep it alive.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace py {

void gc_init(void* heap, size_t size, void* stack_top);
void* gc_alloc(size_t n);
void* gc_realloc(void* p, size_t n);
// A block that holds no pointers (text, digits, floats): never scanned by the collector.
void* gc_alloc_atomic(size_t n);
// A block meant to live long (a compiled code object, an interned name): a small one goes in
// the lowest hole that fits, rather than at the allocation cursor, so long-lived data packs
// at the bottom and leaves the free space in one piece. atomic: as gc_alloc_atomic.
void* gc_alloc_lasting(size_t n, bool atomic = false);
void gc_free(void* p);
void gc_collect();
void gc_register_root(void* p, size_t len);
// A root range whose end moves: [p, *end) is scanned (e.g. a stack that grows upwards).
void gc_register_root_dynamic(void* p, void** end);
void gc_unregister_root(void* p);
size_t gc_mem_free();
size_t gc_mem_alloc();
size_t gc_block_size(const void* p);  // usable size of the block that starts at p
bool gc_in_heap(const void* p);
// Calls fn for every block of the heap, in address order: its start, its size in bytes and
// whether it is allocated (micropython.mem_info(1) draws the heap's map with it).
void gc_walk(void (*fn)(void* ctx, const void* block, size_t bytes, bool used), void* ctx);
// The first block and the bytes of all blocks (compact references: offsets into the heap).
uint8_t* gc_heap_base();
size_t gc_heap_bytes();
// Hook run at the start of each collection to let a piece mark extra memory with gc_mark_range.
void gc_mark_range(const void* p, size_t len);
void* gc_stack_top();
// heap lock (micropython.heap_lock): gc_alloc/gc_realloc fail while locked; unlock returns the new depth
void gc_lock();
unsigned gc_unlock();
unsigned gc_lock_depth();
// gc.threshold: collect after about `bytes` of allocations (rounded down to whole blocks; -1
// restores the heap's own figure); returns the threshold in force, -1 for none.
constexpr intptr_t GC_THRESHOLD_QUERY = INTPTR_MIN;
intptr_t gc_threshold(intptr_t bytes);

}  // namespace py
