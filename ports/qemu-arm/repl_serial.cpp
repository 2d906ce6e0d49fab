// The REPL on the board's serial line: ">>> " and "... " prompts, typed characters echoed
// (backspace edits the line), results repr'd; Ctrl-C drops the line, Ctrl-D on an empty line
// ends the REPL, Ctrl-A enters the raw REPL tools drive (ports/unix/repl_raw.cpp, shared
// with the unix port; statements are collected by ports/unix/repl_input.cpp's rules).
#include "repl_serial.h"
#include "serial_console.h"

#include <string.h>

#include "ports/unix/repl.h"
#include "ports/unix/repl_input.h"
#include "ports/unix/repl_raw.h"
#include "py/hal.h"
#include "py/runtime.h"

namespace py {

namespace {
void out(const char* s) { hal_stdout_write(s, strlen(s)); }
}  // namespace

int serial_repl(Val globals) {
  out("pyvgl (MicroPython-compatible) on Cortex-M; Ctrl-A raw REPL, Ctrl-D to exit\r\n");
  int status = 0;
  for (;;) {
    Buf src;
    int r = read_statement(serial_read_line, &src);
    if (r == SERIAL_LINE_EOF) return 0;
    if (r == SERIAL_LINE_RAW) {
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
