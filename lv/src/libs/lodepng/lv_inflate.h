/**
 * @file lv_inflate.h
 * zlib stream decompression (RFC 1950 wrapper around RFC 1951 deflate), for the PNG decoder.
 * Internal to lv/src/libs.
 */
#ifndef LV_INFLATE_H
#define LV_INFLATE_H

#include <stddef.h>
#include <stdint.h>

/** Decompresses the zlib stream `in` into exactly `out_size` bytes of `out`.
 *  False for a corrupt stream, one that ends early, or one that would write past out_size. */
bool lv_zlib_inflate(const uint8_t * in, size_t in_size, uint8_t * out, size_t out_size);

#endif
