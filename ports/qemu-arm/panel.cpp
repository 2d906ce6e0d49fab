// The emulated panel and the `board` module (see panel.h).
//   board.step(ms)          advance the engine's clock by ms and run its timers (renders)
//   board.refresh()         render what is still invalid now
//   board.save_frame(path)  write the panel's pixels (RGB565, little-endian, row by row)
//                           to a file on the host (semihosting)
#include "panel.h"

#include <string.h>

#include "board.h"
#include "lvgl.h"
#include "py/runtime.h"

namespace {
constexpr int WIDTH = 320, HEIGHT = 240;
constexpr int BAND_LINES = 10;  // the draw buffer: 10 lines, 6400 bytes

// The panel's own memory (on real hardware: the controller's GRAM behind SPI).
uint16_t g_panel[HEIGHT][WIDTH];
alignas(4) uint8_t g_band[WIDTH * BAND_LINES * 2];
lv_display_t* g_display;

// What a SPI panel driver does: send the area's pixels to the controller.
void flush_to_panel(lv_display_t* disp, const lv_area_t* area, uint8_t* px) {
  int32_t w = area->x2 - area->x1 + 1;
  for (int32_t y = area->y1; y <= area->y2; y++) {
    if (y >= 0 && y < HEIGHT && area->x1 >= 0 && area->x2 < WIDTH)
      memcpy(&g_panel[y][area->x1], px, (size_t)w * 2);
    px += w * 2;
  }
  lv_display_flush_ready(disp);
}

py::Val board_step(int, int, const py::Val* args) {
  int64_t ms;
  if (!py::is_int(args[0]) || !py::int_to_i64(args[0], &ms) || ms < 0 || ms > 1000000)
    return py::raise(&py::ValueError_type, "step takes 0..1000000 ms");
  lv_tick_inc((uint32_t)ms);
  lv_timer_handler();
  return None;
}

py::Val board_refresh(int, int, const py::Val*) {
  lv_refr_now(g_display);
  return None;
}

py::Val board_save_frame(int, int, const py::Val* args) {
  if (!py::is_str(args[0])) return py::raise(&py::TypeError_type, "save_frame takes a path");
  if (!board::semihost_write_file(py::str_data(args[0]), g_panel, sizeof g_panel))
    return py::raise(&py::OSError_type, "cannot write '%s' on the host", py::str_data(args[0]));
  return None;
}

py::Val board_module_init() {
  py::Val m = py::module_new(py::str_intern_cstr("board"));
  if (!m) return nullptr;
  struct Fn {
    const char* name;
    py::NativeFnPtr fn;
    int nargs;
  };
  static const Fn fns[] = {{"step", board_step, 1}, {"refresh", board_refresh, 0}, {"save_frame", board_save_frame, 1}};
  py::Val d = (py::Val)((py::Module*)m)->dict;
  for (const Fn& f : fns) {
    py::Val fo = py::native_func_new(f.name, f.fn, f.nargs, f.nargs, 0);
    if (!fo || py::dict_set(d, py::str_intern_cstr(f.name), fo) < 0) return nullptr;
  }
  return m;
}
}  // namespace

bool panel_init() {
  g_display = lv_display_create(WIDTH, HEIGHT);
  if (!g_display) return false;
  lv_display_set_color_format(g_display, LV_COLOR_FORMAT_RGB565);
  lv_display_set_buffers(g_display, g_band, nullptr, sizeof g_band, LV_DISPLAY_RENDER_MODE_PARTIAL);
  lv_display_set_flush_cb(g_display, flush_to_panel);
  lv_display_set_default(g_display);
  py::register_builtin_module("board", board_module_init);
  return true;
}
