// Serialization of compiled code objects into the frozen-module format (py/mod/frozen.h).
// Host-side: used by the pyvgl_freeze tool and by the unit tests.
#pragma once
#include <stdint.h>

#include <string>
#include <vector>

#include "py/obj.h"

namespace freeze {

// Appends the serialized form of a code object (or any constant) to out.
// Returns false with a message in *error for a constant type the format cannot hold.
bool serialize(py::Val v, std::vector<uint8_t>* out, std::string* error);

}  // namespace freeze
