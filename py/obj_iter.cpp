// range, slice and the built-in iterator types (enumerate, zip, map, filter, reversed).
#include "runtime.h"

namespace py {

Type range_type, range_iter_type, slice_type, enumerate_type, zip_type, map_type, filter_type, reversed_type,
    iterator_type;

static Val self_iter(Val s) { return s; }

// ---- range -------------------------------------------------------------------------------
Val range_new(intptr_t a, intptr_t b, intptr_t c) {
  Range* r = (Range*)alloc_obj(&range_type, sizeof(Range));
  if (!r) return nullptr;
  r->start = a;
  r->stop = b;
  r->step = c;
  return (Val)r;
}

static intptr_t range_len(Range* r) {
  if (r->step > 0) return r->start < r->stop ? (r->stop - r->start + r->step - 1) / r->step : 0;
  return r->start > r->stop ? (r->start - r->stop - r->step - 1) / (-r->step) : 0;
}

static Val range_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("range", npos, 1, 3)) return nullptr;
  intptr_t v[3] = {0, 0, 1};
  bool ok;
  for (int i = 0; i < npos; i++) {
    if (!is_int(args[i])) {
      Val x = get_index(args[i]);
      if (!x) {
        exc_take();
        return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", type_cname(args[i]));
      }
      v[i] = int_as_ssize(x, &ok);
    } else v[i] = int_as_ssize(args[i], &ok);
    if (!ok) return nullptr;
  }
  if (npos == 1) { v[1] = v[0]; v[0] = 0; }
  if (v[2] == 0) return raise(&ValueError_type, "range() arg 3 must not be zero");
  return range_new(v[0], v[1], v[2]);
}

static Val range_iter(Val self) {
  Range* r = (Range*)self;
  Range* it = (Range*)alloc_obj(&range_iter_type, sizeof(Range));
  if (!it) return nullptr;
  it->start = r->start;
  it->stop = r->stop;
  it->step = r->step;
  return (Val)it;
}
static Val range_iter_next(Val self) {
  Range* r = (Range*)self;
  if ((r->step > 0 && r->start < r->stop) || (r->step < 0 && r->start > r->stop)) {
    Val v = int_from(r->start);
    r->start += r->step;
    return v;
  }
  return STOP;
}

static void range_print(Buf* b, Val v, bool as_repr) {
  Range* r = (Range*)v;
  if (r->step == 1) buf_printf(b, "range(%ld, %ld)", (long)r->start, (long)r->stop);
  else buf_printf(b, "range(%ld, %ld, %ld)", (long)r->start, (long)r->stop, (long)r->step);
}

static Val range_unop(int op, Val self) {
  Range* r = (Range*)self;
  if (op == UN_LEN) return small(range_len(r));
  if (op == UN_BOOL) return from_bool(range_len(r) != 0);
  if (op == UN_HASH) return small((r->start * 31 + r->stop) * 31 + r->step);
  return NOTIMPL;
}

static Val range_binop(int op, Val a, Val b) {
  Range* r = (Range*)a;
  if (op == OP_IN) {
    if (!is_int(b)) {
      double d;
      if (!to_double(b, &d) || d != (intptr_t)d) return False_;
      b = int_from((intptr_t)d);
    }
    bool ok;
    intptr_t x = int_as_ssize(b, &ok);
    if (!ok) { exc_take(); return False_; }
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return False_;
    return from_bool((x - r->start) % r->step == 0);
  }
  if (op == OP_EQ || op == OP_NE) {
    if (is_small(b) || b->type != &range_type) return NOTIMPL;
    Range* s = (Range*)b;
    intptr_t la = range_len(r), lb = range_len(s);
    bool eq = la == lb && (la == 0 || (r->start == s->start && (la == 1 || r->step == s->step)));
    return from_bool(op == OP_EQ ? eq : !eq);
  }
  return NOTIMPL;
}

static Val range_subscr(Val self, Val idx, Val v) {
  if (v) return raise(&TypeError_type, "'range' object doesn't support item assignment");
  Range* r = (Range*)self;
  intptr_t len = range_len(r);
  if (!is_small(idx) && idx->type == &slice_type) {
    intptr_t start, stop, step, count;
    if (!slice_indices(idx, len, &start, &stop, &step, &count)) return nullptr;
    // Like CPython, the new stop is the clamped slice stop mapped through this range,
    // not start + count * step (range(4)[1::2] is range(1, 4, 2), not range(1, 5, 2)).
    (void)count;
    return range_new(r->start + start * r->step, r->start + stop * r->step, r->step * step);
  }
  size_t i;
  if (!seq_index(idx, len, &i, "range")) return nullptr;
  return int_from(r->start + (intptr_t)i * r->step);
}

static Val range_start(Val s) { return int_from(((Range*)s)->start); }
static Val range_stop(Val s) { return int_from(((Range*)s)->stop); }
static Val range_step(Val s) { return int_from(((Range*)s)->step); }
static Val range_index(int npos, int nkw, const Val* a) {
  Val in = range_binop(OP_IN, a[0], a[1]);
  if (!in) return nullptr;
  if (in == False_) return raise(&ValueError_type, "value not in range");
  Range* r = (Range*)a[0];
  bool ok;
  intptr_t x = int_as_ssize(a[1], &ok);
  return small((x - r->start) / r->step);
}
static Val range_count(int npos, int nkw, const Val* a) {
  Val in = range_binop(OP_IN, a[0], a[1]);
  if (!in) return nullptr;
  return small(in == True_ ? 1 : 0);
}
static const TypeMethod<&range_type> range_methods[] = {
  {"index", range_index, 2, 2, 0}, {"count", range_count, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- slice ---------------------------------------------------------------------------------
Val slice_new(Val a, Val b, Val c) {
  Slice* s = (Slice*)alloc_obj(&slice_type, sizeof(Slice));
  if (!s) return nullptr;
  s->start = a;
  s->stop = b;
  s->step = c;
  return (Val)s;
}

static bool slice_part(Val v, intptr_t* out) {
  if (v == None) return false;
  Val i = get_index(v);
  if (!i) return false;
  if (is_small(i)) {
    *out = small_val(i);
    return true;
  }
  int s = int_sign(i);
  *out = s < 0 ? INTPTR_MIN / 2 : INTPTR_MAX / 2;
  return true;
}

bool slice_indices(Val sv, intptr_t len, intptr_t* start, intptr_t* stop, intptr_t* step, intptr_t* count) {
  Slice* s = (Slice*)sv;
  intptr_t st = 1;
  if (s->step != None) {
    if (!slice_part(s->step, &st)) {
      if (!exc_pending()) raise(&TypeError_type, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (st == 0) {
      raise(&ValueError_type, "slice step cannot be zero");
      return false;
    }
  }
  intptr_t a = 0, b = 0;
  bool has_a = s->start != None, has_b = s->stop != None;
  if (has_a && !slice_part(s->start, &a)) {
    if (!exc_pending()) raise(&TypeError_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (has_b && !slice_part(s->stop, &b)) {
    if (!exc_pending()) raise(&TypeError_type, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (st > 0) {
    if (!has_a) a = 0;
    else if (a < 0) { a += len; if (a < 0) a = 0; }
    else if (a > len) a = len;
    if (!has_b) b = len;
    else if (b < 0) { b += len; if (b < 0) b = 0; }
    else if (b > len) b = len;
    *count = b > a ? (b - a + st - 1) / st : 0;
  } else {
    if (!has_a) a = len - 1;
    else if (a < 0) { a += len; if (a < 0) a = -1; }
    else if (a >= len) a = len - 1;
    if (!has_b) b = -1;
    else if (b < 0) { b += len; if (b < 0) b = -1; }
    else if (b >= len) b = len - 1;
    *count = a > b ? (a - b - st - 1) / (-st) : 0;
  }
  *start = a;
  *stop = b;
  *step = st;
  return true;
}

static void slice_print(Buf* b, Val v, bool as_repr) {
  Slice* s = (Slice*)v;
  buf_adds(b, "slice(");
  print_to(b, s->start, true);
  buf_adds(b, ", ");
  print_to(b, s->stop, true);
  buf_adds(b, ", ");
  print_to(b, s->step, true);
  buf_addc(b, ')');
}
static Val slice_start(Val s) { return ((Slice*)s)->start; }
static Val slice_stop(Val s) { return ((Slice*)s)->stop; }
static Val slice_step(Val s) { return ((Slice*)s)->step; }
static Val slice_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("slice", npos, 1, 3)) return nullptr;
  if (npos == 1) return slice_new(None, args[0], None);
  return slice_new(args[0], args[1], npos > 2 ? args[2] : None);
}
static Val slice_indices_m(int npos, int nkw, const Val* a) {
  bool ok;
  intptr_t len = int_as_ssize(a[1], &ok);
  if (!ok) return nullptr;
  intptr_t s, e, st, c;
  if (!slice_indices(a[0], len, &s, &e, &st, &c)) return nullptr;
  Val t = tuple_new(3);
  if (!t) return nullptr;
  tuple_items(t)[0] = int_from(s);
  tuple_items(t)[1] = int_from(e);
  tuple_items(t)[2] = int_from(st);
  return t;
}
static Val slice_binop(int op, Val a, Val b) {
  if ((op == OP_EQ || op == OP_NE) && !is_small(b) && b->type == &slice_type) {
    Slice* x = (Slice*)a;
    Slice* y = (Slice*)b;
    int e1 = equal(x->start, y->start), e2 = equal(x->stop, y->stop), e3 = equal(x->step, y->step);
    if (e1 < 0 || e2 < 0 || e3 < 0) return nullptr;
    bool eq = e1 && e2 && e3;
    return from_bool(op == OP_EQ ? eq : !eq);
  }
  return NOTIMPL;
}
static const TypeMethod<&slice_type> slice_methods[] = {
  {"indices", slice_indices_m, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- enumerate / zip / map / filter / reversed -------------------------------------------
struct Enumerate { Type* type; Val it; Val i; };
static Val enumerate_make_new(Type* t, int npos, int nkw, const Val* args) {
  // Both parameters may also be given by keyword: enumerate(iterable=..., start=...).
  Val iterable = npos > 0 ? args[0] : kw_arg(npos, nkw, args, Q(iterable));
  if (!iterable) {
    arg_count("enumerate", npos, 1, 2);  // raises the missing-argument error
    return nullptr;
  }
  if (!arg_count("enumerate", npos, 0, 2)) return nullptr;
  Val start = npos > 1 ? args[1] : kw_arg(npos, nkw, args, Q(start));
  Enumerate* e = (Enumerate*)alloc_obj(&enumerate_type, sizeof(Enumerate));
  if (!e) return nullptr;
  e->it = getiter(iterable);
  if (!e->it) return nullptr;
  e->i = start ? start : small(0);
  if (!is_int(e->i)) return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", type_cname(e->i));
  return (Val)e;
}
static Val enumerate_next(Val self) {
  Enumerate* e = (Enumerate*)self;
  Val x = iternext(e->it);
  if (!x || x == STOP) return x;
  Val t = tuple_new(2);
  if (!t) return nullptr;
  tuple_items(t)[0] = e->i;
  tuple_items(t)[1] = x;
  e->i = is_small(e->i) && small_val(e->i) < SMALL_MAX ? small(small_val(e->i) + 1) : binop(OP_ADD, e->i, small(1));
  if (!e->i) return nullptr;
  return t;
}

struct Zip { Type* type; Val its; bool strict; };
static Val zip_make_new(Type* t, int npos, int nkw, const Val* args) {
  Zip* z = (Zip*)alloc_obj(&zip_type, sizeof(Zip));
  if (!z) return nullptr;
  z->its = tuple_new(npos);
  if (!z->its) return nullptr;
  for (int i = 0; i < npos; i++) {
    Val it = getiter(args[i]);
    if (!it) return nullptr;
    tuple_items(z->its)[i] = it;
  }
  Val s = kw_arg(npos, nkw, args, str_intern_cstr("strict"));
  z->strict = s && truthy(s) > 0;
  return (Val)z;
}
static Val zip_next(Val self) {
  Zip* z = (Zip*)self;
  size_t n = tuple_len(z->its);
  if (n == 0) return STOP;
  Val t = tuple_new(n);
  if (!t) return nullptr;
  for (size_t i = 0; i < n; i++) {
    Val x = iternext(tuple_items(z->its)[i]);
    if (!x) return nullptr;
    if (x == STOP) {
      if (z->strict) {
        if (i > 0) return raise(&ValueError_type, "zip() argument %d is shorter than argument 1", (int)i + 1);
        for (size_t j = 1; j < n; j++) {
          Val y = iternext(tuple_items(z->its)[j]);
          if (!y) return nullptr;
          if (y != STOP) return raise(&ValueError_type, "zip() argument %d is longer than argument 1", (int)j + 1);
        }
      }
      return STOP;
    }
    tuple_items(t)[i] = x;
  }
  return t;
}

struct Map_ { Type* type; Val f; Val its; };
static Val map_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("map", npos, 2, -1)) return nullptr;
  Map_* m = (Map_*)alloc_obj(&map_type, sizeof(Map_));
  if (!m) return nullptr;
  m->f = args[0];
  m->its = tuple_new(npos - 1);
  if (!m->its) return nullptr;
  for (int i = 1; i < npos; i++) {
    Val it = getiter(args[i]);
    if (!it) return nullptr;
    tuple_items(m->its)[i - 1] = it;
  }
  return (Val)m;
}
static Val map_next(Val self) {
  Map_* m = (Map_*)self;
  size_t n = tuple_len(m->its);
  Val local[8];
  Val* args = n <= 8 ? local : (Val*)gc_alloc(n * sizeof(Val));
  if (!args) return raise_no_memory();
  for (size_t i = 0; i < n; i++) {
    Val x = iternext(tuple_items(m->its)[i]);
    if (!x || x == STOP) return x;
    args[i] = x;
  }
  return call(m->f, (int)n, 0, args);
}

struct Filter { Type* type; Val f; Val it; };
static Val filter_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("filter", npos, 2, 2)) return nullptr;
  Filter* f = (Filter*)alloc_obj(&filter_type, sizeof(Filter));
  if (!f) return nullptr;
  f->f = args[0];
  f->it = getiter(args[1]);
  if (!f->it) return nullptr;
  return (Val)f;
}
static Val filter_next(Val self) {
  Filter* f = (Filter*)self;
  for (;;) {
    Val x = iternext(f->it);
    if (!x || x == STOP) return x;
    Val r = f->f == None ? x : call1(f->f, x);
    if (!r) return nullptr;
    int t = truthy(r);
    if (t < 0) return nullptr;
    if (t) return x;
  }
}

struct Reversed { Type* type; Val seq; intptr_t i; };
static Val reversed_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("reversed", npos, 1, 1)) return nullptr;
  Val s = args[0];
  Val rm = (type_of(s)->flags & TF_USER) ? getattr_opt(s, Q(__reversed__)) : nullptr;
  if (rm) return call0(rm);
  if (exc_pending()) return nullptr;
  if (!is_small(s) && (s->type == &dict_type || s->type == &dict_view_type)) {
    Val l = list_from_iter(s);
    if (!l) return nullptr;
    s = l;
  }
  if (!type_of(s)->subscr) return raise(&TypeError_type, "'%s' object isn't reversible", type_cname(s));
  intptr_t n = len_int(s);
  if (n < 0) return nullptr;
  Reversed* r = (Reversed*)alloc_obj(&reversed_type, sizeof(Reversed));
  if (!r) return nullptr;
  r->seq = s;
  r->i = n;
  return (Val)r;
}
static Val reversed_next(Val self) {
  Reversed* r = (Reversed*)self;
  if (r->i <= 0) return STOP;
  r->i--;
  if (!is_small(r->seq) && r->seq->type == &list_type) {
    List* l = (List*)r->seq;
    if ((size_t)r->i >= l->len) return STOP;
    return l->items[r->i];
  }
  return subscr(r->seq, small(r->i));
}

static const GetSetDef range_getsets[] = {
  {"start", range_start, nullptr},
  {"stop", range_stop, nullptr},
  {"step", range_step, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef slice_getsets[] = {
  {"start", slice_start, nullptr},
  {"stop", slice_stop, nullptr},
  {"step", slice_step, nullptr},
  {nullptr, nullptr, nullptr},
};

void iter_types_init() {
  type_init(&range_type, "range", &object_type, 0);
  range_type.make_new = range_make_new;
  range_type.iter = range_iter;
  range_type.print = range_print;
  range_type.unop = range_unop;
  range_type.binop = range_binop;
  range_type.subscr = range_subscr;
  type_set_getset_table(&range_type, range_getsets);
  type_add_methods(&range_type, range_methods);
  type_init(&range_iter_type, "range_iterator", &object_type, 0);
  range_iter_type.iter = self_iter;
  range_iter_type.next = range_iter_next;
  type_init(&slice_type, "slice", &object_type, 0);
  slice_type.print = slice_print;
  slice_type.make_new = slice_make_new;
  slice_type.binop = slice_binop;
  type_set_getset_table(&slice_type, slice_getsets);
  type_add_methods(&slice_type, slice_methods);
  struct { Type* t; const char* n; NewFn mk; Fn1 nx; } its[] = {
    {&enumerate_type, "enumerate", enumerate_make_new, enumerate_next},
    {&zip_type, "zip", zip_make_new, zip_next},
    {&map_type, "map", map_make_new, map_next},
    {&filter_type, "filter", filter_make_new, filter_next},
    {&reversed_type, "reversed", reversed_make_new, reversed_next},
  };
  for (auto& d : its) {
    type_init(d.t, d.n, &object_type, 0);
    d.t->make_new = d.mk;
    d.t->iter = self_iter;
    d.t->next = d.nx;
  }
  type_init(&iterator_type, "iterator", &object_type, 0);
}

}  // namespace py
