// The insertion-ordered hash map (Map) and the dict type built on it.
#include "runtime.h"

namespace py {

Type dict_type, dict_view_type, dict_iter_type;

// ---- Map ------------------------------------------------------------------------------------
static uint32_t g_map_version;
uint32_t map_new_version() { return ++g_map_version ? g_map_version : ++g_map_version; }

bool map_entry_hash(Map* m, uint32_t i, uintptr_t* out) {
  if (m->keep_hashes) {
    *out = map_stored_hash(m, i);
    return true;
  }
  return hash_of(m->entries[i].key, out);
}

static void store_hash(uint8_t* area, bool whole, uint32_t i, uintptr_t hash) {
  if (whole) ((uintptr_t*)area)[i] = hash;
  else ((uint32_t*)area)[i] = (uint32_t)hash;
}

// Whether entry i of a linear map holds `key` (whose hash is `hash`): identity, then, as with
// stored hashes, __eq__ only for a key of the same hash. 1 yes, 0 no, -1 error.
static int linear_key_is(Map* m, uint32_t i, Val key, uintptr_t hash) {
  Val k = m->entries[i].key;
  if (k == key) return 1;
  if (!k || (is_small(k) && is_small(key))) return 0;
  uintptr_t kh;
  if (!map_entry_hash(m, i, &kh)) return -1;
  if (kh != hash) return 0;
  return equal(k, key);
}

constexpr uint32_t MAP_MAX_CAP = (uint32_t)1 << 29;

static uint32_t pow2_at_least(uint32_t n) {
  uint32_t c = MAP_LINEAR_MAX * 2;
  while (c < n) c *= 2;
  return c;
}

// The index of an indexed map: 2*cap slots, each an entry number or -1 (empty), in 8 bits
// while cap <= 128, 16 while cap <= 32768, else 32.
static size_t index_width(uint32_t cap) { return cap <= 128 ? 1 : cap <= 32768 ? 2 : 4; }

static inline int32_t index_get(const uint8_t* index, uint32_t cap, uint32_t j) {
  size_t width = index_width(cap);
  if (width == 1) return ((const int8_t*)index)[j];
  if (width == 2) return ((const int16_t*)index)[j];
  return ((const int32_t*)index)[j];
}

static void index_put(uint8_t* index, uint32_t cap, uintptr_t hash, uint32_t i) {
  uint32_t mask = 2 * cap - 1;
  uint32_t j = (uint32_t)hash & mask;
  while (index_get(index, cap, j) >= 0) j = (j + 1) & mask;
  size_t width = index_width(cap);
  if (width == 1) ((int8_t*)index)[j] = (int8_t)i;
  else if (width == 2) ((int16_t*)index)[j] = (int16_t)i;
  else ((int32_t*)index)[j] = (int32_t)i;
}

static size_t table_bytes(uint32_t cap, bool keep_hashes) {
  size_t b = cap * sizeof(MapEntry);
  if (keep_hashes) b += cap * sizeof(uintptr_t);
  else if (cap > MAP_LINEAR_MAX) b += cap * sizeof(uint32_t);
  if (cap > MAP_LINEAR_MAX) b += 2 * cap * index_width(cap);
  return b;
}

// Compacts the live entries into a fresh table of at least `want` entries. A linear map
// growing into an indexed one has its keys hashed here; a __hash__ that changes the map
// meanwhile gets a RuntimeError. 0 ok, -1 error.
static int map_rebuild(Map* m, uint32_t want) {
  if (want > MAP_MAX_CAP) {  // Map::cap has 30 bits
    raise_no_memory();
    return -1;
  }
  uint32_t cap = want <= MAP_LINEAR_MAX ? want : pow2_at_least(want);
  bool hashed = m->keep_hashes || cap > MAP_LINEAR_MAX;
  MapEntry* ne = (MapEntry*)gc_alloc(table_bytes(cap, m->keep_hashes));
  if (!ne) {
    raise_no_memory();
    return -1;
  }
  bool whole = m->keep_hashes;
  uint8_t* nh = (uint8_t*)(ne + cap);
  MapEntry* old = m->entries;
  uint32_t old_n = m->n, k = 0;
  for (uint32_t i = 0; i < old_n; i++) {
    if (!old[i].key) continue;
    if (hashed) {
      uintptr_t h;
      if (map_hashed(m)) h = map_stored_hash(m, i);
      else if (!hash_of(old[i].key, &h)) return -1;
      if (m->entries != old || m->n != old_n) {
        raise(&RuntimeError_type, "dictionary changed size during iteration");
        return -1;
      }
      store_hash(nh, whole, k, h);
    }
    ne[k++] = old[i];
  }
  if (cap > MAP_LINEAR_MAX) {
    uint8_t* index = nh + cap * (whole ? sizeof(uintptr_t) : sizeof(uint32_t));
    memset(index, 0xff, 2 * cap * index_width(cap));
    for (uint32_t i = 0; i < k; i++)
      index_put(index, cap, whole ? ((uintptr_t*)nh)[i] : ((uint32_t*)nh)[i], i);
  }
  gc_free(old);
  m->entries = ne;
  m->cap = cap;
  m->n = k;
  m->used = k;
  m->version = map_new_version();
  return 0;
}

// The search of an indexed map, for its index slot type: the table's shape is read once, a
// probe is one load from the index and one from the entries.
template <typename Slot>
static MapEntry* probe(Map* m, Val key, uintptr_t hash, bool* error) {
  MapEntry* entries = m->entries;
  uint32_t mask = 2 * m->cap - 1;
  const Slot* index = (const Slot*)map_index(m);
  const uint8_t* hashes = map_hash_area(m);
  bool whole = m->keep_hashes;
  for (uint32_t j = (uint32_t)hash & mask;; j = (j + 1) & mask) {
    int32_t ix = index[j];
    if (ix < 0) return nullptr;
    MapEntry* e = &entries[ix];
    if (e->key == key) return e;
    if (!e->key) continue;
    if (whole ? ((const uintptr_t*)hashes)[ix] != hash : ((const uint32_t*)hashes)[ix] != (uint32_t)hash) continue;
    int r = equal(e->key, key);
    if (r < 0) {
      *error = true;
      return nullptr;
    }
    // __eq__ may have changed the map: then search it again
    if (m->entries != entries) return map_find(m, key, hash, error);
    if (r) return e;
  }
}

MapEntry* map_find(Map* m, Val key, uintptr_t hash, bool* error) {
  *error = false;
  if (!map_indexed(m)) {
    if (!m->other_keys && !is_small(key) && key->type == &str_type && ((Str*)key)->interned) {
      for (uint32_t i = 0; i < m->n; i++)
        if (m->entries[i].key == key) return &m->entries[i];
      return nullptr;
    }
    // m->n and m->entries are read again after each comparison: __eq__ may change the map
    for (uint32_t i = 0; i < m->n; i++) {
      Val k = m->entries[i].key;
      if (k == key) return &m->entries[i];
      if (!k || (is_small(k) && is_small(key))) continue;  // the common misses, inline
      int r = linear_key_is(m, i, key, hash);
      if (r < 0) {
        *error = true;
        return nullptr;
      }
      if (r && i < m->n) return &m->entries[i];
    }
    return nullptr;
  }
  size_t width = index_width(m->cap);
  if (width == 1) return probe<int8_t>(m, key, hash, error);
  if (width == 2) return probe<int16_t>(m, key, hash, error);
  return probe<int32_t>(m, key, hash, error);
}

int map_insert(Map* m, Val key, uintptr_t hash, Val v) {
  bool err;
  MapEntry* e = map_find(m, key, hash, &err);
  if (err) return -1;
  if (e) {
    e->value = v;
    return 0;
  }
  if (m->n == m->cap) {
    uint32_t nc = m->used * 2 >= m->cap ? m->cap * 2 : m->cap;
    if (nc < 4) nc = 4;
    if (map_rebuild(m, nc) < 0) return -1;
  }
  uint32_t i = m->n++;
  m->entries[i].key = key;
  if (is_small(key) || key->type != &str_type || !((Str*)key)->interned) m->other_keys = 1;
  m->entries[i].value = v;
  m->used++;
  m->version = map_new_version();
  if (map_hashed(m)) store_hash(map_hash_area(m), m->keep_hashes, i, hash);
  if (map_indexed(m)) index_put(map_index(m), m->cap, hash, i);
  return 0;
}

bool map_remove(Map* m, Val key, uintptr_t hash, bool* error, Val* old) {
  MapEntry* e = map_find(m, key, hash, error);
  if (!e) return false;
  if (old) *old = e->value;
  e->key = nullptr;
  e->value = nullptr;
  m->used--;
  if (m->used == 0 && !map_indexed(m)) m->n = 0;
  m->version = map_new_version();
  return true;
}

bool map_update(Map* dst, Map* src, Val value) {
  if (!dst->entries && src->used == src->n && src->used) {
    // into an empty map: the table copied whole (a set's with its hashes), no key hashed again
    size_t bytes = table_bytes(src->cap, src->keep_hashes);
    MapEntry* t = (MapEntry*)gc_alloc(bytes);
    if (!t) {
      raise_no_memory();
      return false;
    }
    memcpy(t, src->entries, bytes);
    *dst = *src;
    dst->entries = t;
    dst->version = map_new_version();
    if (value)
      for (uint32_t i = 0; i < dst->n; i++) t[i].value = value;
    return true;
  }
  for (uint32_t i = 0; i < src->n; i++) {
    Val k = src->entries[i].key;
    if (!k) continue;
    uintptr_t h;
    if (!map_entry_hash(src, i, &h)) return false;
    if (map_insert(dst, k, h, value ? value : src->entries[i].value) < 0) return false;
  }
  return true;
}

void map_clear(Map* m) {
  gc_free(m->entries);
  uint32_t keep = m->keep_hashes;
  memset(m, 0, sizeof *m);
  m->keep_hashes = keep;
  m->version = map_new_version();
}

// ---- dict API ---------------------------------------------------------------------------------
Val dict_new(size_t hint) {
  Dict* d = (Dict*)alloc_obj(&dict_type, sizeof(Dict));
  if (!d) return nullptr;
  // sized for exactly `hint` keys (a literal, a copy, a class namespace): small dicts are many
  if (hint && map_rebuild(&d->map, (uint32_t)hint) < 0) return nullptr;
  return (Val)d;
}

static Map* map_of(Val d) { return &((Dict*)d)->map; }

Val dict_lookup(Val d, Val key, bool* found) {
  uintptr_t h;
  *found = false;
  if (!hash_of(key, &h)) {
    *found = true;
    return nullptr;
  }
  bool err;
  MapEntry* e = map_find(map_of(d), key, h, &err);
  if (err) {
    *found = true;
    return nullptr;
  }
  if (!e) return nullptr;
  *found = true;
  return e->value;
}

Val dict_get(Val d, Val key) {
  bool found;
  return dict_lookup(d, key, &found);
}

// Whether the key k of an entry is the str `key` (hash h), where k is not `key` itself.
static bool other_str_is(Val k, Val key, uint32_t h, bool key_interned) {
  // two different interned strings are never equal
  return k && !is_small(k) && k->type == &str_type && !(key_interned && ((Str*)k)->interned) &&
         str_hash(k) == h && str_eq(k, key);
}

Val dict_get_str(Val d, Val key) {
  Map* m = map_of(d);
  uint32_t h = str_hash(key);
  bool key_interned = ((Str*)key)->interned;
  if (!map_indexed(m)) {
    if (key_interned && !m->other_keys) {
      for (uint32_t i = 0; i < m->n; i++)
        if (m->entries[i].key == key) return m->entries[i].value;
      return nullptr;
    }
    for (uint32_t i = 0; i < m->n; i++) {
      MapEntry* e = &m->entries[i];
      if (e->key == key || other_str_is(e->key, key, h, key_interned)) return e->value;
    }
    return nullptr;
  }
  uint32_t mask = 2 * m->cap - 1;
  for (uint32_t j = h & mask;; j = (j + 1) & mask) {
    int32_t ix = index_get(map_index(m), m->cap, j);
    if (ix < 0) return nullptr;
    MapEntry* e = &m->entries[ix];
    if (e->key == key) return e->value;
    if ((uint32_t)map_stored_hash(m, ix) == h && other_str_is(e->key, key, h, key_interned)) return e->value;
  }
}

int dict_set(Val d, Val key, Val v) {
  uintptr_t h;
  if (!hash_of(key, &h)) return -1;
  return map_insert(map_of(d), key, h, v);
}

int dict_del(Val d, Val key) {
  uintptr_t h;
  if (!hash_of(key, &h)) return -1;
  bool err;
  bool found = map_remove(map_of(d), key, h, &err, nullptr);
  if (err) return -1;
  return found ? 0 : 1;
}

// ---- slots --------------------------------------------------------------------------------------
static void dict_print(Buf* b, Val v, bool as_repr) {
  Map* m = map_of(v);
  if (!print_enter(v)) {
    buf_adds(b, "{...}");
    return;
  }
  buf_addc(b, '{');
  bool first = true;
  for (uint32_t i = 0; i < m->n; i++) {
    MapEntry* e = &m->entries[i];
    if (!e->key) continue;
    if (!first) buf_adds(b, ", ");
    first = false;
    if (!print_to(b, e->key, true)) break;
    buf_adds(b, ": ");
    if (!print_to(b, e->value, true)) break;
  }
  print_leave();
  buf_addc(b, '}');
}

static Val key_error(Val key) {
  Val e = exc_new(&KeyError_type, 1, &key);
  if (!e) return nullptr;
  return raise_obj(e);
}

static Val dict_subscr(Val self, Val key, Val v) {
  if (!v) {
    bool found;
    Val r = dict_lookup(self, key, &found);
    if (r || found) return r;
    if (self->type != &dict_type) {
      Val miss = type_lookup(self->type, Q(__missing__));
      if (miss) return call2(miss, self, key);
    }
    return key_error(key);
  }
  if (v == DELETE_VAL) {
    int r = dict_del(self, key);
    if (r < 0) return nullptr;
    if (r == 1) return key_error(key);
    return None;
  }
  return dict_set(self, key, v) < 0 ? nullptr : None;
}

static bool is_dict(Val v) { return !is_small(v) && (v->type == &dict_type || is_subtype(v->type, &dict_type)); }

static Val dict_copy_val(Val src) {
  Val d = dict_new(0);
  if (!d || !map_update(map_of(d), map_of(src), nullptr)) return nullptr;
  return d;
}

static bool dict_update_from(Val self, Val src);

static Val dict_binop(int op, Val a, Val b) {
  op &= ~OP_REVERSED;
  switch (op) {
    case OP_IN: {
      bool found;
      Val r = dict_lookup(a, b, &found);
      if (!r && found) return nullptr;
      return from_bool(found);
    }
    case OP_EQ: case OP_NE: {
      if (!is_dict(b)) return NOTIMPL;
      Map* ma = map_of(a);
      Map* mb = map_of(b);
      bool eq = ma->used == mb->used;
      for (uint32_t i = 0; eq && i < ma->n; i++) {
        MapEntry* e = &ma->entries[i];
        if (!e->key) continue;
        bool found;
        Val v = dict_lookup(b, e->key, &found);
        if (!v && found) return nullptr;
        if (!v) { eq = false; break; }
        int r = equal(e->value, v);
        if (r < 0) return nullptr;
        if (!r) eq = false;
      }
      return from_bool(op == OP_EQ ? eq : !eq);
    }
    case OP_OR: {
      if (!is_dict(b)) return NOTIMPL;
      Val d = dict_copy_val(a);
      if (!d || !dict_update_from(d, b)) return nullptr;
      return d;
    }
    case OP_INPLACE + OP_OR:
      if (!dict_update_from(a, b)) return nullptr;
      return a;
  }
  return NOTIMPL;
}

static Val dict_unop(int op, Val a) {
  switch (op) {
    case UN_LEN: return small(map_of(a)->used);
    case UN_BOOL: return from_bool(map_of(a)->used != 0);
    case UN_HASH: return raise(&TypeError_type, "unhashable type: '%s'", type_cname(a));
  }
  return NOTIMPL;
}

// iteration over keys / values / items
struct DictIter { Type* type; Val d; uint32_t i; uint8_t kind; uint32_t used0; };
static Val dict_iter_next(Val self) {
  DictIter* it = (DictIter*)self;
  Map* m = map_of(it->d);
  if (m->used != it->used0 && it->kind != 3) {
    it->used0 = m->used;
    return raise(&RuntimeError_type, "dictionary changed size during iteration");
  }
  while (it->i < m->n && !m->entries[it->i].key) it->i++;
  if (it->i >= m->n) return STOP;
  MapEntry* e = &m->entries[it->i++];
  switch (it->kind) {
    case 1: return e->value;
    case 2: {
      Val t = tuple_new(2);
      if (!t) return nullptr;
      tuple_items(t)[0] = e->key;
      tuple_items(t)[1] = e->value;
      return t;
    }
    default: return e->key;
  }
}
// `for k in d` without an iterator object (FOR_ITER_FOR, bytecode.h): the loop's position,
// a small int, packs the next entry index (low half) and the dict's size when the loop
// began (high half), for dict iteration's size check. nullptr: too big to pack (the loop
// then takes an iterator object).
constexpr int FOR_POS_BITS = (int)(sizeof(intptr_t) * 8 - 2) / 2;
constexpr uintptr_t FOR_POS_MASK = ((uintptr_t)1 << FOR_POS_BITS) - 1;

Val dict_for_start(Val d) {
  Map* m = map_of(d);
  if (m->n > FOR_POS_MASK || m->used > FOR_POS_MASK) return nullptr;
  return small((intptr_t)((uintptr_t)m->used << FOR_POS_BITS));
}

Val dict_for_next(Val d, Val* pos) {
  Map* m = map_of(d);
  uintptr_t p = (uintptr_t)small_val(*pos);
  uint32_t i = (uint32_t)(p & FOR_POS_MASK), used0 = (uint32_t)(p >> FOR_POS_BITS);
  if (m->used != used0) return raise(&RuntimeError_type, "dictionary changed size during iteration");
  while (i < m->n && !m->entries[i].key) i++;
  if (i >= m->n) return STOP;
  *pos = small((intptr_t)(((uintptr_t)used0 << FOR_POS_BITS) | (i + 1)));
  return m->entries[i].key;
}

static Val dict_iter_kind(Val d, int kind) {
  DictIter* it = (DictIter*)alloc_obj(&dict_iter_type, sizeof(DictIter));
  if (!it) return nullptr;
  it->d = d;
  it->kind = (uint8_t)kind;
  it->used0 = map_of(d)->used;
  return (Val)it;
}
static Val dict_iter(Val self) { return dict_iter_kind(self, 0); }

// views
struct DictView { Type* type; Val d; int kind; };
static Val view_new(Val d, int kind) {
  DictView* v = (DictView*)alloc_obj(&dict_view_type, sizeof(DictView));
  if (!v) return nullptr;
  v->d = d;
  v->kind = kind;
  return (Val)v;
}
static Val view_iter(Val self) { return dict_iter_kind(((DictView*)self)->d, ((DictView*)self)->kind); }
static Val view_unop(int op, Val self) {
  if (op == UN_LEN) return small(map_of(((DictView*)self)->d)->used);
  if (op == UN_BOOL) return from_bool(map_of(((DictView*)self)->d)->used != 0);
  // Keys and items views compare like sets, so (as in CPython) they are unhashable;
  // a values view keeps the default identity hash.
  int kind = ((DictView*)self)->kind;
  if (op == UN_HASH && kind != 1)
    return raise(&TypeError_type, "unhashable type: '%s'", kind == 0 ? "dict_keys" : "dict_items");
  return NOTIMPL;
}
static void view_print(Buf* b, Val self, bool as_repr) {
  DictView* v = (DictView*)self;
  static const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  buf_adds(b, names[v->kind]);
  buf_adds(b, "([");
  Val it = view_iter(self);
  if (!it) return;
  bool first = true;
  for (;;) {
    Val x = iternext(it);
    if (!x || x == STOP) break;
    if (!first) buf_adds(b, ", ");
    first = false;
    if (!print_to(b, x, true)) return;
  }
  buf_adds(b, "])");
}
static Val view_binop(int op, Val a, Val b) {
  DictView* v = (DictView*)a;
  int o = op & ~OP_REVERSED;
  if (o == OP_IN) {
    if (v->kind == 0) return dict_binop(OP_IN, v->d, b);
    Val it = view_iter(a);
    if (!it) return nullptr;
    for (;;) {
      Val x = iternext(it);
      if (!x) return nullptr;
      if (x == STOP) return False_;
      int e = equal(x, b);
      if (e < 0) return nullptr;
      if (e) return True_;
    }
  }
  if (v->kind != 1 && (o == OP_AND || o == OP_OR || o == OP_SUB || o == OP_XOR || o == OP_EQ || o == OP_NE)) {
    Val s1 = call1((Val)&set_type, a);
    if (!s1) return nullptr;
    Val s2 = b;
    if (!is_small(b) && b->type == &dict_view_type) {
      s2 = call1((Val)&set_type, b);
      if (!s2) return nullptr;
    }
    if (op & OP_REVERSED) return binop(o, s2, s1);
    return binop(o, s1, s2);
  }
  return NOTIMPL;
}

// ---- methods --------------------------------------------------------------------------------
static Val d_keys(int npos, int nkw, const Val* a) { return view_new(a[0], 0); }
static Val d_values(int npos, int nkw, const Val* a) { return view_new(a[0], 1); }
static Val d_items(int npos, int nkw, const Val* a) { return view_new(a[0], 2); }
static Val d_get(int npos, int nkw, const Val* a) {
  bool found;
  Val r = dict_lookup(a[0], a[1], &found);
  if (!r && found) return nullptr;
  return r ? r : (npos > 2 ? a[2] : None);
}
static Val d_pop(int npos, int nkw, const Val* a) {
  uintptr_t h;
  if (!hash_of(a[1], &h)) return nullptr;
  bool err;
  Val old;
  if (map_remove(map_of(a[0]), a[1], h, &err, &old)) return old;
  if (err) return nullptr;
  if (npos > 2) return a[2];
  return key_error(a[1]);
}
static Val d_popitem(int npos, int nkw, const Val* a) {
  Map* m = map_of(a[0]);
  for (uint32_t i = m->n; i-- > 0;) {
    MapEntry* e = &m->entries[i];
    if (!e->key) continue;
    Val t = tuple_new(2);
    if (!t) return nullptr;
    tuple_items(t)[0] = e->key;
    tuple_items(t)[1] = e->value;
    e->key = nullptr;
    e->value = nullptr;
    m->used--;
    if (!map_indexed(m)) m->n = i;
    m->version = map_new_version();
    return t;
  }
  return raise(&KeyError_type, "popitem(): dictionary is empty");
}
static Val d_setdefault(int npos, int nkw, const Val* a) {
  bool found;
  Val r = dict_lookup(a[0], a[1], &found);
  if (r) return r;
  if (found) return nullptr;
  Val v = npos > 2 ? a[2] : None;
  return dict_set(a[0], a[1], v) < 0 ? nullptr : v;
}

static bool dict_update_from(Val self, Val src) {
  if (is_dict(src)) return map_update(map_of(self), map_of(src), nullptr);
  Val keys = getattr_opt(src, Q(keys));
  if (keys) {
    Val ks = call0(keys);
    if (!ks) return false;
    Val it = getiter(ks);
    if (!it) return false;
    for (;;) {
      Val k = iternext(it);
      if (!k) return false;
      if (k == STOP) return true;
      Val v = subscr(src, k);
      if (!v || dict_set(self, k, v) < 0) return false;
    }
  }
  if (exc_pending()) return false;
  Val it = getiter(src);
  if (!it) return false;
  for (;;) {
    Val x = iternext(it);
    if (!x) return false;
    if (x == STOP) return true;
    Val kv[2];
    if (!unpack_sequence(x, 2, kv)) {
      exc_take();
      raise(&ValueError_type, "dictionary update sequence element has wrong length");
      return false;
    }
    if (dict_set(self, kv[0], kv[1]) < 0) return false;
  }
}

static Val d_update(int npos, int nkw, const Val* a) {
  if (!arg_count("update", npos, 1, 2)) return nullptr;
  if (npos > 1 && !dict_update_from(a[0], a[1])) return nullptr;
  for (int i = 0; i < nkw; i++)
    if (dict_set(a[0], a[npos + 2 * i], a[npos + 2 * i + 1]) < 0) return nullptr;
  return None;
}
static Val d_clear(int npos, int nkw, const Val* a) {
  map_clear(map_of(a[0]));
  return None;
}
static Val d_copy(int npos, int nkw, const Val* a) { return dict_copy_val(a[0]); }
static Val d_fromkeys(int npos, int nkw, const Val* a) {
  if (!arg_count("fromkeys", npos, 2, 3)) return nullptr;
  Val d = call0(a[0]);
  if (!d) return nullptr;
  Val it = getiter(a[1]);
  if (!it) return nullptr;
  Val v = npos > 2 ? a[2] : None;
  for (;;) {
    Val k = iternext(it);
    if (!k) return nullptr;
    if (k == STOP) return d;
    if (store_subscr(d, k, v) < 0) return nullptr;
  }
}

static const TypeMethod<&dict_type> dict_methods[] = {
  {"__init__", d_update, 1, 2, NF_KW},
  {"keys", d_keys, 1, 1, 0}, {"values", d_values, 1, 1, 0}, {"items", d_items, 1, 1, 0},
  {"get", d_get, 2, 3, 0}, {"pop", d_pop, 2, 3, 0}, {"popitem", d_popitem, 1, 1, 0},
  {"setdefault", d_setdefault, 2, 3, 0}, {"update", d_update, 1, 2, NF_KW}, {"clear", d_clear, 1, 1, 0},
  {"copy", d_copy, 1, 1, 0}, {"fromkeys", d_fromkeys, 2, 3, NF_CLASSMETHOD},
  {nullptr, nullptr, 0, 0, 0},
};

static Val dict_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("dict", npos, 0, 1)) return nullptr;
  Val d = t == &dict_type ? dict_new(0) : instance_new(t);
  if (!d) return nullptr;
  if (npos == 1 && !dict_update_from(d, args[0])) return nullptr;
  for (int i = 0; i < nkw; i++)
    if (dict_set(d, args[npos + 2 * i], args[npos + 2 * i + 1]) < 0) return nullptr;
  return d;
}

void dict_types_init() {
  type_init(&dict_type, "dict", &object_type, TF_BASETYPE);
  dict_type.print = dict_print;
  dict_type.binop = dict_binop;
  dict_type.unop = dict_unop;
  dict_type.subscr = dict_subscr;
  dict_type.iter = dict_iter;
  dict_type.make_new = dict_make_new;
  dict_type.instance_size = sizeof(Dict);
  type_add_methods(&dict_type, dict_methods);
  type_init(&dict_iter_type, "iterator", &object_type, 0);
  dict_iter_type.next = dict_iter_next;
  dict_iter_type.iter = [](Val s) { return s; };
  type_init(&dict_view_type, "dict_view", &object_type, 0);
  dict_view_type.iter = view_iter;
  dict_view_type.unop = view_unop;
  dict_view_type.print = view_print;
  dict_view_type.binop = view_binop;
}

}  // namespace py
