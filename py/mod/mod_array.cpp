// The array module: compact arrays of C numbers (typecodes b B h H i I l L q Q f d).
#include "modules.h"

namespace py {

Type array_type;  // obj.h: for-loops walk integer arrays in place (vm.cpp)

namespace {
struct Array {
  Type* type;
  char code;
  uint8_t itemsize;
  size_t len, cap;
  uint8_t* data;
};
struct ArrayIter { Type* type; Val arr; size_t i; };
Type array_iter_type;

int code_size(char c) {
  switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
  }
  return 0;
}

Val get_item(const Array* a, size_t i) {
  const uint8_t* p = a->data + i * a->itemsize;
  switch (a->code) {
    case 'b': return small(*(const int8_t*)p);
    case 'B': return small(*p);
    case 'h': { int16_t v; memcpy(&v, p, 2); return small(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return small(v); }
    case 'i': case 'l': { int32_t v; memcpy(&v, p, 4); return int_from_i64(v); }
    case 'I': case 'L': { uint32_t v; memcpy(&v, p, 4); return int_from_u64(v); }
    case 'q': { int64_t v; memcpy(&v, p, 8); return int_from_i64(v); }
    case 'Q': { uint64_t v; memcpy(&v, p, 8); return int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return float_new(v); }
    case 'd': { double v; memcpy(&v, p, 8); return float_new(v); }
  }
  return None;
}

bool set_item(Array* a, size_t i, Val v) {
  uint8_t* p = a->data + i * a->itemsize;
  if (a->code == 'f' || a->code == 'd') {
    double d;
    if (!arg_double(v, &d)) return false;
    if (a->code == 'f') {
      float f = (float)d;
      memcpy(p, &f, 4);
    } else memcpy(p, &d, 8);
    return true;
  }
  if (!is_int(v)) {
    raise(&TypeError_type, "can't convert %s to int", type_cname(v));
    return false;
  }
  int64_t x;
  if (!int_to_i64(v, &x)) {
    // unsigned 64-bit values above INT64_MAX
    Val lo = int_binop(OP_AND, v, int_from_u64(UINT64_MAX));
    Val hi = lo ? int_binop(OP_RSHIFT, lo, small(1)) : nullptr;
    int64_t h;
    if (!hi || !int_to_i64(hi, &h)) {
      if (!exc_pending()) raise(&OverflowError_type, "value too large");
      return false;
    }
    int64_t bit = int_sign(int_binop(OP_AND, lo, small(1)));
    x = (int64_t)(((uint64_t)h << 1) | (uint64_t)bit);
  }
  // MicroPython truncates to the item width (no range check)
  memcpy(p, &x, a->itemsize);  // little-endian hosts and Cortex-M
  return true;
}

bool reserve(Array* a, size_t n) {
  if (n <= a->cap) return true;
  size_t cap = a->cap ? a->cap * 2 : 4;
  while (cap < n) cap *= 2;
  uint8_t* d = (uint8_t*)gc_realloc(a->data, cap * a->itemsize);
  if (!d) {
    raise_no_memory();
    return false;
  }
  a->data = d;
  a->cap = cap;
  return true;
}

Array* array_alloc(char code, size_t n) {
  Array* a = (Array*)alloc_obj(&array_type, sizeof(Array));
  if (!a) return nullptr;
  a->code = code;
  a->itemsize = (uint8_t)code_size(code);
  if (!reserve(a, n ? n : 1)) return nullptr;
  return a;
}

bool append(Array* a, Val v) {
  if (!reserve(a, a->len + 1)) return false;
  if (!set_item(a, a->len, v)) return false;
  a->len++;
  return true;
}

// Appends src's items: an array of the same typecode or a buffer's bytes are copied raw;
// an array of another typecode is taken item by item when `convert` (the constructor),
// else refused (extend, +, +=).
bool extend(Array* a, Val src, bool convert = false) {
  bool other_code = !is_small(src) && src->type == &array_type && ((Array*)src)->code != a->code;
  if (other_code && !convert) {
    raise(&TypeError_type, "array typecodes differ");
    return false;
  }
  if (!is_small(src) && src->type == &array_type && !other_code) {
    Array* s = (Array*)src;
    if (!reserve(a, a->len + s->len)) return false;
    memmove(a->data + a->len * a->itemsize, s->data, s->len * s->itemsize);
    a->len += s->len;
    return true;
  }
  Buffer b;
  Type* t = type_of(src);
  if (!other_code && !is_small(src) && t != &str_type && t->getbuffer && t->getbuffer(src, &b, false)) {
    size_t n = b.len / a->itemsize;
    if (!reserve(a, a->len + n)) return false;
    if (n) memcpy(a->data + a->len * a->itemsize, b.data, n * a->itemsize);
    a->len += n;
    return true;
  }
  Val it = getiter(src);
  if (!it) return false;
  for (;;) {
    Val v = iternext(it);
    if (!v) return false;
    if (v == STOP) return true;
    if (!append(a, v)) return false;
  }
}

Val array_make(Type*, int npos, int, const Val* args) {
  if (npos < 1 || npos > 2) return raise_type_error_args("array", 2, npos);
  Val c = args[0];
  if (!is_str(c) || str_len(c) != 1 || !code_size(str_data(c)[0]))
    return raise(&ValueError_type, "bad typecode");
  Array* a = array_alloc(str_data(c)[0], 0);
  if (!a) return nullptr;
  if (npos == 2 && !extend(a, args[1], true)) return nullptr;
  return (Val)a;
}

void array_print(Buf* b, Val self, bool) {
  Array* a = (Array*)self;
  buf_printf(b, "array('%c'", a->code);
  if (a->len) {
    buf_adds(b, ", [");
    for (size_t i = 0; i < a->len; i++) {
      if (i) buf_adds(b, ", ");
      Val v = get_item(a, i);
      if (!v || !print_to(b, v, true)) return;
    }
    buf_addc(b, ']');
  }
  buf_addc(b, ')');
}

Val array_subscr(Val self, Val idx, Val v) {
  Array* a = (Array*)self;
  if (!is_small(idx) && idx->type == &slice_type) {
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, (intptr_t)a->len, &start, &stop, &step, &count)) return nullptr;
    if (!v) {
      Array* r = array_alloc(a->code, (size_t)count);
      if (!r) return nullptr;
      for (intptr_t i = 0; i < count; i++)
        memcpy(r->data + i * a->itemsize, a->data + (start + i * step) * a->itemsize, a->itemsize);
      r->len = (size_t)count;
      return (Val)r;
    }
    if (step != 1) return raise(&NotImplementedError_type, "extended slice assignment");
    Array* src = array_alloc(a->code, 0);
    if (!src || (v != DELETE_VAL && !extend(src, v))) return nullptr;
    size_t newlen = a->len - (size_t)count + src->len;
    if (!reserve(a, newlen)) return nullptr;
    size_t is = a->itemsize;
    memmove(a->data + (start + src->len) * is, a->data + (start + count) * is, (a->len - start - count) * is);
    memcpy(a->data + start * is, src->data, src->len * is);
    a->len = newlen;
    return None;
  }
  size_t i;
  if (!seq_index(idx, a->len, &i, "array")) return nullptr;
  if (!v) return get_item(a, i);
  if (v == DELETE_VAL) {
    memmove(a->data + i * a->itemsize, a->data + (i + 1) * a->itemsize, (a->len - i - 1) * a->itemsize);
    a->len--;
    return None;
  }
  return set_item(a, i, v) ? None : nullptr;
}

Val array_unop(int op, Val self) {
  Array* a = (Array*)self;
  if (op == UN_LEN) return small((intptr_t)a->len);
  if (op == UN_BOOL) return from_bool(a->len != 0);
  if (op == UN_HASH) return raise(&TypeError_type, "unhashable type: 'array'");
  return NOTIMPL;
}

Val array_binop(int op, Val self, Val other) {
  Array* a = (Array*)self;
  int o = op & ~OP_REVERSED;
  if (op & OP_REVERSED) return NOTIMPL;
  if (o == OP_INPLACE + OP_ADD) return extend(a, other) ? self : nullptr;
  if (o == OP_ADD) {
    if (is_small(other) || other->type != &array_type) return NOTIMPL;
    Array* r = array_alloc(a->code, a->len);
    if (!r || !extend(r, self) || !extend(r, other)) return nullptr;
    return (Val)r;
  }
  if (o == OP_MUL || o == OP_INPLACE + OP_MUL) {
    if (!is_int(other)) return NOTIMPL;
    intptr_t times;
    if (!arg_int(other, &times)) return nullptr;
    if (times < 0) times = 0;
    if (times && a->len > (SIZE_MAX / 2) / a->itemsize / (size_t)times) return raise_no_memory();
    Array* r = o == OP_MUL ? array_alloc(a->code, a->len * (size_t)times) : a;
    if (!r) return nullptr;
    size_t bytes = a->len * a->itemsize;
    size_t total = bytes * (size_t)times;
    if (!reserve(r, a->len * (size_t)times)) return nullptr;
    // r may be a itself: repeat the first copy forwards
    for (size_t off = (r == a ? bytes : 0); off < total; off += bytes) memmove(r->data + off, a->data, bytes);
    r->len = a->len * (size_t)times;
    return (Val)r;
  }
  if (o == OP_EQ || o == OP_NE) {
    if (is_small(other) || other->type != &array_type) return o == OP_NE ? True_ : False_;
    Array* b = (Array*)other;
    bool eq = a->len == b->len;
    for (size_t i = 0; eq && i < a->len; i++) {
      int e = equal(get_item(a, i), get_item(b, i));
      if (e < 0) return nullptr;
      eq = e == 1;
    }
    return from_bool(o == OP_EQ ? eq : !eq);
  }
  if (o == OP_IN) {  // other in self... reversed order: self is the container
    return NOTIMPL;
  }
  return NOTIMPL;
}

bool array_getbuf(Val self, Buffer* out, bool) {
  Array* a = (Array*)self;
  out->data = a->data;
  out->len = a->len * a->itemsize;
  out->writable = true;
  out->typecode = a->code;
  return true;
}

Val array_iter(Val self) {
  ArrayIter* it = (ArrayIter*)alloc_obj(&array_iter_type, sizeof(ArrayIter));
  if (!it) return nullptr;
  it->arr = self;
  return (Val)it;
}
Val array_iter_next(Val self) {
  ArrayIter* it = (ArrayIter*)self;
  Array* a = (Array*)it->arr;
  if (it->i >= a->len) return STOP;
  return get_item(a, it->i++);
}

Val m_append(int, int, const Val* a) { return append((Array*)a[0], a[1]) ? None : nullptr; }
Val m_extend(int, int, const Val* a) { return extend((Array*)a[0], a[1]) ? None : nullptr; }
Val m_decode(int, int, const Val* a) {
  Array* arr = (Array*)a[0];
  return str_new((const char*)arr->data, arr->len * arr->itemsize);
}
Val m_contains(int, int, const Val* a) {
  Array* arr = (Array*)a[0];
  for (size_t i = 0; i < arr->len; i++) {
    int e = equal(get_item(arr, i), a[1]);
    if (e < 0) return nullptr;
    if (e) return True_;
  }
  return False_;
}

const TypeMethod<&array_type> array_methods[] = {
  {"append", m_append, 2, 2, 0}, {"extend", m_extend, 2, 2, 0}, {"decode", m_decode, 1, 2, 0},
  {"__contains__", m_contains, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

// `for x in a` without an iterator object (FOR_ITER_FOR, bytecode.h) for integer arrays,
// whose items are small ints (float items would be allocated anyway)
Val array_for_start(Val v) {
  char c = ((Array*)v)->code;
  return c == 'f' || c == 'd' ? nullptr : small(0);
}

Val array_for_next(Val v, Val* pos) {
  const Array* a = (const Array*)v;
  size_t i = (size_t)small_val(*pos);
  if (i >= a->len) return STOP;
  *pos = small((intptr_t)i + 1);
  return get_item(a, i);
}

Val array_module() {
  if (!array_type.base.type) {
    type_init(&array_type, "array", &object_type, 0);
    type_add_methods(&array_type, array_methods);
    array_type.make_new = array_make;
    array_type.print = array_print;
    array_type.subscr = array_subscr;
    array_type.unop = array_unop;
    array_type.binop = array_binop;
    array_type.getbuffer = array_getbuf;
    array_type.iter = array_iter;
    type_init(&array_iter_type, "iterator", &object_type, 0);
    array_iter_type.next = array_iter_next;
    array_iter_type.iter = [](Val s) { return s; };
  }
  Val m = module_new(str_intern_cstr("array"));
  if (!m) return nullptr;
  module_add(m, "array", (Val)&array_type);
  return m;
}

}  // namespace py
