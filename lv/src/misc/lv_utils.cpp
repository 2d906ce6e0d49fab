/**
 * @file lv_utils.cpp
 * Binary search and byte swapping.
 */
#include "lvgl.h"

extern "C" {

void * lv_utils_bsearch(const void * key, const void * base, size_t n, size_t size,
                        int (*cmp)(const void * pRef, const void * pElement))
{
    if(!base || !cmp || size == 0) return nullptr;
    const uint8_t * first = static_cast<const uint8_t *>(base);
    size_t lo = 0;
    size_t hi = n; /* the key, if present, is in [lo, hi) */
    while(lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const uint8_t * elem = first + mid * size;
        int c = cmp(key, elem);
        if(c == 0) return const_cast<uint8_t *>(elem);
        if(c < 0) hi = mid;
        else lo = mid + 1;
    }
    return nullptr;
}

uint32_t lv_swap_bytes_32(uint32_t x)
{
    return (x << 24) | ((x & 0xFF00U) << 8) | ((x >> 8) & 0xFF00U) | (x >> 24);
}

uint16_t lv_swap_bytes_16(uint16_t x) { return static_cast<uint16_t>((x << 8) | (x >> 8)); }

} // extern "C"
