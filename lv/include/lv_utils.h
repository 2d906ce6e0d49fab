/**
 * @file lv_utils.h
 * Small generic helpers: binary search and byte swapping.
 */
#ifndef LV_UTILS_H
#define LV_UTILS_H

#include "lv_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Binary search in the sorted array `base` of `n` elements of `size` bytes. `cmp` returns
 *  <0, 0 or >0 when the key is before, at or after the element. Returns the element found
 *  or NULL. */
void * lv_utils_bsearch(const void * key, const void * base, size_t n, size_t size,
                        int (*cmp)(const void * pRef, const void * pElement));

/** The bytes of x in reverse order. */
uint32_t lv_swap_bytes_32(uint32_t x);
uint16_t lv_swap_bytes_16(uint16_t x);

#ifdef __cplusplus
}
#endif

#endif
