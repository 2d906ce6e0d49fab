// The os module (MicroPython's subset): files and directories through the HAL.
#include "hal_os.h"
#include "modules.h"

namespace py {

namespace {
Type uname_type;  // tuple subclass with named fields, like MicroPython's uname_result
const char* const UNAME_FIELDS[5] = {"sysname", "nodename", "release", "version", "machine"};

bool path_arg(Val v, const char** out) {
  if (!is_str(v)) {
    raise(&TypeError_type, "expected str path, got %s", type_cname(v));
    return false;
  }
  *out = str_data(v);
  return true;
}

Val check(int err) { return err ? oserror(err) : None; }

struct ListCtx { Val list; bool with_type; bool failed; };
void add_entry(void* p, const char* name, bool is_dir) {
  ListCtx* c = (ListCtx*)p;
  if (c->failed) return;
  Val n = str_new_cstr(name);
  if (n && c->with_type) {
    Val items[3] = {n, small(is_dir ? 0x4000 : 0x8000), small(0)};
    n = tuple_from(3, items);
  }
  if (!n || list_append(c->list, n) < 0) c->failed = true;
}

Val list_dir(int n, const Val* a, bool with_type) {
  const char* path = ".";
  if (n > 0 && !path_arg(a[0], &path)) return nullptr;
  ListCtx c = {list_new(0), with_type, false};
  if (!c.list) return nullptr;
  int err = hal_listdir(path, add_entry, &c);
  if (c.failed) return nullptr;
  if (err) return oserror(err);
  return c.list;
}
Val os_listdir(int n, int, const Val* a) { return list_dir(n, a, false); }
Val os_ilistdir(int n, int, const Val* a) {
  Val l = list_dir(n, a, true);
  return l ? getiter(l) : nullptr;
}

Val os_stat(int, int, const Val* a) {
  const char* path;
  if (!path_arg(a[0], &path)) return nullptr;
  HalStat st;
  int err = hal_stat_path(path, &st);
  if (err) return oserror(err);
  Val v[10] = {int_from_u64(st.mode), int_from_u64(st.ino), int_from_u64(st.dev), int_from_u64(st.nlink),
               int_from_u64(st.uid), int_from_u64(st.gid), int_from_u64(st.size), int_from_i64(st.atime),
               int_from_i64(st.mtime), int_from_i64(st.ctime)};
  for (Val x : v)
    if (!x) return nullptr;
  return tuple_from(10, v);
}

Val os_path1(const Val* a, int (*fn)(const char*)) {
  const char* path;
  if (!path_arg(a[0], &path)) return nullptr;
  return check(fn(path));
}
Val os_mkdir(int, int, const Val* a) { return os_path1(a, hal_mkdir); }
Val os_rmdir(int, int, const Val* a) { return os_path1(a, hal_rmdir); }
Val os_remove(int, int, const Val* a) { return os_path1(a, hal_remove); }
Val os_chdir(int, int, const Val* a) { return os_path1(a, hal_chdir); }
Val os_rename(int, int, const Val* a) {
  const char *from, *to;
  if (!path_arg(a[0], &from) || !path_arg(a[1], &to)) return nullptr;
  return check(hal_rename(from, to));
}
Val os_getcwd(int, int, const Val*) {
  char buf[1024];
  int err = hal_getcwd(buf, sizeof buf);
  if (err) return oserror(err);
  return str_new_cstr(buf);
}
Val os_getenv(int n, int, const Val* a) {
  const char* name;
  if (!path_arg(a[0], &name)) return nullptr;
  const char* v = hal_getenv(name);
  if (!v) return n > 1 ? a[1] : None;
  return str_new_cstr(v);
}
Val os_urandom(int, int, const Val* a) {
  intptr_t n;
  if (!arg_int(a[0], &n)) return nullptr;
  if (n < 0) return raise(&ValueError_type, "negative argument not allowed");
  Val b = bytes_new(nullptr, (size_t)n);
  if (!b) return nullptr;
  hal_urandom((void*)str_data(b), (size_t)n);
  return b;
}

Val uname_getattr(Val self, Val name) {
  for (int i = 0; i < 5; i++)
    if (!strcmp(str_data(name), UNAME_FIELDS[i])) return tuple_items(self)[i];
  return generic_getattr(self, name);
}

Val os_uname(int, int, const Val*) {
  const char* f[5];
  hal_uname(f);
  Tuple* t = (Tuple*)tuple_new(5);
  if (!t) return nullptr;
  for (int i = 0; i < 5; i++) {
    t->items[i] = str_new_cstr(f[i] ? f[i] : "");
    if (!t->items[i]) return nullptr;
  }
  t->type = &uname_type;
  return (Val)t;
}

const MethodDef os_fns[] = {
  {"listdir", os_listdir, 0, 1, 0}, {"ilistdir", os_ilistdir, 0, 1, 0}, {"stat", os_stat, 1, 1, 0},
  {"mkdir", os_mkdir, 1, 2, 0}, {"rmdir", os_rmdir, 1, 1, 0}, {"remove", os_remove, 1, 1, 0},
  {"unlink", os_remove, 1, 1, 0}, {"rename", os_rename, 2, 2, 0}, {"chdir", os_chdir, 1, 1, 0},
  {"getcwd", os_getcwd, 0, 0, 0}, {"getenv", os_getenv, 1, 2, 0}, {"urandom", os_urandom, 1, 1, 0},
  {"uname", os_uname, 0, 0, 0},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val os_module() {
  if (!uname_type.base.type) {
    type_init(&uname_type, "uname_result", &tuple_type, 0);
    uname_type.getattr = uname_getattr;
  }
  Val m = module_from_table("os", os_fns);
  if (!m) return nullptr;
  module_add(m, "sep", str_intern_cstr("/"));
  return exc_pending() ? nullptr : m;
}

}  // namespace py
