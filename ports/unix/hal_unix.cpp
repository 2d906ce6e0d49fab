// HAL for the unix port: stdio, clocks, files and Ctrl-C through POSIX.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "py/hal.h"

namespace py {

static volatile sig_atomic_t g_interrupt;

static void on_sigint(int) { g_interrupt = 1; }

void hal_unix_init() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigaction(SIGINT, &sa, nullptr);
}

static void write_all(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += w;
    n -= (size_t)w;
  }
}

// Set by the REPL while it waits for a key with the terminal in raw mode (no output
// processing): what GUI callbacks print meanwhile gets "\r\n" line ends so it does not
// staircase across the terminal, and the prompt line is cleared before the first of it (the
// REPL draws the prompt again after).
static bool g_output_crlf;
static bool g_clear_line_first;
static int g_background_output;  // 0 nothing yet, 1 ended with a newline, 2 did not

void hal_unix_begin_background_output(bool clear_line_first) {
  g_output_crlf = true;
  g_clear_line_first = clear_line_first;
  g_background_output = 0;
}

int hal_unix_end_background_output() {
  g_output_crlf = false;
  return g_background_output;
}

// fd gets s with every "\n" not already preceded by "\r" written as "\r\n"
static void write_crlf(int fd, const char* s, size_t n) {
  if (n == 0) return;
  if (!g_background_output && g_clear_line_first) write_all(fd, "\r\x1b[K", 4);  // replaces the prompt line
  g_background_output = s[n - 1] == '\n' ? 1 : 2;
  size_t start = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\n' || (i > 0 && s[i - 1] == '\r')) continue;
    write_all(fd, s + start, i - start);
    write_all(fd, "\r", 1);
    start = i;
  }
  write_all(fd, s + start, n - start);
}

void hal_stdout_write(const char* s, size_t n) {
  if (g_output_crlf) write_crlf(1, s, n);
  else write_all(1, s, n);
}

void hal_stderr_write(const char* s, size_t n) {
  if (g_output_crlf) write_crlf(2, s, n);
  else write_all(2, s, n);
}

int hal_stdin_readline(char* buf, size_t cap) {
  size_t n = 0;
  for (;;) {
    if (hal_wait_hook() && hal_wait(0, 1000) == 0) continue;  // the GUI runs while we wait
    char c;
    ssize_t r = read(0, &c, 1);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return n ? (int)n : -1;
    if (c == '\n') return (int)n;
    if (n + 1 < cap) buf[n++] = c;
  }
}

uint64_t hal_ticks_us() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

void hal_sleep_us(uint64_t us) {
  struct timespec t;
  t.tv_sec = (time_t)(us / 1000000u);
  t.tv_nsec = (long)(us % 1000000u) * 1000;
  while (nanosleep(&t, &t) < 0 && errno == EINTR && !g_interrupt) {
  }
}

double hal_time() {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int hal_source_open(const char* path, int* err) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) *err = errno;
  return fd;
}

long hal_source_read(int h, char* buf, size_t n) {
  for (;;) {
    ssize_t r = read(h, buf, n);
    if (r >= 0) return (long)r;
    if (errno != EINTR) return -errno;
  }
}

void hal_source_close(int h) { close(h); }

bool hal_read_file(const char* path, void* (*alloc)(size_t), char** data, size_t* len, int* err) {
  FILE* f = fopen(path, "rb");
  if (!f) {
    *err = errno;
    return false;
  }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  if (size < 0) {
    *err = EIO;
    fclose(f);
    return false;
  }
  char* buf = (char*)alloc((size_t)size + 1);
  if (!buf) {
    *err = ENOMEM;
    fclose(f);
    return false;
  }
  size_t got = fread(buf, 1, (size_t)size, f);
  fclose(f);
  buf[got] = 0;
  *data = buf;
  *len = got;
  return true;
}

int hal_stat(const char* path) {
  struct stat st;
  if (stat(path, &st) != 0) return 0;
  return S_ISDIR(st.st_mode) ? 2 : 1;
}

bool hal_interrupt_pending() {
  if (!g_interrupt) return false;
  g_interrupt = 0;
  return true;
}

}  // namespace py
