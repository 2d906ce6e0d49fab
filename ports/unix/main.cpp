// pyvgl: the unix command line, like MicroPython's unix port.
//   pyvgl [-X heapsize=N[k|m]] [-O] [-v] [-c CMD | script.py] [args...]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "py/hal.h"
#include "py/runtime.h"

namespace py {
void hal_unix_init();
}

using namespace py;

static int usage() {
  fprintf(stderr, "usage: pyvgl [-X heapsize=N[k|m]] [-O] [-v] [-c cmd | file] [arg ...]\n");
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

static int run_source(const char* src, size_t len, const char* filename) {
  Val d = main_dict();
  if (!d) return handle_uncaught(exc_take());
  if (strcmp(filename, "<stdin>") != 0) {
    Val f = str_new_cstr(filename);
    if (f) dict_set(d, Q(__file__), f);
  }
  Val r = exec_source(src, len, filename, d);
  if (!r) return handle_uncaught(exc_take());
  return 0;
}

static int repl() {
  // minimal interactive loop: one statement per line, blocks continue until an empty line
  bool tty = isatty(0);
  Val d = main_dict();
  if (!d) return 1;
  char line[4096];
  for (;;) {
    if (tty) hal_stdout_write(">>> ", 4);
    int n = hal_stdin_readline(line, sizeof line);
    if (n < 0) break;
    Buf b;
    buf_init(&b, 256);
    buf_add(&b, line, n);
    buf_addc(&b, '\n');
    if (n > 0 && line[n - 1] == ':') {
      for (;;) {
        if (tty) hal_stdout_write("... ", 4);
        int m = hal_stdin_readline(line, sizeof line);
        if (m <= 0) break;
        buf_add(&b, line, m);
        buf_addc(&b, '\n');
      }
    }
    Val code = compile_source(b.data, b.len, Q(stdin), 2);
    Val r = code ? exec_code(code, d, d) : nullptr;
    if (!r) {
      Val e = exc_take();
      if (exc_matches(e, (Val)&SystemExit_type)) return handle_uncaught(e);
      print_exception(e, nullptr);
    }
  }
  if (tty) hal_stdout_write("\n", 1);
  return 0;
}

int main(int argc, char** argv) {
  int stack_base_marker = 0;
  size_t heap_size = 8 * 1024 * 1024;
  int opt = 0, verbose = 0;
  int i = 1;
  const char* cmd = nullptr;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (!strcmp(a, "-X") && i + 1 < argc) {
      const char* x = argv[++i];
      if (!strncmp(x, "heapsize=", 9)) {
        if (!parse_size(x + 9, &heap_size)) return usage();
      }
    } else if (!strncmp(a, "-X", 2) && a[2]) {
      if (!strncmp(a + 2, "heapsize=", 9) && !parse_size(a + 11, &heap_size)) return usage();
    } else if (!strcmp(a, "-O")) opt++;
    else if (!strncmp(a, "-O", 2) && a[2] == 'O') opt += (int)strlen(a) - 1;
    else if (!strcmp(a, "-v")) verbose++;
    else if (!strcmp(a, "-c")) {
      if (i + 1 >= argc) return usage();
      cmd = argv[++i];
      i++;
      break;
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) return usage();
    else if (a[0] == '-' && a[1]) return usage();
    else break;
  }
  if (heap_size < 4096) heap_size = 4096;
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
  cfg.opt_level = opt;
  cfg.verbose = verbose;
  hal_unix_init();
  if (!init(&cfg)) {
    fprintf(stderr, "pyvgl: start-up failed (heap too small?)\n");
    return 1;
  }
  int status;
  if (cmd) {
    list_append(ts.sys_argv, str_new_cstr("-c"));
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    list_append(ts.sys_path, Q(empty));
    status = run_source(cmd, strlen(cmd), "<stdin>");
  } else if (i < argc) {
    const char* script = argv[i];
    for (; i < argc; i++) list_append(ts.sys_argv, str_new_cstr(argv[i]));
    // sys.path[0] is the script's directory
    const char* slash = strrchr(script, '/');
    list_append(ts.sys_path, slash ? str_new(script, slash - script) : Q(empty));
    char* data;
    size_t len;
    int err;
    if (!hal_read_file(script, gc_alloc, &data, &len, &err)) {
      fprintf(stderr, "pyvgl: can't open file '%s': [Errno %d] %s\n", script, err, strerror(err));
      return 2;
    }
    status = run_source(data, len, script);
  } else {
    list_append(ts.sys_argv, Q(empty));
    list_append(ts.sys_path, Q(empty));
    status = repl();
  }
  (void)stack_base_marker;
  return status;
}
