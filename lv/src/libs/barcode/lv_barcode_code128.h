/**
 * @file lv_barcode_code128.h
 * Code 128 encoder: text to a row of modules (1 = bar), with the quiet zones. The code sets
 * (A, B, C) are chosen for the fewest symbols; GS1 mode turns each "[FNC1]" in the text
 * into an FNC1 symbol and drops spaces. No allocation: the caller passes the buffers.
 */
#ifndef LV_BARCODE_CODE128_H
#define LV_BARCODE_CODE128_H

#include <stdint.h>

namespace lv_code128 {

constexpr int quiet_zone = 10;      /**< light modules on each side */
constexpr int symbol_modules = 11;  /**< every symbol but the stop */
constexpr int stop_modules = 13;    /**< stop pattern with its final bar */
constexpr uint32_t max_len = 128;   /**< longest text encoded */

/** Symbol values (start, data, checksum, stop) a text of `len` characters can need at most. */
constexpr uint32_t max_symbols(uint32_t len) { return 2 * len + 4; }
/** Modules a text of `len` characters can need at most (the size of encode's output). */
constexpr uint32_t max_modules(uint32_t len) { return 2 * quiet_zone + symbol_modules * (max_symbols(len) - 1) + stop_modules; }

/** Symbol values of `text` (start, data, checksum, stop) into `values` (max_symbols(len)
 * entries); returns their count, 0 when a character is not in Code 128 (above 127). */
uint32_t symbols(const char * text, uint32_t len, bool gs1, uint8_t * values);
/** The modules of `text` (1 = bar) into `modules` (max_modules(len) bytes), quiet zones
 * included; returns their count, 0 when the text cannot be encoded. `values` is scratch of
 * max_symbols(len) bytes. */
uint32_t encode(const char * text, uint32_t len, bool gs1, uint8_t * values, uint8_t * modules);

} // namespace lv_code128

#endif
