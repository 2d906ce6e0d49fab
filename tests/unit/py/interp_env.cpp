#include "interp_env.h"

#include <pthread.h>
#include <stdlib.h>

namespace pytest {

static bool g_ready;

// The highest address of this thread's stack: the collector scans from there down.
static void* stack_top() {
  pthread_attr_t a;
  void* addr = nullptr;
  size_t size = 0;
  pthread_getattr_np(pthread_self(), &a);
  pthread_attr_getstack(&a, &addr, &size);
  pthread_attr_destroy(&a);
  return (char*)addr + size;
}

void ensure_init() {
  if (g_ready) return;
  static char heap[4 * 1024 * 1024];
  py::Config cfg;
  cfg.heap = heap;
  cfg.heap_size = sizeof heap;
  cfg.stack_top = stack_top();
  cfg.stack_limit = 512 * 1024;
  ASSERT_TRUE(py::init(&cfg));
  g_ready = true;
}

std::string eval_after(const char* stmts, const char* expr) {
  ensure_init();
  py::Val g = py::dict_new(0);
  if (!py::exec_source(stmts, strlen(stmts), "<test>", g)) {
    py::Val e = py::exc_take();
    return std::string("!") + py::type_of(e)->name;
  }
  py::Val code = py::compile_source(expr, strlen(expr), Q(string), 1);
  py::Val r = code ? py::exec_code(code, g, g) : nullptr;
  if (!r) {
    py::Val e = py::exc_take();
    return std::string("!") + py::type_of(e)->name;
  }
  py::Val s = py::str_of(r);
  if (!s) {
    py::exc_take();
    return "!str";
  }
  return std::string(py::str_data(s), py::str_len(s));
}

}  // namespace pytest
