// The GUI engine inside the interpreter: its memory comes from the GC heap and its globals
// are a GC root, so everything the engine can reach survives every collection, and the
// generated `lvgl` module is importable (`import lvgl as lv` runs lv_init once).
#include "ports/unix/lvgl_port.h"

#include "binding/runtime/runtime.h"
#include "lvgl.h"
#include "py/gc.h"

extern const pyvgl::binding::Module pyvgl_module_lvgl;

namespace {

// The engine's blocks may hold pointers to other engine blocks and to Python objects:
// gc_alloc blocks are scanned conservatively, which is what the engine needs.
void* engine_alloc(size_t size) { return py::gc_alloc(size ? size : 1); }

void* engine_realloc(void* p, size_t size) { return py::gc_realloc(p, size ? size : 1); }

void engine_free(void* p) { py::gc_free(p); }

const lv_mem_allocator_t gc_allocator = {engine_alloc, engine_realloc, engine_free, nullptr};

}  // namespace

bool lvgl_port_init() {
  if (lv_is_initialized()) return true;  // the engine started with another allocator
  lv_mem_set_allocator(&gc_allocator);
  void* root;
  size_t root_size;
  lv_global_get_root(&root, &root_size);
  py::gc_register_root(root, root_size);
  return pyvgl::binding::register_module(pyvgl_module_lvgl);
}
