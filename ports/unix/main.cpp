// pyvgl: the unix command line, like MicroPython's unix port.
//   pyvgl [-X heapsize=N[k|m]] [-O] [-v] [-i] [-c CMD | -m MODULE | script.py | -] [args...]
// With no script: the REPL on a terminal, otherwise stdin runs as a script.
// -X heapsize=N: N bytes are the program's whole memory: the frame stack, the interpreter's
// start-up state (a few hundred bytes: its tables are in ROM) and the GC heap, where imported
// modules, exec/eval and the REPL are compiled (read from their file a window at a time,
// one top-level statement compiled at a time, as on a board). The main script is the one
// exception: it is compiled first, in room of its own, and its code stays there, as a board
// runs a main.py frozen into flash (its code in ROM, like lib/'s frozen modules).
// -X compile=heap compiles the main script inside the N bytes too (a 150-line program then
// needs about 22 KB on this 64-bit host, its code 10 KB; the 32-bit board runs it in 16 KB:
// tests/py/smallheap/README.md).
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <errno.h>

#include "py/hal.h"
#include "py/mod/modules.h"
#include "py/runtime.h"
#include "gui_loop.h"
#include "lvgl_port.h"
#include "repl.h"
#include "watch.h"

namespace py {
void hal_unix_init();
}

using namespace py;

// Room where the main script is compiled when -X heapsize is given; its code stays there,
// outside the program's N bytes (see -X heapsize above).
static const size_t COMPILE_RESERVE = 512 * 1024;

// Frame stack for a memory of `total` bytes: 1/32 of it, at least 1 KB (frames that do not
// fit go to the heap), at most 128 KB.
static size_t frame_stack_for(size_t total) {
  size_t fs = total / 32;
  return fs < 1024 ? 1024 : fs > 128 * 1024 ? 128 * 1024 : fs;
}

// Leaves `bytes` of the heap free for the program, in one contiguous region: that region
// is set aside first, every other free block is then taken by permanent blocks, and the
// region is released. The blocks hold no pointers (atomic: never scanned); they are kept
// alive by a root table. Host memory only; a board sizes its heap directly.
static void limit_heap_to(size_t bytes, size_t startup_used) {
  static void* taken[512];
  gc_register_root(taken, sizeof taken);
  void* keep = gc_alloc(bytes);
  if (!keep) return;
  size_t n = 0;
  // sizes only go down (each failed try costs a collection): big holes first, then smaller
  size_t want = gc_mem_free();
  while (want >= 16 && n < sizeof taken / sizeof taken[0]) {
    size_t free_now = gc_mem_free();
    if (free_now < 16) break;
    if (want > free_now) want = free_now;
    void* p = gc_alloc_atomic(want);
    if (!p) {
      want /= 2;
      continue;
    }
    taken[n++] = p;
  }
  gc_free(keep);
  // outside the program's memory: the blocks taken and the main script's code; the
  // start-up state stays inside
  size_t now = gc_mem_alloc();
  set_heap_report(startup_used, now > startup_used ? now - startup_used : 0);
}

// -X heapsize with the main script's code kept outside: the program's heap is limited once,
// after the main script is compiled (or before anything else runs).
static size_t g_program_heap, g_startup_used;
static bool g_heap_limit_pending;
static void apply_heap_limit() {
  if (!g_heap_limit_pending) return;
  g_heap_limit_pending = false;
  gc_collect();
  limit_heap_to(g_program_heap, g_startup_used);
}

static int usage() {
  fprintf(stderr, "usage: pyvgl [-X heapsize=N[k|m]] [-X compile=heap] [-O] [-v] [-i] [--exit] [-c cmd | file] [arg ...]\n"
                  "       pyvgl --watch script.py   (run again on each save)\n"
                  "       pyvgl --shot OUT.png [--size WxH] [--frames N] [--step-ms MS]\n"
                  "             [--color-format XRGB8888|RGB565] script.py\n");
  return 2;
}

static bool parse_size(const char* s, size_t* out) {
  char* end;
  double v = strtod(s, &end);
  if (end == s || v <= 0) return false;
  if (*end == 'k' || *end == 'K') { v *= 1024; end++; }
  else if (*end == 'm' || *end == 'M') { v *= 1024 * 1024; end++; }
  if (*end) return false;
  *out = (size_t)v;
  return true;
}

// Exit status for an uncaught exception (SystemExit codes honoured).
static int handle_uncaught(Val exc) {
  while (gc_lock_depth()) gc_unlock();  // a script that ends with the heap locked: report it anyway
  if (exc_matches(exc, (Val)&SystemExit_type)) {
    Val code = ((Exception*)exc)->value;
    if (!code || code == None) return 0;
    if (is_int(code)) {
      int64_t c;
      return int_to_i64(code, &c) ? (int)(c & 0xff) : 1;
    }
    Val s = str_of(code);
    if (s) {
      err_write(str_data(s), str_len(s));
      err_write("\n", 1);
    }
    exc_take();
    return 1;
  }
  print_exception(exc, nullptr);
  return 1;
}

static Val main_dict() {
  Val m = module_new(Q(__main__));
  if (!m) return nullptr;
  dict_set(ts.modules, Q(__main__), m);
  Val d = (Val)((Module*)m)->dict;
  dict_set(d, Q(__builtins__), dict_get(ts.modules, Q(builtins)));
  return d;
}

// Conservative stack scanning would keep the compiler's dead parse tree alive through
// stale words left in the stack by compilation: clear that part of the stack.
__attribute__((noinline)) static void scrub_stack() {
  char pad[64 * 1024];
  memset(pad, 0, sizeof pad);
  __asm__ __volatile__("" : : "r"(pad) : "memory");  // the stores must happen
}

// Compiles the main script (from `src`, or else from the file `path`), then runs it.
// Returns -1 when the file cannot be opened (*open_err says why).
static int run_main(const char* src, size_t len, char* heap_src, const char* path, int* open_err) {
  Val d = main_dict();
  if (!d) return handle_uncaught(exc_take());
  const char* filename = path ? path : "<stdin>";
  if (path) {
    Val f = str_new_cstr(path);
    if (f) dict_set(d, Q(__file__), f);
  }
  Val fn = str_intern_cstr(filename);
  Val code = !fn ? nullptr : path ? compile_file(path, fn, open_err) : compile_source(src, len, fn, 0);
  if (heap_src) gc_free(heap_src);
  if (!code && path && *open_err) return -1;
  scrub_stack();
  apply_heap_limit();  // the main script's code (if any) stays outside the program's memory
  if (!code) return handle_uncaught(exc_take());
  Val r = exec_code(code, d, d);
  if (!r) return handle_uncaught(exc_take());
  return 0;
}

// Reads all of stdin (a script piped in).
static bool read_stdin(char** data, size_t* len) {
  Buf b;
  buf_init(&b, 1024);
  char chunk[4096];
  for (;;) {
    ssize_t n = read(0, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    buf_add(&b, chunk, (size_t)n);
  }
  if (b.failed) return false;
  buf_addc(&b, 0);
  *data = b.data;
  *len = b.len - 1;
  return true;
}

// Imports MODULE as __main__ (pyvgl -m MODULE): found on sys.path or frozen.
static int run_module(const char* name) {
  Val n = str_intern_cstr(name);
  if (!n) return handle_uncaught(exc_take());
  // a fresh import under the real name, then re-run with __name__ == '__main__'
  Val main_dict_v = main_dict();
  if (!main_dict_v) return handle_uncaught(exc_take());
  char path[1024];
  for (size_t i = 0; i < ((List*)ts.sys_path)->len; i++) {
    Val dir = ((List*)ts.sys_path)->items[i];
    if (!is_str(dir)) continue;
    const char* base = str_data(dir);
    snprintf(path, sizeof path, "%s%s%s.py", base, *base ? "/" : "", name);
    for (char* p = path + strlen(base); *p; p++)
      if (*p == '.' && strcmp(p, ".py") != 0) *p = '/';
    if (hal_stat(path) != 1) {
      snprintf(path + strlen(path) - 3, sizeof path - strlen(path) + 3, "/__main__.py");
      if (hal_stat(path) != 1) continue;
    }
    char* data;
    size_t len;
    int err;
    if (!hal_read_file(path, gc_alloc, &data, &len, &err)) continue;
    Val f = str_new_cstr(path);
    if (f) dict_set(main_dict_v, Q(__file__), f);
    Val r = exec_source(data, len, path, main_dict_v);
    if (!r) return handle_uncaught(exc_take());
    return 0;
  }
  // frozen modules run through the import system
  Val m = import_name(n, None, 0, nullptr);
  if (!m) return handle_uncaught(exc_take());
  return 0;
}

int main(int argc, char** argv) {
  int stack_base_marker = 0;
  size_t heap_size = 8 * 1024 * 1024;
  int opt = 0, verbose = 0;
  int i = 1;
  const char* cmd = nullptr;
  const char* module = nullptr;
  bool inspect = false;
  bool exit_at_end = false;  // --exit: do not keep the simulator's window open after the script
  bool heap_given = false;
  bool main_code_in_rom = true;  // -X compile=heap: the main script compiles inside the heap too
  bool watch = false;  // --watch: live reload
  int watch_count = 0;
  ShotOptions shot;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (!strcmp(a, "-X") && i + 1 < argc) {
      const char* x = argv[++i];
      if (!strncmp(x, "heapsize=", 9)) {
        if (!parse_size(x + 9, &heap_size)) return usage();
        heap_given = true;
      } else if (!strcmp(x, "compile=heap")) main_code_in_rom = false;
    } else if (!strncmp(a, "-X", 2) && a[2]) {
      if (!strncmp(a + 2, "heapsize=", 9)) {
        if (!parse_size(a + 11, &heap_size)) return usage();
        heap_given = true;
      } else if (!strcmp(a + 2, "compile=heap")) main_code_in_rom = false;
    } else if (!strcmp(a, "-O")) opt++;
    else if (!strncmp(a, "-O", 2) && a[2] == 'O') opt += (int)strlen(a) - 1;
    else if (!strcmp(a, "-v")) verbose++;
    else if (!strcmp(a, "-c")) {
      if (i + 1 >= argc) return usage();
      cmd = argv[++i];
      i++;
      break;
    } else if (!strcmp(a, "-m")) {
      if (i + 1 >= argc) return usage();
      module = argv[++i];
      i++;
      break;
    } else if (!strcmp(a, "-i")) inspect = true;
    else if (!strcmp(a, "--exit")) exit_at_end = true;
    else if (!strcmp(a, "--watch")) watch = true;
    else if (!strcmp(a, "--watch-count") && i + 1 < argc) {
      // hidden, for tests: stop after N runs
      watch_count = atoi(argv[++i]);
      if (watch_count <= 0) return usage();
    }
    else if (!strcmp(a, "-h") || !strcmp(a, "--help")) return usage();
    else if (int r = shot_parse_option(argc, argv, &i, &shot)) {
      if (r < 0) return usage();
    } else if (a[0] == '-' && a[1]) return usage();
    else break;
  }
  if (heap_size < MIN_HEAP_SIZE) {
    fprintf(stderr, "pyvgl: heap too small: %zu bytes (the minimum is %zuk)\n", heap_size, MIN_HEAP_SIZE / 1024);
    return 1;
  }
  size_t frame_stack = frame_stack_for(heap_size);
  size_t program_memory = heap_size;
  bool limit_later = heap_given && main_code_in_rom;
  if (limit_later) heap_size += COMPILE_RESERVE;
  void* heap = malloc(heap_size);
  if (!heap) {
    fprintf(stderr, "pyvgl: cannot allocate a heap of %zu bytes\n", heap_size);
    return 1;
  }
  struct rlimit rl;
  size_t stack_limit = 8 * 1024 * 1024;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) stack_limit = rl.rlim_cur;
  stack_limit = stack_limit > 512 * 1024 ? stack_limit - 256 * 1024 : stack_limit / 2;
  Config cfg;
  cfg.heap = heap;
  cfg.heap_size = heap_size;
  cfg.stack_top = &stack_base_marker;
  cfg.stack_limit = stack_limit;
  cfg.frame_stack_size = frame_stack;
  cfg.opt_level = opt;
  cfg.verbose = verbose;
  hal_unix_init();
  if (!init(&cfg)) {
    fprintf(stderr, "pyvgl: start-up failed\n");
    return 1;
  }
  modules_init();
  if (!lvgl_port_init()) {
    fprintf(stderr, "pyvgl: cannot add the lvgl module\n");
    return 1;
  }
  g_startup_used = gc_mem_alloc();  // the interpreter's start-up state, before any user code
  set_heap_report(g_startup_used, 0);
  if (limit_later) {
    g_program_heap = program_memory - frame_stack - g_startup_used;
    g_heap_limit_pending = true;
  }
  // Only a main script (a file, -c or stdin) compiles before the limit, in room of its own;
  // everything else runs inside the program's memory from the start.
  bool main_script = !watch && !shot.out && !module && (cmd || i < argc || !isatty(0));
  if (!main_script) apply_heap_limit();
  int status;
  Val globals = nullptr;
  if (!shot.out) gui_loop_start();  // the --shot runner steps a virtual clock itself
  if (watch && (shot.out || cmd || module || i >= argc || !strcmp(argv[i], "-"))) return usage();
  if (watch) {
    const char* script = argv[i];
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    const char* slash = strrchr(script, '/');
    list_append(ts.sys_path, slash ? str_new(script, slash - script) : Q(empty));
    status = watch_run(script, watch_count);
    exit_at_end = true;
  } else if (shot.out) {
    if (i >= argc || cmd || module) return usage();
    status = shot_run(shot, argv[i]);
  } else if (cmd) {
    list_append(ts.sys_argv, str_new_cstr("-c"));
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    list_append(ts.sys_path, Q(empty));
    status = run_main(cmd, strlen(cmd), nullptr, nullptr, nullptr);
  } else if (module) {
    list_append(ts.sys_argv, str_new_cstr(module));
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    list_append(ts.sys_path, Q(empty));
    status = run_module(module);
  } else if (i < argc && strcmp(argv[i], "-") != 0) {
    const char* script = argv[i];
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    // sys.path[0] is the script's directory, made absolute (as MicroPython and CPython do),
    // so modules imported from it get absolute __file__ names
    char real[PATH_MAX];
    const char* where = realpath(script, real) ? real : script;
    const char* slash = strrchr(where, '/');
    list_append(ts.sys_path, slash ? str_new(where, slash - where) : Q(empty));
    int err = 0;
    status = run_main(nullptr, 0, nullptr, script, &err);
    if (status < 0) {
      fprintf(stderr, "pyvgl: can't open file '%s': [Errno %d] %s\n", script, err, strerror(err));
      return 2;
    }
  } else {
    bool dash = i < argc;
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    if (((List*)ts.sys_argv)->len == 0) list_append(ts.sys_argv, Q(empty));
    list_append(ts.sys_path, Q(empty));
    if (dash || !isatty(0)) {
      // a script piped into stdin runs as a whole, like MicroPython's unix port
      char* data;
      size_t len;
      if (!read_stdin(&data, &len)) return handle_uncaught(exc_take());
      status = run_main(data, len, data, nullptr, nullptr);
    } else {
      globals = main_dict();
      status = globals ? repl_run(globals) : 1;
      inspect = false;
      exit_at_end = true;  // leaving the REPL (Ctrl-D, exit()) quits, window included
    }
  }
  // Like a board, the GUI stays alive when the script ends: a window remains open and
  // responsive until it is closed (--exit quits at once).
  if (!inspect && !exit_at_end && !shot.out && (status == 0 || status == 1)) lvgl_port_run_until_closed();
  if (inspect && (status == 0 || status == 1)) {
    Val m = dict_get(ts.modules, Q(__main__));
    globals = m ? (Val)((Module*)m)->dict : main_dict();
    if (globals) status = repl_run(globals);
  }
  sys_run_atexit();
  (void)stack_base_marker;
  return status;
}
