// The browser port's entry points, called from the page (pyvgl_page.js) through ccall. The
// page owns the loop: each animation frame it calls web_step, which runs the engine once and
// puts the display on the canvas; scripts (web_run) and console lines (web_repl_line) run
// when the user asks, and give the page its turns while they last (web_loop.cpp). Pointer
// and keys are queued (web_input.cpp).
//
// Every call that may run Python or the engine must be made with ccall's {async: true} and
// one at a time: a garbage collection (py/gc.cpp) and a pause to the browser (web_loop.cpp)
// unwind the WebAssembly stack (Asyncify) and resume it from a browser task.
#include <emscripten.h>
#include <emscripten/stack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lvgl.h"
#include "ports/unix/gui_reset.h"
#include "ports/unix/lvgl_port.h"
#include "ports/unix/repl.h"
#include "ports/unix/repl_input.h"
#include "ports/web/hal_web.h"
#include "ports/web/web_input.h"
#include "ports/web/web_loop.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/mod/modules.h"
#include "py/runtime.h"

using namespace py;

namespace {

constexpr size_t HEAP_SIZE = 16 * 1024 * 1024;
constexpr size_t STACK_MARGIN = 256 * 1024;  // of the C stack, kept for the engine and libc

Val g_globals;         // the __main__ namespace of the last run, shared with the console
Buf g_pending;         // console lines of a statement not complete yet
bool g_pending_open;   // g_pending holds lines
bool g_pending_block;  // ... of a compound statement: it ends at an empty line

// Prints the traceback of the pending exception; SystemExit just ends the run quietly.
void report_error() {
  Val e = exc_take();
  if (e && !exc_matches(e, (Val)&SystemExit_type)) print_exception(e, nullptr);
}

// Compiles and runs src in g_globals (mode: 0 file, 2 console). True on success.
bool execute(const char* src, size_t len, Val filename, int mode) {
  Val code = compile_source(src, len, filename, mode);
  if (code && exec_code(code, g_globals, g_globals)) return true;
  report_error();
  return false;
}

// The engine, its display (the port's default display, of the size web_init got) and the
// page's input devices; their timers are the engine's for gui_reset.
bool start_engine() {
  Val lv = import_name(str_intern_cstr("lvgl"), None, 0, nullptr);
  if (!lv) {
    report_error();
    return false;
  }
  lv_screen_active();  // makes the default display
  lv_display_t* disp = lv_display_get_default();
  if (!disp) return false;
  web_input_create(disp);
  gui_reset_remember_engine_timers();
  return true;
}

void pending_add(const char* line) {
  buf_add(&g_pending, line, strlen(line));
  buf_addc(&g_pending, '\n');
}

// Runs the collected console statement and forgets it.
void pending_run() {
  g_pending_open = false;
  if (g_pending.failed) {
    exc_take();
    hal_stderr_write("MemoryError\n", 12);
  } else execute(g_pending.data, g_pending.len, Q(stdin), 2);
  buf_init(&g_pending, 256);
}

}  // namespace

extern "C" {

/** Starts the interpreter and the engine with a display of w x h. 1 ok, 0 failed. */
EMSCRIPTEN_KEEPALIVE int web_init(int w, int h) {
  char size[32];
  snprintf(size, sizeof size, "%dx%d", w, h);
  setenv("PYVGL_DISPLAY", size, 1);  // read by the port's default display (lvgl_port.cpp)
  void* heap = malloc(HEAP_SIZE);
  if (!heap) return 0;
  Config cfg;
  cfg.heap = heap;
  cfg.heap_size = HEAP_SIZE;
  cfg.stack_top = (void*)emscripten_stack_get_base();
  size_t stack = emscripten_stack_get_base() - emscripten_stack_get_end();
  cfg.stack_limit = stack > 2 * STACK_MARGIN ? stack - STACK_MARGIN : stack / 2;
  if (!init(&cfg)) return 0;
  modules_init();
  if (!lvgl_port_init()) return 0;
  gc_register_root(&g_globals, sizeof g_globals);
  gc_register_root(&g_pending, sizeof g_pending);
  list_append(ts.sys_path, Q(empty));
  buf_init(&g_pending, 256);
  web_loop_start();  // the engine and the page keep going while Python computes or sleeps
  g_globals = repl_new_main();
  return g_globals && start_engine() ? 1 : 0;
}

/** Runs a script in a fresh screen and a fresh __main__ (which the console then uses).
 *  0 ok, 1 it raised (the traceback went to stderr). */
EMSCRIPTEN_KEEPALIVE int web_run(const char* src) {
  gui_reset();
  Val d = repl_new_main();
  if (!d) {
    report_error();
    return 1;
  }
  g_globals = d;
  g_pending_open = false;
  buf_init(&g_pending, 256);
  return execute(src, strlen(src), str_intern_cstr("<editor>"), 0) ? 0 : 1;
}

/** One console line. Returns 1 when the statement needs more lines ("... "), 0 when it ran
 *  (or was empty): the rules of the unix REPL (ports/unix/repl_input.cpp). */
EMSCRIPTEN_KEEPALIVE int web_repl_line(const char* line) {
  if (!g_pending_open) {
    if (blank(line)) return 0;
    pending_add(line);
    g_pending_block = starts_compound(line) || ends_with_colon(line);
    g_pending_open = true;
  } else if (g_pending_block && blank(line) && !open_construct(g_pending.data, g_pending.len)) {
    pending_run();
    return 0;
  } else {
    pending_add(line);
  }
  if (g_pending_block || open_construct(g_pending.data, g_pending.len)) return 1;
  pending_run();
  return 0;
}

/** One GUI step: the engine's due timers (input, animations, refresh), then the default
 *  display's pixels go to the page's canvas (Module.pyvglPresent). */
EMSCRIPTEN_KEEPALIVE void web_step() { web_loop_step(); }

/** The Stop button: KeyboardInterrupt in the running script (callable any time). */
EMSCRIPTEN_KEEPALIVE void web_interrupt() { hal_web_request_interrupt(); }

/** Pointer state in display coordinates (no Python runs: callable any time). */
EMSCRIPTEN_KEEPALIVE void web_pointer(int x, int y, int pressed) { web_input_pointer(x, y, pressed != 0); }

/** One key press and release: LV_KEY_* or a character's code point (callable any time). */
EMSCRIPTEN_KEEPALIVE void web_key(int key) { web_input_key((uint32_t)key); }

}  // extern "C"
