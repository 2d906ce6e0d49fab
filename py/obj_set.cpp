// set and frozenset, on the same Map as dict (values unused).
#include "runtime.h"

namespace py {

Type set_type, frozenset_type;

static bool is_anyset(Val v) {
  return !is_small(v) && (v->type == &set_type || v->type == &frozenset_type || is_subtype(v->type, &set_type) ||
                          is_subtype(v->type, &frozenset_type));
}
static Map* smap(Val s) { return &((Set*)s)->map; }
// The map of a set about to gain keys: a set keeps its keys' hashes (set_order replays
// CPython's table from them), which is decided before the map's first table.
static Map* smap_w(Val s) {
  Map* m = smap(s);
  if (!m->entries) m->keep_hashes = 1;
  return m;
}
static uintptr_t stored_hash(const Map* m, uint32_t i) { return m->keep_hashes ? map_stored_hash(m, i) : 0; }

Val set_new(Type* t) {
  Set* s = (Set*)alloc_obj(t, t->instance_size ? t->instance_size : sizeof(Set));
  return (Val)s;
}

int set_add(Val s, Val v) {
  uintptr_t h;
  if (!hash_of(v, &h)) return -1;
  return map_insert(smap_w(s), v, h, True_);
}

int set_contains(Val s, Val v) {
  uintptr_t h;
  if (!hash_of(v, &h)) {
    // an unhashable set can be looked up as a frozenset
    if (is_anyset(v) && exc_matches(exc_pending(), (Val)&TypeError_type)) {
      exc_take();
      return 0;
    }
    return -1;
  }
  bool err;
  MapEntry* e = map_find(smap(s), v, h, &err);
  if (err) return -1;
  return e != nullptr;
}

static bool set_update_iter(Val s, Val src) {
  if (is_anyset(src)) return map_update(smap_w(s), smap(src), True_);
  Val it = getiter(src);
  if (!it) return false;
  for (;;) {
    Val x = iternext(it);
    if (!x) return false;
    if (x == STOP) return true;
    if (set_add(s, x) < 0) return false;
  }
}

static Val set_copy_as(Val s, Type* t) {
  Val r = set_new(t);
  if (!r || !set_update_iter(r, s)) return nullptr;
  return r;
}

// Iteration order of a set. The entries are kept in insertion order, but CPython (whose
// output the tests are compared with) iterates in hash-table slot order: replay its open
// addressing (linear probes, then perturbation) over a table sized like CPython's, so
// that e.g. {3, 1, 2} prints as {1, 2, 3}.
static size_t cpython_table_size(size_t n) {
  size_t mask = 7;
  for (size_t fill = 1; fill <= n; fill++) {
    if (fill * 5 >= mask * 3) {
      size_t minused = fill > 50000 ? fill * 2 : fill * 4;
      size_t ns = 8;
      while (ns <= minused) ns <<= 1;
      mask = ns - 1;
    }
  }
  return mask + 1;
}

// Replays CPython's slot placement into `table` (size slots, a power of two) and writes the
// entry indexes in slot order to `out`; returns how many.
static uint32_t fill_order(const Map* m, int32_t* table, size_t size, uint32_t* out) {
  memset(table, 0xff, size * sizeof(int32_t));
  size_t mask = size - 1;
  for (uint32_t e = 0; e < m->n; e++) {
    if (!m->entries[e].key) continue;
    uintptr_t h = stored_hash(m, e);
    size_t perturb = h, i = h & mask;
    for (;;) {
      bool placed = false;
      for (size_t j = 0; j <= 9 && i + j <= mask; j++) {
        if (table[i + j] < 0) {
          table[i + j] = (int32_t)e;
          placed = true;
          break;
        }
      }
      if (placed) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  uint32_t k = 0;
  for (size_t i = 0; i < size; i++)
    if (table[i] >= 0) out[k++] = (uint32_t)table[i];
  return k;
}

static uint32_t* set_order(Map* m, uint32_t* count) {
  size_t n = m->used;
  *count = (uint32_t)n;
  if (n == 0) return nullptr;
  size_t size = cpython_table_size(n);
  int32_t* table = (int32_t*)gc_alloc_atomic(size * sizeof(int32_t));
  uint32_t* out = (uint32_t*)gc_alloc_atomic(n * sizeof(uint32_t));
  if (!table || !out) return nullptr;
  *count = fill_order(m, table, size, out);
  gc_free(table);
  return out;
}

// `for x in s` without an iterator object (FOR_ITER_FOR, bytecode.h), for small sets: the
// order is replayed on the C stack at each step. The position packs the set's size when the
// loop began (high bits) and the next place in the order (low byte).
constexpr uint32_t SET_FOR_MAX = 18;      // CPython's table has 32 slots up to 18 entries
constexpr uint32_t SET_FOR_SLOTS = 32;
// Replaying costs O(size) a step: beyond an 8-slot table (4 entries) an iterator object is
// faster, so bigger sets are walked in place only while the heap is locked
constexpr uint32_t SET_FOR_CHEAP = 4;

Val set_for_start(Val s) {
  uint32_t used = smap(s)->used;
  bool in_place = used <= SET_FOR_CHEAP || (used <= SET_FOR_MAX && gc_lock_depth() > 0);
  return in_place ? small((intptr_t)(used << 8)) : nullptr;
}

Val set_for_next(Val s, Val* pos) {
  Map* m = smap(s);
  uint32_t p = (uint32_t)small_val(*pos), used0 = p >> 8, i = p & 0xff;
  if (m->used != used0) return raise(&RuntimeError_type, "Set changed size during iteration");
  int32_t table[SET_FOR_SLOTS];
  uint32_t order[SET_FOR_MAX];
  uint32_t count = used0 ? fill_order(m, table, cpython_table_size(used0), order) : 0;
  if (i >= count) return STOP;
  *pos = small((intptr_t)(p + 1));
  return m->entries[order[i]].key;
}

static Val to_set(Val v) {
  if (is_anyset(v)) return v;
  Val r = set_new(&set_type);
  if (!r || !set_update_iter(r, v)) return nullptr;
  return r;
}

static void set_print(Buf* b, Val v, bool as_repr) {
  Map* m = smap(v);
  bool frozen = v->type == &frozenset_type || is_subtype(v->type, &frozenset_type);
  if (m->used == 0) {
    buf_adds(b, frozen ? "frozenset()" : "set()");
    return;
  }
  if (frozen) buf_adds(b, "frozenset(");
  buf_addc(b, '{');
  uint32_t count;
  uint32_t* order = set_order(m, &count);
  if (!order) {
    raise_no_memory();
    return;
  }
  for (uint32_t i = 0; i < count; i++) {
    if (i) buf_adds(b, ", ");
    if (!print_to(b, m->entries[order[i]].key, true)) return;
  }
  buf_addc(b, '}');
  if (frozen) buf_addc(b, ')');
}

// result = a op b for the set algebra
static Val set_algebra(int op, Val a, Val b, Type* rt) {
  Val r = set_new(rt);
  if (!r) return nullptr;
  Map* ma = smap(a);
  Map* mb = smap(b);
  if (op == OP_OR || op == OP_XOR) {
    for (uint32_t i = 0; i < ma->n; i++) {
      MapEntry* e = &ma->entries[i];
      if (!e->key) continue;
      if (op == OP_XOR) {
        int c = set_contains(b, e->key);
        if (c < 0) return nullptr;
        if (c) continue;
      }
      if (map_insert(smap_w(r), e->key, stored_hash(ma, i), True_) < 0) return nullptr;
    }
    for (uint32_t i = 0; i < mb->n; i++) {
      MapEntry* e = &mb->entries[i];
      if (!e->key) continue;
      if (op == OP_XOR) {
        int c = set_contains(a, e->key);
        if (c < 0) return nullptr;
        if (c) continue;
      }
      if (map_insert(smap_w(r), e->key, stored_hash(mb, i), True_) < 0) return nullptr;
    }
    return r;
  }
  for (uint32_t i = 0; i < ma->n; i++) {
    MapEntry* e = &ma->entries[i];
    if (!e->key) continue;
    int c = set_contains(b, e->key);
    if (c < 0) return nullptr;
    if ((op == OP_AND) == (c != 0) && map_insert(smap_w(r), e->key, stored_hash(ma, i), True_) < 0) return nullptr;
  }
  return r;
}

static int subset(Val a, Val b) {  // a <= b
  Map* ma = smap(a);
  if (ma->used > smap(b)->used) return 0;
  for (uint32_t i = 0; i < ma->n; i++) {
    if (!ma->entries[i].key) continue;
    int c = set_contains(b, ma->entries[i].key);
    if (c <= 0) return c;
  }
  return 1;
}

static Val set_binop(int op, Val a, Val b) {
  bool rev = op & OP_REVERSED;
  op &= ~OP_REVERSED;
  if (op == OP_IN) {
    int c = set_contains(a, b);
    return c < 0 ? nullptr : from_bool(c);
  }
  bool inplace = op >= OP_INPLACE;
  int base = inplace ? op - OP_INPLACE : op;
  if (!is_anyset(b)) return NOTIMPL;
  if (rev) { Val t = a; a = b; b = t; }
  Type* rt = (a->type == &frozenset_type || is_subtype(a->type, &frozenset_type)) ? &frozenset_type : &set_type;
  switch (base) {
    case OP_OR: case OP_AND: case OP_XOR: case OP_SUB: {
      Val r = set_algebra(base, a, b, rt);
      if (!r) return nullptr;
      if (inplace && rt == &set_type) {
        Map tmp = *smap(a);
        *smap(a) = *smap(r);
        *smap(r) = tmp;
        return a;
      }
      return r;
    }
    case OP_LE: { int r = subset(a, b); return r < 0 ? nullptr : from_bool(r); }
    case OP_GE: { int r = subset(b, a); return r < 0 ? nullptr : from_bool(r); }
    case OP_LT: { int r = subset(a, b); return r < 0 ? nullptr : from_bool(r && smap(a)->used < smap(b)->used); }
    case OP_GT: { int r = subset(b, a); return r < 0 ? nullptr : from_bool(r && smap(a)->used > smap(b)->used); }
    case OP_EQ: case OP_NE: {
      int r = smap(a)->used == smap(b)->used ? subset(a, b) : 0;
      if (r < 0) return nullptr;
      return from_bool(base == OP_EQ ? r : !r);
    }
  }
  return NOTIMPL;
}

static Val set_unop(int op, Val a) {
  switch (op) {
    case UN_LEN: return small(smap(a)->used);
    case UN_BOOL: return from_bool(smap(a)->used != 0);
    case UN_HASH: {
      if (a->type == &set_type || is_subtype(a->type, &set_type)) return raise(&TypeError_type, "unhashable type: 'set'");
      uintptr_t h = 0;
      Map* m = smap(a);
      for (uint32_t i = 0; i < m->n; i++)
        if (m->entries[i].key) h ^= stored_hash(m, i) * 2654435761u;
      return small((intptr_t)(h & (SMALL_MAX >> 1)));
    }
  }
  return NOTIMPL;
}

struct SetIter { Type* type; Val s; uint32_t i; uint32_t count; uint32_t* order; uint32_t used0; };
static Type set_iter_type;
static Val set_iter_next(Val self) {
  SetIter* it = (SetIter*)self;
  Map* m = smap(it->s);
  if (m->used != it->used0) {
    it->used0 = m->used;
    return raise(&RuntimeError_type, "Set changed size during iteration");
  }
  while (it->i < it->count) {
    uint32_t e = it->order[it->i++];
    if (e < m->n && m->entries[e].key) return m->entries[e].key;
  }
  return STOP;
}
static Val set_iter(Val self) {
  SetIter* it = (SetIter*)alloc_obj(&set_iter_type, sizeof(SetIter));
  if (!it) return nullptr;
  it->s = self;
  it->used0 = smap(self)->used;
  it->order = set_order(smap(self), &it->count);
  if (!it->order && it->count) return raise_no_memory();
  return (Val)it;
}

// ---- methods -----------------------------------------------------------------------------------
static Val s_add(int npos, int nkw, const Val* a) { return set_add(a[0], a[1]) < 0 ? nullptr : None; }
static Val s_discard_impl(Val s, Val v, bool must) {
  uintptr_t h;
  if (!hash_of(v, &h)) return nullptr;
  bool err;
  bool found = map_remove(smap(s), v, h, &err, nullptr);
  if (err) return nullptr;
  if (!found && must) {
    Val e = exc_new(&KeyError_type, 1, &v);
    return e ? raise_obj(e) : nullptr;
  }
  return None;
}
static Val s_remove(int npos, int nkw, const Val* a) { return s_discard_impl(a[0], a[1], true); }
static Val s_discard(int npos, int nkw, const Val* a) { return s_discard_impl(a[0], a[1], false); }
static Val s_pop(int npos, int nkw, const Val* a) {
  Map* m = smap(a[0]);
  uint32_t count;
  uint32_t* order = set_order(m, &count);
  for (uint32_t j = 0; order && j < count; j++) {
    MapEntry* e = &m->entries[order[j]];
    if (!e->key) continue;
    Val k = e->key;
    e->key = nullptr;
    e->value = nullptr;
    m->used--;
    return k;
  }
  return raise(&KeyError_type, "pop from an empty set");
}
static Val s_clear(int npos, int nkw, const Val* a) {
  map_clear(smap(a[0]));
  return None;
}
static Val s_copy(int npos, int nkw, const Val* a) { return set_copy_as(a[0], a[0]->type == &frozenset_type ? &frozenset_type : &set_type); }
static Val s_update(int npos, int nkw, const Val* a) {
  for (int i = 1; i < npos; i++)
    if (!set_update_iter(a[0], a[i])) return nullptr;
  return None;
}
static Val multi_op(int npos, const Val* a, int op, bool inplace) {
  Val cur = a[0];
  Type* rt = (cur->type == &frozenset_type) ? &frozenset_type : &set_type;
  for (int i = 1; i < npos; i++) {
    Val other = to_set(a[i]);
    if (!other) return nullptr;
    cur = set_algebra(op, cur, other, rt);
    if (!cur) return nullptr;
  }
  if (npos == 1 && !inplace) cur = set_copy_as(cur, rt);
  if (inplace) {
    if (cur != a[0]) *smap(a[0]) = *smap(cur);
    return None;
  }
  return cur;
}
static Val s_union(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_OR, false); }
static Val s_intersection(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_AND, false); }
static Val s_difference(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_SUB, false); }
static Val s_symdiff(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_XOR, false); }
static Val s_intersection_update(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_AND, true); }
static Val s_difference_update(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_SUB, true); }
static Val s_symdiff_update(int npos, int nkw, const Val* a) { return multi_op(npos, a, OP_XOR, true); }
static Val s_issubset(int npos, int nkw, const Val* a) {
  Val o = to_set(a[1]);
  if (!o) return nullptr;
  int r = subset(a[0], o);
  return r < 0 ? nullptr : from_bool(r);
}
static Val s_issuperset(int npos, int nkw, const Val* a) {
  Val o = to_set(a[1]);
  if (!o) return nullptr;
  int r = subset(o, a[0]);
  return r < 0 ? nullptr : from_bool(r);
}
static Val s_isdisjoint(int npos, int nkw, const Val* a) {
  Val o = to_set(a[1]);
  if (!o) return nullptr;
  Val r = set_algebra(OP_AND, a[0], o, &set_type);
  return r ? from_bool(smap(r)->used == 0) : nullptr;
}

static const TypeMethod<&set_type> set_methods[] = {
  {"add", s_add, 2, 2, 0}, {"remove", s_remove, 2, 2, 0}, {"discard", s_discard, 2, 2, 0},
  {"pop", s_pop, 1, 1, 0}, {"clear", s_clear, 1, 1, 0}, {"copy", s_copy, 1, 1, 0},
  {"update", s_update, 1, -1, 0}, {"union", s_union, 1, -1, 0}, {"intersection", s_intersection, 1, -1, 0},
  {"difference", s_difference, 1, -1, 0}, {"symmetric_difference", s_symdiff, 2, 2, 0},
  {"intersection_update", s_intersection_update, 1, -1, 0}, {"difference_update", s_difference_update, 1, -1, 0},
  {"symmetric_difference_update", s_symdiff_update, 2, 2, 0}, {"issubset", s_issubset, 2, 2, 0},
  {"issuperset", s_issuperset, 2, 2, 0}, {"isdisjoint", s_isdisjoint, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
static const TypeMethod<&frozenset_type> frozenset_methods[] = {
  {"copy", s_copy, 1, 1, 0}, {"union", s_union, 1, -1, 0}, {"intersection", s_intersection, 1, -1, 0},
  {"difference", s_difference, 1, -1, 0}, {"symmetric_difference", s_symdiff, 2, 2, 0},
  {"issubset", s_issubset, 2, 2, 0}, {"issuperset", s_issuperset, 2, 2, 0}, {"isdisjoint", s_isdisjoint, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val set_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("set", npos, 0, 1)) return nullptr;
  Val s = (t == &set_type || t == &frozenset_type) ? set_new(t) : instance_new(t);
  if (!s) return nullptr;
  if (npos == 1 && !set_update_iter(s, args[0])) return nullptr;
  return s;
}

void set_types_init() {
  type_init(&set_type, "set", &object_type, TF_BASETYPE);
  type_init(&frozenset_type, "frozenset", &object_type, TF_BASETYPE);
  Type* ts2[] = {&set_type, &frozenset_type};
  for (Type* t : ts2) {
    t->print = set_print;
    t->binop = set_binop;
    t->unop = set_unop;
    t->iter = set_iter;
    t->make_new = set_make_new;
    t->instance_size = sizeof(Set);
  }
  type_add_methods(&set_type, set_methods);
  type_add_methods(&frozenset_type, frozenset_methods);
  type_init(&set_iter_type, "iterator", &object_type, 0);
  set_iter_type.next = set_iter_next;
  set_iter_type.iter = [](Val s) { return s; };
}

}  // namespace py
