// The engine and the page while Python runs. The browser draws and delivers events only
// when the module returns to it, and a script may compute or sleep for a long time (a
// `while True: time.sleep(0.1)` loop is the usual way to keep a board's GUI going). So
// wherever the interpreter waits (time.sleep*, asyncio's sleeps) and every YIELD_MS while it
// computes, the engine runs, the display is shown and the script pauses to the browser
// (emscripten_sleep: Asyncify unwinds and later resumes the call stack). Meanwhile the page
// keeps drawing, clicks and keys reach the widgets, and its Stop button can interrupt the
// script (hal_web.cpp: KeyboardInterrupt at the next check).
#include "ports/web/web_loop.h"

#include <emscripten.h>
#include <stdint.h>
#include <stdlib.h>

#include "binding/runtime/runtime.h"
#include "lvgl.h"
#include "ports/unix/gui_loop.h"
#include "py/hal.h"
#include "py/runtime.h"

namespace {

constexpr double YIELD_MS = 30;       // longest stretch of computing without the page
constexpr double ENGINE_MIN_MS = 5;   // the engine runs at most this often while computing
constexpr uint32_t WAIT_SLICE_MS = 16;  // a frame: how often a sleeping script shows one

double g_last_yield, g_last_engine;

// Module.pyvglPresent(rgba, width, height) is set by the page (pyvgl_page.js).
EM_JS(void, present_rgba, (const uint8_t* rgba, int w, int h), {
  if (Module.pyvglPresent) Module.pyvglPresent(rgba, w, h);
});

uint8_t* g_rgba;  // the display's pixels for the canvas (RGBA, opaque)
size_t g_rgba_size;

bool four_bytes_per_pixel(uint32_t cf) { return cf == LV_COLOR_FORMAT_XRGB8888 || cf == LV_COLOR_FORMAT_ARGB8888; }

// XRGB8888 / ARGB8888 in memory is B, G, R, A per pixel; a canvas wants R, G, B, A.
void present(const lv_draw_buf_t* buf) {
  int32_t w = buf->header.w, h = buf->header.h;
  size_t need = (size_t)w * (size_t)h * 4;
  if (need > g_rgba_size) {
    uint8_t* p = (uint8_t*)realloc(g_rgba, need);
    if (!p) return;
    g_rgba = p;
    g_rgba_size = need;
  }
  for (int32_t y = 0; y < h; y++) {
    const uint8_t* src = buf->data + (size_t)y * buf->header.stride;
    uint8_t* dst = g_rgba + (size_t)y * (size_t)w * 4;
    for (int32_t x = 0; x < w; x++, src += 4, dst += 4) {
      dst[0] = src[2];
      dst[1] = src[1];
      dst[2] = src[0];
      dst[3] = 255;
    }
  }
  present_rgba(g_rgba, w, h);
}

// Gives the browser `ms` (0: just a turn): first the engine runs and the display is shown,
// unless a Python callback of the engine is running (the frame may be half drawn).
void pause_to_browser(uint32_t ms) {
  if (pyvgl::binding::callback_depth() == 0) web_loop_step();
  emscripten_sleep(ms);
  g_last_yield = emscripten_get_now();
}

void periodic_hook() {
  double now = emscripten_get_now();
  if (now - g_last_yield >= YIELD_MS) pause_to_browser(0);
  else if (now - g_last_engine >= ENGINE_MIN_MS) {
    gui_loop_wait(-1, 0);  // runs the engine's due timers once (never re-entrantly)
    g_last_engine = now;
  }
}

// Waits max_ms in frames, giving the browser each one. There is no input handle to watch.
int wait_hook(int, uint32_t max_ms) {
  double end = emscripten_get_now() + max_ms;
  for (;;) {
    double left = end - emscripten_get_now();
    if (left <= 0) return 0;
    pause_to_browser(left < WAIT_SLICE_MS ? (uint32_t)left : WAIT_SLICE_MS);
  }
}

}  // namespace

void web_loop_start() {
  py::set_periodic_hook(periodic_hook);
  py::hal_set_wait_hook(wait_hook);
  g_last_yield = g_last_engine = emscripten_get_now();
}

void web_loop_step() {
  gui_loop_wait(-1, 0);
  g_last_engine = emscripten_get_now();
  lv_display_t* disp = lv_is_initialized() ? lv_display_get_default() : nullptr;
  lv_draw_buf_t* buf = disp ? lv_display_get_buf_active(disp) : nullptr;
  if (buf && buf->data && four_bytes_per_pixel(buf->header.cf)) present(buf);
}
