// The sys module (minimal set needed by scripts and the test-suite).
#include "../hal.h"
#include "../runtime.h"
#include "modules.h"
#if PYVGL_HAS_FS
#include "hal_os.h"
#endif

namespace py {

namespace {
Val g_sys_dict;      // the sys module's dict (GC root via registration)
Val g_default_out;   // the built-in stdout/stderr objects
Val g_default_err;
Type textio_type;

struct TextIO { Type* type; int fd; };

Val textio_write(int n, int k, const Val* a) {
  TextIO* t = (TextIO*)a[0];
  const char* s;
  size_t len;
  Val v = a[1];
  if (is_str(v) || (!is_small(v) && v->type == &bytes_type)) {
    s = str_data(v);
    len = str_len(v);
  } else if (!is_small(v) && v->type == &bytearray_type) {
    s = (const char*)((ByteArray*)v)->data;
    len = ((ByteArray*)v)->len;
  } else return raise(&TypeError_type, "write() argument must be str, not %s", type_cname(v));
  if (t->fd == 2) hal_stderr_write(s, len);
  else hal_stdout_write(s, len);
  return small((intptr_t)(is_str(v) ? ((Str*)v)->clen : len));
}
Val textio_flush(int n, int k, const Val* a) { return None; }
Val textio_fileno(int n, int k, const Val* a) { return small(((TextIO*)a[0])->fd); }
Val textio_readline(int n, int k, const Val* a) {
  char buf[4096];
  int len = hal_stdin_readline(buf, sizeof buf - 1);
  if (len < 0) return Q(empty);
  buf[len++] = '\n';
  return str_new(buf, len);
}
#if PYVGL_HAS_FS
// sys.stdin.read(count): count characters (UTF-8 aware), without waiting for a newline
Val stdin_read_count(intptr_t count) {
  Buf b;
  buf_init(&b, count < 256 ? (size_t)count + 4 : 256);
  intptr_t chars = 0;
  int tail = 0;  // continuation bytes still expected for the current character
  while (chars < count || tail > 0) {
    unsigned char c;
    int err = 0;
    long r = hal_file_read(0, &c, 1, &err);
    if (r < 0) return oserror(err);
    if (r == 0) break;
    if ((c & 0xC0) == 0x80) {
      if (tail > 0) tail--;
    } else {
      chars++;
      tail = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    }
    buf_addc(&b, (char)c);
  }
  return buf_to_str(&b);
}
#endif

Val textio_read(int n, int k, const Val* a) {
#if PYVGL_HAS_FS
  if (n > 1 && a[1] != None) {
    intptr_t count;
    if (!arg_int(a[1], &count)) return nullptr;
    if (count >= 0) return count ? stdin_read_count(count) : Q(empty);
  }
#endif
  Buf b;
  buf_init(&b, 256);
  char buf[4096];
  for (;;) {
    int len = hal_stdin_readline(buf, sizeof buf - 1);
    if (len < 0) break;
    buf_add(&b, buf, len);
    buf_addc(&b, '\n');
  }
  return buf_to_str(&b);
}
// `for line in sys.stdin`: lines until end of input
Val textio_iter(Val self) { return self; }
Val textio_next(Val self) {
  Val line = textio_readline(1, 0, &self);
  return line && str_len(line) == 0 ? STOP : line;
}
const TypeMethod<&textio_type> textio_methods[] = {
  {"write", textio_write, 2, 2, 0}, {"flush", textio_flush, 1, 1, 0}, {"readline", textio_readline, 1, 2, 0},
  {"read", textio_read, 1, 2, 0}, {"fileno", textio_fileno, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

Val textio_new(int fd) {
  TextIO* t = (TextIO*)alloc_obj(&textio_type, sizeof(TextIO));
  if (!t) return nullptr;
  t->fd = fd;
  return (Val)t;
}

Val sys_exit(int n, int k, const Val* a) {
  Val e = exc_new(&SystemExit_type, n, a);
  if (!e) return nullptr;
  return raise_obj(e);
}

Val sys_print_exception(int n, int k, const Val* a) {
  Val file = n > 1 ? a[1] : nullptr;
  if (file == None) file = nullptr;
  if (file && !getattr_opt(file, Q(write))) {
    exc_take();
    return oserror(22);  // not a stream: EINVAL, as MicroPython
  }
  if (!file) {
    file = dict_get_str(g_sys_dict, str_intern_cstr("stdout"));
    if (!file) file = g_default_out;
  }
  print_exception(a[0], file);
  return None;
}

Val sys_exc_info(int n, int k, const Val* a) {
  Val t = tuple_new(3);
  if (!t) return nullptr;
  Val e = ts.handled && ts.handled != None ? ts.handled : nullptr;
  tuple_items(t)[0] = e ? (Val)type_of(e) : None;
  tuple_items(t)[1] = e ? e : None;
  tuple_items(t)[2] = None;
  return t;
}
Val sys_getrecursionlimit(int n, int k, const Val* a) { return small(ts.max_depth); }
Val sys_setrecursionlimit(int n, int k, const Val* a) {
  bool ok;
  intptr_t v = int_as_ssize(a[0], &ok);
  if (!ok) return nullptr;
  if (v < 1) return raise(&ValueError_type, "recursion limit must be greater or equal than 1");
  ts.max_depth = (int)(v > 100000 ? 100000 : v);
  return None;
}
Val sys_intern(int n, int k, const Val* a) {
  if (!is_str(a[0])) return raise(&TypeError_type, "intern() argument must be str");
  return str_intern_val(a[0]);
}
Val sys_getsizeof(int n, int k, const Val* a) {
  Val v = a[0];
  if (is_small(v)) return small(sizeof(void*));
  size_t s = gc_block_size(v);
  return small((intptr_t)(s ? s : sizeof(Obj)));
}

// sys.atexit(func): one function the port runs when the program ends (sys_run_atexit)
Val g_atexit_fn[1];
Val sys_atexit(int n, int k, const Val* a) {
  Val prev = g_atexit_fn[0] ? g_atexit_fn[0] : None;
  g_atexit_fn[0] = a[0] == None ? nullptr : a[0];
  return prev;
}
Val textio_buffer(Val self) { return self; }  // sys.stdout.buffer: the same stream takes bytes

const MethodDef sys_fns[] = {
  {"exit", sys_exit, 0, 1, 0}, {"print_exception", sys_print_exception, 1, 2, 0}, {"exc_info", sys_exc_info, 0, 0, 0},
  {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0}, {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
  {"intern", sys_intern, 1, 1, 0}, {"getsizeof", sys_getsizeof, 1, 2, 0}, {"atexit", sys_atexit, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

Val g_sys_module;
Val sys_build();
Val sys_init() { return g_sys_module ? g_sys_module : sys_build(); }

Val make_struct(const char* name, const char** keys, const Val* vals, int n) {
  // a simple attribute holder (module-like object) for implementation / version_info
  Val m = module_new(str_intern_cstr(name));
  if (!m) return nullptr;
  for (int i = 0; i < n; i++) module_add(m, keys[i], vals[i]);
  return m;
}
}  // namespace

// Runs the function given to sys.atexit (if any); errors are printed.
void sys_run_atexit() {
  Val f = g_atexit_fn[0];
  if (!f) return;
  g_atexit_fn[0] = nullptr;
  if (!call0(f)) print_exception(exc_take(), nullptr);
}

// Writes to sys.stdout when a script replaced it, else straight to the HAL.
bool sys_stdout_redirected(Val* out) {
  if (!g_sys_dict) return false;
  Val o = dict_get_str(g_sys_dict, str_intern_cstr("stdout"));
  if (!o || o == g_default_out) return false;
  *out = o;
  return true;
}

const GetSetDef textio_getsets[] = {
  {"buffer", textio_buffer, nullptr},
  {nullptr, nullptr, nullptr},
};

void sys_module_init() {
  type_init(&textio_type, "TextIOWrapper", &object_type, 0);
  type_add_methods(&textio_type, textio_methods);
  type_set_getset_table(&textio_type, textio_getsets);
  textio_type.iter = textio_iter;
  textio_type.next = textio_next;
  gc_register_root(g_atexit_fn, sizeof g_atexit_fn);
  // argv and path are filled by the port; the module itself is made on first import
  ts.sys_argv = list_new(0);
  ts.sys_path = list_new(0);
  register_builtin_module("sys", sys_init);
  register_builtin_module("usys", sys_init);  // MicroPython's alias: the same module
}

namespace {
// The sys module, built on its first import (no heap is spent on it at start-up).
Val sys_build() {
  static Val roots[4];
  static bool rooted;
  if (!rooted) {
    gc_register_root(roots, sizeof roots);
    rooted = true;
  }
  Val m = module_from_table("sys", sys_fns);
  if (!m) return nullptr;
  roots[0] = m;
  g_default_out = roots[1] = textio_new(1);
  g_default_err = roots[2] = textio_new(2);
  roots[3] = textio_new(0);
  module_add(m, "stdout", g_default_out);
  module_add(m, "stderr", g_default_err);
  module_add(m, "stdin", roots[3]);
  module_add(m, "argv", ts.sys_argv);
  module_add(m, "path", ts.sys_path);
  module_add(m, "modules", ts.modules);
  module_add(m, "byteorder", str_intern_cstr("little"));
  module_add(m, "platform", str_intern_cstr("linux"));
  module_add(m, "version", str_intern_cstr("3.4.0; pyvgl 0.1"));
  module_add(m, "maxsize", int_from_i64(sizeof(void*) == 8 ? INT64_MAX : INT32_MAX));
  Val vi[3] = {small(3), small(4), small(0)};
  module_add(m, "version_info", tuple_from(3, vi));
  const char* ikeys[] = {"name", "version", "_mpy"};
  Val ivals[3] = {str_intern_cstr("micropython"), tuple_from(3, vi), small(0)};
  Val ver[3] = {small(1), small(22), small(0)};
  ivals[1] = tuple_from(3, ver);
  module_add(m, "implementation", make_struct("implementation", ikeys, ivals, 3));
  if (exc_pending()) return nullptr;
  // what scripts may replace in sys (MicroPython: stdout and friends, the REPL prompts)
  static const char* const writable[] = {"stdout", "stderr", "stdin", "ps1", "ps2", "tracebacklimit",
                                         "argv", "path", nullptr};
  ((Module*)m)->store_names = writable;
  g_sys_module = m;
  g_sys_dict = (Val)module_dict(m);
  return m;
}
}  // namespace

}  // namespace py
