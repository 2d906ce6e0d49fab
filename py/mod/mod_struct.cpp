// The struct module: pack/unpack of C values described by a format string.
// Byte order prefixes: @ (native, aligned; the default), = < > ! (standard sizes, unaligned).
#include "modules.h"

namespace py {

namespace {
struct Fmt {
  const char* p;
  const char* end;
  bool little;
  bool native;  // '@': native alignment
};

bool fmt_start(Val f, Fmt* out) {
  if (!is_str(f) && !(!is_small(f) && f->type == &bytes_type)) {
    raise(&TypeError_type, "format must be str");
    return false;
  }
  out->p = str_data(f);
  out->end = out->p + str_len(f);
  out->little = true;
  out->native = true;
  if (out->p < out->end) {
    switch (*out->p) {
      case '@': out->p++; break;
      case '=': case '<': out->native = false; out->p++; break;
      case '>': case '!': out->native = false; out->little = false; out->p++; break;
    }
  }
  return true;
}

// native ('@') sizes follow the C types; standard sizes are fixed
int item_size(char c, bool native = false) {
  if (native && (c == 'l' || c == 'L')) return (int)sizeof(long);
  switch (c) {
    case 'b': case 'B': case 'x': case 's': case 'c': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'P': return (int)sizeof(void*);
  }
  return 0;
}

// Next (count, code); false at the end. Raises on a bad code.
bool fmt_next(Fmt* f, intptr_t* count, char* code, bool* err) {
  *err = false;
  while (f->p < f->end && (*f->p == ' ' || *f->p == '\t')) f->p++;
  if (f->p >= f->end) return false;
  intptr_t n = -1;
  while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
    n = (n < 0 ? 0 : n * 10) + (*f->p++ - '0');
    if (n > 0x3fffffff) {
      raise(&ValueError_type, "struct format count too large");
      *err = true;
      return false;
    }
  }
  if (f->p >= f->end || !item_size(*f->p)) {
    raise(&ValueError_type, "bad char in struct format");
    *err = true;
    return false;
  }
  *code = *f->p++;
  *count = n < 0 ? 1 : n;
  return true;
}

size_t align_to(size_t off, const Fmt& f, int size) {
  if (!f.native || size <= 1) return off;
  return (off + size - 1) / size * size;
}

bool calc_size(Val fmt, size_t* out, size_t* nvalues) {
  Fmt f;
  if (!fmt_start(fmt, &f)) return false;
  size_t size = 0, nv = 0;
  intptr_t n;
  char c;
  bool err;
  while (fmt_next(&f, &n, &c, &err)) {
    int s = item_size(c, f.native);
    size = align_to(size, f, s);
    size += (size_t)(s * n);
    if (c == 's') nv++;
    else if (c != 'x') nv += (size_t)n;
  }
  if (err) return false;
  *out = size;
  if (nvalues) *nvalues = nv;
  return true;
}

void put_uint(uint8_t* p, uint64_t v, int size, bool little) {
  for (int i = 0; i < size; i++) {
    int shift = 8 * (little ? i : size - 1 - i);
    p[i] = (uint8_t)(v >> shift);
  }
}
uint64_t get_uint(const uint8_t* p, int size, bool little) {
  uint64_t v = 0;
  for (int i = 0; i < size; i++) v |= (uint64_t)p[i] << (8 * (little ? i : size - 1 - i));
  return v;
}

uint16_t half_from_float(float x) {
  uint32_t b;
  memcpy(&b, &x, 4);
  uint32_t sign = (b >> 16) & 0x8000;
  int32_t e = (int32_t)((b >> 23) & 0xff) - 127 + 15;
  uint32_t m = b & 0x7fffff;
  if (((b >> 23) & 0xff) == 0xff) return (uint16_t)(sign | 0x7c00 | (m ? 0x200 : 0));
  if (e >= 31) return (uint16_t)(sign | 0x7c00);
  if (e <= 0) {
    if (e < -10) return (uint16_t)sign;
    m |= 0x800000;
    return (uint16_t)(sign | (m >> (14 - e)));
  }
  return (uint16_t)(sign | (e << 10) | (m >> 13));
}
float float_from_half(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16;
  int e = (h >> 10) & 0x1f;
  uint32_t m = h & 0x3ff, b;
  if (e == 0) {
    float f = (float)(m * 0x1p-24);  // in double: no single-precision soft-float code
    return sign ? -f : f;
  }
  if (e == 31) b = sign | 0x7f800000 | (m << 13);
  else b = sign | ((uint32_t)(e - 15 + 127) << 23) | (m << 13);
  float f;
  memcpy(&f, &b, 4);
  return f;
}

bool pack_one(uint8_t* p, char c, Val v, bool little, bool native) {
  int size = item_size(c, native);
  if (c == 'f' || c == 'd' || c == 'e') {
    double d;
    if (!arg_double(v, &d)) return false;
    if (c == 'd') {
      uint64_t u;
      memcpy(&u, &d, 8);
      put_uint(p, u, 8, little);
    } else if (c == 'f') {
      float f = (float)d;
      uint32_t u;
      memcpy(&u, &f, 4);
      put_uint(p, u, 4, little);
    } else put_uint(p, half_from_float((float)d), 2, little);
    return true;
  }
  if (c == '?') {
    int t = truthy(v);
    if (t < 0) return false;
    *p = (uint8_t)t;
    return true;
  }
  if (!is_int(v)) {
    raise(&TypeError_type, "can't convert %s to int", type_cname(v));
    return false;
  }
  int64_t i;
  uint64_t u;
  if (int_to_i64(v, &i)) u = (uint64_t)i;
  else {
    // values above INT64_MAX (Q): take the low 64 bits
    Val lo = int_binop(OP_AND, v, int_from_u64(UINT64_MAX));
    if (!lo) return false;
    Val hi = int_binop(OP_RSHIFT, lo, small(32));
    Val lw = int_binop(OP_AND, lo, int_from_u64(0xffffffffu));
    int64_t h, l;
    if (!hi || !lw || !int_to_i64(hi, &h) || !int_to_i64(lw, &l)) return false;
    u = ((uint64_t)h << 32) | (uint64_t)l;
  }
  put_uint(p, u, size, little);
  return true;
}

Val unpack_one(const uint8_t* p, char c, bool little, bool native) {
  int size = item_size(c, native);
  uint64_t u = get_uint(p, size, little);
  if (size == 8 && c == 'l') return int_from_i64((int64_t)u);
  if (size == 8 && c == 'L') return int_from_u64(u);
  switch (c) {
    case 'b': return small((int8_t)u);
    case 'B': return small((uint8_t)u);
    case 'h': return small((int16_t)u);
    case 'H': return small((uint16_t)u);
    case 'i': case 'l': return int_from_i64((int32_t)u);
    case 'I': case 'L': return int_from_u64((uint32_t)u);
    case 'q': return int_from_i64((int64_t)u);
    case 'Q': case 'P': return int_from_u64(u);
    case '?': return from_bool(u != 0);
    case 'e': return float_new(float_from_half((uint16_t)u));
    case 'f': {
      uint32_t w = (uint32_t)u;
      float f;
      memcpy(&f, &w, 4);
      return float_new(f);
    }
    case 'd': {
      double d;
      memcpy(&d, &u, 8);
      return float_new(d);
    }
  }
  return None;
}

// Packs values into buf (already sized).
bool pack_into_buf(Val fmt, uint8_t* buf, const Val* vals, size_t nvals) {
  Fmt f;
  fmt_start(fmt, &f);
  size_t off = 0, vi = 0;
  intptr_t n;
  char c;
  bool err;
  while (fmt_next(&f, &n, &c, &err)) {
    int s = item_size(c, f.native);
    off = align_to(off, f, s);
    if (c == 'x') {
      memset(buf + off, 0, (size_t)n);
      off += (size_t)n;
      continue;
    }
    if (c == 's') {
      if (vi >= nvals) break;
      Buffer b;
      if (!arg_buffer(vals[vi++], &b)) return false;
      size_t k = b.len < (size_t)n ? b.len : (size_t)n;
      if (k) memcpy(buf + off, b.data, k);
      memset(buf + off + k, 0, (size_t)n - k);
      off += (size_t)n;
      continue;
    }
    for (intptr_t i = 0; i < n; i++) {
      if (vi >= nvals) break;
      if (!pack_one(buf + off, c, vals[vi++], f.little, f.native)) return false;
      off += (size_t)s;
    }
  }
  return !err;
}

Val do_pack(Val fmt, int nvals, const Val* vals, uint8_t* dest, size_t dest_len) {
  size_t size, want;
  if (!calc_size(fmt, &size, &want)) return nullptr;
  if ((size_t)nvals != want) return raise(&ValueError_type, "pack expected %d items for packing (got %d)", (int)want, nvals);
  if (dest) {
    if (size > dest_len) return raise(&ValueError_type, "buffer too small");
    return pack_into_buf(fmt, dest, vals, (size_t)nvals) ? None : nullptr;
  }
  Val b = bytes_new(nullptr, size);
  if (!b) return nullptr;
  if (!pack_into_buf(fmt, (uint8_t*)str_data(b), vals, (size_t)nvals)) return nullptr;
  return b;
}

Val st_pack(int n, int, const Val* a) { return do_pack(a[0], n - 1, a + 1, nullptr, 0); }
Val st_pack_into(int n, int, const Val* a) {
  Buffer b;
  Type* t = type_of(a[1]);
  if (is_small(a[1]) || !t->getbuffer || !t->getbuffer(a[1], &b, true) || !b.writable)
    return raise(&TypeError_type, "object with buffer protocol required");
  intptr_t off;
  if (!arg_int(a[2], &off)) return nullptr;
  if (off < 0) off += (intptr_t)b.len;
  if (off < 0 || (size_t)off > b.len) return raise(&ValueError_type, "buffer too small");
  return do_pack(a[0], n - 3, a + 3, (uint8_t*)b.data + off, b.len - (size_t)off);
}

Val do_unpack(Val fmt, Val data, intptr_t off, bool exact) {
  size_t size, nv;
  if (!calc_size(fmt, &size, &nv)) return nullptr;
  Buffer b;
  if (!arg_buffer(data, &b)) return nullptr;
  if (off < 0) off += (intptr_t)b.len;
  if (off < 0 || (size_t)off > b.len) return raise(&ValueError_type, "buffer too small");
  size_t avail = b.len - (size_t)off;
  if (exact ? avail != size : avail < size) return raise(&ValueError_type, "buffer too small");
  Val t = tuple_new(nv);
  if (!t) return nullptr;
  for (size_t i = 0; i < nv; i++) tuple_items(t)[i] = None;
  const uint8_t* p = (const uint8_t*)b.data + off;
  Fmt f;
  fmt_start(fmt, &f);
  size_t pos = 0, vi = 0;
  intptr_t n;
  char c;
  bool err;
  while (fmt_next(&f, &n, &c, &err)) {
    int s = item_size(c, f.native);
    pos = align_to(pos, f, s);
    if (c == 'x') { pos += (size_t)n; continue; }
    if (c == 's') {
      Val v = bytes_new((const char*)p + pos, (size_t)n);
      if (!v) return nullptr;
      tuple_items(t)[vi++] = v;
      pos += (size_t)n;
      continue;
    }
    for (intptr_t i = 0; i < n; i++) {
      Val v = unpack_one(p + pos, c, f.little, f.native);
      if (!v) return nullptr;
      tuple_items(t)[vi++] = v;
      pos += (size_t)s;
    }
  }
  return t;
}
Val st_unpack(int, int, const Val* a) { return do_unpack(a[0], a[1], 0, true); }
Val st_unpack_from(int n, int k, const Val* a) {
  intptr_t off = 0;
  Val o = n > 2 ? a[2] : kw_arg(n, k, a, str_intern_cstr("offset"));
  if (o && !arg_int(o, &off)) return nullptr;
  return do_unpack(a[0], a[1], off, false);
}
Val st_calcsize(int, int, const Val* a) {
  size_t s;
  if (!calc_size(a[0], &s, nullptr)) return nullptr;
  return small((intptr_t)s);
}

const MethodDef struct_fns[] = {
  {"pack", st_pack, 1, -1, 0}, {"pack_into", st_pack_into, 3, -1, 0}, {"unpack", st_unpack, 2, 2, 0},
  {"unpack_from", st_unpack_from, 2, 3, NF_KW}, {"calcsize", st_calcsize, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val struct_module() { return module_from_table("struct", struct_fns); }

}  // namespace py
