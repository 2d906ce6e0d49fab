// PNG encoding: rows are filtered (the filter with the smallest sum of absolute values per
// row), compressed with deflate using the fixed Huffman codes and LZ77 matches found through
// a hash of 3-byte prefixes, wrapped in a zlib stream (Adler-32) inside IDAT; every chunk
// carries its CRC-32.
#include "lv_png.h"

#include <stdio.h>
#include <string.h>

namespace {

/* ---- checksums ---- */

constexpr uint32_t crc_table_entry(uint32_t n)
{
    uint32_t c = n;
    for(int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    return c;
}

struct CrcTable {
    uint32_t v[256];
};

constexpr CrcTable make_crc_table()
{
    CrcTable t{};
    for(uint32_t n = 0; n < 256; n++) t.v[n] = crc_table_entry(n);
    return t;
}

/* built at compile time: no run-time initialization (and no guard) needed */
constexpr CrcTable kCrcTable = make_crc_table();

uint32_t adler32(uint32_t adler, const uint8_t * data, size_t len)
{
    uint32_t a = adler & 0xFFFF, b = adler >> 16;
    while(len > 0) {
        size_t n = len < 5552 ? len : 5552; /* largest run without overflowing 32 bits */
        len -= n;
        while(n--) {
            a += *data++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

/* ---- growable byte buffer ---- */

struct Bytes {
    uint8_t * data = nullptr;
    size_t len = 0;
    size_t cap = 0;
    bool failed = false;
    ~Bytes() { lv_free(data); }
    void reserve(size_t n)
    {
        if(failed || n <= cap) return;
        size_t nc = cap ? cap : 1024;
        while(nc < n) nc *= 2;
        uint8_t * nd = (uint8_t *)lv_realloc(data, nc);
        if(nd == nullptr) {
            failed = true;
            return;
        }
        data = nd;
        cap = nc;
    }
    void push(uint8_t b)
    {
        reserve(len + 1);
        if(!failed) data[len++] = b;
    }
};

/* ---- deflate with fixed Huffman codes ---- */

struct BitWriter {
    Bytes * out;
    uint32_t acc = 0;
    int nbits = 0;
    void put(uint32_t bits, int n) /* least significant bit first */
    {
        acc |= bits << nbits;
        nbits += n;
        while(nbits >= 8) {
            out->push((uint8_t)acc);
            acc >>= 8;
            nbits -= 8;
        }
    }
    void put_huff(uint32_t code, int n) /* Huffman codes go most significant bit first */
    {
        uint32_t rev = 0;
        for(int i = 0; i < n; i++) rev |= ((code >> i) & 1u) << (n - 1 - i);
        put(rev, n);
    }
    void flush()
    {
        if(nbits > 0) out->push((uint8_t)acc);
        acc = 0;
        nbits = 0;
    }
};

void put_litlen(BitWriter & bw, uint32_t v)
{
    if(v <= 143) bw.put_huff(0x30 + v, 8);
    else if(v <= 255) bw.put_huff(0x190 + (v - 144), 9);
    else if(v <= 279) bw.put_huff(v - 256, 7);
    else bw.put_huff(0xC0 + (v - 280), 8);
}

const uint16_t kLenBase[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
const uint8_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
const uint16_t kDistBase[30] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
const uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

void put_match(BitWriter & bw, uint32_t len, uint32_t dist)
{
    int li = 28;
    while(kLenBase[li] > len) li--;
    put_litlen(bw, 257 + li);
    if(kLenExtra[li]) bw.put(len - kLenBase[li], kLenExtra[li]);
    int di = 29;
    while(kDistBase[di] > dist) di--;
    bw.put_huff((uint32_t)di, 5);
    if(kDistExtra[di]) bw.put(dist - kDistBase[di], kDistExtra[di]);
}

constexpr uint32_t kWindow = 32768;
constexpr uint32_t kHashBits = 15;
constexpr uint32_t kMaxChain = 32;

inline uint32_t hash3(const uint8_t * p) { return ((p[0] << 10) ^ (p[1] << 5) ^ p[2]) & ((1u << kHashBits) - 1); }

/* One final fixed-Huffman block holding all of `in`. */
bool deflate_fixed(const uint8_t * in, size_t n, Bytes * out)
{
    int32_t * head = (int32_t *)lv_malloc(sizeof(int32_t) << kHashBits);
    int32_t * prev = (int32_t *)lv_malloc(sizeof(int32_t) * kWindow);
    if(head == nullptr || prev == nullptr) {
        lv_free(head);
        lv_free(prev);
        return false;
    }
    for(uint32_t i = 0; i < (1u << kHashBits); i++) head[i] = -1;
    BitWriter bw{out};
    bw.put(1, 1); /* final block */
    bw.put(1, 2); /* fixed Huffman */
    size_t i = 0;
    auto insert = [&](size_t pos) {
        if(pos + 2 >= n) return;
        uint32_t h = hash3(in + pos);
        prev[pos % kWindow] = head[h];
        head[h] = (int32_t)pos;
    };
    while(i < n) {
        uint32_t best_len = 0, best_dist = 0;
        if(i + 2 < n) {
            int32_t cand = head[hash3(in + i)];
            uint32_t chain = 0;
            size_t max_len = n - i < 258 ? n - i : 258;
            while(cand >= 0 && i - (size_t)cand <= kWindow - 1 && chain++ < kMaxChain) {
                const uint8_t * a = in + cand;
                const uint8_t * b = in + i;
                uint32_t l = 0;
                while(l < max_len && a[l] == b[l]) l++;
                if(l > best_len) {
                    best_len = l;
                    best_dist = (uint32_t)(i - (size_t)cand);
                    if(l == max_len) break;
                }
                int32_t nxt = prev[cand % kWindow];
                if(nxt >= cand) break;
                cand = nxt;
            }
        }
        if(best_len >= 3) {
            put_match(bw, best_len, best_dist);
            for(uint32_t k = 0; k < best_len; k++) insert(i + k);
            i += best_len;
        }
        else {
            put_litlen(bw, in[i]);
            insert(i);
            i++;
        }
    }
    put_litlen(bw, 256);
    bw.flush();
    lv_free(head);
    lv_free(prev);
    return !out->failed;
}

/* ---- rows and filters ---- */

uint8_t paeth(int a, int b, int c)
{
    int p = a + b - c;
    int pa = p > a ? p - a : a - p, pb = p > b ? p - b : b - p, pc = p > c ? p - c : c - p;
    if(pa <= pb && pa <= pc) return (uint8_t)a;
    return (uint8_t)(pb <= pc ? b : c);
}

/* One image row converted to the PNG's pixel layout. */
void convert_row(const lv_draw_buf_t * buf, uint32_t y, uint8_t * out)
{
    const uint8_t * row = buf->data + (size_t)buf->header.stride * y;
    uint32_t w = buf->header.w;
    switch((lv_color_format_t)buf->header.cf) {
        case LV_COLOR_FORMAT_XRGB8888:
            for(uint32_t x = 0; x < w; x++) {
                out[3 * x] = row[4 * x + 2];
                out[3 * x + 1] = row[4 * x + 1];
                out[3 * x + 2] = row[4 * x];
            }
            break;
        case LV_COLOR_FORMAT_ARGB8888:
            for(uint32_t x = 0; x < w; x++) {
                out[4 * x] = row[4 * x + 2];
                out[4 * x + 1] = row[4 * x + 1];
                out[4 * x + 2] = row[4 * x];
                out[4 * x + 3] = row[4 * x + 3];
            }
            break;
        case LV_COLOR_FORMAT_RGB888:
            for(uint32_t x = 0; x < w; x++) {
                out[3 * x] = row[3 * x + 2];
                out[3 * x + 1] = row[3 * x + 1];
                out[3 * x + 2] = row[3 * x];
            }
            break;
        case LV_COLOR_FORMAT_RGB565:
            for(uint32_t x = 0; x < w; x++) {
                uint16_t v = (uint16_t)(row[2 * x] | (row[2 * x + 1] << 8));
                uint8_t r = (uint8_t)((v >> 11) & 0x1F), g = (uint8_t)((v >> 5) & 0x3F), b = (uint8_t)(v & 0x1F);
                out[3 * x] = (uint8_t)((r << 3) | (r >> 2));
                out[3 * x + 1] = (uint8_t)((g << 2) | (g >> 4));
                out[3 * x + 2] = (uint8_t)((b << 3) | (b >> 2));
            }
            break;
        default: /* A8, L8 */
            memcpy(out, row, w);
            break;
    }
}

void put_be32(uint8_t * p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

bool write_chunk(lv_png_write_cb_t cb, void * user, const char * type, const uint8_t * data, size_t len)
{
    uint8_t hdr[8];
    put_be32(hdr, (uint32_t)len);
    memcpy(hdr + 4, type, 4);
    uint32_t crc = lv_png_crc32(0, (const uint8_t *)type, 4);
    crc = lv_png_crc32(crc, data, len);
    uint8_t tail[4];
    put_be32(tail, crc);
    return cb(user, hdr, 8) && (len == 0 || cb(user, data, len)) && cb(user, tail, 4);
}

bool file_write(void * user, const uint8_t * data, size_t len) { return fwrite(data, 1, len, (FILE *)user) == len; }

} // namespace

extern "C" {

uint32_t lv_png_crc32(uint32_t crc, const uint8_t * data, size_t len)
{
    crc = ~crc;
    for(size_t i = 0; i < len; i++) crc = kCrcTable.v[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

lv_result_t lv_png_encode(const lv_draw_buf_t * buf, lv_png_write_cb_t write_cb, void * user_data)
{
    if(buf == NULL || buf->data == NULL || write_cb == NULL || buf->header.w == 0 || buf->header.h == 0) {
        return LV_RESULT_INVALID;
    }
    uint8_t color_type, channels;
    switch((lv_color_format_t)buf->header.cf) {
        case LV_COLOR_FORMAT_XRGB8888:
        case LV_COLOR_FORMAT_RGB888:
        case LV_COLOR_FORMAT_RGB565: color_type = 2; channels = 3; break;
        case LV_COLOR_FORMAT_ARGB8888: color_type = 6; channels = 4; break;
        case LV_COLOR_FORMAT_A8:
        case LV_COLOR_FORMAT_L8: color_type = 0; channels = 1; break;
        default: return LV_RESULT_INVALID;
    }
    uint32_t w = buf->header.w, h = buf->header.h;
    uint32_t min_stride = (w * LV_COLOR_FORMAT_GET_BPP((lv_color_format_t)buf->header.cf) + 7) / 8;
    if(buf->header.stride < min_stride || (uint64_t)buf->header.stride * h > buf->data_size) return LV_RESULT_INVALID;
    size_t row_bytes = (size_t)w * channels;

    /* filtered image data: one filter byte + the row */
    Bytes raw;
    raw.reserve((row_bytes + 1) * h);
    uint8_t * cur = (uint8_t *)lv_malloc(row_bytes);
    uint8_t * prv = (uint8_t *)lv_calloc(1, row_bytes);
    uint8_t * cand = (uint8_t *)lv_malloc(row_bytes * 5);
    if(raw.failed || cur == NULL || prv == NULL || cand == NULL) {
        lv_free(cur);
        lv_free(prv);
        lv_free(cand);
        return LV_RESULT_INVALID;
    }
    for(uint32_t y = 0; y < h; y++) {
        convert_row(buf, y, cur);
        uint64_t best_score = UINT64_MAX;
        int best = 0;
        for(int f = 0; f < 5; f++) {
            uint8_t * o = cand + row_bytes * f;
            uint64_t score = 0;
            for(size_t i = 0; i < row_bytes; i++) {
                int a = i >= channels ? cur[i - channels] : 0;
                int b = prv[i];
                int c = i >= channels ? prv[i - channels] : 0;
                uint8_t pred = f == 0 ? 0 : f == 1 ? (uint8_t)a : f == 2 ? (uint8_t)b : f == 3 ? (uint8_t)((a + b) / 2) : paeth(a, b, c);
                o[i] = (uint8_t)(cur[i] - pred);
                score += o[i] < 128 ? o[i] : 256 - o[i];
            }
            if(score < best_score) {
                best_score = score;
                best = f;
            }
        }
        raw.push((uint8_t)best);
        for(size_t i = 0; i < row_bytes; i++) raw.push(cand[row_bytes * best + i]);
        uint8_t * t = prv;
        prv = cur;
        cur = t;
    }
    lv_free(cur);
    lv_free(prv);
    lv_free(cand);
    if(raw.failed) return LV_RESULT_INVALID;

    Bytes z;
    z.push(0x78); /* zlib header: deflate, 32K window */
    z.push(0x01);
    if(!deflate_fixed(raw.data, raw.len, &z)) return LV_RESULT_INVALID;
    uint32_t ad = adler32(1, raw.data, raw.len);
    z.push((uint8_t)(ad >> 24));
    z.push((uint8_t)(ad >> 16));
    z.push((uint8_t)(ad >> 8));
    z.push((uint8_t)ad);
    if(z.failed) return LV_RESULT_INVALID;

    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    uint8_t ihdr[13];
    put_be32(ihdr, w);
    put_be32(ihdr + 4, h);
    ihdr[8] = 8;
    ihdr[9] = color_type;
    ihdr[10] = 0;
    ihdr[11] = 0;
    ihdr[12] = 0;
    bool ok = write_cb(user_data, sig, 8) && write_chunk(write_cb, user_data, "IHDR", ihdr, 13) &&
              write_chunk(write_cb, user_data, "IDAT", z.data, z.len) &&
              write_chunk(write_cb, user_data, "IEND", NULL, 0);
    return ok ? LV_RESULT_OK : LV_RESULT_INVALID;
}

lv_result_t lv_draw_buf_save_to_png(const lv_draw_buf_t * buf, const char * path)
{
    if(path == NULL) return LV_RESULT_INVALID;
    FILE * f = fopen(path, "wb");
    if(f == NULL) return LV_RESULT_INVALID;
    lv_result_t r = lv_png_encode(buf, file_write, f);
    if(fclose(f) != 0) r = LV_RESULT_INVALID;
    if(r != LV_RESULT_OK) remove(path);
    return r;
}

} // extern "C"
