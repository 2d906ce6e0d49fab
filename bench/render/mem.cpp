// lv_malloc & co through the C library when the engine's allocator (lv_mem, part of the
// core) is not linked in; weak so that the engine's own definitions win when present.
#include <cstdlib>

#include "lvgl.h"

extern "C" {
__attribute__((weak)) void * lv_malloc(size_t size) { return std::malloc(size ? size : 1); }
__attribute__((weak)) void * lv_realloc(void * p, size_t size) { return std::realloc(p, size ? size : 1); }
__attribute__((weak)) void lv_free(void * p) { std::free(p); }
__attribute__((weak)) void * lv_calloc(size_t n, size_t size) { return std::calloc(n ? n : 1, size ? size : 1); }
__attribute__((weak)) void * lv_zalloc(size_t size) { return std::calloc(1, size ? size : 1); }
__attribute__((weak)) void * lv_malloc_zeroed(size_t size) { return std::calloc(1, size ? size : 1); }
}
