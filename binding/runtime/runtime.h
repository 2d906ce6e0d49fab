/**
 * @file runtime.h
 * The Python face of a generated module: makes the tables of binding/tables.h importable
 * as a built-in module of the interpreter (py/). Objects are built lazily from the tables.
 */
#ifndef PYVGL_BINDING_RUNTIME_H
#define PYVGL_BINDING_RUNTIME_H

#include "binding/tables.h"

namespace pyvgl {
namespace binding {

/** Makes `m` importable under m.name (`import lvgl`). Call after py::init(); at most
 *  4 modules. Installs the callback handler. Returns false if no slot is left. */
bool register_module(const Module & m);

/** How many Python exceptions callbacks have raised (each one was printed and swallowed at
 *  the trampoline); the headless runner compares it before and after rendering. */
unsigned callback_error_count();

/** How many Python callbacks are running right now (nested in engine code). A port that
 *  runs the engine from the interpreter's periodic hook does so only at depth 0. */
unsigned callback_depth();

} // namespace binding
} // namespace pyvgl

#endif
