// pyvgl --watch script.py: live reload. The script runs, then the file is watched (inotify
// on its directory, so editors that save by writing a new file and renaming it are seen;
// stat polling when inotify is unavailable). On each save the script's screens, timers and
// animations are deleted, a fresh active screen is loaded, and the script runs again in a
// fresh __main__ (modules imported from files are imported again), on the same display (and
// window). A script that fails to compile or raises
// prints its traceback and leaves an error label on the screen until the next save.
// The GUI runs while waiting (hal_wait: gui_loop.cpp). Stops on Ctrl-C / SIGINT, when the
// window is closed, or (for tests) after --watch-count N runs.
#include "ports/unix/watch.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lvgl.h"
#include "ports/unix/gui_reset.h"
#include "ports/unix/lvgl_port.h"
#include "ports/unix/repl.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

using namespace py;

namespace {

constexpr uint32_t POLL_INTERVAL_MS = 250;  // stat polling fallback
constexpr uint32_t SETTLE_MS = 60;          // an editor's save may be several writes

// What the file looked like when last run, to tell a real change from a touch of the dir.
struct Stamp {
  bool exists;
  off_t size;
  struct timespec mtime;
  ino_t ino;
};

Stamp stamp_of(const char* path) {
  Stamp s;
  memset(&s, 0, sizeof s);
  struct stat st;
  if (stat(path, &st) != 0) return s;
  s.exists = true;
  s.size = st.st_size;
  s.mtime = st.st_mtim;
  s.ino = st.st_ino;
  return s;
}

bool same_stamp(const Stamp& a, const Stamp& b) {
  return a.exists == b.exists && a.size == b.size && a.mtime.tv_sec == b.mtime.tv_sec &&
         a.mtime.tv_nsec == b.mtime.tv_nsec && a.ino == b.ino;
}

struct Watcher {
  const char* path;
  char base[NAME_MAX + 1];
  int fd;  // inotify descriptor, -1: polling
  Stamp last;
};

void watcher_open(Watcher* w, const char* path) {
  w->path = path;
  const char* slash = strrchr(path, '/');
  snprintf(w->base, sizeof w->base, "%s", slash ? slash + 1 : path);
  char dir[PATH_MAX];
  if (slash) snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
  else snprintf(dir, sizeof dir, ".");
  // PYVGL_WATCH_POLL=1 forces the polling fallback (tests cover both ways)
  const char* force_poll = getenv("PYVGL_WATCH_POLL");
  bool poll_only = force_poll && *force_poll && strcmp(force_poll, "0") != 0;
  w->fd = poll_only ? -1 : inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (w->fd >= 0 &&
      inotify_add_watch(w->fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MODIFY | IN_ATTRIB) < 0) {
    close(w->fd);
    w->fd = -1;
  }
  w->last = stamp_of(path);
}

// True when an event of the queue names the script (drains the queue).
bool drain_events(Watcher* w) {
  alignas(struct inotify_event) char buf[4096];
  bool hit = false;
  for (;;) {
    ssize_t n = read(w->fd, buf, sizeof buf);
    if (n <= 0) return hit;
    for (char* p = buf; p < buf + n;) {
      struct inotify_event* e = (struct inotify_event*)p;
      if (e->len && strcmp(e->name, w->base) == 0) hit = true;
      p += sizeof(struct inotify_event) + e->len;
    }
  }
}

enum WaitResult { FILE_CHANGED, STOP_WATCHING };

bool should_stop(bool had_window) {
  if (hal_interrupt_pending()) return true;
  return had_window && !lvgl_port_has_open_window();
}

// Waits (running the GUI) until the file changed and stayed quiet for SETTLE_MS.
WaitResult wait_for_change(Watcher* w, bool had_window) {
  for (;;) {
    if (should_stop(had_window)) return STOP_WATCHING;
    bool maybe;
    if (w->fd >= 0) maybe = hal_wait(w->fd, 100) == 1 && drain_events(w);
    else {
      hal_wait(-1, POLL_INTERVAL_MS);
      maybe = true;
    }
    if (!maybe) continue;
    Stamp now = stamp_of(w->path);
    if (same_stamp(now, w->last)) continue;
    // let the editor finish writing, then take the final state
    for (;;) {
      hal_wait(-1, SETTLE_MS);
      if (w->fd >= 0 && drain_events(w)) continue;
      Stamp later = stamp_of(w->path);
      if (same_stamp(later, now)) break;
      now = later;
    }
    if (!now.exists) continue;  // deleted: wait for it to come back
    w->last = now;
    return FILE_CHANGED;
  }
}

// The error, in red, on the fresh screen: the window shows that the last save failed.
void show_error(const char* script, Val exc) {
  if (!lv_is_initialized()) return;
  Val msg = str_of(exc);
  if (!msg) exc_take();
  Val type_name = type_qname(exc->type);
  const char* type = type_name && is_str(type_name) ? str_data(type_name) : "Error";
  char text[512];
  snprintf(text, sizeof text, "%s failed:\n%s: %s\n\n(traceback in the terminal; save to reload)", script,
           type, msg ? str_data(msg) : "");
  lv_obj_t* label = lv_label_create(lv_screen_active());
  if (!label) return;
  lv_label_set_text(label, text);
  lv_obj_set_width(label, lv_pct(90));
  lv_label_set_long_mode(label, LV_LABEL_LONG_MODE_WRAP);
  lv_obj_set_style_text_color(label, lv_color_hex(0xc00000), 0);
  lv_obj_center(label);
}

// Modules loaded from files (the script's own helpers, found on sys.path) are imported
// afresh by the next run, so saving a helper module and then the script picks up both.
// Built-in and frozen modules stay: they have no file on disk.
void forget_file_modules() {
  Val doomed = list_new(0);
  if (!doomed) {
    exc_take();
    return;
  }
  Map* m = &((Dict*)ts.modules)->map;
  for (uint32_t i = 0; i < m->n; i++) {
    Val name = m->entries[i].key, mod = m->entries[i].value;
    if (!name || !mod || is_small(mod) || mod->type != &module_type) continue;
    Val file = dict_get((Val)((Module*)mod)->dict, Q(__file__));
    if (file && is_str(file) && hal_stat(str_data(file)) == 1 && list_append(doomed, name) < 0) break;
  }
  for (size_t i = 0; i < ((List*)doomed)->len; i++) dict_del(ts.modules, ((List*)doomed)->items[i]);
  exc_take();  // a failure here only means a module is not reloaded
}

enum RunResult { RUN_OK, RUN_FAILED, RUN_INTERRUPTED };

RunResult run_script(const char* script) {
  char* data;
  size_t len;
  int err;
  if (!hal_read_file(script, gc_alloc, &data, &len, &err)) {
    fprintf(stderr, "pyvgl: can't open file '%s': [Errno %d] %s\n", script, err, strerror(err));
    return RUN_FAILED;
  }
  Val globals = repl_new_main();
  Val file = str_new_cstr(script);
  Val fn = str_intern_cstr(script);
  if (globals && file && fn && dict_set(globals, Q(__file__), file) >= 0) {
    Val code = compile_source(data, len, fn, 0);
    gc_free(data);
    if (code && exec_code(code, globals, globals)) return RUN_OK;
  }
  Val exc = exc_take();
  if (!exc) return RUN_FAILED;
  if (exc_matches(exc, (Val)&KeyboardInterrupt_type)) return RUN_INTERRUPTED;
  if (exc_matches(exc, (Val)&SystemExit_type)) return RUN_OK;  // the script ended itself
  print_exception(exc, nullptr);
  show_error(script, exc);
  return RUN_FAILED;
}

// The display exists before the first run, so its timers count as the engine's.
bool start_engine() {
  Val lv = import_name(str_intern_cstr("lvgl"), None, 0, nullptr);
  if (!lv) {
    print_exception(exc_take(), nullptr);
    return false;
  }
  lv_screen_active();  // makes the default display (the port's provider) if there is none
  gui_reset_remember_engine_timers();
  return true;
}

}  // namespace

int watch_run(const char* script, int max_runs) {
  if (!start_engine()) return 1;
  Watcher w;
  watcher_open(&w, script);
  bool had_window = lvgl_port_has_open_window();
  int status = 0;
  for (int run = 1;; run++) {
    if (run > 1) {
      gui_reset();
      forget_file_modules();
    }
    RunResult r = run_script(script);
    status = r == RUN_OK ? 0 : 1;
    if (r == RUN_INTERRUPTED) break;
    bool last = max_runs > 0 && run >= max_runs;
    fprintf(stderr, "[watch] %s: run %d %s%s\n", script, run, r == RUN_OK ? "ok" : "failed",
            last ? "" : "; waiting for a change (Ctrl-C to stop)");
    if (last) {
      hal_wait(-1, 100);  // one more moment of GUI so the last run is shown
      break;
    }
    had_window = had_window || lvgl_port_has_open_window();
    if (wait_for_change(&w, had_window) == STOP_WATCHING) break;
  }
  if (w.fd >= 0) close(w.fd);
  return status;
}
