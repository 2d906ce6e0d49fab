// Python functions, code objects and generators (the objects; the VM runs them).
#include <stddef.h>

#include "bytecode.h"
#include "runtime.h"

namespace py {

Type func_type, code_type, gen_type, func_extra_type;

FuncExtra* fn_make_extra(Function* fn) {
  FuncExtra* x = fn_extra(fn);
  if (x) return x;
  x = (FuncExtra*)alloc_obj(&func_extra_type, sizeof(FuncExtra));
  if (!x) return nullptr;
  x->defaults = fn->defaults;
  fn->defaults = (Val)x;
  return x;
}

static void func_print(Buf* b, Val v, bool r) {
  Function* f = (Function*)v;
  buf_printf(b, "<function %s at %p>", str_data(fn_name(f)), (void*)v);
}

static Val func_getattr(Val self, Val name) {
  Function* f = (Function*)self;
  if (name == Q(__name__) || name == Q(__qualname__)) return fn_name(f);
  if (name == Q(__code__)) return (Val)f->code;
  if (name == Q(__defaults__)) {
    Val d = fn_defaults(f);
    return d ? d : None;
  }
  if (name == Q(__globals__)) return (Val)f->globals;
  if (name == Q(__module__)) {
    Val m = dict_get_str((Val)f->globals, Q(__name__));
    return m ? m : None;
  }
  if (name == Q(__closure__)) return f->closure ? f->closure : None;
  if (name == Q(__doc__)) {
    Val d = f->dict ? dict_get_str((Val)f->dict, name) : nullptr;
    return d ? d : None;
  }
  return generic_getattr(self, name);
}

static int func_setattr(Val self, Val name, Val v) {
  Function* f = (Function*)self;
  if (name == Q(__name__) || name == Q(__qualname__)) {
    if (!v || !is_str(v)) {
      raise(&TypeError_type, "__name__ must be set to a string object");
      return -1;
    }
    FuncExtra* x = fn_make_extra(f);
    if (!x) return -1;
    x->name = v;
    return 0;
  }
  if (name == Q(__defaults__)) {
    Val d = (v && v != None) ? v : nullptr;
    if (d && !isinst(d, &tuple_type)) {
      raise(&TypeError_type, "__defaults__ must be set to a tuple object");
      return -1;
    }
    if (FuncExtra* x = fn_extra(f)) x->defaults = d;
    else f->defaults = d;
    return 0;
  }
  // The globals and the closure a function runs with cannot be replaced or deleted.
  if (name == Q(__globals__) || name == Q(__closure__)) {
    raise(&AttributeError_type, "readonly attribute");
    return -1;
  }
  return generic_setattr(self, name, v);
}

static Val func_get(int npos, int nkw, const Val* a) {
  // function.__get__(obj, type): bind like an attribute access
  if (npos < 2 || a[1] == None) return a[0];
  return bound_method_new(a[1], a[0]);
}
static const TypeMethod<&func_type> func_methods[] = {
  {"__get__", func_get, 2, 3, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static void code_print(Buf* b, Val v, bool r) { buf_printf(b, "<code object %s>", str_data(((Code*)v)->name)); }

// ---- generators ---------------------------------------------------------------------------
static void gen_print(Buf* b, Val v, bool r) {
  Generator* g = (Generator*)v;
  buf_printf(b, "<%s object '%s' at %p>", g->kind == 1 ? "coroutine" : "generator", str_data(g->name), (void*)v);
}

static Val gen_next(Val self) {
  bool y;
  Val r = gen_send(self, None, nullptr, &y);
  if (!r) return nullptr;
  return y ? r : STOP;
}

static Val stop_iteration(Val v) {
  Val e = exc_new(&StopIteration_type, v == None ? 0 : 1, &v);
  if (!e) return nullptr;
  ((Exception*)e)->value = v;
  return raise_obj(e);
}

static Val gen_send_m(int npos, int nkw, const Val* a) {
  bool y;
  Val r = gen_send(a[0], a[1], nullptr, &y);
  if (!r) return nullptr;
  if (!y) return stop_iteration(r);
  return r;
}

static Val gen_next_m(int npos, int nkw, const Val* a) {
  bool y;
  Val r = gen_send(a[0], None, nullptr, &y);
  if (!r) return nullptr;
  if (!y) return stop_iteration(r);
  return r;
}

static Val gen_throw(int npos, int nkw, const Val* a) {
  Val e = a[1];
  if (npos > 2 && a[2] != None) {
    e = call1(a[1], a[2]);
    if (!e) return nullptr;
  } else if (!is_small(e) && isinst(e, &type_type)) {
    e = call0(e);
    if (!e) return nullptr;
  }
  if (!is_exc(e)) return raise(&TypeError_type, "exceptions must derive from BaseException");
  Generator* g = (Generator*)a[0];
  if (!g->started) {
    g->finished = true;
    return raise_obj(e);
  }
  bool y;
  Val r = gen_send(a[0], nullptr, e, &y);
  if (!r) return nullptr;
  if (!y) return stop_iteration(r);
  return r;
}

static Val gen_close(int npos, int nkw, const Val* a) {
  Generator* g = (Generator*)a[0];
  if (g->finished || !g->started) {
    g->finished = true;
    return None;
  }
  Val e = exc_new(&GeneratorExit_type, 0, nullptr);
  if (!e) return nullptr;
  bool y;
  Val r = gen_send(a[0], nullptr, e, &y);
  if (r && y) return raise(&RuntimeError_type, "generator ignored GeneratorExit");
  if (!r) {
    if (exc_matches(exc_pending(), (Val)&GeneratorExit_type) || exc_matches(exc_pending(), (Val)&StopIteration_type)) {
      exc_take();
      return None;
    }
    return nullptr;
  }
  return None;
}

static Val gen_iter(Val self) { return self; }
static Val gen_await(int npos, int nkw, const Val* a) { return a[0]; }

static const TypeMethod<&gen_type> gen_methods[] = {
  {"send", gen_send_m, 2, 2, 0}, {"throw", gen_throw, 2, 4, 0}, {"close", gen_close, 1, 1, 0},
  {"__next__", gen_next_m, 1, 1, 0}, {"__await__", gen_await, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val gen_name(Val self) { return ((Generator*)self)->name; }

static const GetSetDef gen_getsets[] = {
  {"__name__", gen_name, nullptr},
  {nullptr, nullptr, nullptr},
};

void func_types_init() {
  type_init(&func_type, "function", &object_type, 0);
  func_type.call = func_call;
  func_type.print = func_print;
  func_type.getattr = func_getattr;
  func_type.setattr = func_setattr;
  func_type.dict_offset = offsetof(Function, dict);
  type_add_methods(&func_type, func_methods);
  type_init(&func_extra_type, "function_extra", &object_type, 0);
  type_init(&code_type, "code", &object_type, 0);
  code_type.print = code_print;
  type_init(&gen_type, "generator", &object_type, 0);
  gen_type.print = gen_print;
  gen_type.iter = gen_iter;
  gen_type.next = gen_next;
  type_add_methods(&gen_type, gen_methods);
  type_set_getset_table(&gen_type, gen_getsets);
}

}  // namespace py
