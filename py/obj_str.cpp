// str (UTF-8, code-point indexing) and bytes, plus the Buf text builder.
#include <stddef.h>
#include <stdio.h>

#include "runtime.h"

namespace py {

Type str_type, bytes_type, str_iter_type;

// ---- Buf ------------------------------------------------------------------------------------
void buf_init(Buf* b, size_t cap) {
  b->len = 0;
  b->failed = false;
  if (cap <= sizeof b->inline_data) {
    b->data = b->inline_data;
    b->cap = sizeof b->inline_data;
    return;
  }
  b->data = (char*)gc_alloc_atomic(cap);
  b->cap = b->data ? cap : 0;
  b->failed = !b->data;
}

static bool buf_reserve(Buf* b, size_t extra) {
  if (b->failed) return false;
  if (b->len + extra + 1 <= b->cap) return true;
  size_t nc = b->cap * 2;
  while (nc < b->len + extra + 1) nc *= 2;
  char* p;
  if (b->data == b->inline_data) {
    p = (char*)gc_alloc_atomic(nc);
    if (p) memcpy(p, b->data, b->len);
  } else p = (char*)gc_realloc(b->data, nc);
  if (!p) {
    b->failed = true;
    return false;
  }
  b->data = p;
  b->cap = nc;
  return true;
}

void buf_add(Buf* b, const char* s, size_t n) {
  if (!buf_reserve(b, n)) return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

void buf_addc(Buf* b, char c) {
  if (!buf_reserve(b, 1)) return;
  b->data[b->len++] = c;
}

void buf_printf(Buf* b, const char* fmt, ...) {
  char tmp[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    buf_add(b, tmp, n);
    return;
  }
  if (!buf_reserve(b, n + 1)) return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, n + 1, fmt, ap);
  va_end(ap);
  b->len += n;
}

void buf_add_utf8(Buf* b, uint32_t cp) {
  char t[4];
  int n;
  if (cp < 0x80) { t[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { t[0] = (char)(0xc0 | (cp >> 6)); t[1] = (char)(0x80 | (cp & 0x3f)); n = 2; }
  else if (cp < 0x10000) {
    t[0] = (char)(0xe0 | (cp >> 12)); t[1] = (char)(0x80 | ((cp >> 6) & 0x3f)); t[2] = (char)(0x80 | (cp & 0x3f)); n = 3;
  } else {
    t[0] = (char)(0xf0 | (cp >> 18)); t[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    t[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); t[3] = (char)(0x80 | (cp & 0x3f)); n = 4;
  }
  buf_add(b, t, n);
}

static size_t count_chars(const char* s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((uint8_t)s[i] & 0xc0) != 0x80;
  return c;
}

static Val str_alloc(Type* t, const char* s, size_t n);

// Strings up to this size are copied into one allocation with their header.
constexpr size_t INLINE_MAX = 512;

static Val str_wrap(Type* t, char* data, size_t len) {
  if (len <= INLINE_MAX) {
    Val r = str_alloc(t, data, len);
    gc_free(data);  // ignored for a Buf's inline storage (not a heap block)
    return r;
  }
  // allocate a header whose data points at the existing heap buffer
  Str* s = (Str*)gc_alloc(sizeof(Str));
  if (!s) return raise_no_memory();
  s->type = t;
  s->len = (uint32_t)len;
  s->clen = t == &str_type ? (uint32_t)count_chars(data, len) : (uint32_t)len;
  s->external = 1;
  s->d.ptr = data;
  return (Val)s;
}

Val buf_to_str(Buf* b) {
  if (b->failed) return raise_no_memory();
  b->data[b->len] = 0;
  if (b->len <= INLINE_MAX) return str_wrap(&str_type, b->data, b->len);
  char* p = (char*)gc_realloc(b->data, b->len + 1);
  return str_wrap(&str_type, p ? p : b->data, b->len);
}

Val buf_to_bytes(Buf* b) {
  if (b->failed) return raise_no_memory();
  b->data[b->len] = 0;
  if (b->len <= INLINE_MAX) return str_wrap(&bytes_type, b->data, b->len);
  char* p = (char*)gc_realloc(b->data, b->len + 1);
  return str_wrap(&bytes_type, p ? p : b->data, b->len);
}

// ---- construction ------------------------------------------------------------------------
// A string of n bytes (clen code points) whose data the caller writes.
static Str* str_alloc_raw(Type* t, size_t n, size_t clen) {
  if (n > 0x7fffffff) {
    raise(&OverflowError_type, "string too long");
    return nullptr;
  }
  size_t sz = offsetof(Str, d) + n + 1;
  if (sz < sizeof(Str)) sz = sizeof(Str);
  // builtin str/bytes hold no heap pointers (their type is static): not scanned
  bool atomic = t == &str_type || t == &bytes_type;
  Str* x = (Str*)(atomic ? gc_alloc_atomic(sz) : gc_alloc(sz));
  if (!x) {
    raise_no_memory();
    return nullptr;
  }
  memset(x, 0, offsetof(Str, d));  // atomic blocks are not zeroed
  x->d.chars[n] = 0;
  x->type = t;
  x->len = (uint32_t)n;
  x->clen = (uint32_t)clen;
  return x;
}

static Val str_alloc(Type* t, const char* s, size_t n) {
  Str* x = str_alloc_raw(t, n, n);
  if (!x) return nullptr;
  if (s) memcpy(x->d.chars, s, n);
  if (t == &str_type) x->clen = (uint32_t)count_chars(x->d.chars, n);
  return (Val)x;
}

Val str_new(const char* s, size_t n) {
  if (n == 0) return Q(empty);
  return str_alloc(&str_type, s, n);
}
Val str_new_cstr(const char* s) { return str_new(s, strlen(s)); }
size_t str_placed_size(size_t n) {
  size_t sz = (offsetof(Str, d) + n + 1 + alignof(Str) - 1) & ~(alignof(Str) - 1);
  return sz < sizeof(Str) ? sizeof(Str) : sz;
}
Val str_place(void* at, const char* s, size_t n) {
  Str* x = (Str*)at;
  memset(x, 0, offsetof(Str, d));
  x->type = &str_type;
  memcpy(x->d.chars, s, n);
  x->d.chars[n] = 0;
  x->len = (uint32_t)n;
  x->clen = (uint32_t)count_chars(x->d.chars, n);
  return (Val)x;
}
Val bytes_new(const char* s, size_t n) { return str_alloc(&bytes_type, s, n); }

Val str_from_printf(const char* fmt, ...) {
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return raise(&ValueError_type, "format error");
  if ((size_t)n < sizeof tmp) return str_new(tmp, n);
  Buf b;
  buf_init(&b, n + 1);
  if (b.failed) return raise_no_memory();
  va_start(ap, fmt);
  vsnprintf(b.data, n + 1, fmt, ap);
  va_end(ap);
  b.len = n;
  return buf_to_str(&b);
}

uint32_t str_hash(Val v) {
  Str* s = (Str*)v;
  if (s->hash) return s->hash;
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < s->len; i++) h = (h ^ (uint8_t)str_data((Val)s)[i]) * 16777619u;
  if (!h) h = 1;
  s->hash = h;
  return h;
}

bool str_eq(Val a, Val b) {
  if (a == b) return true;
  Str* x = (Str*)a;
  Str* y = (Str*)b;
  if (x->len != y->len) return false;
  if (x->interned && y->interned && x->type == y->type) return false;
  if (x->hash && y->hash && x->hash != y->hash) return false;
  return memcmp(str_data((Val)x), str_data((Val)y), x->len) == 0;
}

uint32_t utf8_decode(const char** pp, const char* end) {
  const uint8_t* p = (const uint8_t*)*pp;
  uint32_t c = *p++;
  if (c >= 0xc0) {
    int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    c &= (0x3f >> n);
    while (n-- && (const char*)p < end && (*p & 0xc0) == 0x80) c = (c << 6) | (*p++ & 0x3f);
  }
  *pp = (const char*)p;
  return c;
}

size_t utf8_offset(Val sv, intptr_t cp) {
  Str* s = (Str*)sv;
  if (s->clen == s->len || s->type != &str_type) return (size_t)cp;
  const char* p = str_data((Val)s);
  const char* e = p + s->len;
  while (cp > 0 && p < e) {
    p++;
    while (p < e && ((uint8_t)*p & 0xc0) == 0x80) p++;
    cp--;
  }
  return p - str_data((Val)s);
}

static size_t char_index(Val sv, size_t byte_off) {
  Str* s = (Str*)sv;
  if (s->clen == s->len || s->type != &str_type) return byte_off;
  return count_chars(str_data((Val)s), byte_off);
}

Val str_decode_bytes(const char* s, size_t n) { return str_new(s, n); }

// ---- printing --------------------------------------------------------------------------------
static void str_print(Buf* b, Val v, bool as_repr) {
  Str* s = (Str*)v;
  bool bytes = s->type == &bytes_type || is_subtype(s->type, &bytes_type);
  if (!as_repr && !bytes) {
    buf_add(b, str_data((Val)s), s->len);
    return;
  }
  bool has_sq = memchr(str_data((Val)s), '\'', s->len) != nullptr, has_dq = memchr(str_data((Val)s), '"', s->len) != nullptr;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (bytes) buf_addc(b, 'b');
  buf_addc(b, q);
  for (uint32_t i = 0; i < s->len; i++) {
    uint8_t c = (uint8_t)str_data((Val)s)[i];
    if (c == (uint8_t)q || c == '\\') { buf_addc(b, '\\'); buf_addc(b, (char)c); }
    else if (c == '\n') buf_adds(b, "\\n");
    else if (c == '\r') buf_adds(b, "\\r");
    else if (c == '\t') buf_adds(b, "\\t");
    else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) buf_printf(b, "\\x%02x", c);
    else buf_addc(b, (char)c);
  }
  buf_addc(b, q);
}

// ---- helpers ------------------------------------------------------------------------------
static bool is_bytes_like(Val v) {
  if (is_small(v) || v->type == &str_type) return false;  // the common case, no MRO walk
  return v->type == &bytes_type || is_subtype(v->type, &bytes_type);
}
static Type* str_kind(Val v) { return is_bytes_like(v) ? &bytes_type : &str_type; }
// A piece of `like` (str or bytes) as the same kind; a piece of an ASCII str is ASCII,
// so its code points need no counting.
static Val new_like(Val like, const char* s, size_t n) {
  if (str_kind(like) == &bytes_type) return bytes_new(s, n);
  if (((Str*)like)->clen != ((Str*)like)->len) return str_new(s, n);
  if (n == 0) return Q(empty);
  Str* x = str_alloc_raw(&str_type, n, n);
  if (!x) return nullptr;
  memcpy(x->d.chars, s, n);
  return (Val)x;
}

static bool same_kind_arg(Val self, Val arg, const char* fname) {
  if (is_str(self) ? is_str(arg) : (is_bytes_like(arg) || (!is_small(arg) && arg->type == &bytearray_type))) return true;
  if (is_str(self)) raise(&TypeError_type, "can't convert '%s' object to str implicitly", type_cname(arg));
  else raise(&TypeError_type, "a bytes-like object is required, not '%s'", type_cname(arg));
  return false;
}

// raw bytes of a str/bytes/bytearray argument
static bool bytes_of(Val v, const char** s, size_t* n) {
  if (!is_small(v) && (v->type == &str_type || v->type == &bytes_type || is_subtype(v->type, &str_type) ||
                       is_subtype(v->type, &bytes_type))) {
    *s = str_data(v);
    *n = str_len(v);
    return true;
  }
  if (!is_small(v) && v->type == &bytearray_type) {
    *s = (const char*)((ByteArray*)v)->data;
    *n = ((ByteArray*)v)->len;
    return true;
  }
  return false;
}

static const char* find_bytes(const char* h, size_t hn, const char* nd, size_t nn, size_t from) {
  if (nn == 0) return from <= hn ? h + from : nullptr;
  if (nn > hn) return nullptr;
  for (size_t i = from; i + nn <= hn; i++)
    if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return h + i;
  return nullptr;
}
static const char* rfind_bytes(const char* h, size_t lo, size_t hi, const char* nd, size_t nn) {
  if (nn > hi - lo) return nullptr;
  for (size_t i = hi - nn + 1; i-- > lo;)
    if (memcmp(h + i, nd, nn) == 0) return h + i;
  return nullptr;
}

// slice bounds in characters -> bytes for find/count/startswith
static bool char_bounds(Val self, int npos, const Val* args, int first, size_t* lo, size_t* hi) {
  Str* s = (Str*)self;
  intptr_t len = s->clen;
  intptr_t a = 0, b = len;
  if (npos > first && args[first] != None) {
    bool ok;
    a = int_as_ssize(args[first], &ok);
    if (!ok) return false;
    if (a < 0) a += len;
    if (a < 0) a = 0;
  }
  if (npos > first + 1 && args[first + 1] != None) {
    bool ok;
    b = int_as_ssize(args[first + 1], &ok);
    if (!ok) return false;
    if (b < 0) b += len;
    if (b < 0) b = 0;
  }
  if (b > len) b = len;
  if (a > len) {
    *lo = s->len + 1;
    *hi = s->len;
    return true;
  }
  if (b < a) b = a;
  *lo = utf8_offset(self, a);
  *hi = utf8_offset(self, b);
  return true;
}

// ---- methods ------------------------------------------------------------------------------
static Val find_impl(int npos, const Val* args, bool reverse, bool raise_missing) {
  if (!arg_count("find", npos, 2, 4)) return nullptr;
  Val self = args[0];
  if (!same_kind_arg(self, args[1], "find")) return nullptr;
  const char* nd = nullptr;
  size_t nn = 0;
  bytes_of(args[1], &nd, &nn);
  size_t lo, hi;
  if (!char_bounds(self, npos, args, 2, &lo, &hi)) return nullptr;
  const char* h = str_data(self);
  const char* r = nullptr;
  if (lo <= hi) {
    if (reverse) r = rfind_bytes(h, lo, hi, nd, nn);
    else {
      r = find_bytes(h, hi, nd, nn, lo);
    }
  }
  if (!r) {
    if (raise_missing) return raise(&ValueError_type, "substring not found");
    return small(-1);
  }
  return small((intptr_t)char_index(self, r - h));
}
static Val str_find(int npos, int nkw, const Val* a) { return find_impl(npos, a, false, false); }
static Val str_rfind(int npos, int nkw, const Val* a) { return find_impl(npos, a, true, false); }
static Val str_index(int npos, int nkw, const Val* a) { return find_impl(npos, a, false, true); }
static Val str_rindex(int npos, int nkw, const Val* a) { return find_impl(npos, a, true, true); }

static Val str_count(int npos, int nkw, const Val* args) {
  if (!arg_count("count", npos, 2, 4)) return nullptr;
  Val self = args[0];
  if (!same_kind_arg(self, args[1], "count")) return nullptr;
  const char* nd = nullptr;
  size_t nn = 0;
  bytes_of(args[1], &nd, &nn);
  size_t lo, hi;
  if (!char_bounds(self, npos, args, 2, &lo, &hi)) return nullptr;
  if (lo > hi) return small(0);
  const char* h = str_data(self);
  if (nn == 0) return small((intptr_t)count_chars(h + lo, hi - lo) + 1);
  intptr_t c = 0;
  size_t i = lo;
  while (const char* r = find_bytes(h, hi, nd, nn, i)) {
    c++;
    i = (r - h) + nn;
  }
  return small(c);
}

static Val starts_ends(int npos, const Val* args, bool ends) {
  if (!arg_count("startswith", npos, 2, 4)) return nullptr;
  Val self = args[0];
  size_t lo, hi;
  if (!char_bounds(self, npos, args, 2, &lo, &hi)) return nullptr;
  Val pre = args[1];
  size_t n = 1;
  Val* items = &pre;
  if (!is_small(pre) && pre->type == &tuple_type) {
    n = tuple_len(pre);
    items = tuple_items(pre);
  }
  const char* h = str_data(self);
  for (size_t i = 0; i < n; i++) {
    if (!same_kind_arg(self, items[i], "startswith")) return nullptr;
    const char* p = nullptr;
    size_t pn = 0;
    bytes_of(items[i], &p, &pn);
    if (lo > hi || pn > hi - lo) continue;
    if (ends ? memcmp(h + hi - pn, p, pn) == 0 : memcmp(h + lo, p, pn) == 0) return True_;
  }
  return False_;
}
static Val str_startswith(int npos, int nkw, const Val* a) { return starts_ends(npos, a, false); }
static Val str_endswith(int npos, int nkw, const Val* a) { return starts_ends(npos, a, true); }

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static Val strip_impl(int npos, const Val* args, int mode) {  // 1 left, 2 right, 3 both
  if (!arg_count("strip", npos, 1, 2)) return nullptr;
  Val self = args[0];
  const char* s = str_data(self);
  size_t n = str_len(self);
  const char* chars = nullptr;
  size_t nc = 0;
  if (npos > 1 && args[1] != None) {
    if (!same_kind_arg(self, args[1], "strip")) return nullptr;
    bytes_of(args[1], &chars, &nc);
  }
  auto strip_c = [&](const char* p) {
    if (!chars) return is_ws(*p);
    return memchr(chars, *p, nc) != nullptr;
  };
  size_t a = 0, b = n;
  if (mode & 1) while (a < b && strip_c(s + a)) a++;
  if (mode & 2) while (b > a && strip_c(s + b - 1)) b--;
  if (a == 0 && b == n) return self;
  return new_like(self, s + a, b - a);
}
static Val str_strip(int npos, int nkw, const Val* a) { return strip_impl(npos, a, 3); }
static Val str_lstrip(int npos, int nkw, const Val* a) { return strip_impl(npos, a, 1); }
static Val str_rstrip(int npos, int nkw, const Val* a) { return strip_impl(npos, a, 2); }

static Val split_impl(int npos, int nkw, const Val* args, bool right) {
  if (!arg_count("split", npos, 1, 3)) return nullptr;
  Val self = args[0];
  Val sepv = npos > 1 ? args[1] : None;
  Val kv = kw_arg(npos, nkw, args, Q(sep));
  if (kv) sepv = kv;
  intptr_t maxsplit = -1;
  Val mv = npos > 2 ? args[2] : kw_arg(npos, nkw, args, str_intern_cstr("maxsplit"));
  if (mv) {
    bool ok;
    maxsplit = int_as_ssize(mv, &ok);
    if (!ok) return nullptr;
  }
  const char* s = str_data(self);
  size_t n = str_len(self);
  Val res = list_new(0);
  if (!res) return nullptr;
  if (sepv == None) {
    if (!right) {
      size_t i = 0;
      while (true) {
        while (i < n && is_ws(s[i])) i++;
        if (i >= n) break;
        if (maxsplit == 0) {
          size_t e = n;
          Val x = new_like(self, s + i, e - i);
          if (!x || list_append(res, x) < 0) return nullptr;
          break;
        }
        size_t j = i;
        while (j < n && !is_ws(s[j])) j++;
        Val x = new_like(self, s + i, j - i);
        if (!x || list_append(res, x) < 0) return nullptr;
        if (maxsplit > 0) maxsplit--;
        i = j;
      }
    } else {
      size_t e = n;
      while (true) {
        while (e > 0 && is_ws(s[e - 1])) e--;
        if (e == 0) break;
        if (maxsplit == 0) {
          size_t b = 0;
          Val x = new_like(self, s + b, e - b);
          if (!x || list_append(res, x) < 0) return nullptr;
          break;
        }
        size_t b = e;
        while (b > 0 && !is_ws(s[b - 1])) b--;
        Val x = new_like(self, s + b, e - b);
        if (!x || list_append(res, x) < 0) return nullptr;
        if (maxsplit > 0) maxsplit--;
        e = b;
      }
      List* l = (List*)res;
      for (size_t i = 0; i < l->len / 2; i++) {
        Val t = l->items[i];
        l->items[i] = l->items[l->len - 1 - i];
        l->items[l->len - 1 - i] = t;
      }
    }
    return res;
  }
  if (!same_kind_arg(self, sepv, "split")) return nullptr;
  const char* sep = nullptr;
  size_t sn = 0;
  bytes_of(sepv, &sep, &sn);
  if (sn == 0) return raise(&ValueError_type, "empty separator");
  if (!right) {
    size_t i = 0;
    while (true) {
      const char* r = maxsplit != 0 ? find_bytes(s, n, sep, sn, i) : nullptr;
      if (!r) {
        Val x = new_like(self, s + i, n - i);
        if (!x || list_append(res, x) < 0) return nullptr;
        break;
      }
      Val x = new_like(self, s + i, r - s - i);
      if (!x || list_append(res, x) < 0) return nullptr;
      i = r - s + sn;
      if (maxsplit > 0) maxsplit--;
    }
  } else {
    size_t e = n;
    while (true) {
      const char* r = maxsplit != 0 ? rfind_bytes(s, 0, e, sep, sn) : nullptr;
      if (!r) {
        Val x = new_like(self, s, e);
        if (!x || list_append(res, x) < 0) return nullptr;
        break;
      }
      Val x = new_like(self, r + sn, s + e - (r + sn));
      if (!x || list_append(res, x) < 0) return nullptr;
      e = r - s;
      if (maxsplit > 0) maxsplit--;
    }
    List* l = (List*)res;
    for (size_t i = 0; i < l->len / 2; i++) {
      Val t = l->items[i];
      l->items[i] = l->items[l->len - 1 - i];
      l->items[l->len - 1 - i] = t;
    }
  }
  return res;
}
static Val str_split(int npos, int nkw, const Val* a) { return split_impl(npos, nkw, a, false); }
static Val str_rsplit(int npos, int nkw, const Val* a) { return split_impl(npos, nkw, a, true); }

static Val str_splitlines(int npos, int nkw, const Val* args) {
  if (!arg_count("splitlines", npos, 1, 2)) return nullptr;
  Val self = args[0];
  Val kv = npos > 1 ? args[1] : kw_arg(npos, nkw, args, str_intern_cstr("keepends"));
  bool keep = kv && truthy(kv) > 0;
  const char* s = str_data(self);
  size_t n = str_len(self);
  Val res = list_new(0);
  if (!res) return nullptr;
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') j++;
    size_t e = j;
    if (j < n) {
      if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
      else j++;
    }
    Val x = new_like(self, s + i, (keep ? j : e) - i);
    if (!x || list_append(res, x) < 0) return nullptr;
    i = j;
  }
  return res;
}

Val str_join(Val sep, Val iterable) {
  size_t n = 0;
  Val* items;
  if (!seq_to_array(iterable, &n, &items)) return nullptr;
  Buf b;
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    const char* p = nullptr;
    size_t pn = 0;
    if (is_str(sep) ? !is_str(items[i]) : !bytes_of(items[i], &p, &pn) || is_str(items[i])) {
      return raise(&TypeError_type, "join expects a list of str/bytes objects consistent with self object");
    }
    total += str_len(items[i]) + str_len(sep);
  }
  buf_init(&b, total + 1);
  for (size_t i = 0; i < n; i++) {
    if (i) buf_add(&b, str_data(sep), str_len(sep));
    const char* p = nullptr;
    size_t pn = 0;
    bytes_of(items[i], &p, &pn);
    buf_add(&b, p, pn);
  }
  return str_kind(sep) == &bytes_type ? buf_to_bytes(&b) : buf_to_str(&b);
}
static Val str_join_m(int npos, int nkw, const Val* a) {
  if (!arg_count("join", npos, 2, 2)) return nullptr;
  return str_join(a[0], a[1]);
}

static Val str_replace(int npos, int nkw, const Val* args) {
  if (!arg_count("replace", npos, 3, 4)) return nullptr;
  Val self = args[0];
  if (!same_kind_arg(self, args[1], "replace") || !same_kind_arg(self, args[2], "replace")) return nullptr;
  intptr_t maxc = -1;
  if (npos > 3) {
    bool ok;
    maxc = int_as_ssize(args[3], &ok);
    if (!ok) return nullptr;
  }
  const char *s = str_data(self), *old = nullptr, *nw = nullptr;
  size_t n = str_len(self), on = 0, nn = 0;
  bytes_of(args[1], &old, &on);
  bytes_of(args[2], &nw, &nn);
  Buf b;
  buf_init(&b, n + 16);
  size_t i = 0;
  if (on == 0) {
    // insert between characters
    const char* e = s + n;
    const char* p = s;
    intptr_t c = 0;
    while (true) {
      if (maxc < 0 || c < maxc) { buf_add(&b, nw, nn); c++; }
      if (p >= e) break;
      const char* q = p;
      utf8_decode(&q, e);
      buf_add(&b, p, q - p);
      p = q;
    }
    return str_kind(self) == &bytes_type ? buf_to_bytes(&b) : buf_to_str(&b);
  }
  intptr_t c = 0;
  while (maxc < 0 || c < maxc) {
    const char* r = find_bytes(s, n, old, on, i);
    if (!r) break;
    buf_add(&b, s + i, r - s - i);
    buf_add(&b, nw, nn);
    i = r - s + on;
    c++;
  }
  buf_add(&b, s + i, n - i);
  return str_kind(self) == &bytes_type ? buf_to_bytes(&b) : buf_to_str(&b);
}

// Simple case mapping beyond ASCII: Latin-1, Latin Extended-A, Greek and Cyrillic.
static uint32_t uni_upper(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0x80) return c;
  if (c >= 0xe0 && c <= 0xfe && c != 0xf7) return c - 0x20;
  if (c == 0xff) return 0x178;
  if (c >= 0x100 && c <= 0x17f) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) ? c : c - 1;
    if (c == 0x131) return 'I';
    if (c != 0x138 && c != 0x149 && c != 0x17f && (c & 1)) return c - 1;
    return c;
  }
  if (c >= 0x3b1 && c <= 0x3c9 && c != 0x3c2) return c - 0x20;
  if (c == 0x3c2) return 0x3a3;
  if (c >= 0x430 && c <= 0x44f) return c - 0x20;
  if (c >= 0x450 && c <= 0x45f) return c - 0x50;
  return c;
}
static uint32_t uni_lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 0x20;
  if (c == 0x178) return 0xff;
  if (c >= 0x100 && c <= 0x17f) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) ? c + 1 : c;
    if (c == 0x130) return 'i';
    if (c != 0x138 && c != 0x149 && c != 0x17f && !(c & 1)) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3a9) return c + 0x20;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  return c;
}

static Val case_map_unicode(Val self, int mode) {
  const char* p = str_data(self);
  const char* e = p + str_len(self);
  Buf b;
  buf_init(&b, str_len(self) + 8);
  bool prev_cased = false, first = true;
  while (p < e) {
    uint32_t c = utf8_decode(&p, e);
    uint32_t up = uni_upper(c), lo = uni_lower(c);
    bool cased = up != lo || up != c;
    uint32_t r = c;
    switch (mode) {
      case 0: r = lo; break;
      case 1: r = up; break;
      case 2: r = c == up ? lo : up; break;
      case 3: r = first ? up : lo; break;
      case 4: r = prev_cased ? lo : up; break;
    }
    prev_cased = cased;
    first = false;
    buf_add_utf8(&b, r);
  }
  return buf_to_str(&b);
}

static Val case_map(Val self, int mode) {  // 0 lower, 1 upper, 2 swapcase, 3 capitalize, 4 title
  if (((Str*)self)->clen != ((Str*)self)->len && str_kind(self) == &str_type) return case_map_unicode(self, mode);
  const char* s = str_data(self);
  size_t n = str_len(self);
  if (n == 0) return new_like(self, s, 0);
  // ASCII (or bytes): the result has the same length, written in place
  Str* x = str_alloc_raw(str_kind(self), n, n);
  if (!x) return nullptr;
  char* out = x->d.chars;
  if (mode <= 1) {  // lower/upper: one tight loop (the common calls)
    char first = mode ? 'a' : 'A', last = mode ? 'z' : 'Z';
    for (size_t i = 0; i < n; i++) out[i] = s[i] >= first && s[i] <= last ? (char)(s[i] ^ 32) : s[i];
    return (Val)x;
  }
  bool prev_letter = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    char r = c;
    switch (mode) {
      case 0: if (up) r = c + 32; break;
      case 1: if (lo) r = c - 32; break;
      case 2: if (up) r = c + 32; else if (lo) r = c - 32; break;
      case 3: if (i == 0 && lo) r = c - 32; else if (i > 0 && up) r = c + 32; break;
      case 4:
        if (!prev_letter && lo) r = c - 32;
        else if (prev_letter && up) r = c + 32;
        break;
    }
    prev_letter = up || lo;
    out[i] = r;
  }
  return (Val)x;
}
static Val str_lower(int npos, int nkw, const Val* a) { return case_map(a[0], 0); }
static Val str_upper(int npos, int nkw, const Val* a) { return case_map(a[0], 1); }
static Val str_swapcase(int npos, int nkw, const Val* a) { return case_map(a[0], 2); }
static Val str_capitalize(int npos, int nkw, const Val* a) { return case_map(a[0], 3); }
static Val str_title(int npos, int nkw, const Val* a) { return case_map(a[0], 4); }

static Val char_class(Val self, int cls) {
  const char* s = str_data(self);
  size_t n = str_len(self);
  if (n == 0) return False_;
  bool any_cased = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
    switch (cls) {
      case 0: if (!(up || lo)) return False_; break;
      case 1: if (!dg) return False_; break;
      case 2: if (!is_ws(c)) return False_; break;
      case 3: if (up) return False_; if (lo) any_cased = true; break;
      case 4: if (lo) return False_; if (up) any_cased = true; break;
      case 5: if (!(up || lo || dg)) return False_; break;
    }
  }
  if (cls == 3 || cls == 4) return from_bool(any_cased);
  return True_;
}
static Val str_isalpha(int npos, int nkw, const Val* a) { return char_class(a[0], 0); }
static Val str_isdigit(int npos, int nkw, const Val* a) { return char_class(a[0], 1); }
static Val str_isspace(int npos, int nkw, const Val* a) { return char_class(a[0], 2); }
static Val str_islower(int npos, int nkw, const Val* a) { return char_class(a[0], 3); }
static Val str_isupper(int npos, int nkw, const Val* a) { return char_class(a[0], 4); }
static Val str_isalnum(int npos, int nkw, const Val* a) { return char_class(a[0], 5); }

static Val partition_impl(const Val* args, bool right) {
  Val self = args[0];
  if (!same_kind_arg(self, args[1], "partition")) return nullptr;
  const char *s = str_data(self), *sep = nullptr;
  size_t n = str_len(self), sn = 0;
  bytes_of(args[1], &sep, &sn);
  if (sn == 0) return raise(&ValueError_type, "empty separator");
  const char* r = right ? rfind_bytes(s, 0, n, sep, sn) : find_bytes(s, n, sep, sn, 0);
  Val t = tuple_new(3);
  if (!t) return nullptr;
  Val empty = new_like(self, "", 0);
  if (!empty) return nullptr;
  Val* it = tuple_items(t);
  if (!r) {
    if (right) { it[0] = empty; it[1] = empty; it[2] = self; }
    else { it[0] = self; it[1] = empty; it[2] = empty; }
    return t;
  }
  it[0] = new_like(self, s, r - s);
  it[1] = args[1];
  it[2] = new_like(self, r + sn, s + n - r - sn);
  if (!it[0] || !it[2]) return nullptr;
  return t;
}
static Val str_partition(int npos, int nkw, const Val* a) {
  if (!arg_count("partition", npos, 2, 2)) return nullptr;
  return partition_impl(a, false);
}
static Val str_rpartition(int npos, int nkw, const Val* a) {
  if (!arg_count("rpartition", npos, 2, 2)) return nullptr;
  return partition_impl(a, true);
}

static Val justify(int npos, const Val* args, int mode) {  // 0 left, 1 right, 2 center
  if (!arg_count("ljust", npos, 2, 3)) return nullptr;
  Val self = args[0];
  bool ok;
  intptr_t width = int_as_ssize(args[1], &ok);
  if (!ok) return nullptr;
  const char* fill = " ";
  size_t fn = 1;
  if (npos > 2) {
    if (!is_str(args[2]) || ((Str*)args[2])->clen != 1)
      return raise(&TypeError_type, "The fill character must be exactly one character long");
    fill = str_data(args[2]);
    fn = str_len(args[2]);
  }
  intptr_t len = ((Str*)self)->clen;
  if (width <= len) return self;
  intptr_t pad = width - len, left = 0;
  if (mode == 1) left = pad;
  else if (mode == 2) left = pad / 2 + (pad & width & 1);
  Buf b;
  buf_init(&b, str_len(self) + pad * fn + 1);
  for (intptr_t i = 0; i < left; i++) buf_add(&b, fill, fn);
  buf_add(&b, str_data(self), str_len(self));
  for (intptr_t i = left; i < pad; i++) buf_add(&b, fill, fn);
  return str_kind(self) == &bytes_type ? buf_to_bytes(&b) : buf_to_str(&b);
}
static Val str_ljust(int npos, int nkw, const Val* a) { return justify(npos, a, 0); }
static Val str_rjust(int npos, int nkw, const Val* a) { return justify(npos, a, 1); }
static Val str_center(int npos, int nkw, const Val* a) { return justify(npos, a, 2); }

static Val str_zfill(int npos, int nkw, const Val* args) {
  if (!arg_count("zfill", npos, 2, 2)) return nullptr;
  Val self = args[0];
  bool ok;
  intptr_t width = int_as_ssize(args[1], &ok);
  if (!ok) return nullptr;
  const char* s = str_data(self);
  intptr_t n = str_len(self);
  if (width <= (intptr_t)((Str*)self)->clen) return self;
  Buf b;
  buf_init(&b, width + 1);
  intptr_t i = 0;
  if (n && (s[0] == '-' || s[0] == '+')) { buf_addc(&b, s[0]); i = 1; }
  for (intptr_t k = ((Str*)self)->clen; k < width; k++) buf_addc(&b, '0');
  buf_add(&b, s + i, n - i);
  return buf_to_str(&b);
}

static Val str_encode(int npos, int nkw, const Val* a) {
  if (!arg_count("encode", npos, 1, 3)) return nullptr;
  return bytes_new(str_data(a[0]), str_len(a[0]));
}
static Val bytes_decode(int npos, int nkw, const Val* a) {
  if (!arg_count("decode", npos, 1, 3)) return nullptr;
  const char* s = nullptr;
  size_t n = 0;
  bytes_of(a[0], &s, &n);
  // validate UTF-8
  const uint8_t* p = (const uint8_t*)s;
  for (size_t i = 0; i < n;) {
    uint8_t c = p[i];
    int k = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2 : (c & 0xf8) == 0xf0 ? 3 : -1;
    if (k < 0 || i + k >= n + (k == 0)) {
      if (k != 0) return raise(&UnicodeError_type, "invalid utf-8");
    }
    for (int j = 1; j <= k; j++)
      if (i + j >= n || (p[i + j] & 0xc0) != 0x80) return raise(&UnicodeError_type, "invalid utf-8");
    i += k + 1;
  }
  return str_new(s, n);
}

static Val bytes_hex(int npos, int nkw, const Val* a) {
  const char* s = nullptr;
  size_t n = 0;
  bytes_of(a[0], &s, &n);
  Buf b;
  buf_init(&b, n * 2 + 1);
  for (size_t i = 0; i < n; i++) buf_printf(&b, "%02x", (uint8_t)s[i]);
  return buf_to_str(&b);
}

static Val bytes_fromhex(int npos, int nkw, const Val* a) {
  if (!arg_count("fromhex", npos, 2, 2)) return nullptr;
  if (!is_str(a[1])) return raise(&TypeError_type, "fromhex() argument must be str");
  const char* s = str_data(a[1]);
  size_t n = str_len(a[1]);
  Buf b;
  buf_init(&b, n / 2 + 1);
  for (size_t i = 0; i < n;) {
    if (is_ws(s[i])) { i++; continue; }
    auto hv = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      c |= 32;
      return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    if (i + 1 >= n || hv(s[i]) < 0 || hv(s[i + 1]) < 0)
      return raise(&ValueError_type, "non-hexadecimal number found in fromhex() arg at position %d", (int)i);
    buf_addc(&b, (char)(hv(s[i]) * 16 + hv(s[i + 1])));
    i += 2;
  }
  return buf_to_bytes(&b);
}

static Val str_removeprefix(int npos, int nkw, const Val* a) {
  if (!arg_count("removeprefix", npos, 2, 2) || !same_kind_arg(a[0], a[1], "removeprefix")) return nullptr;
  size_t pn = str_len(a[1]);
  if (str_len(a[0]) >= pn && memcmp(str_data(a[0]), str_data(a[1]), pn) == 0)
    return new_like(a[0], str_data(a[0]) + pn, str_len(a[0]) - pn);
  return a[0];
}
static Val str_removesuffix(int npos, int nkw, const Val* a) {
  if (!arg_count("removesuffix", npos, 2, 2) || !same_kind_arg(a[0], a[1], "removesuffix")) return nullptr;
  size_t pn = str_len(a[1]), n = str_len(a[0]);
  if (pn && n >= pn && memcmp(str_data(a[0]) + n - pn, str_data(a[1]), pn) == 0)
    return new_like(a[0], str_data(a[0]), n - pn);
  return a[0];
}

Val str_format_method(int npos, int nkw, const Val* args);
static Val str_mod_method(int npos, int nkw, const Val* args) { return str_modulo(args[0], args[1]); }

static Val str_isidentifier(int npos, int nkw, const Val* a) {
  const char* s = str_data(a[0]);
  size_t n = str_len(a[0]);
  if (!n) return False_;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    bool ok = c == '_' || (unsigned)((c | 32) - 'a') < 26u || c >= 0x80 || (i > 0 && (unsigned)(c - '0') < 10u);
    if (!ok) return False_;
  }
  return True_;
}

static const TypeMethod<&str_type> str_methods[] = {
  {"find", str_find, 2, 4, 0}, {"rfind", str_rfind, 2, 4, 0}, {"index", str_index, 2, 4, 0},
  {"rindex", str_rindex, 2, 4, 0}, {"count", str_count, 2, 4, 0}, {"startswith", str_startswith, 2, 4, 0},
  {"endswith", str_endswith, 2, 4, 0}, {"strip", str_strip, 1, 2, 0}, {"lstrip", str_lstrip, 1, 2, 0},
  {"rstrip", str_rstrip, 1, 2, 0}, {"split", str_split, 1, 3, NF_KW}, {"rsplit", str_rsplit, 1, 3, NF_KW},
  {"splitlines", str_splitlines, 1, 2, NF_KW}, {"join", str_join_m, 2, 2, 0}, {"replace", str_replace, 3, 4, 0},
  {"lower", str_lower, 1, 1, 0}, {"upper", str_upper, 1, 1, 0}, {"swapcase", str_swapcase, 1, 1, 0},
  {"capitalize", str_capitalize, 1, 1, 0}, {"title", str_title, 1, 1, 0}, {"isalpha", str_isalpha, 1, 1, 0},
  {"isdigit", str_isdigit, 1, 1, 0}, {"isspace", str_isspace, 1, 1, 0}, {"islower", str_islower, 1, 1, 0},
  {"isupper", str_isupper, 1, 1, 0}, {"isalnum", str_isalnum, 1, 1, 0}, {"isdecimal", str_isdigit, 1, 1, 0},
  {"isnumeric", str_isdigit, 1, 1, 0}, {"isidentifier", str_isidentifier, 1, 1, 0},
  {"partition", str_partition, 2, 2, 0}, {"rpartition", str_rpartition, 2, 2, 0},
  {"ljust", str_ljust, 2, 3, 0}, {"rjust", str_rjust, 2, 3, 0}, {"center", str_center, 2, 3, 0},
  {"zfill", str_zfill, 2, 2, 0}, {"encode", str_encode, 1, 3, NF_KW}, {"format", str_format_method, 1, -1, NF_KW},
  {"removeprefix", str_removeprefix, 2, 2, 0}, {"removesuffix", str_removesuffix, 2, 2, 0},
  {"__mod__", str_mod_method, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static const TypeMethod<&bytes_type> bytes_methods[] = {
  {"find", str_find, 2, 4, 0}, {"rfind", str_rfind, 2, 4, 0}, {"index", str_index, 2, 4, 0},
  {"rindex", str_rindex, 2, 4, 0}, {"count", str_count, 2, 4, 0}, {"startswith", str_startswith, 2, 4, 0},
  {"endswith", str_endswith, 2, 4, 0}, {"strip", str_strip, 1, 2, 0}, {"lstrip", str_lstrip, 1, 2, 0},
  {"rstrip", str_rstrip, 1, 2, 0}, {"split", str_split, 1, 3, NF_KW}, {"rsplit", str_rsplit, 1, 3, NF_KW},
  {"join", str_join_m, 2, 2, 0}, {"replace", str_replace, 3, 4, 0}, {"lower", str_lower, 1, 1, 0},
  {"upper", str_upper, 1, 1, 0}, {"isalpha", str_isalpha, 1, 1, 0}, {"isdigit", str_isdigit, 1, 1, 0},
  {"isspace", str_isspace, 1, 1, 0}, {"decode", bytes_decode, 1, 3, NF_KW}, {"hex", bytes_hex, 1, 2, 0},
  {"fromhex", bytes_fromhex, 2, 2, NF_CLASSMETHOD}, {"partition", str_partition, 2, 2, 0},
  {"rpartition", str_rpartition, 2, 2, 0}, {"splitlines", str_splitlines, 1, 2, NF_KW},
  {"ljust", str_ljust, 2, 3, 0}, {"rjust", str_rjust, 2, 3, 0}, {"center", str_center, 2, 3, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- slots ----------------------------------------------------------------------------------
static int str_compare(Val a, Val b) {
  size_t na = str_len(a), nb = str_len(b);
  int c = memcmp(str_data(a), str_data(b), na < nb ? na : nb);
  if (c) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

static Val repeat(Val self, Val nv) {
  if (!is_int(nv)) return NOTIMPL;
  bool ok;
  intptr_t n = int_as_ssize(nv, &ok);
  if (!ok) return nullptr;
  size_t len = str_len(self);
  if (n <= 0 || len == 0) return new_like(self, "", 0);
  if ((size_t)n > 0x7fffffff / len) return raise_no_memory();
  Buf b;
  buf_init(&b, len * n + 1);
  for (intptr_t i = 0; i < n; i++) buf_add(&b, str_data(self), len);
  return str_kind(self) == &bytes_type ? buf_to_bytes(&b) : buf_to_str(&b);
}

// a + the n bytes (clen code points) at p, as a's kind, in one allocation
static Val concat(Val a, const char* p, size_t n, size_t clen) {
  size_t na = str_len(a);
  Type* t = str_kind(a);
  if (n == 0 && a->type == t) return a;  // immutable: no copy (not for subclasses)
  Str* x = str_alloc_raw(t, na + n, ((Str*)a)->clen + clen);
  if (!x) return nullptr;
  memcpy(x->d.chars, str_data(a), na);
  memcpy(x->d.chars + na, p, n);
  return (Val)x;
}

static Val str_binop(int op, Val a, Val b) {
  if (op & OP_REVERSED) {
    if ((op & ~OP_REVERSED) == OP_MUL) return repeat(a, b);
    return NOTIMPL;
  }
  if (op >= OP_INPLACE) return NOTIMPL;
  switch (op) {
    case OP_ADD: {
      const char* p = nullptr;
      size_t pn = 0;
      if (is_str(a) ? !is_str(b) : (!bytes_of(b, &p, &pn) || is_str(b))) {
        if (is_str(a)) return raise(&TypeError_type, "can't convert '%s' object to str implicitly", type_cname(b));
        return NOTIMPL;
      }
      bytes_of(b, &p, &pn);
      // with an empty side the result is the other operand itself (no heap, as MicroPython)
      Type* t = type_of(a);
      if (t == &str_type || t == &bytes_type) {
        if (pn == 0) return a;
        if (str_len(a) == 0 && type_of(b) == t) return b;
      }
      return concat(a, p, pn, is_str(a) ? ((Str*)b)->clen : pn);
    }
    case OP_MUL: return repeat(a, b);
    case OP_MOD: {
      if (is_str(a)) return str_modulo(a, b);
      // bytes % args: format as text, bytes arguments inserted raw
      auto as_text = [](Val v) -> Val { return is_bytes_like(v) ? str_new(str_data(v), str_len(v)) : v; };
      Val fmt = str_new(str_data(a), str_len(a));
      if (!fmt) return nullptr;
      Val args = b;
      if (!is_small(b) && b->type == &tuple_type) {
        args = tuple_new(tuple_len(b));
        if (!args) return nullptr;
        for (size_t i = 0; i < tuple_len(b); i++) tuple_items(args)[i] = as_text(tuple_items(b)[i]);
      } else args = as_text(b);
      if (!args) return nullptr;
      Val r = str_modulo(fmt, args);
      return r ? bytes_new(str_data(r), str_len(r)) : nullptr;
    }
    case OP_IN: {
      if (is_str(a)) {
        if (!is_str(b)) return raise(&TypeError_type, "'in <string>' requires string as left operand, not %s", type_cname(b));
        return from_bool(find_bytes(str_data(a), str_len(a), str_data(b), str_len(b), 0) != nullptr);
      }
      if (is_int(b)) {
        bool ok;
        intptr_t v = int_as_ssize(b, &ok);
        if (!ok) return nullptr;
        return from_bool(v >= 0 && v < 256 && memchr(str_data(a), (int)v, str_len(a)) != nullptr);
      }
      const char* p = nullptr;
      size_t pn = 0;
      if (!bytes_of(b, &p, &pn)) return raise(&TypeError_type, "a bytes-like object is required");
      return from_bool(find_bytes(str_data(a), str_len(a), p, pn, 0) != nullptr);
    }
    case OP_EQ: case OP_NE: {
      bool eq;
      if (str_kind(a) != (is_small(b) ? nullptr : str_kind(b)) || is_small(b) ||
          !(b->type == a->type || is_str(b) == is_str(a)) || !(is_str(b) || is_bytes_like(b)))
        return NOTIMPL;
      eq = str_eq(a, b);
      return from_bool(op == OP_EQ ? eq : !eq);
    }
    case OP_LT: case OP_LE: case OP_GT: case OP_GE: {
      if (is_small(b) || is_str(a) != is_str(b) || !(is_str(b) || is_bytes_like(b))) return NOTIMPL;
      int c = str_compare(a, b);
      bool r = op == OP_LT ? c < 0 : op == OP_LE ? c <= 0 : op == OP_GT ? c > 0 : c >= 0;
      return from_bool(r);
    }
  }
  return NOTIMPL;
}

static Val str_unop(int op, Val a) {
  switch (op) {
    case UN_LEN: return small(((Str*)a)->clen);
    case UN_BOOL: return from_bool(str_len(a) != 0);
    case UN_HASH: return small(str_hash(a));
  }
  return NOTIMPL;
}

static Val str_subscr(Val self, Val idx, Val v) {
  if (v) return raise(&TypeError_type, "'%s' object doesn't support item assignment", type_cname(self));
  Str* s = (Str*)self;
  bool bytes = str_kind(self) == &bytes_type;
  if (!is_small(idx) && idx->type == &slice_type) {
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, s->clen, &start, &stop, &step, &count)) return nullptr;
    if (step == 1) {
      size_t a = utf8_offset(self, start), b = utf8_offset(self, start + count);
      return new_like(self, str_data((Val)s) + a, b - a);
    }
    Buf b;
    buf_init(&b, count + 1);
    for (intptr_t i = 0, k = start; i < count; i++, k += step) {
      size_t off = utf8_offset(self, k);
      const char* p = str_data((Val)s) + off;
      const char* q = p;
      if (bytes || s->clen == s->len) q++;
      else utf8_decode(&q, str_data((Val)s) + s->len);
      buf_add(&b, p, q - p);
    }
    return bytes ? buf_to_bytes(&b) : buf_to_str(&b);
  }
  size_t i = 0;
  if (!seq_index(idx, s->clen, &i, bytes ? "bytes" : "string")) return nullptr;
  if (bytes) return small((uint8_t)str_data((Val)s)[i]);
  size_t off = utf8_offset(self, i);
  const char* p = str_data((Val)s) + off;
  const char* q = p;
  if (s->clen == s->len) q++;
  else utf8_decode(&q, str_data((Val)s) + s->len);
  if (q - p == 1) {
    // single ASCII characters are interned: no allocation in loops over strings
    return str_intern(p, 1);
  }
  return str_new(p, q - p);
}

struct StrIter { Type* type; Val s; size_t off; };
static Val str_iter_next(Val self) {
  StrIter* it = (StrIter*)self;
  Str* s = (Str*)it->s;
  if (it->off >= s->len) return STOP;
  if (s->type == &bytes_type || is_subtype(s->type, &bytes_type)) return small((uint8_t)str_data((Val)s)[it->off++]);
  const char* p = str_data((Val)s) + it->off;
  const char* q = p;
  utf8_decode(&q, str_data((Val)s) + s->len);
  it->off = q - str_data((Val)s);
  return q - p == 1 ? str_intern(p, 1) : str_new(p, q - p);
}
static Val str_iter(Val self) {
  StrIter* it = (StrIter*)alloc_obj(&str_iter_type, sizeof(StrIter));
  if (!it) return nullptr;
  it->s = self;
  return (Val)it;
}

static bool str_getbuf(Val self, Buffer* out, bool for_write) {
  if (for_write) return false;
  out->data = (void*)str_data(self);
  out->len = str_len(self);
  out->writable = false;
  out->typecode = 'B';
  return true;
}

static Val str_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("str", npos, 0, 3)) return nullptr;
  Val r;
  if (npos == 0) r = Q(empty);
  else if (npos >= 2 || (npos == 1 && nkw)) {
    const char* s = nullptr;
    size_t n = 0;
    if (!bytes_of(args[0], &s, &n)) return raise(&TypeError_type, "decoding str is not supported");
    r = str_new(s, n);
  } else r = str_of(args[0]);
  if (!r || t == &str_type) return r;
  Str* x = (Str*)alloc_obj(t, t->instance_size);
  if (!x) return nullptr;
  x->type = t;
  x->len = ((Str*)r)->len;
  x->clen = ((Str*)r)->clen;
  x->external = 1;
  x->d.ptr = str_data(r);  // keeps r alive (interior pointer)
  return (Val)x;
}

static Val bytes_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("bytes", npos, 0, 3)) return nullptr;
  if (npos == 0) return bytes_new("", 0);
  Val a = args[0];
  if (is_str(a)) {
    if (npos < 2) return raise(&TypeError_type, "string argument without an encoding");
    return bytes_new(str_data(a), str_len(a));
  }
  const char* s = nullptr;
  size_t n = 0;
  if (bytes_of(a, &s, &n)) return bytes_new(s, n);
  if (is_int(a)) {
    bool ok;
    intptr_t k = int_as_ssize(a, &ok);
    if (!ok) return nullptr;
    if (k < 0) return raise(&ValueError_type, "negative count");
    Val r = bytes_new(nullptr, k);
    if (r) memset((char*)str_data(r), 0, k);
    return r;
  }
  Buffer bf;
  Type* at = type_of(a);
  if (at->getbuffer && at->getbuffer(a, &bf, false)) return bytes_new((const char*)bf.data, bf.len);
  Val it = getiter(a);
  if (!it) return nullptr;
  Buf b;
  buf_init(&b, 16);
  for (;;) {
    Val x = iternext(it);
    if (!x) return nullptr;
    if (x == STOP) break;
    bool ok;
    intptr_t v = int_as_ssize(x, &ok);
    if (!ok) return nullptr;
    if (v < 0 || v > 255) return raise(&ValueError_type, "bytes must be in range(0, 256)");
    buf_addc(&b, (char)v);
  }
  return buf_to_bytes(&b);
}

void str_types_init() {
  type_init(&str_type, "str", &object_type, TF_BASETYPE);
  str_type.print = str_print;
  str_type.binop = str_binop;
  str_type.unop = str_unop;
  str_type.subscr = str_subscr;
  str_type.iter = str_iter;
  str_type.make_new = str_make_new;
  str_type.getbuffer = nullptr;
  str_type.instance_size = sizeof(Str);
  type_add_methods(&str_type, str_methods);
  type_init(&bytes_type, "bytes", &object_type, TF_BASETYPE);
  bytes_type.print = str_print;
  bytes_type.binop = str_binop;
  bytes_type.unop = str_unop;
  bytes_type.subscr = str_subscr;
  bytes_type.iter = str_iter;
  bytes_type.make_new = bytes_make_new;
  bytes_type.getbuffer = str_getbuf;
  bytes_type.instance_size = sizeof(Str);
  type_add_methods(&bytes_type, bytes_methods);
  type_init(&str_iter_type, "iterator", &object_type, 0);
  str_iter_type.next = str_iter_next;
  str_iter_type.iter = [](Val s) { return s; };
}

}  // namespace py
