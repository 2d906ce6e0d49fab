// The builtins module: functions and the names of the built-in types and exceptions.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bytecode.h"
#include "compile.h"
#include "float_text.h"
#include "hal.h"
#include "runtime.h"

namespace py {

static Val b_abs(int n, int k, const Val* a) { return unop(UN_ABS, a[0]); }

// Goes through the items of an iterable, or of an argument array: an exact list or tuple
// is indexed in place, with no iterator object (so all, any, min, max and sum run with the
// heap locked, as MicroPython's do). A list is re-read at each step: a key function may
// change it.
struct Walk {
  Val seq;         // an exact list or tuple
  const Val* arr;  // or an array of n values
  size_t n, i;
  Val it;          // or any other iterable's iterator
};
static bool walk_start(Walk* w, Val v, const Val* arr = nullptr, size_t n = 0) {
  *w = Walk{nullptr, arr, n, 0, nullptr};
  if (arr) return true;
  if (!is_small(v) && (v->type == &list_type || v->type == &tuple_type)) {
    w->seq = v;
    return true;
  }
  w->it = getiter(v);
  return w->it != nullptr;
}
static Val walk_next(Walk* w) {  // STOP at the end, nullptr on error
  if (w->it) return iternext(w->it);
  if (w->seq) {
    bool list = w->seq->type == &list_type;
    size_t n = list ? ((List*)w->seq)->len : tuple_len(w->seq);
    if (w->i >= n) return STOP;
    return list ? ((List*)w->seq)->items[w->i++] : tuple_items(w->seq)[w->i++];
  }
  return w->i < w->n ? w->arr[w->i++] : STOP;
}

static Val all_any(Val seq, bool want) {
  Walk w;
  if (!walk_start(&w, seq)) return nullptr;
  for (;;) {
    Val x = walk_next(&w);
    if (!x) return nullptr;
    if (x == STOP) return from_bool(!want);
    int t = truthy(x);
    if (t < 0) return nullptr;
    if ((t != 0) == want) return from_bool(want);
  }
}
static Val b_all(int n, int k, const Val* a) { return all_any(a[0], false); }
static Val b_any(int n, int k, const Val* a) { return all_any(a[0], true); }

static Val base_str(Val v, int base) {
  Val i = get_index(v);
  if (!i) return nullptr;
  return int_format_base(i, base, true, false);
}
static Val b_bin(int n, int k, const Val* a) { return base_str(a[0], 2); }
static Val b_oct(int n, int k, const Val* a) { return base_str(a[0], 8); }
static Val b_hex(int n, int k, const Val* a) { return base_str(a[0], 16); }

static Val b_callable(int n, int k, const Val* a) {
  Type* t = type_of(a[0]);
  return from_bool(t->call != nullptr || t == &type_type || isinst(a[0], &type_type));
}

static Val b_chr(int n, int k, const Val* a) {
  bool ok;
  intptr_t c = int_as_ssize(a[0], &ok);
  if (!ok) return nullptr;
  if (c < 0 || c > 0x10ffff) return raise(&ValueError_type, "chr() arg not in range(0x110000)");
  Buf b;
  buf_init(&b, 8);
  buf_add_utf8(&b, (uint32_t)c);
  if (c < 128) return str_intern(b.data, b.len);
  return buf_to_str(&b);
}

static Val b_ord(int n, int k, const Val* a) {
  Val s = a[0];
  if (is_str(s)) {
    if (((Str*)s)->clen != 1)
      return raise(&TypeError_type, "ord() expected a character, but string of length %d found", (int)((Str*)s)->clen);
    const char* p = str_data(s);
    return small(utf8_decode(&p, p + str_len(s)));
  }
  if (!is_small(s) && (s->type == &bytes_type || s->type == &bytearray_type)) {
    intptr_t len = len_int(s);
    if (len != 1) return raise(&TypeError_type, "ord() expected a character, but string of length %d found", (int)len);
    return subscr(s, small(0));
  }
  return raise(&TypeError_type, "ord() expected string of length 1, but %s found", type_cname(s));
}

static Val b_delattr(int n, int k, const Val* a) {
  if (!is_str(a[1])) return raise(&TypeError_type, "attribute name must be string");
  Val nm = str_intern_val(a[1]);
  return nm && setattr(a[0], nm, nullptr) == 0 ? None : nullptr;
}
static Val b_getattr(int n, int k, const Val* a) {
  if (!is_str(a[1])) return raise(&TypeError_type, "attribute name must be string");
  Val nm = str_intern_val(a[1]);
  if (!nm) return nullptr;
  if (n > 2) {
    Val r = getattr_opt(nm ? a[0] : a[0], nm);
    if (r) return r;
    if (exc_pending() && !exc_matches(exc_pending(), (Val)&AttributeError_type)) return nullptr;
    exc_take();
    return a[2];
  }
  return getattr(a[0], nm);
}
static Val b_hasattr(int n, int k, const Val* a) {
  if (!is_str(a[1])) return raise(&TypeError_type, "attribute name must be string");
  Val nm = str_intern_val(a[1]);
  if (!nm) return nullptr;
  Val r = getattr_opt(a[0], nm);
  if (!r && exc_pending()) {
    if (!exc_matches(exc_pending(), (Val)&AttributeError_type)) return nullptr;
    exc_take();
  }
  return from_bool(r != nullptr);
}
static Val b_setattr(int n, int k, const Val* a) {
  if (!is_str(a[1])) return raise(&TypeError_type, "attribute name must be string");
  Val nm = str_intern_val(a[1]);
  return nm && setattr(a[0], nm, a[2]) == 0 ? None : nullptr;
}

static Val b_dir(int n, int k, const Val* a) {
  if (n == 0) {
    Frame* f = ts.frame;
    Val d = f ? (f->locals ? f->locals : (Val)f->globals) : nullptr;
    if (!d) return list_new(0);
    Val l = list_from_iter(d);
    if (!l || !list_sort(l, nullptr, false)) return nullptr;
    return l;
  }
  // an instance of a class defining __dir__: its (sorted) answer; not for classes
  Type* t = type_of(a[0]);
  Val custom = (t->flags & TF_USER) ? type_lookup(t, str_intern_cstr("__dir__")) : nullptr;
  if (custom) {
    Val r = call(custom, 1, 0, a);
    Val l = r ? list_from_iter(r) : nullptr;
    if (!l || !list_sort(l, nullptr, false)) return nullptr;
    return l;
  }
  return dir_of(a[0]);
}

static Val b_divmod(int n, int k, const Val* a) {
  Val x = a[0], y = a[1];
  if (is_int(x) && is_int(y)) {
    Val q = binop(OP_FLOORDIV, x, y);
    if (!q) return nullptr;
    Val r = binop(OP_MOD, x, y);
    if (!r) return nullptr;
    Val t = tuple_new(2);
    if (!t) return nullptr;
    tuple_items(t)[0] = q;
    tuple_items(t)[1] = r;
    return t;
  }
  Val f = (type_of(x)->flags & TF_USER) ? getattr_opt(x, Q(__divmod__)) : nullptr;
  if (f) return call1(f, y);
  Val q = binop(OP_FLOORDIV, x, y);
  if (!q) return nullptr;
  Val r = binop(OP_MOD, x, y);
  if (!r) return nullptr;
  Val t = tuple_new(2);
  if (!t) return nullptr;
  tuple_items(t)[0] = q;
  tuple_items(t)[1] = r;
  return t;
}

static Val b_hash(int n, int k, const Val* a) { return hash_val(a[0]); }
static Val b_id(int n, int k, const Val* a) {
  if (is_small(a[0])) return int_from_u64((uint64_t)(uintptr_t)a[0]);
  return int_from_u64((uint64_t)(uintptr_t)a[0]);
}

static Val b_isinstance(int n, int k, const Val* a) { return isinstance(a[0], a[1]); }
static Val b_issubclass(int n, int k, const Val* a) {
  if (is_small(a[0]) || !isinst(a[0], &type_type)) return raise(&TypeError_type, "issubclass() arg 1 must be a class");
  Val t = a[1];
  if (!is_small(t) && isinst(t, &tuple_type)) {
    for (size_t i = 0; i < tuple_len(t); i++) {
      Val x = tuple_items(t)[i];
      if (!is_small(x) && isinst(x, &type_type) && is_subtype((Type*)a[0], (Type*)x)) return True_;
    }
    return False_;
  }
  if (is_small(t) || !isinst(t, &type_type)) return raise(&TypeError_type, "issubclass() arg 2 must be a class or tuple of classes");
  return from_bool(is_subtype((Type*)a[0], (Type*)t));
}

static Val b_iter(int n, int k, const Val* a) {
  if (n == 2) {
    // iter(callable, sentinel)
    struct CallIter { Type* type; Val f; Val sentinel; };
    static Type callable_iter;
    if (!callable_iter.name) {
      type_init(&callable_iter, "callable_iterator", &object_type, 0);
      callable_iter.iter = [](Val s) { return s; };
      callable_iter.next = [](Val s) -> Val {
        CallIter* c = (CallIter*)s;
        if (!c->f) return STOP;
        Val r = call0(c->f);
        if (!r) return nullptr;
        int e = equal(r, c->sentinel);
        if (e < 0) return nullptr;
        if (e) { c->f = nullptr; return STOP; }
        return r;
      };
    }
    CallIter* c = (CallIter*)alloc_obj(&callable_iter, sizeof(CallIter));
    if (!c) return nullptr;
    c->f = a[0];
    c->sentinel = a[1];
    return (Val)c;
  }
  return getiter(a[0]);
}

static Val b_len(int n, int k, const Val* a) { return len_of(a[0]); }

static Val b_next(int n, int k, const Val* a) {
  Type* t = type_of(a[0]);
  if (!t->next) return raise(&TypeError_type, "'%s' object isn't an iterator", t->name);
  if (t == &gen_type) {
    bool y;
    Val r = gen_send(a[0], None, nullptr, &y);
    if (!r) return nullptr;
    if (y) return r;
    if (n > 1) return a[1];
    Val e = exc_new(&StopIteration_type, r == None ? 0 : 1, &r);
    if (!e) return nullptr;
    ((Exception*)e)->value = r;
    return raise_obj(e);
  }
  Val r = iternext(a[0]);
  if (!r) return nullptr;
  if (r == STOP) {
    if (n > 1) return a[1];
    return raise_obj((Val)&StopIteration_type);
  }
  return r;
}

static Val minmax(int n, int k, const Val* a, int op) {
  Val key = kw_arg(n, k, a, Q(key));
  Val dflt = kw_arg(n, k, a, Q(default));
  if (key == None) key = nullptr;
  Walk w;
  if (!walk_start(&w, a[0], n == 1 ? nullptr : a, n)) return nullptr;
  Val best = nullptr, best_key = nullptr;
  for (;;) {
    Val x = walk_next(&w);
    if (!x) return nullptr;
    if (x == STOP) break;
    Val kx = key ? call1(key, x) : x;
    if (!kx) return nullptr;
    if (!best) {
      best = x;
      best_key = kx;
      continue;
    }
    Val c = binop(op, kx, best_key);
    if (!c) return nullptr;
    if (c == True_) {
      best = x;
      best_key = kx;
    }
  }
  if (!best) {
    if (dflt) return dflt;
    return raise(&ValueError_type, op == OP_LT ? "min() arg is an empty sequence" : "max() arg is an empty sequence");
  }
  return best;
}
static Val b_min(int n, int k, const Val* a) { return minmax(n, k, a, OP_LT); }
static Val b_max(int n, int k, const Val* a) { return minmax(n, k, a, OP_GT); }

Val int_powmod(Val a, Val b, Val m);
static Val b_pow(int n, int k, const Val* a) {
  if (n == 3 && a[2] != None) {
    if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2]))
      return raise(&TypeError_type, "pow() 3rd argument not allowed unless all arguments are integers");
    return int_powmod(a[0], a[1], a[2]);
  }
  return binop(OP_POW, a[0], a[1]);
}

bool sys_stdout_redirected(Val* out);  // mod/mod_sys.cpp

// No heap (full, or locked by micropython.heap_lock): strings can still be written
// piece by piece to the HAL. Returns false when something needs formatting.
static bool print_strs_direct(int n, const Val* a, Val sep, Val end) {
  Val o;
  if (sys_stdout_redirected(&o)) return false;
  for (int i = 0; i < n; i++)
    if (!is_str(a[i])) return false;
  exc_take();  // the MemoryError of the failed buffer
  for (int i = 0; i < n; i++) {
    if (i) hal_stdout_write(sep ? str_data(sep) : " ", sep ? str_len(sep) : 1);
    hal_stdout_write(str_data(a[i]), str_len(a[i]));
  }
  hal_stdout_write(end ? str_data(end) : "\n", end ? str_len(end) : 1);
  return true;
}

Val builtin_print(int n, int k, const Val* a) {
  Val sep = kw_arg(n, k, a, Q(sep));
  Val end = kw_arg(n, k, a, Q(end));
  Val file = kw_arg(n, k, a, Q(file));
  if (sep == None) sep = nullptr;
  if (end == None) end = nullptr;
  if (file == None) file = nullptr;
  if (sep && !is_str(sep)) return raise(&TypeError_type, "sep must be None or a string");
  if (end && !is_str(end)) return raise(&TypeError_type, "end must be None or a string");
  Buf b;
  buf_init(&b, 64);
  for (int i = 0; i < n; i++) {
    if (i) {
      if (sep) buf_add(&b, str_data(sep), str_len(sep));
      else buf_addc(&b, ' ');
    }
    if (!print_to(&b, a[i], false)) return nullptr;
  }
  if (end) buf_add(&b, str_data(end), str_len(end));
  else buf_addc(&b, '\n');
  if (b.failed && !file && print_strs_direct(n, a, sep, end)) return None;
  if (b.failed) return raise_no_memory();
  if (file) {
    Val s = str_new(b.data, b.len);
    if (!s) return nullptr;
    if (!call_method(file, Q(write), 1, &s)) return nullptr;
  } else {
    out_write(b.data, b.len);
    if (exc_pending()) return nullptr;
  }
  gc_free(b.data);
  return None;
}

static Val b_repr(int n, int k, const Val* a) { return repr(a[0]); }

Val ascii_of(Val v) {
  Val r = repr(v);
  if (!r) return nullptr;
  Buf b;
  buf_init(&b, str_len(r) + 8);
  const char* p = str_data(r);
  const char* e = p + str_len(r);
  while (p < e) {
    uint32_t c = utf8_decode(&p, e);
    if (c < 128) buf_addc(&b, (char)c);
    else if (c < 256) buf_printf(&b, "\\x%02x", (unsigned)c);
    else if (c < 65536) buf_printf(&b, "\\u%04x", (unsigned)c);
    else buf_printf(&b, "\\U%08x", (unsigned)c);
  }
  return buf_to_str(&b);
}

static Val b_ascii(int n, int k, const Val* a) { return ascii_of(a[0]); }

static Val b_round(int n, int k, const Val* a) {
  Val x = a[0];
  Val nd = n > 1 ? a[1] : kw_arg(n, k, a, str_intern_cstr("ndigits"));
  if (nd == None) nd = nullptr;
  if (is_int(x)) {
    if (!nd) return unop(UN_POS, x);
    bool ok;
    intptr_t d = int_as_ssize(nd, &ok);
    if (!ok) return nullptr;
    if (d >= 0) return unop(UN_POS, x);
    // round to 10^-d with half-even
    Val p = binop(OP_POW, small(10), int_from(-d));
    if (!p) return nullptr;
    Val q = binop(OP_FLOORDIV, x, p), r = q ? binop(OP_MOD, x, p) : nullptr;
    if (!r) return nullptr;
    Val twice = binop(OP_MUL, r, small(2));
    Val c = twice ? binop(OP_GT, twice, p) : nullptr;
    Val eq = twice ? binop(OP_EQ, twice, p) : nullptr;
    if (!c || !eq) return nullptr;
    Val odd = binop(OP_AND, q, small(1));
    if (c == True_ || (eq == True_ && odd == small(1))) q = binop(OP_ADD, q, small(1));
    return q ? binop(OP_MUL, q, p) : nullptr;
  }
  double d;
  if (!to_double(x, &d)) {
    Val f = getattr_opt(x, Q(__round__));
    if (f) return nd ? call1(f, nd) : call0(f);
    if (exc_pending()) return nullptr;
    return raise(&TypeError_type, "type %s doesn't define __round__ method", type_cname(x));
  }
  if (!nd) {
    if (isnan(d)) return raise(&ValueError_type, "cannot convert float NaN to integer");
    if (isinf(d)) return raise(&OverflowError_type, "cannot convert float infinity to integer");
    double r = nearbyint(d);  // default rounding mode is half-to-even
    return int_from_double(r);
  }
  bool ok;
  intptr_t nd_i = int_as_ssize(nd, &ok);
  if (!ok) return nullptr;
  // doubles from 2^52 up are integers already
  if (!isfinite(d) || nd_i > 300 || fabs(d) >= 0x1p52) return float_new(d);
  if (nd_i >= 0) {
    // the exact decimal rounded half-even (as CPython), read back
    char digits[FLOAT_DIGITS_MAX + 8];
    int point, n = double_digits(fabs(d), 'f', (int)nd_i, digits, &point);
    n += snprintf(digits + n, 8, "e%d", point - n + 1);  // the digits as an integer
    double r = 0;
    scan_double(digits, digits + n, &r);
    return float_new(copysign(r, d));
  }
  double p = pow(10.0, (double)-nd_i);
  double r = nearbyint(d / p) * p;
  return float_new(r);
}

static Val b_sorted(int n, int k, const Val* a) {
  if (!arg_count("sorted", n, 1, 1)) return nullptr;
  const Val names[] = {Q(key), Q(reverse)};
  if (!check_kw_names(n, k, a, names, 2)) return nullptr;
  Val l = list_from_iter(a[0]);
  if (!l) return nullptr;
  Val key = kw_arg(n, k, a, Q(key));
  Val rev = kw_arg(n, k, a, Q(reverse));
  int r = rev ? truthy(rev) : 0;
  if (r < 0) return nullptr;
  if (!list_sort(l, key, r)) return nullptr;
  return l;
}

static Val b_sum(int n, int k, const Val* a) {
  Val acc = n > 1 ? a[1] : kw_arg(n, k, a, Q(start));
  if (!acc) acc = small(0);
  if (is_str(acc)) return raise(&TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
  Walk w;
  if (!walk_start(&w, a[0])) return nullptr;
  for (;;) {
    Val x = walk_next(&w);
    if (!x) return nullptr;
    if (x == STOP) return acc;
    if (is_small(acc) && is_small(x)) {
      intptr_t r = small_val(acc) + small_val(x);
      if (fits_small(r)) { acc = small(r); continue; }
    }
    acc = binop(OP_ADD, acc, x);
    if (!acc) return nullptr;
  }
}

static Val b_globals(int n, int k, const Val* a) {
  Frame* f = ts.frame;
  return f ? (Val)f->globals : None;
}
static Val b_locals(int n, int k, const Val* a) {
  Frame* f = ts.frame;
  if (!f) return None;
  if (f->locals) return f->locals;
  Val d = dict_new(0);
  if (!d) return nullptr;
  Code* c = f->code;
  for (int i = 0; i < c->nlocals + c->nfree; i++) {
    Val v = frame_slots(f)[i];
    if (!v) continue;
    bool is_cell = i >= c->nlocals;
    for (int j = 0; j < c->ncells; j++)
      if (code_cells(c)[j] == i) is_cell = true;
    if (is_cell) v = ((Cell*)v)->v;
    if (v && dict_set(d, code_varnames(c)[i], v) < 0) return nullptr;
  }
  return d;
}

static Val exec_eval(int n, int k, const Val* a, int mode) {
  Val src = a[0];
  Val globals = n > 1 && a[1] != None ? a[1] : nullptr;
  Val locals = n > 2 && a[2] != None ? a[2] : nullptr;
  Frame* f = ts.frame;
  if (!globals) {
    globals = f ? (Val)f->globals : nullptr;
    if (!locals && f) locals = f->locals ? f->locals : nullptr;
    if (!locals && f && f->code->nlocals) {
      locals = b_locals(0, 0, nullptr);
      if (!locals) return nullptr;
    }
  }
  if (!globals) return raise(&RuntimeError_type, "no globals");
  if (!locals) locals = globals;
  Val code;
  if (!is_small(src) && src->type == &code_type) code = src;
  else {
    const char* s;
    size_t len;
    if (is_str(src) || (!is_small(src) && src->type == &bytes_type)) {
      s = str_data(src);
      len = str_len(src);
    } else return raise(&TypeError_type, "%s() arg 1 must be a string, bytes or code object", mode == 1 ? "eval" : "exec");
    code = compile_source(s, len, Q(string), mode);
    if (!code) return nullptr;
  }
  if (!dict_get_str(globals, Q(__builtins__))) dict_set(globals, Q(__builtins__), dict_get_str(ts.builtins, Q(__builtins__)) ? dict_get_str(ts.builtins, Q(__builtins__)) : None);
  Val r = exec_code(code, globals, locals);
  if (!r) return nullptr;
  return mode == 1 ? r : None;
}
static Val b_eval(int n, int k, const Val* a) { return exec_eval(n, k, a, 1); }
static Val b_exec(int n, int k, const Val* a) { return exec_eval(n, k, a, 0); }

static Val b_compile(int n, int k, const Val* a) {
  if (!arg_count("compile", n, 3, 6)) return nullptr;
  if (!is_str(a[0]) || !is_str(a[1]) || !is_str(a[2])) return raise(&TypeError_type, "compile() arguments must be str");
  const char* m = str_data(a[2]);
  int mode = !strcmp(m, "eval") ? 1 : !strcmp(m, "single") ? 2 : !strcmp(m, "exec") ? 0 : -1;
  if (mode < 0) return raise(&ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
  Val fn = str_intern_val(a[1]);
  if (!fn) return nullptr;
  return compile_source(str_data(a[0]), str_len(a[0]), fn, mode);
}

static Val b_input(int n, int k, const Val* a) {
  if (n > 0) {
    Val s = str_of(a[0]);
    if (!s) return nullptr;
    out_write(str_data(s), str_len(s));
  }
  char buf[1024];
  int len = hal_stdin_readline(buf, sizeof buf);
  if (len < 0) return raise(&EOFError_type, "EOF when reading a line");
  return str_new(buf, len);
}

static Val b_open(int n, int k, const Val* a) {
  Val io = import_name(str_intern_cstr("io"), None, 0, nullptr);
  if (!io) {
    exc_take();
    return raise(&OSError_type, "open() is not available");
  }
  Val f = getattr(io, str_intern_cstr("open"));
  if (!f) return nullptr;
  return call(f, n, k, a);
}

static Val b_import(int n, int k, const Val* a) {
  if (!arg_count("__import__", n, 1, 5)) return nullptr;
  Val globals = n > 1 ? a[1] : nullptr;
  Val fromlist = n > 3 ? a[3] : None;
  int level = 0;
  if (n > 4) {
    bool ok;
    level = (int)int_as_ssize(a[4], &ok);
    if (!ok) return nullptr;
    if (level < 0) return raise(&ValueError_type, "level must be >= 0");
  }
  if (!is_str(a[0])) return raise(&TypeError_type, "__import__() argument 1 must be str, not %s", type_cname(a[0]));
  // globals only give the package of a relative import; anything but a dict is ignored
  if (globals && (globals == None || is_small(globals) || !is_subtype(globals->type, &dict_type))) globals = nullptr;
  return import_name(str_intern_val(a[0]), fromlist, level, globals);
}

// `import x` calls builtins.__import__ when a program replaced it (MicroPython and CPython
// allow that); nullptr when it is still this module's own
Val import_override() {
  static Val name = nullptr;
  if (!name) name = str_intern_cstr("__import__");
  Val f = dict_get(ts.builtins, name);
  if (!f || (!is_small(f) && f->type == &native_func_type && ((NativeFunc*)f)->fn == b_import)) return nullptr;
  return f;
}

// __build_class__(func, name, *bases, metaclass=..., **kw)
static Val b_build_class(int n, int k, const Val* a) {
  if (n < 2) return raise(&TypeError_type, "__build_class__: not enough arguments");
  Val fn = a[0], name = a[1];
  Val bases = tuple_from(n - 2, a + 2);
  if (!bases) return nullptr;
  Val meta = kw_arg(n, k, a, Q(metaclass));
  if (!meta) {
    meta = (Val)&type_type;
    for (size_t i = 0; i < tuple_len(bases); i++) {
      Type* bt = type_of(tuple_items(bases)[i]);
      if (bt != &type_type && is_subtype(bt, (Type*)meta)) meta = (Val)bt;
    }
  }
  Val ns = dict_new(0);
  if (!ns) return nullptr;
  // run the body with the namespace as its locals
  Function* f = (Function*)fn;
  Frame* fr = frame_new(f, true);
  if (!fr) return nullptr;
  if (!frame_bind_args(fr, f, 0, 0, nullptr)) return nullptr;
  fr->locals = ns;
  Val cell = run_frame(fr, nullptr);
  frame_free(fr);
  if (!cell) return nullptr;
  Val args[3] = {name, bases, ns};
  // remaining keywords (besides metaclass) go to the metaclass / __init_subclass__
  Val cls = call(meta, 3, 0, args);
  if (!cls) return nullptr;
  if (cell != None && !is_small(cell) && cell->type == &closure_cell_type) ((Cell*)cell)->v = cls;
  int extra_kw = 0;
  for (int i = 0; i < k; i++)
    if (a[n + 2 * i] != Q(metaclass)) extra_kw++;
  if (extra_kw && !is_small(cls) && isinst(cls, &type_type)) {
    Type* t = (Type*)cls;
    for (size_t i = 1; t->mro && i < t->mro->len; i++) {
      Type* p = (Type*)t->mro->items[i];
      if (!(p->flags & TF_USER)) continue;
      Val isc = dict_get_str((Val)p->dict, Q(__init_subclass__));
      if (!isc) continue;
      Val fn2 = (!is_small(isc) && (isc->type == &classmethod_type)) ? ((StaticMethod*)isc)->f : isc;
      Val* buf = (Val*)gc_alloc((1 + 2 * extra_kw) * sizeof(Val));
      if (!buf) return raise_no_memory();
      buf[0] = cls;
      int j = 1;
      for (int q = 0; q < k; q++)
        if (a[n + 2 * q] != Q(metaclass)) { buf[j++] = a[n + 2 * q]; buf[j++] = a[n + 2 * q + 1]; }
      if (!call(fn2, 1, extra_kw, buf)) return nullptr;
      break;
    }
  }
  return cls;
}

static Val b_format(int n, int k, const Val* a) { return format_value(a[0], n > 1 ? a[1] : Q(empty)); }

static Val b_vars(int n, int k, const Val* a) {
  if (n == 0) return b_locals(0, 0, nullptr);
  return getattr(a[0], Q(__dict__));
}

// Sorted by name (strcmp order): looked up by binary search (see builtins_tables_sorted).
static const MethodDef builtin_fns[] = {
  {"__build_class__", b_build_class, 2, -1, NF_KW},
  {"__import__", b_import, 1, 5, 0},
  {"abs", b_abs, 1, 1, 0},
  {"all", b_all, 1, 1, 0},
  {"any", b_any, 1, 1, 0},
  {"ascii", b_ascii, 1, 1, 0},
  {"bin", b_bin, 1, 1, 0},
  {"callable", b_callable, 1, 1, 0},
  {"chr", b_chr, 1, 1, 0},
  {"compile", b_compile, 3, 6, NF_KW},
  {"delattr", b_delattr, 2, 2, 0},
  {"dir", b_dir, 0, 1, 0},
  {"divmod", b_divmod, 2, 2, 0},
  {"eval", b_eval, 1, 3, 0},
  {"exec", b_exec, 1, 3, 0},
  {"format", b_format, 1, 2, 0},
  {"getattr", b_getattr, 2, 3, 0},
  {"globals", b_globals, 0, 0, 0},
  {"hasattr", b_hasattr, 2, 2, 0},
  {"hash", b_hash, 1, 1, 0},
  {"hex", b_hex, 1, 1, 0},
  {"id", b_id, 1, 1, 0},
  {"input", b_input, 0, 1, 0},
  {"isinstance", b_isinstance, 2, 2, 0},
  {"issubclass", b_issubclass, 2, 2, 0},
  {"iter", b_iter, 1, 2, 0},
  {"len", b_len, 1, 1, 0},
  {"locals", b_locals, 0, 0, 0},
  {"max", b_max, 1, -1, NF_KW},
  {"min", b_min, 1, -1, NF_KW},
  {"next", b_next, 1, 2, 0},
  {"oct", b_oct, 1, 1, 0},
  {"open", b_open, 1, -1, NF_KW},
  {"ord", b_ord, 1, 1, 0},
  {"pow", b_pow, 2, 3, 0},
  {"print", builtin_print, 0, -1, NF_KW},
  {"repr", b_repr, 1, 1, 0},
  {"round", b_round, 1, 2, NF_KW},
  {"setattr", b_setattr, 3, 3, 0},
  {"sorted", b_sorted, 1, 1, NF_KW},
  {"sum", b_sum, 1, 2, NF_KW},
  {"vars", b_vars, 0, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// The built-in types and constants, sorted by name (strcmp order) like builtin_fns.
struct BuiltinName {
  const char* name;
  const Obj* value;
};
static const BuiltinName builtin_names[] = {
  {"ArithmeticError", &ArithmeticError_type.base},
  {"AssertionError", &AssertionError_type.base},
  {"AttributeError", &AttributeError_type.base},
  {"BaseException", &BaseException_type.base},
  {"EOFError", &EOFError_type.base},
  {"Ellipsis", &ellipsis_obj},
  {"EnvironmentError", &OSError_type.base},
  {"Exception", &Exception_type.base},
  {"FileNotFoundError", &FileNotFoundError_type.base},
  {"FloatingPointError", &FloatingPointError_type.base},
  {"GeneratorExit", &GeneratorExit_type.base},
  {"IOError", &OSError_type.base},
  {"ImportError", &ImportError_type.base},
  {"IndentationError", &IndentationError_type.base},
  {"IndexError", &IndexError_type.base},
  {"KeyError", &KeyError_type.base},
  {"KeyboardInterrupt", &KeyboardInterrupt_type.base},
  {"LookupError", &LookupError_type.base},
  {"MemoryError", &MemoryError_type.base},
  {"ModuleNotFoundError", &ModuleNotFoundError_type.base},
  {"NameError", &NameError_type.base},
  {"None", &none_obj},
  {"NotImplemented", &notimpl_obj},
  {"NotImplementedError", &NotImplementedError_type.base},
  {"OSError", &OSError_type.base},
  {"OverflowError", &OverflowError_type.base},
  {"RecursionError", &RuntimeError_type.base},
  {"RuntimeError", &RuntimeError_type.base},
  {"StopAsyncIteration", &StopAsyncIteration_type.base},
  {"StopIteration", &StopIteration_type.base},
  {"SyntaxError", &SyntaxError_type.base},
  {"SystemExit", &SystemExit_type.base},
  {"TimeoutError", &TimeoutError_type.base},
  {"TypeError", &TypeError_type.base},
  {"UnboundLocalError", &UnboundLocalError_type.base},
  {"UnicodeDecodeError", &UnicodeDecodeError_type.base},
  {"UnicodeEncodeError", &UnicodeEncodeError_type.base},
  {"UnicodeError", &UnicodeError_type.base},
  {"ValueError", &ValueError_type.base},
  {"ZeroDivisionError", &ZeroDivisionError_type.base},
  {"bool", &bool_type.base},
  {"bytearray", &bytearray_type.base},
  {"bytes", &bytes_type.base},
  {"classmethod", &classmethod_type.base},
  {"complex", &complex_type.base},
  {"dict", &dict_type.base},
  {"enumerate", &enumerate_type.base},
  {"filter", &filter_type.base},
  {"float", &float_type.base},
  {"frozenset", &frozenset_type.base},
  {"int", &int_type.base},
  {"list", &list_type.base},
  {"map", &map_type.base},
  {"memoryview", &memoryview_type.base},
  {"object", &object_type.base},
  {"property", &property_type.base},
  {"range", &range_type.base},
  {"reversed", &reversed_type.base},
  {"set", &set_type.base},
  {"slice", &slice_type.base},
  {"staticmethod", &staticmethod_type.base},
  {"str", &str_type.base},
  {"super", &super_type.base},
  {"tuple", &tuple_type.base},
  {"type", &type_type.base},
  {"zip", &zip_type.base},
};
constexpr size_t NBUILTIN_NAMES = sizeof builtin_names / sizeof builtin_names[0];
constexpr size_t NBUILTIN_FNS = sizeof builtin_fns / sizeof builtin_fns[0] - 1;

// Function tables a port adds to the builtins (help, open...): searched before the rest.
static const MethodDef* g_port_builtins[2];

void builtins_add_table(const MethodDef* rows) {
  for (const MethodDef*& slot : g_port_builtins)
    if (!slot || slot == rows) {
      slot = rows;
      return;
    }
}

template <typename Row>
static const Row* find_sorted(const Row* rows, size_t n, const char* name) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(rows[mid].name, name);
    if (c == 0) return &rows[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return nullptr;
}

// The ROM part of the builtins namespace (nullptr = not a builtin).
Val builtin_const(Val name) {
  const char* n = str_data(name);
  for (const MethodDef* t : g_port_builtins)
    for (const MethodDef* r = t; r && r->name; r++)
      if (!strcmp(r->name, n)) return (Val)r;
  if (const MethodDef* f = find_sorted(builtin_fns, NBUILTIN_FNS, n)) return (Val)f;
  if (const BuiltinName* b = find_sorted(builtin_names, NBUILTIN_NAMES, n)) return (Val)b->value;
  if (name == Q(__name__)) return Q(builtins);
  return nullptr;
}

bool builtins_tables_sorted() {
  for (size_t i = 1; i < NBUILTIN_FNS; i++)
    if (strcmp(builtin_fns[i - 1].name, builtin_fns[i].name) >= 0) return false;
  for (size_t i = 1; i < NBUILTIN_NAMES; i++)
    if (strcmp(builtin_names[i - 1].name, builtin_names[i].name) >= 0) return false;
  return true;
}

// Copies every ROM builtin into d (dir(builtins), builtins.__dict__): entries already in d win.
bool builtins_copy_into(Val d) {
  auto add = [d](const char* name, Val v) {
    Val n = str_intern_cstr(name);
    return n && (dict_get_str(d, n) || dict_set(d, n, v) == 0);
  };
  for (const MethodDef* t : g_port_builtins)
    for (const MethodDef* r = t; r && r->name; r++)
      if (!add(r->name, (Val)r)) return false;
  for (size_t i = 0; i < NBUILTIN_FNS; i++)
    if (!add(builtin_fns[i].name, (Val)&builtin_fns[i])) return false;
  for (const BuiltinName& b : builtin_names)
    if (!add(b.name, (Val)b.value)) return false;
  return add("__name__", Q(builtins));
}

void type_add_slot_wrappers(Type* t);

// The builtins module: its namespace lives in the ROM tables above; ts.builtins is the
// module's dict, empty at start-up, which holds what scripts store (builtins.foo = 1, _).
void builtins_init() {
  Val m = module_from_table("builtins", nullptr);
  if (!m) return;
  ((Module*)m)->find = builtin_const;
  ts.builtins = (Val)((Module*)m)->dict;
  for (const BuiltinName& b : builtin_names) {
    Type* t = (Type*)b.value;
    if (t->base.type == &type_type && !(t->flags & TF_EXCEPTION) && t != &object_type) type_add_slot_wrappers(t);
  }
  dict_set(ts.modules, Q(builtins), m);
}

Val lookup_builtin(Val name) {
  Val v = dict_get_str(ts.builtins, name);
  return v ? v : builtin_const(name);
}

}  // namespace py
