// The errno module: the POSIX error numbers MicroPython exposes, and errorcode.
#include "modules.h"

namespace py {

namespace {
struct ErrnoRow { const char* name; int code; };
// Linux values, which MicroPython uses on every port
const ErrnoRow g_errnos[] = {
  {"EPERM", 1}, {"ENOENT", 2}, {"EIO", 5}, {"EBADF", 9}, {"EAGAIN", 11}, {"ENOMEM", 12},
  {"EACCES", 13}, {"EEXIST", 17}, {"ENODEV", 19}, {"EISDIR", 21}, {"EINVAL", 22},
  {"ENOSPC", 28}, {"ENOTDIR", 20}, {"ENOTEMPTY", 39}, {"EOPNOTSUPP", 95}, {"EADDRINUSE", 98},
  {"ECONNABORTED", 103}, {"ECONNRESET", 104}, {"ENOBUFS", 105}, {"ENOTCONN", 107},
  {"ETIMEDOUT", 110}, {"ECONNREFUSED", 111}, {"EHOSTUNREACH", 113}, {"EALREADY", 114},
  {"EINPROGRESS", 115},
};
}  // namespace

const char* errno_name(int code) {
  for (const ErrnoRow& r : g_errnos)
    if (r.code == code) return r.name;
  return nullptr;
}

Val errno_module() {
  Val m = module_new(str_intern_cstr("errno"));
  if (!m) return nullptr;
  Val codes = dict_new(32);
  if (!codes) return nullptr;
  for (const ErrnoRow& r : g_errnos) {
    Val name = str_intern_cstr(r.name);
    if (!name) return nullptr;
    module_add(m, r.name, small(r.code));
    if (dict_set(codes, small(r.code), name) < 0) return nullptr;
  }
  module_add(m, "errorcode", codes);
  return m;
}

}  // namespace py
