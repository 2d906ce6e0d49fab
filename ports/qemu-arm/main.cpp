// Bare-metal entry point for the Cortex-M build: a fixed 16 KB memory (frame stack + GC
// heap), the built-in and frozen modules, a small script compiled and run at boot, then the
// REPL on the serial console. The GUI build (PYVGL_QEMU_GUI) has a larger heap (the
// engine's objects live in it), imports lvgl and makes its display (panel.cpp) before. main's result is the status qemu exits with (semihosting,
// startup.cpp). The interpreter's type, builtin and module tables and its static names are
// const data (.rodata in flash): start-up uses a few hundred bytes of the heap.
#include <stdlib.h>
#include <string.h>

#include "board.h"
#include "ports/unix/repl.h"
#include "py/mod/modules.h"
#include "py/runtime.h"
#include "repl_serial.h"
#if PYVGL_QEMU_GUI
#include "panel.h"
#include "ports/unix/lvgl_port.h"
#endif

namespace {
#ifndef PYVGL_HEAP_KB
#define PYVGL_HEAP_KB 16
#endif
// The memory is PYVGL_HEAP_KB unless qemu's command line says "heap=N" (KB, up to
// HEAP_MAX_KB): one firmware measures how much memory a program needs.
constexpr size_t HEAP_MAX_KB = PYVGL_HEAP_KB > 64 ? PYVGL_HEAP_KB : 64;
alignas(16) unsigned char g_heap[HEAP_MAX_KB * 1024];

size_t heap_kb() {
  char cmdline[128];
  if (!board::semihost_cmdline(cmdline, sizeof cmdline)) return PYVGL_HEAP_KB;
  // a word "heap=N" (read by hand: strstr and atoi would add 1.5 KB of newlib)
  for (const char* p = cmdline; *p; p++) {
    if ((p != cmdline && p[-1] != ' ') || strncmp(p, "heap=", 5)) continue;
    size_t kb = 0;
    for (const char* d = p + 5; *d >= '0' && *d <= '9' && kb <= HEAP_MAX_KB; d++) kb = kb * 10 + (size_t)(*d - '0');
    if (kb >= 8 && kb <= HEAP_MAX_KB) return kb;
  }
  return PYVGL_HEAP_KB;
}
const char BOOT_SCRIPT[] =
    "import math, struct, json\n"
    "print('pyvgl on Cortex-M', math.sqrt(16), struct.pack('<H', 258), json.dumps([1, 2]))\n";
}  // namespace

int main() {
  board::uart_init();
  board::systick_init();
  int stack_marker = 0;
  py::Config cfg;
  cfg.heap = g_heap;
  cfg.heap_size = heap_kb() * 1024;
  cfg.stack_top = &stack_marker;
  cfg.stack_limit = 8 * 1024;
  cfg.frame_stack_size = 1024;  // deeper calls take their frames from the heap
  if (!py::init(&cfg)) return 1;
  py::modules_init();
  py::set_heap_report(py::gc_mem_alloc(), 0);  // mem_info's start-up figure: before any user code
#if PYVGL_QEMU_GUI
  if (!lvgl_port_init()) return 1;
  if (!py::import_name(py::str_intern_cstr("lvgl"), None, 0, nullptr) || !panel_init()) {
    py::print_exception(py::exc_take());
    return 1;
  }
#endif
  py::Val globals = py::repl_new_main();
  if (!globals) return 1;
  if (!py::exec_source(BOOT_SCRIPT, sizeof BOOT_SCRIPT - 1, "boot.py", globals)) py::print_exception(py::exc_take());
  return py::serial_repl(globals);
}
