/**
 * @file lv_qrcode_encoder.h
 * QR Code (ISO/IEC 18004) encoder for bytes: byte mode, versions 1-40, the four error
 * correction levels, Reed-Solomon over GF(256), the mask with the lowest penalty score.
 * No allocation: the caller passes the buffers (sizes from the helpers below), so the same
 * code runs on a microcontroller heap or the stack of a test.
 */
#ifndef LV_QRCODE_ENCODER_H
#define LV_QRCODE_ENCODER_H

#include <stdint.h>

namespace lv_qr {

/** The levels in increasing strength (their 2-bit format codes differ: see format_bits). */
enum class ecc : uint8_t { low, medium, quartile, high };

constexpr int version_min = 1;
constexpr int version_max = 40;

/** Modules per side: 21 for version 1, +4 per version. */
constexpr int size_of(int version) { return 17 + 4 * version; }
/** Bytes of a module bitmap for `version` (one bit per module, row by row). */
constexpr uint32_t bitmap_bytes(int version) { return (static_cast<uint32_t>(size_of(version)) * size_of(version) + 7) / 8; }
/** Codewords a symbol of `version` holds (data + error correction). */
int total_codewords(int version);
/** Data codewords at `level` (the rest is error correction). */
int data_codewords(int version, ecc level);
/** Bytes of scratch encode() needs for `version`. */
uint32_t scratch_bytes(int version);
/** The smallest version holding `len` bytes in byte mode at `level`; 0 when none does. */
int min_fit_version(ecc level, uint32_t len);

/** The 15 format bits (level, mask, BCH(15,5) check, XOR mask 0x5412). */
uint16_t format_bits(ecc level, int mask);
/** The 18 version bits (version, BCH(18,6) check) written from version 7 on. */
uint32_t version_bits(int version);
/** The `degree` Reed-Solomon check codewords of `data` (generator roots 2^0..2^(degree-1)). */
void reed_solomon(const uint8_t * data, int len, int degree, uint8_t * out);
/** Positions of the alignment pattern centres along one axis; returns their count (0 for
 * version 1). */
int alignment_positions(int version, uint8_t out[7]);

struct symbol {
    int version;
    int size;
    ecc level;
    int mask;
    uint8_t * modules; /**< bitmap_bytes(version) bytes, dark = 1 */
};

/** Encodes `len` bytes at exactly `version`. `level` is the least error correction: with
 * `boost`, the strongest level that still fits is used. `mask` -1 picks the mask with the
 * lowest penalty. `modules` gets bitmap_bytes(version) bytes, `scratch` scratch_bytes(version).
 * False when the data does not fit. */
bool encode(const uint8_t * data, uint32_t len, ecc level, int version, bool boost, int mask, uint8_t * modules,
            uint8_t * scratch, symbol * out);

bool module_at(const symbol & s, int x, int y);
/** The penalty score of the symbol as it is (rules N1..N4 of the standard). */
int penalty(const symbol & s);

} // namespace lv_qr

#endif
