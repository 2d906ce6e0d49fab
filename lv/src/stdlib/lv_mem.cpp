/**
 * @file lv_mem.cpp
 * lv_malloc & co. route every engine allocation through one installable allocator
 * (the C library's by default, the interpreter's GC heap inside pyvgl), plus the small
 * string helpers LVGL exposes so engine code never depends on a hosted runtime.
 */
#include "lv_mem.h"
#include "lv_init.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

void * default_alloc(size_t size) { return malloc(size); }
void * default_realloc(void * p, size_t size) { return realloc(p, size); }
void default_free(void * p) { free(p); }

const lv_mem_allocator_t default_allocator = {default_alloc, default_realloc, default_free, nullptr};
lv_mem_allocator_t current_allocator = default_allocator;

/* Bookkeeping for lv_mem_monitor: counts only, the allocator owns the blocks. */
size_t live_blocks = 0;

} // namespace

extern "C" {

void lv_mem_set_allocator(const lv_mem_allocator_t * allocator)
{
    /* only before lv_init (or after lv_deinit): while the engine runs, its blocks belong to
     * the current allocator, and another one would be asked to free them (a script calling
     * lv.mem_set_allocator) */
    if(lv_is_initialized()) return;
    current_allocator = allocator ? *allocator : default_allocator;
    if(!current_allocator.alloc || !current_allocator.realloc || !current_allocator.free) {
        current_allocator = default_allocator; /* an incomplete allocator would crash later */
    }
}

void lv_mem_init(void) { live_blocks = 0; }
void lv_mem_deinit(void) {}

void * lv_malloc(size_t size)
{
    /* LVGL returns a valid block for 0 bytes; keep that so callers need no special case. */
    void * p = lv_malloc_core(size);
    if(p) live_blocks++;
    return p;
}

void * lv_malloc_zeroed(size_t size)
{
    void * p = lv_malloc(size);
    if(p) memset(p, 0, size);
    return p;
}

void * lv_zalloc(size_t size) { return lv_malloc_zeroed(size); }

void * lv_calloc(size_t num, size_t size)
{
    if(size && num > SIZE_MAX / size) return nullptr;
    return lv_malloc_zeroed(num * size);
}

void lv_free(void * data)
{
    if(!data) return;
    current_allocator.free(data);
    if(live_blocks) live_blocks--;
}

void * lv_realloc(void * data_p, size_t new_size)
{
    if(!data_p) return lv_malloc(new_size);
    if(new_size == 0) {
        lv_free(data_p);
        return nullptr;
    }
    return current_allocator.realloc(data_p, new_size);
}

void * lv_reallocf(void * data_p, size_t new_size)
{
    void * p = lv_realloc(data_p, new_size);
    if(!p && new_size) lv_free(data_p);
    return p;
}

void lv_mem_monitor(lv_mem_monitor_t * mon_p)
{
    if(!mon_p) return;
    lv_mem_monitor_core(mon_p);
    if(!current_allocator.monitor) mon_p->used_cnt = live_blocks;
}

lv_result_t lv_mem_test(void) { return lv_mem_test_core(); }

/* The "core" functions are the installed allocator itself, without lv_malloc's bookkeeping.
 * Like LVGL's C-library allocator it manages no pools of its own. */

lv_mem_pool_t lv_mem_add_pool(void * mem, size_t bytes)
{
    (void)mem;
    (void)bytes;
    return nullptr;
}

void lv_mem_remove_pool(lv_mem_pool_t pool) { (void)pool; }

void * lv_malloc_core(size_t size) { return current_allocator.alloc(size ? size : 1); }

void lv_free_core(void * p)
{
    if(p) current_allocator.free(p);
}

void * lv_realloc_core(void * p, size_t new_size) { return current_allocator.realloc(p, new_size); }

void lv_mem_monitor_core(lv_mem_monitor_t * mon_p)
{
    if(!mon_p) return;
    memset(mon_p, 0, sizeof(*mon_p));
    if(current_allocator.monitor) current_allocator.monitor(mon_p);
}

lv_result_t lv_mem_test_core(void) { return LV_RESULT_OK; }

// NULL is treated as an empty buffer / string (a script can pass None): the calls below do
// nothing with it instead of faulting; lengths are still the caller's to get right
void * lv_memcpy(void * dst, const void * src, size_t len) { return dst && src ? memcpy(dst, src, len) : dst; }
void lv_memset(void * dst, uint8_t v, size_t len)
{
    if(dst) memset(dst, v, len);
}
void * lv_memmove(void * dst, const void * src, size_t len) { return dst && src ? memmove(dst, src, len) : dst; }
int lv_memcmp(const void * p1, const void * p2, size_t len)
{
    if(!p1 || !p2) return p1 == p2 || len == 0 ? 0 : (p1 ? 1 : -1);
    return memcmp(p1, p2, len);
}
void lv_memzero(void * dst, size_t len)
{
    if(dst) memset(dst, 0, len);
}
size_t lv_strlen(const char * str) { return str ? strlen(str) : 0; }

size_t lv_strnlen(const char * str, size_t max_len)
{
    size_t n = 0;
    while(str && n < max_len && str[n]) n++;
    return n;
}

size_t lv_strlcpy(char * dst, const char * src, size_t dst_size)
{
    size_t src_len = lv_strlen(src);
    if(dst && dst_size) {
        size_t n = src_len < dst_size - 1 ? src_len : dst_size - 1;
        if(n) memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return src_len;
}

char * lv_strncpy(char * dst, const char * src, size_t dest_size)
{
    if(dst && src) return strncpy(dst, src, dest_size);
    if(dst) memset(dst, 0, dest_size);
    return dst;
}
char * lv_strcpy(char * dst, const char * src)
{
    if(dst) strcpy(dst, src ? src : "");
    return dst;
}
int lv_strcmp(const char * s1, const char * s2) { return strcmp(s1 ? s1 : "", s2 ? s2 : ""); }
int lv_strncmp(const char * s1, const char * s2, size_t len) { return strncmp(s1 ? s1 : "", s2 ? s2 : "", len); }
bool lv_streq(const char * s1, const char * s2) { return s1 && s2 && strcmp(s1, s2) == 0; }

char * lv_strndup(const char * src, size_t max_len)
{
    if(!src) return nullptr;
    size_t n = lv_strnlen(src, max_len);
    char * p = static_cast<char *>(lv_malloc(n + 1));
    if(!p) return nullptr;
    memcpy(p, src, n);
    p[n] = '\0';
    return p;
}

char * lv_strdup(const char * src) { return lv_strndup(src, SIZE_MAX); }
char * lv_strcat(char * dst, const char * src) { return dst && src ? strcat(dst, src) : dst; }
char * lv_strncat(char * dst, const char * src, size_t src_len) { return dst && src ? strncat(dst, src, src_len) : dst; }
char * lv_strchr(const char * str, int c) { return str ? const_cast<char *>(strchr(str, c)) : nullptr; }

int lv_snprintf(char * buffer, size_t count, const char * format, ...)
{
    va_list args;
    va_start(args, format);
    int n = vsnprintf(buffer, count, format, args);
    va_end(args);
    return n;
}

int lv_vsnprintf(char * buffer, size_t count, const char * format, va_list va) { return vsnprintf(buffer, count, format, va); }

} // extern "C"
