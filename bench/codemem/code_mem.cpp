// Memory of compiled code (host tool): what compiling a script leaves in the GC heap
// (code objects, constants, interned names) and the smallest heap in which it compiles.
//
//   build/bench/codemem/code_mem tests/py/smallheap/program.py
//
// The smallest heap is found by bisection, a fresh interpreter per try (a child process),
// with the frame stack sized as `pyvgl -X heapsize=N` sizes it (1/32, at least 1 KB).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "py/bytecode.h"
#include "py/gc.h"
#include "py/qstr.h"
#include "py/runtime.h"

using namespace py;

namespace {

struct Tally {
  size_t codes = 0, code_bytes = 0, const_objects = 0, const_bytes = 0;
  size_t bc_bytes = 0, jumps = 0, line_bytes = 0;
};

size_t heap_block(const void* p) { return p && gc_in_heap(p) ? gc_block_size(p) : 0; }

void walk(Code* c, Tally* t) {
  t->codes++;
  t->code_bytes += heap_block(c);
  t->bc_bytes += c->bc_len;
  t->line_bytes += c->lines_len;
  const uint8_t* bc = code_bc(c);
  for (uint32_t i = 0; i < c->bc_len; i += op_length(bc + i))
    if (op_arg_size(bc[i]) == 4) t->jumps++;
  for (uint32_t i = 0; i < c->nconsts; i++) {
    Val v = code_consts(c)[i];
    if (is_small(v) || !gc_in_heap(v)) continue;
    if (type_of(v) == &code_type) {
      walk((Code*)v, t);
    } else if (!(type_of(v) == &str_type && ((Str*)v)->interned)) {
      t->const_objects++;
      t->const_bytes += heap_block(v);
    }
  }
}

bool init_interp(size_t total, void* stack_top) {
  static char* heap;
  heap = (char*)malloc(total);
  Config cfg;
  cfg.heap = heap;
  cfg.heap_size = total;
  cfg.stack_top = stack_top;
  cfg.frame_stack_size = total / 32 < 1024 ? 1024 : total / 32;
  return init(&cfg);
}

// Compiles `path` in a fresh interpreter of `total` bytes (in a child process): true if it fits.
bool compiles_in(const char* path, size_t total) {
  pid_t pid = fork();
  if (pid == 0) {
    int marker;
    if (!init_interp(total, &marker)) _exit(2);
    Val code = compile_file(path, str_intern_cstr(path));
    _exit(code ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

namespace py { void hal_unix_init(); }

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: code_mem script.py\n");
    return 2;
  }
  const char* path = argv[1];
  hal_unix_init();
  int marker;
  if (!init_interp(4 << 20, &marker)) return 1;
  gc_collect();
  size_t before = gc_mem_alloc();
  size_t q0, qt0, qh0;
  qstr_stats(&q0, &qt0, &qh0);
  Val code = compile_file(path, str_intern_cstr(path));
  if (!code) {
    print_exception(exc_take(), nullptr);
    return 1;
  }
  gc_collect();
  size_t after = gc_mem_alloc();
  Tally t;
  walk((Code*)code, &t);
  size_t q1, qt1, qh1;
  qstr_stats(&q1, &qt1, &qh1);
  printf("%s\n", path);
  printf("  heap kept after compiling: %zu bytes\n", after - before);
  printf("  code objects: %zu, %zu bytes (bytecode %zu, %zu jumps; line tables %zu)\n", t.codes, t.code_bytes,
         t.bc_bytes, t.jumps, t.line_bytes);
  printf("  constant objects: %zu, %zu bytes\n", t.const_objects, t.const_bytes);
  printf("  interned names: %zu, %zu bytes (text %zu, table included)\n", q1 - q0, qh1 - qh0, qt1 - qt0);
  size_t lo = 8 * 1024, hi = 1024 * 1024;
  if (!compiles_in(path, hi)) {
    printf("  does not compile in 1 MB\n");
    return 0;
  }
  while (hi - lo > 256) {
    size_t mid = (lo + hi) / 2;
    if (compiles_in(path, mid)) hi = mid;
    else lo = mid;
  }
  printf("  smallest memory it compiles in: %zu bytes (%.1f KB, frame stack included)\n", hi, hi / 1024.0);
  return 0;
}
