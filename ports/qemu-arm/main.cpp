// Bare-metal entry point for the Cortex-M build: a fixed 16 KB memory (frame stack + GC
// heap), the built-in and frozen modules, and a small script compiled and run at boot. The
// interpreter's type, builtin and module tables and its static names are const data
// (.rodata in flash): start-up uses a few hundred bytes of the heap.
#include "py/mod/modules.h"
#include "py/runtime.h"

namespace {
alignas(16) unsigned char g_heap[16 * 1024];
const char BOOT_SCRIPT[] =
    "import math, struct, json\n"
    "print('pyvgl on Cortex-M', math.sqrt(16), struct.pack('<H', 258), json.dumps([1, 2]))\n";
}  // namespace

int main() {
  int stack_marker = 0;
  py::Config cfg;
  cfg.heap = g_heap;
  cfg.heap_size = sizeof g_heap;
  cfg.stack_top = &stack_marker;
  cfg.stack_limit = 8 * 1024;
  cfg.frame_stack_size = 1024;  // deeper calls take their frames from the heap
  if (!py::init(&cfg)) return 1;
  py::modules_init();
  py::Val m = py::module_new(Q(__main__));
  if (!m) return 1;
  py::Val d = (py::Val)((py::Module*)m)->dict;
  if (!py::exec_source(BOOT_SCRIPT, sizeof BOOT_SCRIPT - 1, "boot.py", d)) py::print_exception(py::exc_take());
  for (;;) {
  }
}
