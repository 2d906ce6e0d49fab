// The GUI engine inside the interpreter: its memory comes from the GC heap and its globals
// are a GC root, so everything the engine can reach survives every collection, and the
// generated `lvgl` module is importable (`import lvgl as lv` runs lv_init once).
#include "ports/unix/lvgl_port.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binding/runtime/runtime.h"
#include "lvgl.h"
#include "lv_port.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

extern const pyvgl::binding::Module pyvgl_module_lvgl;

namespace {

// The engine's blocks may hold pointers to other engine blocks and to Python objects:
// gc_alloc blocks are scanned conservatively, which is what the engine needs.
void* engine_alloc(size_t size) { return py::gc_alloc(size ? size : 1); }

void* engine_realloc(void* p, size_t size) { return py::gc_realloc(p, size ? size : 1); }

void engine_free(void* p) { py::gc_free(p); }

const lv_mem_allocator_t gc_allocator = {engine_alloc, engine_realloc, engine_free, nullptr};

// Size of the displays the port makes: PYVGL_DISPLAY=WxH, else 480x320 like the original's
// display_driver.
void default_display_size(int32_t* w, int32_t* h) {
  *w = 480;
  *h = 320;
  const char* env = getenv("PYVGL_DISPLAY");
  int ew, eh;
  if (env && sscanf(env, "%dx%d", &ew, &eh) == 2 && ew > 0 && eh > 0 && ew <= 8192 && eh <= 8192) {
    *w = ew;
    *h = eh;
  }
}

void acknowledge_flush(lv_display_t* disp, const lv_area_t*, uint8_t*) { lv_display_flush_ready(disp); }

#if defined(LV_USE_SDL) && LV_USE_SDL
bool display_available() {
  const char* x11 = getenv("DISPLAY");
  const char* wayland = getenv("WAYLAND_DISPLAY");
  const char* headless = getenv("PYVGL_HEADLESS");
  if (headless && *headless && strcmp(headless, "0") != 0) return false;
  return (x11 && *x11) || (wayland && *wayland);
}

// A desktop window with mouse, keyboard and wheel, as the simulator gives.
lv_display_t* make_window(int32_t w, int32_t h) {
  lv_display_t* disp = lv_sdl_window_create(w, h);
  if (!disp) return nullptr;
  lv_sdl_mouse_create();
  lv_sdl_keyboard_create();
  lv_sdl_mousewheel_create();
  return disp;
}
#endif

// The display a script gets when it builds widgets without making one: a window when the
// desktop has a display, else a headless one (lv_port.h).
lv_display_t* provide_default_display() {
  int32_t w, h;
  default_display_size(&w, &h);
#if defined(LV_USE_SDL) && LV_USE_SDL
  if (display_available()) {
    if (lv_display_t* disp = make_window(w, h)) return disp;
  }
#endif
  void* fb;  // lives as long as the display, i.e. the process
  return lvgl_port_make_headless_display(w, h, LV_COLOR_FORMAT_XRGB8888, &fb);
}

}  // namespace

lv_display_t* lvgl_port_make_headless_display(int w, int h, lv_color_format_t cf, void** fb_out) {
  // The buffer is outside the GC heap: it holds pixels, never pointers, so the collector has
  // no reason to scan it.
  uint32_t stride = lv_draw_buf_width_to_stride((uint32_t)w, cf);
  size_t size = (size_t)stride * (size_t)h;
  void* fb = calloc(1, size);
  if (!fb) return nullptr;
  lv_display_t* disp = lv_display_create(w, h);
  if (!disp) {
    free(fb);
    return nullptr;
  }
  lv_display_set_color_format(disp, cf);
  lv_display_set_buffers(disp, fb, nullptr, (uint32_t)size, LV_DISPLAY_RENDER_MODE_DIRECT);
  lv_display_set_flush_cb(disp, acknowledge_flush);
  lv_display_set_default(disp);
  *fb_out = fb;
  return disp;
}

bool lvgl_port_has_open_window() {
#if defined(LV_USE_SDL) && LV_USE_SDL
  if (!lv_is_initialized() || lv_sdl_quit_requested()) return false;
  for (lv_display_t* d = lv_display_get_next(nullptr); d; d = lv_display_get_next(d)) {
    if (lv_sdl_window_get_id(d) != 0 && !lv_sdl_window_is_closed(d)) return true;
  }
#endif
  return false;
}

int lvgl_port_run_until_closed() {
#if defined(LV_USE_SDL) && LV_USE_SDL
  while (lvgl_port_has_open_window()) {
    if (py::hal_interrupt_pending()) return 0;  // Ctrl-C closes the simulator
    // the wait hook runs the engine (gui_loop.cpp); the window's closing is seen within 50 ms
    if (py::hal_wait_hook()) py::hal_wait(-1, 50);
    else lv_timer_handler_run_in_period(10);
  }
#endif
  return 0;
}

// The binding's run-time tables are made on the first `import lvgl`: a script that does not
// use the GUI spends no heap on them.
static py::Val lvgl_first_import() {
  if (!pyvgl::binding::register_module(pyvgl_module_lvgl))
    return py::exc_pending() ? nullptr : py::raise(&py::ImportError_type, "cannot set up the lvgl module");
  // register_module registered the module's own init under the same name: run it
  py::Val (*init)(void) = py::builtin_module_init(pyvgl_module_lvgl.name);
  if (!init || init == lvgl_first_import) return py::raise(&py::ImportError_type, "cannot set up the lvgl module");
  return init();
}

bool lvgl_port_init() {
  if (lv_is_initialized()) return true;  // the engine started with another allocator
  lv_mem_set_allocator(&gc_allocator);
  void* root;
  size_t root_size;
  lv_global_get_root(&root, &root_size);
  py::gc_register_root(root, root_size);
  lv_display_set_default_provider(provide_default_display);
  py::register_builtin_module(pyvgl_module_lvgl.name, lvgl_first_import);
  return true;
}
