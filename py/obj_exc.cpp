// The exception hierarchy (MicroPython's set) and exception objects.
#include <stddef.h>
#include <string.h>

#include "runtime.h"

namespace py {

Type BaseException_type, Exception_type, SystemExit_type, KeyboardInterrupt_type, GeneratorExit_type,
    StopIteration_type, StopAsyncIteration_type, ArithmeticError_type, ZeroDivisionError_type, OverflowError_type,
    AssertionError_type, AttributeError_type, EOFError_type, ImportError_type, ModuleNotFoundError_type,
    LookupError_type, IndexError_type, KeyError_type, MemoryError_type, NameError_type, UnboundLocalError_type,
    OSError_type, RuntimeError_type, NotImplementedError_type, RecursionError_type, SyntaxError_type,
    IndentationError_type, TypeError_type, ValueError_type, UnicodeError_type, UnicodeDecodeError_type,
    UnicodeEncodeError_type, FloatingPointError_type, TimeoutError_type, FileNotFoundError_type, CancelledError_type;

// MicroPython's emergency exception: when an exception cannot be allocated (heap full or
// locked), one static object stands in, with room for a few arguments and traceback entries
// (so `raise ValueError(1)` with the heap locked raises that ValueError, not MemoryError).
// It is the same object every time; a GC root while in use.
constexpr int EMG_ARGS = 4, EMG_TB = 3 * 4;
struct EmergencyExc {
  Exception exc;
  Type* args_type;  // a tuple: the layout of Tuple with EMG_ARGS items
  size_t args_len;
  Val args_items[EMG_ARGS];
  List tb;
  Val tb_items[EMG_TB];
};
static EmergencyExc g_emg;

static Exception* emergency_exc(Type* t, int n, const Val* args) {
  if (t->instance_size > sizeof(Exception) || n > EMG_ARGS) return nullptr;
  gc_unregister_root(&g_emg);
  gc_register_root(&g_emg, sizeof g_emg);
  memset(&g_emg, 0, sizeof g_emg);
  g_emg.args_type = &tuple_type;
  g_emg.args_len = (size_t)n;
  for (int i = 0; i < n; i++) g_emg.args_items[i] = args[i];
  g_emg.tb = List{&list_type, 0, EMG_TB, g_emg.tb_items};
  g_emg.exc.args = (Val)&g_emg.args_type;
  g_emg.exc.traceback = (Val)&g_emg.tb;
  return &g_emg.exc;
}

Val exc_new(Type* t, int n, const Val* args) {
  size_t sz = t->instance_size > sizeof(Exception) ? t->instance_size : sizeof(Exception);
  Exception* e = (Exception*)gc_alloc(sz);
  Val targs = !e ? nullptr : n ? tuple_from(n, args) : (Val)&empty_tuple;
  if (!targs) {
    e = emergency_exc(t, n, args);
    if (!e) return nullptr;
    if (ts.exc == ts.memory_error) exc_take();  // the failed allocation's MemoryError
    targs = e->args;
  }
  e->type = t;
  e->args = targs;
  if (n && (t == &StopIteration_type || is_subtype(t, &StopIteration_type) || t == &SystemExit_type ||
            is_subtype(t, &SystemExit_type)))
    e->value = args[0];
  return (Val)e;
}

Val exc_new_msg(Type* t, const char* msg) {
  Val m = str_new_cstr(msg);
  if (!m) return nullptr;
  return exc_new(t, 1, &m);
}

void exc_add_traceback(Val ev, Val file, int line, Val func) {
  Exception* e = (Exception*)ev;
  if (ev == ts.memory_error) return;  // no allocation while out of memory
  if (e == &g_emg.exc && g_emg.tb.len + 3 > EMG_TB) return;  // its static room is full
  // With no room (heap full or locked) the entry is dropped, whole, and the exception
  // pending before (the one being raised) stays pending, not the failed allocation's.
  Val pending = ts.exc;
  if (!e->traceback) {
    e->traceback = list_new(0);
    if (!e->traceback) {
      ts.exc = pending;
      return;
    }
  }
  List* tb = (List*)e->traceback;
  size_t len = tb->len;
  if (list_append(e->traceback, file ? file : Q(empty)) < 0 || list_append(e->traceback, small(line)) < 0 ||
      list_append(e->traceback, func ? func : None) < 0) {  // None: no function (syntax errors)
    tb->len = len;
    ts.exc = pending;
  }
}

static void exc_print(Buf* b, Val v, bool as_repr) {
  Exception* e = (Exception*)v;
  Val args = e->args ? e->args : (Val)&empty_tuple;
  size_t n = tuple_len(args);
  if (as_repr) {
    buf_adds(b, v->type->name);
    if (n == 1) {
      buf_addc(b, '(');
      print_to(b, tuple_items(args)[0], true);
      buf_addc(b, ')');
    } else print_to(b, args, true);
    return;
  }
  if (n == 0) return;
  if (n == 1) {
    bool key = v->type == &KeyError_type || is_subtype(v->type, &KeyError_type);
    print_to(b, tuple_items(args)[0], key);
    return;
  }
  print_to(b, args, true);
}

static Val exc_make_new(Type* t, int npos, int nkw, const Val* args) {
  Val e = exc_new(t, npos, args);
  if (!e) return raise_no_memory();
  return e;
}

static Val exc_init(int npos, int nkw, const Val* args) {
  Exception* e = (Exception*)args[0];
  Val t = tuple_from(npos - 1, args + 1);
  if (!t) return nullptr;
  e->args = t;
  if (npos > 1 && (isinst(args[0], &StopIteration_type) || isinst(args[0], &SystemExit_type))) e->value = args[1];
  return None;
}

static Val exc_with_traceback(int npos, int nkw, const Val* args) { return args[0]; }
static Val exc_add_note(int npos, int nkw, const Val* args) { return None; }

static const TypeMethod<&BaseException_type> exc_methods[] = {
  {"__init__", exc_init, 1, -1, 0},
  {"with_traceback", exc_with_traceback, 2, 2, 0},
  {"add_note", exc_add_note, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val get_args(Val self) { return ((Exception*)self)->args; }
static int set_args(Val self, Val v) {
  Val t = call1((Val)&tuple_type, v);
  if (!t) return -1;
  ((Exception*)self)->args = t;
  return 0;
}
static Val get_value(Val self) {
  Exception* e = (Exception*)self;
  if (e->value) return e->value;
  return tuple_len(e->args) ? tuple_items(e->args)[0] : None;
}
static Val get_cause(Val self) { Val c = ((Exception*)self)->cause; return c ? c : None; }
static int set_cause(Val self, Val v) { ((Exception*)self)->cause = v == None ? nullptr : v; return 0; }
static Val get_context(Val self) { Val c = ((Exception*)self)->context; return c ? c : None; }
static int set_context(Val self, Val v) { ((Exception*)self)->context = v == None ? nullptr : v; return 0; }
static Val get_tb(Val self) {
  Val c = ((Exception*)self)->traceback;
  return c && c != (Val)&g_emg.tb ? c : None;  // the static one must not grow
}
// e.__traceback__ = None empties the traceback but keeps its room, so that raising e again
// with the heap locked records the new traceback without allocating (as MicroPython)
static int set_tb(Val self, Val v) {
  Val tb = ((Exception*)self)->traceback;
  if (v == None && tb) ((List*)tb)->len = 0;
  return 0;
}
static Val get_errno(Val self) {
  Exception* e = (Exception*)self;
  return tuple_len(e->args) ? tuple_items(e->args)[0] : None;
}
static Val get_strerror(Val self) {
  Exception* e = (Exception*)self;
  return tuple_len(e->args) > 1 ? tuple_items(e->args)[1] : None;
}

static void def(Type* t, const char* name, Type* base) {
  type_init(t, name, base, TF_BASETYPE | TF_EXCEPTION);
}

static const GetSetDef BaseException_getsets[] = {
  {"args", get_args, set_args},
  {"__cause__", get_cause, set_cause},
  {"__context__", get_context, set_context},
  {"__traceback__", get_tb, set_tb},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef SystemExit_getsets[] = {
  {"code", get_value, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef StopIteration_getsets[] = {
  {"value", get_value, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef OSError_getsets[] = {
  {"errno", get_errno, nullptr},
  {"strerror", get_strerror, nullptr},
  {nullptr, nullptr, nullptr},
};

void exc_types_init() {
  def(&BaseException_type, "BaseException", &object_type);
  BaseException_type.print = exc_print;
  BaseException_type.make_new = exc_make_new;
  BaseException_type.instance_size = sizeof(Exception);
  BaseException_type.dict_offset = offsetof(Exception, dict);
  type_add_methods(&BaseException_type, exc_methods);
  type_set_getset_table(&BaseException_type, BaseException_getsets);
  def(&SystemExit_type, "SystemExit", &BaseException_type);
  type_set_getset_table(&SystemExit_type, SystemExit_getsets);
  def(&KeyboardInterrupt_type, "KeyboardInterrupt", &BaseException_type);
  def(&GeneratorExit_type, "GeneratorExit", &BaseException_type);
  def(&Exception_type, "Exception", &BaseException_type);
  def(&StopIteration_type, "StopIteration", &Exception_type);
  type_set_getset_table(&StopIteration_type, StopIteration_getsets);
  def(&StopAsyncIteration_type, "StopAsyncIteration", &Exception_type);
  def(&ArithmeticError_type, "ArithmeticError", &Exception_type);
  def(&ZeroDivisionError_type, "ZeroDivisionError", &ArithmeticError_type);
  def(&OverflowError_type, "OverflowError", &ArithmeticError_type);
  def(&FloatingPointError_type, "FloatingPointError", &ArithmeticError_type);
  def(&AssertionError_type, "AssertionError", &Exception_type);
  def(&AttributeError_type, "AttributeError", &Exception_type);
  def(&EOFError_type, "EOFError", &Exception_type);
  def(&ImportError_type, "ImportError", &Exception_type);
  def(&ModuleNotFoundError_type, "ModuleNotFoundError", &ImportError_type);
  def(&LookupError_type, "LookupError", &Exception_type);
  def(&IndexError_type, "IndexError", &LookupError_type);
  def(&KeyError_type, "KeyError", &LookupError_type);
  def(&MemoryError_type, "MemoryError", &Exception_type);
  def(&NameError_type, "NameError", &Exception_type);
  def(&UnboundLocalError_type, "UnboundLocalError", &NameError_type);
  def(&OSError_type, "OSError", &Exception_type);
  type_set_getset_table(&OSError_type, OSError_getsets);
  def(&FileNotFoundError_type, "FileNotFoundError", &OSError_type);
  def(&TimeoutError_type, "TimeoutError", &OSError_type);
  def(&RuntimeError_type, "RuntimeError", &Exception_type);
  def(&NotImplementedError_type, "NotImplementedError", &RuntimeError_type);
  def(&RecursionError_type, "RecursionError", &RuntimeError_type);
  def(&SyntaxError_type, "SyntaxError", &Exception_type);
  def(&IndentationError_type, "IndentationError", &SyntaxError_type);
  def(&TypeError_type, "TypeError", &Exception_type);
  def(&ValueError_type, "ValueError", &Exception_type);
  def(&UnicodeError_type, "UnicodeError", &ValueError_type);
  def(&UnicodeDecodeError_type, "UnicodeDecodeError", &UnicodeError_type);
  def(&UnicodeEncodeError_type, "UnicodeEncodeError", &UnicodeError_type);
  def(&CancelledError_type, "CancelledError", &BaseException_type);
}

}  // namespace py
