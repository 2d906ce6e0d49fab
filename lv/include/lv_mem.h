/**
 * @file lv_mem.h
 * Memory and string helpers. Every engine allocation goes through lv_malloc/lv_realloc/
 * lv_free, which call the allocator installed with lv_mem_set_allocator (the C library's
 * malloc by default; the interpreter's GC heap inside pyvgl).
 */
#ifndef LV_MEM_H
#define LV_MEM_H

#include <stdarg.h>
#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    size_t total_size;
    size_t free_cnt;
    size_t free_size;
    size_t free_biggest_size;
    size_t used_cnt;
    size_t max_used;
    uint8_t used_pct;
    uint8_t frag_pct;
} lv_mem_monitor_t;

/** The allocator behind lv_malloc & co. Blocks it returns may hold pointers to other
 *  engine blocks; a garbage-collecting allocator must scan them. */
typedef struct {
    void * (*alloc)(size_t size);
    void * (*realloc)(void * p, size_t new_size);
    void (*free)(void * p);
    void (*monitor)(lv_mem_monitor_t * mon_p); /**< may be NULL */
} lv_mem_allocator_t;

/** Installs an allocator; call before lv_init (ignored between lv_init and lv_deinit, while
 *  engine blocks from the current allocator are live). NULL restores the default (malloc). */
void lv_mem_set_allocator(const lv_mem_allocator_t * allocator);

void lv_mem_init(void);
void lv_mem_deinit(void);
void * lv_malloc(size_t size);
void * lv_calloc(size_t num, size_t size);
void * lv_zalloc(size_t size);
void * lv_malloc_zeroed(size_t size);
void lv_free(void * data);
void * lv_realloc(void * data_p, size_t new_size);
void * lv_reallocf(void * data_p, size_t new_size);
void lv_mem_monitor(lv_mem_monitor_t * mon_p);
lv_result_t lv_mem_test(void);

/** A memory pool added to the allocator (opaque). */
typedef void * lv_mem_pool_t;
/** Adds `bytes` at `mem` to the heap. The allocators used here (C library, GC heap) manage no
 *  pools, as LVGL's C-library allocator: returns NULL and the memory is not used. */
lv_mem_pool_t lv_mem_add_pool(void * mem, size_t bytes);
void lv_mem_remove_pool(lv_mem_pool_t pool);
/* The installed allocator itself, without lv_malloc's bookkeeping. */
void * lv_malloc_core(size_t size);
void lv_free_core(void * p);
void * lv_realloc_core(void * p, size_t new_size);
void lv_mem_monitor_core(lv_mem_monitor_t * mon_p);
lv_result_t lv_mem_test_core(void);

void * lv_memcpy(void * dst, const void * src, size_t len);
void lv_memset(void * dst, uint8_t v, size_t len);
void * lv_memmove(void * dst, const void * src, size_t len);
int lv_memcmp(const void * p1, const void * p2, size_t len);
void lv_memzero(void * dst, size_t len);
size_t lv_strlen(const char * str);
size_t lv_strnlen(const char * str, size_t max_len);
size_t lv_strlcpy(char * dst, const char * src, size_t dst_size);
char * lv_strncpy(char * dst, const char * src, size_t dest_size);
char * lv_strcpy(char * dst, const char * src);
int lv_strcmp(const char * s1, const char * s2);
int lv_strncmp(const char * s1, const char * s2, size_t len);
bool lv_streq(const char * s1, const char * s2);
char * lv_strdup(const char * src);
char * lv_strndup(const char * src, size_t max_len);
char * lv_strcat(char * dst, const char * src);
char * lv_strncat(char * dst, const char * src, size_t src_len);
char * lv_strchr(const char * str, int c);
int lv_snprintf(char * buffer, size_t count, const char * format, ...);
int lv_vsnprintf(char * buffer, size_t count, const char * format, va_list va);

#ifdef __cplusplus
}
#endif

#endif
