// HAL for the browser (py/hal.h): output goes to the page through JS callbacks, clocks come
// from the browser, files live in Emscripten's in-memory file system (MEMFS; the POSIX file
// services of ports/unix/hal_os_unix.cpp work on it unchanged). There is no stdin: input()
// gets EOF; the page's console feeds the REPL line by line instead (web_api.cpp). The page's
// Stop button is the Ctrl-C: KeyboardInterrupt at the script's next check.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <errno.h>

#include "ports/web/hal_web.h"
#include "py/hal.h"
#include "py/mod/hal_os.h"

// Module.pyvglOutput(fd, text) is set by the page (pyvgl_page.js); without it, the console.
EM_JS(void, web_output, (int fd, const char* s, size_t n), {
  var text = UTF8ToString(s, n);
  if (Module.pyvglOutput) Module.pyvglOutput(fd, text);
  else if (fd == 2) console.error(text);
  else console.log(text);
});

namespace {
bool g_interrupt;  // the page's Stop button
}  // namespace

void hal_web_request_interrupt() { g_interrupt = true; }

namespace py {

void hal_stdout_write(const char* s, size_t n) {
  if (n) web_output(1, s, n);
}

void hal_stderr_write(const char* s, size_t n) {
  if (n) web_output(2, s, n);
}

int hal_stdin_readline(char*, size_t) { return -1; }

uint64_t hal_ticks_us() { return (uint64_t)(emscripten_get_now() * 1000.0); }

// Only used without a wait hook: the port's (web_loop.cpp) gives the waits to the browser.
void hal_sleep_us(uint64_t us) {
  uint64_t end = hal_ticks_us() + us;
  while (hal_ticks_us() < end) {
  }
}

double hal_time() { return emscripten_date_now() / 1000.0; }

namespace {
constexpr uint32_t MODE_TYPE = 0170000, MODE_DIR = 0040000;  // st_mode's file type bits
bool is_dir(const HalStat& st) { return (st.mode & MODE_TYPE) == MODE_DIR; }
}  // namespace

bool hal_read_file(const char* path, void* (*alloc)(size_t), char** data, size_t* len, int* err) {
  HalStat st;
  int e = hal_stat_path(path, &st);
  if (e != 0 || is_dir(st)) {
    *err = e ? e : EISDIR;
    return false;
  }
  int h = hal_file_open(path, HAL_READ, err);
  if (h < 0) return false;
  char* buf = (char*)alloc((size_t)st.size + 1);
  size_t got = 0;
  while (buf && got < (size_t)st.size) {
    long n = hal_file_read(h, buf + got, (size_t)st.size - got, err);
    if (n <= 0) break;
    got += (size_t)n;
  }
  hal_file_close(h);
  if (!buf) {
    *err = ENOMEM;
    return false;
  }
  buf[got] = 0;
  *data = buf;
  *len = got;
  return true;
}

// Imports read their source a window at a time (py/hal.h); the files are Emscripten's.
int hal_source_open(const char* path, int* err) {
  HalStat st;
  int e = hal_stat_path(path, &st);
  if (e != 0 || is_dir(st)) {
    *err = e ? e : EISDIR;
    return -1;
  }
  return hal_file_open(path, HAL_READ, err);
}

long hal_source_read(int h, char* buf, size_t n) {
  int err = 0;
  long got = hal_file_read(h, buf, n, &err);
  return got < 0 ? -err : got;
}

void hal_source_close(int h) { hal_file_close(h); }

int hal_stat(const char* path) {
  HalStat st;
  if (hal_stat_path(path, &st) != 0) return 0;
  return is_dir(st) ? 2 : 1;
}

bool hal_interrupt_pending() {
  bool was = g_interrupt;
  g_interrupt = false;
  return was;
}

}  // namespace py
