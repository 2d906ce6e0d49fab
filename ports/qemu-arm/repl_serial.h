// The bare-metal port's REPL on the serial console (repl_serial.cpp).
#pragma once
#include "py/obj.h"

namespace py {

// Runs the friendly REPL (and the raw REPL on Ctrl-A) with globals as __main__'s dict.
// Returns the exit status: SystemExit's code, 0 at Ctrl-D on an empty line.
int serial_repl(Val globals);

}  // namespace py
