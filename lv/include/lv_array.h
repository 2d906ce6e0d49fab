/**
 * @file lv_array.h
 * A growable array of fixed-size elements, in an engine block (lv_array_init) or in a
 * caller's buffer that does not grow (lv_array_init_from_buf).
 */
#ifndef LV_ARRAY_H
#define LV_ARRAY_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

#define LV_ARRAY_DEFAULT_CAPACITY 4

typedef struct _lv_array_t {
    uint8_t * data;
    uint32_t size;     /**< elements in use */
    uint32_t capacity; /**< elements the storage holds */
    uint32_t element_size;
    bool inner_alloc;  /**< the storage is the array's own (it can grow) */
} lv_array_t;

void lv_array_init(lv_array_t * array, uint32_t capacity, uint32_t element_size);
void lv_array_init_from_buf(lv_array_t * array, void * buf, uint32_t capacity, uint32_t element_size);
/** Changes the capacity (elements past it are dropped). False for a caller's buffer or when
 *  out of memory. */
bool lv_array_resize(lv_array_t * array, uint32_t new_capacity);
/** Frees the array's own storage; the array becomes empty with no capacity. */
void lv_array_deinit(lv_array_t * array);
uint32_t lv_array_size(const lv_array_t * array);
uint32_t lv_array_capacity(const lv_array_t * array);
bool lv_array_is_empty(const lv_array_t * array);
bool lv_array_is_full(const lv_array_t * array);
/** Makes `target` (deinitialized first) an own-storage copy of `source`. */
void lv_array_copy(lv_array_t * target, const lv_array_t * source);
/** Removes every element (the capacity stays). */
void lv_array_clear(lv_array_t * array);
/** Lowers the capacity to the size. */
void lv_array_shrink(lv_array_t * array);
lv_result_t lv_array_remove(lv_array_t * array, uint32_t index);
/** Removes the elements [start, end). */
lv_result_t lv_array_erase(lv_array_t * array, uint32_t start, uint32_t end);
/** Appends the elements of `other` (same element size). */
lv_result_t lv_array_concat(lv_array_t * array, const lv_array_t * other);
/** Appends a copy of `element` (zeros when NULL), growing the storage when full. */
lv_result_t lv_array_push_back(lv_array_t * array, const void * element);
lv_result_t lv_array_assign(lv_array_t * array, uint32_t index, const void * value);
/** The element at `index`, NULL past the end. */
void * lv_array_at(const lv_array_t * array, uint32_t index);
void * lv_array_front(const lv_array_t * array);
void * lv_array_back(const lv_array_t * array);

#ifdef __cplusplus
}
#endif

#endif
