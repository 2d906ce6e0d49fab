// Runtime: start-up, errors, the generic object protocol (attributes, calls, operators,
// iteration, subscripting), printing of exceptions, running source code.
#include "runtime.h"

#include <stdio.h>

#include "bytecode.h"
#include "compile.h"
#include "hal.h"

namespace py {

State ts;
void vm_init_frame_stack(void* mem, size_t bytes);
void objects_init();

// ---- start-up ---------------------------------------------------------------------------
bool init(const Config* cfg) {
  memset(&ts, 0, sizeof ts);
  // the first part of the memory is the frame stack, the rest the GC heap
  // (frames that do not fit in the frame stack are allocated in the heap)
  size_t fs = cfg->frame_stack_size;
  if (!fs) {
    fs = cfg->heap_size / 32;
    if (fs < 2048) fs = 2048;
    if (fs > 128 * 1024) fs = 128 * 1024;
  }
  fs &= ~(size_t)15;
  if (cfg->heap_size < MIN_HEAP_SIZE) return false;
  uint8_t* mem = (uint8_t*)(((uintptr_t)cfg->heap + 15) & ~(uintptr_t)15);
  size_t avail = cfg->heap_size - (size_t)(mem - (uint8_t*)cfg->heap);
  gc_init(mem + fs, avail - fs, cfg->stack_top);
  gc_register_root(&ts, sizeof ts);
  uintptr_t top = (uintptr_t)cfg->stack_top;
  size_t limit = cfg->stack_limit ? cfg->stack_limit : 256 * 1024;
  ts.stack_limit_addr = top > limit ? top - limit : 0;
  ts.max_depth = 1000;
  ts.opt_level = cfg->opt_level;
  ts.verbose = cfg->verbose;
  ts.periodic_counter = 4096;
  qstr_init();
  objects_init();
  exc_types_init();
  ts.memory_error = exc_new(&MemoryError_type, 0, nullptr);
  vm_init_frame_stack(mem, fs);
  ts.modules = dict_new(0);
  builtins_init();
  sys_module_init();
  gc_module_init();
  math_module_init();
  return ts.builtins && ts.modules && !ts.exc;
}

// ---- errors -----------------------------------------------------------------------------
Val raise_no_memory() {
  Exception* e = (Exception*)ts.memory_error;
  if (e) {
    e->traceback = nullptr;
    e->tb_frame = nullptr;
  }
  ts.exc = ts.memory_error;
  return nullptr;
}

Val raise(Type* t, const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  Val msg = str_new_cstr(buf);
  if (!msg) return raise_no_memory();
  Val e = exc_new(t, 1, &msg);
  if (!e) return raise_no_memory();
  return raise_obj(e);
}

Val raise_obj(Val e) {
  if (!is_small(e) && e->type == &type_type && (((Type*)e)->flags & TF_EXCEPTION)) {
    Val inst = exc_new((Type*)e, 0, nullptr);
    if (!inst) return nullptr;
    e = inst;
  }
  if (is_exc(e)) {
    Exception* x = (Exception*)e;
    if (ts.handled && ts.handled != e && !x->context && ts.handled != None) x->context = ts.handled;
  }
  ts.exc = e;
  return nullptr;
}

Val exc_take() {
  Val e = ts.exc;
  ts.exc = nullptr;
  return e;
}

bool exc_matches(Val exc, Val t) {
  if (!exc) return false;
  if (!is_small(t) && isinst(t, &tuple_type)) {
    for (size_t i = 0; i < tuple_len(t); i++)
      if (exc_matches(exc, tuple_items(t)[i])) return true;
    return false;
  }
  if (is_small(t) || !isinst(t, &type_type)) return false;
  Type* et = (!is_small(exc) && exc->type == &type_type) ? (Type*)exc : type_of(exc);
  return et == (Type*)t || is_subtype(et, (Type*)t);
}

bool check_stack() {
  volatile char here = 0;
  // the C stack budget, and for nested data (repr, ==, hash) the Python depth limit too
  if ((uintptr_t)&here < ts.stack_limit_addr) {
    raise(&RuntimeError_type, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

Val raise_type_error_args(const char* fname, int want, int got) {
  return raise(&TypeError_type, "function takes %d positional arguments but %d were given", want, got);
}

bool arg_count(const char* name, int npos, int min, int max) {
  if (npos < min) {
    if (min == max) raise(&TypeError_type, "function takes %d positional arguments but %d were given", min, npos);
    else raise(&TypeError_type, "function missing %d required positional arguments", min - npos);
    return false;
  }
  if (max >= 0 && npos > max) {
    if (min == max) raise(&TypeError_type, "function takes %d positional arguments but %d were given", max, npos);
    else raise(&TypeError_type, "function expected at most %d arguments, got %d", max, npos);
    return false;
  }
  return true;
}

Val kw_arg(int npos, int nkw, const Val* args, Val name) {
  for (int i = 0; i < nkw; i++) {
    Val k = args[npos + 2 * i];
    if (k == name || str_eq(k, name)) return args[npos + 2 * i + 1];
  }
  return nullptr;
}

bool check_kw_names(int npos, int nkw, const Val* args, const Val* allowed, int n) {
  for (int i = 0; i < nkw; i++) {
    Val k = args[npos + 2 * i];
    bool known = false;
    for (int j = 0; j < n && !known; j++) known = k == allowed[j] || str_eq(k, allowed[j]);
    if (!known) {
      raise(&TypeError_type, "unexpected keyword argument '%s'", str_data(k));
      return false;
    }
  }
  return true;
}

bool check_no_kw(const char* name, int nkw) {
  if (nkw) {
    raise(&TypeError_type, "function doesn't take keyword arguments");
    return false;
  }
  return true;
}

// ---- output --------------------------------------------------------------------------------
bool sys_stdout_redirected(Val* out);

void out_write(const char* s, size_t n) {
  Val o;
  if (sys_stdout_redirected(&o)) {
    Val str = str_new(s, n);
    if (str && call_method(o, Q(write), 1, &str)) return;
    return;  // the error stays pending for the caller
  }
  hal_stdout_write(s, n);
}
void err_write(const char* s, size_t n) { hal_stderr_write(s, n); }

// ---- calls -------------------------------------------------------------------------------
Val native_call(Val self, int npos, int nkw, const Val* args);

Val call(Val f, int npos, int nkw, const Val* args) {
  Type* t = type_of(f);
  if (t == &func_type) return func_call(f, npos, nkw, args);
  if (t == &native_func_type) return native_call(f, npos, nkw, args);
  if (t == &bound_method_type) {
    BoundMethod* bm = (BoundMethod*)f;
    size_t n = 1 + npos + 2 * nkw;
    Val local[12];
    Val* buf = n <= 12 ? local : (Val*)gc_alloc(n * sizeof(Val));
    if (!buf) return raise_no_memory();
    buf[0] = bm->self;
    for (int i = 0; i < npos + 2 * nkw; i++) buf[i + 1] = args[i];
    return call(bm->f, npos + 1, nkw, buf);
  }
  if (t->call) return t->call(f, npos, nkw, args);
  return raise(&TypeError_type, "'%s' object isn't callable", t->name);
}

bool call_protected(Val f, int npos, const Val* args, Val* out) {
  Val saved = ts.exc;
  ts.exc = nullptr;
  Val r = call(f, npos, 0, args);
  if (!r) {
    *out = exc_take();
    ts.exc = saved;
    return false;
  }
  ts.exc = saved;
  *out = r;
  return true;
}

Val call_method(Val obj, Val name, int npos, const Val* args) {
  Val self = nullptr;
  Val m = load_method(obj, name, &self);
  if (!m) return nullptr;
  if (!self) return call(m, npos, 0, args);
  Val local[8];
  Val* buf = npos < 8 ? local : (Val*)gc_alloc((npos + 1) * sizeof(Val));
  if (!buf) return raise_no_memory();
  buf[0] = self;
  for (int i = 0; i < npos; i++) buf[i + 1] = args[i];
  return call(m, npos + 1, 0, buf);
}

// ---- attributes ------------------------------------------------------------------------------
Val type_name(Val v) { return type_qname(type_of(v)); }
const char* type_cname(Val v) { return type_of(v)->name; }

Dict** instance_dict_ptr(Val o) {
  if (is_small(o)) return nullptr;
  Type* t = o->type;
  if (t->dict_offset > 0) return (Dict**)((char*)o + t->dict_offset);
  if (t->dict_offset == DICT_AFTER_TUPLE_ITEMS) return (Dict**)&((Tuple*)o)->items[((Tuple*)o)->len];
  return nullptr;
}

static bool is_data_descriptor(Val a) {
  if (is_small(a)) return false;
  Type* t = a->type;
  if (t == &property_type || t == &getset_type) return true;
  if (t->flags & TF_USER) return type_lookup(t, Q(__set__)) != nullptr || type_lookup(t, Q(__delete__)) != nullptr;
  return false;
}

Val generic_getattr(Val o, Val name) {
  Type* t = type_of(o);
  Val a = type_lookup(t, name);
  if (a && !is_small(a)) {
    Type* at = a->type;
    if (at == &property_type) {
      Property* p = (Property*)a;
      if (!p->fget || p->fget == None) return raise(&AttributeError_type, "unreadable attribute");
      return call1(p->fget, o);
    }
    if (at == &getset_type) {
      GetSet* g = (GetSet*)a;
      if (!g->get) return raise(&AttributeError_type, "unreadable attribute");
      return g->get(o);
    }
    if ((at->flags & TF_USER) && is_data_descriptor(a)) {
      Val get = type_lookup(at, Q(__get__));
      if (get) {
        Val args[3] = {a, o, (Val)t};
        return call(get, 3, 0, args);
      }
    }
  }
  Dict** dp = instance_dict_ptr(o);
  if (dp && *dp) {
    Val v = dict_get_str((Val)*dp, name);
    if (v) return v;
  }
  if (a) {
    if (is_small(a)) return a;
    Type* at = a->type;
    if (at == &func_type || (at->flags & TF_BINDS_SELF)) return bound_method_new(o, a);
    if (at == &native_func_type) {
      NativeFunc* nf = (NativeFunc*)a;
      if (nf->flags & NF_CLASSMETHOD) return bound_method_new((Val)t, a);
      // Only a type's own native methods bind; a plain builtin stored as a class
      // attribute (f = abs) stays a plain function, as in CPython.
      if ((nf->flags & NF_STATIC) || !(nf->flags & NF_METHOD)) return a;
      return bound_method_new(o, a);
    }
    if (at == &classmethod_type) return bound_method_new((Val)t, ((StaticMethod*)a)->f);
    if (at == &staticmethod_type) return ((StaticMethod*)a)->f;
    if (at->flags & TF_USER) {
      Val get = type_lookup(at, Q(__get__));
      if (get) {
        Val args[3] = {a, o, (Val)t};
        return call(get, 3, 0, args);
      }
    }
    return a;
  }
  if (name == Q(__class__)) return (Val)t;
  if (name == Q(__dict__) && dp) {
    if (!*dp) {
      *dp = (Dict*)dict_new(0);
      if (!*dp) return nullptr;
    }
    return (Val)*dp;
  }
  return nullptr;
}

static Val attr_error(Val o, Val name) {
  if (!is_small(o) && o->type == &type_type)
    return raise(&AttributeError_type, "type object '%s' has no attribute '%s'", ((Type*)o)->name, str_data(name));
  if (!is_small(o) && o->type == &module_type)
    return raise(&AttributeError_type, "module '%s' has no attribute '%s'", str_data(((Module*)o)->name),
                 str_data(name));
  return raise(&AttributeError_type, "'%s' object has no attribute '%s'", type_cname(o), str_data(name));
}

Val getattr_opt(Val o, Val name) {
  Type* t = type_of(o);
  Val r = t->getattr ? t->getattr(o, name) : generic_getattr(o, name);
  if (r || exc_pending()) return r;
  if (t->flags & TF_HAS_GETATTR) {
    Val ga = type_lookup(t, Q(__getattr__));
    if (ga) {
      Val args[2] = {o, name};
      r = call(ga, 2, 0, args);
      if (!r && exc_matches(exc_pending(), (Val)&AttributeError_type)) {
        exc_take();
        return nullptr;
      }
      return r;
    }
  }
  return nullptr;
}

Val getattr(Val o, Val name) {
  Val r = getattr_opt(o, name);
  if (r || exc_pending()) return r;
  return attr_error(o, name);
}

// A class attribute that becomes a method bound to the instance on access.
static bool binds_as_method(Val a) {
  if (is_small(a)) return false;
  Type* at = a->type;
  if (at == &func_type || (at->flags & TF_BINDS_SELF)) return true;
  return at == &native_func_type && (((NativeFunc*)a)->flags & NF_METHOD) &&
         !(((NativeFunc*)a)->flags & (NF_CLASSMETHOD | NF_STATIC));
}

Val load_method(Val o, Val name, Val* self_out) {
  Type* t = type_of(o);
  *self_out = nullptr;
  if (t == &type_type) {  // Class.method(...) of a classmethod: no bound method to make
    Val f = class_method_function((Type*)o, name);
    if (f) {
      *self_out = o;
      return f;
    }
  }
  if (!t->getattr || (t->flags & TF_GETATTR_FALLBACK)) {
    Val a = type_lookup(t, name);
    if (a && binds_as_method(a)) {
      Dict** dp = instance_dict_ptr(o);
      if (!dp || !*dp || !dict_get_str((Val)*dp, name)) {
        *self_out = o;
        return a;
      }
    }
  }
  return getattr(o, name);
}

int generic_setattr(Val o, Val name, Val v) {
  Type* t = type_of(o);
  Val a = type_lookup(t, name);
  if (a && !is_small(a)) {
    if (a->type == &property_type) {
      Property* p = (Property*)a;
      Val fn = v ? p->fset : p->fdel;
      if (!fn || fn == None) {
        raise(&AttributeError_type, v ? "can't set attribute" : "can't delete attribute");
        return -1;
      }
      Val r = v ? call2(fn, o, v) : call1(fn, o);
      return r ? 0 : -1;
    }
    if (a->type == &getset_type) {
      GetSet* g = (GetSet*)a;
      if (!g->set) {
        raise(&AttributeError_type, "can't set attribute");
        return -1;
      }
      return g->set(o, v);
    }
    if (a->type->flags & TF_USER) {
      Val m = type_lookup(a->type, v ? Q(__set__) : Q(__delete__));
      if (m) {
        Val args[3] = {a, o, v};
        return call(m, v ? 3 : 2, 0, args) ? 0 : -1;
      }
    }
  }
  Dict** dp = instance_dict_ptr(o);
  if (!dp) {
    attr_error(o, name);
    return -1;
  }
  if (!*dp) {
    if (!v) {
      attr_error(o, name);
      return -1;
    }
    *dp = (Dict*)dict_new(t->attr_hint ? t->attr_hint : 4);
    if (!*dp) return -1;
  }
  if (v) {
    if (dict_set((Val)*dp, name, v) < 0) return -1;
    // the next instance's dict starts at the size this one reached
    uint32_t used = (*dp)->map.used;
    if ((t->flags & TF_USER) && used > t->attr_hint && used <= MAP_LINEAR_MAX) t->attr_hint = (uint16_t)used;
    return 0;
  }
  int r = dict_del((Val)*dp, name);
  if (r == 1) {
    attr_error(o, name);
    return -1;
  }
  return r;
}

int setattr(Val o, Val name, Val v) {
  Type* t = type_of(o);
  if (t->setattr) return t->setattr(o, name, v);
  if (t->flags & TF_HAS_SETATTR) {
    Val m = type_lookup(t, v ? Q(__setattr__) : Q(__delattr__));
    if (m && !(m->type == &native_func_type)) {
      Val args[3] = {o, name, v};
      return call(m, v ? 3 : 2, 0, args) ? 0 : -1;
    }
  }
  return generic_setattr(o, name, v);
}

// ---- operators -----------------------------------------------------------------------------
static const char* op_names[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__",
                                 "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__",
                                 "__xor__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
                                 "__contains__", "__contains__", "__is__", "__is_not__", "__exc_match__"};

static int swap_cmp(int op) {
  switch (op) {
    case OP_LT: return OP_GT;
    case OP_GT: return OP_LT;
    case OP_LE: return OP_GE;
    case OP_GE: return OP_LE;
  }
  return op;
}

static Val contains(Val container, Val item) {
  Type* t = type_of(container);
  if (t->binop) {
    Val r = t->binop(OP_IN, container, item);
    if (r != NOTIMPL) return r;
  }
  Val it = getiter(container);
  if (!it) {
    if (exc_matches(exc_pending(), (Val)&TypeError_type)) {
      exc_take();
      return raise(&TypeError_type, "argument of type '%s' is not iterable", t->name);
    }
    return nullptr;
  }
  for (;;) {
    Val x = iternext(it);
    if (!x) return nullptr;
    if (x == STOP) return False_;
    int e = equal(x, item);
    if (e < 0) return nullptr;
    if (e) return True_;
  }
}

Val binop(int op, Val a, Val b) {
  switch (op) {
    case OP_IS: return from_bool(a == b);
    case OP_IS_NOT: return from_bool(a != b);
    case OP_IN: return contains(b, a);
    case OP_NOT_IN: {
      Val r = contains(b, a);
      return r ? from_bool(r == False_) : nullptr;
    }
    case OP_EXC_MATCH: return from_bool(exc_matches(a, b));
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (op >= OP_INPLACE) {
    if (ta->binop) {
      Val r = ta->binop(op, a, b);
      if (r != NOTIMPL) return r;
    }
    op -= OP_INPLACE;
  }
  bool cmp = op >= OP_LT && op <= OP_GE;
  // a subclass on the right gets the first try with the reflected operation
  if (tb != ta && (tb->flags & TF_USER) && is_subtype(tb, ta) && tb->binop) {
    Val r = tb->binop(cmp ? swap_cmp(op) : (op | OP_REVERSED), b, a);
    if (r != NOTIMPL) return r;
  }
  if (ta->binop) {
    Val r = ta->binop(op, a, b);
    if (r != NOTIMPL) return r;
  }
  if (tb->binop && (tb != ta || cmp)) {
    Val r = tb->binop(cmp ? swap_cmp(op) : (op | OP_REVERSED), b, a);
    if (r != NOTIMPL) return r;
  }
  if (op == OP_EQ) return from_bool(a == b);
  if (op == OP_NE) return from_bool(a != b);
  if (cmp) {
    static const char* sym[] = {"<", "<=", "==", "!=", ">", ">="};
    return raise(&TypeError_type, "'%s' not supported between instances of '%s' and '%s'", sym[op - OP_LT],
                 ta->name, tb->name);
  }
  return raise(&TypeError_type, "unsupported types for %s: '%s', '%s'", op_names[op], ta->name, tb->name);
}

Val compare(int op, Val a, Val b) { return binop(op, a, b); }

int equal(Val a, Val b) {
  if (a == b) return 1;
  if (is_small(a) && is_small(b)) return 0;
  Type* ta = type_of(a);
  if (ta == &str_type && type_of(b) == &str_type) return str_eq(a, b);
  Val r = binop(OP_EQ, a, b);
  if (!r) return -1;
  if (r == True_) return 1;
  if (r == False_) return 0;
  return truthy(r);
}

Val unop(int op, Val a) {
  Type* t = type_of(a);
  if (op == UN_NOT) {
    int r = truthy(a);
    return r < 0 ? nullptr : from_bool(!r);
  }
  if (op == UN_BOOL) {
    int r = truthy(a);
    return r < 0 ? nullptr : from_bool(r);
  }
  if (op == UN_HASH) return hash_val(a);
  if (t->unop) {
    Val r = t->unop(op, a);
    if (r != NOTIMPL) return r;
  }
  switch (op) {
    case UN_LEN: return raise(&TypeError_type, "object of type '%s' has no len()", t->name);
    case UN_NEG: return raise(&TypeError_type, "unsupported type for __neg__: '%s'", t->name);
    case UN_POS: return raise(&TypeError_type, "unsupported type for __pos__: '%s'", t->name);
    case UN_INVERT: return raise(&TypeError_type, "unsupported type for __invert__: '%s'", t->name);
    case UN_ABS: return raise(&TypeError_type, "unsupported type for __abs__: '%s'", t->name);
    case UN_INDEX: return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", t->name);
    case UN_INT: return raise(&TypeError_type, "can't convert %s to int", t->name);
    case UN_FLOAT: return raise(&TypeError_type, "can't convert %s to float", t->name);
  }
  return raise(&TypeError_type, "bad operand type for unary operator: '%s'", t->name);
}

int truthy(Val v) {
  if (v == True_) return 1;
  if (v == False_ || v == None) return 0;
  if (is_small(v)) return small_val(v) != 0;
  Type* t = v->type;
  if (t->unop) {
    Val r = t->unop(UN_BOOL, v);
    if (!r) return -1;
    if (r != NOTIMPL) {
      if (r == True_) return 1;
      if (r == False_) return 0;
      return truthy(r);
    }
    r = t->unop(UN_LEN, v);
    if (!r) return -1;
    if (r != NOTIMPL) return is_small(r) ? small_val(r) != 0 : 1;
  }
  return 1;
}

Val len_of(Val o) { return unop(UN_LEN, o); }

intptr_t len_int(Val o) {
  Val r = len_of(o);
  if (!r) return -1;
  if (!is_small(r)) {
    raise(&OverflowError_type, "length too large");
    return -1;
  }
  return small_val(r);
}

Val hash_val(Val v) {
  if (is_small(v)) return v == small(-1) ? small(-2) : v;
  Type* t = v->type;
  if (t->unop) {
    Val r = t->unop(UN_HASH, v);
    if (r != NOTIMPL) return r;
  }
  return small((intptr_t)((uintptr_t)v >> 4) & SMALL_MAX);
}

bool hash_of(Val v, uintptr_t* out) {
  if (is_small(v)) {
    intptr_t i = small_val(v);
    *out = (uintptr_t)(i == -1 ? -2 : i);
    return true;
  }
  if (v->type == &str_type) {
    *out = str_hash(v);
    return true;
  }
  Val h = hash_val(v);
  if (!h) return false;
  if (is_small(h)) *out = (uintptr_t)small_val(h);
  else {
    int64_t x;
    if (!int_to_i64(h, &x)) x = (int64_t)int_to_double(h);
    *out = (uintptr_t)x;
  }
  return true;
}

// ---- printing --------------------------------------------------------------------------------
// Containers being printed, to show a self-reference as [...] / {...} like CPython.
static Val g_printing[64];
static int g_nprinting;

bool print_enter(Val v) {
  for (int i = 0; i < g_nprinting && i < 64; i++)
    if (g_printing[i] == v) return false;
  if (g_nprinting < 64) g_printing[g_nprinting] = v;
  g_nprinting++;
  return true;
}
void print_leave() { g_nprinting--; }

bool print_to(Buf* b, Val v, bool as_repr) {
  if (!check_stack()) return false;
  Type* t = type_of(v);
  if (t->print) {
    if (ts.depth >= ts.max_depth) {
      raise(&RuntimeError_type, "maximum recursion depth exceeded");
      return false;
    }
    ts.depth++;
    t->print(b, v, as_repr);
    ts.depth--;
    return !exc_pending();
  }
  buf_printf(b, "<%s object at %p>", t->name, (void*)v);
  return true;
}

Val repr(Val v) {
  Buf b;
  buf_init(&b, 16);
  if (!print_to(&b, v, true)) return nullptr;
  return buf_to_str(&b);
}

Val str_of(Val v) {
  if (!is_small(v) && v->type == &str_type) return v;
  if (is_small(v)) return int_format_base(v, 10, false, false);  // str(i): no Buf
  Buf b;
  buf_init(&b, 16);
  if (!print_to(&b, v, false)) return nullptr;
  return buf_to_str(&b);
}

// ---- iteration ------------------------------------------------------------------------------
struct SeqIter { Type* type; Val seq; intptr_t i; };

static Val seqiter_next(Val self) {
  SeqIter* it = (SeqIter*)self;
  if (!it->seq) return STOP;
  Val r = subscr(it->seq, small(it->i));
  if (!r) {
    if (exc_matches(exc_pending(), (Val)&IndexError_type) || exc_matches(exc_pending(), (Val)&StopIteration_type)) {
      exc_take();
      it->seq = nullptr;
      return STOP;
    }
    return nullptr;
  }
  it->i++;
  return r;
}

Type seq_iter_type;

Val getiter(Val v) {
  Type* t = type_of(v);
  if (t->iter) return t->iter(v);
  if (t->subscr && t != &type_type) {
    if (!seq_iter_type.name) {
      type_init(&seq_iter_type, "iterator", &object_type, 0);
      seq_iter_type.next = seqiter_next;
      seq_iter_type.iter = [](Val s) { return s; };
    }
    SeqIter* it = (SeqIter*)alloc_obj(&seq_iter_type, sizeof(SeqIter));
    if (!it) return nullptr;
    it->seq = v;
    return (Val)it;
  }
  return raise(&TypeError_type, "'%s' object isn't iterable", t->name);
}

Val iternext(Val it) {
  Type* t = type_of(it);
  if (t->next) return t->next(it);
  return raise(&TypeError_type, "'%s' object isn't an iterator", t->name);
}

bool unpack_sequence(Val seq, size_t n, Val* out) {
  if (!is_small(seq) && (seq->type == &tuple_type || seq->type == &list_type)) {
    size_t len = seq->type == &tuple_type ? tuple_len(seq) : ((List*)seq)->len;
    Val* items = seq->type == &tuple_type ? tuple_items(seq) : ((List*)seq)->items;
    if (len != n) {
      if (len < n) raise(&ValueError_type, "need more than %d values to unpack", (int)len);
      else raise(&ValueError_type, "too many values to unpack (expected %d)", (int)n);
      return false;
    }
    for (size_t i = 0; i < n; i++) out[i] = items[i];
    return true;
  }
  Val it = getiter(seq);
  if (!it) return false;
  for (size_t i = 0; i < n; i++) {
    Val x = iternext(it);
    if (!x) return false;
    if (x == STOP) {
      raise(&ValueError_type, "need more than %d values to unpack", (int)i);
      return false;
    }
    out[i] = x;
  }
  Val x = iternext(it);
  if (!x) return false;
  if (x != STOP) {
    raise(&ValueError_type, "too many values to unpack (expected %d)", (int)n);
    return false;
  }
  return true;
}

bool seq_to_array(Val seq, size_t* n, Val** items) {
  if (!is_small(seq) && seq->type == &tuple_type) {
    *n = tuple_len(seq);
    *items = tuple_items(seq);
    return true;
  }
  if (!is_small(seq) && seq->type == &list_type) {
    *n = ((List*)seq)->len;
    *items = ((List*)seq)->items;
    return true;
  }
  Val l = list_from_iter(seq);
  if (!l) return false;
  *n = ((List*)l)->len;
  *items = ((List*)l)->items;
  return true;
}

// ---- subscripting ------------------------------------------------------------------------
Val subscr(Val o, Val idx) {
  Type* t = type_of(o);
  if (t->subscr) return t->subscr(o, idx, nullptr);
  if (t == &type_type) {
    Val m = type_lookup((Type*)o, Q(__class_getitem__));
    if (m) return call2(m, o, idx);
    return o;  // list[int] and friends: typing only
  }
  return raise(&TypeError_type, "'%s' object isn't subscriptable", t->name);
}

int store_subscr(Val o, Val idx, Val v) {
  Type* t = type_of(o);
  if (t->subscr) return t->subscr(o, idx, v) ? 0 : -1;
  raise(&TypeError_type, "'%s' object doesn't support item assignment", t->name);
  return -1;
}

int delete_subscr(Val o, Val idx) {
  Type* t = type_of(o);
  if (t->subscr) return t->subscr(o, idx, DELETE_VAL) ? 0 : -1;
  raise(&TypeError_type, "'%s' object doesn't support item deletion", t->name);
  return -1;
}

Val get_index(Val v) {
  if (is_small(v)) return v;
  if (v == True_) return small(1);
  if (v == False_) return small(0);
  if (is_int(v)) return v;
  return unop(UN_INDEX, v);
}

// ---- periodic work ------------------------------------------------------------------------
void set_periodic_hook(void (*hook)(void)) { ts.c_periodic = hook; }

bool check_signals() {
  if (hal_interrupt_pending()) {
    raise_obj((Val)&KeyboardInterrupt_type);
    return false;
  }
  if (ts.c_periodic) ts.c_periodic();
  return !exc_pending();
}

// ---- exceptions printing ---------------------------------------------------------------
static void write_to(Val file, const char* s, size_t n) {
  if (!file) {
    err_write(s, n);
    return;
  }
  Val str = str_new(s, n);
  if (!str || !call_method(file, Q(write), 1, &str)) exc_take();
}

void print_exception(Val exc, Val file) {
  Val saved = exc_take();
  Buf b;
  buf_init(&b, 128);
  if (is_exc(exc)) {
    Exception* e = (Exception*)exc;
    if (e->traceback && ((List*)e->traceback)->len) {
      buf_adds(&b, "Traceback (most recent call last):\n");
      List* tb = (List*)e->traceback;
      for (size_t i = tb->len; i >= 3; i -= 3) {
        Val fname = tb->items[i - 3], line = tb->items[i - 2], func = tb->items[i - 1];
        if (func == None) buf_printf(&b, "  File \"%s\", line %d\n", str_data(fname), (int)small_val(line));
        else buf_printf(&b, "  File \"%s\", line %d, in %s\n", str_data(fname), (int)small_val(line), str_data(func));
      }
    }
  }
  buf_adds(&b, type_of(exc)->name);
  Val msg = nullptr;
  if (is_exc(exc)) {
    Val args = ((Exception*)exc)->args;
    // MicroPython prints the plain str of a single argument (KeyError too)
    if (args && tuple_len(args) == 1) msg = str_of(tuple_items(args)[0]);
    else if (args && tuple_len(args) > 1) msg = str_of(exc);
  }
  if (msg && str_len(msg)) {
    buf_adds(&b, ": ");
    buf_add(&b, str_data(msg), str_len(msg));
  }
  exc_take();
  buf_addc(&b, '\n');
  if (!b.failed) write_to(file, b.data, b.len);
  ts.exc = saved;
}

// ---- running source ------------------------------------------------------------------------
Val compile_source(const char* src, size_t len, Val filename, int mode) {
  return parse_compile(src, len, filename, mode);
}

Val exec_code(Val codev, Val globals, Val locals) {
  Code* code = (Code*)codev;
  if (!dict_get_str(globals, Q(__builtins__)) && exc_pending()) return nullptr;
  Frame* f = (Frame*)gc_alloc(sizeof(Frame) + ((size_t)code->nlocals + code->nfree + code->stacksize) * sizeof(Val) +
                              code->maxblocks * sizeof(Block));
  if (!f) return raise_no_memory();
  f->code = code;
  f->heap = 1;
  f->stack = frame_slots(f) + code->nlocals + code->nfree;
  f->sp = f->stack;
  f->ip = code_bc(code);
  f->globals = (Dict*)globals;
  f->locals = locals ? locals : globals;
  Val r = run_frame(f, nullptr);
  gc_free(f);
  return r;
}

Val exec_source(const char* src, size_t len, const char* filename, Val globals) {
  Val fn = str_intern_cstr(filename);
  if (!fn) return nullptr;
  Val code = compile_source(src, len, fn, 0);
  if (!code) return nullptr;
  return exec_code(code, globals, globals);
}

Val isinstance(Val o, Val t) {
  if (!is_small(t) && isinst(t, &tuple_type)) {
    for (size_t i = 0; i < tuple_len(t); i++) {
      Val r = isinstance(o, tuple_items(t)[i]);
      if (!r || r == True_) return r;
    }
    return False_;
  }
  if (is_small(t) || !isinst(t, &type_type))
    return raise(&TypeError_type, "isinstance() arg 2 must be a type or tuple of types");
  return from_bool(isinst(o, (Type*)t));
}

}  // namespace py
