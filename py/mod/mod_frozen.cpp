// Importing frozen modules (see frozen.h): their code objects are used where they are,
// and the module body runs like an imported file's.
#include "../bytecode.h"
#include "frozen.h"
#include "modules.h"

namespace py {

// Weak references: a binary linked without a frozen table (the freezer itself) sees null.
extern const FrozenModule py_frozen_modules[] __attribute__((weak));
extern const int py_frozen_count __attribute__((weak));
extern const Str* const py_frozen_names[] __attribute__((weak));
extern const int py_frozen_name_count __attribute__((weak));

namespace {
int frozen_count() { return &py_frozen_count ? py_frozen_count : 0; }

const FrozenModule* find(Val fullname) {
  for (int i = 0; i < frozen_count(); i++)
    if (!strcmp(py_frozen_modules[i].name, str_data(fullname))) return &py_frozen_modules[i];
  return nullptr;
}
}  // namespace

// Imports a frozen module: nullptr without error when there is none of that name.
Val frozen_import(Val fullname) {
  const FrozenModule* fm = find(fullname);
  if (!fm) return nullptr;
  Val code = (Val)fm->code;  // in ROM: used in place
  Val m = module_new(fullname);
  if (!m) return nullptr;
  Val d = (Val)((Module*)m)->dict;
  if (dict_set(d, Q(__file__), ((Code*)code)->filename) < 0) return nullptr;
  if (fm->is_package) {
    Val p = str_from_printf(".frozen/%s", fm->name);
    Val l = p ? list_from(1, &p) : nullptr;
    if (!l || dict_set(d, Q(__path__), l) < 0) return nullptr;
  }
  if (dict_set(ts.modules, fullname, m) < 0) return nullptr;
  if (!exec_code(code, d, d)) {
    dict_del(ts.modules, fullname);
    return nullptr;
  }
  Val cur = dict_get(ts.modules, fullname);
  return cur ? cur : m;
}

Val frozen_name_find(const char* s, size_t n, uint32_t hash) {
  int count = &py_frozen_name_count ? py_frozen_name_count : 0;
  int lo = 0, hi = count;  // first name with a hash >= hash
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (py_frozen_names[mid]->hash < hash) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < count && py_frozen_names[lo]->hash == hash; lo++) {
    const Str* x = py_frozen_names[lo];
    if (x->len == n && memcmp(x->d.ptr, s, n) == 0) return (Val)x;
  }
  return nullptr;
}

bool frozen_exists(const char* name) {
  for (int i = 0; i < frozen_count(); i++)
    if (!strcmp(py_frozen_modules[i].name, name)) return true;
  return false;
}

}  // namespace py
