// The simulator's event loop: the GUI engine keeps running without the script doing anything.
//
// One thread. The engine's timer handler (which polls SDL input, runs animations and timers,
// and refreshes the screen) is called from two places of the interpreter:
// - the periodic hook (every few thousand backward jumps while Python code runs), at most
//   every MIN_PERIOD_MS of wall time;
// - the wait hook (py/hal.h hal_wait): time.sleep*, asyncio's sleeps, the REPL waiting for a
//   key and the window kept open after the script all wait here, in poll() on the input
//   handle with a timeout of the engine's next timer deadline, so an idle process sleeps.
// Never re-entrantly: not while a Python callback runs inside the engine (a callback that
// sleeps or loops does not run the engine under itself), not inside the timer handler, and
// not while the heap is locked.
// The engine's clock (lv_tick_set_cb) is the monotonic clock, so nothing needs lv.tick_inc.
#include "ports/unix/gui_loop.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <time.h>

#include "binding/runtime/runtime.h"
#include "lvgl.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

namespace {

// The engine runs at most this often from the periodic hook (the VM may call it every few
// microseconds); timers of a shorter period are served at this granularity.
constexpr uint32_t MIN_PERIOD_MS = 5;
// How long a wait lasts when the engine has no timer at all (and nothing else wakes us).
constexpr uint32_t NO_DEADLINE = UINT32_MAX;

bool g_started;
bool g_in_service;
bool g_tick_installed;
uint32_t g_tick_offset;
uint64_t g_last_service_ms;

uint64_t monotonic_ms() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000u + (uint64_t)t.tv_nsec / 1000000u;
}

uint32_t port_tick() { return (uint32_t)monotonic_ms() + g_tick_offset; }

// The engine's clock becomes the monotonic one, continuing from where lv_tick_get is now so
// timers created before (on the lv_tick_inc clock) keep their pace. Again after an lv_deinit.
void install_tick() {
  if (g_tick_installed) return;
  g_tick_offset = lv_tick_get() - (uint32_t)monotonic_ms();
  lv_tick_set_cb(port_tick);
  g_tick_installed = true;
}

bool may_run_engine() {
  if (!lv_is_initialized()) {
    g_tick_installed = false;  // a later lv_init starts with no tick callback
    return false;
  }
  // not with the heap locked (micropython.heap_lock): the engine allocates as it runs
  return !g_in_service && pyvgl::binding::callback_depth() == 0 && py::gc_lock_depth() == 0;
}

// Runs the engine's timers once; returns ms until it wants to run again.
uint32_t service() {
  if (!may_run_engine()) return NO_DEADLINE;
  install_tick();
  g_in_service = true;
  uint32_t next = lv_timer_handler();
  g_in_service = false;
  g_last_service_ms = monotonic_ms();
  return next;
}

void periodic_hook() {
  uint64_t now = monotonic_ms();
  if (now - g_last_service_ms < MIN_PERIOD_MS) return;
  service();
}

// Waits up to ms for input on handle (-1: none). 1 input, 0 time up, -1 interrupted.
int wait_handle(int handle, uint32_t ms) {
  int timeout = ms > 1000000u ? 1000000 : (int)ms;
  if (handle < 0) {
    struct timespec t = {(time_t)(timeout / 1000), (long)(timeout % 1000) * 1000000L};
    return nanosleep(&t, nullptr) == 0 ? 0 : -1;
  }
  struct pollfd p = {handle, POLLIN, 0};
  int r = poll(&p, 1, timeout);
  if (r < 0) return errno == EINTR ? -1 : 1;  // a broken handle: let the reader see the error
  return r > 0 ? 1 : 0;
}

}  // namespace

int gui_loop_wait(int handle, uint32_t max_ms) {
  uint64_t start = monotonic_ms();
  for (;;) {
    uint32_t next = service();
    uint64_t elapsed = monotonic_ms() - start;
    if (elapsed >= max_ms) return handle >= 0 ? wait_handle(handle, 0) == 1 : 0;
    uint32_t left = max_ms - (uint32_t)elapsed;
    uint32_t slice = next < left ? next : left;
    if (slice == 0) slice = 1;  // a timer due at once again: never spin
    int r = wait_handle(handle, slice);
    if (r != 0) return r > 0 ? 1 : 0;
  }
}

void gui_loop_start() {
  if (g_started) return;
  g_started = true;
  py::set_periodic_hook(periodic_hook);
  py::hal_set_wait_hook(gui_loop_wait);
}
