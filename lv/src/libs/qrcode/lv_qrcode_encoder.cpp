/**
 * @file lv_qrcode_encoder.cpp
 * QR Code encoder, written from the facts of ISO/IEC 18004: the capacity tables, the
 * placement of finder, separator, timing, alignment, format and version patterns, the
 * zig-zag data order, block interleaving, the eight masks and the four penalty rules.
 */
#include "lv_qrcode_encoder.h"

#include <string.h>

namespace lv_qr {

namespace {

/* Error correction codewords per block, by level (L, M, Q, H) and version (index 0 unused). */
const uint8_t ecc_per_block[4][41] = {
    {0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
     28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
     26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
     28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
     30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
};

/* Error correction blocks, by level and version. */
const uint8_t ecc_blocks[4][41] = {
    {0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
     8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
     17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
     23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
     25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
};

/* The 2-bit level code of the format information: L 01, M 00, Q 11, H 10. */
const uint8_t level_code[4] = {1, 0, 3, 2};

constexpr int max_ecc_per_block = 30;

int level_index(ecc level) { return static_cast<int>(level); }

/** Data modules of a version: the whole square minus every function pattern, format and
 * version area. */
int raw_data_modules(int version)
{
    int size = size_of(version);
    int n = size * size;
    n -= 3 * 64;                 /* finders with their separators */
    n -= 2 * (size - 16);        /* timing patterns between the separators */
    n -= 31;                     /* two format copies (30 bits) and the dark module */
    int align = version >= 2 ? version / 7 + 2 : 0;
    if(align) {
        n -= 25 * (align * align - 3);  /* alignment patterns, minus the 3 under finders */
        n += 5 * 2 * (align - 2);       /* those on a timing line were counted twice */
    }
    if(version >= 7) n -= 36;    /* two version blocks */
    return n;
}

/** Character count bits of byte mode. */
int count_bits(int version) { return version <= 9 ? 8 : 16; }

uint8_t gf_mul(uint8_t a, uint8_t b)
{
    /* shift-and-add multiplication modulo x^8 + x^4 + x^3 + x^2 + 1 */
    uint8_t r = 0;
    for(int i = 7; i >= 0; i--) {
        r = static_cast<uint8_t>((r << 1) ^ ((r >> 7) * 0x11D));
        if((b >> i) & 1) r ^= a;
    }
    return r;
}

/* ---- bitmaps ---- */

bool get_bit(const uint8_t * bm, int size, int x, int y)
{
    uint32_t i = static_cast<uint32_t>(y) * size + x;
    return (bm[i >> 3] >> (i & 7)) & 1;
}

void set_bit(uint8_t * bm, int size, int x, int y, bool v)
{
    uint32_t i = static_cast<uint32_t>(y) * size + x;
    if(v) bm[i >> 3] |= static_cast<uint8_t>(1u << (i & 7));
    else bm[i >> 3] &= static_cast<uint8_t>(~(1u << (i & 7)));
}

struct canvas_t {
    uint8_t * modules;
    uint8_t * function; /**< 1 where a function pattern is (masks and data skip it) */
    int size;
};

void put_function(canvas_t & c, int x, int y, bool dark)
{
    set_bit(c.modules, c.size, x, y, dark);
    set_bit(c.function, c.size, x, y, true);
}

int max_abs(int a, int b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    return a > b ? a : b;
}

/** A finder centred at (cx, cy) with its light separator ring, clipped to the symbol. */
void draw_finder(canvas_t & c, int cx, int cy)
{
    for(int dy = -4; dy <= 4; dy++) {
        for(int dx = -4; dx <= 4; dx++) {
            int x = cx + dx, y = cy + dy;
            if(x < 0 || y < 0 || x >= c.size || y >= c.size) continue;
            int d = max_abs(dx, dy);
            put_function(c, x, y, d != 2 && d != 4);
        }
    }
}

void draw_alignment(canvas_t & c, int cx, int cy)
{
    for(int dy = -2; dy <= 2; dy++) {
        for(int dx = -2; dx <= 2; dx++) put_function(c, cx + dx, cy + dy, max_abs(dx, dy) != 1);
    }
}

/** The format bits: one copy around the top-left finder, the other split between the
 * top-right and bottom-left finders, plus the always-dark module. Bit 0 is the last bit. */
void draw_format(canvas_t & c, uint16_t bits)
{
    int s = c.size;
    for(int i = 0; i <= 5; i++) put_function(c, 8, i, (bits >> i) & 1);
    put_function(c, 8, 7, (bits >> 6) & 1);
    put_function(c, 8, 8, (bits >> 7) & 1);
    put_function(c, 7, 8, (bits >> 8) & 1);
    for(int i = 9; i < 15; i++) put_function(c, 14 - i, 8, (bits >> i) & 1);
    for(int i = 0; i < 8; i++) put_function(c, s - 1 - i, 8, (bits >> i) & 1);
    for(int i = 8; i < 15; i++) put_function(c, 8, s - 15 + i, (bits >> i) & 1);
    put_function(c, 8, s - 8, true);
}

void draw_version(canvas_t & c, int version)
{
    if(version < 7) return;
    uint32_t bits = version_bits(version);
    for(int i = 0; i < 18; i++) {
        bool dark = (bits >> i) & 1;
        int a = c.size - 11 + i % 3, b = i / 3;
        put_function(c, a, b, dark);
        put_function(c, b, a, dark);
    }
}

void draw_function_patterns(canvas_t & c, int version)
{
    int s = c.size;
    for(int i = 0; i < s; i++) {
        put_function(c, 6, i, i % 2 == 0);
        put_function(c, i, 6, i % 2 == 0);
    }
    draw_finder(c, 3, 3);
    draw_finder(c, s - 4, 3);
    draw_finder(c, 3, s - 4);
    uint8_t pos[7];
    int n = alignment_positions(version, pos);
    for(int i = 0; i < n; i++) {
        for(int j = 0; j < n; j++) {
            bool under_finder = (i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0);
            if(!under_finder) draw_alignment(c, pos[i], pos[j]);
        }
    }
    draw_format(c, 0); /* reserves the area; the real bits come with the mask */
    draw_version(c, version);
}

/** Places the codewords bit by bit (most significant first) in two-module columns from the
 * bottom right, upwards then downwards, skipping function modules and the timing column. */
void place_codewords(canvas_t & c, const uint8_t * cw, int count)
{
    int s = c.size;
    int total_bits = count * 8;
    int bit = 0;
    for(int right = s - 1; right >= 1; right -= 2) {
        if(right == 6) right = 5;
        bool upward = ((s - 1 - right) / 2) % 2 == 0;
        for(int k = 0; k < s; k++) {
            int y = upward ? s - 1 - k : k;
            for(int j = 0; j < 2; j++) {
                int x = right - j;
                if(get_bit(c.function, s, x, y)) continue;
                bool dark = bit < total_bits && ((cw[bit >> 3] >> (7 - (bit & 7))) & 1);
                set_bit(c.modules, s, x, y, dark); /* remainder bits are light */
                bit++;
            }
        }
    }
}

bool mask_bit(int mask, int x, int y)
{
    switch(mask) {
        case 0: return (x + y) % 2 == 0;
        case 1: return y % 2 == 0;
        case 2: return x % 3 == 0;
        case 3: return (x + y) % 3 == 0;
        case 4: return (x / 3 + y / 2) % 2 == 0;
        case 5: return x * y % 2 + x * y % 3 == 0;
        case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
        default: return ((x + y) % 2 + x * y % 3) % 2 == 0;
    }
}

/** XORs the mask over the data modules (applying it twice undoes it). */
void apply_mask(canvas_t & c, int mask)
{
    for(int y = 0; y < c.size; y++) {
        for(int x = 0; x < c.size; x++) {
            if(!get_bit(c.function, c.size, x, y) && mask_bit(mask, x, y))
                set_bit(c.modules, c.size, x, y, !get_bit(c.modules, c.size, x, y));
        }
    }
}

/* ---- data codewords ---- */

struct bit_writer {
    uint8_t * buf;
    int bits;
    void put(uint32_t value, int n)
    {
        for(int i = n - 1; i >= 0; i--, bits++) {
            if((value >> i) & 1) buf[bits >> 3] |= static_cast<uint8_t>(0x80 >> (bits & 7));
        }
    }
};

/** Mode, count, bytes, terminator and pad codewords: exactly `capacity` codewords. */
void write_data(const uint8_t * data, uint32_t len, int version, int capacity, uint8_t * out)
{
    memset(out, 0, capacity);
    bit_writer w{out, 0};
    w.put(0x4, 4); /* byte mode */
    w.put(len, count_bits(version));
    for(uint32_t i = 0; i < len; i++) w.put(data[i], 8);
    int room = capacity * 8 - w.bits;
    w.put(0, room < 4 ? room : 4);
    w.bits = (w.bits + 7) / 8 * 8;
    for(uint8_t pad = 0xEC; w.bits < capacity * 8; pad ^= 0xEC ^ 0x11) w.put(pad, 8);
}

/** Splits the data codewords into blocks (the short ones first, one codeword less), adds
 * each block's check codewords and interleaves them: data column by column, then checks. */
void interleave(const uint8_t * data, int version, ecc level, uint8_t * out)
{
    int li = level_index(level);
    int blocks = ecc_blocks[li][version];
    int ecc_len = ecc_per_block[li][version];
    int total = total_codewords(version);
    int short_blocks = blocks - total % blocks;
    int short_len = total / blocks - ecc_len; /* data codewords of a short block */
    int data_total = data_codewords(version, level);
    const uint8_t * block = data;
    for(int b = 0; b < blocks; b++) {
        int len = short_len + (b < short_blocks ? 0 : 1);
        for(int i = 0; i < short_len; i++) out[i * blocks + b] = block[i];
        /* only long blocks have a codeword at index short_len, after all the shorter columns */
        if(len > short_len) out[short_len * blocks + (b - short_blocks)] = block[short_len];
        uint8_t check[max_ecc_per_block];
        reed_solomon(block, len, ecc_len, check);
        for(int i = 0; i < ecc_len; i++) out[data_total + i * blocks + b] = check[i];
        block += len;
    }
}

/* ---- penalty ---- */

/** Rules N1 and N3 along one line (a row when `row`, else a column): runs of five or more
 * of a color, and the finder-like 1:1:3:1:1 run sequence with four light widths on one side
 * (outside the symbol counts as light). */
int line_penalty(const symbol & s, int line, bool row)
{
    /* run lengths, starting with a light run that includes the light outside */
    int runs[200];
    int n = 0;
    runs[n++] = s.size;
    bool color = false;
    for(int i = 0; i < s.size; i++) {
        bool m = row ? module_at(s, i, line) : module_at(s, line, i);
        if(m == color) {
            runs[n - 1]++;
        }
        else {
            runs[n++] = 1;
            color = m;
        }
    }
    if(color) runs[n++] = s.size;
    else runs[n - 1] += s.size;

    int p = 0;
    for(int i = 0; i < n; i++) {
        int len = runs[i] - ((i == 0 || i == n - 1) ? s.size : 0);
        if(len >= 5) p += 3 + (len - 5);
    }
    /* dark runs are at odd indexes: check each as the start of 1:1:3:1:1 */
    for(int i = 1; i + 4 < n - 1; i += 2) {
        int u = runs[i];
        if(runs[i + 1] != u || runs[i + 2] != 3 * u || runs[i + 3] != u || runs[i + 4] != u) continue;
        int before = runs[i - 1], after = runs[i + 5];
        if(before >= 4 * u && after >= u) p += 40;
        if(after >= 4 * u && before >= u) p += 40;
    }
    return p;
}

} // namespace

int total_codewords(int version) { return raw_data_modules(version) / 8; }

int data_codewords(int version, ecc level)
{
    int li = level_index(level);
    return total_codewords(version) - ecc_blocks[li][version] * ecc_per_block[li][version];
}

uint32_t scratch_bytes(int version) { return bitmap_bytes(version) + 2u * total_codewords(version); }

namespace {
bool fits(uint32_t len, int version, ecc level)
{
    uint32_t bits = 4 + count_bits(version) + 8u * len;
    return len < (1u << count_bits(version)) && bits <= 8u * data_codewords(version, level);
}
} // namespace

int min_fit_version(ecc level, uint32_t len)
{
    for(int v = version_min; v <= version_max; v++) {
        if(fits(len, v, level)) return v;
    }
    return 0;
}

uint16_t format_bits(ecc level, int mask)
{
    uint32_t data = (static_cast<uint32_t>(level_code[level_index(level)]) << 3) | static_cast<uint32_t>(mask);
    uint32_t rem = data << 10;
    for(int i = 14; i >= 10; i--) {
        if((rem >> i) & 1) rem ^= 0x537u << (i - 10);
    }
    return static_cast<uint16_t>(((data << 10) | rem) ^ 0x5412);
}

uint32_t version_bits(int version)
{
    uint32_t data = static_cast<uint32_t>(version);
    uint32_t rem = data << 12;
    for(int i = 17; i >= 12; i--) {
        if((rem >> i) & 1) rem ^= 0x1F25u << (i - 12);
    }
    return (data << 12) | rem;
}

void reed_solomon(const uint8_t * data, int len, int degree, uint8_t * out)
{
    /* generator (x - 2^0)(x - 2^1)...(x - 2^(degree-1)), leading coefficient 1 left out */
    uint8_t gen[max_ecc_per_block] = {};
    gen[degree - 1] = 1;
    uint8_t root = 1;
    for(int i = 0; i < degree; i++) {
        for(int j = 0; j < degree; j++) {
            gen[j] = gf_mul(gen[j], root);
            if(j + 1 < degree) gen[j] ^= gen[j + 1];
        }
        root = gf_mul(root, 2);
    }
    memset(out, 0, degree);
    for(int i = 0; i < len; i++) {
        uint8_t factor = data[i] ^ out[0];
        memmove(out, out + 1, degree - 1);
        out[degree - 1] = 0;
        for(int j = 0; j < degree; j++) out[j] ^= gf_mul(gen[j], factor);
    }
}

int alignment_positions(int version, uint8_t out[7])
{
    if(version < 2) return 0;
    int n = version / 7 + 2;
    /* evenly spaced from 6 to size-7 with an even step; the first gap takes what is left */
    int step = (version * 8 + n * 3 + 5) / (n * 4 - 4) * 2;
    out[0] = 6;
    for(int i = n - 1, p = size_of(version) - 7; i >= 1; i--, p -= step) out[i] = static_cast<uint8_t>(p);
    return n;
}

bool module_at(const symbol & s, int x, int y) { return get_bit(s.modules, s.size, x, y); }

int penalty(const symbol & s)
{
    int p = 0;
    for(int i = 0; i < s.size; i++) p += line_penalty(s, i, true) + line_penalty(s, i, false);
    int dark = 0;
    for(int y = 0; y < s.size; y++) {
        for(int x = 0; x < s.size; x++) {
            bool m = module_at(s, x, y);
            dark += m;
            if(x + 1 < s.size && y + 1 < s.size && m == module_at(s, x + 1, y) && m == module_at(s, x, y + 1) &&
               m == module_at(s, x + 1, y + 1))
                p += 3;
        }
    }
    int total = s.size * s.size;
    /* 10 points per full 5% step the dark share is away from 50% */
    int dev = dark * 20 - total * 10;
    if(dev < 0) dev = -dev;
    int k = (dev + total - 1) / total - 1;
    return p + k * 10;
}

bool encode(const uint8_t * data, uint32_t len, ecc level, int version, bool boost, int mask, uint8_t * modules,
            uint8_t * scratch, symbol * out)
{
    if(version < version_min || version > version_max || mask < -1 || mask > 7 || !fits(len, version, level)) return false;
    if(boost) {
        while(level != ecc::high && fits(len, version, static_cast<ecc>(level_index(level) + 1)))
            level = static_cast<ecc>(level_index(level) + 1);
    }
    int size = size_of(version);
    uint8_t * function = scratch;
    uint8_t * codewords = scratch + bitmap_bytes(version);
    uint8_t * placed = codewords + total_codewords(version);
    memset(modules, 0, bitmap_bytes(version));
    memset(function, 0, bitmap_bytes(version));
    canvas_t c{modules, function, size};
    draw_function_patterns(c, version);
    write_data(data, len, version, data_codewords(version, level), codewords);
    interleave(codewords, version, level, placed);
    place_codewords(c, placed, total_codewords(version));

    *out = symbol{version, size, level, mask, modules};
    if(mask < 0) {
        int best = 0, best_score = 0;
        for(int m = 0; m < 8; m++) {
            apply_mask(c, m);
            draw_format(c, format_bits(level, m));
            int score = penalty(*out);
            if(m == 0 || score < best_score) {
                best = m;
                best_score = score;
            }
            apply_mask(c, m);
        }
        out->mask = best;
    }
    apply_mask(c, out->mask);
    draw_format(c, format_bits(level, out->mask));
    return true;
}

} // namespace lv_qr
