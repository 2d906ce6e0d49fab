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
// byte slots while the table has fewer than 255 names (half the size)
template <bool Small> struct RomSlot { using type = uint16_t; };
template <> struct RomSlot<true> { using type = uint8_t; };
using RomSlotType = RomSlot<(QI_COUNT < 255)>::type;
struct RomIndex {
  RomSlotType slot[ROM_INDEX];  // qstr index + 1, 0 = empty
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
    ix.slot[j] = (RomSlotType)(i + 1);
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

// Strings interned at run time (names from scripts and modules). They live as long as the
// program, so they are packed one after another into pool blocks (no block per name, with
// its rounding to 16 bytes); a pool starts with a pointer to the previous one, so the newest
// pool (a root) keeps them all. The intern table holds each name's place in the heap, in
// units of alignof(Str): 16-bit entries when the heap is small enough (up to 512 KB on 64-bit,
// 256 KB on 32-bit), else 32-bit; 0 is an empty slot. It holds no pointers.
constexpr size_t POOL_BYTES = 256;
constexpr size_t UNIT = alignof(Str);
constexpr size_t FIRST_CAP = 32;

struct NamePool {
  NamePool* prev;  // the names follow
};

struct InternTable {
  void* slots;       // uint16_t or uint32_t entries
  NamePool* pool;    // the newest pool
  size_t pool_used;  // bytes of it taken (its header included)
  size_t pool_size;
  size_t cap, used;
  bool wide;  // 32-bit entries
} itab;

uint32_t bytes_hash(const char* s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h ? h : 1;
}

uint32_t entry_get(const void* slots, size_t j) {
  return itab.wide ? ((const uint32_t*)slots)[j] : ((const uint16_t*)slots)[j];
}
void entry_set(void* slots, size_t j, uint32_t e) {
  if (itab.wide) ((uint32_t*)slots)[j] = e;
  else ((uint16_t*)slots)[j] = (uint16_t)e;
}
Str* name_at(uint32_t e) { return (Str*)(gc_heap_base() + (size_t)e * UNIT); }
uint32_t entry_of(const Str* x) { return (uint32_t)(((const uint8_t*)x - gc_heap_base()) / UNIT); }

// The slot for hash h in a table of cap entries: the first empty one from h on.
size_t free_slot(const void* slots, size_t cap, uint32_t h) {
  size_t j = h & (cap - 1);
  while (entry_get(slots, j)) j = (j + 1) & (cap - 1);
  return j;
}

bool intern_grow() {
  size_t nc = itab.cap ? itab.cap * 2 : FIRST_CAP;
  size_t bytes = nc * (itab.wide ? 4 : 2);
  void* ns = gc_alloc_lasting(bytes, true);
  if (!ns) return false;
  memset(ns, 0, bytes);
  for (size_t i = 0; i < itab.cap; i++) {
    uint32_t e = entry_get(itab.slots, i);
    if (e) entry_set(ns, free_slot(ns, nc, name_at(e)->hash), e);
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
  uint32_t e;
  for (size_t j = h & (itab.cap - 1); (e = entry_get(itab.slots, j)); j = (j + 1) & (itab.cap - 1)) {
    Str* x = name_at(e);
    if (x->hash == h && x->len == n && memcmp(x->d.chars, s, n) == 0) return (Val)x;
  }
  return nullptr;
}

// Room for a name of `size` bytes in a pool: the newest pool, a new one (the full one's
// unused end given back), or, for a long name, a pool of its own behind the newest. When
// no pool-sized block is free, the new pool is just big enough for the name.
void* pool_room(size_t size) {
  if (itab.pool && itab.pool_used + size <= itab.pool_size) {
    void* at = (uint8_t*)itab.pool + itab.pool_used;
    itab.pool_used += size;
    return at;
  }
  size_t fit = sizeof(NamePool) + size;
  bool own = size > POOL_BYTES / 4 && itab.pool;
  NamePool* p = own || fit >= POOL_BYTES ? nullptr : (NamePool*)gc_alloc_lasting(POOL_BYTES);
  if (!p) p = (NamePool*)gc_alloc_lasting(fit);
  if (!p) return nullptr;
  if (own) {
    p->prev = itab.pool->prev;
    itab.pool->prev = p;
    return p + 1;
  }
  if (itab.pool) gc_realloc(itab.pool, itab.pool_used);  // shrinks in place
  p->prev = itab.pool;
  itab.pool = p;
  itab.pool_size = gc_block_size(p);
  itab.pool_used = fit;
  return p + 1;
}

// A new interned name (n > 0), nullptr when out of memory.
Val intern_new(const char* s, size_t n, uint32_t h) {
  if (n > 0x7fffffff) return raise(&OverflowError_type, "string too long");
  // grown at 3/4 full; when no block is free for that, it fills further (one slot stays
  // empty, which ends every probe)
  if ((itab.used + 1) * 4 > itab.cap * 3 && !intern_grow() && itab.used + 2 > itab.cap) return raise_no_memory();
  void* at = pool_room(str_placed_size(n));
  if (!at) return raise_no_memory();
  Str* x = (Str*)str_place(at, s, n);
  x->hash = h;
  x->interned = 1;
  entry_set(itab.slots, free_slot(itab.slots, itab.cap, h), entry_of(x));
  itab.used++;
  return (Val)x;
}
}  // namespace

void qstr_stats(size_t* count, size_t* text_bytes, size_t* heap_bytes) {
  *count = itab.used;
  *text_bytes = 0;
  *heap_bytes = itab.cap ? gc_block_size(itab.slots) : 0;
  for (size_t i = 0; i < itab.cap; i++) {
    uint32_t e = entry_get(itab.slots, i);
    if (e) *text_bytes += name_at(e)->len;
  }
  for (NamePool* p = itab.pool; p; p = p->prev) *heap_bytes += gc_block_size(p);
}

void qstr_init() {
  itab = InternTable{};
  itab.wide = gc_heap_bytes() / UNIT > 0xffff;
  gc_register_root(&itab, sizeof itab);
}

Val str_intern(const char* s, size_t n) {
  uint32_t h = bytes_hash(s, n);
  Val found = intern_find(s, n, h);
  return found ? found : intern_new(s, n, h);
}

Val str_intern_cstr(const char* s) { return str_intern(s, strlen(s)); }

Val str_intern_val(Val s) {
  if (((Str*)s)->interned) return s;
  return str_intern(str_data(s), str_len(s));
}

}  // namespace py
