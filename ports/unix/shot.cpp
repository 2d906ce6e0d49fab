// pyvgl --shot: renders a script headlessly and writes the picture, exactly as the reference
// scenes were made (tests/gui/scenes/README.md): a display of the scene's size in DIRECT mode
// over one full frame buffer, one step of the empty screen, the script with `lv` bound, N
// steps of simulated time, a full refresh, then the frame buffer as an 8-bit RGB PNG.
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binding/runtime/runtime.h"
#include "drivers/headless/lv_png.h"
#include "lvgl.h"
#include "lvgl_port.h"
#include "py/hal.h"
#include "py/runtime.h"

using namespace py;

namespace {

const int DEFAULT_WIDTH = 320;
const int DEFAULT_HEIGHT = 240;
const int MAX_SIDE = 8192;

bool parse_int(const char* s, int min, int max, int* out) {
  char* end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (end == s || *end || errno || v < min || v > max) return false;
  *out = (int)v;
  return true;
}

// "WxH" with both sides in 1..MAX_SIDE; `end` receives what follows H.
bool parse_size(const char* s, int* w, int* h, const char** end) {
  char* e;
  long x = strtol(s, &e, 10);
  if (e == s || (*e != 'x' && *e != 'X')) return false;
  const char* hs = e + 1;
  long y = strtol(hs, &e, 10);
  if (e == hs || x < 1 || y < 1 || x > MAX_SIDE || y > MAX_SIDE) return false;
  *w = (int)x;
  *h = (int)y;
  *end = e;
  return true;
}

// The scene's optional first line "# size: WxH".
bool size_from_script(const char* src, size_t len, int* w, int* h) {
  const char* tag = "# size:";
  size_t n = strlen(tag);
  if (len < n || strncmp(src, tag, n) != 0) return false;
  const char* p = src + n;
  while (*p == ' ' || *p == '\t') p++;
  const char* end;
  if (!parse_size(p, w, h, &end)) return false;
  while (*end == ' ' || *end == '\t' || *end == '\r') end++;
  return *end == '\n' || *end == 0;
}

void step(int ms) {
  lv_tick_inc((uint32_t)ms);
  lv_timer_handler();
}

// The script's directory (for chdir and sys.path), "." when it has none.
void script_dir(const char* script, char* dir, size_t size) {
  const char* slash = strrchr(script, '/');
  if (!slash) {
    snprintf(dir, size, ".");
    return;
  }
  size_t n = slash == script ? 1 : (size_t)(slash - script);
  snprintf(dir, size, "%.*s", (int)n, script);
}

// True when `exc` is a SystemExit that means success (no code, None or 0).
bool is_clean_exit(Val exc) {
  if (!exc_matches(exc, (Val)&SystemExit_type)) return false;
  Val code = ((Exception*)exc)->value;
  if (!code || code == None) return true;
  int64_t c;
  return is_int(code) && int_to_i64(code, &c) && c == 0;
}

// Runs the script as __main__ with `lv` bound; false (traceback printed) if it raised.
bool run_script(const char* src, size_t len, const char* filename, Val lv) {
  Val m = module_new(Q(__main__));
  if (!m) {
    print_exception(exc_take());
    return false;
  }
  dict_set(ts.modules, Q(__main__), m);
  Val d = (Val)((Module*)m)->dict;
  dict_set(d, Q(__builtins__), dict_get(ts.modules, Q(builtins)));
  Val lv_name = str_intern_cstr("lv");
  Val file = str_new_cstr(filename);
  if (!lv_name || !file || dict_set(d, lv_name, lv) < 0 || dict_set(d, Q(__file__), file) < 0) {
    print_exception(exc_take());
    return false;
  }
  if (exec_source(src, len, filename, d)) return true;
  Val exc = exc_take();
  if (is_clean_exit(exc)) return true;
  print_exception(exc);
  return false;
}

}  // namespace

int shot_parse_option(int argc, char** argv, int* i, ShotOptions* opts) {
  const char* a = argv[*i];
  bool known = !strcmp(a, "--shot") || !strcmp(a, "--size") || !strcmp(a, "--frames") ||
               !strcmp(a, "--step-ms") || !strcmp(a, "--color-format");
  if (!known) return 0;
  if (*i + 1 >= argc) {
    fprintf(stderr, "pyvgl: %s needs a value\n", a);
    return -1;
  }
  const char* v = argv[++*i];
  bool ok = true;
  if (!strcmp(a, "--shot")) {
    opts->out = v;
  } else if (!strcmp(a, "--size")) {
    const char* end;
    ok = parse_size(v, &opts->width, &opts->height, &end) && !*end;
  } else if (!strcmp(a, "--frames")) {
    ok = parse_int(v, 0, 1000000, &opts->frames);
  } else if (!strcmp(a, "--step-ms")) {
    ok = parse_int(v, 0, 1000000, &opts->step_ms);
  } else if (!strcmp(v, "XRGB8888") || !strcmp(v, "RGB565")) {
    opts->rgb565 = !strcmp(v, "RGB565");
  } else {
    ok = false;
  }
  if (!ok) {
    fprintf(stderr, "pyvgl: bad value for %s: '%s'\n", a, v);
    return -1;
  }
  return 1;
}

int shot_run(const ShotOptions& opts, const char* script) {
  char* src;
  size_t len;
  int err;
  if (!hal_read_file(script, gc_alloc, &src, &len, &err)) {
    fprintf(stderr, "pyvgl: can't open file '%s': [Errno %d] %s\n", script, err, strerror(err));
    return 1;
  }
  int w = opts.width, h = opts.height;
  if (!w && !size_from_script(src, len, &w, &h)) {
    w = DEFAULT_WIDTH;
    h = DEFAULT_HEIGHT;
  }
  // the output path is relative to where pyvgl started, the script runs in its own folder
  char cwd[PATH_MAX], dir[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) {
    perror("pyvgl: getcwd");
    return 1;
  }
  script_dir(script, dir, sizeof dir);
  const char* base = strrchr(script, '/') ? strrchr(script, '/') + 1 : script;

  Val lv = import_name(str_intern_cstr("lvgl"), None, 0, nullptr);  // runs lv_init once
  if (!lv) {
    print_exception(exc_take());
    return 1;
  }
  lv_color_format_t cf = opts.rgb565 ? LV_COLOR_FORMAT_RGB565 : LV_COLOR_FORMAT_XRGB8888;
  void* fb = nullptr;
  lv_display_t* disp = lvgl_port_make_headless_display(w, h, cf, &fb);
  if (!disp) {
    fprintf(stderr, "pyvgl: cannot create a %dx%d display\n", w, h);
    return 1;
  }
  step(opts.step_ms);  // the empty default screen, before the scene

  if (chdir(dir) != 0) {
    fprintf(stderr, "pyvgl: cannot enter '%s': %s\n", dir, strerror(errno));
    return 1;
  }
  Val path0 = str_new_cstr("");
  if (path0) list_append(ts.sys_path, path0);
  list_append(ts.sys_argv, str_new_cstr(base));
  bool script_ok = run_script(src, len, script, lv);

  unsigned errors_before = pyvgl::binding::callback_error_count();
  for (int f = 0; f < opts.frames; f++) step(opts.step_ms);
  lv_refr_now(disp);
  bool callbacks_ok = pyvgl::binding::callback_error_count() == errors_before;

  if (chdir(cwd) != 0) {
    fprintf(stderr, "pyvgl: cannot return to '%s': %s\n", cwd, strerror(errno));
    return 1;
  }
  // the script may have deleted or replaced the display: its buffer is what it drew last
  lv_display_t* shown = lv_display_get_default();
  const lv_draw_buf_t* buf = shown == disp ? lv_display_get_buf_active(disp) : nullptr;
  if (!buf || lv_draw_buf_save_to_png(buf, opts.out) != LV_RESULT_OK) {
    fprintf(stderr, "pyvgl: cannot write '%s'\n", opts.out);
    return 1;
  }
  if (!script_ok) return 2;
  return callbacks_ok ? 0 : 3;
}
