// The errno module: the POSIX error numbers MicroPython exposes, and errorcode.
#include "modules.h"

namespace py {

namespace {
// Linux values, which MicroPython uses on every port: the module's constants, in ROM
const ModuleConst g_errnos[] = {
  {"EPERM", nullptr, 1}, {"ENOENT", nullptr, 2}, {"EIO", nullptr, 5}, {"EBADF", nullptr, 9},
  {"EAGAIN", nullptr, 11}, {"ENOMEM", nullptr, 12}, {"EACCES", nullptr, 13}, {"EEXIST", nullptr, 17},
  {"ENODEV", nullptr, 19}, {"EISDIR", nullptr, 21}, {"EINVAL", nullptr, 22}, {"ENOSPC", nullptr, 28},
  {"ENOTDIR", nullptr, 20}, {"ENOTEMPTY", nullptr, 39}, {"EOPNOTSUPP", nullptr, 95},
  {"EADDRINUSE", nullptr, 98}, {"ECONNABORTED", nullptr, 103}, {"ECONNRESET", nullptr, 104},
  {"ENOBUFS", nullptr, 105}, {"ENOTCONN", nullptr, 107}, {"ETIMEDOUT", nullptr, 110},
  {"ECONNREFUSED", nullptr, 111}, {"EHOSTUNREACH", nullptr, 113}, {"EALREADY", nullptr, 114},
  {"EINPROGRESS", nullptr, 115}, {nullptr, nullptr, 0},
};
}  // namespace

const char* errno_name(int code) {
  for (const ModuleConst* r = g_errnos; r->name; r++)
    if (r->small_int == code) return r->name;
  return nullptr;
}

Val errno_module() {
  Val m = module_from_tables("errno", nullptr, g_errnos);
  Val codes = m ? dict_new(32) : nullptr;
  if (!codes) return nullptr;
  for (const ModuleConst* r = g_errnos; r->name; r++) {
    Val name = str_intern_cstr(r->name);
    if (!name || dict_set(codes, small(r->small_int), name) < 0) return nullptr;
  }
  module_add(m, "errorcode", codes);
  return m;
}

}  // namespace py
