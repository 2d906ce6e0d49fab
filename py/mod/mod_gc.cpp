// The gc module.
#include "../runtime.h"
#include "modules.h"

namespace py {

namespace {
bool g_enabled = true;
Val gc_collect_fn(int n, int k, const Val* a) {
  gc_collect();
  return None;
}
Val gc_mem_free_fn(int n, int k, const Val* a) { return int_from((intptr_t)gc_mem_free()); }
Val gc_mem_alloc_fn(int n, int k, const Val* a) { return int_from((intptr_t)heap_used()); }
Val gc_enable_fn(int n, int k, const Val* a) { g_enabled = true; return None; }
Val gc_disable_fn(int n, int k, const Val* a) { g_enabled = false; return None; }
Val gc_isenabled_fn(int n, int k, const Val* a) { return from_bool(g_enabled); }
Val gc_threshold_fn(int n, int k, const Val* a) {
  intptr_t bytes = GC_THRESHOLD_QUERY;
  if (n && !arg_int(a[0], &bytes)) return nullptr;
  intptr_t now = gc_threshold(bytes);
  return n ? None : small(now);
}
const MethodDef gc_fns[] = {
  {"collect", gc_collect_fn, 0, 1, 0}, {"mem_free", gc_mem_free_fn, 0, 0, 0}, {"mem_alloc", gc_mem_alloc_fn, 0, 0, 0},
  {"enable", gc_enable_fn, 0, 0, 0}, {"disable", gc_disable_fn, 0, 0, 0}, {"isenabled", gc_isenabled_fn, 0, 0, 0},
  {"threshold", gc_threshold_fn, 0, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};
Val gc_init_module() { return module_from_table("gc", gc_fns); }
}  // namespace

void gc_module_init() { register_builtin_module("gc", gc_init_module); }

}  // namespace py
