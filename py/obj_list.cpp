// list and tuple.
#include "runtime.h"

namespace py {

Type list_type, tuple_type, list_iter_type;
Tuple empty_tuple = {&tuple_type, 0, {nullptr}};

// ---- tuple ----------------------------------------------------------------------------------
Val tuple_new(size_t n) {
  if (n == 0) return (Val)&empty_tuple;
  if (n > ((size_t)1 << 28)) return raise_no_memory();
  Tuple* t = (Tuple*)alloc_obj(&tuple_type, sizeof(Tuple) + (n - 1) * sizeof(Val));
  if (!t) return nullptr;
  t->len = n;
  return (Val)t;
}

Val tuple_from(size_t n, const Val* items) {
  Val t = tuple_new(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; i++) tuple_items(t)[i] = items[i];
  return t;
}

// ---- list -------------------------------------------------------------------------------------
// The items of a list with no capacity: an empty list allocates nothing until its first
// item (most stay small; a pointer that is never written keeps memcpy/memmove well-defined).
static Val no_items[1];

Val list_new(size_t n) {
  List* l = (List*)alloc_obj(&list_type, sizeof(List));
  if (!l) return nullptr;
  l->items = no_items;
  if (n) {
    l->items = (Val*)gc_alloc(n * sizeof(Val));
    if (!l->items) return raise_no_memory();
  }
  for (size_t i = 0; i < n; i++) l->items[i] = None;
  l->len = n;
  l->cap = n;
  return (Val)l;
}

Val list_from(size_t n, const Val* items) {
  Val l = list_new(n);
  if (!l) return nullptr;
  for (size_t i = 0; i < n; i++) ((List*)l)->items[i] = items[i];
  return l;
}

static bool list_grow(List* l, size_t need) {
  if (need <= l->cap) return true;
  size_t nc = l->cap + l->cap / 2 + 4;  // 1.5x: less memory held in spare capacity
  if (nc < need) nc = need;
  if (nc < 4) nc = 4;
  Val* p = (Val*)(l->cap ? gc_realloc(l->items, nc * sizeof(Val)) : gc_alloc(nc * sizeof(Val)));
  if (!p) {
    raise_no_memory();
    return false;
  }
  l->items = p;
  l->cap = nc;
  return true;
}

int list_append(Val lv, Val v) {
  List* l = (List*)lv;
  if (l->len == l->cap && !list_grow(l, l->len + 1)) return -1;
  l->items[l->len++] = v;
  return 0;
}

static bool list_extend_iter(Val lv, Val src) {
  if (!is_small(src) && (src->type == &list_type || src->type == &tuple_type)) {
    size_t n = src->type == &list_type ? ((List*)src)->len : tuple_len(src);
    Val* items = src->type == &list_type ? ((List*)src)->items : tuple_items(src);
    List* l = (List*)lv;
    if (!list_grow(l, l->len + n)) return false;
    memmove(l->items + l->len, items, n * sizeof(Val));
    l->len += n;
    return true;
  }
  Val it = getiter(src);
  if (!it) return false;
  for (;;) {
    Val x = iternext(it);
    if (!x) return false;
    if (x == STOP) return true;
    if (list_append(lv, x) < 0) return false;
  }
}

Val list_from_iter(Val iterable) {
  Val l = list_new(0);
  if (!l) return nullptr;
  if (!list_extend_iter(l, iterable)) return nullptr;
  return l;
}

static bool is_list(Val v) { return !is_small(v) && (v->type == &list_type || is_subtype(v->type, &list_type)); }
static bool is_tuple(Val v) { return !is_small(v) && (v->type == &tuple_type || is_subtype(v->type, &tuple_type)); }

static void seq_parts(Val v, size_t* n, Val** items) {
  if (is_tuple(v)) {
    *n = tuple_len(v);
    *items = tuple_items(v);
  } else {
    *n = ((List*)v)->len;
    *items = ((List*)v)->items;
  }
}

// ---- printing --------------------------------------------------------------------------------
static void seq_print(Buf* b, Val v, bool as_repr) {
  size_t n;
  Val* items;
  seq_parts(v, &n, &items);
  bool tuple = is_tuple(v);
  if (!print_enter(v)) {
    buf_adds(b, tuple ? "(...)" : "[...]");
    return;
  }
  buf_addc(b, tuple ? '(' : '[');
  for (size_t i = 0; i < n; i++) {
    if (i) buf_adds(b, ", ");
    if (!print_to(b, items[i], true)) break;
    seq_parts(v, &n, &items);  // the list may have changed
  }
  print_leave();
  if (tuple && n == 1) buf_addc(b, ',');
  buf_addc(b, tuple ? ')' : ']');
}

// ---- comparisons ------------------------------------------------------------------------------
static Val seq_compare_impl(int op, Val a, Val b);

// nested containers count against the recursion limit like calls do
static Val seq_compare(int op, Val a, Val b) {
  if (!check_stack()) return nullptr;
  if (ts.depth >= ts.max_depth) return raise(&RuntimeError_type, "maximum recursion depth exceeded");
  ts.depth++;
  Val r = seq_compare_impl(op, a, b);
  ts.depth--;
  return r;
}

static Val seq_compare_impl(int op, Val a, Val b) {
  size_t na, nb;
  Val *ia, *ib;
  seq_parts(a, &na, &ia);
  seq_parts(b, &nb, &ib);
  if ((op == OP_EQ || op == OP_NE) && na != nb) return from_bool(op == OP_NE);
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    int e = equal(ia[i], ib[i]);
    if (e < 0) return nullptr;
    if (!e) break;
    seq_parts(a, &na, &ia);
    seq_parts(b, &nb, &ib);
  }
  if (i >= na || i >= nb) {
    bool r;
    switch (op) {
      case OP_EQ: r = na == nb; break;
      case OP_NE: r = na != nb; break;
      case OP_LT: r = na < nb; break;
      case OP_LE: r = na <= nb; break;
      case OP_GT: r = na > nb; break;
      default: r = na >= nb; break;
    }
    return from_bool(r);
  }
  if (op == OP_EQ) return False_;
  if (op == OP_NE) return True_;
  return binop(op, ia[i], ib[i]);
}

static Val seq_repeat(Val self, Val nv) {
  if (!is_int(nv)) return NOTIMPL;
  bool ok;
  intptr_t n = int_as_ssize(nv, &ok);
  if (!ok) return nullptr;
  size_t len;
  Val* items;
  seq_parts(self, &len, &items);
  if (n < 0) n = 0;
  if (len && (size_t)n > ((size_t)1 << 28) / len) return raise_no_memory();
  size_t total = len * n;
  Val r = is_tuple(self) ? tuple_new(total) : list_new(total);
  if (!r) return nullptr;
  Val* out = is_tuple(self) ? tuple_items(r) : ((List*)r)->items;
  seq_parts(self, &len, &items);
  for (intptr_t k = 0; k < n; k++) memcpy(out + k * len, items, len * sizeof(Val));
  return r;
}

static Val seq_binop(int op, Val a, Val b) {
  bool rev = op & OP_REVERSED;
  op &= ~OP_REVERSED;
  if (rev) return op == OP_MUL ? seq_repeat(a, b) : NOTIMPL;
  bool tuple = is_tuple(a);
  switch (op) {
    case OP_INPLACE + OP_ADD:
      if (tuple) return NOTIMPL;
      if (!list_extend_iter(a, b)) return nullptr;
      return a;
    case OP_INPLACE + OP_MUL: {
      if (tuple) return NOTIMPL;
      Val r = seq_repeat(a, b);
      if (!r || r == NOTIMPL) return r;
      List* l = (List*)a;
      List* x = (List*)r;
      l->items = x->items;
      l->len = x->len;
      l->cap = x->cap;
      return a;
    }
    case OP_ADD: {
      if (tuple ? !is_tuple(b) : !is_list(b)) {
        if (tuple) return NOTIMPL;
        return raise(&TypeError_type, "can only concatenate list (not \"%s\") to list", type_cname(b));
      }
      size_t na, nb;
      Val *ia, *ib;
      seq_parts(a, &na, &ia);
      seq_parts(b, &nb, &ib);
      Val r = tuple ? tuple_new(na + nb) : list_new(na + nb);
      if (!r) return nullptr;
      Val* out = tuple ? tuple_items(r) : ((List*)r)->items;
      memcpy(out, ia, na * sizeof(Val));
      memcpy(out + na, ib, nb * sizeof(Val));
      return r;
    }
    case OP_MUL: return seq_repeat(a, b);
    case OP_IN: {
      size_t n;
      Val* items;
      seq_parts(a, &n, &items);
      for (size_t i = 0; i < n; i++) {
        int e = equal(items[i], b);
        if (e < 0) return nullptr;
        if (e) return True_;
        seq_parts(a, &n, &items);
      }
      return False_;
    }
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
      if (tuple ? !is_tuple(b) : !is_list(b)) return NOTIMPL;
      return seq_compare(op, a, b);
  }
  return NOTIMPL;
}

static Val seq_unop(int op, Val a) {
  size_t n;
  Val* items;
  seq_parts(a, &n, &items);
  switch (op) {
    case UN_LEN: return small((intptr_t)n);
    case UN_BOOL: return from_bool(n != 0);
    case UN_HASH: {
      if (!is_tuple(a)) return raise(&TypeError_type, "unhashable type: '%s'", type_cname(a));
      if (!check_stack()) return nullptr;
      if (ts.depth >= ts.max_depth) return raise(&RuntimeError_type, "maximum recursion depth exceeded");
      // the xxHash-based combination CPython uses, so sets of tuples iterate alike
      const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
      uint64_t acc = P5;
      ts.depth++;
      for (size_t i = 0; i < n; i++) {
        uintptr_t x;
        if (!hash_of(items[i], &x)) {
          ts.depth--;
          return nullptr;
        }
        acc += (uint64_t)(int64_t)(intptr_t)x * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
      }
      ts.depth--;
      acc += n ^ (P5 ^ 3527539UL);
      return small((intptr_t)(acc & (uint64_t)SMALL_MAX));
    }
  }
  return NOTIMPL;
}

bool seq_index(Val idx, size_t len, size_t* out, const char* what) {
  intptr_t i;
  if (is_small(idx)) i = small_val(idx);
  else {
    if (!is_int(idx)) {
      Val v = getattr_opt(idx, Q(__index__));
      if (!v) {
        if (!exc_pending())
          raise(&TypeError_type, "%s indices must be integers, not %s", what, type_cname(idx));
        return false;
      }
      Val r = call0(v);
      if (!r) return false;
      idx = r;
    }
    bool ok;
    i = int_as_ssize(idx, &ok);
    if (!ok) {
      exc_take();
      raise(&IndexError_type, "%s index out of range", what);
      return false;
    }
  }
  if (i < 0) i += (intptr_t)len;
  if (i < 0 || (size_t)i >= len) {
    raise(&IndexError_type, "%s index out of range", what);
    return false;
  }
  *out = (size_t)i;
  return true;
}

static Val list_set_slice(List* l, Val sl, Val v) {
  intptr_t start, stop, step, count;
  if (!slice_indices(sl, l->len, &start, &stop, &step, &count)) return nullptr;
  if (v == DELETE_VAL) {
    if (step == 1) {
      memmove(l->items + start, l->items + start + count, (l->len - start - count) * sizeof(Val));
      l->len -= count;
      return None;
    }
    // delete every step-th element
    size_t w = 0;
    for (size_t r = 0; r < l->len; r++) {
      bool del = false;
      if (count > 0) {
        intptr_t off = (intptr_t)r - start;
        if (step > 0) del = off >= 0 && off % step == 0 && off / step < count;
        else del = off <= 0 && (-off) % (-step) == 0 && (-off) / (-step) < count;
      }
      if (!del) l->items[w++] = l->items[r];
    }
    l->len = w;
    return None;
  }
  Val src = list_from_iter(v);
  if (!src) return nullptr;
  List* s = (List*)src;
  if (step == 1) {
    size_t newlen = l->len - count + s->len;
    if (!list_grow(l, newlen)) return nullptr;
    memmove(l->items + start + s->len, l->items + start + count, (l->len - start - count) * sizeof(Val));
    memcpy(l->items + start, s->items, s->len * sizeof(Val));
    l->len = newlen;
    return None;
  }
  if ((intptr_t)s->len != count)
    return raise(&ValueError_type, "attempt to assign sequence of size %d to extended slice of size %d", (int)s->len, (int)count);
  for (intptr_t i = 0; i < count; i++) l->items[start + i * step] = s->items[i];
  return None;
}

static Val seq_subscr(Val self, Val idx, Val v) {
  bool tuple = is_tuple(self);
  if (!is_small(idx) && idx->type == &slice_type) {
    if (v) {
      if (tuple) return raise(&TypeError_type, "'tuple' object doesn't support item assignment");
      return list_set_slice((List*)self, idx, v);
    }
    size_t n;
    Val* items;
    seq_parts(self, &n, &items);
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, n, &start, &stop, &step, &count)) return nullptr;
    Val r = tuple ? tuple_new(count) : list_new(count);
    if (!r) return nullptr;
    seq_parts(self, &n, &items);
    Val* out = tuple ? tuple_items(r) : ((List*)r)->items;
    for (intptr_t i = 0; i < count; i++) out[i] = items[start + i * step];
    return r;
  }
  size_t n;
  Val* items;
  seq_parts(self, &n, &items);
  size_t i;
  if (!seq_index(idx, n, &i, tuple ? "tuple" : "list")) return nullptr;
  if (!v) return items[i];
  if (tuple) return raise(&TypeError_type, "'tuple' object doesn't support item assignment");
  List* l = (List*)self;
  if (v == DELETE_VAL) {
    memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Val));
    l->len--;
    return None;
  }
  l->items[i] = v;
  return None;
}

struct ListIter { Type* type; Val seq; size_t i; };
static Val list_iter_next(Val self) {
  ListIter* it = (ListIter*)self;
  size_t n;
  Val* items;
  seq_parts(it->seq, &n, &items);
  if (it->i >= n) return STOP;
  return items[it->i++];
}
static Val seq_iter(Val self) {
  ListIter* it = (ListIter*)alloc_obj(&list_iter_type, sizeof(ListIter));
  if (!it) return nullptr;
  it->seq = self;
  return (Val)it;
}

// ---- methods -------------------------------------------------------------------------------
static Val l_append(int npos, int nkw, const Val* a) { return list_append(a[0], a[1]) < 0 ? nullptr : None; }
static Val l_extend(int npos, int nkw, const Val* a) { return list_extend_iter(a[0], a[1]) ? None : nullptr; }
static Val l_insert(int npos, int nkw, const Val* a) {
  List* l = (List*)a[0];
  bool ok;
  intptr_t i = int_as_ssize(a[1], &ok);
  if (!ok) return nullptr;
  if (i < 0) i += l->len;
  if (i < 0) i = 0;
  if ((size_t)i > l->len) i = l->len;
  if (!list_grow(l, l->len + 1)) return nullptr;
  memmove(l->items + i + 1, l->items + i, (l->len - i) * sizeof(Val));
  l->items[i] = a[2];
  l->len++;
  return None;
}
static Val l_pop(int npos, int nkw, const Val* a) {
  List* l = (List*)a[0];
  if (l->len == 0) return raise(&IndexError_type, "pop from empty list");
  size_t i = l->len - 1;
  if (npos > 1 && !seq_index(a[1], l->len, &i, "list")) return nullptr;
  Val v = l->items[i];
  memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Val));
  l->len--;
  if (l->cap > 16 && l->len < l->cap / 4) {
    Val* p = (Val*)gc_realloc(l->items, (l->cap / 2) * sizeof(Val));
    if (p) { l->items = p; l->cap /= 2; }
  }
  return v;
}
static Val seq_find(Val self, Val x, int npos, const Val* a) {
  size_t n;
  Val* items;
  seq_parts(self, &n, &items);
  intptr_t start = 0, stop = (intptr_t)n;
  bool ok;
  if (npos > 2) { start = int_as_ssize(a[2], &ok); if (!ok) return nullptr; if (start < 0) start += n; if (start < 0) start = 0; }
  if (npos > 3) { stop = int_as_ssize(a[3], &ok); if (!ok) return nullptr; if (stop < 0) stop += n; if (stop > (intptr_t)n) stop = n; }
  for (intptr_t i = start; i < stop; i++) {
    seq_parts(self, &n, &items);
    if ((size_t)i >= n) break;
    int e = equal(items[i], x);
    if (e < 0) return nullptr;
    if (e) return small(i);
  }
  return small(-1);
}
static Val l_index(int npos, int nkw, const Val* a) {
  Val r = seq_find(a[0], a[1], npos, a);
  if (r == small(-1)) return raise(&ValueError_type, is_tuple(a[0]) ? "tuple.index(x): x not in tuple" : "object not in sequence");
  return r;
}
static Val l_remove(int npos, int nkw, const Val* a) {
  Val r = seq_find(a[0], a[1], 2, a);
  if (!r) return nullptr;
  if (r == small(-1)) return raise(&ValueError_type, "list.remove(x): x not in list");
  List* l = (List*)a[0];
  size_t i = small_val(r);
  memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Val));
  l->len--;
  return None;
}
static Val l_count(int npos, int nkw, const Val* a) {
  size_t n;
  Val* items;
  seq_parts(a[0], &n, &items);
  intptr_t c = 0;
  for (size_t i = 0; i < n; i++) {
    int e = equal(items[i], a[1]);
    if (e < 0) return nullptr;
    c += e;
    seq_parts(a[0], &n, &items);
  }
  return small(c);
}
static Val l_reverse(int npos, int nkw, const Val* a) {
  List* l = (List*)a[0];
  for (size_t i = 0; i < l->len / 2; i++) {
    Val t = l->items[i];
    l->items[i] = l->items[l->len - 1 - i];
    l->items[l->len - 1 - i] = t;
  }
  return None;
}
static Val l_clear(int npos, int nkw, const Val* a) {
  List* l = (List*)a[0];
  l->len = 0;
  return None;
}
static Val l_copy(int npos, int nkw, const Val* a) {
  List* l = (List*)a[0];
  return list_from(l->len, l->items);
}

// stable merge sort; cmp via "<" (or key values)
static int less_than(Val a, Val b) {
  if (is_small(a) && is_small(b)) return small_val(a) < small_val(b);
  Val r = binop(OP_LT, a, b);
  if (!r) return -1;
  if (r == True_) return 1;
  if (r == False_) return 0;
  return truthy(r);
}

static bool merge_sort(Val* keys, Val* vals, Val* tk, Val* tv, size_t n, bool reverse) {
  if (n < 2) return true;
  if (n <= 8) {
    for (size_t i = 1; i < n; i++) {
      Val k = keys[i], v = vals[i];
      size_t j = i;
      while (j > 0) {
        int lt = reverse ? less_than(keys[j - 1], k) : less_than(k, keys[j - 1]);
        if (lt < 0) return false;
        if (!lt) break;
        keys[j] = keys[j - 1];
        vals[j] = vals[j - 1];
        j--;
      }
      keys[j] = k;
      vals[j] = v;
    }
    return true;
  }
  size_t h = n / 2;
  if (!merge_sort(keys, vals, tk, tv, h, reverse) || !merge_sort(keys + h, vals + h, tk, tv, n - h, reverse)) return false;
  memcpy(tk, keys, h * sizeof(Val));
  memcpy(tv, vals, h * sizeof(Val));
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n) {
    int lt = reverse ? less_than(tk[i], keys[j]) : less_than(keys[j], tk[i]);
    if (lt < 0) return false;
    if (lt) { keys[k] = keys[j]; vals[k++] = vals[j++]; }
    else { keys[k] = tk[i]; vals[k++] = tv[i++]; }
  }
  while (i < h) { keys[k] = tk[i]; vals[k++] = tv[i++]; }
  return true;
}

Val list_sort(Val lv, Val key, bool reverse) {
  List* l = (List*)lv;
  size_t n = l->len;
  if (n < 2) return None;
  Val* keys = (Val*)gc_alloc(n * sizeof(Val));
  Val* tk = (Val*)gc_alloc(n * sizeof(Val));
  Val* tv = (Val*)gc_alloc(n * sizeof(Val));
  Val* vals = (Val*)gc_alloc(n * sizeof(Val));
  if (!keys || !tk || !tv || !vals) return raise_no_memory();
  memcpy(vals, l->items, n * sizeof(Val));
  for (size_t i = 0; i < n; i++) {
    if (key && key != None) {
      keys[i] = call1(key, vals[i]);
      if (!keys[i]) return nullptr;
    } else keys[i] = vals[i];
  }
  if (!merge_sort(keys, vals, tk, tv, n, reverse)) return nullptr;
  if (l->len != n) return raise(&ValueError_type, "list modified during sort");
  memcpy(l->items, vals, n * sizeof(Val));
  gc_free(keys);
  gc_free(tk);
  gc_free(tv);
  gc_free(vals);
  return None;
}

static Val l_sort(int npos, int nkw, const Val* a) {
  if (!arg_count("sort", npos, 1, 1)) return nullptr;
  const Val names[] = {Q(key), Q(reverse)};
  if (!check_kw_names(npos, nkw, a, names, 2)) return nullptr;
  Val key = kw_arg(npos, nkw, a, Q(key));
  Val rev = kw_arg(npos, nkw, a, Q(reverse));
  int r = rev ? truthy(rev) : 0;
  if (r < 0) return nullptr;
  return list_sort(a[0], key, r);
}

static Val l_init(int npos, int nkw, const Val* a) {
  ((List*)a[0])->len = 0;
  if (npos > 1 && !list_extend_iter(a[0], a[1])) return nullptr;
  return None;
}

static const TypeMethod<&list_type> list_methods[] = {
  {"__init__", l_init, 1, 2, 0},
  {"append", l_append, 2, 2, 0}, {"extend", l_extend, 2, 2, 0}, {"insert", l_insert, 3, 3, 0},
  {"pop", l_pop, 1, 2, 0}, {"remove", l_remove, 2, 2, 0}, {"index", l_index, 2, 4, 0},
  {"count", l_count, 2, 2, 0}, {"reverse", l_reverse, 1, 1, 0}, {"clear", l_clear, 1, 1, 0},
  {"copy", l_copy, 1, 1, 0}, {"sort", l_sort, 1, 1, NF_KW},
  {nullptr, nullptr, 0, 0, 0},
};
static const TypeMethod<&tuple_type> tuple_methods[] = {
  {"index", l_index, 2, 4, 0}, {"count", l_count, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val list_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("list", npos, 0, 1)) return nullptr;
  Val l;
  if (t == &list_type) l = list_new(0);
  else {
    l = instance_new(t);
    if (l) ((List*)l)->items = no_items;
  }
  if (!l) return nullptr;
  if (npos == 1 && !list_extend_iter(l, args[0])) return nullptr;
  return l;
}

static Val tuple_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("tuple", npos, 0, 1)) return nullptr;
  Val r;
  if (npos == 0) r = (Val)&empty_tuple;
  else if (!is_small(args[0]) && args[0]->type == &tuple_type) r = args[0];
  else {
    Val l = list_from_iter(args[0]);
    if (!l) return nullptr;
    r = tuple_from(((List*)l)->len, ((List*)l)->items);
  }
  if (!r || t == &tuple_type) return r;
  size_t n = tuple_len(r);
  Tuple* x = (Tuple*)gc_alloc(t->instance_size + n * sizeof(Val));
  if (!x) return raise_no_memory();
  x->type = t;
  x->len = n;
  memcpy(x->items, tuple_items(r), n * sizeof(Val));
  // instance_size is sizeof(Tuple), one item more than n: items[n] holds the instance dict
  x->items[n] = nullptr;
  return (Val)x;
}

void list_types_init() {
  type_init(&list_type, "list", &object_type, TF_BASETYPE);
  list_type.print = seq_print;
  list_type.binop = seq_binop;
  list_type.unop = seq_unop;
  list_type.subscr = seq_subscr;
  list_type.iter = seq_iter;
  list_type.make_new = list_make_new;
  list_type.instance_size = sizeof(List);
  type_add_methods(&list_type, list_methods);
  type_init(&tuple_type, "tuple", &object_type, TF_BASETYPE);
  tuple_type.print = seq_print;
  tuple_type.binop = seq_binop;
  tuple_type.unop = seq_unop;
  tuple_type.subscr = seq_subscr;
  tuple_type.iter = seq_iter;
  tuple_type.make_new = tuple_make_new;
  tuple_type.instance_size = sizeof(Tuple);
  type_add_methods(&tuple_type, tuple_methods);
  type_init(&list_iter_type, "iterator", &object_type, 0);
  list_iter_type.next = list_iter_next;
  list_iter_type.iter = [](Val s) { return s; };
}

}  // namespace py
