// The engine and the page while Python runs (web_loop.cpp).
#pragma once
#include <stdint.h>

/** Installs the interpreter's periodic hook and wait hook (py/hal.h) that keep the page
 *  alive while a script runs. Call after py::init. */
void web_loop_start();

/** Runs the engine's due timers once and puts the default display on the page's canvas
 *  (Module.pyvglPresent). */
void web_loop_step();
