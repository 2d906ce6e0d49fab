// Imports: built-in modules (a table of init functions) and .py files / packages found on
// sys.path through the HAL.
#include <stdio.h>

#include "compile.h"
#include "hal.h"
#include "runtime.h"

namespace py {

Val frozen_import(Val fullname);  // py/mod/mod_frozen.cpp: modules frozen from lib/

namespace {
struct BuiltinModule {
  const char* name;
  Val (*init)(void);
};
BuiltinModule g_builtin_modules[64];
int g_nbuiltin;

Val no_module(Val name) { return raise(&ImportError_type, "no module named '%s'", str_data(name)); }

bool set_package_path(Val module_dict, const char* dir) {
  Val p = str_new_cstr(dir);
  if (!p) return false;
  Val l = list_from(1, &p);
  return l && dict_set(module_dict, Q(__path__), l) == 0;
}

// A folder without __init__.py on the path is a package too (a namespace package in
// CPython; MicroPython imports any folder): an empty module whose __path__ is the folder.
Val namespace_package(Val fullname, const char* dir) {
  Val m = module_new(fullname);
  if (!m || !set_package_path((Val)((Module*)m)->dict, dir)) return nullptr;
  if (dict_set(ts.modules, fullname, m) < 0) return nullptr;
  return m;
}

long read_source(void* handle, char* buf, size_t n) { return hal_source_read(*(int*)handle, buf, n); }

Val exec_module_file(Val fullname, const char* path, bool package, const char* dir) {
  Val fn = str_intern_cstr(path);
  Val code = fn ? compile_file(path, fn) : nullptr;
  if (!code) return nullptr;
  Val m = module_new(fullname);
  if (!m) return nullptr;
  Val d = (Val)((Module*)m)->dict;
  Val fp = str_new_cstr(path);
  if (!fp || dict_set(d, Q(__file__), fp) < 0) return nullptr;
  if (package && !set_package_path(d, dir)) return nullptr;
  if (dict_set(ts.modules, fullname, m) < 0) return nullptr;
  Val r = exec_code(code, d, d);
  if (!r) {
    dict_del(ts.modules, fullname);
    return nullptr;
  }
  // the module may have replaced itself in sys.modules
  Val cur = dict_get(ts.modules, fullname);
  return cur ? cur : m;
}

Val find_and_load(Val fullname, Val last, Val search_paths) {
  size_t n;
  Val* items;
  if (!seq_to_array(search_paths, &n, &items)) return nullptr;
  char path[600], dir[512], bare_dir[512] = "";
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i])) continue;
    const char* base = str_data(items[i]);
    const char* sep = *base ? "/" : "";
    snprintf(dir, sizeof dir, "%s%s%s", base, sep, str_data(last));
    snprintf(path, sizeof path, "%s/__init__.py", dir);
    bool is_dir = hal_stat(dir) == 2;
    if (is_dir && hal_stat(path) == 1) return exec_module_file(fullname, path, true, dir);
    snprintf(path, sizeof path, "%s.py", dir);
    if (hal_stat(path) == 1) return exec_module_file(fullname, path, false, dir);
    if (is_dir && !bare_dir[0]) snprintf(bare_dir, sizeof bare_dir, "%s", dir);
  }
  // a module or regular package later on the path wins over a folder without __init__.py
  if (bare_dir[0]) return namespace_package(fullname, bare_dir);
  return nullptr;
}

int builtin_index(Val name) {
  for (int i = 0; i < g_nbuiltin; i++)
    if (strcmp(g_builtin_modules[i].name, str_data(name)) == 0) return i;
  return -1;
}

// MicroPython's rule: a .py file on sys.path may extend or replace a built-in module
// (os.py doing `from uos import *`), except for sys, micropython, builtins, gc, lvgl and
// the u-prefixed names, which are always the built-in ones.
bool builtin_is_extensible(const char* name) {
  static const char* const fixed[] = {"sys", "micropython", "builtins", "gc", "lvgl"};
  if (name[0] == 'u') return false;
  for (const char* f : fixed)
    if (strcmp(f, name) == 0) return false;
  return true;
}

bool sys_path_empty() {
  return ts.sys_path && !is_small(ts.sys_path) && ts.sys_path->type == &list_type &&
         ((List*)ts.sys_path)->len == 0;
}

bool loaded_from_file(Val m) {
  if (is_small(m) || m->type != &module_type) return false;
  Dict* d = ((Module*)m)->dict;  // a built-in module from ROM tables may have none
  return d && dict_get((Val)d, Q(__file__)) != nullptr;
}

Val load_builtin(int i, Val fullname, bool cache) {
  Val m = g_builtin_modules[i].init();
  if (!m) return nullptr;
  // built-in modules are read-only for scripts, as in MicroPython (builtins itself is
  // writable, as on MicroPython's unix port; sys names its writable attributes)
  if (m->type == &module_type && fullname != Q(builtins) && !((Module*)m)->store_names)
    ((Module*)m)->store_names = MODULE_READ_ONLY;
  if (cache && dict_set(ts.modules, fullname, m) < 0) return nullptr;
  return m;
}

Val import_one(Val fullname, Val last, Val parent) {
  int builtin = parent ? -1 : builtin_index(fullname);
  // with sys.path emptied, a built-in name always means the built-in module (how os.py
  // reaches the module it extends while sys.modules holds os.py itself)
  if (builtin >= 0 && sys_path_empty()) {
    Val cached = dict_get(ts.modules, fullname);
    if (cached && !loaded_from_file(cached)) return cached;
    if (exc_pending()) return nullptr;
    return load_builtin(builtin, fullname, !cached);
  }
  Val m = dict_get(ts.modules, fullname);
  if (m) return m;
  if (exc_pending()) return nullptr;
  if (builtin >= 0 && !builtin_is_extensible(str_data(fullname))) return load_builtin(builtin, fullname, true);
  Val paths = ts.sys_path;
  if (parent) {
    paths = getattr_opt(parent, Q(__path__));
    if (!paths) {
      if (exc_pending()) return nullptr;
      return no_module(fullname);
    }
  }
  if (!paths) return no_module(fullname);
  m = find_and_load(fullname, last, paths);
  if (!m && !exc_pending() && builtin >= 0) return load_builtin(builtin, fullname, true);
  if (!m && !exc_pending()) m = frozen_import(fullname);  // after sys.path, like '.frozen'
  if (!m) {
    if (!exc_pending()) return no_module(fullname);
    return nullptr;
  }
  if (parent && setattr(parent, last, m) < 0) return nullptr;
  return m;
}
}  // namespace

Val compile_file(const char* path, Val filename, int* open_err) {
  int err = 0;
  int h = hal_source_open(path, &err);
  if (h < 0) {
    if (!open_err) return raise(&OSError_type, "[Errno %d] can't read %s", err, path);
    *open_err = err;
    return nullptr;
  }
  Lexer L;
  lexer_init_reader(&L, read_source, &h, filename);
  Val code = parse_compile_lexer(&L, filename, 0);
  hal_source_close(h);
  return code;
}

void register_builtin_module(const char* name, Val (*init)(void)) {
  for (int i = 0; i < g_nbuiltin; i++)
    if (strcmp(g_builtin_modules[i].name, name) == 0) {
      g_builtin_modules[i].init = init;
      return;
    }
  if (g_nbuiltin < 64) g_builtin_modules[g_nbuiltin++] = BuiltinModule{name, init};
}

Val (*builtin_module_init(const char* name))(void) {
  for (int i = 0; i < g_nbuiltin; i++)
    if (strcmp(g_builtin_modules[i].name, name) == 0) return g_builtin_modules[i].init;
  return nullptr;
}

Val import_name(Val name, Val fromlist, int level, Val globals) {
  if (!is_str(name)) return raise(&TypeError_type, "module name must be str");
  Val full = name;
  if (level > 0) {
    Val pkg = globals ? dict_get_str(globals, Q(__name__)) : nullptr;
    if (!pkg || !is_str(pkg)) return raise(&ImportError_type, "attempted relative import with no known parent package");
    bool is_pkg = globals && dict_get_str(globals, Q(__path__));
    const char* p = str_data(pkg);
    size_t len = str_len(pkg);
    int drop = level - (is_pkg ? 1 : 0);
    for (int i = 0; i < drop; i++) {
      while (len > 0 && p[len - 1] != '.') len--;
      if (len == 0) return raise(&ImportError_type, "attempted relative import beyond top-level package");
      len--;
    }
    if (str_len(name)) full = str_from_printf("%.*s.%s", (int)len, p, str_data(name));
    else full = str_new(p, len);
    if (!full) return nullptr;
    full = str_intern_val(full);
    if (!full) return nullptr;
  }
  if (str_len(full) == 0) return raise(&ValueError_type, "Empty module name");
  const char* s = str_data(full);
  size_t n = str_len(full);
  Val first = nullptr, cur = nullptr;
  for (size_t i = 0; i <= n; i++) {
    if (i < n && s[i] != '.') continue;
    Val prefix = str_intern(s, i);
    if (!prefix) return nullptr;
    size_t ls = i;
    while (ls > 0 && s[ls - 1] != '.') ls--;
    Val last = str_intern(s + ls, i - ls);
    if (!last) return nullptr;
    cur = import_one(prefix, last, cur);
    if (!cur) return nullptr;
    if (!first) first = cur;
  }
  bool has_from = fromlist && fromlist != None && truthy(fromlist) > 0;
  if (has_from || level > 0) return cur;
  return first;
}

}  // namespace py
