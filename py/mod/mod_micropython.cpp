// The micropython module: const, optimisation level, memory reports, heap lock,
// scheduled callbacks, and the native/viper decorators (accepted, run as bytecode).
#include <stdio.h>
#include <string.h>

#include "../hal.h"
#include "modules.h"

namespace py {

namespace {
size_t g_startup_used, g_reserved;  // set by the port (set_heap_report)
constexpr int SCHEDULE_DEPTH = 8;
Val g_sched[SCHEDULE_DEPTH * 2];  // (function, argument) pairs; a GC root
int g_sched_len;
void (*g_prev_hook)(void);
bool g_hook_installed;

Val mp_identity(int, int, const Val* a) { return a[0]; }
Val mp_opt_level(int n, int, const Val* a) {
  if (n == 0) return small(ts.opt_level);
  intptr_t v;
  if (!arg_int(a[0], &v)) return nullptr;
  ts.opt_level = (int)v;
  return None;
}

// fmt takes three %lu: newlib-nano's printf (the Cortex-M build) has no %zu ("zu" printed)
void out_printf(const char* fmt, size_t a, size_t b, size_t c) {
  char line[160];
  int n = snprintf(line, sizeof line, fmt, (unsigned long)a, (unsigned long)b, (unsigned long)c);
  out_write(line, n > 0 ? (size_t)n : 0);
}

// micropython.mem_info(1): the heap's map as MicroPython draws it, one character per
// 16-byte block, 64 to a line: the first block of an object by its type (T tuple, L list,
// D dict, S str or bytes, A bytearray or array, F float, B function, M module, C code,
// h anything else), '=' the rest of a block, '.' free; lines all free are counted.
struct HeapMap {
  const uint8_t* start;
  size_t col;         // blocks on the current line
  bool line_used;     // a block of the current line is allocated
  size_t free_lines;  // whole free lines not printed yet
  char line[80];
};

char block_letter(const void* block) {
  const Type* t = *(Type* const*)block;  // an object's first word is its type (else: no match)
  if (t == &tuple_type) return 'T';
  if (t == &list_type) return 'L';
  if (t == &dict_type) return 'D';
  if (t == &str_type || t == &bytes_type) return 'S';
  if (t == &bytearray_type || t == &array_type) return 'A';
  if (t == &float_type) return 'F';
  if (t == &func_type) return 'B';
  if (t == &module_type) return 'M';
  if (t == &code_type) return 'C';
  return 'h';
}

void map_flush_line(HeapMap& m) {
  if (!m.line_used && m.col == 64) {
    m.free_lines++;
  } else {
    if (m.free_lines) out_printf("       (%lu lines all free)\n%.0lu%.0lu", m.free_lines, 0, 0);
    m.free_lines = 0;
    m.line[10 + m.col] = '\n';
    out_write(m.line, 11 + m.col);
  }
  m.col = 0;
  m.line_used = false;
}

void map_block(void* ctx, const void* block, size_t bytes, bool used) {
  HeapMap& m = *(HeapMap*)ctx;
  if (!m.start) {
    m.start = (const uint8_t*)block;
    out_printf("GC memory layout; from %lx:\n%.0lu%.0lu", (size_t)(uintptr_t)block, 0, 0);
  }
  for (size_t k = 0; k < bytes / 16; k++) {
    if (m.col == 0) snprintf(m.line, 11, "%08lx: ", (unsigned long)((const uint8_t*)block + k * 16 - m.start));
    m.line[10 + m.col++] = !used ? '.' : k ? '=' : block_letter(block);
    m.line_used |= used;
    if (m.col == 64) map_flush_line(m);
  }
}

void print_heap_map() {
  HeapMap m{};
  gc_walk(map_block, &m);
  if (m.col) map_flush_line(m);
  if (m.free_lines) out_printf("       (%lu lines all free)\n%.0lu%.0lu", m.free_lines, 0, 0);
}

Val mp_mem_info(int n, int, const Val* args) {
  uintptr_t here = (uintptr_t)&n;
  uintptr_t top = (uintptr_t)gc_stack_top();
  size_t stack_used = top > here ? top - here : 0;
  size_t limit = top > ts.stack_limit_addr ? top - ts.stack_limit_addr : 0;
  out_printf("stack: %lu out of %lu%.0lu\n", stack_used, limit, 0);
  // the program's heap: the interpreter's tables are in ROM (start-up used g_startup_used
  // bytes of it); a port may hold memory outside the program's (g_reserved, e.g. the main
  // script's compiled code under -X heapsize)
  size_t a = heap_used(), f = gc_mem_free();
  out_printf("GC: total: %lu, used: %lu, free: %lu\n", a + f, a, f);
  out_printf(" start-up: %lu bytes of heap used%.0lu%.0lu\n", g_startup_used, 0, 0);
  if (n == 1 && truthy(args[0]) > 0) print_heap_map();
  return None;
}
// MicroPython's format; the pool counted is the run-time one (the static names are in ROM)
Val mp_qstr_info(int, int, const Val*) {
  size_t n, text, total;
  qstr_stats(&n, &text, &total);
  out_printf("qstr pool: n_pool=%lu, n_qstr=%lu, n_str_data_bytes=%lu, ", n ? 1 : 0, n, text);
  out_printf("n_total_bytes=%lu%.0lu%.0lu\n", total, 0, 0);
  return None;
}
Val mp_stack_use(int n, int, const Val*) {
  uintptr_t here = (uintptr_t)&n, top = (uintptr_t)gc_stack_top();
  return small((intptr_t)(top > here ? top - here : 0));
}
Val mp_heap_lock(int, int, const Val*) {
  gc_lock();
  return None;
}
Val mp_heap_unlock(int, int, const Val*) { return small((intptr_t)gc_unlock()); }
Val mp_heap_locked(int, int, const Val*) { return small((intptr_t)gc_lock_depth()); }
Val mp_none(int, int, const Val*) { return None; }

void scheduler_hook() {
  scheduler_run();
  if (g_prev_hook) g_prev_hook();
}

Val mp_schedule(int, int, const Val* a) {
  if (g_sched_len >= SCHEDULE_DEPTH) return raise(&RuntimeError_type, "schedule queue full");
  if (!g_hook_installed) {
    g_prev_hook = ts.c_periodic;
    set_periodic_hook(scheduler_hook);
    g_hook_installed = true;
  }
  g_sched[2 * g_sched_len] = a[0];
  g_sched[2 * g_sched_len + 1] = a[1];
  g_sched_len++;
  ts.periodic_counter = 1;  // run at the next backward jump
  return None;
}

const MethodDef mp_fns[] = {
  {"const", mp_identity, 1, 1, 0}, {"native", mp_identity, 1, 1, 0}, {"viper", mp_identity, 1, 1, 0},
  {"opt_level", mp_opt_level, 0, 1, 0}, {"mem_info", mp_mem_info, 0, 1, 0},
  {"qstr_info", mp_qstr_info, 0, 1, 0}, {"stack_use", mp_stack_use, 0, 0, 0},
  {"heap_lock", mp_heap_lock, 0, 0, 0}, {"heap_unlock", mp_heap_unlock, 0, 0, 0},
  {"heap_locked", mp_heap_locked, 0, 0, 0},
  {"alloc_emergency_exception_buf", mp_none, 1, 1, 0}, {"kbd_intr", mp_none, 1, 1, 0},
  {"schedule", mp_schedule, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

void set_heap_report(size_t startup_used, size_t reserved) {
  g_startup_used = startup_used;
  g_reserved = reserved;
}

size_t heap_used() {
  size_t a = gc_mem_alloc();
  return a > g_reserved ? a - g_reserved : 0;
}

bool scheduler_run() {
  static bool running;
  if (running || g_sched_len == 0) return true;
  running = true;
  bool ok = true;
  // only what was queued before this run: a callback that schedules itself again waits
  // for the next run, so the program between runs is not starved
  for (int todo = g_sched_len; todo > 0 && ok; todo--) {
    Val f = g_sched[0], arg = g_sched[1];
    for (int i = 2; i < 2 * g_sched_len; i++) g_sched[i - 2] = g_sched[i];
    g_sched_len--;
    g_sched[2 * g_sched_len] = g_sched[2 * g_sched_len + 1] = nullptr;
    ok = call1(f, arg) != nullptr;
  }
  running = false;
  return ok;
}

Val micropython_module() {
  static bool rooted;
  if (!rooted) {
    gc_register_root(g_sched, sizeof g_sched);
    rooted = true;
  }
  return module_from_table("micropython", mp_fns);
}

}  // namespace py
