// Built-in modules beyond sys and gc: registration and helpers shared by the module files.
//
// modules_init() registers every module compiled into this build (and its MicroPython
// u-prefixed alias) with register_builtin_module(). A port calls it once after py::init().
// Modules that need files or an OS (os, io.open) are only compiled when PYVGL_HAS_FS is 1.
#pragma once
#include "../runtime.h"

#ifndef M_PI  // strict C++ on newlib (Cortex-M) leaves the POSIX constants out
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.7182818284590452354
#endif

#ifndef PYVGL_HAS_FS
#define PYVGL_HAS_FS 1
#endif

namespace py {

void modules_init();
void sys_run_atexit();
// Heap in use right after start-up (the port measures gc_mem_alloc() before any user code)
// and heap the port holds outside the program's memory (-X heapsize: the main script's
// compiled code); micropython.mem_info() and gc.mem_alloc() report the program's view.
void set_heap_report(size_t startup_used, size_t reserved);
size_t heap_used();  // gc_mem_alloc() minus the port's reserve

// ---- helpers for module code -------------------------------------------------------------
bool arg_double(Val v, double* out);           // int/float; TypeError otherwise
bool arg_int(Val v, intptr_t* out);            // int (or __index__); error set when false
bool arg_buffer(Val v, Buffer* out);           // bytes-like; TypeError otherwise
Val type_instance_new(Type* t, size_t size);   // object of a native type, zeroed
Val make_native_type(Type* t, const char* name, const MethodDef* methods);
Val oserror(int err);                          // OSError(errno) with the errno attribute

// One init function per module (each lives in mod_<name>.cpp; math and gc register
// themselves from py::init).
Val cmath_module();
Val time_module();
Val micropython_module();
Val errno_module();
Val struct_module();
Val binascii_module();
Val random_module();
Val hashlib_module();
Val select_module();
Val array_module();
Val io_module();
Val json_module();
Val re_module();
Val builtins_module();
#if PYVGL_HAS_FS
Val os_module();
Val io_open(int npos, int nkw, const Val* args);  // the open() builtin
#endif
// frozen lib/ modules (mod_frozen.cpp): nullptr without error when there is none
Val frozen_import(Val fullname);
bool frozen_exists(const char* name);
// The frozen names' interned string equal to bytes s (its hash given), or nullptr.
Val frozen_name_find(const char* s, size_t n, uint32_t hash);

const char* errno_name(int code);  // "ENOENT"..., nullptr when unknown (mod_errno.cpp)

// micropython.schedule queue, run from check_signals' periodic hook
bool scheduler_run();

}  // namespace py
