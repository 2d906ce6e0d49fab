// Mark-sweep collector over a fixed heap split into 16-byte blocks. An allocation table
// (2 bits per block: free / head / tail / marked head) describes the blocks, as in
// MicroPython's design: no per-object header, any word may be a pointer.
#include "gc.h"

#include <setjmp.h>
#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#endif
#include <string.h>

namespace py {

namespace {

constexpr size_t BLOCK = 16;
enum : uint8_t { FREE = 0, HEAD = 1, TAIL = 2, MARK = 3 };
constexpr int MARK_STACK = 512;
constexpr int MAX_ROOTS = 256;

struct Root { void* p; size_t len; void** end; };

struct Heap {
  uint8_t* atb = nullptr;    // allocation table
  uint8_t* noscan = nullptr; // 1 bit per block: the block (a head) holds no pointers
  uint8_t* start = nullptr;  // first block
  size_t nblocks = 0;
  size_t hint = 0;           // allocation cursor for small blocks (next-fit, upwards)
  size_t top = 0;            // cursor for large blocks (downwards from the end)
  size_t low = 0;            // no free block below it (gc_alloc_lasting searches from here)
  size_t used_blocks = 0;
  size_t since_gc = 0;       // small blocks allocated since the last collection
  size_t early_gc_threshold = 0;
  bool small_spill = false;  // the lower heap was full after a collection: use it all
  void* stack_top = nullptr;
  Root roots[MAX_ROOTS];
  int nroots = 0;
  size_t mark_stack[MARK_STACK];
  int msp = 0;
  bool overflow = false;
  bool collecting = false;
} H;

// gc.threshold: a collection after about this many blocks of (small) allocations, instead of
// the heap's own early-collection figure; -1: none set
static intptr_t g_user_threshold = -1;

inline uint8_t atb_get(size_t i) { return (H.atb[i >> 2] >> ((i & 3) * 2)) & 3; }
inline void atb_set(size_t i, uint8_t v) {
  uint8_t& b = H.atb[i >> 2];
  int sh = (i & 3) * 2;
  b = (uint8_t)((b & ~(3 << sh)) | (v << sh));
}

// set n entries starting at i to v (whole table bytes at a time where possible)
void atb_fill(size_t i, size_t n, uint8_t v) {
  size_t e = i + n;
  while (i < e && (i & 3)) atb_set(i++, v);
  uint8_t full = (uint8_t)(v * 0x55);
  if (i + 4 <= e) {
    memset(H.atb + (i >> 2), full, (e - i) >> 2);
    i += (e - i) & ~(size_t)3;
  }
  while (i < e) atb_set(i++, v);
}

size_t run_length(size_t head) {
  size_t n = 1;
  size_t i = head + 1;
  while (i < H.nblocks && (i & 3) && atb_get(i) == TAIL) { n++; i++; }
  if (i < H.nblocks && !(i & 3) && atb_get(i) == TAIL) {
    while (i + 4 <= H.nblocks && H.atb[i >> 2] == 0xAA) { n += 4; i += 4; }
    while (i < H.nblocks && atb_get(i) == TAIL) { n++; i++; }
  }
  return n;
}

void mark_word(uintptr_t w) {
  uintptr_t s = (uintptr_t)H.start;
  if (w < s || w >= s + H.nblocks * BLOCK) return;
  size_t i = (w - s) / BLOCK;
  uint8_t st = atb_get(i);
  if (st == FREE) return;
  while (st == TAIL) st = atb_get(--i);
  if (st != HEAD) return;  // already marked
  atb_set(i, MARK);
  if (H.noscan[i >> 3] & (1 << (i & 7))) return;
  if (H.msp < MARK_STACK) H.mark_stack[H.msp++] = i;
  else H.overflow = true;
}

void scan_words(const void* p, size_t len) {
  uintptr_t a = ((uintptr_t)p + sizeof(void*) - 1) & ~(uintptr_t)(sizeof(void*) - 1);
  uintptr_t e = (uintptr_t)p + len;
  for (; a + sizeof(void*) <= e; a += sizeof(void*)) {
    uintptr_t w;
    memcpy(&w, (const void*)a, sizeof w);
    mark_word(w);
  }
}

void scan_block(size_t i) { scan_words(H.start + i * BLOCK, run_length(i) * BLOCK); }

void drain() {
  for (;;) {
    while (H.msp > 0) scan_block(H.mark_stack[--H.msp]);
    if (!H.overflow) return;
    H.overflow = false;
    for (size_t i = 0; i < H.nblocks; i++)
      if (atb_get(i) == MARK) scan_block(i);
  }
}

__attribute__((noinline, no_sanitize_address)) void scan_stack_from(void* here) {
  uintptr_t lo = (uintptr_t)here, hi = (uintptr_t)H.stack_top;
  if (lo > hi) { uintptr_t t = lo; lo = hi; hi = t; }
  lo &= ~(uintptr_t)(sizeof(void*) - 1);
  for (uintptr_t a = lo; a + sizeof(void*) <= hi; a += sizeof(void*)) mark_word(*(uintptr_t*)a);
}

#if defined(__EMSCRIPTEN__)
void scan_spilled_locals(void* begin, void* end) {
  scan_words(begin, (size_t)((uintptr_t)end - (uintptr_t)begin));
  drain();
}
#endif

__attribute__((noinline)) void scan_stack() {
  // Callee-saved registers may hold the only reference to an object: force them onto
  // this frame. setjmp alone is not enough with glibc, which mangles some saved registers.
#if defined(__GNUC__)
  __builtin_unwind_init();
#endif
  jmp_buf regs;
  setjmp(regs);
  scan_stack_from(&regs);
  drain();
#if defined(__EMSCRIPTEN__)
  // WebAssembly keeps locals outside memory, where no scan sees them: Asyncify (the web
  // port links with -sASYNCIFY) unwinds the call stack, spilling them into a buffer that
  // scan_spilled_locals marks, then resumes here.
  emscripten_scan_registers(scan_spilled_locals);
#endif
}

// Sweep transitions for one allocation-table byte (4 blocks), given whether the block
// before it belongs to an allocation being freed: computed once, then the sweep is one
// table lookup per byte.
struct SweepStep {
  uint8_t out;         // the new table byte
  uint8_t freeing;     // the last block of the byte belongs to a freed allocation
  uint8_t used;        // blocks still in use
  uint8_t first_free;  // index (0-3) of the first free block, 4 = none
};
SweepStep sweep_table[2][256];

void build_sweep_table() {
  for (int f0 = 0; f0 < 2; f0++)
    for (int b = 0; b < 256; b++) {
      bool freeing = f0;
      SweepStep st = {0, 0, 0, 4};
      for (int k = 0; k < 4; k++) {
        int e = (b >> (2 * k)) & 3, o;
        if (e == HEAD) { o = FREE; freeing = true; }
        else if (e == MARK) { o = HEAD; freeing = false; st.used++; }
        else if (e == TAIL) {
          if (freeing) o = FREE;
          else { o = TAIL; st.used++; }
        } else { o = FREE; freeing = false; }
        if (o == FREE && st.first_free == 4) st.first_free = (uint8_t)k;
        st.out |= (uint8_t)(o << (2 * k));
      }
      st.freeing = freeing;
      sweep_table[f0][b] = st;
    }
}

void sweep() {
  H.used_blocks = 0;
  int freeing = 0;
  size_t first_free = (size_t)-1;
  size_t nbytes = (H.nblocks + 3) / 4;
  for (size_t bi = 0; bi < nbytes; bi++) {
    if (!freeing && bi + 8 <= nbytes) {
      // 32 free blocks in a row (the empty middle of the heap) need no change
      uint64_t w;
      memcpy(&w, H.atb + bi, 8);
      if (w == 0) {
        if (first_free == (size_t)-1) first_free = bi * 4;
        bi += 7;
        continue;
      }
    }
    const SweepStep& st = sweep_table[freeing][H.atb[bi]];
    H.atb[bi] = st.out;
    H.used_blocks += st.used;
    freeing = st.freeing;
    if (first_free == (size_t)-1 && st.first_free < 4) first_free = bi * 4 + st.first_free;
  }
  if (first_free > H.nblocks) first_free = H.nblocks;
  H.hint = first_free;  // the allocation cursor restarts at the first hole
  H.low = first_free;
  H.top = H.nblocks;
  H.small_spill = false;
}

// Next-fit: allocation continues from where the previous one ended, so a swept heap is
// consumed in one linear pass per collection cycle (amortised O(1) per allocation).
// `from`: where the search starts (the cursor, or 0 for the lowest hole: gc_alloc_lasting).
size_t find_free_run(size_t nb, size_t limit, size_t from) {
  size_t i = from, run = 0;
  while (i < limit) {
    if (run == 0 && (i & 3) == 0) {
      // skip table bytes whose four blocks are all in use
      while (i + 4 <= limit) {
        uint8_t b = H.atb[i >> 2];
        if ((b & 0x03) && (b & 0x0c) && (b & 0x30) && (b & 0xc0)) i += 4;
        else break;
      }
      if (i >= limit) break;
    }
    if (atb_get(i) == FREE) {
      if (++run == nb) return i + 1 - nb;
    } else run = 0;
    i++;
  }
  return (size_t)-1;
}

}  // namespace

void gc_init(void* heap, size_t size, void* stack_top) {
  build_sweep_table();
  uintptr_t p = ((uintptr_t)heap + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
  size_t avail = size - (p - (uintptr_t)heap);
  // each block costs BLOCK bytes + 1/4 byte of table
  // each block costs BLOCK bytes + 2 bits of allocation table + 1 bit of no-scan map
  size_t nb = (avail * 8) / (BLOCK * 8 + 3);
  size_t atb_bytes = ((nb + 3) / 4 + 1 + BLOCK - 1) & ~(BLOCK - 1);  // + a spare byte (alloc_at_cursor)
  size_t ns_bytes = ((nb + 7) / 8 + BLOCK - 1) & ~(BLOCK - 1);
  while (nb > 0 && atb_bytes + ns_bytes + nb * BLOCK > avail) nb--;
  H.atb = (uint8_t*)p;
  memset(H.atb, 0, atb_bytes);
  H.noscan = (uint8_t*)p + atb_bytes;
  memset(H.noscan, 0, ns_bytes);
  H.start = (uint8_t*)p + atb_bytes + ns_bytes;
  H.nblocks = nb;
  H.hint = 0;
  H.top = nb;
  H.low = 0;
  H.used_blocks = 0;
  H.early_gc_threshold = nb / 8;
  H.stack_top = stack_top;
  H.nroots = 0;
}

void* gc_stack_top() { return H.stack_top; }

void gc_collect() {
  if (H.collecting || !H.start) return;
  H.collecting = true;
  H.msp = 0;
  H.overflow = false;
  for (int r = 0; r < H.nroots; r++) {
    Root& rt = H.roots[r];
    size_t len = rt.end ? (size_t)((uintptr_t)*rt.end - (uintptr_t)rt.p) : rt.len;
    scan_words(rt.p, len);
    drain();
  }
  scan_stack();
  sweep();
  H.since_gc = 0;
  size_t t = H.used_blocks / 2;
  if (t > H.nblocks / 4) t = H.nblocks / 4;  // more would let garbage fragment the heap
  if (t < H.nblocks / 8) t = H.nblocks / 8;
  // when the heap is filling up, collect before garbage takes a third of what is left
  size_t free_third = (H.nblocks - H.used_blocks) / 3;
  if (t > free_third) t = free_third;
  if (t < H.nblocks / 32) t = H.nblocks / 32;
  H.early_gc_threshold = g_user_threshold >= 0 ? (size_t)g_user_threshold : t;
  H.collecting = false;
}

void gc_mark_range(const void* p, size_t len) {
  scan_words(p, len);
  drain();
}

// Large blocks are placed from the end of the heap downwards so that long-lived arrays
// do not get trapped between small objects (less fragmentation).
static size_t find_free_run_down(size_t nb) {
  size_t run = 0;  // free blocks from i upwards
  for (size_t i = H.top; i > 0;) {
    if ((i & 3) == 0 && i >= 4 + H.hint) {
      // whole table bytes at a time above the cursor: four free, or four in use
      uint8_t b = H.atb[(i - 4) >> 2];
      if (b == 0) {
        i -= 4;
        run += 4;
        if (run >= nb) return i + run - nb;
        continue;
      }
      if ((b & 0x03) && (b & 0x0c) && (b & 0x30) && (b & 0xc0)) {
        i -= 4;
        run = 0;
        continue;
      }
    }
    i--;
    if (atb_get(i) == FREE) {
      if (++run == nb) return i;
    } else {
      run = 0;
      if (i < H.hint) break;  // below the small-object cursor: leave it to the upward search
    }
  }
  return (size_t)-1;
}

constexpr size_t LARGE_BLOCKS = 32;
// How far above the lowest hole gc_alloc_lasting looks (blocks: 32 KB), so that its cost stays
// bounded in a large heap; past it, the block goes at the cursor as usual.
constexpr size_t LOW_WINDOW = 2048;

// nb free blocks in the lowest hole that fits, within LOW_WINDOW of the lowest free block.
static size_t find_low_run(size_t nb, size_t limit) {
  size_t first = find_free_run(1, limit, H.low);
  if (first == (size_t)-1) return first;
  H.low = first;
  size_t end = first + LOW_WINDOW < limit ? first + LOW_WINDOW : limit;
  size_t i = find_free_run(nb, end, first);
  if (i == first) H.low = i + nb;
  return i;
}

// last_try: after a collection, large blocks may also be searched for upwards.
// lasting: a small block goes in the lowest hole that fits (gc_alloc_lasting).
static void* alloc_blocks(size_t n, bool zero, bool last_try, bool lasting = false) {
  size_t nb = n ? (n + BLOCK - 1) / BLOCK : 1;
  size_t i;
  bool large = nb >= LARGE_BLOCKS;
  // Small blocks stay out of the top quarter of the heap (kept for large arrays) unless
  // a collection could not make room below it.
  size_t small_limit = (last_try || H.small_spill) ? H.nblocks : H.nblocks - H.nblocks / 4;
  if (large) {
    // a lasting one in the lowest hole that fits: one at the top would split the room the
    // compiler's next large block (a long function's bytecode) needs
    i = lasting ? find_low_run(nb, H.nblocks) : (size_t)-1;
    if (i == (size_t)-1) i = find_free_run_down(nb);
    if (i == (size_t)-1 && last_try) i = find_free_run(nb, H.nblocks, H.hint);
  } else {
    i = lasting ? find_low_run(nb, small_limit) : (size_t)-1;
    if (i == (size_t)-1) i = find_free_run(nb, small_limit, H.hint);
  }
  if (i == (size_t)-1) return nullptr;
  if (!large && i + nb > H.nblocks - H.nblocks / 4) H.small_spill = true;
  atb_set(i, HEAD);
  H.noscan[i >> 3] &= (uint8_t)~(1 << (i & 7));
  if (nb > 1) atb_fill(i + 1, nb - 1, TAIL);
  if (large && i < H.top && i >= H.hint) H.top = i;
  else if ((!large && !lasting) || i >= H.hint) H.hint = i + nb;
  H.used_blocks += nb;
  // only small blocks count towards an early collection: they are the ones that get
  // interleaved with garbage; large blocks live at the top of the heap
  if (!large) H.since_gc += nb;
  void* r = H.start + i * BLOCK;
  if (zero) memset(r, 0, nb * BLOCK);
  return r;
}

// micropython.heap_lock(): allocation fails while the lock depth is non-zero
static unsigned g_lock_depth;
void gc_lock() { g_lock_depth++; }
unsigned gc_unlock() { return g_lock_depth ? --g_lock_depth : 0; }

intptr_t gc_threshold(intptr_t bytes) {
  if (bytes != GC_THRESHOLD_QUERY) {
    g_user_threshold = bytes < 0 ? -1 : bytes / (intptr_t)BLOCK;
    if (g_user_threshold >= 0) H.early_gc_threshold = (size_t)g_user_threshold;
  }
  return g_user_threshold < 0 ? -1 : g_user_threshold * (intptr_t)BLOCK;
}
unsigned gc_lock_depth() { return g_lock_depth; }

constexpr size_t FAST_BLOCKS = 4;

// nb (<= FAST_BLOCKS) free blocks at the next-fit cursor, or nullptr to take the slow path
// (where the search, the early collection and the spill rules live)
static inline void* alloc_at_cursor(size_t nb, bool zero) {
  size_t i = H.hint;
  size_t limit = H.small_spill ? H.nblocks : H.nblocks - H.nblocks / 4;
  if (i + nb > limit || H.since_gc > H.early_gc_threshold) return nullptr;
  // the nb entries lie within two table bytes: test and set them as one 16-bit word
  // (the table is padded, so the second byte always exists)
  uint8_t* t = H.atb + (i >> 2);
  unsigned shift = (unsigned)(i & 3) * 2;
  unsigned word = (unsigned)t[0] | (unsigned)t[1] << 8;
  unsigned mask = ((1u << (2 * nb)) - 1) << shift;
  if (word & mask) return nullptr;
  unsigned entries = (HEAD | (0xAAAAu & ((1u << (2 * nb)) - 1) & ~3u)) << shift;  // HEAD, TAILs
  word |= entries;
  t[0] = (uint8_t)word;
  t[1] = (uint8_t)(word >> 8);
  H.noscan[i >> 3] &= (uint8_t)~(1 << (i & 7));
  H.hint = i + nb;
  H.used_blocks += nb;
  H.since_gc += nb;
  uint64_t* r = (uint64_t*)(H.start + i * BLOCK);
  if (zero)
    for (size_t k = 0; k < nb * 2; k++) r[k] = 0;
  return r;
}

static void* gc_alloc_impl(size_t n, bool zero, bool lasting = false) {
  if (!H.start || g_lock_depth) return nullptr;
  // fast path: a small object (most strings, tuples, instances) right at the cursor
  if (n <= FAST_BLOCKS * BLOCK && !lasting) {
    void* r = alloc_at_cursor(n ? (n + BLOCK - 1) / BLOCK : 1, zero);
    if (r) return r;
  }
  // Collect early (every eighth of the heap allocated): live data stays packed in the lower
  // part of the heap and large blocks keep finding room at the top.
  // The threshold grows with the live data (a collection costs a mark of all of it):
  // half the live size, between an eighth and a quarter of the heap.
  if (H.since_gc > H.early_gc_threshold && !H.collecting) gc_collect();
  void* r = alloc_blocks(n, zero, H.collecting, lasting);
  if (!r && !H.collecting) {
    gc_collect();
    r = alloc_blocks(n, zero, true, lasting);
  }
  return r;
}

void* gc_alloc(size_t n) { return gc_alloc_impl(n, true); }

static bool head_index(const void* p, size_t* out) {
  uintptr_t s = (uintptr_t)H.start, a = (uintptr_t)p;
  if (a < s || a >= s + H.nblocks * BLOCK || (a - s) % BLOCK) return false;
  size_t i = (a - s) / BLOCK;
  uint8_t st = atb_get(i);
  if (st != HEAD && st != MARK) return false;
  *out = i;
  return true;
}

bool gc_in_heap(const void* p) {
  uintptr_t s = (uintptr_t)H.start, a = (uintptr_t)p;
  return a >= s && a < s + H.nblocks * BLOCK;
}

uint8_t* gc_heap_base() { return H.start; }
size_t gc_heap_bytes() { return H.nblocks * BLOCK; }

size_t gc_block_size(const void* p) {
  size_t i;
  if (!head_index(p, &i)) return 0;
  return run_length(i) * BLOCK;
}

// The lowest block of the free run that ends at block i (looking at most 64 blocks down).
static size_t retreat(size_t i) {
  for (size_t k = 0; k < 64 && i > 0 && atb_get(i - 1) == FREE; k++) i--;
  return i;
}

void gc_free(void* p) {
  size_t i;
  if (H.collecting || !p || !head_index(p, &i)) return;
  size_t n = run_length(i);
  atb_fill(i, n, FREE);
  H.used_blocks -= n;
  if (i < H.low) H.low = i;
  if (H.since_gc >= n) H.since_gc -= n;
  // freeing the most recent allocation: reuse at once, with the free blocks just below it
  // (a compile's temporaries, freed in any order, then leave no gap under the cursor)
  if (i + n == H.hint) H.hint = retreat(i);
  if (i == H.top) H.top = i + n;
}

void* gc_realloc(void* p, size_t n) {
  if (!p || g_lock_depth) return p ? nullptr : gc_alloc(n);
  size_t i;
  if (!head_index(p, &i)) return nullptr;
  size_t have = run_length(i), want = n ? (n + BLOCK - 1) / BLOCK : 1;
  if (want <= have) {
    if (have > want) atb_fill(i + want, have - want, FREE);
    if (have > want && i + want < H.low) H.low = i + want;
    H.used_blocks -= have - want;
    if (want < have && i + have == H.hint) H.hint = i + want;
    return p;
  }
  size_t k = have;
  while (k < want && i + k < H.nblocks && atb_get(i + k) == FREE) k++;
  if (k == want) {
    atb_fill(i + have, want - have, TAIL);
    memset(H.start + (i + have) * BLOCK, 0, (want - have) * BLOCK);
    H.used_blocks += want - have;
    if (H.hint > i + have && H.hint < i + want) H.hint = i + want;
    if (H.hint == i + have) H.hint = i + want;
    return p;
  }
  bool atomic = H.noscan[i >> 3] & (1 << (i & 7));
  void* q = atomic ? gc_alloc_atomic(n) : gc_alloc(n);
  if (!q) return nullptr;
  memcpy(q, p, have * BLOCK);
  gc_free(p);
  return q;
}

// Atomic blocks are not zeroed: they are never scanned, and their owners write them.
static void* mark_noscan(void* r) {
  if (r) {
    size_t i = ((uint8_t*)r - H.start) / BLOCK;
    H.noscan[i >> 3] |= (uint8_t)(1 << (i & 7));
  }
  return r;
}

void* gc_alloc_atomic(size_t n) { return mark_noscan(gc_alloc_impl(n, false)); }

void* gc_alloc_lasting(size_t n, bool atomic) {
  return atomic ? mark_noscan(gc_alloc_impl(n, false, true)) : gc_alloc_impl(n, true, true);
}

void gc_register_root(void* p, size_t len) {
  if (H.nroots < MAX_ROOTS) H.roots[H.nroots++] = Root{p, len, nullptr};
}

void gc_register_root_dynamic(void* p, void** end) {
  if (H.nroots < MAX_ROOTS) H.roots[H.nroots++] = Root{p, 0, end};
}

void gc_unregister_root(void* p) {
  for (int r = 0; r < H.nroots; r++)
    if (H.roots[r].p == p) {
      H.roots[r] = H.roots[--H.nroots];
      return;
    }
}

void gc_walk(void (*fn)(void* ctx, const void* block, size_t bytes, bool used), void* ctx) {
  size_t i = 0;
  while (i < H.nblocks) {
    bool used = atb_get(i) != FREE;
    size_t n = 1;
    if (used) n = run_length(i);
    else
      while (i + n < H.nblocks && atb_get(i + n) == FREE) n++;
    fn(ctx, H.start + i * BLOCK, n * BLOCK, used);
    i += n;
  }
}

size_t gc_mem_alloc() { return H.used_blocks * BLOCK; }
size_t gc_mem_free() { return (H.nblocks - H.used_blocks) * BLOCK; }

}  // namespace py
