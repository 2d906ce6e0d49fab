// The random module: a xoshiro128** generator (small state, good statistics),
// seeded from the HAL clock unless seed() is called.
#include "../hal.h"
#include "modules.h"

namespace py {

namespace {
uint32_t g_s[4];
bool g_seeded;

uint32_t rotl(uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }

void seed_with(uint64_t v) {
  // splitmix64 spreads the seed over the state (never all zero)
  for (int i = 0; i < 4; i++) {
    v += 0x9E3779B97F4A7C15ull;
    uint64_t z = v;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    g_s[i] = (uint32_t)(z ^ (z >> 31));
  }
  g_seeded = true;
}

uint32_t next32() {
  if (!g_seeded) seed_with(hal_ticks_us() ^ (uint64_t)(hal_time() * 1e6));
  uint32_t r = rotl(g_s[1] * 5, 7) * 9;
  uint32_t t = g_s[1] << 9;
  g_s[2] ^= g_s[0];
  g_s[3] ^= g_s[1];
  g_s[1] ^= g_s[2];
  g_s[0] ^= g_s[3];
  g_s[2] ^= t;
  g_s[3] = rotl(g_s[3], 11);
  return r;
}

// uniform in [0, n) for n >= 1, by rejection
Val below(Val n) {
  int64_t v;
  if (int_to_i64(n, &v) && v <= 0xffffffffll) {
    uint32_t limit = (uint32_t)v, mask = limit - 1;
    for (int i = 1; i < 32; i <<= 1) mask |= mask >> i;
    uint32_t r;
    do r = next32() & mask; while (r >= limit);
    return small((intptr_t)r);
  }
  // big ranges: build enough random bits then reject
  Val bits = int_format_base(n, 2, false, false);
  if (!bits) return nullptr;
  size_t nb = str_len(bits);
  for (;;) {
    Val r = small(0);
    for (size_t i = 0; i < nb; i += 16) {
      size_t take = nb - i < 16 ? nb - i : 16;
      r = int_binop(OP_LSHIFT, r, small((intptr_t)take));
      if (!r) return nullptr;
      r = int_binop(OP_OR, r, small(next32() & ((1u << take) - 1)));
      if (!r) return nullptr;
    }
    Val lt = compare(OP_LT, r, n);
    if (!lt) return nullptr;
    if (lt == True_) return r;
  }
}

Val rnd_seed(int n, int, const Val* a) {
  if (n == 0 || a[0] == None) {
    seed_with(hal_ticks_us() ^ (uint64_t)(hal_time() * 1e6));
    return None;
  }
  Val h = a[0];
  if (!is_int(h)) {
    h = hash_val(h);
    if (!h) return nullptr;
  }
  int64_t v;
  if (!int_to_i64(h, &v)) {
    Val lo = int_binop(OP_AND, h, int_from_u64(0x7fffffffffffffffull));
    if (!lo || !int_to_i64(lo, &v)) return nullptr;
  }
  seed_with((uint64_t)v);
  return None;
}

Val rnd_getrandbits(int, int, const Val* a) {
  intptr_t k;
  if (!arg_int(a[0], &k)) return nullptr;
  if (k < 0 || k > 32) return raise(&ValueError_type, "bits must be 32 or less");
  if (k == 0) return small(0);
  uint32_t r = next32() >> (32 - k);
  return int_from_u64(r);
}

Val rnd_random(int, int, const Val*) {
  uint64_t hi = next32() >> 5, lo = next32() >> 6;  // 27 + 26 = 53 bits
  return float_new((double)(hi * 67108864.0 + lo) / 9007199254740992.0);
}

Val rnd_randrange(int n, int, const Val* a) {
  Val start = small(0), stop, step = small(1);
  if (n == 1) stop = a[0];
  else {
    start = a[0];
    stop = a[1];
    if (n > 2) step = a[2];
  }
  if (!is_int(start) || !is_int(stop) || !is_int(step)) return raise(&TypeError_type, "can't convert to int");
  int ss = int_sign(step);
  if (ss == 0) return raise(&ValueError_type, "zero step for randrange()");
  // count = ceil((stop - start) / step)
  Val width = int_binop(OP_SUB, stop, start);
  if (!width) return nullptr;
  Val adj = int_binop(OP_ADD, width, int_binop(OP_SUB, step, small(ss)));
  if (!adj) return nullptr;
  Val count = int_binop(OP_FLOORDIV, adj, step);
  if (!count) return nullptr;
  if (int_sign(count) <= 0) return raise(&ValueError_type, "empty range for randrange()");
  Val r = below(count);
  if (!r) return nullptr;
  r = int_binop(OP_MUL, r, step);
  return r ? int_binop(OP_ADD, start, r) : nullptr;
}

Val rnd_randint(int, int, const Val* a) {
  Val stop = int_binop(OP_ADD, a[1], small(1));
  if (!stop) return nullptr;
  Val args[2] = {a[0], stop};
  return rnd_randrange(2, 0, args);
}

Val rnd_uniform(int, int, const Val* a) {
  double lo, hi;
  if (!arg_double(a[0], &lo) || !arg_double(a[1], &hi)) return nullptr;
  Val r = rnd_random(0, 0, nullptr);
  return r ? float_new(lo + (hi - lo) * float_val(r)) : nullptr;
}

Val rnd_choice(int, int, const Val* a) {
  intptr_t n = len_int(a[0]);
  if (n < 0) return nullptr;
  if (n == 0) return raise(&IndexError_type, "empty sequence");
  Val i = below(small(n));
  return i ? subscr(a[0], i) : nullptr;
}

Val rnd_shuffle(int, int, const Val* a) {
  intptr_t n = len_int(a[0]);
  if (n < 0) return nullptr;
  for (intptr_t i = n - 1; i > 0; i--) {
    Val j = below(small(i + 1));
    if (!j) return nullptr;
    Val x = subscr(a[0], small(i)), y = subscr(a[0], j);
    if (!x || !y || store_subscr(a[0], small(i), y) < 0 || store_subscr(a[0], j, x) < 0) return nullptr;
  }
  return None;
}

const MethodDef random_fns[] = {
  {"seed", rnd_seed, 0, 1, 0}, {"getrandbits", rnd_getrandbits, 1, 1, 0}, {"random", rnd_random, 0, 0, 0},
  {"randrange", rnd_randrange, 1, 3, 0}, {"randint", rnd_randint, 2, 2, 0}, {"uniform", rnd_uniform, 2, 2, 0},
  {"choice", rnd_choice, 1, 1, 0}, {"shuffle", rnd_shuffle, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val random_module() { return module_from_table("random", random_fns); }

}  // namespace py
