// The intern table: one str object per distinct name, so names compare by pointer.
#include "qstr.h"

#include "runtime.h"

namespace py {

Str qstr_table[QI_COUNT] = {
#define PY_Q_DEF(n) {&str_type, 0, sizeof(#n) - 1, sizeof(#n) - 1, 1, 1, 0, {#n}},
#define PY_QS_DEF(n, s) {&str_type, 0, sizeof(s) - 1, sizeof(s) - 1, 1, 1, 0, {s}},
    PY_QSTRS(PY_Q_DEF) PY_QSTRS_SPECIAL(PY_QS_DEF)
#undef PY_Q_DEF
#undef PY_QS_DEF
};

namespace {
struct InternTable {
  Val* slots;
  size_t cap, used;
} itab;

bool intern_grow() {
  size_t nc = itab.cap ? itab.cap * 2 : 512;
  Val* ns = (Val*)gc_alloc(nc * sizeof(Val));
  if (!ns) return false;
  for (size_t i = 0; i < itab.cap; i++) {
    Val s = itab.slots[i];
    if (!s) continue;
    size_t j = str_hash(s) & (nc - 1);
    while (ns[j]) j = (j + 1) & (nc - 1);
    ns[j] = s;
  }
  gc_free(itab.slots);
  itab.slots = ns;
  itab.cap = nc;
  return true;
}

Val intern_insert_existing(Val s) {
  if ((itab.used + 1) * 2 > itab.cap && !intern_grow()) return nullptr;
  size_t j = str_hash(s) & (itab.cap - 1);
  while (itab.slots[j]) {
    if (str_eq(itab.slots[j], s)) return itab.slots[j];
    j = (j + 1) & (itab.cap - 1);
  }
  itab.slots[j] = s;
  itab.used++;
  ((Str*)s)->interned = 1;
  return s;
}
}  // namespace

void qstr_init() {
  itab.slots = nullptr;
  itab.cap = itab.used = 0;
  gc_register_root(&itab, sizeof itab);
  for (int i = 0; i < QI_COUNT; i++) {
    qstr_table[i].hash = 0;
    qstr_table[i].type = &str_type;
    intern_insert_existing((Val)&qstr_table[i]);
  }
}

Val str_intern(const char* s, size_t n) {
  if (itab.cap) {
    // hash the bytes the same way str_hash does
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    if (!h) h = 1;
    size_t j = h & (itab.cap - 1);
    while (itab.slots[j]) {
      Str* x = (Str*)itab.slots[j];
      if (x->len == n && memcmp(str_data((Val)x), s, n) == 0) return itab.slots[j];
      j = (j + 1) & (itab.cap - 1);
    }
  }
  Val v = str_new(s, n);
  if (!v) return nullptr;
  Val r = intern_insert_existing(v);
  if (!r) return raise_no_memory();
  return r;
}

Val str_intern_cstr(const char* s) { return str_intern(s, strlen(s)); }

Val str_intern_val(Val s) {
  if (((Str*)s)->interned) return s;
  if (s->type != &str_type) return str_intern(str_data(s), str_len(s));
  return str_intern(str_data(s), str_len(s));
}

}  // namespace py
