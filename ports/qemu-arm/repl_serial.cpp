// The REPL on the board's serial line: ">>> " and "... " prompts, typed characters echoed
// (backspace edits the line), results repr'd; Ctrl-C drops the line, Ctrl-D on an empty line
// ends the REPL, Ctrl-A enters the raw REPL tools drive (ports/unix/repl_raw.cpp, shared
// with the unix port; statements are collected by ports/unix/repl_input.cpp's rules).
#include "repl_serial.h"

#include <string.h>

#include "ports/unix/repl.h"
#include "ports/unix/repl_input.h"
#include "ports/unix/repl_raw.h"
#include "py/hal.h"
#include "py/runtime.h"

namespace py {

int hal_serial_read_byte();  // hal_bare.cpp

namespace {
constexpr int CTRL_A = 1, CTRL_C = 3, CTRL_D = 4;
constexpr int LINE_CANCELLED = -2, LINE_RAW = -3, LINE_EOF = -1;

void out(const char* s) { hal_stdout_write(s, strlen(s)); }

int read_serial_line(const char* prompt, char* buf, size_t cap) {
  out(prompt);
  size_t n = 0;
  for (;;) {
    int c = hal_serial_read_byte();
    switch (c) {
      case '\r': case '\n':
        out("\r\n");
        return (int)n;
      case CTRL_A:
        return LINE_RAW;
      case CTRL_C:
        out("\r\n");
        return LINE_CANCELLED;
      case CTRL_D:
        if (n == 0) {
          out("\r\n");
          return LINE_EOF;
        }
        break;
      case 8: case 127:
        if (n > 0) {
          n--;
          out("\b \b");
        }
        break;
      default:
        if (c >= 32 && n + 1 < cap) {
          buf[n++] = (char)c;
          char ch = (char)c;
          hal_stdout_write(&ch, 1);
        }
    }
  }
}
}  // namespace

int serial_repl(Val globals) {
  out("pyvgl (MicroPython-compatible) on Cortex-M; Ctrl-A raw REPL, Ctrl-D to exit\r\n");
  int status = 0;
  for (;;) {
    Buf src;
    int r = read_statement(read_serial_line, &src);
    if (r == LINE_EOF) return 0;
    if (r == LINE_RAW) {
      out("\r\n");
      const RawReplIo io{hal_serial_read_byte, nullptr, nullptr};
      RawReplEnd end = raw_repl(io, &globals, &status);
      if (end == RAW_SYSTEM_EXIT) return status;
      if (end == RAW_INPUT_ENDED) return 0;
      continue;
    }
    if (r <= 0) continue;
    if (src.failed) {
      exc_take();
      out("MemoryError\r\n");
      continue;
    }
    hal_interrupt_pending();  // forget a Ctrl-C typed before this run
    Val e = repl_run_source(src.data, src.len, 2, globals);
    if (!e) continue;
    if (exc_matches(e, (Val)&SystemExit_type)) return exit_status_of(e);
    print_exception(e, nullptr);
  }
}

}  // namespace py
