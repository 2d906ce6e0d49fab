// Hooks of the unix port's GUI part (lvgl_port.cpp, shot.cpp) called from main.cpp.
#pragma once

#include "lvgl.h"

/** Engine allocations from the GC heap, engine globals as a GC root, `import lvgl` available.
 *  Call after py::init and before anything imports lvgl. False if the module cannot be added. */
bool lvgl_port_init();

/** A default display rendering into one full frame buffer (DIRECT mode), outside the GC
 *  heap; *fb_out receives the buffer (free() it after deleting the display). */
lv_display_t* lvgl_port_make_headless_display(int w, int h, lv_color_format_t cf, void** fb_out);

/** True while a desktop window of the simulator is open. */
bool lvgl_port_has_open_window();

/** Runs the engine (timers, input, refresh) until every window is closed or Ctrl-C.
 *  Returns at once when there is no window. */
int lvgl_port_run_until_closed();

/** Options of the headless runner: pyvgl --shot OUT.png [--size WxH] [--frames N]
 *  [--step-ms MS] [--color-format XRGB8888|RGB565] script.py */
struct ShotOptions {
  const char* out = nullptr;  ///< PNG path; nullptr: not in --shot mode
  int width = 0, height = 0;  ///< 0: the script's "# size: WxH" line, else 320x240
  int frames = 30;
  int step_ms = 33;
  bool rgb565 = false;
};

/** Parses one --shot option at argv[*i] (advancing *i past its value). Returns 1 if it was
 *  one, 0 if argv[*i] is not a --shot option, -1 (message printed) if it is malformed. */
int shot_parse_option(int argc, char** argv, int* i, ShotOptions* opts);

/** Runs the headless procedure of tests/gui/scenes/README.md on `script` and writes the PNG.
 *  Exit status: 0 ok, 2 the script raised, 3 a callback raised while rendering, 1 other errors. */
int shot_run(const ShotOptions& opts, const char* script);
