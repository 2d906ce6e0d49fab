// The hashlib module: sha256, sha1 and md5 hash objects (update / digest / hexdigest).
// The three are Merkle-Damgard constructions over 64-byte blocks; they differ only in
// the compression function, the state size and the byte order of the length and words.
#include <math.h>
#include <stdio.h>

#include "modules.h"

namespace py {

namespace {
enum Algo : uint8_t { SHA256, SHA1, MD5 };

struct Hash {
  Type* type;
  uint32_t h[8];
  uint8_t block[64];
  uint64_t total;  // bytes hashed
  uint32_t fill;   // bytes in block
  Algo algo;
  bool finished;   // MicroPython: no update after digest; we allow digest() again
};

Type sha256_type, sha1_type, md5_type;

uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
uint32_t be32(const uint8_t* p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
uint32_t le32(const uint8_t* p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }

const uint32_t K256[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

void sha256_block(uint32_t* h, const uint8_t* p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] + w[i];
    uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void sha1_block(uint32_t* h, const uint8_t* p) {
  uint32_t w[80];
  for (int i = 0; i < 16; i++) w[i] = be32(p + 4 * i);
  for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int i = 0; i < 80; i++) {
    uint32_t f, k;
    if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
    else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
    else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
    else { f = b ^ c ^ d; k = 0xCA62C1D6; }
    uint32_t t = rol(a, 5) + f + e + k + w[i];
    e = d; d = c; c = rol(b, 30); b = a; a = t;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

const uint8_t MD5_R[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                           5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                           6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
uint32_t g_md5_k[64];  // floor(abs(sin(i + 1)) * 2**32), computed once

void md5_block(uint32_t* h, const uint8_t* p) {
  if (!g_md5_k[0])
    for (int i = 0; i < 64; i++) g_md5_k[i] = (uint32_t)(fabs(sin((double)(i + 1))) * 4294967296.0);
  uint32_t m[16];
  for (int i = 0; i < 16; i++) m[i] = le32(p + 4 * i);
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
  for (int i = 0; i < 64; i++) {
    uint32_t f;
    int g;
    if (i < 16) { f = (b & c) | (~b & d); g = i; }
    else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
    else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
    else { f = c ^ (b | ~d); g = (7 * i) & 15; }
    uint32_t t = d;
    d = c;
    c = b;
    b = b + rol(a + f + g_md5_k[i] + m[g], MD5_R[i]);
    a = t;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

void compress(Hash* s, const uint8_t* p) {
  if (s->algo == SHA256) sha256_block(s->h, p);
  else if (s->algo == SHA1) sha1_block(s->h, p);
  else md5_block(s->h, p);
}

void hash_feed(Hash* s, const uint8_t* p, size_t n) {
  s->total += n;
  while (n > 0) {
    size_t take = 64 - s->fill < n ? 64 - s->fill : n;
    memcpy(s->block + s->fill, p, take);
    s->fill += (uint32_t)take;
    p += take;
    n -= take;
    if (s->fill == 64) {
      compress(s, s->block);
      s->fill = 0;
    }
  }
}

size_t digest_size(Algo a) { return a == SHA256 ? 32 : a == SHA1 ? 20 : 16; }

// Finishes a copy of the state so digest() can be called more than once.
void hash_final(const Hash* src, uint8_t* out) {
  Hash s = *src;
  uint64_t bits = s.total * 8;
  uint8_t pad = 0x80;
  hash_feed(&s, &pad, 1);
  uint8_t zero = 0;
  while (s.fill != 56) hash_feed(&s, &zero, 1);
  uint8_t len[8];
  for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (s.algo == MD5 ? 8 * i : 56 - 8 * i));
  hash_feed(&s, len, 8);
  size_t words = digest_size(s.algo) / 4;
  for (size_t i = 0; i < words; i++)
    for (int k = 0; k < 4; k++)
      out[4 * i + k] = (uint8_t)(s.h[i] >> (s.algo == MD5 ? 8 * k : 24 - 8 * k));
}

const uint32_t INIT256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                             0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
const uint32_t INIT1[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};

Val hash_update(int, int, const Val* a) {
  Buffer b;
  if (!arg_buffer(a[1], &b)) return nullptr;
  hash_feed((Hash*)a[0], (const uint8_t*)b.data, b.len);
  return None;
}
Val hash_digest(int, int, const Val* a) {
  uint8_t out[32];
  Hash* s = (Hash*)a[0];
  hash_final(s, out);
  return bytes_new((const char*)out, digest_size(s->algo));
}
Val hash_hexdigest(int, int, const Val* a) {
  uint8_t out[32];
  char hex[65];
  Hash* s = (Hash*)a[0];
  hash_final(s, out);
  size_t n = digest_size(s->algo);
  for (size_t i = 0; i < n; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
  return str_new(hex, 2 * n);
}

Val hash_new(Type* t, Algo algo, int npos, const Val* args) {
  if (npos > 1) return raise_type_error_args(t->name, 1, npos);
  Hash* s = (Hash*)alloc_obj(t, sizeof(Hash));
  if (!s) return nullptr;
  s->algo = algo;
  if (algo == SHA256) memcpy(s->h, INIT256, sizeof INIT256);
  else memcpy(s->h, INIT1, sizeof INIT1);  // md5 uses the first four sha1 words
  if (npos == 1) {
    Buffer b;
    if (!arg_buffer(args[0], &b)) return nullptr;
    hash_feed(s, (const uint8_t*)b.data, b.len);
  }
  return (Val)s;
}
Val sha256_new(Type* t, int n, int, const Val* a) { return hash_new(t, SHA256, n, a); }
Val sha1_new(Type* t, int n, int, const Val* a) { return hash_new(t, SHA1, n, a); }
Val md5_new(Type* t, int n, int, const Val* a) { return hash_new(t, MD5, n, a); }

// one ROM method table per hash type (a row names its owner type)
#define PY_HASH_METHODS                                                                                       \
  {"update", hash_update, 2, 2, 0}, {"digest", hash_digest, 1, 1, 0}, {"hexdigest", hash_hexdigest, 1, 1, 0}, \
      {nullptr, nullptr, 0, 0, 0}
const TypeMethod<&sha256_type> sha256_methods[] = {PY_HASH_METHODS};
const TypeMethod<&sha1_type> sha1_methods[] = {PY_HASH_METHODS};
const TypeMethod<&md5_type> md5_methods[] = {PY_HASH_METHODS};
#undef PY_HASH_METHODS
}  // namespace

Val hashlib_module() {
  Val m = module_new(str_intern_cstr("hashlib"));
  if (!m) return nullptr;
  struct { Type* t; const char* name; NewFn make; const MethodDef* methods; } rows[] = {
    {&sha256_type, "sha256", sha256_new, sha256_methods}, {&sha1_type, "sha1", sha1_new, sha1_methods},
    {&md5_type, "md5", md5_new, md5_methods}};
  for (auto& r : rows) {
    make_native_type(r.t, r.name, r.methods);
    r.t->make_new = r.make;
    module_add(m, r.name, (Val)r.t);
  }
  return exc_pending() ? nullptr : m;
}

}  // namespace py
