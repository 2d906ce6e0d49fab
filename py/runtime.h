// The interpreter runtime and its embedding API.
//
// Start-up:   py::Config cfg; cfg.heap = buf; cfg.heap_size = n; py::init(&cfg);
// Run code:   py::exec_source(src, len, "file.py", module_dict)  (nullptr + exception on error)
// Errors:     functions returning Val return nullptr on failure; the exception is in
//             py::exc_pending(). raise(type, fmt, ...) sets it and returns nullptr.
//             print_exception(exc) writes it with its traceback to stderr.
// Calling:    py::call(f, npos, nkw, args) (args = npos values then nkw name/value pairs);
//             call_protected(f, npos, args, &result) never leaves an exception pending:
//             it returns false and hands the exception back instead.
// Extending:  native functions (native_func_new), native types (type_init +
//             type_add_methods/type_add_getset + slots), built-in modules
//             (register_builtin_module), periodic hook (set_periodic_hook).
#pragma once
#include "obj.h"
#include "qstr.h"

namespace py {

struct Frame;
struct Code;

// Smallest memory (frame stack + heap) py::init accepts: the built-in tables are in ROM,
// start-up takes a few hundred bytes of heap.
constexpr size_t MIN_HEAP_SIZE = 8 * 1024;

struct Config {
  void* heap = nullptr;
  size_t heap_size = 0;
  void* stack_top = nullptr;      // address of a local in the outermost C frame
  size_t stack_limit = 0;         // bytes of C stack the interpreter may use (0 = default)
  size_t frame_stack_size = 0;    // bytes of `heap` for Python frames (0 = 1/32 of it)
  int opt_level = 0;              // -O: asserts removed when >= 1
  int verbose = 0;
};

// Global interpreter state. The whole struct is a GC root.
struct State {
  Val exc;              // pending exception or nullptr
  Val handled;          // exception being handled (bare raise, __context__)
  Frame* frame;         // innermost running Python frame
  Val builtins;         // builtins module dict
  Val modules;          // sys.modules
  Val sys_path, sys_argv, main_module;
  Val builtin_modules;  // name -> init function (native func) or module
  Val memory_error;     // preallocated MemoryError instance
  Val stdout_obj, stderr_obj;
  Val periodic_hook;
  int depth;            // Python call depth
  int max_depth;
  uintptr_t stack_limit_addr;  // lowest allowed C stack address
  int opt_level;
  int verbose;
  int periodic_counter;
  void (*c_periodic)(void);    // native periodic hook (GUI timers)
  NativeFunc* native_func;     // the native function being called (its ctx field), valid
                               // at the start of the call, before any nested call
};
extern State ts;

bool init(const Config* cfg);

// ---- errors -----------------------------------------------------------------------------
Val raise(Type* t, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Val raise_obj(Val exc);        // exc may be a type or an instance
Val raise_no_memory();
inline Val exc_pending() { return ts.exc; }
Val exc_take();                // returns and clears the pending exception
bool exc_matches(Val exc, Val type_or_tuple);
void print_exception(Val exc, Val file = nullptr);  // nullptr = stderr
bool check_stack();            // false + RuntimeError when C stack or depth is exhausted
Val raise_type_error_args(const char* fname, int want, int got);

// ---- object protocol ------------------------------------------------------------------
Val call(Val f, int npos, int nkw, const Val* args);
inline Val call0(Val f) { return call(f, 0, 0, nullptr); }
inline Val call1(Val f, Val a) { return call(f, 1, 0, &a); }
inline Val call2(Val f, Val a, Val b) { Val v[2] = {a, b}; return call(f, 2, 0, v); }
bool call_protected(Val f, int npos, const Val* args, Val* result_or_exc);
Val call_method(Val obj, Val name, int npos, const Val* args);
Val getattr(Val o, Val name);                 // raises AttributeError
Val getattr_opt(Val o, Val name);             // nullptr without error when missing
Val generic_getattr(Val o, Val name);         // the default lookup (nullptr = missing)
int setattr(Val o, Val name, Val v);          // v nullptr: delete
int generic_setattr(Val o, Val name, Val v);
Val load_method(Val o, Val name, Val* self_out);  // returns func; *self_out = self or nullptr
Val class_method_function(Type* t, Val name);  // a classmethod's function found on class t, else nullptr
Val binop(int op, Val a, Val b);
Val unop(int op, Val a);
Val compare(int op, Val a, Val b);
int truthy(Val v);                            // 0/1, -1 error
int equal(Val a, Val b);                      // 0/1, -1 error
Val repr(Val v);
Val str_of(Val v);
bool print_to(Buf* b, Val v, bool as_repr);   // false on error
bool print_enter(Val container);              // false: already being printed (a cycle)
void print_leave();
Val getiter(Val v);
Val iternext(Val it);                         // STOP when exhausted
Val subscr(Val o, Val idx);
int store_subscr(Val o, Val idx, Val v);
int delete_subscr(Val o, Val idx);
Val len_of(Val o);
intptr_t len_int(Val o);                      // -1 on error
Val hash_val(Val v);
Val type_name(Val v);                         // the name of v's type (str)
const char* type_cname(Val v);
Val get_index(Val v);                         // __index__ conversion to int
bool unpack_sequence(Val seq, size_t n, Val* out);
bool seq_to_array(Val seq, size_t* n, Val** items);  // tuple/list fast, else builds a list
Val import_name(Val name, Val fromlist, int level, Val globals);
void register_builtin_module(const char* name, Val (*init)(void));
Val (*builtin_module_init(const char* name))(void);  // the registered init, nullptr if none
Val module_from_table(const char* name, const MethodDef* fns);
Val module_from_tables(const char* name, const MethodDef* fns, const ModuleConst* consts);
void module_add(Val module, const char* name, Val v);
Val lookup_builtin(Val name);                 // nullptr (no error) when missing
Val builtin_const(Val name);                  // the ROM builtins only
void builtins_add_table(const MethodDef* rows);  // a port's extra builtins (help, open)
bool builtins_copy_into(Val dict);            // every ROM builtin into dict (false: MemoryError)
bool builtins_tables_sorted();                // self-check of the ROM tables (unit test)
Val dir_of(Val o);
Val isinstance(Val o, Val t);

// ---- running code ---------------------------------------------------------------------
Val compile_source(const char* src, size_t len, Val filename, int mode);  // mode: 0 file, 1 eval, 2 single
// Compiles a module file read a window at a time (hal_source_*), so that only its largest
// line and top-level statement are in memory at once. When the file cannot be opened:
// OSError, or, if open_err is given, nullptr with *open_err set and no exception.
Val compile_file(const char* path, Val filename, int* open_err = nullptr);
Val exec_code(Val code, Val globals, Val locals);
Val exec_source(const char* src, size_t len, const char* filename, Val globals);
Val run_frame(Frame* f, Val throw_exc);
Val make_function(Val code, Val globals, Val defaults, Val kwdefaults, Val closure);
Val gen_send(Val gen, Val v, Val throw_exc, bool* yielded);
void set_periodic_hook(void (*hook)(void));
bool check_signals();  // runs periodic hooks, raises KeyboardInterrupt; false on error

// printing to sys.stdout (or the HAL when not redirected)
void out_write(const char* s, size_t n);
void err_write(const char* s, size_t n);

// native argument helpers
bool arg_count(const char* name, int npos, int min, int max);
Val kw_arg(int npos, int nkw, const Val* args, Val name);  // keyword by name, nullptr = absent
bool check_no_kw(const char* name, int nkw);
// TypeError for a keyword not among the n names in allowed (a mistyped keyword must not be ignored)
bool check_kw_names(int npos, int nkw, const Val* args, const Val* allowed, int n);

// builtins
void builtins_init();
Val import_override();  // a replaced builtins.__import__, or nullptr
void exc_types_init();
void sys_module_init();
void gc_module_init();
void math_module_init();
Val builtin_print(int npos, int nkw, const Val* args);

}  // namespace py
