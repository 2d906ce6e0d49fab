// Registration of the built-in modules and helpers shared by the module files.
#include "modules.h"

#include <utility>

namespace py {

bool arg_double(Val v, double* out) {
  if (to_double(v, out)) return true;
  raise(&TypeError_type, "can't convert %s to float", type_cname(v));
  return false;
}

bool arg_int(Val v, intptr_t* out) {
  bool ok;
  *out = int_as_ssize(v, &ok);
  return ok;
}

bool arg_buffer(Val v, Buffer* out) {
  Type* t = type_of(v);
  if (!is_small(v) && t != &str_type && t->getbuffer && t->getbuffer(v, out, false)) return true;
  raise(&TypeError_type, "object with buffer protocol required");
  return false;
}

Val type_instance_new(Type* t, size_t size) { return alloc_obj(t, size); }

Val make_native_type(Type* t, const char* name, const MethodDef* methods) {
  if (!t->base.type) {
    type_init(t, name, &object_type, 0);
    if (methods) type_add_methods(t, methods);
  }
  return (Val)t;
}

Val oserror(int err) {
  Val a = small(err);
  Val e = exc_new(err == 2 ? &FileNotFoundError_type : &OSError_type, 1, &a);
  if (!e) return nullptr;
  return raise_obj(e);
}

namespace {
struct ModuleRow {
  const char* name;
  const char* alias;  // MicroPython's u-prefixed name, or nullptr
  Val (*init)(void);
};

const ModuleRow g_modules[] = {
  {"cmath", nullptr, cmath_module},
  {"time", "utime", time_module},
  {"micropython", nullptr, micropython_module},
  {"errno", "uerrno", errno_module},
  {"struct", "ustruct", struct_module},
  {"binascii", "ubinascii", binascii_module},
  {"random", "urandom", random_module},
  {"hashlib", "uhashlib", hashlib_module},
  {"select", "uselect", select_module},
  {"array", "uarray", array_module},
  {"io", "uio", io_module},
  {"json", "ujson", json_module},
  {"re", "ure", re_module},
  {"builtins", nullptr, builtins_module},
#if PYVGL_HAS_FS
  {"os", "uos", os_module},
#endif
};
}  // namespace

namespace {
const char HELP_TEXT[] =
    "Welcome to pyvgl, a MicroPython-compatible Python with an LVGL-compatible GUI.\n"
    "\n"
    "help(obj) lists the members of a module, class or object.\n"
    "help('modules') lists the built-in modules.\n"
    "\n"
    "At the prompt: Ctrl-C interrupts, Ctrl-D exits (on an empty line), Ctrl-E starts\n"
    "paste mode, Ctrl-A the raw REPL, Tab completes names and attributes.\n";

Val builtin_help(int n, int, const Val* a) {
  if (n == 0) {
    out_write(HELP_TEXT, sizeof HELP_TEXT - 1);
    return None;
  }
  Val obj = a[0];
  if (is_str(obj) && !strcmp(str_data(obj), "modules")) {
    for (const ModuleRow& r : g_modules) {
      out_write(r.name, strlen(r.name));
      out_write("\n", 1);
    }
    return None;
  }
  Val r = repr(obj);
  if (!r) return nullptr;
  Buf b;
  buf_init(&b, 128);
  buf_adds(&b, "object ");
  buf_add(&b, str_data(r), str_len(r));
  buf_adds(&b, " is of type ");
  buf_adds(&b, type_cname(obj));
  buf_addc(&b, '\n');
  Val names = dir_of(obj);
  size_t cnt;
  Val* items;
  if (!names || !seq_to_array(names, &cnt, &items)) return nullptr;
  for (size_t i = 0; i < cnt; i++) {
    if (!is_str(items[i]) || str_data(items[i])[0] == '_') continue;
    Val v = getattr_opt(obj, items[i]);
    if (!v) {
      exc_take();
      continue;
    }
    Val vr = repr(v);
    if (!vr) return nullptr;
    buf_adds(&b, "  ");
    buf_add(&b, str_data(items[i]), str_len(items[i]));
    buf_adds(&b, " -- ");
    buf_add(&b, str_data(vr), str_len(vr));
    buf_addc(&b, '\n');
  }
  if (b.failed) return raise_no_memory();
  out_write(b.data, b.len);
  return exc_pending() ? nullptr : None;
}
}  // namespace

Val builtins_module() {
  Val m = dict_get(ts.modules, Q(builtins));
  if (!m && !exc_pending()) return raise(&ImportError_type, "no module named 'builtins'");
  return m;
}

namespace {
// One module object per row, shared by its name and its u-alias ("import utime" gives
// the time module itself, as in MicroPython).
constexpr size_t NMODULES = sizeof g_modules / sizeof g_modules[0];
Val g_module_cache[NMODULES];

template <size_t I>
Val cached_init() {
  if (!g_module_cache[I]) g_module_cache[I] = g_modules[I].init();
  return g_module_cache[I];
}

template <size_t... I>
void register_all(std::index_sequence<I...>) {
  Val (*inits[])(void) = {cached_init<I>...};
  for (size_t i = 0; i < NMODULES; i++) {
    register_builtin_module(g_modules[i].name, inits[i]);
    if (g_modules[i].alias) register_builtin_module(g_modules[i].alias, inits[i]);
  }
}
}  // namespace

namespace {
// str(OSError(2)) is "[Errno 2] ENOENT", as in MicroPython (the errno names live here).
PrintFn g_exc_print;
void oserror_print(Buf* b, Val v, bool as_repr) {
  Exception* e = (Exception*)v;
  if (!as_repr && e->args && tuple_len(e->args) == 1 && is_small(tuple_items(e->args)[0])) {
    int code = (int)small_val(tuple_items(e->args)[0]);
    const char* name = errno_name(code);
    if (name) {
      buf_printf(b, "[Errno %d] %s", code, name);
      return;
    }
  }
  g_exc_print(b, v, as_repr);
}
}  // namespace

void modules_init() {
  if (!g_exc_print) {
    g_exc_print = OSError_type.print;
    Type* types[] = {&OSError_type, &FileNotFoundError_type, &TimeoutError_type};
    for (Type* t : types)
      if (t->print == g_exc_print) t->print = oserror_print;
  }
  static bool rooted;
  if (!rooted) {
    gc_register_root(g_module_cache, sizeof g_module_cache);
    rooted = true;
  }
  register_all(std::make_index_sequence<NMODULES>());
  static const MethodDef more_builtins[] = {
    {"help", builtin_help, 0, 1, 0},
#if PYVGL_HAS_FS
    {"open", io_open, 1, 8, NF_KW},  // open() is io.open
#endif
    {nullptr, nullptr, 0, 0, 0},
  };
  builtins_add_table(more_builtins);
}

}  // namespace py
