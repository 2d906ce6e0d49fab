// The intern table: one str object per distinct name, so names compare by pointer.
#include "qstr.h"

#include "mod/modules.h"
#include "runtime.h"

namespace py {

namespace {
// FNV-1a, as str_hash computes it at run time (0 is reserved for "not computed yet").
constexpr uint32_t name_hash(const char* s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h ? h : 1;
}
constexpr uint32_t name_len(const char* s) {
  uint32_t n = 0;
  while (s[n]) n++;
  return n;
}
constexpr Str rom_str(const char* s) {
  return Str{&str_type, name_hash(s), name_len(s), name_len(s), 1, 1, 0, {s}};
}
}  // namespace

// The static interned strings: complete objects (hash included) in ROM.
const Str qstr_table[QI_COUNT] = {
#define PY_Q_DEF(n) rom_str(#n),
#define PY_QS_DEF(n, s) rom_str(s),
    PY_QSTRS(PY_Q_DEF) PY_QSTRS_SPECIAL(PY_QS_DEF)
#undef PY_Q_DEF
#undef PY_QS_DEF
};

namespace {
// Open-addressing index of qstr_table by hash, built by the compiler: finding a static
// name costs one hash and a probe or two, and no RAM.
constexpr size_t ROM_INDEX = 512;  // a power of two, at least twice QI_COUNT
static_assert(ROM_INDEX >= 2 * QI_COUNT, "grow ROM_INDEX");
struct RomIndex {
  uint16_t slot[ROM_INDEX];  // qstr index + 1, 0 = empty
};
constexpr RomIndex build_rom_index() {
  RomIndex ix{};
  const char* names[] = {
#define PY_Q_NAME(n) #n,
#define PY_QS_NAME(n, s) s,
      PY_QSTRS(PY_Q_NAME) PY_QSTRS_SPECIAL(PY_QS_NAME)
#undef PY_Q_NAME
#undef PY_QS_NAME
  };
  for (size_t i = 0; i < QI_COUNT; i++) {
    size_t j = name_hash(names[i]) & (ROM_INDEX - 1);
    while (ix.slot[j]) j = (j + 1) & (ROM_INDEX - 1);
    ix.slot[j] = (uint16_t)(i + 1);
  }
  return ix;
}
constexpr RomIndex rom_index = build_rom_index();

Val rom_find(const char* s, size_t n, uint32_t h) {
  for (size_t j = h & (ROM_INDEX - 1); rom_index.slot[j]; j = (j + 1) & (ROM_INDEX - 1)) {
    const Str* x = &qstr_table[rom_index.slot[j] - 1];
    if (x->hash == h && x->len == n && memcmp(x->d.ptr, s, n) == 0) return (Val)x;
  }
  return nullptr;
}

// Strings interned at run time (names from scripts and modules): a heap table made on the
// first one.
struct InternTable {
  Val* slots;
  size_t cap, used;
} itab;

uint32_t bytes_hash(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h ? h : 1;
}

bool intern_grow() {
  size_t nc = itab.cap ? itab.cap * 2 : 64;
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

// The interned string equal to bytes s (nullptr: none yet); h is their hash.
Val intern_find(const char* s, size_t n, uint32_t h) {
  Val r = rom_find(s, n, h);
  if (!r) r = frozen_name_find(s, n, h);  // the names of frozen modules, in ROM too
  if (r || !itab.cap) return r;
  for (size_t j = h & (itab.cap - 1); itab.slots[j]; j = (j + 1) & (itab.cap - 1)) {
    Str* x = (Str*)itab.slots[j];
    if (x->len == n && memcmp(str_data((Val)x), s, n) == 0) return itab.slots[j];
  }
  return nullptr;
}

Val intern_insert(Val s) {
  if ((itab.used + 1) * 2 > itab.cap && !intern_grow()) return nullptr;
  size_t j = str_hash(s) & (itab.cap - 1);
  while (itab.slots[j]) j = (j + 1) & (itab.cap - 1);
  itab.slots[j] = s;
  itab.used++;
  ((Str*)s)->interned = 1;
  return s;
}
}  // namespace

void qstr_stats(size_t* count, size_t* text_bytes, size_t* heap_bytes) {
  *count = itab.used;
  *text_bytes = 0;
  *heap_bytes = itab.cap ? gc_block_size(itab.slots) : 0;
  for (size_t i = 0; i < itab.cap; i++) {
    Val s = itab.slots[i];
    if (!s) continue;
    *text_bytes += str_len(s);
    *heap_bytes += gc_block_size(s);
  }
}

void qstr_init() {
  itab.slots = nullptr;
  itab.cap = itab.used = 0;
  gc_register_root(&itab, sizeof itab);
}

Val str_intern(const char* s, size_t n) {
  Val found = intern_find(s, n, bytes_hash(s, n));
  if (found) return found;
  Val v = str_new_lasting(s, n);  // names live as long as the program
  if (!v) return nullptr;
  Val r = intern_insert(v);
  if (!r) return raise_no_memory();
  return r;
}

Val str_intern_cstr(const char* s) { return str_intern(s, strlen(s)); }

Val str_intern_val(Val s) {
  if (((Str*)s)->interned) return s;
  return str_intern(str_data(s), str_len(s));
}

}  // namespace py
