// bytearray (mutable bytes) and memoryview (a window on a buffer).
#include "runtime.h"

namespace py {

Type bytearray_type, memoryview_type;

Val bytearray_new(size_t n) {
  ByteArray* b = (ByteArray*)alloc_obj(&bytearray_type, sizeof(ByteArray));
  if (!b) return nullptr;
  b->data = (uint8_t*)gc_alloc_atomic(n ? n : 1);
  if (!b->data) return raise_no_memory();
  memset(b->data, 0, n ? n : 1);
  b->len = n;
  b->cap = n ? n : 1;
  return (Val)b;
}

static bool ba_reserve(ByteArray* b, size_t need) {
  if (need <= b->cap) return true;
  size_t nc = b->cap * 2 > need ? b->cap * 2 : need;
  uint8_t* p = (uint8_t*)gc_realloc(b->data, nc);
  if (!p) {
    raise_no_memory();
    return false;
  }
  b->data = p;
  b->cap = nc;
  return true;
}

static bool get_buf(Val v, Buffer* out) {
  Type* t = type_of(v);
  return t->getbuffer && t->getbuffer(v, out, false);
}

static bool ba_append_bytes(ByteArray* b, const void* p, size_t n) {
  if (!ba_reserve(b, b->len + n)) return false;
  memmove(b->data + b->len, p, n);
  b->len += n;
  return true;
}

static bool ba_extend(ByteArray* b, Val src) {
  Buffer bf;
  if (get_buf(src, &bf)) return ba_append_bytes(b, bf.data, bf.len);
  if (is_str(src)) {
    raise(&TypeError_type, "can't extend bytearray with str");
    return false;
  }
  Val it = getiter(src);
  if (!it) return false;
  for (;;) {
    Val x = iternext(it);
    if (!x) return false;
    if (x == STOP) return true;
    bool ok;
    intptr_t v = int_as_ssize(x, &ok);
    if (!ok) return false;
    if (v < 0 || v > 255) {
      raise(&ValueError_type, "byte must be in range(0, 256)");
      return false;
    }
    uint8_t c = (uint8_t)v;
    if (!ba_append_bytes(b, &c, 1)) return false;
  }
}

static Val ba_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("bytearray", npos, 0, 3)) return nullptr;
  Val r = bytearray_new(0);
  if (!r) return nullptr;
  ByteArray* b = (ByteArray*)r;
  if (npos == 0) return r;
  Val a = args[0];
  if (is_int(a)) {
    bool ok;
    intptr_t n = int_as_ssize(a, &ok);
    if (!ok) return nullptr;
    if (n < 0) return raise(&ValueError_type, "negative count");
    if (!ba_reserve(b, n)) return nullptr;
    memset(b->data, 0, n);
    b->len = n;
    return r;
  }
  if (is_str(a)) {
    if (!ba_append_bytes(b, str_data(a), str_len(a))) return nullptr;
    return r;
  }
  if (!ba_extend(b, a)) return nullptr;
  return r;
}

static bool ba_getbuf(Val self, Buffer* out, bool for_write) {
  ByteArray* b = (ByteArray*)self;
  out->data = b->data;
  out->len = b->len;
  out->writable = true;
  out->typecode = 'B';
  return true;
}

static void ba_print(Buf* out, Val self, bool r) {
  ByteArray* b = (ByteArray*)self;
  Val tmp = bytes_new((const char*)b->data, b->len);
  if (!tmp) return;
  buf_adds(out, "bytearray(");
  print_to(out, tmp, true);
  buf_addc(out, ')');
}

static Val ba_unop(int op, Val self) {
  ByteArray* b = (ByteArray*)self;
  if (op == UN_LEN) return small((intptr_t)b->len);
  if (op == UN_BOOL) return from_bool(b->len != 0);
  if (op == UN_HASH) return raise(&TypeError_type, "unhashable type: 'bytearray'");
  return NOTIMPL;
}

static Val ba_binop(int op, Val a, Val bv) {
  ByteArray* b = (ByteArray*)a;
  int o = op & ~OP_REVERSED;
  Buffer bf;
  switch (o) {
    case OP_INPLACE + OP_ADD:
      if (!ba_extend(b, bv)) return nullptr;
      return a;
    case OP_ADD: {
      // Concatenation is not commutative: x + bytearray for a non-bytes-like x stays unsupported
      // (memoryview + bytearray is a TypeError, not bytearray + memoryview reversed).
      if ((op & OP_REVERSED) || !get_buf(bv, &bf)) return NOTIMPL;
      Val r = bytearray_new(0);
      if (!r || !ba_append_bytes((ByteArray*)r, b->data, b->len) || !ba_append_bytes((ByteArray*)r, bf.data, bf.len)) return nullptr;
      return r;
    }
    case OP_MUL: {
      if (!is_int(bv)) return NOTIMPL;
      bool ok;
      intptr_t k = int_as_ssize(bv, &ok);
      if (!ok) return nullptr;
      Val r = bytearray_new(0);
      if (!r) return nullptr;
      for (intptr_t i = 0; i < k; i++)
        if (!ba_append_bytes((ByteArray*)r, b->data, b->len)) return nullptr;
      return r;
    }
    case OP_EQ: case OP_NE: {
      if (!get_buf(bv, &bf) || is_str(bv)) return NOTIMPL;
      bool eq = bf.len == b->len && memcmp(bf.data, b->data, b->len) == 0;
      return from_bool(o == OP_EQ ? eq : !eq);
    }
    case OP_IN: {
      if (is_int(bv)) {
        bool ok;
        intptr_t v = int_as_ssize(bv, &ok);
        if (!ok) return nullptr;
        return from_bool(memchr(b->data, (int)v, b->len) != nullptr);
      }
      if (!get_buf(bv, &bf)) return NOTIMPL;
      if (bf.len == 0) return True_;
      for (size_t i = 0; i + bf.len <= b->len; i++)
        if (memcmp(b->data + i, bf.data, bf.len) == 0) return True_;
      return False_;
    }
  }
  return NOTIMPL;
}

static Val ba_subscr(Val self, Val idx, Val v) {
  ByteArray* b = (ByteArray*)self;
  if (!is_small(idx) && idx->type == &slice_type) {
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, b->len, &start, &stop, &step, &count)) return nullptr;
    if (!v) {
      Val r = bytearray_new(count);
      if (!r) return nullptr;
      for (intptr_t i = 0; i < count; i++) ((ByteArray*)r)->data[i] = b->data[start + i * step];
      return r;
    }
    if (step != 1) return raise(&NotImplementedError_type, "extended slice assignment");
    Val src = v == DELETE_VAL ? bytearray_new(0) : call1((Val)&bytearray_type, v);
    if (!src) return nullptr;
    ByteArray* s = (ByteArray*)src;
    size_t newlen = b->len - count + s->len;
    if (!ba_reserve(b, newlen)) return nullptr;
    memmove(b->data + start + s->len, b->data + start + count, b->len - start - count);
    memcpy(b->data + start, s->data, s->len);
    b->len = newlen;
    return None;
  }
  size_t i;
  if (!seq_index(idx, b->len, &i, "bytearray")) return nullptr;
  if (!v) return small(b->data[i]);
  if (v == DELETE_VAL) {
    memmove(b->data + i, b->data + i + 1, b->len - i - 1);
    b->len--;
    return None;
  }
  bool ok;
  intptr_t x = int_as_ssize(v, &ok);
  if (!ok) return nullptr;
  if (x < 0 || x > 255) return raise(&ValueError_type, "byte must be in range(0, 256)");
  b->data[i] = (uint8_t)x;
  return None;
}

struct BaIter { Type* type; Val b; size_t i; };
static Type ba_iter_type;
static Val ba_iter_next(Val self) {
  BaIter* it = (BaIter*)self;
  ByteArray* b = (ByteArray*)it->b;
  if (it->i >= b->len) return STOP;
  return small(b->data[it->i++]);
}
static Val ba_iter(Val self) {
  BaIter* it = (BaIter*)alloc_obj(&ba_iter_type, sizeof(BaIter));
  if (!it) return nullptr;
  it->b = self;
  return (Val)it;
}

static Val ba_append(int n, int k, const Val* a) {
  bool ok;
  intptr_t v = int_as_ssize(a[1], &ok);
  if (!ok) return nullptr;
  if (v < 0 || v > 255) return raise(&ValueError_type, "byte must be in range(0, 256)");
  uint8_t c = (uint8_t)v;
  return ba_append_bytes((ByteArray*)a[0], &c, 1) ? None : nullptr;
}
static Val ba_extend_m(int n, int k, const Val* a) { return ba_extend((ByteArray*)a[0], a[1]) ? None : nullptr; }
static Val ba_decode(int n, int k, const Val* a) {
  ByteArray* b = (ByteArray*)a[0];
  return str_new((const char*)b->data, b->len);
}
static Val ba_pop(int n, int k, const Val* a) {
  ByteArray* b = (ByteArray*)a[0];
  if (!b->len) return raise(&IndexError_type, "pop from empty bytearray");
  size_t i = b->len - 1;
  if (n > 1 && !seq_index(a[1], b->len, &i, "bytearray")) return nullptr;
  uint8_t c = b->data[i];
  memmove(b->data + i, b->data + i + 1, b->len - i - 1);
  b->len--;
  return small(c);
}
static Val ba_hex(int n, int k, const Val* a) {
  ByteArray* b = (ByteArray*)a[0];
  Buf o;
  buf_init(&o, b->len * 2 + 1);
  for (size_t i = 0; i < b->len; i++) buf_printf(&o, "%02x", b->data[i]);
  return buf_to_str(&o);
}
static Val ba_clear(int n, int k, const Val* a) {
  ((ByteArray*)a[0])->len = 0;
  return None;
}
static Val ba_copy(int n, int k, const Val* a) { return call1((Val)&bytearray_type, a[0]); }
static Val ba_find(int n, int k, const Val* a) {
  ByteArray* b = (ByteArray*)a[0];
  Val tmp = bytes_new((const char*)b->data, b->len);
  if (!tmp) return nullptr;
  Val args[4] = {tmp, a[1], n > 2 ? a[2] : None, n > 3 ? a[3] : None};
  return call_method(tmp, str_intern_cstr("find"), n - 1, args + 1);
}

static const TypeMethod<&bytearray_type> ba_methods[] = {
  {"append", ba_append, 2, 2, 0}, {"extend", ba_extend_m, 2, 2, 0}, {"decode", ba_decode, 1, 3, NF_KW},
  {"pop", ba_pop, 1, 2, 0}, {"hex", ba_hex, 1, 1, 0}, {"clear", ba_clear, 1, 1, 0}, {"copy", ba_copy, 1, 1, 0},
  {"find", ba_find, 2, 4, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- memoryview ------------------------------------------------------------------------
static Val mv_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("memoryview", npos, 1, 1)) return nullptr;
  Buffer bf;
  if (!get_buf(args[0], &bf)) return raise(&TypeError_type, "memoryview: a bytes-like object is required, not '%s'", type_cname(args[0]));
  MemoryView* m = (MemoryView*)alloc_obj(&memoryview_type, sizeof(MemoryView));
  if (!m) return nullptr;
  m->obj = args[0];
  m->data = (uint8_t*)bf.data;
  m->len = bf.len;
  m->readonly = !bf.writable;
  return (Val)m;
}
static bool mv_getbuf(Val self, Buffer* out, bool w) {
  MemoryView* m = (MemoryView*)self;
  out->data = m->data;
  out->len = m->len;
  out->writable = !m->readonly;
  out->typecode = 'B';
  return true;
}
static Val mv_unop(int op, Val self) {
  if (op == UN_LEN) return small((intptr_t)((MemoryView*)self)->len);
  if (op == UN_BOOL) return from_bool(((MemoryView*)self)->len != 0);
  return NOTIMPL;
}
static Val mv_subscr(Val self, Val idx, Val v) {
  MemoryView* m = (MemoryView*)self;
  if (!is_small(idx) && idx->type == &slice_type) {
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, m->len, &start, &stop, &step, &count)) return nullptr;
    if (step != 1) return raise(&NotImplementedError_type, "only slices with step=1 are supported");
    if (!v) {
      MemoryView* r = (MemoryView*)alloc_obj(&memoryview_type, sizeof(MemoryView));
      if (!r) return nullptr;
      *r = *m;
      r->data = m->data + start;
      r->len = count;
      return (Val)r;
    }
    if (m->readonly) return raise(&TypeError_type, "memoryview is read-only");
    Buffer bf;
    if (v == DELETE_VAL || !get_buf(v, &bf)) return raise(&TypeError_type, "a bytes-like object is required");
    if ((intptr_t)bf.len != count) return raise(&ValueError_type, "memoryview assignment: lvalue and rvalue have different structures");
    memmove(m->data + start, bf.data, count);
    return None;
  }
  size_t i;
  if (!seq_index(idx, m->len, &i, "memoryview")) return nullptr;
  if (!v) return small(m->data[i]);
  if (m->readonly || v == DELETE_VAL) return raise(&TypeError_type, "memoryview is read-only");
  bool ok;
  intptr_t x = int_as_ssize(v, &ok);
  if (!ok) return nullptr;
  m->data[i] = (uint8_t)x;
  return None;
}
static Val mv_tobytes(int n, int k, const Val* a) {
  MemoryView* m = (MemoryView*)a[0];
  return bytes_new((const char*)m->data, m->len);
}
static Val mv_binop(int op, Val a, Val b) {
  if (op == OP_EQ || op == OP_NE) {
    Buffer x, y;
    mv_getbuf(a, &x, false);
    if (!get_buf(b, &y)) return NOTIMPL;
    bool eq = x.len == y.len && memcmp(x.data, y.data, x.len) == 0;
    return from_bool(op == OP_EQ ? eq : !eq);
  }
  return NOTIMPL;
}
static const TypeMethod<&memoryview_type> mv_methods[] = {
  {"tobytes", mv_tobytes, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

void bytearray_types_init() {
  type_init(&bytearray_type, "bytearray", &object_type, TF_BASETYPE);
  bytearray_type.make_new = ba_make_new;
  bytearray_type.getbuffer = ba_getbuf;
  bytearray_type.print = ba_print;
  bytearray_type.unop = ba_unop;
  bytearray_type.binop = ba_binop;
  bytearray_type.subscr = ba_subscr;
  bytearray_type.iter = ba_iter;
  bytearray_type.instance_size = sizeof(ByteArray);
  type_add_methods(&bytearray_type, ba_methods);
  type_init(&ba_iter_type, "iterator", &object_type, 0);
  ba_iter_type.next = ba_iter_next;
  ba_iter_type.iter = [](Val s) { return s; };
  type_init(&memoryview_type, "memoryview", &object_type, 0);
  memoryview_type.make_new = mv_make_new;
  memoryview_type.getbuffer = mv_getbuf;
  memoryview_type.unop = mv_unop;
  memoryview_type.subscr = mv_subscr;
  memoryview_type.binop = mv_binop;
  type_add_methods(&memoryview_type, mv_methods);
}

}  // namespace py
