// lv_malloc & co for this test binary when the engine's own allocator (lv_mem, owned by the
// core) is not linked in. Weak, so the engine's definitions win when they are present.
#include <cstdlib>
#include <cstring>

#include "lvgl.h"

extern "C" {
__attribute__((weak)) void * lv_malloc(size_t size) { return std::malloc(size ? size : 1); }
__attribute__((weak)) void * lv_realloc(void * p, size_t size) { return std::realloc(p, size ? size : 1); }
__attribute__((weak)) void lv_free(void * p) { std::free(p); }
__attribute__((weak)) void * lv_calloc(size_t n, size_t size) { return std::calloc(n ? n : 1, size ? size : 1); }
__attribute__((weak)) void * lv_zalloc(size_t size) { return std::calloc(1, size ? size : 1); }
__attribute__((weak)) void * lv_malloc_zeroed(size_t size) { return std::calloc(1, size ? size : 1); }
}
