/**
 * @file lv_inflate.cpp
 * Deflate decompression (RFC 1951) inside a zlib wrapper (RFC 1950). Huffman codes are
 * canonical, so a code table is just the number of codes per length plus the symbols in
 * code order; decoding walks the lengths one bit at a time. Small and allocation-free,
 * which suits PNG images of a GUI better than speed would.
 */
#include "lv_inflate.h"

#include <string.h>

namespace {

constexpr int kMaxBits = 15;
constexpr int kMaxLitLen = 288;
constexpr int kMaxDist = 30;

struct BitReader {
    const uint8_t * in;
    size_t size;
    size_t pos;     /* next byte */
    uint32_t bits;  /* bits not used yet, lowest first */
    int count;      /* how many of them */
    bool overrun;   /* read past the end: the stream is truncated */

    int bit()
    {
        if(count == 0) {
            if(pos >= size) {
                overrun = true;
                return 0;
            }
            bits = in[pos++];
            count = 8;
        }
        int b = (int)(bits & 1);
        bits >>= 1;
        count--;
        return b;
    }

    uint32_t take(int n)
    {
        uint32_t v = 0;
        for(int i = 0; i < n; i++) v |= (uint32_t)bit() << i;
        return v;
    }
};

struct Huffman {
    uint16_t counts[kMaxBits + 1];
    uint16_t symbols[kMaxLitLen];
};

/** Builds a canonical code from the code length of each symbol. False if over-subscribed. */
bool build(Huffman * h, const uint8_t * lengths, int n)
{
    memset(h->counts, 0, sizeof(h->counts));
    for(int s = 0; s < n; s++) h->counts[lengths[s]]++;
    int left = 1;
    for(int len = 1; len <= kMaxBits; len++) {
        left <<= 1;
        left -= h->counts[len];
        if(left < 0) return false;
    }
    uint16_t offsets[kMaxBits + 1];
    offsets[1] = 0;
    for(int len = 1; len < kMaxBits; len++) offsets[len + 1] = (uint16_t)(offsets[len] + h->counts[len]);
    for(int s = 0; s < n; s++) {
        if(lengths[s] != 0) h->symbols[offsets[lengths[s]]++] = (uint16_t)s;
    }
    return true;
}

/** The next symbol, or -1 for a code the table does not have. */
int decode(BitReader * br, const Huffman * h)
{
    int code = 0;
    int first = 0;
    int index = 0;
    for(int len = 1; len <= kMaxBits; len++) {
        code |= br->bit();
        int count = h->counts[len];
        if(code - first < count) return h->symbols[index + (code - first)];
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
        if(br->overrun) return -1;
    }
    return -1;
}

const uint16_t kLenBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
const uint8_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
const uint16_t kDistBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
const uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

struct Output {
    uint8_t * buf;
    size_t size;
    size_t pos;
};

/** Literal/length + distance symbols until end-of-block. */
bool inflate_codes(BitReader * br, Output * out, const Huffman * lit, const Huffman * dist)
{
    for(;;) {
        int sym = decode(br, lit);
        if(sym < 0 || br->overrun) return false;
        if(sym < 256) {
            if(out->pos >= out->size) return false;
            out->buf[out->pos++] = (uint8_t)sym;
            continue;
        }
        if(sym == 256) return true;
        sym -= 257;
        if(sym >= 29) return false;
        size_t len = kLenBase[sym] + br->take(kLenExtra[sym]);
        int dsym = decode(br, dist);
        if(dsym < 0 || dsym >= 30) return false;
        size_t d = kDistBase[dsym] + br->take(kDistExtra[dsym]);
        if(br->overrun || d > out->pos || len > out->size - out->pos) return false;
        /* byte by byte: the copy may overlap what it writes (runs) */
        for(size_t i = 0; i < len; i++, out->pos++) out->buf[out->pos] = out->buf[out->pos - d];
    }
}

bool inflate_stored(BitReader * br, Output * out)
{
    br->bits = 0;
    br->count = 0; /* stored blocks start on a byte boundary */
    if(br->size - br->pos < 4) return false;
    const uint8_t * p = br->in + br->pos;
    unsigned len = p[0] | (p[1] << 8);
    unsigned nlen = p[2] | (p[3] << 8);
    if(len != (~nlen & 0xFFFFu)) return false;
    br->pos += 4;
    if(br->size - br->pos < len || out->size - out->pos < len) return false;
    memcpy(out->buf + out->pos, br->in + br->pos, len);
    br->pos += len;
    out->pos += len;
    return true;
}

bool inflate_fixed(BitReader * br, Output * out)
{
    static Huffman lit;
    static Huffman dist;
    static bool ready = false;
    if(!ready) {
        uint8_t lengths[kMaxLitLen];
        int s = 0;
        for(; s < 144; s++) lengths[s] = 8;
        for(; s < 256; s++) lengths[s] = 9;
        for(; s < 280; s++) lengths[s] = 7;
        for(; s < kMaxLitLen; s++) lengths[s] = 8;
        build(&lit, lengths, kMaxLitLen);
        for(s = 0; s < kMaxDist; s++) lengths[s] = 5;
        build(&dist, lengths, kMaxDist);
        ready = true;
    }
    return inflate_codes(br, out, &lit, &dist);
}

bool inflate_dynamic(BitReader * br, Output * out)
{
    static const uint8_t kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int nlen = (int)br->take(5) + 257;
    int ndist = (int)br->take(5) + 1;
    int ncode = (int)br->take(4) + 4;
    if(nlen > 286 || ndist > kMaxDist) return false;
    uint8_t lengths[kMaxLitLen + kMaxDist];
    memset(lengths, 0, 19);
    for(int i = 0; i < ncode; i++) lengths[kOrder[i]] = (uint8_t)br->take(3);
    Huffman lencode;
    if(!build(&lencode, lengths, 19)) return false;
    int i = 0;
    while(i < nlen + ndist) {
        int sym = decode(br, &lencode);
        if(sym < 0 || br->overrun) return false;
        if(sym < 16) {
            lengths[i++] = (uint8_t)sym;
            continue;
        }
        uint8_t value = 0;
        int repeat;
        if(sym == 16) {
            if(i == 0) return false;
            value = lengths[i - 1];
            repeat = 3 + (int)br->take(2);
        }
        else if(sym == 17) repeat = 3 + (int)br->take(3);
        else repeat = 11 + (int)br->take(7);
        if(i + repeat > nlen + ndist) return false;
        while(repeat--) lengths[i++] = value;
    }
    if(lengths[256] == 0) return false; /* no end-of-block code */
    Huffman lit;
    Huffman dist;
    if(!build(&lit, lengths, nlen) || !build(&dist, lengths + nlen, ndist)) return false;
    return inflate_codes(br, out, &lit, &dist);
}

} // namespace

bool lv_zlib_inflate(const uint8_t * in, size_t in_size, uint8_t * out, size_t out_size)
{
    if(in == nullptr || in_size < 2) return false;
    /* CMF/FLG: deflate with a window up to 32K, header check, no preset dictionary */
    if((in[0] & 0x0F) != 8 || (in[0] >> 4) > 7 || ((in[0] << 8) | in[1]) % 31 != 0 || (in[1] & 0x20)) return false;
    BitReader br = {in, in_size, 2, 0, 0, false};
    Output o = {out, out_size, 0};
    int last;
    do {
        last = br.bit();
        int type = (int)br.take(2);
        bool ok;
        if(type == 0) ok = inflate_stored(&br, &o);
        else if(type == 1) ok = inflate_fixed(&br, &o);
        else if(type == 2) ok = inflate_dynamic(&br, &o);
        else ok = false;
        if(!ok || br.overrun) return false;
    } while(!last);
    return o.pos == out_size;
}
