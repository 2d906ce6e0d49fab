// The interactive prompt of the unix port: friendly REPL (line editor, history, tab
// completion, paste mode) and MicroPython's raw REPL protocol.
#pragma once
#include "py/obj.h"

namespace py {

// Runs the REPL on stdin/stdout with globals as the __main__ namespace.
// Returns the process exit status (SystemExit code, or 0 at end of input).
int repl_run(Val globals);

// Makes a fresh __main__ module and returns its dict (also used for soft reset; defined in
// repl_input.cpp, shared with the web port).
Val repl_new_main();

}  // namespace py
