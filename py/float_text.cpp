// Decimal text <-> double, exact both ways (float_text.h).
//
// Both directions rest on one small fixed-size big integer. Printing is Steele & White's /
// Burger & Dybvig's digit generation: the double is the fraction r/s times a power of ten,
// each digit is the integer part of 10 r / s; for the shortest form the margins lo and hi
// (half the gaps to the neighbouring doubles, in the same scale) say when the digits so far
// already read back as the double. Parsing takes a close approximation and moves it, one
// double at a time, until the text lies between the halfway points to both neighbours; the
// text is compared with a halfway point exactly: as integers when it has at most 19
// significant digits, else digit by digit against the halfway point's own decimal digits.
#include "float_text.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

namespace py {
namespace {

// ---- a fixed-size unsigned big integer ---------------------------------------------------
// 40 limbs hold 1280 bits: the largest value formed is the halfway point below 10^-323
// times 10^342 (~1190 bits); a digit generator's numbers stay under ~1090 bits.
constexpr int LIMBS = 40;
struct Big {
  int n;  // limbs in use, the top one non-zero
  uint32_t w[LIMBS];
};

void big_set(Big* b, uint64_t v) {
  b->n = 0;
  for (; v; v >>= 32) b->w[b->n++] = (uint32_t)v;
}

void big_mul(Big* b, uint32_t f) {
  uint64_t carry = 0;
  for (int i = 0; i < b->n; i++) {
    carry += (uint64_t)b->w[i] * f;
    b->w[i] = (uint32_t)carry;
    carry >>= 32;
  }
  if (carry && b->n < LIMBS) b->w[b->n++] = (uint32_t)carry;
}

void big_mul_pow10(Big* b, int k) {
  static const uint32_t POW10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
  for (; k > 0; k -= 9) big_mul(b, POW10[k < 9 ? k : 9]);
}

void big_shl(Big* b, int bits) {
  int n = b->n, limbs = bits / 32, r = bits % 32;
  if (!n || n + limbs >= LIMBS) return;  // never reached with n > 0: the callers' values fit (see LIMBS)
  // each limb is the 64 bits of itself and the one below, shifted down by 32 - r
  uint32_t out = (uint32_t)(((uint64_t)b->w[n - 1] << r) >> 32);
  for (int i = n - 1; i > 0; i--) b->w[i + limbs] = (uint32_t)((((uint64_t)b->w[i] << 32) | b->w[i - 1]) >> (32 - r));
  b->w[limbs] = b->w[0] << r;
  for (int i = 0; i < limbs; i++) b->w[i] = 0;
  b->n = n + limbs;
  if (out) b->w[b->n++] = out;
}

// sign of a + b - c
int big_cmp_sum(const Big* a, const Big* b, const Big* c) {
  int n = a->n > b->n ? a->n : b->n;
  if (c->n > n) n = c->n;
  int64_t acc = 0;
  bool low_bits = false;
  for (int i = 0; i < n; i++) {
    acc += (int64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) - (i < c->n ? c->w[i] : 0);
    low_bits |= (uint32_t)acc != 0;
    acc >>= 32;  // -1, 0 or 1
  }
  return acc ? (int)acc : low_bits;
}

int big_cmp(const Big* a, const Big* b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--)
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  return 0;
}

void big_add(Big* a, const Big* b) {
  uint64_t carry = 0;
  int n = a->n > b->n ? a->n : b->n;
  for (int i = 0; i < n; i++) {
    carry += (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0);
    a->w[i] = (uint32_t)carry;
    carry >>= 32;
  }
  a->n = n;
  if (carry && n < LIMBS) a->w[a->n++] = (uint32_t)carry;
}

// a -= q * b, where a >= q * b
void big_sub_mul(Big* a, const Big* b, uint32_t q) {
  uint64_t carry = 0;
  int64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    carry += (uint64_t)(i < b->n ? b->w[i] : 0) * q;
    borrow += (int64_t)a->w[i] - (uint32_t)carry;
    carry >>= 32;
    a->w[i] = (uint32_t)borrow;
    borrow >>= 32;  // 0 or -1
  }
  while (a->n && !a->w[a->n - 1]) a->n--;
}

// ---- doubles as m * 2^e ------------------------------------------------------------------
constexpr uint64_t HIDDEN_BIT = 1ull << 52;
constexpr uint64_t INF_BITS = 0x7FFull << 52;

void split_bits(uint64_t bits, uint64_t* m, int* e) {
  int biased = (int)(bits >> 52);
  *m = bits & (HIDDEN_BIT - 1);
  if (biased) *m |= HIDDEN_BIT;
  *e = (biased ? biased : 1) - 1075;
}

// ---- digit generation --------------------------------------------------------------------
// The value is r/s * 10^k with 0.1 <= r/s < 1 (with margins: the upper end of the rounding
// interval, (r + hi)/s, lies in that range instead).
struct DigitGen {
  Big r, s, lo, hi;
  int k;
  bool margins;  // shortest mode: lo, hi are half the gaps to the neighbouring doubles
  bool even;     // m even: the ends of the rounding interval read back as the double too
};

// sign of f * (r [+ hi]) - s
int upper_cmp(const DigitGen* g, uint32_t f) {
  if (f == 1 && !g->margins) return big_cmp(&g->r, &g->s);
  Big t;
  t.n = g->r.n;
  memcpy(t.w, g->r.w, sizeof(uint32_t) * (size_t)t.n);  // the limbs in use only
  if (g->margins) big_add(&t, &g->hi);
  big_mul(&t, f);
  return big_cmp(&t, &g->s);
}

void gen_init(DigitGen* g, uint64_t m, int e, bool margins) {
  g->margins = margins;
  g->even = !(m & 1);
  // at a power of two (not the smallest exponent) the gap below is half the gap above
  int uneven = margins && m == HIDDEN_BIT && e > -1074;
  int scale = margins + uneven;  // everything doubled (twice) so the margins are integers
  big_set(&g->r, m << scale);
  big_set(&g->s, 1u << scale);
  big_set(&g->lo, 1);
  big_set(&g->hi, 1u << uneven);
  if (e >= 0) {
    big_shl(&g->r, e);
    big_shl(&g->lo, e);
    big_shl(&g->hi, e);
  } else big_shl(&g->s, -e);
  // k from log10(2) ~ 1233 / 4096 and the bit length; off by at most one, fixed below
  int log2v = e + 63 - __builtin_clzll(m);
  int k = (log2v * 1233 >> 12) + 1;
  if (k >= 0) big_mul_pow10(&g->s, k);
  else {
    big_mul_pow10(&g->r, -k);
    big_mul_pow10(&g->lo, -k);
    big_mul_pow10(&g->hi, -k);
  }
  for (int c; (c = upper_cmp(g, 1)) > 0 || (c == 0 && (!margins || g->even)); k++) big_mul(&g->s, 10);
  for (; upper_cmp(g, 10) < 0; k--) {
    big_mul(&g->r, 10);
    big_mul(&g->lo, 10);
    big_mul(&g->hi, 10);
  }
  g->k = k;
  // s's top limb at full width makes gen_digit's estimate of each digit exact or one low
  int shift = __builtin_clz(g->s.w[g->s.n - 1]);
  big_shl(&g->r, shift);
  big_shl(&g->s, shift);
  big_shl(&g->lo, shift);
  big_shl(&g->hi, shift);
}

int gen_digit(DigitGen* g) {
  big_mul(&g->r, 10);
  if (g->margins) {
    big_mul(&g->lo, 10);
    big_mul(&g->hi, 10);
  }
  // r < 10 s: its limbs from s's top one up, over s's top limb + 1, is at most the digit
  const Big* s = &g->s;
  int top = s->n - 1;
  uint64_t r_top = g->r.n > top ? g->r.w[top] : 0;
  if (g->r.n > top + 1) r_top |= (uint64_t)g->r.w[top + 1] << 32;
  uint32_t d = (uint32_t)(r_top / ((uint64_t)s->w[top] + 1));
  big_sub_mul(&g->r, s, d);
  for (; big_cmp(&g->r, s) >= 0; d++) big_sub_mul(&g->r, s, 1);
  return (int)d;
}

// sign of 2 r - s: whether what is left rounds the last digit up
int remainder_vs_half(DigitGen* g) {
  big_mul(&g->r, 2);
  return big_cmp(&g->r, &g->s);
}

int shortest_digits(DigitGen* g, char* out) {
  for (int n = 0;;) {
    int d = gen_digit(g);
    int c = big_cmp(&g->r, &g->lo);
    bool low = c < 0 || (c == 0 && g->even);  // the digits so far already read back
    c = big_cmp_sum(&g->r, &g->hi, &g->s);
    bool high = c > 0 || (c == 0 && g->even);  // so does the next digit up
    if (low && high) {
      c = remainder_vs_half(g);
      if (c > 0 || (c == 0 && (d & 1))) d++;
    } else if (high) d++;
    out[n++] = (char)('0' + d);
    if (low || high) return n;
  }
}

// ---- parsing -------------------------------------------------------------------------------
struct Decimal {
  const char* first;  // first non-zero digit (nullptr: the number is zero)
  const char* last;   // just past the last non-zero digit; a '.' may lie in between
  int point;          // power of ten of *first
  int nsig;           // digits from first to last
  uint64_t w;         // the first 19 of them
};

// sign of the decimal minus (2m + 1) * 2^(e - 1), digit by digit
int cmp_by_digits(const Decimal* dec, uint64_t m, int e) {
  DigitGen g;
  gen_init(&g, 2 * m + 1, e - 1, false);
  if (dec->point != g.k - 1) return dec->point > g.k - 1 ? 1 : -1;
  for (const char* p = dec->first; p < dec->last; p++) {
    if (*p == '.') continue;
    if (!g.r.n) return 1;  // the halfway point ended; the text goes on to a non-zero digit
    int d = gen_digit(&g);
    if (*p - '0' != d) return *p - '0' > d ? 1 : -1;
  }
  return g.r.n ? -1 : 0;
}

// the same for at most 19 digits: w * 10^t against (2m + 1) * 2^(e - 1) as integers
int cmp_as_integers(uint64_t w, int t, uint64_t m, int e) {
  Big a, b;
  big_set(&a, w);
  big_set(&b, 2 * m + 1);
  if (t >= 0) big_mul_pow10(&a, t);
  else big_mul_pow10(&b, -t);
  if (e - 1 >= 0) big_shl(&b, e - 1);
  else big_shl(&a, 1 - e);
  return big_cmp(&a, &b);
}

// sign of the decimal minus the halfway point between the double `bits` and the next one up
int cmp_halfway(const Decimal* dec, uint64_t bits) {
  uint64_t m;
  int e;
  split_bits(bits, &m, &e);
  if (dec->nsig <= 19) return cmp_as_integers(dec->w, dec->point + 1 - dec->nsig, m, e);
  return cmp_by_digits(dec, m, e);
}

double decimal_to_double(const Decimal* dec) {
  if (!dec->first || dec->point < -324) return 0.0;  // below 10^-324 < 2^-1075
  if (dec->point > 308) return INFINITY;             // above DBL_MAX + half a gap
  int nw = dec->nsig < 19 ? dec->nsig : 19;
  int t = dec->point + 1 - nw;  // the decimal is about w * 10^t
  double w = (double)dec->w, x;
  if (t >= -22 && t <= 22) {
    double p = 1;  // 10^|t|, exact
    for (int i = 0; i < t || i < -t; i++) p *= 10;
    x = t < 0 ? w / p : w * p;
    // Clinger's fast path: w exact too, so x is the one rounding of the decimal
    if (dec->nsig <= 19 && dec->w < (1ull << 53)) return x;
  } else {
    // within a few doubles (in two steps where 10^t alone would be subnormal)
    x = t < -290 ? w * pow(10.0, t + 290) * 1e-290 : w * pow(10.0, t);
  }
  uint64_t bits;
  memcpy(&bits, &x, 8);
  if (bits >= INF_BITS) bits = INF_BITS - 1;
  // up while the decimal is past the halfway point to the next double (at a tie, to the
  // even one); if that never moved, down while it is below the halfway point to the previous
  uint64_t start = bits;
  for (int c; bits < INF_BITS && ((c = cmp_halfway(dec, bits)) > 0 || (c == 0 && (bits & 1)));) bits++;
  if (bits == start)
    for (int c; bits > 0 && ((c = cmp_halfway(dec, bits - 1)) < 0 || (c == 0 && (bits & 1)));) bits--;
  memcpy(&x, &bits, 8);
  return x;
}

size_t match_word(const char* p, const char* e, const char* word) {
  size_t i = 0;
  for (; word[i]; i++)
    if (p + i >= e || (p[i] | 32) != word[i]) return 0;
  return i;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// digits [. digits] [(e|E) [+-] digits]; returns the end, p when there is no digit
const char* scan_decimal(const char* p, const char* e, Decimal* dec) {
  dec->first = dec->last = nullptr;
  int int_digits = 0, index = 0, lead = 0;
  bool dot = false;
  const char* q = p;
  for (; q < e; q++) {
    if (*q == '.' && !dot) {
      dot = true;
      continue;
    }
    if (!is_digit(*q)) break;
    if (*q != '0') {
      if (!dec->first) {
        dec->first = q;
        lead = index;
      }
      dec->last = q + 1;
    }
    index++;
    if (!dot) int_digits++;
  }
  if (!index) return p;
  int exp10 = 0;
  if (q < e && (*q | 32) == 'e') {
    const char* r = q + 1;
    bool neg = r < e && *r == '-';
    if (r < e && (*r == '+' || *r == '-')) r++;
    if (r < e && is_digit(*r)) {
      for (; r < e && is_digit(*r); r++)
        if (exp10 < 100000) exp10 = exp10 * 10 + (*r - '0');  // past that it is 0 or inf
      if (neg) exp10 = -exp10;
      q = r;
    }
  }
  dec->point = int_digits - 1 - lead + exp10;
  dec->nsig = 0;
  dec->w = 0;
  for (const char* r = dec->first; r && r < dec->last; r++) {
    if (*r == '.') continue;
    if (dec->nsig++ < 19) dec->w = dec->w * 10 + (uint64_t)(*r - '0');
  }
  return q;
}

}  // namespace

const char* scan_double(const char* s, const char* e, double* out) {
  const char* p = s;
  bool neg = p < e && *p == '-';
  if (p < e && (*p == '+' || *p == '-')) p++;
  double v;
  size_t n;
  const char* end;
  if ((n = match_word(p, e, "infinity")) || (n = match_word(p, e, "inf"))) {
    v = INFINITY;
    end = p + n;
  } else if ((n = match_word(p, e, "nan"))) {
    v = NAN;
    end = p + n;
  } else {
    Decimal dec;
    end = scan_decimal(p, e, &dec);
    if (end == p) return s;
    v = decimal_to_double(&dec);
  }
  *out = neg ? -v : v;
  return end;
}

bool text_to_double(const char* s, const char* e, double* out) {
  const char* end = scan_double(s, e, out);
  return end != s && end == e;
}

int double_digits(double d, char mode, int n, char* out, int* point) {
  *point = 0;
  if (d == 0) return 0;
  uint64_t bits, m;
  int e;
  memcpy(&bits, &d, 8);
  split_bits(bits, &m, &e);
  DigitGen g;
  gen_init(&g, m, e, mode == 'r');
  *point = g.k - 1;
  if (mode == 'r') return shortest_digits(&g, out);
  int count = mode == 'f' ? g.k + n : n;
  if (count > FLOAT_DIGITS_MAX - 1) count = FLOAT_DIGITS_MAX - 1;  // one spare for a carry
  if (count < 0) return 0;
  for (int i = 0; i < count; i++) out[i] = (char)('0' + gen_digit(&g));
  int c = remainder_vs_half(&g);
  if (c > 0 || (c == 0 && count > 0 && (out[count - 1] & 1))) {
    int i = count;
    while (i > 0 && out[i - 1] == '9') out[--i] = '0';
    if (i > 0) out[i - 1]++;
    else {  // 99.9 -> 100.0: one more integer digit, as many decimals
      if (mode == 'f') out[count++] = '0';
      out[0] = '1';
      *point += 1;
    }
  }
  return count;
}

}  // namespace py
