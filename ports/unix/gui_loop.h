// The simulator's event loop (gui_loop.cpp): the GUI engine runs from the interpreter's
// periodic hook and wherever the interpreter waits.
#pragma once
#include <stdint.h>

/** Makes the GUI live: installs the periodic hook and the wait hook (py/hal.h). Not used by
 *  the --shot runner, whose clock is virtual. */
void gui_loop_start();

/** The wait hook: runs the engine's due timers and waits in poll() until `handle` (0 =
 *  stdin, -1 = none) has input or max_ms passed. 1 when the handle has input, else 0
 *  (time up, or a signal such as Ctrl-C). */
int gui_loop_wait(int handle, uint32_t max_ms);
