// int: tagged small ints with arbitrary-precision fallback (sign-magnitude, base 2^32).
#include <math.h>

#include "runtime.h"

namespace py {

Type int_type, bool_type, bigint_type;

Val float_binop_d(int op, double a, double b);
Val complex_binop_vals(int op, Val a, Val b);

namespace {

// A read-only view on an integer value: small ints are expanded into local digits.
struct Num {
  const uint32_t* d;
  uint32_t len;
  bool neg;
  uint32_t local[3];
};

void num_of(Val v, Num* n) {
  if (is_small(v) || v == True_ || v == False_) {
    intptr_t i = is_small(v) ? small_val(v) : (v == True_);
    n->neg = i < 0;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)(int64_t)i : (uint64_t)i;
    n->len = 0;
    while (m) {
      n->local[n->len++] = (uint32_t)m;
      m >>= 32;
    }
    n->d = n->local;
  } else {
    BigInt* b = (BigInt*)v;
    n->d = b->d;
    n->len = b->len;
    n->neg = b->neg;
  }
}

BigInt* big_alloc(uint32_t len) {
  BigInt* b = (BigInt*)gc_alloc_atomic(sizeof(BigInt) + (len ? len - 1 : 0) * sizeof(uint32_t));
  if (!b) {
    raise_no_memory();
    return nullptr;
  }
  b->type = &int_type;
  b->len = len;
  b->neg = 0;
  return b;
}

int mag_cmp(const uint32_t* a, uint32_t na, const uint32_t* b, uint32_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (uint32_t i = na; i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

// r = a + b (r has room for max(na,nb)+1)
uint32_t mag_add(uint32_t* r, const uint32_t* a, uint32_t na, const uint32_t* b, uint32_t nb) {
  if (na < nb) {
    const uint32_t* t = a; a = b; b = t;
    uint32_t tn = na; na = nb; nb = tn;
  }
  uint64_t c = 0;
  uint32_t i = 0;
  for (; i < nb; i++) { c += (uint64_t)a[i] + b[i]; r[i] = (uint32_t)c; c >>= 32; }
  for (; i < na; i++) { c += a[i]; r[i] = (uint32_t)c; c >>= 32; }
  if (c) r[i++] = (uint32_t)c;
  return i;
}

// r = a - b, requires a >= b
uint32_t mag_sub(uint32_t* r, const uint32_t* a, uint32_t na, const uint32_t* b, uint32_t nb) {
  int64_t c = 0;
  uint32_t i = 0;
  for (; i < nb; i++) { c += (int64_t)a[i] - b[i]; r[i] = (uint32_t)c; c >>= 32; }
  for (; i < na; i++) { c += a[i]; r[i] = (uint32_t)c; c >>= 32; }
  while (na && r[na - 1] == 0) na--;
  return na;
}

uint32_t mag_mul(uint32_t* r, const uint32_t* a, uint32_t na, const uint32_t* b, uint32_t nb) {
  memset(r, 0, (na + nb) * sizeof(uint32_t));
  for (uint32_t i = 0; i < na; i++) {
    uint64_t c = 0;
    uint64_t ai = a[i];
    if (!ai) continue;
    for (uint32_t j = 0; j < nb; j++) {
      c += ai * b[j] + r[i + j];
      r[i + j] = (uint32_t)c;
      c >>= 32;
    }
    r[i + nb] = (uint32_t)c;
  }
  uint32_t n = na + nb;
  while (n && r[n - 1] == 0) n--;
  return n;
}

// divide by a single digit in place; returns remainder
uint32_t mag_divsmall(uint32_t* a, uint32_t* na, uint32_t d) {
  uint64_t rem = 0;
  for (uint32_t i = *na; i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = (uint32_t)(cur / d);
    rem = cur % d;
  }
  while (*na && a[*na - 1] == 0) (*na)--;
  return (uint32_t)rem;
}

// Knuth algorithm D: q = a / b, r = a % b (magnitudes). q has na-nb+1 digits, r nb digits.
bool mag_divmod(const uint32_t* a, uint32_t na, const uint32_t* b, uint32_t nb, uint32_t* q, uint32_t* qn,
                uint32_t* r, uint32_t* rn) {
  if (mag_cmp(a, na, b, nb) < 0) {
    *qn = 0;
    memcpy(r, a, na * sizeof(uint32_t));
    *rn = na;
    return true;
  }
  if (nb == 1) {
    memcpy(q, a, na * sizeof(uint32_t));
    uint32_t n = na;
    uint32_t rem = mag_divsmall(q, &n, b[0]);
    *qn = n;
    r[0] = rem;
    *rn = rem ? 1 : 0;
    return true;
  }
  int s = __builtin_clz(b[nb - 1]);
  uint32_t* un = (uint32_t*)gc_alloc_atomic((na + 1) * sizeof(uint32_t));
  uint32_t* vn = (uint32_t*)gc_alloc_atomic(nb * sizeof(uint32_t));
  if (!un || !vn) return false;
  for (uint32_t i = nb - 1; i > 0; i--) vn[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
  vn[0] = b[0] << s;
  un[na] = s ? (uint32_t)((uint64_t)a[na - 1] >> (32 - s)) : 0;
  for (uint32_t i = na - 1; i > 0; i--) un[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
  un[0] = a[0] << s;
  const uint64_t B = (uint64_t)1 << 32;
  for (int64_t j = (int64_t)na - nb; j >= 0; j--) {
    uint64_t num = ((uint64_t)un[j + nb] << 32) | un[j + nb - 1];
    uint64_t qhat = num / vn[nb - 1];
    uint64_t rhat = num % vn[nb - 1];
    while (qhat >= B || qhat * vn[nb - 2] > ((rhat << 32) | un[j + nb - 2])) {
      qhat--;
      rhat += vn[nb - 1];
      if (rhat >= B) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (uint32_t i = 0; i < nb; i++) {
      uint64_t p = qhat * vn[i] + carry;
      carry = p >> 32;
      int64_t t = (int64_t)un[i + j] - borrow - (int64_t)(uint32_t)p;
      un[i + j] = (uint32_t)t;
      borrow = t < 0 ? 1 : 0;
    }
    int64_t t = (int64_t)un[j + nb] - borrow - (int64_t)carry;
    un[j + nb] = (uint32_t)t;
    if (t < 0) {
      qhat--;
      uint64_t c = 0;
      for (uint32_t i = 0; i < nb; i++) {
        c += (uint64_t)un[i + j] + vn[i];
        un[i + j] = (uint32_t)c;
        c >>= 32;
      }
      un[j + nb] += (uint32_t)c;
    }
    q[j] = (uint32_t)qhat;
  }
  uint32_t n = na - nb + 1;
  while (n && q[n - 1] == 0) n--;
  *qn = n;
  for (uint32_t i = 0; i < nb; i++) r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
  n = nb;
  while (n && r[n - 1] == 0) n--;
  *rn = n;
  gc_free(un);
  gc_free(vn);
  return true;
}

Val make_int(const uint32_t* d, uint32_t len, bool neg) {
  while (len && d[len - 1] == 0) len--;
  if (len == 0) return small(0);
  if (len <= 2) {
    uint64_t m = d[0] | (len == 2 ? (uint64_t)d[1] << 32 : 0);
    if (m <= (uint64_t)SMALL_MAX) return small(neg ? -(intptr_t)m : (intptr_t)m);
    if (neg && m == (uint64_t)SMALL_MAX + 1) return small(SMALL_MIN);
  }
  BigInt* b = big_alloc(len);
  if (!b) return nullptr;
  memcpy(b->d, d, len * sizeof(uint32_t));
  b->neg = neg;
  return (Val)b;
}

uint32_t* tmp_digits(uint32_t n) {
  uint32_t* p = (uint32_t*)gc_alloc_atomic((n ? n : 1) * sizeof(uint32_t));
  if (!p) raise_no_memory();
  return p;
}

// Results are computed straight into a new BigInt, then normalised (small when it fits).
Val finish_big(BigInt* b, uint32_t len, bool neg) {
  while (len && b->d[len - 1] == 0) len--;
  if (len <= 2) {
    uint64_t m = len ? b->d[0] | (len == 2 ? (uint64_t)b->d[1] << 32 : 0) : 0;
    if (m <= (uint64_t)SMALL_MAX || (neg && m == (uint64_t)SMALL_MAX + 1)) {
      gc_free(b);
      if (neg && m == (uint64_t)SMALL_MAX + 1) return small(SMALL_MIN);
      return small(neg ? -(intptr_t)m : (intptr_t)m);
    }
  }
  b->len = len;
  b->neg = neg;
  return (Val)b;
}

Val big_add(const Num& a, const Num& b, bool negate_b) {
  bool bneg = negate_b ? !b.neg : b.neg;
  uint32_t n = (a.len > b.len ? a.len : b.len) + 1;
  if (a.neg == bneg) {
    BigInt* r = big_alloc(n);
    if (!r) return nullptr;
    return finish_big(r, mag_add(r->d, a.d, a.len, b.d, b.len), a.neg);
  }
  int c = mag_cmp(a.d, a.len, b.d, b.len);
  if (c == 0) return small(0);
  BigInt* r = big_alloc(n);
  if (!r) return nullptr;
  if (c > 0) return finish_big(r, mag_sub(r->d, a.d, a.len, b.d, b.len), a.neg);
  return finish_big(r, mag_sub(r->d, b.d, b.len, a.d, a.len), bneg);
}

Val big_mul(const Num& a, const Num& b) {
  if (!a.len || !b.len) return small(0);
  BigInt* r = big_alloc(a.len + b.len);
  if (!r) return nullptr;
  return finish_big(r, mag_mul(r->d, a.d, a.len, b.d, b.len), a.neg != b.neg);
}

// floor division and modulo with Python semantics
bool big_divmod(const Num& a, const Num& b, Val* qout, Val* rout) {
  if (!b.len) {
    raise(&ZeroDivisionError_type, "divide by zero");
    return false;
  }
  uint32_t* q = tmp_digits(a.len + 1);
  uint32_t* r = tmp_digits(b.len + 1);
  if (!q || !r) return false;
  uint32_t qn = 0, rn = 0;
  if (!mag_divmod(a.d, a.len, b.d, b.len, q, &qn, r, &rn)) return !!raise_no_memory();
  bool neg = a.neg != b.neg;
  if (neg && rn) {
    // floor: q = -(q+1), r = b - r (with b's sign)
    uint32_t one = 1;
    uint32_t* q2 = tmp_digits(qn + 2);
    uint32_t* r2 = tmp_digits(b.len + 1);
    if (!q2 || !r2) return false;
    uint32_t q2n = mag_add(q2, q, qn, &one, 1);
    uint32_t r2n = mag_sub(r2, b.d, b.len, r, rn);
    if (qout) *qout = make_int(q2, q2n, true);
    if (rout) *rout = make_int(r2, r2n, b.neg);
  } else {
    if (qout) *qout = make_int(q, qn, neg);
    if (rout) *rout = make_int(r, rn, b.neg);
  }
  return (!qout || *qout) && (!rout || *rout);
}

Val big_shift(const Num& a, intptr_t sh) {  // sh > 0 left, < 0 right (floor)
  if (!a.len) return small(0);
  if (sh > 0) {
    if (sh > (intptr_t)1 << 24) return raise_no_memory();
    uint32_t ws = (uint32_t)(sh / 32), bs = (uint32_t)(sh % 32);
    uint32_t n = a.len + ws + 1;
    uint32_t* r = tmp_digits(n);
    if (!r) return nullptr;
    memset(r, 0, n * sizeof(uint32_t));
    for (uint32_t i = 0; i < a.len; i++) {
      uint64_t v = (uint64_t)a.d[i] << bs;
      r[i + ws] |= (uint32_t)v;
      r[i + ws + 1] |= (uint32_t)(v >> 32);
    }
    Val res = make_int(r, n, a.neg);
    gc_free(r);
    return res;
  }
  uint64_t s = (uint64_t)(-sh);
  uint32_t ws = (uint32_t)(s / 32), bs = (uint32_t)(s % 32);
  if (ws >= a.len) return small(a.neg ? -1 : 0);
  uint32_t n = a.len - ws;
  uint32_t* r = tmp_digits(n + 1);
  if (!r) return nullptr;
  bool lost = false;
  for (uint32_t i = 0; i < ws; i++) if (a.d[i]) lost = true;
  if (bs && (a.d[ws] & ((1u << bs) - 1))) lost = true;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t v = a.d[i + ws];
    if (i + ws + 1 < a.len) v |= (uint64_t)a.d[i + ws + 1] << 32;
    r[i] = (uint32_t)(v >> bs);
  }
  while (n && r[n - 1] == 0) n--;
  if (a.neg && lost) {
    uint32_t one = 1;
    r[n] = 0;
    n = mag_add(r, r, n, &one, 1);
  }
  Val res = make_int(r, n, a.neg);
  gc_free(r);
  return res;
}

// bitwise ops via two's complement over n digits
void to_twos(const Num& a, uint32_t* out, uint32_t n) {
  memset(out, 0, n * sizeof(uint32_t));
  memcpy(out, a.d, a.len * sizeof(uint32_t));
  if (a.neg) {
    uint64_t c = 1;
    for (uint32_t i = 0; i < n; i++) {
      c += (uint32_t)~out[i];
      out[i] = (uint32_t)c;
      c >>= 32;
    }
  }
}

Val big_bitop(int op, const Num& a, const Num& b) {
  uint32_t n = (a.len > b.len ? a.len : b.len) + 1;
  uint32_t* x = tmp_digits(n);
  uint32_t* y = tmp_digits(n);
  if (!x || !y) return nullptr;
  to_twos(a, x, n);
  to_twos(b, y, n);
  for (uint32_t i = 0; i < n; i++) {
    if (op == OP_AND) x[i] &= y[i];
    else if (op == OP_OR) x[i] |= y[i];
    else x[i] ^= y[i];
  }
  bool neg = x[n - 1] >> 31;
  if (neg) {
    uint64_t c = 1;
    for (uint32_t i = 0; i < n; i++) {
      c += (uint32_t)~x[i];
      x[i] = (uint32_t)c;
      c >>= 32;
    }
  }
  Val r = make_int(x, n, neg);
  gc_free(x);
  gc_free(y);
  return r;
}

double num_to_double(const Num& a) {
  double r = 0;
  for (uint32_t i = a.len; i-- > 0;) r = r * 4294967296.0 + a.d[i];
  return a.neg ? -r : r;
}

uint32_t mag_bits(const Num& n) {
  if (!n.len) return 0;
  return (n.len - 1) * 32 + (32 - __builtin_clz(n.d[n.len - 1]));
}

// Correctly rounded a / b: a 64-bit quotient with a sticky bit for the remainder, then one
// rounding to double and an exact scaling by a power of two.
Val int_truediv(Val a, Val b, const Num& na, const Num& nb) {
  if (mag_bits(na) <= 53 && mag_bits(nb) <= 53) return float_new(num_to_double(na) / num_to_double(nb));
  intptr_t shift = 63 + (intptr_t)mag_bits(nb) - (intptr_t)mag_bits(na);
  Val aa = unop(UN_ABS, a), bb = unop(UN_ABS, b);
  if (!aa || !bb) return nullptr;
  Val num = shift >= 0 ? int_binop(OP_LSHIFT, aa, int_from(shift)) : aa;
  Val den = shift < 0 ? int_binop(OP_LSHIFT, bb, int_from(-shift)) : bb;
  if (!num || !den) return nullptr;
  Val q = int_binop(OP_FLOORDIV, num, den);
  Val r = q ? int_binop(OP_MOD, num, den) : nullptr;
  if (!r) return nullptr;
  Num nq;
  num_of(q, &nq);
  uint64_t m = 0;
  for (uint32_t i = nq.len; i-- > 0;) m = (m << 32) | nq.d[i];
  if (int_sign(r) != 0) m |= 1;  // sticky bit: the exact quotient is above m
  double d = ldexp((double)m, (int)-shift);
  if (isinf(d)) return raise(&OverflowError_type, "integer division result too large for a float");
  return float_new(na.neg != nb.neg ? -d : d);
}

Val int_pow(Val a, Val b, Val mod) {
  Num nb;
  num_of(b, &nb);
  if (nb.neg) {
    if (mod) return raise(&ValueError_type, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_new(pow(int_to_double(a), int_to_double(b)));
  }
  Val result = small(1);
  Val base = a;
  if (mod) {
    Num nm;
    num_of(mod, &nm);
    if (!nm.len) return raise(&ValueError_type, "pow() 3rd argument cannot be 0");
    base = int_binop(OP_MOD, base, mod);
    if (!base) return nullptr;
  }
  // binary exponentiation over the bits of b
  uint32_t nbits = nb.len * 32;
  for (uint32_t bit = 0; bit < nbits; bit++) {
    uint32_t w = bit / 32;
    bool set = (nb.d[w] >> (bit % 32)) & 1;
    if (set) {
      result = int_binop(OP_MUL, result, base);
      if (!result) return nullptr;
      if (mod && !(result = int_binop(OP_MOD, result, mod))) return nullptr;
    }
    // stop when no more bits
    bool more = false;
    for (uint32_t k = bit + 1; k < nbits; k++)
      if ((nb.d[k / 32] >> (k % 32)) & 1) { more = true; break; }
    if (!more) break;
    base = int_binop(OP_MUL, base, base);
    if (!base) return nullptr;
    if (mod && !(base = int_binop(OP_MOD, base, mod))) return nullptr;
    if (!check_signals()) return nullptr;
  }
  return result;
}

}  // namespace

bool is_int(Val v) {
  // instances of int subclasses are not ints themselves: their value is unwrapped by the
  // instance slots (see int_subclass_value)
  return is_small(v) || v == True_ || v == False_ || v->type == &int_type;
}

Val int_subclass_value(Val v) { return *(Val*)((char*)v + sizeof(Obj)); }

Val int_from(intptr_t i) {
  if (fits_small(i)) return small(i);
  return int_from_i64((int64_t)i);
}

Val int_from_i64(int64_t i) {
  if (i >= SMALL_MIN && i <= SMALL_MAX) return small((intptr_t)i);
  uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
  return make_int(d, 2, i < 0);
}

Val int_from_u64(uint64_t u) {
  uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
  return make_int(d, 2, false);
}

Val int_from_double(double x) {
  if (isnan(x)) return raise(&ValueError_type, "can't convert NaN to int");
  if (isinf(x)) return raise(&OverflowError_type, "can't convert inf to int");
  x = trunc(x);
  if (x >= -4.0e18 && x <= 4.0e18) return int_from_i64((int64_t)x);
  bool neg = x < 0;
  if (neg) x = -x;
  int e;
  double m = frexp(x, &e);  // x = m * 2^e, 0.5 <= m < 1
  uint64_t mant = (uint64_t)ldexp(m, 64);
  uint32_t d[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
  Num n;
  n.d = d;
  n.len = 2;
  n.neg = neg;
  return big_shift(n, e - 64);
}

bool int_to_i64(Val v, int64_t* out) {
  if (is_small(v)) { *out = small_val(v); return true; }
  if (v == True_ || v == False_) { *out = v == True_; return true; }
  if (!is_int(v)) return false;
  Num n;
  num_of(v, &n);
  if (n.len > 2) return false;
  uint64_t m = n.d[0] | (n.len == 2 ? (uint64_t)n.d[1] << 32 : 0);
  if (n.neg) {
    if (m > (uint64_t)INT64_MAX + 1) return false;
    *out = (int64_t)(0 - m);
  } else {
    if (m > (uint64_t)INT64_MAX) return false;
    *out = (int64_t)m;
  }
  return true;
}

intptr_t int_as_ssize(Val v, bool* ok) {
  *ok = true;
  if (is_small(v)) return small_val(v);
  if (v == True_) return 1;
  if (v == False_) return 0;
  if (!is_int(v)) {
    Val i = get_index(v);
    if (!i) { *ok = false; return 0; }
    v = i;
    if (is_small(v)) return small_val(v);
  }
  int64_t x;
  if (!int_to_i64(v, &x) || x < INTPTR_MIN || x > INTPTR_MAX) {
    raise(&OverflowError_type, "overflow converting long int to machine word");
    *ok = false;
    return 0;
  }
  return (intptr_t)x;
}

double int_to_double(Val v) {
  Num n;
  num_of(v, &n);
  return num_to_double(n);
}

int int_sign(Val v) {
  Num n;
  num_of(v, &n);
  return n.len == 0 ? 0 : n.neg ? -1 : 1;
}

Val int_parse(const char* s, size_t n, int base, bool allow_us) {
  const char* p = s;
  const char* e = s + n;
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r')) e--;
  bool neg = false;
  if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (base == 0) {
    base = 10;
    if (e - p >= 2 && p[0] == '0') {
      char c = p[1] | 32;
      if (c == 'x') { base = 16; p += 2; }
      else if (c == 'o') { base = 8; p += 2; }
      else if (c == 'b') { base = 2; p += 2; }
    }
    allow_us = true;
  } else if (e - p >= 2 && p[0] == '0') {
    char c = p[1] | 32;
    if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) p += 2;
  }
  if (p >= e) goto bad;
  {
    uint32_t* d = nullptr;
    uint32_t len = 0, cap = 0;
    uint64_t acc = 0;
    bool last_us = true;
    for (const char* q = p; q < e; q++) {
      char c = *q;
      if (c == '_' && allow_us && !last_us) { last_us = true; continue; }
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if ((c | 32) >= 'a' && (c | 32) <= 'z') v = (c | 32) - 'a' + 10;
      else goto bad;
      if (v >= base) goto bad;
      last_us = false;
      // d = d * base + v
      if (len == 0 && acc < ((uint64_t)1 << 56)) {
        acc = acc * base + v;
        continue;
      }
      if (len == 0) {
        cap = 8;
        d = tmp_digits(cap);
        if (!d) return nullptr;
        d[0] = (uint32_t)acc;
        d[1] = (uint32_t)(acc >> 32);
        len = d[1] ? 2 : 1;
      }
      uint64_t c2 = v;
      for (uint32_t i = 0; i < len; i++) {
        c2 += (uint64_t)d[i] * base;
        d[i] = (uint32_t)c2;
        c2 >>= 32;
      }
      if (c2) {
        if (len == cap) {
          cap *= 2;
          uint32_t* nd = (uint32_t*)gc_realloc(d, cap * sizeof(uint32_t));
          if (!nd) return raise_no_memory();
          d = nd;
        }
        d[len++] = (uint32_t)c2;
      }
    }
    if (last_us) goto bad;
    if (len == 0) {
      uint32_t t[2] = {(uint32_t)acc, (uint32_t)(acc >> 32)};
      return make_int(t, 2, neg);
    }
    Val r = make_int(d, len, neg);
    gc_free(d);
    return r;
  }
bad:
  return raise(&ValueError_type, "invalid syntax for integer with base %d", base);
}

char* small_int_digits(uintptr_t m, int base, bool upper, char* end) {
  const char* digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  do {
    *--end = digs[m % (unsigned)base];
    m /= (unsigned)base;
  } while (m);
  return end;
}

Val int_format_base(Val v, int base, bool prefix, bool upper) {
  if (is_small(v)) {  // no big-number machinery (and no temporary blocks) for small ints
    intptr_t x = small_val(v);
    char tmp[72];
    char* e = tmp + sizeof tmp;
    char* p = small_int_digits(x < 0 ? -(uintptr_t)x : (uintptr_t)x, base, upper, e);
    if (prefix && base != 10) {
      *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
      *--p = '0';
    }
    if (x < 0) *--p = '-';
    return str_new(p, (size_t)(e - p));
  }
  Num n;
  num_of(v, &n);
  const char* digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  Buf b;
  buf_init(&b, 32);
  if (n.len == 0) {
    if (prefix && base != 10) buf_adds(&b, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
    buf_addc(&b, '0');
    return buf_to_str(&b);
  }
  // produce digits in reverse
  uint32_t* d = tmp_digits(n.len);
  if (!d) return nullptr;
  memcpy(d, n.d, n.len * sizeof(uint32_t));
  uint32_t len = n.len;
  Buf rev;
  buf_init(&rev, n.len * 10 + 4);
  if (base == 10) {
    while (len) {
      uint32_t rem = mag_divsmall(d, &len, 1000000000u);
      for (int i = 0; i < 9; i++) {
        buf_addc(&rev, (char)('0' + rem % 10));
        rem /= 10;
        if (!len && !rem) break;
      }
    }
  } else {
    while (len) {
      uint32_t rem = mag_divsmall(d, &len, base);
      buf_addc(&rev, digs[rem]);
    }
  }
  if (rev.failed) return raise_no_memory();
  if (n.neg) buf_addc(&b, '-');
  if (prefix && base != 10) buf_adds(&b, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
  for (size_t i = rev.len; i-- > 0;) buf_addc(&b, rev.data[i]);
  gc_free(d);
  gc_free(rev.data);
  return buf_to_str(&b);
}

Val int_binop(int op, Val a, Val b) {
  if (op & OP_REVERSED) {
    op &= ~OP_REVERSED;
    Val t = a; a = b; b = t;
  }
  if (op >= OP_INPLACE) return NOTIMPL;
  if (!is_int(b) || !is_int(a)) {
    Val other = is_int(a) ? b : a;
    Type* to = type_of(other);
    if ((to == &float_type || is_subtype(to, &float_type)) && op >= OP_LT && op <= OP_GE) {
      // exact comparison between an int and a float
      bool int_left = is_int(a);
      Val iv = int_left ? a : b;
      double f;
      to_double(int_left ? b : a, &f);
      int c;
      if (isnan(f)) return from_bool(op == OP_NE);
      if (isinf(f)) c = f > 0 ? -1 : 1;
      else {
        double fl = floor(f);
        Val fi = int_from_double(fl);
        if (!fi) return nullptr;
        Val lt = int_binop(OP_LT, iv, fi);
        Val gt = int_binop(OP_GT, iv, fi);
        if (!lt || !gt) return nullptr;
        if (lt == True_) c = -1;
        else if (gt == True_) c = 1;
        else c = fl == f ? 0 : -1;
      }
      if (!int_left) c = -c;
      bool r = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : op == OP_GE ? c >= 0
               : op == OP_EQ ? c == 0 : c != 0;
      return from_bool(r);
    }
    if (to == &float_type || is_subtype(to, &float_type)) {
      double x, y;
      to_double(a, &x);
      to_double(b, &y);
      if (!to_double(a, &x) || !to_double(b, &y)) return NOTIMPL;
      return float_binop_d(op, x, y);
    }
    if (to == &complex_type) return complex_binop_vals(op, a, b);
    return NOTIMPL;
  }
  // small fast paths
  if ((is_small(a) || a == True_ || a == False_) && (is_small(b) || b == True_ || b == False_)) {
    intptr_t x = is_small(a) ? small_val(a) : a == True_;
    intptr_t y = is_small(b) ? small_val(b) : b == True_;
    intptr_t r;
    switch (op) {
      case OP_ADD: if (!__builtin_add_overflow(x, y, &r) && fits_small(r)) return small(r); break;
      case OP_SUB: if (!__builtin_sub_overflow(x, y, &r) && fits_small(r)) return small(r); break;
      case OP_MUL: if (!__builtin_mul_overflow(x, y, &r) && fits_small(r)) return small(r); break;
      case OP_FLOORDIV: case OP_MOD: {
        if (y == 0) return raise(&ZeroDivisionError_type, "divide by zero");
        intptr_t q = x / y, m = x % y;
        if (m && ((m < 0) != (y < 0))) { q--; m += y; }
        return op == OP_MOD ? small(m) : int_from(q);
      }
      case OP_TRUEDIV:
        if (y == 0) return raise(&ZeroDivisionError_type, "divide by zero");
        return float_new((double)x / (double)y);
      case OP_AND: return small(x & y);
      case OP_OR: return small(x | y);
      case OP_XOR: return small(x ^ y);
      case OP_LSHIFT:
        if (y < 0) return raise(&ValueError_type, "negative shift count");
        if (y < (intptr_t)(sizeof(intptr_t) * 8 - 2)) {
          intptr_t r2 = x * ((intptr_t)1 << y);
          if ((r2 >> y) == x && fits_small(r2)) return small(r2);
        }
        break;
      case OP_RSHIFT:
        if (y < 0) return raise(&ValueError_type, "negative shift count");
        return small(y >= (intptr_t)(sizeof(intptr_t) * 8) ? (x < 0 ? -1 : 0) : x >> y);
      case OP_LT: return from_bool(x < y);
      case OP_LE: return from_bool(x <= y);
      case OP_GT: return from_bool(x > y);
      case OP_GE: return from_bool(x >= y);
      case OP_EQ: return from_bool(x == y);
      case OP_NE: return from_bool(x != y);
      default: break;
    }
  }
  Num na, nb;
  num_of(a, &na);
  num_of(b, &nb);
  switch (op) {
    case OP_ADD: return big_add(na, nb, false);
    case OP_SUB: return big_add(na, nb, true);
    case OP_MUL: return big_mul(na, nb);
    case OP_FLOORDIV: {
      Val q;
      if (!nb.len) return raise(&ZeroDivisionError_type, "divide by zero");
      return big_divmod(na, nb, &q, nullptr) ? q : nullptr;
    }
    case OP_MOD: {
      Val r;
      if (!nb.len) return raise(&ZeroDivisionError_type, "divide by zero");
      return big_divmod(na, nb, nullptr, &r) ? r : nullptr;
    }
    case OP_TRUEDIV: {
      if (!nb.len) return raise(&ZeroDivisionError_type, "divide by zero");
      return int_truediv(a, b, na, nb);
    }
    case OP_POW: return int_pow(a, b, nullptr);
    case OP_LSHIFT: case OP_RSHIFT: {
      if (nb.neg) return raise(&ValueError_type, "negative shift count");
      if (nb.len > 1) {
        if (op == OP_RSHIFT) return small(na.neg ? -1 : 0);
        return raise_no_memory();
      }
      intptr_t s = nb.len ? (intptr_t)nb.d[0] : 0;
      return big_shift(na, op == OP_LSHIFT ? s : -s);
    }
    case OP_AND: case OP_OR: case OP_XOR: return big_bitop(op, na, nb);
    case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_EQ: case OP_NE: {
      int c;
      if (na.neg != nb.neg) c = na.neg ? -1 : 1;
      else {
        c = mag_cmp(na.d, na.len, nb.d, nb.len);
        if (na.neg) c = -c;
      }
      bool r = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : op == OP_GE ? c >= 0
               : op == OP_EQ ? c == 0 : c != 0;
      return from_bool(r);
    }
  }
  return NOTIMPL;
}

Val int_divmod(Val a, Val b) {
  Num na, nb;
  num_of(a, &na);
  num_of(b, &nb);
  Val q, r;
  if (!big_divmod(na, nb, &q, &r)) return nullptr;
  Val t = tuple_new(2);
  if (!t) return nullptr;
  tuple_items(t)[0] = q;
  tuple_items(t)[1] = r;
  return t;
}

Val int_powmod(Val a, Val b, Val m) { return int_pow(a, b, m); }

static Val int_unop(int op, Val a) {
  switch (op) {
    case UN_BOOL: return from_bool(int_sign(a) != 0);
    case UN_POS: case UN_INT: case UN_INDEX:
      if (a == True_ || a == False_) return small(a == True_);
      return a;
    case UN_NEG: case UN_ABS: {
      if (is_small(a)) {
        intptr_t v = small_val(a);
        if (op == UN_ABS && v >= 0) return a;
        return int_from(-v);
      }
      if (a == True_ || a == False_) return small(op == UN_NEG ? -(a == True_) : (a == True_));
      BigInt* s = (BigInt*)a;
      if (op == UN_ABS && !s->neg) return a;
      return make_int(s->d, s->len, op == UN_ABS ? false : !s->neg);
    }
    case UN_INVERT: {
      Val one = small(1);
      Val n = int_unop(UN_NEG, a);
      return n ? int_binop(OP_SUB, n, one) : nullptr;
    }
    case UN_FLOAT: return float_new(int_to_double(a));
    case UN_HASH: {
      if (is_small(a)) return a;
      if (a == True_ || a == False_) return small(a == True_);
      BigInt* s = (BigInt*)a;
      uintptr_t h = 0;
      for (uint32_t i = 0; i < s->len; i++) h = h * 1000003u ^ s->d[i];
      return small((intptr_t)(h & (SMALL_MAX >> 1)) * (s->neg ? -1 : 1));
    }
  }
  return NOTIMPL;
}

static void int_print(Buf* b, Val v, bool as_repr) {
  if (v == True_) { buf_adds(b, "True"); return; }
  if (v == False_) { buf_adds(b, "False"); return; }
  if (is_small(v)) {
    intptr_t x = small_val(v);
    char tmp[24];
    char* e = tmp + sizeof tmp;
    char* p = small_int_digits(x < 0 ? -(uintptr_t)x : (uintptr_t)x, 10, false, e);
    if (x < 0) *--p = '-';
    buf_add(b, p, (size_t)(e - p));
    return;
  }
  Val s = int_format_base(v, 10, false, false);
  if (!s) return;
  buf_add(b, str_data(s), str_len(s));
}

static Val int_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("int", npos, 0, 2)) return nullptr;
  Val r;
  if (npos == 0) r = small(0);
  else if (npos == 2 || is_str(args[0]) || (!is_small(args[0]) && (args[0]->type == &bytes_type || args[0]->type == &bytearray_type))) {
    int base = 10;
    if (npos == 2) {
      bool ok;
      base = (int)int_as_ssize(args[1], &ok);
      if (!ok) return nullptr;
      if (base != 0 && (base < 2 || base > 36)) return raise(&ValueError_type, "int() arg 2 must be >= 2 and <= 36");
    }
    Val a = args[0];
    const char* s;
    size_t n;
    if (!is_small(a) && a->type == &bytearray_type) { s = (const char*)((ByteArray*)a)->data; n = ((ByteArray*)a)->len; }
    else if (is_str(a) || (!is_small(a) && a->type == &bytes_type)) { s = str_data(a); n = str_len(a); }
    else return raise(&TypeError_type, "int() can't convert non-string with explicit base");
    r = int_parse(s, n, base, true);
  } else {
    Val a = args[0];
    if (is_int(a)) r = (a == True_ || a == False_) ? small(a == True_) : a;
    else if (!is_small(a) && (a->type == &float_type || is_subtype(a->type, &float_type))) r = int_from_double(float_val(a));
    else {
      r = unop(UN_INT, a);
      if (!r && exc_matches(exc_pending(), (Val)&TypeError_type)) {
        Val idx = getattr_opt(a, Q(__index__));
        if (idx) {
          exc_take();
          r = call0(idx);
        } else if (!exc_pending() || exc_matches(exc_pending(), (Val)&TypeError_type)) {
          exc_take();
          Val tr = getattr_opt(a, Q(__trunc__));
          if (tr) r = call0(tr);
          else if (!exc_pending()) r = raise(&TypeError_type, "can't convert %s to int", type_cname(a));
        }
      }
    }
  }
  if (!r || t == &int_type) return r;
  // int subclass: an instance holding the value after its header
  Val inst = instance_new(t);
  if (!inst) return nullptr;
  *(Val*)((char*)inst + sizeof(Obj)) = r;
  return inst;
}

static Val int_bit_length(int npos, int nkw, const Val* args) {
  Num n;
  num_of(args[0], &n);
  if (!n.len) return small(0);
  return small((intptr_t)(n.len - 1) * 32 + (32 - __builtin_clz(n.d[n.len - 1])));
}

static Val int_to_bytes(int npos, int nkw, const Val* args) {
  if (!arg_count("to_bytes", npos, 1, 3)) return nullptr;
  Val lv = npos > 1 ? args[1] : kw_arg(npos, nkw, args, str_intern_cstr("length"));
  // no keyword: no name to intern (from_bytes works with the heap locked, as MicroPython's)
  Val bo = npos > 2 ? args[2] : nkw ? kw_arg(npos, nkw, args, str_intern_cstr("byteorder")) : nullptr;
  Val sg = nkw ? kw_arg(npos, nkw, args, str_intern_cstr("signed")) : nullptr;
  bool ok;
  intptr_t len = lv ? int_as_ssize(lv, &ok) : 1;
  if (lv && !ok) return nullptr;
  if (len < 0) return raise(&ValueError_type, "length argument must be non-negative");
  bool little = bo ? (is_str(bo) && strcmp(str_data(bo), "little") == 0) : false;
  bool is_signed = sg && truthy(sg) > 0;
  Num n;
  num_of(args[0], &n);
  if (n.neg && !is_signed) return raise(&OverflowError_type, "can't convert negative int to unsigned");
  uint32_t nd = (uint32_t)((len + 3) / 4 + 1);
  uint32_t* t = tmp_digits(nd);
  if (!t) return nullptr;
  Num cp = n;
  if (cp.len > nd) return raise(&OverflowError_type, "int too big to convert");
  to_twos(cp, t, nd);
  // check fit
  for (intptr_t i = len; i < (intptr_t)nd * 4; i++) {
    uint8_t byte = (uint8_t)(t[i / 4] >> ((i % 4) * 8));
    if (byte != (n.neg ? 0xff : 0)) return raise(&OverflowError_type, "int too big to convert");
  }
  if (is_signed && len > 0) {
    uint8_t top = (uint8_t)(t[(len - 1) / 4] >> (((len - 1) % 4) * 8));
    if ((top >> 7) != (n.neg ? 1 : 0)) return raise(&OverflowError_type, "int too big to convert");
  }
  Val r = bytes_new(nullptr, len);
  if (!r) return nullptr;
  char* p = (char*)str_data(r);
  for (intptr_t i = 0; i < len; i++) {
    uint8_t byte = (uint8_t)(t[i / 4] >> ((i % 4) * 8));
    p[little ? i : len - 1 - i] = (char)byte;
  }
  return r;
}

static Val int_from_bytes(int npos, int nkw, const Val* args) {
  if (!arg_count("from_bytes", npos, 2, 3)) return nullptr;
  // no keyword: no name to intern (from_bytes works with the heap locked, as MicroPython's)
  Val bo = npos > 2 ? args[2] : nkw ? kw_arg(npos, nkw, args, str_intern_cstr("byteorder")) : nullptr;
  Val sg = nkw ? kw_arg(npos, nkw, args, str_intern_cstr("signed")) : nullptr;
  bool little = bo ? (is_str(bo) && strcmp(str_data(bo), "little") == 0) : false;
  Val data = args[1];
  Buffer bf;
  Type* dt = type_of(data);
  if (!dt->getbuffer || !dt->getbuffer(data, &bf, false)) {
    data = list_from_iter(data);
    if (!data) return nullptr;
    Val bb = call1((Val)&bytes_type, data);
    if (!bb) return nullptr;
    bytes_type.getbuffer(bb, &bf, false);
  }
  const uint8_t* p = (const uint8_t*)bf.data;
  size_t n = bf.len;
  bool neg = sg && truthy(sg) > 0 && n && (p[little ? n - 1 : 0] & 0x80);
  size_t used = n;  // bytes up to the most significant non-zero one
  while (used && p[little ? used - 1 : n - used] == 0) used--;
  if (!neg && used < 8) {  // fits an int64: no digit buffer (a small int needs no heap)
    int64_t v = 0;
    for (size_t i = used; i > 0; i--) v = v << 8 | p[little ? i - 1 : n - i];
    return int_from_i64(v);
  }
  uint32_t nd = (uint32_t)(n / 4 + 1);
  uint32_t* t = tmp_digits(nd);
  if (!t) return nullptr;
  memset(t, 0, nd * 4);
  for (size_t i = 0; i < n; i++) {
    uint8_t byte = p[little ? i : n - 1 - i];
    t[i / 4] |= (uint32_t)byte << ((i % 4) * 8);
  }
  if (neg) {
    for (size_t i = n; i < nd * 4; i++) t[i / 4] |= 0xffu << ((i % 4) * 8);
    uint64_t c = 1;
    for (uint32_t i = 0; i < nd; i++) {
      c += (uint32_t)~t[i];
      t[i] = (uint32_t)c;
      c >>= 32;
    }
  }
  return make_int(t, nd, neg);
}

static Val int_conjugate(int npos, int nkw, const Val* a) { return int_unop(UN_POS, a[0]); }

static const TypeMethod<&int_type> int_methods[] = {
  {"bit_length", int_bit_length, 1, 1, 0},
  {"to_bytes", int_to_bytes, 1, 3, NF_KW},
  {"from_bytes", int_from_bytes, 2, 3, NF_KW | NF_CLASSMETHOD},
  {"conjugate", int_conjugate, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val int_real(Val self) { return int_unop(UN_POS, self); }
static Val int_imag(Val self) { return small(0); }
static Val int_one(Val self) { return small(1); }

static Val bool_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("bool", npos, 0, 1)) return nullptr;
  if (npos == 0) return False_;
  int r = truthy(args[0]);
  return r < 0 ? nullptr : from_bool(r);
}

static Val bool_binop(int op, Val a, Val b) {
  int o = op & ~OP_REVERSED;
  if ((o == OP_AND || o == OP_OR || o == OP_XOR || o == OP_INPLACE + OP_AND || o == OP_INPLACE + OP_OR ||
       o == OP_INPLACE + OP_XOR) &&
      (b == True_ || b == False_)) {
    int base = o >= OP_INPLACE ? o - OP_INPLACE : o;
    bool x = a == True_, y = b == True_;
    return from_bool(base == OP_AND ? (x && y) : base == OP_OR ? (x || y) : (x != y));
  }
  return int_binop(op, a, b);
}

static const GetSetDef int_getsets[] = {
  {"real", int_real, nullptr},
  {"imag", int_imag, nullptr},
  {"numerator", int_real, nullptr},
  {"denominator", int_one, nullptr},
  {nullptr, nullptr, nullptr},
};

void int_types_init() {
  type_init(&int_type, "int", &object_type, TF_BASETYPE);
  int_type.print = int_print;
  int_type.binop = int_binop;
  int_type.unop = int_unop;
  int_type.make_new = int_make_new;
  int_type.instance_size = sizeof(Obj) + sizeof(Val);  // layout of subclass instances
  type_add_methods(&int_type, int_methods);
  type_set_getset_table(&int_type, int_getsets);
  type_init(&bool_type, "bool", &int_type, 0);
  bool_type.print = int_print;
  bool_type.binop = bool_binop;
  bool_type.unop = int_unop;
  bool_type.make_new = bool_make_new;
}

}  // namespace py
