// MicroPython's raw REPL protocol, the part tools (mpremote, pyboard.py) talk to, shared by
// the unix port's terminal REPL and the bare-metal port's serial REPL (repl_raw.cpp).
#pragma once
#include "py/obj.h"

namespace py {

// What the raw REPL needs from its port: the next input byte (-1 at end of input), and
// hooks around running code (the unix port gives the terminal back meanwhile; may be null).
struct RawReplIo {
  int (*read_byte)();
  void (*run_begin)();
  void (*run_end)();
};

enum RawReplEnd { RAW_TO_FRIENDLY, RAW_INPUT_ENDED, RAW_SYSTEM_EXIT };

// Runs the raw REPL until Ctrl-B (RAW_TO_FRIENDLY), the end of input or a SystemExit (its
// status in *exit_status). *globals is replaced by a soft reset (Ctrl-D on an empty buffer).
RawReplEnd raw_repl(const RawReplIo& io, Val* globals, int* exit_status);

// Compiles and runs src in globals (mode as compile_source: 0 file, 2 single statement);
// returns the exception it raised, nullptr when none.
Val repl_run_source(const char* src, size_t len, int mode, Val globals);

// The process exit status a SystemExit asks for (its message, if any, is written to stderr).
int exit_status_of(Val system_exit);

}  // namespace py
