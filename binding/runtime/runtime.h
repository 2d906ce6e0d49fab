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

} // namespace binding
} // namespace pyvgl

#endif
