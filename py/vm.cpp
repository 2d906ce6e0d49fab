// The bytecode interpreter: frames, argument binding, the dispatch loop, generators.
#include "bytecode.h"
#include "runtime.h"

namespace py {

namespace {

constexpr int PERIODIC_EVERY = 4096;

// Frames of ordinary calls are bump-allocated (LIFO) from a chunk of the GC heap;
// generator frames and overflow frames come from gc_alloc.
struct FrameStack {
  uint8_t* base;
  uint8_t* top;
  uint8_t* end;
} fstack;

bool g_yielded;  // set by run_frame when it returned because of a yield

const uint8_t op_sizes[] = {
#define PY_OP_SIZE(n, a) a,
    PY_OPCODES(PY_OP_SIZE)
#undef PY_OP_SIZE
};

}  // namespace

int op_arg_size(int op) { return op < OPC_COUNT ? op_sizes[op] : 0; }

const uint8_t* code_bc(const Code* c) {
  size_t end = code_arrays_end(c);
  if (!(c->flags & CO_BC_APART)) return (const uint8_t*)c + end;
  const uint8_t* bc;
  memcpy(&bc, (const uint8_t*)c + aligned_word(end), sizeof bc);
  return bc;
}

// The frame stack lives outside the GC heap (carved from the interpreter's memory by
// init) and only its used part [base, top) is scanned as a root.
void vm_init_frame_stack(void* mem, size_t bytes) {
  fstack.base = (uint8_t*)mem;
  fstack.top = fstack.base;
  fstack.end = fstack.base + bytes;
  memset(mem, 0, bytes);
  gc_register_root_dynamic(fstack.base, (void**)&fstack.top);
}

static size_t leb128_put(uint8_t* out, uint32_t v) {
  size_t n = 0;
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    if (out) out[n] = b | (v ? 0x80 : 0);
    n++;
  } while (v);
  return n;
}

static uint32_t leb128_get(const uint8_t** p, const uint8_t* end) {
  uint32_t v = 0;
  for (int shift = 0; *p < end && shift < 35; shift += 7) {
    uint8_t b = *(*p)++;
    v |= (uint32_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) break;
  }
  return v;
}

size_t line_entry_encode(uint8_t* out, uint32_t offset_delta, int32_t line_delta) {
  uint32_t zigzag = line_delta < 0 ? ((uint32_t)(-(line_delta + 1)) << 1) | 1 : (uint32_t)line_delta << 1;
  size_t n = leb128_put(out, offset_delta);
  return n + leb128_put(out ? out + n : nullptr, zigzag);
}

// The first position of a `for` loop that walks `seq` in place (FOR_ITER_FOR), with no
// iterator object, or nullptr when it needs one. The items need no allocation either: list
// and tuple items, bytes and bytearray small ints, a dict's keys.
static Val in_place_start(Val seq) {
  if (is_small(seq)) return nullptr;
  Type* t = seq->type;
  if (t == &list_type || t == &tuple_type || t == &bytes_type || t == &bytearray_type) return small(0);
  if (t == &dict_type) return dict_for_start(seq);
  if (t == &set_type || t == &frozenset_type) return set_for_start(seq);
  return t == &array_type ? array_for_start(seq) : nullptr;
}

int code_line_for(Code* c, uint32_t offset) {
  int line = 0;
  uint32_t at = 0;
  const uint8_t* p = code_lines(c);
  const uint8_t* end = p + c->lines_len;
  while (p < end) {
    at += leb128_get(&p, end);
    if (at > offset) break;
    uint32_t z = leb128_get(&p, end);
    line += (z & 1) ? -(int)(z >> 1) - 1 : (int)(z >> 1);
  }
  return line;
}

static size_t frame_bytes(Code* c) {
  size_t nslots = (size_t)c->nlocals + c->nfree + c->stacksize;
  size_t sz = sizeof(Frame) + nslots * sizeof(Val) + c->maxblocks * sizeof(Block);
  return (sz + 15) & ~(size_t)15;
}

static Frame* frame_alloc(Code* c, bool on_heap) {
  size_t sz = frame_bytes(c);
  Frame* f;
  bool heap = on_heap;
  if (!heap && fstack.base && fstack.top + sz <= fstack.end) {
    f = (Frame*)fstack.top;
    fstack.top += sz;
    memset(f, 0, sizeof(Frame) + ((size_t)c->nlocals + c->nfree) * sizeof(Val));
  } else {
    f = (Frame*)gc_alloc(sz);
    if (!f) { raise_no_memory(); return nullptr; }
    heap = true;
  }
  f->code = c;
  f->heap = heap;
  f->alloc_size = (uint32_t)sz;
  f->stack = frame_slots(f) + c->nlocals + c->nfree;
  f->sp = f->stack;
  f->nblocks = 0;
  f->ip = code_bc(c);
  return f;
}

void frame_free(Frame* f) {
  if (!f->heap) {
    // clear it: stale references in the frame stack would keep garbage alive
    if ((uint8_t*)f + f->alloc_size == fstack.top) fstack.top = (uint8_t*)f;
    memset((void*)f, 0, f->alloc_size);
  } else gc_free(f);
}

Frame* frame_new(Function* fn, bool on_heap) {
  Frame* f = frame_alloc(fn->code, on_heap);
  if (!f) return nullptr;
  f->func = (Val)fn;
  f->globals = fn->globals;
  return f;
}


bool frame_bind_args(Frame* fr, Function* fn, int npos, int nkw, const Val* args) {
  Code* c = fn->code;
  Val* slots = frame_slots(fr);
  int np = c->nparams, nk = c->nkwonly;
  int extra = np + nk;
  if (npos > np && !(c->flags & CO_VARARGS)) {
    raise(&TypeError_type, "function takes %d positional arguments but %d were given", np, npos);
    return false;
  }
  int ncopy = npos < np ? npos : np;
  for (int i = 0; i < ncopy; i++) slots[i] = args[i];
  if (c->flags & CO_VARARGS) {
    Val t = npos > np ? tuple_from(npos - np, args + np) : (Val)&empty_tuple;
    if (!t) return false;
    slots[extra++] = t;
  }
  Val kwdict = nullptr;
  if (c->flags & CO_VARKW) {
    kwdict = dict_new(nkw);
    if (!kwdict) return false;
    slots[extra++] = kwdict;
  }
  const Val* kw = args + npos;
  const Val* varnames = code_varnames(c);
  for (int k = 0; k < nkw; k++) {
    Val name = kw[2 * k], v = kw[2 * k + 1];
    int idx = -1;
    for (int i = 0; i < np + nk; i++)
      if (varnames[i] == name) { idx = i; break; }
    if (idx < 0)
      for (int i = 0; i < np + nk; i++)
        if (str_eq(varnames[i], name)) { idx = i; break; }
    if (idx >= 0 && idx < code_nposonly(c->flags)) {
      // a positional-only parameter's name given as keyword: it belongs to **kwargs
      if (!kwdict) {
        raise(&TypeError_type, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
              str_data(fn_name(fn)), str_data(name));
        return false;
      }
      idx = -1;
    }
    if (idx >= 0) {
      if (slots[idx]) {
        raise(&TypeError_type, "function got multiple values for argument '%s'", str_data(name));
        return false;
      }
      slots[idx] = v;
    } else if (kwdict) {
      if (dict_set(kwdict, name, v) < 0) return false;
    } else {
      raise(&TypeError_type, "unexpected keyword argument '%s'", str_data(name));
      return false;
    }
  }
  if (npos < np) {
    Val defaults = fn_defaults(fn);
    int nd = defaults ? (int)tuple_len(defaults) : 0;
    int missing = 0;
    for (int i = npos; i < np; i++) {
      if (slots[i]) continue;
      int d = i - (np - nd);
      if (d >= 0) slots[i] = tuple_items(defaults)[d];
      else missing++;
    }
    if (missing) {
      raise(&TypeError_type, "function missing %d required positional arguments", missing);
      return false;
    }
  }
  for (int i = np; i < np + nk; i++) {
    if (slots[i]) continue;
    Val kwdefaults = fn_kwdefaults(fn);
    Val d = kwdefaults ? dict_get(kwdefaults, code_varnames(c)[i]) : nullptr;
    if (!d) {
      if (exc_pending()) return false;
      raise(&TypeError_type, "function missing required keyword argument '%s'", str_data(code_varnames(c)[i]));
      return false;
    }
    slots[i] = d;
  }
  const uint16_t* cells = code_cells(c);
  for (int i = 0; i < c->ncells; i++) {
    Val cell = cell_new(slots[cells[i]]);
    if (!cell) return false;
    slots[cells[i]] = cell;
  }
  if (c->nfree) {
    if (!fn->closure) { raise(&RuntimeError_type, "closure missing"); return false; }
    for (int i = 0; i < c->nfree; i++) slots[c->nlocals + i] = tuple_items(fn->closure)[i];
  }
  return true;
}

Val func_call(Val self, int npos, int nkw, const Val* args) {
  Function* fn = (Function*)self;
  Code* c = fn->code;
  bool gen = c->flags & (CO_GENERATOR | CO_COROUTINE);
  Frame* f = frame_new(fn, gen);
  if (!f) return nullptr;
  // fast path: exact positional arguments, no cells
  if (!nkw && npos == c->nparams && !(c->flags & (CO_VARARGS | CO_VARKW)) && !c->nkwonly && !c->ncells && !c->nfree) {
    for (int i = 0; i < npos; i++) frame_slots(f)[i] = args[i];
  } else if (!frame_bind_args(f, fn, npos, nkw, args)) {
    frame_free(f);
    return nullptr;
  }
  if (gen) {
    Generator* g = (Generator*)alloc_obj(&gen_type, sizeof(Generator));
    if (!g) return nullptr;
    g->frame = f;
    g->name = fn_name(fn);
    g->kind = (c->flags & CO_COROUTINE) ? 1 : 0;
    return (Val)g;
  }
  Val r = run_frame(f, nullptr);
  frame_free(f);
  return r;
}

Val make_function(Val code, Val globals, Val defaults, Val kwdefaults, Val closure) {
  Function* fn = (Function*)alloc_obj(&func_type, sizeof(Function));
  if (!fn) return nullptr;
  fn->code = (Code*)code;
  fn->globals = (Dict*)globals;
  fn->defaults = defaults;
  fn->closure = closure;
  if (kwdefaults) {
    FuncExtra* x = fn_make_extra(fn);
    if (!x) return nullptr;
    x->kwdefaults = kwdefaults;
  }
  return (Val)fn;
}

// ---- generators ------------------------------------------------------------------------
Val gen_send(Val gv, Val v, Val throw_exc, bool* yielded) {
  Generator* g = (Generator*)gv;
  *yielded = false;
  if (g->finished) {
    if (throw_exc) return raise_obj(throw_exc);
    return None;
  }
  if (g->running) return raise(&ValueError_type, "generator already executing");
  Frame* f = g->frame;
  if (!g->started && !throw_exc && v != None)
    return raise(&TypeError_type, "can't send non-None value to a just-started generator");
  if (throw_exc && g->started && f->ip[0] == OPC_YIELD_FROM) {
    // delegate the exception to the sub-iterator
    Val sub = f->sp[-1];
    Val r = nullptr;
    bool y2 = false;
    bool delegated = true;
    // GeneratorExit (close) closes the sub-iterator, then is raised here even when the
    // sub-iterator swallowed it (PEP 380); other exceptions are thrown into it.
    bool is_exit = exc_matches(throw_exc, (Val)&GeneratorExit_type);
    if (!is_small(sub) && sub->type == &gen_type && !is_exit) {
      g->running = true;
      r = gen_send(sub, nullptr, throw_exc, &y2);
      g->running = false;
    } else {
      Val m = getattr_opt(sub, is_exit ? Q(close) : Q(throw));
      if (!m && exc_pending()) { throw_exc = exc_take(); delegated = false; }
      else if (!m) delegated = false;
      else if (is_exit) {
        if (!call0(m)) throw_exc = exc_take();
        delegated = false;
      } else {
        r = call1(m, throw_exc);
        if (r) y2 = true;
      }
    }
    if (delegated) {
      if (y2) { *yielded = true; return r; }
      if (!r) {
        Val e = exc_take();
        if (exc_matches(e, (Val)&StopIteration_type)) {
          Val rv = ((Exception*)e)->value ? ((Exception*)e)->value : None;
          f->sp[-1] = rv;
          f->ip += 1;
          throw_exc = nullptr;
          v = nullptr;
        } else throw_exc = e;
      } else {
        f->sp[-1] = r;  // sub-generator returned
        f->ip += 1;
        throw_exc = nullptr;
        v = nullptr;
      }
      if (!throw_exc) goto resume_no_push;
    }
  }
  if (g->started && !throw_exc) *f->sp++ = v;
resume_no_push:
  g->started = true;
  g->running = true;
  g_yielded = false;
  Val r = run_frame(f, throw_exc);
  g->running = false;
  if (!r) {
    g->finished = true;
    Val e = exc_pending();
    if (e && (((Obj*)e)->type == &StopIteration_type)) {
      exc_take();
      raise(&RuntimeError_type, "generator raised StopIteration");
    }
    return nullptr;
  }
  if (g_yielded) {
    g_yielded = false;
    *yielded = true;
    return r;
  }
  g->finished = true;
  g->frame = nullptr;
  return r;
}

// ---- helpers used by the loop ---------------------------------------------------------
static Val name_error(Val name) {
  return raise(&NameError_type, "name '%s' isn't defined", str_data(name));
}

// Global/builtin name cache: valid while neither dict gained or lost keys (versions).
struct GlobalCacheEntry {
  Dict* globals;
  Val name;
  uint32_t gver, bver;
  MapEntry* e;  // nullptr: a ROM builtin, whose value is `value`
  Val value;
};
constexpr int GLOBAL_CACHE = PYVGL_SMALL_RAM ? 64 : 256;  // a power of two
static GlobalCacheEntry g_global_cache[GLOBAL_CACHE];

static MapEntry* find_entry_str(Map* m, Val name) {
  bool err;
  MapEntry* e = map_find(m, name, str_hash(name), &err);
  if (err) exc_take();
  return e;
}

static Val load_global(Frame* f, Val name) {
  Dict* g = f->globals;
  Map* bm = &((Dict*)ts.builtins)->map;
  GlobalCacheEntry& c = g_global_cache[(((uintptr_t)g >> 4) ^ ((uintptr_t)name >> 3)) & (GLOBAL_CACHE - 1)];
  if (c.globals == g && c.name == name && c.gver == g->map.version && c.bver == bm->version) {
    if (!c.e) return c.value;
    if (c.e->key) return c.e->value;
  }
  MapEntry* e = find_entry_str(&g->map, name);
  if (!e) e = find_entry_str(bm, name);
  Val v = e ? e->value : builtin_const(name);
  if (!v) return name_error(name);
  c.globals = g;
  c.name = name;
  c.gver = g->map.version;
  c.bver = bm->version;
  c.e = e;
  c.value = v;
  return v;
}


static bool import_star(Frame* f, Val mod) {
  Val target = f->locals ? f->locals : (Val)f->globals;
  Dict** dp = instance_dict_ptr(mod);
  Val d = (dp && *dp) ? (Val)*dp : nullptr;
  if (!is_small(mod) && mod->type == &module_type) {
    d = (Val)module_dict(mod);
    if (!d) return false;
  }
  if (!d) return true;
  Val all = dict_get(d, Q(__all__));
  if (all) {
    size_t n;
    Val* items;
    if (!seq_to_array(all, &n, &items)) return false;
    for (size_t i = 0; i < n; i++) {
      Val name = str_intern_val(items[i]);
      if (!name) return false;
      Val v = getattr(mod, name);
      if (!v || dict_set(target, name, v) < 0) return false;
    }
    return true;
  }
  Map* m = &((Dict*)d)->map;
  for (uint32_t i = 0; i < m->n; i++) {
    MapEntry* e = &m->entries[i];
    if (!e->key || !is_str(e->key) || str_data(e->key)[0] == '_') continue;
    if (dict_set(target, e->key, e->value) < 0) return false;
  }
  return true;
}

Val ascii_of(Val v);

static Val format_value_op(Val v, int flags, Val spec) {
  int conv = flags & 3;
  if (conv == 1) v = repr(v);
  else if (conv == 3) v = ascii_of(v);
  else if (conv == 2) v = str_of(v);
  if (!v) return nullptr;
  if (!spec && is_str(v) && v->type == &str_type) return v;
  return format_value(v, spec ? spec : Q(empty));
}

static Val build_string(Val* items, int n) {
  size_t total = 0;
  for (int i = 0; i < n; i++) total += str_len(items[i]);
  Buf b;
  buf_init(&b, total + 1);
  for (int i = 0; i < n; i++) buf_add(&b, str_data(items[i]), str_len(items[i]));
  return buf_to_str(&b);
}


// ---- the dispatch loop ----------------------------------------------------------------------
// a 16-bit operand: its low byte, and the high byte from an EXTENDED_ARG prefix (else 0)
#define READ16() ({ uint32_t a_ = ext | *ip++; ext = 0; (uint16_t)a_; })
#define READ32() (ip += 4, (uint32_t)(ip[-4] | (ip[-3] << 8) | (ip[-2] << 16) | ((uint32_t)ip[-1] << 24)))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define CHECK(x) do { if (!(x)) goto error; } while (0)

// list[i] with a small int index in range: the item's slot (the fast path of subscripts)
static inline Val* list_item_slot(Val o, Val idx) {
  if (!is_small(idx) || is_small(o) || o->type != &list_type) return nullptr;
  List* l = (List*)o;
  intptr_t i = small_val(idx);
  if (i < 0) i += l->len;
  return (uintptr_t)i < l->len ? &l->items[i] : nullptr;
}

static void push_block(Frame* f, uint32_t handler, Val* level) {
  Block* b = &frame_blocks(f)[f->nblocks++];
  b->handler = handler;
  b->level = (uint32_t)(level - f->stack);
  b->saved_handled = ts.handled;
}

// `with`/`async with` entry: replaces the manager on top of the stack by its exit method
// and returns what its enter method returns (the awaitable, for async).
static Val with_enter(Frame* f, Val* sp, Val exit_name, Val enter_name) {
  Val mgr = sp[-1];
  Val exitm = getattr(mgr, exit_name);
  if (!exitm) return nullptr;
  sp[-1] = exitm;
  f->sp = sp;
  return call_method(mgr, enter_name, 0, nullptr);
}

// The next value of an iterator object (STOP at its end, nullptr on error), the frame's ip
// and sp saved first: the iterator may run Python code (a generator, __next__).
static inline Val iter_next_saving(Frame* f, const uint8_t* ip, Val* sp, Val it) {
  f->ip = ip;
  f->sp = sp;
  return iternext(it);
}

// `from m import name` when m has no attribute name: maybe a submodule not imported yet.
// No such submodule: "cannot import name"; its own errors (a SyntaxError, a MemoryError
// while compiling it) propagate.
__attribute__((noinline)) static Val import_from_submodule(Frame* f, Val m, Val name) {
  Val mname = getattr_opt(m, Q(__name__));
  if (mname && is_str(mname)) {
    Val full = str_from_printf("%s.%s", str_data(mname), str_data(name));
    if (!full) return nullptr;
    Val sub = import_name(full, None, 0, (Val)f->globals);
    if (!sub && !exc_matches(exc_pending(), (Val)&ImportError_type)) return nullptr;
    Val v = sub ? getattr_opt(m, name) : nullptr;
    if (v || sub) return v ? v : sub;
  }
  exc_take();
  return raise(&ImportError_type, "cannot import name %s", str_data(name));
}

Val run_frame(Frame* f, Val throw_exc) {
  if (ts.depth >= ts.max_depth || !check_stack()) {
    if (ts.depth >= ts.max_depth && !exc_pending()) raise(&RuntimeError_type, "maximum recursion depth exceeded");
    return nullptr;
  }
  ts.depth++;
  Code* code = f->code;
  const uint8_t* bc = code_bc(code);
  const uint8_t* ip = f->ip;
  Val* sp = f->sp;
  Val* slots = frame_slots(f);
  Val* consts = code_consts(code);
  uint32_t ext = 0;  // the high byte of the next operand, shifted (EXTENDED_ARG)
  Val entry_handled = ts.handled;
  if (f->handled) {  // a generator resumed inside an except block
    ts.handled = f->handled;
    f->handled = nullptr;
  }
  f->back = ts.frame;
  ts.frame = f;
  Val result = nullptr;
  if (throw_exc) {
    raise_obj(throw_exc);
    goto error;
  }

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
  static const void* const labels[] = {
#define PY_OP_LABEL(n, a) &&L_##n,
      PY_OPCODES(PY_OP_LABEL)
#undef PY_OP_LABEL
  };
#define DISPATCH() goto* labels[*ip++]
#define CASE(n) L_##n:
#else
#define DISPATCH() goto dispatch
#define CASE(n) case OPC_##n:
#endif

  for (;;) {
#if !USE_COMPUTED_GOTO
  dispatch:
    switch (*ip++) {
#endif
    DISPATCH();
    CASE(NOP) DISPATCH();
    CASE(EXTENDED_ARG) ext = (uint32_t)*ip++ << 8; DISPATCH();
    CASE(POP_TOP) sp--; DISPATCH();
    CASE(DUP_TOP) { Val v = TOP(); PUSH(v); DISPATCH(); }
    CASE(DUP_TOP_TWO) { Val a = sp[-2], b = sp[-1]; PUSH(a); PUSH(b); DISPATCH(); }
    CASE(ROT_TWO) { Val t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; DISPATCH(); }
    CASE(ROT_THREE) { Val t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = t; DISPATCH(); }
    CASE(ROT_FOUR) { Val t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = t; DISPATCH(); }
    CASE(LOAD_CONST) { PUSH(consts[READ16()]); DISPATCH(); }
    CASE(LOAD_NONE) PUSH(None); DISPATCH();
    CASE(LOAD_TRUE) PUSH(True_); DISPATCH();
    CASE(LOAD_FALSE) PUSH(False_); DISPATCH();
    CASE(LOAD_SMALL_INT) { PUSH(small((int16_t)READ16())); DISPATCH(); }
    CASE(LOAD_FAST) {
      uint16_t i = READ16();
      Val v = slots[i];
      if (!v) {
        raise(&UnboundLocalError_type, "local variable referenced before assignment");
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    CASE(STORE_FAST) { slots[READ16()] = POP(); DISPATCH(); }
    CASE(DELETE_FAST) {
      uint16_t i = READ16();
      if (!slots[i]) {
        raise(&NameError_type, "local variable referenced before assignment");
        goto error;
      }
      slots[i] = nullptr;
      DISPATCH();
    }
    CASE(LOAD_DEREF) {
      uint16_t i = READ16();
      Val v = ((Cell*)slots[i])->v;
      if (!v) {
        raise(&NameError_type, "local variable referenced before assignment");
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }
    CASE(STORE_DEREF) { uint16_t i = READ16(); ((Cell*)slots[i])->v = POP(); DISPATCH(); }
    CASE(DELETE_DEREF) {
      uint16_t i = READ16();
      if (!((Cell*)slots[i])->v) { raise(&NameError_type, "local variable referenced before assignment"); goto error; }
      ((Cell*)slots[i])->v = nullptr;
      DISPATCH();
    }
    CASE(LOAD_CLOSURE) { PUSH(slots[READ16()]); DISPATCH(); }
    CASE(LOAD_NAME) {
      Val name = consts[READ16()];
      Val v = nullptr;
      if (f->locals && f->locals != (Val)f->globals) {
        if (f->locals->type == &dict_type) v = dict_get_str(f->locals, name);
        else {
          v = subscr(f->locals, name);
          if (!v) {
            if (!exc_matches(exc_pending(), (Val)&KeyError_type)) goto error;
            exc_take();
          }
        }
      }
      if (!v) v = dict_get_str((Val)f->globals, name);
      if (!v) v = lookup_builtin(name);
      if (!v) { name_error(name); goto error; }
      PUSH(v);
      DISPATCH();
    }
    CASE(STORE_NAME) {
      Val name = consts[READ16()];
      Val v = POP();
      Val d = f->locals ? f->locals : (Val)f->globals;
      if (d->type == &dict_type) { CHECK(dict_set(d, name, v) == 0); }
      else CHECK(store_subscr(d, name, v) == 0);
      DISPATCH();
    }
    CASE(DELETE_NAME) {
      Val name = consts[READ16()];
      Val d = f->locals ? f->locals : (Val)f->globals;
      int r = dict_del(d, name);
      if (r < 0) goto error;
      if (r == 1) { name_error(name); goto error; }
      DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
      Val name = consts[READ16()];
      Val v = load_global(f, name);
      CHECK(v);
      PUSH(v);
      DISPATCH();
    }
    CASE(STORE_GLOBAL) {
      Val name = consts[READ16()];
      CHECK(dict_set((Val)f->globals, name, POP()) == 0);
      DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
      Val name = consts[READ16()];
      int r = dict_del((Val)f->globals, name);
      if (r < 0) goto error;
      if (r == 1) { name_error(name); goto error; }
      DISPATCH();
    }
    CASE(LOAD_ATTR) {
      Val name = consts[READ16()];
      Val v = getattr(TOP(), name);
      CHECK(v);
      TOP() = v;
      DISPATCH();
    }
    CASE(STORE_ATTR) {
      Val name = consts[READ16()];
      Val obj = POP();
      Val v = POP();
      CHECK(setattr(obj, name, v) == 0);
      DISPATCH();
    }
    CASE(DELETE_ATTR) {
      Val name = consts[READ16()];
      Val obj = POP();
      CHECK(setattr(obj, name, nullptr) == 0);
      DISPATCH();
    }
    CASE(LOAD_METHOD) {
      Val name = consts[READ16()];
      Val self = nullptr;
      Val m = load_method(TOP(), name, &self);
      CHECK(m);
      TOP() = m;
      PUSH(self);
      DISPATCH();
    }
    CASE(CALL_METHOD) {
      uint16_t arg = READ16();
      int npos = arg & 0xff, nkw = arg >> 8;
      Val* base = sp - (npos + 2 * nkw) - 2;
      f->ip = ip;
      f->sp = sp;
      Val r = base[1] ? call(base[0], npos + 1, nkw, base + 1) : call(base[0], npos, nkw, base + 2);
      sp = base;
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(CALL_FUNCTION) {
      uint16_t arg = READ16();
      int npos = arg & 0xff, nkw = arg >> 8;
      Val* base = sp - (npos + 2 * nkw) - 1;
      f->ip = ip;
      f->sp = sp;
      Val r = call(base[0], npos, nkw, base + 1);
      sp = base;
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(CALL_FUNCTION_EX) {
      uint16_t arg = READ16();
      Val kwargs = (arg & 1) ? POP() : nullptr;
      Val args = POP();
      Val fn = TOP();
      f->ip = ip;
      f->sp = sp;
      size_t npos = tuple_len(args);
      size_t nkw = kwargs ? ((Dict*)kwargs)->map.used : 0;
      Val local[16];
      Val* buf = local;
      if (npos + 2 * nkw > 16) {
        buf = (Val*)gc_alloc((npos + 2 * nkw) * sizeof(Val));
        if (!buf) { raise_no_memory(); goto error; }
      }
      for (size_t i = 0; i < npos; i++) buf[i] = tuple_items(args)[i];
      size_t k = npos;
      if (kwargs) {
        Map* m = &((Dict*)kwargs)->map;
        for (uint32_t i = 0; i < m->n; i++) {
          if (!m->entries[i].key) continue;
          Val key = m->entries[i].key;
          if (!is_str(key)) { raise(&TypeError_type, "keywords must be strings"); goto error; }
          Val ik = str_intern_val(key);
          CHECK(ik);
          buf[k++] = ik;
          buf[k++] = m->entries[i].value;
        }
      }
      Val r = call(fn, (int)npos, (int)nkw, buf);
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(LOAD_SUBSCR) {
      Val idx = POP();
      Val o = TOP();
      if (Val* slot = list_item_slot(o, idx)) {
        TOP() = *slot;
        DISPATCH();
      }
      Val r = subscr(o, idx);
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(STORE_SUBSCR) {
      Val idx = POP();
      Val o = POP();
      Val v = POP();
      if (Val* slot = list_item_slot(o, idx)) {
        *slot = v;
        DISPATCH();
      }
      CHECK(store_subscr(o, idx, v) == 0);
      DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
      Val idx = POP();
      Val o = POP();
      CHECK(delete_subscr(o, idx) == 0);
      DISPATCH();
    }
    CASE(BINARY) {
      int op = READ16();
      Val b = POP();
      Val a = TOP();
      if (is_small(a) && is_small(b)) {
        intptr_t x = small_val(a), y = small_val(b);
        switch (op) {
          case OP_ADD: case OP_INPLACE + OP_ADD: {
            intptr_t r = x + y;
            if (fits_small(r)) { TOP() = small(r); DISPATCH(); }
            break;
          }
          case OP_SUB: case OP_INPLACE + OP_SUB: {
            intptr_t r = x - y;
            if (fits_small(r)) { TOP() = small(r); DISPATCH(); }
            break;
          }
          case OP_MUL: case OP_INPLACE + OP_MUL: {
            intptr_t r;
            if (!__builtin_mul_overflow(x, y, &r) && fits_small(r)) { TOP() = small(r); DISPATCH(); }
            break;
          }
          case OP_FLOORDIV: case OP_INPLACE + OP_FLOORDIV:
            if (y > 0 && x >= 0) { TOP() = small(x / y); DISPATCH(); }
            break;
          case OP_MOD: case OP_INPLACE + OP_MOD:
            if (y > 0 && x >= 0) { TOP() = small(x % y); DISPATCH(); }
            break;
          case OP_LSHIFT: case OP_INPLACE + OP_LSHIFT:
            if (y >= 0 && y < 32 && x >= 0 && x < ((intptr_t)1 << 28)) { TOP() = small(x << y); DISPATCH(); }
            break;
          case OP_RSHIFT: case OP_INPLACE + OP_RSHIFT:
            if (y >= 0 && y < (intptr_t)(sizeof(intptr_t) * 8)) { TOP() = small(x >> y); DISPATCH(); }
            break;
          case OP_LT: TOP() = from_bool(x < y); DISPATCH();
          case OP_LE: TOP() = from_bool(x <= y); DISPATCH();
          case OP_GT: TOP() = from_bool(x > y); DISPATCH();
          case OP_GE: TOP() = from_bool(x >= y); DISPATCH();
          case OP_EQ: TOP() = from_bool(x == y); DISPATCH();
          case OP_NE: TOP() = from_bool(x != y); DISPATCH();
          case OP_AND: case OP_INPLACE + OP_AND: TOP() = small(x & y); DISPATCH();
          case OP_OR: case OP_INPLACE + OP_OR: TOP() = small(x | y); DISPATCH();
          case OP_XOR: case OP_INPLACE + OP_XOR: TOP() = small(x ^ y); DISPATCH();
          default: break;
        }
      }
      if (!is_small(a) && a->type == &float_type) {
        // float fast path (float op float / float op small int)
        double x = float_val(a), y;
        bool ok = true;
        if (is_small(b)) y = (double)small_val(b);
        else if (b->type == &float_type) y = float_val(b);
        else ok = false;
        if (ok) {
          int o = op >= OP_INPLACE ? op - OP_INPLACE : op;
          switch (o) {
            case OP_ADD: { Val r = float_new(x + y); CHECK(r); TOP() = r; DISPATCH(); }
            case OP_SUB: { Val r = float_new(x - y); CHECK(r); TOP() = r; DISPATCH(); }
            case OP_MUL: { Val r = float_new(x * y); CHECK(r); TOP() = r; DISPATCH(); }
            case OP_TRUEDIV:
              if (y != 0) { Val r = float_new(x / y); CHECK(r); TOP() = r; DISPATCH(); }
              break;
            case OP_LT: if (!is_small(b)) { TOP() = from_bool(x < y); DISPATCH(); } break;
            case OP_LE: if (!is_small(b)) { TOP() = from_bool(x <= y); DISPATCH(); } break;
            case OP_GT: if (!is_small(b)) { TOP() = from_bool(x > y); DISPATCH(); } break;
            case OP_GE: if (!is_small(b)) { TOP() = from_bool(x >= y); DISPATCH(); } break;
            default: break;
          }
        }
      } else if (is_small(a) && !is_small(b) && b->type == &float_type) {
        double x = (double)small_val(a), y = float_val(b);
        int o = op >= OP_INPLACE ? op - OP_INPLACE : op;
        switch (o) {
          case OP_ADD: { Val r = float_new(x + y); CHECK(r); TOP() = r; DISPATCH(); }
          case OP_SUB: { Val r = float_new(x - y); CHECK(r); TOP() = r; DISPATCH(); }
          case OP_MUL: { Val r = float_new(x * y); CHECK(r); TOP() = r; DISPATCH(); }
          default: break;
        }
      }
      f->ip = ip;
      Val r = binop(op, a, b);
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(UNARY) {
      int op = READ16();
      Val r = unop(op, TOP());
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(NOT) {
      Val v = TOP();
      int t = v == True_ ? 1 : v == False_ || v == None ? 0 : truthy(v);
      if (t < 0) goto error;
      TOP() = from_bool(!t);
      DISPATCH();
    }
    CASE(JUMP) {
      uint32_t t = READ32();
      const uint8_t* target = bc + t;
      if (target < ip && --ts.periodic_counter <= 0) {
        ts.periodic_counter = PERIODIC_EVERY;
        f->ip = ip;
        if (!check_signals()) goto error;
      }
      ip = target;
      DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE) {
      uint32_t t = READ32();
      Val v = POP();
      if (v == False_ || v == None) ip = bc + t;
      else if (v != True_) {
        int r = truthy(v);
        if (r < 0) goto error;
        if (!r) ip = bc + t;
      }
      DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
      uint32_t t = READ32();
      Val v = POP();
      if (v == True_) ip = bc + t;
      else if (v != False_ && v != None) {
        int r = truthy(v);
        if (r < 0) goto error;
        if (r) ip = bc + t;
      }
      DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
      uint32_t t = READ32();
      int r = truthy(TOP());
      if (r < 0) goto error;
      if (!r) ip = bc + t;
      else sp--;
      DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
      uint32_t t = READ32();
      int r = truthy(TOP());
      if (r < 0) goto error;
      if (r) ip = bc + t;
      else sp--;
      DISPATCH();
    }
    CASE(GET_ITER) {
      Val it = getiter(TOP());
      CHECK(it);
      TOP() = it;
      DISPATCH();
    }
// A for loop's step with an iterator object: its next value is pushed, or at its end the
// loop's `slots` stack values are popped and execution goes on at `target`.
#define LEAVE_LOOP(target, slots) \
  do {                            \
    sp -= (slots);                \
    ip = bc + (target);           \
    DISPATCH();                   \
  } while (0)
#define ITER_STEP(it, target, slots)                 \
  do {                                               \
    Val next_ = iter_next_saving(f, ip, sp, (it));   \
    CHECK(next_);                                    \
    if (next_ == STOP) LEAVE_LOOP(target, slots);    \
    PUSH(next_);                                     \
    DISPATCH();                                      \
  } while (0)
    CASE(GET_ITER_FOR) {
      Val pos = in_place_start(TOP());
      if (!pos) {
        Val it = getiter(TOP());
        CHECK(it);
        TOP() = it;
        pos = small(0);
      }
      PUSH(pos);
      DISPATCH();
    }
    CASE(FOR_ITER_FOR) {
      uint32_t t = READ32();
      Val it = sp[-2];
      if (it->type == &list_type || it->type == &tuple_type) {
        size_t n = it->type == &list_type ? ((List*)it)->len : ((Tuple*)it)->len;
        size_t i = (size_t)small_val(TOP());
        if (i < n) {
          TOP() = small((intptr_t)i + 1);
          PUSH(it->type == &list_type ? ((List*)it)->items[i] : ((Tuple*)it)->items[i]);
          DISPATCH();
        }
        LEAVE_LOOP(t, 2);  // the list or tuple and the position
      }
      if (it->type == &bytes_type || it->type == &bytearray_type) {
        size_t i = (size_t)small_val(TOP());
        size_t n = it->type == &bytes_type ? str_len(it) : ((ByteArray*)it)->len;
        if (i < n) {
          TOP() = small((intptr_t)i + 1);
          PUSH(small(it->type == &bytes_type ? (uint8_t)str_data(it)[i] : ((ByteArray*)it)->data[i]));
          DISPATCH();
        }
        LEAVE_LOOP(t, 2);
      }
      if (it->type == &dict_type || it->type == &set_type || it->type == &frozenset_type) {
        Val key = it->type == &dict_type ? dict_for_next(it, &TOP()) : set_for_next(it, &TOP());
        CHECK(key);
        if (key == STOP) LEAVE_LOOP(t, 2);
        PUSH(key);
        DISPATCH();
      }
      if (it->type == &array_type) {
        Val item = array_for_next(it, &TOP());
        CHECK(item);
        if (item == STOP) LEAVE_LOOP(t, 2);
        PUSH(item);
        DISPATCH();
      }
      ITER_STEP(it, t, 2);
    }
    CASE(FOR_RANGE) {
      uint32_t t = READ32();
      Val cur = sp[-1], step = sp[-2], stop = sp[-3];
      if (is_small(cur) && is_small(stop)) {  // the step is a small constant
        intptr_t c = small_val(cur), s = small_val(step);
        if (s > 0 ? c < small_val(stop) : c > small_val(stop)) {
          if (fits_small(c + s)) {
            sp[-1] = small(c + s);
            PUSH(cur);
            DISPATCH();
          }
        } else {
          LEAVE_LOOP(t, 3);
        }
      }
      // big ints (or any numbers): the same with the generic operators
      f->ip = ip;
      f->sp = sp;
      Val more = binop(small_val(step) > 0 ? OP_LT : OP_GT, cur, stop);
      CHECK(more);
      if (more != True_) LEAVE_LOOP(t, 3);
      Val next = binop(OP_ADD, cur, step);
      CHECK(next);
      sp[-1] = next;
      PUSH(cur);
      DISPATCH();
    }
    CASE(FOR_ITER) {
      uint32_t t = READ32();
      Val it = TOP();
      Val v;
      if (!is_small(it) && it->type == &range_iter_type) {
        Range* r = (Range*)it;
        if ((r->step > 0 && r->start < r->stop) || (r->step < 0 && r->start > r->stop)) {
          v = small(r->start);
          r->start += r->step;
          PUSH(v);
          DISPATCH();
        }
        LEAVE_LOOP(t, 1);
      }
      ITER_STEP(it, t, 1);
    }
    CASE(BUILD_TUPLE) {
      uint16_t n = READ16();
      Val t = tuple_from(n, sp - n);
      CHECK(t);
      sp -= n;
      PUSH(t);
      DISPATCH();
    }
    CASE(BUILD_LIST) {
      uint16_t n = READ16();
      Val l = list_from(n, sp - n);
      CHECK(l);
      sp -= n;
      PUSH(l);
      DISPATCH();
    }
    CASE(BUILD_SET) {
      uint16_t n = READ16();
      Val s = set_new(&set_type);
      CHECK(s);
      for (int i = 0; i < n; i++) CHECK(set_add(s, sp[i - n]) == 0);
      sp -= n;
      PUSH(s);
      DISPATCH();
    }
    CASE(BUILD_MAP) {
      uint16_t n = READ16();
      Val d = dict_new(n);
      CHECK(d);
      for (int i = 0; i < n; i++) CHECK(dict_set(d, sp[2 * (i - n)], sp[2 * (i - n) + 1]) == 0);
      sp -= 2 * n;
      PUSH(d);
      DISPATCH();
    }
    CASE(BUILD_SLICE) {
      uint16_t n = READ16();
      Val step = n == 3 ? POP() : None;
      Val stop = POP();
      Val start = TOP();
      Val o = sp[-2];
      if (*ip == OPC_LOAD_SUBSCR && !is_small(o) &&
          (o->type == &str_type || o->type == &list_type || o->type == &tuple_type ||
           o->type == &bytes_type)) {
        // s[a:b] on a builtin sequence: the slice lives on the C stack only (these types
        // never keep it), so slicing allocates just the result
        Slice tmp = {&slice_type, start, stop, step};
        Val r = subscr(o, (Val)&tmp);
        ip++;
        CHECK(r);
        sp--;
        TOP() = r;
        DISPATCH();
      }
      Val s = slice_new(start, stop, step);
      CHECK(s);
      TOP() = s;
      DISPATCH();
    }
    CASE(LIST_APPEND) {
      uint16_t n = READ16();
      Val v = POP();
      CHECK(list_append(sp[-n], v) == 0);
      DISPATCH();
    }
    CASE(SET_ADD) {
      uint16_t n = READ16();
      Val v = POP();
      CHECK(set_add(sp[-n], v) == 0);
      DISPATCH();
    }
    CASE(MAP_ADD) {
      uint16_t n = READ16();
      Val v = POP();
      Val k = POP();
      CHECK(dict_set(sp[-n], k, v) == 0);
      DISPATCH();
    }
    CASE(LIST_EXTEND) {
      uint16_t n = READ16();
      Val v = POP();
      Val self = sp[-n];
      Val r = call_method(self, Q(extend), 1, &v);
      CHECK(r);
      DISPATCH();
    }
    CASE(SET_UPDATE) {
      uint16_t n = READ16();
      Val v = POP();
      Val it = getiter(v);
      CHECK(it);
      for (;;) {
        Val x = iternext(it);
        CHECK(x);
        if (x == STOP) break;
        CHECK(set_add(sp[-n], x) == 0);
      }
      DISPATCH();
    }
    CASE(DICT_UPDATE) {
      uint16_t n = READ16();
      Val v = POP();
      Val self = sp[-n];
      if (!is_small(v) && isinst(v, &dict_type)) {
        Map* m = &((Dict*)v)->map;
        for (uint32_t i = 0; i < m->n; i++)
          if (m->entries[i].key) CHECK(dict_set(self, m->entries[i].key, m->entries[i].value) == 0);
      } else {
        Val keys = call_method(v, Q(keys), 0, nullptr);
        if (!keys) {
          if (exc_matches(exc_pending(), (Val)&AttributeError_type)) {
            exc_take();
            raise(&TypeError_type, "'%s' object is not a mapping", type_cname(v));
          }
          goto error;
        }
        Val it = getiter(keys);
        CHECK(it);
        for (;;) {
          Val k = iternext(it);
          CHECK(k);
          if (k == STOP) break;
          Val x = subscr(v, k);
          CHECK(x);
          CHECK(dict_set(self, k, x) == 0);
        }
      }
      DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
      List* l = (List*)TOP();
      Val t = tuple_from(l->len, l->items);
      CHECK(t);
      TOP() = t;
      DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
      uint16_t n = READ16();
      Val seq = POP();
      Val* items = sp;  // filled in reverse
      Val tmp[8];
      Val* out = n <= 8 ? tmp : (Val*)gc_alloc(n * sizeof(Val));
      if (!out) { raise_no_memory(); goto error; }
      f->sp = sp;
      CHECK(unpack_sequence(seq, n, out));
      for (int i = 0; i < n; i++) items[i] = out[n - 1 - i];
      sp += n;
      DISPATCH();
    }
    CASE(UNPACK_EX) {
      uint16_t arg = READ16();
      int before = arg & 0xff, after = arg >> 8;
      Val seq = POP();
      Val l = list_from_iter(seq);
      CHECK(l);
      List* L = (List*)l;
      if ((int)L->len < before + after) {
        raise(&ValueError_type, "need more than %d values to unpack", (int)L->len);
        goto error;
      }
      // push in reverse: after items, the star list, before items
      for (int i = 0; i < after; i++) PUSH(L->items[L->len - 1 - i]);
      Val mid = list_from(L->len - before - after, L->items + before);
      CHECK(mid);
      PUSH(mid);
      for (int i = before - 1; i >= 0; i--) PUSH(L->items[i]);
      DISPATCH();
    }
    CASE(MAKE_FUNCTION) {
      uint16_t flags = READ16();
      Val c = POP();
      Val closure = (flags & 4) ? POP() : nullptr;
      Val kwd = (flags & 2) ? POP() : nullptr;
      Val defs = (flags & 1) ? POP() : nullptr;
      Val fn = make_function(c, (Val)f->globals, defs, kwd, closure);
      CHECK(fn);
      PUSH(fn);
      DISPATCH();
    }
    CASE(RETURN_VALUE) {
      result = POP();
      goto done;
    }
    CASE(YIELD_VALUE) {
      result = POP();
      f->ip = ip;
      f->sp = sp;
      g_yielded = true;
      goto yield_out;
    }
    CASE(YIELD_FROM) {
      Val v = POP();
      Val sub = TOP();
      Val r;
      bool y = false;
      f->sp = sp;
      if (!is_small(sub) && sub->type == &gen_type) {
        r = gen_send(sub, v, nullptr, &y);
        CHECK(r);
      } else if (v == None && (is_small(sub) || !(sub->type->flags & TF_USER) || !type_lookup(sub->type, Q(__next__)))) {
        r = iternext(sub);
        CHECK(r);
        if (r == STOP) r = None;  // a plain iterator finished: the result is None
        else y = true;
      } else if (v == None) {
        // A class's __next__ may end the delegation with StopIteration(value) (or a subclass):
        // call it directly so that value becomes the result of the yield from.
        r = call_method(sub, Q(__next__), 0, nullptr);
        if (!r) {
          if (!exc_matches(exc_pending(), (Val)&StopIteration_type)) goto error;
          Val e = exc_take();
          r = ((Exception*)e)->value ? ((Exception*)e)->value : None;
        } else y = true;
      } else {
        r = call_method(sub, Q(send), 1, &v);
        if (!r) {
          if (!exc_matches(exc_pending(), (Val)&StopIteration_type)) goto error;
          Val e = exc_take();
          r = ((Exception*)e)->value ? ((Exception*)e)->value : None;
        } else y = true;
      }
      if (y) {
        // suspend; on resume the sent value is pushed and YIELD_FROM runs again
        result = r;
        f->ip = ip - 1;
        f->sp = sp;
        g_yielded = true;
        goto yield_out;
      }
      TOP() = r;
      DISPATCH();
    }
    CASE(GET_YIELD_FROM_ITER) {
      Val v = TOP();
      if (is_small(v) || v->type != &gen_type) {
        Val it = getiter(v);
        CHECK(it);
        TOP() = it;
      }
      DISPATCH();
    }
    CASE(GET_AWAITABLE) {
      Val v = TOP();
      if (is_small(v) || v->type != &gen_type) {
        Val m = getattr_opt(v, Q(__await__));
        if (!m) {
          if (!exc_pending()) raise(&TypeError_type, "object '%s' can't be used in 'await' expression", type_cname(v));
          goto error;
        }
        Val it = call0(m);
        CHECK(it);
        TOP() = it;
      }
      DISPATCH();
    }
    CASE(RAISE) {
      uint16_t n = READ16();
      if (n == 0) {
        if (!ts.handled || ts.handled == None) {
          raise(&RuntimeError_type, "No active exception to reraise");
          goto error;
        }
        ts.exc = ts.handled;
        goto error;
      }
      Val cause = n == 2 ? POP() : nullptr;
      Val e = POP();
      if (!is_small(e) && e->type == &type_type && (((Type*)e)->flags & TF_EXCEPTION)) {
        e = call0(e);
        CHECK(e);
      }
      if (!is_exc(e)) {
        raise(&TypeError_type, "exceptions must derive from BaseException");
        goto error;
      }
      if (cause && cause != None) {
        // MicroPython does not chain exceptions and says so on stdout
        static const char warning[] = "Warning: exception chaining not supported\n";
        out_write(warning, sizeof warning - 1);
      }
      if (cause) {
        if (!is_small(cause) && cause->type == &type_type && (((Type*)cause)->flags & TF_EXCEPTION)) {
          cause = call0(cause);
          CHECK(cause);
        }
        ((Exception*)e)->cause = cause;
        ((Exception*)e)->suppress_context = true;
      }
      ((Exception*)e)->tb_frame = nullptr;
      raise_obj(e);
      goto error;
    }
    CASE(SETUP_EXCEPT)
    CASE(SETUP_FINALLY) {
      uint32_t t = READ32();
      push_block(f, t, sp);
      DISPATCH();
    }
    CASE(POP_BLOCK) f->nblocks--; DISPATCH();
    CASE(POP_EXCEPT) { ts.handled = POP(); DISPATCH(); }
    CASE(RERAISE) {
      Val e = POP();
      ts.handled = POP();
      ts.exc = e;
      goto error;
    }
    CASE(SETUP_WITH) {
      uint32_t t = READ32();
      Val r = with_enter(f, sp, Q(__exit__), Q(__enter__));
      CHECK(r);
      push_block(f, t, sp);
      PUSH(r);
      DISPATCH();
    }
    CASE(WITH_EXIT_NORMAL) {
      Val exitm = POP();
      Val args[3] = {None, None, None};
      Val r = call(exitm, 3, 0, args);
      CHECK(r);
      DISPATCH();
    }
    CASE(WITH_EXIT_EXC) {
      Val e = sp[-1];
      Val prev = sp[-2];
      Val exitm = sp[-3];
      sp -= 3;
      ts.handled = prev;
      Val tb = ((Exception*)e)->traceback ? ((Exception*)e)->traceback : None;
      Val args[3] = {(Val)type_of(e), e, tb};
      Val r = call(exitm, 3, 0, args);
      CHECK(r);
      int t = truthy(r);
      if (t < 0) goto error;
      if (!t) {
        ts.exc = e;
        goto error;
      }
      DISPATCH();
    }
    CASE(ASYNC_WITH_ENTER) {
      Val r = with_enter(f, sp, Q(__aexit__), Q(__aenter__));
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(SETUP_ASYNC_WITH) {
      // after __aenter__'s awaitable finished: an error while entering never reaches
      // __aexit__, so the block covers the body only (below the awaited result)
      uint32_t t = READ32();
      push_block(f, t, sp - 1);
      DISPATCH();
    }
    CASE(ASYNC_WITH_EXIT_NORMAL) {
      Val exitm = POP();
      Val args[3] = {None, None, None};
      Val r = call(exitm, 3, 0, args);
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(GET_AITER) {
      Val v = TOP();
      Val r = call_method(v, Q(__aiter__), 0, nullptr);
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(GET_ANEXT) {
      Val v = TOP();
      Val r = call_method(v, Q(__anext__), 0, nullptr);
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(END_ASYNC_FOR) {
      Val e = sp[-1];
      Val prev = sp[-2];
      sp -= 3;  // exception, previous handled, the async iterator
      ts.handled = prev;
      if (!exc_matches(e, (Val)&StopAsyncIteration_type)) {
        ts.exc = e;
        goto error;
      }
      DISPATCH();
    }
    CASE(IMPORT_NAME) {
      Val name = consts[READ16()];
      Val fromlist = POP();
      Val level = TOP();
      f->sp = sp;
      Val m;
      if (Val custom = import_override()) {
        Val args[5] = {name, (Val)f->globals, f->locals ? f->locals : None, fromlist, level};
        m = call(custom, 5, 0, args);
      } else m = import_name(name, fromlist, (int)small_val(level), (Val)f->globals);
      CHECK(m);
      TOP() = m;
      DISPATCH();
    }
    CASE(IMPORT_FROM) {
      Val name = consts[READ16()];
      Val m = TOP();
      Val v = getattr_opt(m, name);
      if (!v) {
        if (exc_pending()) goto error;
        v = import_from_submodule(f, m, name);
        CHECK(v);
      }
      PUSH(v);
      DISPATCH();
    }
    CASE(IMPORT_STAR) {
      Val m = POP();
      CHECK(import_star(f, m));
      DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS) {
      Val v = lookup_builtin(Q(__build_class__));
      if (!v) { name_error(Q(__build_class__)); goto error; }
      PUSH(v);
      DISPATCH();
    }
    CASE(FORMAT_VALUE) {
      uint16_t flags = READ16();
      Val spec = (flags & 4) ? POP() : nullptr;
      Val r = format_value_op(TOP(), flags, spec);
      CHECK(r);
      TOP() = r;
      DISPATCH();
    }
    CASE(BUILD_STRING) {
      uint16_t n = READ16();
      Val r = build_string(sp - n, n);
      CHECK(r);
      sp -= n;
      PUSH(r);
      DISPATCH();
    }
    CASE(PRINT_EXPR) {
      Val v = POP();
      if (v != None) {
        Val r = repr(v);
        CHECK(r);
        out_write(str_data(r), str_len(r));
        out_write("\n", 1);
        dict_set(ts.builtins, str_intern_cstr("_"), v);
      }
      DISPATCH();
    }
    CASE(LOAD_ASSERTION_ERROR) PUSH((Val)&AssertionError_type); DISPATCH();
    CASE(EXC_MATCH) {
      Val t = POP();
      Val e = TOP();
      bool ok_type = false;
      if (!is_small(t) && t->type == &type_type && (((Type*)t)->flags & TF_EXCEPTION)) ok_type = true;
      else if (!is_small(t) && isinst(t, &tuple_type)) {
        ok_type = true;
        for (size_t i = 0; i < tuple_len(t); i++) {
          Val x = tuple_items(t)[i];
          if (is_small(x) || x->type != &type_type || !(((Type*)x)->flags & TF_EXCEPTION)) ok_type = false;
        }
      } else if (!is_small(t) && isinst(t, &type_type) && (((Type*)t)->flags & TF_EXCEPTION)) ok_type = true;
      if (!ok_type) {
        raise(&TypeError_type, "catching classes that do not inherit from BaseException is not allowed");
        goto error;
      }
      TOP() = from_bool(exc_matches(e, t));
      DISPATCH();
    }
    CASE(LOAD_CLASS_CELL) PUSH(None); DISPATCH();
    CASE(ASYNC_WITH_EXC_CALL) {
      Val e = sp[-1];
      Val exitm = sp[-3];
      Val tb = ((Exception*)e)->traceback ? ((Exception*)e)->traceback : None;
      Val args[3] = {(Val)type_of(e), e, tb};
      Val r = call(exitm, 3, 0, args);
      CHECK(r);
      PUSH(r);
      DISPATCH();
    }
    CASE(ASYNC_WITH_EXC_END) {
      Val r = sp[-1];
      Val e = sp[-2];
      Val prev = sp[-3];
      sp -= 4;
      ts.handled = prev;
      int t = truthy(r);
      if (t < 0) goto error;
      if (!t) {
        ts.exc = e;
        goto error;
      }
      DISPATCH();
    }
#if !USE_COMPUTED_GOTO
    }
#endif
  }

error: {
    Val e = ts.exc;
    if (!e) {
      raise(&RuntimeError_type, "error without exception");
      e = ts.exc;
    }
    if (is_exc(e) && ((Exception*)e)->tb_frame != f) {
      int line = code_line_for(code, (uint32_t)(ip - bc) - 1);
      exc_add_traceback(e, code->filename, line, code->name);
      ((Exception*)e)->tb_frame = f;
    }
    if (f->nblocks > 0) {
      Block* b = &frame_blocks(f)[--f->nblocks];
      sp = f->stack + b->level;
      PUSH(b->saved_handled);
      PUSH(e);
      ts.handled = e;
      ts.exc = nullptr;
      ip = bc + b->handler;
      DISPATCH();
    }
    result = nullptr;
    f->ip = ip;
    f->sp = sp;
    goto done;
  }

yield_out:
  if (ts.handled != entry_handled) f->handled = ts.handled;
  ts.frame = f->back;
  ts.depth--;
  ts.handled = entry_handled;
  return result;

done:
  ts.frame = f->back;
  ts.depth--;
  ts.handled = entry_handled;
  return result;
}

}  // namespace py
