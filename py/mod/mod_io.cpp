// The io module: in-memory streams (StringIO, BytesIO) and files (open) with one shared
// stream object. Files go through the HAL (hal_os.h) and exist only when PYVGL_HAS_FS.
#include "modules.h"
#if PYVGL_HAS_FS
#include "hal_os.h"
#endif

namespace py {

namespace {
struct Stream {
  Type* type;
  char* data;     // memory streams: contents (GC block)
  size_t len, cap, pos;
  int fd;         // files: HAL handle, -1 for memory streams
  bool text;
  bool closed;
  bool readable, writable;
};

Type stringio_type, bytesio_type, textio_file_type, fileio_type, iobase_type;

Stream* self_stream(Val v) { return (Stream*)v; }

Val closed_error() { return raise(&ValueError_type, "I/O operation on closed file"); }

Val make_result(Stream* s, const char* p, size_t n) { return s->text ? str_new(p, n) : bytes_new(p, n); }

bool mem_reserve(Stream* s, size_t need) {
  if (need <= s->cap) return true;
  size_t cap = s->cap ? s->cap * 2 : 32;
  while (cap < need) cap *= 2;
  char* d = (char*)gc_realloc(s->data, cap);
  if (!d) {
    raise_no_memory();
    return false;
  }
  s->data = d;
  s->cap = cap;
  return true;
}

// Reads up to n bytes (n < 0: everything) into a Buf.
bool read_bytes(Stream* s, intptr_t n, Buf* out) {
  if (s->fd < 0) {
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t take = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    if (take) buf_add(out, s->data + s->pos, take);
    s->pos += take;
    return !out->failed;
  }
#if PYVGL_HAS_FS
  char tmp[512];
  while (n != 0) {
    size_t want = n < 0 || (size_t)n > sizeof tmp ? sizeof tmp : (size_t)n;
    int err = 0;
    long r = hal_file_read(s->fd, tmp, want, &err);
    if (r < 0) {
      oserror(err);
      return false;
    }
    if (r == 0) break;
    buf_add(out, tmp, (size_t)r);
    if (n > 0) n -= r;
  }
  return !out->failed;
#else
  return false;
#endif
}

// Text streams: read(n) counts characters; extend a byte read to complete UTF-8 sequences.
bool read_chars(Stream* s, intptr_t n, Buf* out) {
  if (!read_bytes(s, n, out)) return false;
  if (!s->text || n <= 0 || out->len == 0) return true;
  for (;;) {
    size_t chars = 0;
    for (size_t i = 0; i < out->len; i++) chars += ((uint8_t)out->data[i] & 0xC0) != 0x80;
    size_t trailing = 0;
    // an incomplete sequence at the end also needs bytes
    size_t i = out->len;
    while (i > 0 && ((uint8_t)out->data[i - 1] & 0xC0) == 0x80) { i--; trailing++; }
    bool incomplete = false;
    if (i > 0) {
      uint8_t lead = (uint8_t)out->data[i - 1];
      size_t need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
      incomplete = trailing < need;
    }
    if (chars >= (size_t)n && !incomplete) return true;
    size_t before = out->len;
    if (!read_bytes(s, 1, out)) return false;
    if (out->len == before) return true;
  }
}

Val io_read(int n, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  intptr_t count = -1;
  if (n > 1 && a[1] != None && !arg_int(a[1], &count)) return nullptr;
  Buf b;
  buf_init(&b, count > 0 && count < 4096 ? (size_t)count : 64);
  if (!read_chars(s, count, &b)) return nullptr;
  return s->text ? buf_to_str(&b) : buf_to_bytes(&b);
}

Val readline_impl(Stream* s, intptr_t limit) {
  Buf b;
  buf_init(&b, 64);
  for (;;) {
    if (limit >= 0 && (intptr_t)b.len >= limit) break;
    size_t before = b.len;
    if (!read_bytes(s, 1, &b)) return nullptr;
    if (b.len == before || b.data[b.len - 1] == '\n') break;
  }
  return s->text ? buf_to_str(&b) : buf_to_bytes(&b);
}

Val io_readline(int n, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  intptr_t limit = -1;
  if (n > 1 && a[1] != None && !arg_int(a[1], &limit)) return nullptr;
  return readline_impl(s, limit);
}

Val io_readlines(int, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  Val l = list_new(0);
  if (!l) return nullptr;
  for (;;) {
    Val line = readline_impl(s, -1);
    if (!line) return nullptr;
    if (str_len(line) == 0) return l;
    if (list_append(l, line) < 0) return nullptr;
  }
}

Val io_write(int n, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  const char* p;
  size_t len;
  Val v = a[1];
  if (s->text) {
    if (!is_str(v)) return raise(&TypeError_type, "write() argument must be str, not %s", type_cname(v));
    p = str_data(v);
    len = str_len(v);
  } else {
    Buffer b;
    if (!arg_buffer(v, &b)) return nullptr;
    p = (const char*)b.data;
    len = b.len;
  }
  if (n > 2) {
    // MicroPython's write(buf, max_len) and write(buf, offset, max_len)
    intptr_t off = 0, most;
    if (!arg_int(a[n - 1], &most) || (n > 3 && !arg_int(a[2], &off))) return nullptr;
    size_t from = off < 0 ? 0 : (size_t)off < len ? (size_t)off : len;
    p += from;
    len -= from;
    if (most >= 0 && (size_t)most < len) len = (size_t)most;
  }
  if (!s->writable) return raise(&OSError_type, "[Errno 9] EBADF");
  if (s->fd < 0) {
    if (!mem_reserve(s, s->pos + len)) return nullptr;
    if (s->pos > s->len) memset(s->data + s->len, 0, s->pos - s->len);
    memcpy(s->data + s->pos, p, len);
    s->pos += len;
    if (s->pos > s->len) s->len = s->pos;
  } else {
#if PYVGL_HAS_FS
    int err = 0;
    if (hal_file_write(s->fd, p, len, &err) < 0) return oserror(err);
#endif
  }
  return small((intptr_t)(s->text && n == 2 ? ((Str*)v)->clen : len));
}

Val io_getvalue(int, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  return make_result(s, s->data ? s->data : "", s->len);
}

Val io_seek(int n, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  intptr_t off, whence = 0;
  if (!arg_int(a[1], &off) || (n > 2 && !arg_int(a[2], &whence))) return nullptr;
  if (whence == 0 && off < 0) return oserror(22);  // EINVAL, for every stream (MicroPython)
  if (s->fd < 0) {
    intptr_t base = whence == 1 ? (intptr_t)s->pos : whence == 2 ? (intptr_t)s->len : 0;
    intptr_t p = base + off;
    s->pos = p < 0 ? 0 : (size_t)p;
    return small((intptr_t)s->pos);
  }
#if PYVGL_HAS_FS
  int err = 0;
  long r = hal_file_seek(s->fd, (long)off, (int)whence, &err);
  if (r < 0) return oserror(err);
  return int_from((intptr_t)r);
#else
  return None;
#endif
}

Val io_tell(int, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  if (s->fd < 0) return small((intptr_t)s->pos);
#if PYVGL_HAS_FS
  int err = 0;
  long r = hal_file_seek(s->fd, 0, 1, &err);
  if (r < 0) return oserror(err);
  return int_from((intptr_t)r);
#else
  return None;
#endif
}

Val io_close(int, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return None;
  s->closed = true;
#if PYVGL_HAS_FS
  if (s->fd >= 0) {
    int err = hal_file_close(s->fd);
    s->fd = -1;
    if (err) return oserror(err);
  }
#endif
  return None;
}
Val io_flush(int, int, const Val* a) {
  if (self_stream(a[0])->closed) return closed_error();
  return None;
}
Val io_enter(int, int, const Val* a) { return a[0]; }
Val io_exit(int, int, const Val* a) { return io_close(1, 0, a); }

Val io_next(Val self) {
  Stream* s = self_stream(self);
  if (s->closed) return closed_error();
  Val line = readline_impl(s, -1);
  if (!line) return nullptr;
  return str_len(line) ? line : STOP;
}
Val io_iter(Val self) { return self; }

Val io_readinto(int, int, const Val* a) {
  Stream* s = self_stream(a[0]);
  if (s->closed) return closed_error();
  Buffer dst;
  Type* t = type_of(a[1]);
  if (is_small(a[1]) || !t->getbuffer || !t->getbuffer(a[1], &dst, true) || !dst.writable)
    return raise(&TypeError_type, "object with buffer protocol required");
  Buf b;
  buf_init(&b, dst.len ? dst.len : 1);
  if (!read_bytes(s, (intptr_t)dst.len, &b)) return nullptr;
  if (b.len) memcpy(dst.data, b.data, b.len);
  return small((intptr_t)b.len);
}

// The methods every stream type has: one ROM table per type (a row names its owner type).
#define PY_STREAM_METHODS                                                                                   \
  {"read", io_read, 1, 2, 0}, {"readline", io_readline, 1, 2, 0}, {"readlines", io_readlines, 1, 2, 0},      \
      {"write", io_write, 2, 4, 0}, {"seek", io_seek, 2, 3, 0}, {"tell", io_tell, 1, 1, 0},                  \
      {"close", io_close, 1, 1, 0}, {"flush", io_flush, 1, 1, 0}, {"readinto", io_readinto, 2, 3, 0},        \
      {"__enter__", io_enter, 1, 1, 0}, {"__exit__", io_exit, 1, -1, 0}
const TypeMethod<&stringio_type> stringio_methods[] = {
  PY_STREAM_METHODS, {"getvalue", io_getvalue, 1, 1, 0}, {nullptr, nullptr, 0, 0, 0}};
const TypeMethod<&bytesio_type> bytesio_methods[] = {
  PY_STREAM_METHODS, {"getvalue", io_getvalue, 1, 1, 0}, {nullptr, nullptr, 0, 0, 0}};
const TypeMethod<&textio_file_type> textio_file_methods[] = {PY_STREAM_METHODS, {nullptr, nullptr, 0, 0, 0}};
const TypeMethod<&fileio_type> fileio_methods[] = {PY_STREAM_METHODS, {nullptr, nullptr, 0, 0, 0}};
#undef PY_STREAM_METHODS

Stream* stream_alloc(Type* t, bool text) {
  Stream* s = (Stream*)alloc_obj(t, sizeof(Stream));
  if (!s) return nullptr;
  s->fd = -1;
  s->text = text;
  s->readable = s->writable = true;
  return s;
}

Val memory_new(Type* t, int npos, const Val* args, bool text) {
  if (npos > 1) return raise_type_error_args(t->name, 1, npos);
  Stream* s = stream_alloc(t, text);
  if (!s) return nullptr;
  if (npos == 1 && args[0] != None) {
    Val init = args[0];
    if (!text && is_int(init)) return (Val)s;  // BytesIO(n): preallocation hint
    const char* p;
    size_t len;
    if (text) {
      if (!is_str(init)) return raise(&TypeError_type, "initial_value must be str, not %s", type_cname(init));
      p = str_data(init);
      len = str_len(init);
    } else {
      Buffer b;
      if (!arg_buffer(init, &b)) return nullptr;
      p = (const char*)b.data;
      len = b.len;
    }
    if (!mem_reserve(s, len + 1)) return nullptr;
    if (len) memcpy(s->data, p, len);
    s->len = len;
  }
  return (Val)s;
}
Val stringio_new(Type* t, int n, int, const Val* a) { return memory_new(t, n, a, true); }
Val bytesio_new(Type* t, int n, int, const Val* a) { return memory_new(t, n, a, false); }

void io_types_init();
}  // namespace

#if PYVGL_HAS_FS
Val io_open(int n, int k, const Val* a) {
  io_types_init();
  Val path = a[0];
  Val mode_v = n > 1 ? a[1] : kw_arg(n, k, a, Q(mode));
  if (!is_str(path)) return raise(&TypeError_type, "expected str path, got %s", type_cname(path));
  const char* mode = mode_v && is_str(mode_v) ? str_data(mode_v) : "r";
  bool text = true, plus = false;
  char kind = 0;
  for (const char* m = mode; *m; m++) {
    switch (*m) {
      case 'r': case 'w': case 'a': case 'x':
        if (kind) return raise(&ValueError_type, "invalid mode: '%s'", mode);
        kind = *m;
        break;
      case 'b': text = false; break;
      case 't': break;
      case '+': plus = true; break;
      default: return raise(&ValueError_type, "invalid mode: '%s'", mode);
    }
  }
  if (!kind) kind = 'r';
  int flags = 0;
  switch (kind) {
    case 'r': flags = HAL_READ | (plus ? HAL_WRITE : 0); break;
    case 'w': flags = HAL_WRITE | HAL_CREATE | HAL_TRUNCATE | (plus ? HAL_READ : 0); break;
    case 'a': flags = HAL_WRITE | HAL_CREATE | HAL_APPEND | (plus ? HAL_READ : 0); break;
    case 'x': flags = HAL_WRITE | HAL_CREATE | HAL_EXCL | (plus ? HAL_READ : 0); break;
  }
  Stream* s = stream_alloc(text ? &textio_file_type : &fileio_type, text);
  if (!s) return nullptr;
  int err = 0;
  int fd = hal_file_open(str_data(path), flags, &err);
  if (fd < 0) return oserror(err);
  s->fd = fd;
  s->readable = (flags & HAL_READ) != 0;
  s->writable = (flags & HAL_WRITE) != 0;
  return (Val)s;
}
#endif

namespace {
// "<io.StringIO object at 0x...>": the module-qualified name, as MicroPython and CPython show
void stream_print(Buf* b, Val v, bool) {
  buf_printf(b, "<io.%s object at %p>", str_data(type_qname(type_of(v))), (void*)v);
}

// IOBase has no state of its own: a subclass instance is a plain instance
Val iobase_new(Type* t, int, int, const Val*) { return instance_new(t); }

void stream_type(Type* t, const char* name, NewFn make, const MethodDef* methods) {
  if (t->base.type) return;
  type_init(t, name, &object_type, 0);
  type_set_method_table(t, methods);
  t->print = stream_print;
  t->make_new = make;
  t->iter = io_iter;
  t->next = io_next;
}
void io_types_init() {
  // io.IOBase: a base for Python-level streams (they define write/readinto themselves)
  if (!iobase_type.base.type) {
    type_init(&iobase_type, "IOBase", &object_type, TF_BASETYPE);
    iobase_type.make_new = iobase_new;
  }
  stream_type(&stringio_type, "StringIO", stringio_new, stringio_methods);
  stream_type(&bytesio_type, "BytesIO", bytesio_new, bytesio_methods);
  stream_type(&textio_file_type, "TextIOWrapper", nullptr, textio_file_methods);
  stream_type(&fileio_type, "FileIO", nullptr, fileio_methods);
}
}  // namespace

Val io_module() {
  io_types_init();
  Val m = module_new(str_intern_cstr("io"));
  if (!m) return nullptr;
  module_add(m, "StringIO", (Val)&stringio_type);
  module_add(m, "BytesIO", (Val)&bytesio_type);
  module_add(m, "TextIOWrapper", (Val)&textio_file_type);
  module_add(m, "FileIO", (Val)&fileio_type);
  module_add(m, "IOBase", (Val)&iobase_type);
#if PYVGL_HAS_FS
  module_add(m, "open", native_func_new("open", io_open, 1, 8, NF_KW));
#endif
  module_add(m, "SEEK_SET", small(0));
  module_add(m, "SEEK_CUR", small(1));
  module_add(m, "SEEK_END", small(2));
  return exc_pending() ? nullptr : m;
}

}  // namespace py
