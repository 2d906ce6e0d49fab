// type and object, user classes (instances dispatch special methods), native functions,
// bound methods, super, property, staticmethod/classmethod, modules, cells, singletons.
#include <stddef.h>

#include "bytecode.h"
#include "runtime.h"

namespace py {

Type type_type, object_type, none_type, ellipsis_type, notimpl_type, native_func_type, bound_method_type,
    closure_cell_type, super_type, property_type, staticmethod_type, classmethod_type, module_type, getset_type,
    native_method_type;

Obj none_obj = {&none_type}, true_obj = {&bool_type}, false_obj = {&bool_type}, ellipsis_obj = {&ellipsis_type},
    notimpl_obj = {&notimpl_type}, stop_obj = {&object_type}, delete_obj = {&object_type};

Val alloc_obj(Type* t, size_t size) {
  Obj* o = (Obj*)gc_alloc(size);
  if (!o) return raise_no_memory();
  o->type = t;
  return o;
}

bool is_subtype(Type* t, Type* base) {
  if (t == base) return true;
  if (t->mro) {
    Tuple* m = t->mro;
    for (size_t i = 0; i < m->len; i++)
      if (m->items[i] == (Val)base) return true;
    return false;
  }
  for (Type* b = t->base_type; b; b = b->base_type)
    if (b == base) return true;
  return false;
}

// A direct-mapped cache of MRO lookups, keyed by (type, name). Any change to a class
// dict through the runtime bumps the version, which empties the cache.
namespace {
struct LookupCacheEntry {
  Type* t;
  Val name;
  Val value;  // nullptr: known to be missing
  uint32_t version;
};
constexpr int LOOKUP_CACHE = PYVGL_SMALL_RAM ? 128 : 1024;  // a power of two
LookupCacheEntry g_lookup_cache[LOOKUP_CACHE];
uint32_t g_lookup_version = 1;
}  // namespace

void type_cache_invalidate() {
  g_lookup_version++;
  if (g_lookup_version == 0) {
    memset(g_lookup_cache, 0, sizeof g_lookup_cache);
    g_lookup_version = 1;
  }
}

static Val type_lookup_uncached(Type* t, Val name);
static Val native_type_dict_copy(Type* t);

Val type_lookup(Type* t, Val name) {
  if (!((Str*)name)->interned) return type_lookup_uncached(t, name);
  uintptr_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31) & (LOOKUP_CACHE - 1);
  LookupCacheEntry& e = g_lookup_cache[h];
  if (e.t == t && e.name == name && e.version == g_lookup_version) return e.value;
  Val v = type_lookup_uncached(t, name);
  e.t = t;
  e.name = name;
  e.value = v;
  e.version = g_lookup_version;
  return v;
}

static Val make_slot_wrapper(Type* t, Val want);

// A name in a ROM table: rows are few (tens), and hits are cached by type_lookup.
static bool row_name_is(const char* row, const char* n, size_t len) {
  return row[0] == n[0] && strncmp(row, n, len) == 0 && row[len] == 0;
}

// The attribute `name` defined by k itself: its dict (class attributes, or what was stored
// in a native type at run time), then its ROM method and attribute tables.
static Val own_attr(Type* k, Val name) {
  if (k->dict) {
    Val v = dict_get_str((Val)k->dict, name);
    if (v) return v;
  }
  if (!k->methods && !k->getsets) return nullptr;
  const char* n = str_data(name);
  size_t len = str_len(name);
  for (const MethodDef* r = k->methods; r && r->name; r++)
    if (row_name_is(r->name, n, len)) return (Val)r;
  for (const GetSetDef* r = k->getsets; r && r->name; r++)
    if (row_name_is(r->name, n, len)) return (Val)r;
  return nullptr;
}

// k then its bases: the MRO when there is one, else the single-inheritance chain
// (native types have no MRO tuple until a script asks for __mro__).
static Type* next_in_mro(Type* t, Type* k, size_t* i) {
  if (t->mro) return ++*i < t->mro->len ? (Type*)t->mro->items[*i] : nullptr;
  return k->base_type;
}

static Val type_lookup_uncached(Type* t, Val name) {
  size_t i = 0;
  for (Type* k = t; k; k = next_in_mro(t, k, &i)) {
    Val v = own_attr(k, name);
    if (v) return v;
  }
  // special methods of native types are materialised on demand
  const char* n = str_data(name);
  if (n[0] == '_' && n[1] == '_') {
    i = 0;
    for (Type* k = t; k; k = next_in_mro(t, k, &i)) {
      if (!(k->flags & TF_SLOT_WRAPPERS)) continue;
      Val w = make_slot_wrapper(k, name);
      if (w) return w;
    }
  }
  return nullptr;
}

// special method defined by a user class in the MRO (natives are handled by their slots)
static Val lookup_special(Type* t, Val name) {
  Tuple* m = (t->flags & TF_USER) ? t->mro : nullptr;
  if (!m) return nullptr;
  for (size_t i = 0; i < m->len; i++) {
    Type* k = (Type*)m->items[i];
    if (!(k->flags & TF_USER)) continue;
    Val v = dict_get_str((Val)k->dict, name);
    if (v) return v;
  }
  return nullptr;
}

static Val make_slot_wrapper(Type* t, Val want);

Val instance_new(Type* t) {
  size_t sz = t->instance_size ? t->instance_size : sizeof(Obj);
  return alloc_obj(t, sz);
}

// ---- native functions ----------------------------------------------------------------------
Val native_func_new(const char* name, NativeFnPtr fn, int min_args, int max_args, uint16_t flags) {
  NativeFunc* f = (NativeFunc*)alloc_obj(&native_func_type, sizeof(NativeFunc));
  if (!f) return nullptr;
  f->name = name;
  f->fn = fn;
  f->min_args = (int16_t)min_args;
  f->max_args = (int16_t)max_args;
  f->flags = flags;
  return (Val)f;
}

Val native_call(Val self, int npos, int nkw, const Val* args) {
  NativeFunc* f = (NativeFunc*)self;
  if (nkw && !(f->flags & NF_KW)) return raise(&TypeError_type, "function doesn't take keyword arguments");
  int adj = (f->flags & NF_METHOD) ? 1 : 0;
  if (npos < f->min_args || (f->max_args >= 0 && npos > f->max_args)) {
    if (f->min_args == f->max_args)
      return raise(&TypeError_type, "function takes %d positional arguments but %d were given", f->min_args - adj, npos - adj);
    if (npos < f->min_args)
      return raise(&TypeError_type, "function missing %d required positional arguments", f->min_args - npos);
    return raise(&TypeError_type, "function expected at most %d arguments, got %d", f->max_args - adj, npos - adj);
  }
  if ((f->flags & NF_METHOD) && f->owner && !(f->flags & (NF_CLASSMETHOD | NF_STATIC)) && !isinst(args[0], f->owner))
    return raise(&TypeError_type, "descriptor '%s' requires a '%s' object but received a '%s'", f->name, f->owner->name,
                 type_cname(args[0]));
  ts.native_func = f;
  return f->fn(npos, nkw, args);
}

static void native_func_print(Buf* b, Val v, bool r) { buf_printf(b, "<function %s>", ((NativeFunc*)v)->name); }

static Val native_func_getattr(Val self, Val name) {
  if (name == Q(__name__)) return str_intern_cstr(((NativeFunc*)self)->name);
  return generic_getattr(self, name);
}

Val bound_method_new(Val self, Val f) {
  BoundMethod* m = (BoundMethod*)alloc_obj(&bound_method_type, sizeof(BoundMethod));
  if (!m) return nullptr;
  m->self = self;
  m->f = f;
  return (Val)m;
}

static void bound_method_print(Buf* b, Val v, bool r) {
  BoundMethod* m = (BoundMethod*)v;
  buf_adds(b, "<bound_method ");
  print_to(b, m->f, true);
  buf_adds(b, ">");
}
static Val bound_method_getattr(Val self, Val name) {
  BoundMethod* m = (BoundMethod*)self;
  if (name == Q(__self__)) return m->self;
  if (name == Q(__func__)) return m->f;
  return getattr_opt(m->f, name);
}
static Val bound_method_binop(int op, Val a, Val b) {
  if (op == OP_EQ || op == OP_NE) {
    if (is_small(b) || b->type != &bound_method_type) return NOTIMPL;
    BoundMethod* x = (BoundMethod*)a;
    BoundMethod* y = (BoundMethod*)b;
    bool eq = x->self == y->self && x->f == y->f;
    return from_bool(op == OP_EQ ? eq : !eq);
  }
  return NOTIMPL;
}
static Val bound_method_unop(int op, Val a) {
  if (op == UN_HASH) {
    BoundMethod* x = (BoundMethod*)a;
    return small((intptr_t)((((uintptr_t)x->self) ^ ((uintptr_t)x->f)) >> 4) & (SMALL_MAX >> 1));
  }
  return NOTIMPL;
}

Val getset_new(const char* name, GetterFn get, SetterFn set) {
  GetSet* g = (GetSet*)alloc_obj(&getset_type, sizeof(GetSet));
  if (!g) return nullptr;
  g->name = name;
  g->get = get;
  g->set = set;
  return (Val)g;
}

// ---- type construction -------------------------------------------------------------------
void type_init(Type* t, const char* name, Type* base, uint32_t flags) {
  memset(t, 0, sizeof *t);
  t->base.type = &type_type;
  t->name = name;
  t->base_type = base;
  t->flags = flags;
  t->native = t;
  if (base) {
    t->print = base->print;
    t->unop = base->unop;
    t->binop = base->binop;
    t->call = base->call;
    t->make_new = base->make_new;
    t->getattr = base->getattr;
    t->setattr = base->setattr;
    t->subscr = base->subscr;
    t->iter = base->iter;
    t->next = base->next;
    t->getbuffer = base->getbuffer;
    t->instance_size = base->instance_size;
    t->dict_offset = base->dict_offset;
    t->flags |= base->flags & (TF_EXCEPTION | TF_GETATTR_FALLBACK);
  } else {
    t->instance_size = sizeof(Obj);
  }
  // A static type costs no heap: its name, MRO, bases and dict are made when first needed
  // and its methods stay in ROM tables. A type built in the heap (a binding class) gets its
  // dict now, as its embedder fills it directly.
  if (gc_in_heap(t)) t->dict = (Dict*)dict_new(0);
  gc_register_root(t, sizeof(Type));
}

Val type_qname(Type* t) {
  if (!t->qname) t->qname = str_intern_cstr(t->name);
  return t->qname;
}

Tuple* type_mro(Type* t) {
  if (t->mro) return t->mro;
  size_t nb = 0;
  for (Type* b = t; b; b = b->base_type) nb++;
  Val mro = tuple_new(nb);
  if (!mro) return nullptr;
  size_t i = 0;
  for (Type* b = t; b; b = b->base_type) tuple_items(mro)[i++] = (Val)b;
  t->mro = (Tuple*)mro;
  return t->mro;
}

static Tuple* type_bases(Type* t) {
  if (t->bases) return t->bases;
  if (!t->base_type || t == &object_type) return (Tuple*)&empty_tuple;
  t->bases = (Tuple*)tuple_from(1, (Val*)&t->base_type);
  return t->bases;
}

Dict* type_dict(Type* t) {
  if (!t->dict) t->dict = (Dict*)dict_new(0);
  return t->dict;
}

void type_set_method_table(Type* t, const MethodDef* rows) {
  if (t->methods) {
    type_add_methods(t, rows);  // a second table: its rows carry the owner already
    return;
  }
  t->methods = rows;
  type_cache_invalidate();
}

void type_set_getset_table(Type* t, const GetSetDef* rows) {
  t->getsets = rows;
  type_cache_invalidate();
}

void type_add_methods(Type* t, const MethodDef* defs) {
  // rows made for t (TypeMethod<&t>) are used in place
  if (defs->name && defs->owner == t && !t->methods) {
    type_set_method_table(t, defs);
    return;
  }
  Dict* d = type_dict(t);
  if (!d) return;
  for (const MethodDef* r = defs; r->name; r++) {
    NativeFunc* f = (NativeFunc*)native_func_new(r->name, r->fn, r->min_args, r->max_args, r->flags | NF_METHOD);
    Val name = f ? str_intern_cstr(r->name) : nullptr;
    if (!name) return;
    f->owner = t;
    dict_set((Val)d, name, (Val)f);
  }
  type_cache_invalidate();
}

void type_add_attr(Type* t, const char* name, Val v) {
  Dict* d = type_dict(t);
  Val n = d ? str_intern_cstr(name) : nullptr;
  if (n) dict_set((Val)d, n, v);
  type_cache_invalidate();
}

int type_dict_set(Type* t, Val name, Val v) {
  Dict* d = type_dict(t);
  if (!d) return -1;
  int r = dict_set((Val)d, name, v);
  type_cache_invalidate();  // the lookup cache may hold the name as missing
  return r;
}

void type_add_getset(Type* t, const char* name, GetterFn get, SetterFn set) {
  Val g = getset_new(name, get, set);
  if (g) type_add_attr(t, name, g);
}

// ---- user class instances: special method dispatch ------------------------------------------
static Type* native_of(Type* t) { return t->native ? t->native : &object_type; }

Val int_subclass_value(Val v);
// the native value a slot of the native base works on (int subclasses hold an int)
static Val native_self(Type* nt, Val self) {
  if (nt == &int_type && !is_small(self) && (self->type->flags & TF_USER)) return int_subclass_value(self);
  return self;
}

static const uint8_t qi_binop[] = {QI___add__, QI___sub__, QI___mul__, QI___matmul__, QI___truediv__, QI___floordiv__,
                                   QI___mod__, QI___pow__, QI___lshift__, QI___rshift__, QI___and__, QI___or__, QI___xor__,
                                   QI___lt__, QI___le__, QI___eq__, QI___ne__, QI___gt__, QI___ge__, QI___contains__};
static const uint8_t qi_rbinop[] = {QI___radd__, QI___rsub__, QI___rmul__, QI___rmatmul__, QI___rtruediv__,
                                    QI___rfloordiv__, QI___rmod__, QI___rpow__, QI___rlshift__, QI___rrshift__,
                                    QI___rand__, QI___ror__, QI___rxor__};
static const uint8_t qi_ibinop[] = {QI___iadd__, QI___isub__, QI___imul__, QI___imatmul__, QI___itruediv__,
                                    QI___ifloordiv__, QI___imod__, QI___ipow__, QI___ilshift__, QI___irshift__,
                                    QI___iand__, QI___ior__, QI___ixor__};

static Val call_special(Val f, Val self, int n, const Val* args) {
  Val buf[4];
  buf[0] = self;
  for (int i = 0; i < n; i++) buf[i + 1] = args[i];
  if (!is_small(f) && f->type == &staticmethod_type) return call(((StaticMethod*)f)->f, n, 0, args);
  // A classmethod special method receives the instance's class, not the instance.
  if (!is_small(f) && f->type == &classmethod_type) {
    buf[0] = (Val)type_of(self);
    return call(((StaticMethod*)f)->f, n + 1, 0, buf);
  }
  return call(f, n + 1, 0, buf);
}

static Val instance_binop(int op, Val self, Val other) {
  Type* t = self->type;
  Val name;
  bool rev = op & OP_REVERSED;
  int o = op & ~OP_REVERSED;
  if (o >= OP_INPLACE) name = (Val)&qstr_table[qi_ibinop[o - OP_INPLACE]];
  else if (rev) {
    if (o >= OP_NUM_ARITH) return NOTIMPL;
    name = (Val)&qstr_table[qi_rbinop[o]];
  } else if (o <= OP_IN) name = (Val)&qstr_table[qi_binop[o == OP_IN ? 19 : o]];
  else return NOTIMPL;
  Val f = lookup_special(t, name);
  if (f) {
    Val r = call_special(f, self, 1, &other);
    if (r && o == OP_IN && r != NOTIMPL) {
      int b = truthy(r);
      return b < 0 ? nullptr : from_bool(b);
    }
    return r;
  }
  if (o == OP_NE) {
    Val eq = lookup_special(t, Q(__eq__));
    if (eq) {
      Val r = call_special(eq, self, 1, &other);
      if (!r || r == NOTIMPL) return r;
      int b = truthy(r);
      return b < 0 ? nullptr : from_bool(!b);
    }
  }
  Type* nt = native_of(t);
  if (nt->binop) {
    if (nt == &int_type && !is_small(other) && (type_of(other)->flags & TF_USER) && native_of(type_of(other)) == &int_type)
      other = int_subclass_value(other);
    return nt->binop(op, native_self(nt, self), other);
  }
  return NOTIMPL;
}

static Val instance_unop(int op, Val self) {
  Type* t = self->type;
  Val name = nullptr;
  switch (op) {
    case UN_NEG: name = Q(__neg__); break;
    case UN_POS: name = Q(__pos__); break;
    case UN_INVERT: name = Q(__invert__); break;
    case UN_BOOL: name = Q(__bool__); break;
    case UN_LEN: name = Q(__len__); break;
    case UN_INT: name = Q(__int__); break;
    case UN_FLOAT: name = Q(__float__); break;
    case UN_ABS: name = Q(__abs__); break;
    case UN_INDEX: name = Q(__index__); break;
    case UN_HASH: name = Q(__hash__); break;
  }
  Val f = name ? lookup_special(t, name) : nullptr;
  if (op == UN_HASH) {
    if (f == None) return raise(&TypeError_type, "unhashable type: '%s'", t->name);
    if (!f && lookup_special(t, Q(__eq__))) return raise(&TypeError_type, "unhashable type: '%s'", t->name);
  }
  if (f) {
    Val r = call_special(f, self, 0, nullptr);
    if (!r) return nullptr;
    if (op == UN_LEN) {
      if (!is_int(r)) return raise(&TypeError_type, "'%s' object cannot be interpreted as an integer", type_cname(r));
      if (int_sign(r) < 0) return raise(&ValueError_type, "__len__() should return >= 0");
    }
    if (op == UN_BOOL && r != True_ && r != False_)
      return raise(&TypeError_type, "__bool__ should return bool, returned %s", type_cname(r));
    if (op == UN_HASH && !is_int(r)) return raise(&TypeError_type, "__hash__ method should return an integer");
    return r;
  }
  Type* nt = native_of(t);
  if (nt->unop) return nt->unop(op, native_self(nt, self));
  return NOTIMPL;
}

static void instance_print(Buf* b, Val self, bool as_repr) {
  Type* t = self->type;
  Val f = nullptr;
  if (!as_repr) f = lookup_special(t, Q(__str__));
  if (!f) f = lookup_special(t, Q(__repr__));
  if (f) {
    Val r = call_special(f, self, 0, nullptr);
    if (!r) return;
    if (!is_str(r)) {
      raise(&TypeError_type, "__str__ returned non-string (type %s)", type_cname(r));
      return;
    }
    buf_add(b, str_data(r), str_len(r));
    return;
  }
  Type* nt = native_of(t);
  if (nt->print && nt != &object_type) {
    nt->print(b, native_self(nt, self), as_repr);
    return;
  }
  Val mod = dict_get_str((Val)t->dict, Q(__module__));
  if (mod && is_str(mod) && strcmp(str_data(mod), "builtins") != 0)
    buf_printf(b, "<%s.%s object at %p>", str_data(mod), t->name, (void*)self);
  else buf_printf(b, "<%s object at %p>", t->name, (void*)self);
}

static Val instance_call(Val self, int npos, int nkw, const Val* args) {
  Type* t = self->type;
  Val f = lookup_special(t, Q(__call__));
  if (!f) {
    Type* nt = native_of(t);
    if (nt->call) return nt->call(self, npos, nkw, args);
    return raise(&TypeError_type, "'%s' object isn't callable", t->name);
  }
  size_t n = 1 + npos + 2 * nkw;
  Val local[12];
  Val* buf = n <= 12 ? local : (Val*)gc_alloc(n * sizeof(Val));
  if (!buf) return raise_no_memory();
  buf[0] = self;
  for (int i = 0; i < npos + 2 * nkw; i++) buf[i + 1] = args[i];
  return call(f, npos + 1, nkw, buf);
}

static Val instance_subscr(Val self, Val idx, Val v) {
  Type* t = self->type;
  Val name = !v ? Q(__getitem__) : v == DELETE_VAL ? Q(__delitem__) : Q(__setitem__);
  Val f = lookup_special(t, name);
  if (f) {
    Val args[2] = {idx, v};
    Val r = call_special(f, self, v && v != DELETE_VAL ? 2 : 1, args);
    return r;
  }
  Type* nt = native_of(t);
  if (nt->subscr) return nt->subscr(self, idx, v);
  if (!v) return raise(&TypeError_type, "'%s' object isn't subscriptable", t->name);
  return raise(&TypeError_type, "'%s' object doesn't support item assignment", t->name);
}

Val seq_iter_new(Val seq);

static Val instance_iter(Val self) {
  Type* t = self->type;
  Val f = lookup_special(t, Q(__iter__));
  if (f) {
    Val r = call_special(f, self, 0, nullptr);
    if (r && !type_of(r)->next)
      return raise(&TypeError_type, "iter() returned non-iterator of type '%s'", type_cname(r));
    return r;
  }
  Type* nt = native_of(t);
  if (nt->iter) return nt->iter(self);
  if (lookup_special(t, Q(__getitem__))) return seq_iter_new(self);
  return raise(&TypeError_type, "'%s' object isn't iterable", t->name);
}

static Val instance_next(Val self) {
  Type* t = self->type;
  Val f = lookup_special(t, Q(__next__));
  if (f) {
    Val r = call_special(f, self, 0, nullptr);
    if (!r && exc_matches(exc_pending(), (Val)&StopIteration_type)) {
      exc_take();
      return STOP;
    }
    return r;
  }
  Type* nt = native_of(t);
  if (nt->next) return nt->next(self);
  return raise(&TypeError_type, "'%s' object isn't an iterator", t->name);
}

// ---- C3 linearisation -------------------------------------------------------------------
static Val compute_mro(Type* t, Val bases) {
  size_t nb = tuple_len(bases);
  // sequences to merge: each base's mro, then the bases list
  Val seqs = list_new(0);
  if (!seqs) return nullptr;
  for (size_t i = 0; i < nb; i++) {
    Tuple* bm = type_mro((Type*)tuple_items(bases)[i]);
    Val l = bm ? list_from(bm->len, bm->items) : nullptr;
    if (!l || list_append(seqs, l) < 0) return nullptr;
  }
  Val bl = list_from(nb, tuple_items(bases));
  if (!bl || list_append(seqs, bl) < 0) return nullptr;
  Val out = list_new(0);
  if (!out || list_append(out, (Val)t) < 0) return nullptr;
  List* S = (List*)seqs;
  for (;;) {
    bool any = false;
    for (size_t i = 0; i < S->len; i++)
      if (((List*)S->items[i])->len) any = true;
    if (!any) break;
    Val cand = nullptr;
    for (size_t i = 0; i < S->len && !cand; i++) {
      List* s = (List*)S->items[i];
      if (!s->len) continue;
      Val c = s->items[0];
      bool in_tail = false;
      for (size_t j = 0; j < S->len && !in_tail; j++) {
        List* s2 = (List*)S->items[j];
        for (size_t k = 1; k < s2->len; k++)
          if (s2->items[k] == c) { in_tail = true; break; }
      }
      if (!in_tail) cand = c;
    }
    if (!cand) return raise(&TypeError_type, "Cannot create a consistent method resolution order (MRO)");
    if (list_append(out, cand) < 0) return nullptr;
    for (size_t i = 0; i < S->len; i++) {
      List* s = (List*)S->items[i];
      if (s->len && s->items[0] == cand) {
        memmove(s->items, s->items + 1, (s->len - 1) * sizeof(Val));
        s->len--;
      }
    }
  }
  return tuple_from(((List*)out)->len, ((List*)out)->items);
}

static void update_user_flags(Type* t) {
  if (lookup_special(t, Q(__getattr__))) t->flags |= TF_HAS_GETATTR;
  if (lookup_special(t, Q(__setattr__)) || lookup_special(t, Q(__delattr__))) t->flags |= TF_HAS_SETATTR;
  if (lookup_special(t, Q(__call__))) t->call = instance_call;
  if (lookup_special(t, Q(__getitem__)) || lookup_special(t, Q(__setitem__)) || lookup_special(t, Q(__delitem__)))
    t->subscr = instance_subscr;
  if (lookup_special(t, Q(__iter__))) t->iter = instance_iter;
  if (lookup_special(t, Q(__next__))) t->next = instance_next;
}

static Val make_class(Type* meta, Val name, Val bases, Val ns);

// The bases of a class statement that names none, shared by all such classes.
static Tuple object_bases = {&tuple_type, 1, {(Val)&object_type}};

Val type_new_user(Val name, Val bases, Val dict) { return make_class(&type_type, name, bases, dict); }

static Val make_class(Type* meta, Val name, Val bases, Val ns) {
  if (!is_str(name)) return raise(&TypeError_type, "type.__new__() argument 1 must be str");
  if (tuple_len(bases) == 0) bases = (Val)&object_bases;
  Type* layout = nullptr;  // the base that decides the instance layout
  for (size_t i = 0; i < tuple_len(bases); i++) {
    Val b = tuple_items(bases)[i];
    if (is_small(b) || !isinst(b, &type_type)) return raise(&TypeError_type, "bases must be types");
    Type* bt = (Type*)b;
    if (!(bt->flags & (TF_BASETYPE | TF_USER)) && bt != &object_type)
      return raise(&TypeError_type, "type '%s' is not an acceptable base type", bt->name);
    Type* bn = native_of(bt);
    if (bn != &object_type) {
      if (layout && native_of(layout) != bn && !is_subtype(bn, native_of(layout)) && !is_subtype(native_of(layout), bn))
        return raise(&TypeError_type, "multiple bases have instance lay-out conflict");
      if (!layout || is_subtype(bn, native_of(layout))) layout = bt;
    }
  }
  if (!layout) layout = (Type*)tuple_items(bases)[0];
  size_t tsize = meta->instance_size > sizeof(Type) ? meta->instance_size : sizeof(Type);
  Type* t = (Type*)gc_alloc(tsize);
  if (!t) return raise_no_memory();
  Type* nt = native_of(layout);
  t->base.type = meta;
  t->qname = str_intern_val(name);
  if (!t->qname) return nullptr;
  t->name = str_data(t->qname);
  t->base_type = layout;
  t->bases = (Tuple*)bases;
  t->native = nt;
  t->flags = TF_USER | TF_BASETYPE | (nt->flags & (TF_EXCEPTION | TF_GETATTR_FALLBACK));
  t->instance_size = layout->instance_size;
  t->dict_offset = layout->dict_offset;
  if (!t->dict_offset) {
    size_t base_size = layout->instance_size ? layout->instance_size : sizeof(Obj);
    if (nt == &tuple_type) {
      // variable-size: the dict pointer sits after the items (Tuple's one built-in item slot
      // is the spare one, see tuple_make_new)
      t->dict_offset = DICT_AFTER_TUPLE_ITEMS;
      base_size = 0;
    }
    if (base_size) {
      t->dict_offset = (int16_t)base_size;
      t->instance_size = (uint32_t)(base_size + sizeof(Dict*));
    }
  }
  Map* m = &((Dict*)ns)->map;
  t->dict = (Dict*)dict_new(m->used);
  if (!t->dict) return nullptr;
  for (uint32_t i = 0; i < m->n; i++) {
    if (!m->entries[i].key) continue;
    Val k = m->entries[i].key;
    Val v = m->entries[i].value;
    if (is_str(k)) k = str_intern_val(k);
    if (k == Q(__new__) && !is_small(v) && v->type == &func_type) {
      StaticMethod* sm = (StaticMethod*)alloc_obj(&staticmethod_type, sizeof(StaticMethod));
      if (!sm) return nullptr;
      sm->f = v;
      v = (Val)sm;
    }
    if ((k == Q(__init_subclass__) || k == Q(__class_getitem__)) && !is_small(v) && v->type == &func_type) {
      StaticMethod* cm = (StaticMethod*)alloc_obj(&classmethod_type, sizeof(StaticMethod));
      if (!cm) return nullptr;
      cm->f = v;
      v = (Val)cm;
    }
    if (dict_set((Val)t->dict, k, v) < 0) return nullptr;
  }
  Val mro = compute_mro(t, bases);
  if (!mro) return nullptr;
  t->mro = (Tuple*)mro;
  type_cache_invalidate();
  t->print = instance_print;
  t->binop = instance_binop;
  t->unop = instance_unop;
  t->make_new = nt->make_new;
  t->getattr = nt->getattr;
  t->setattr = nt->setattr;
  t->call = nt->call;
  t->subscr = nt->subscr;
  t->iter = nt->iter;
  t->next = nt->next;
  t->getbuffer = nt->getbuffer;
  update_user_flags(t);
  Val mod = dict_get_str((Val)t->dict, Q(__module__));
  t->module = mod;
  // __set_name__ on descriptors
  for (uint32_t i = 0; i < ((Dict*)t->dict)->map.n; i++) {
    MapEntry* e = &((Dict*)t->dict)->map.entries[i];
    if (!e->key || is_small(e->value)) continue;
    Type* vt = e->value->type;
    if (!(vt->flags & TF_USER)) continue;
    Val sn = type_lookup(vt, Q(__set_name__));
    if (sn) {
      Val args[3] = {e->value, (Val)t, e->key};
      if (!call(sn, 3, 0, args)) return nullptr;
    }
  }
  // __init_subclass__ of the parent
  for (size_t i = 1; i < t->mro->len; i++) {
    Type* p = (Type*)t->mro->items[i];
    if (!(p->flags & TF_USER)) continue;
    Val isc = dict_get_str((Val)p->dict, Q(__init_subclass__));
    if (isc) {
      Val f = !is_small(isc) && (isc->type == &classmethod_type || isc->type == &staticmethod_type) ? ((StaticMethod*)isc)->f : isc;
      if (!call1(f, (Val)t)) return nullptr;
      break;
    }
  }
  return (Val)t;
}

// ---- type slots -------------------------------------------------------------------------------
static void type_print(Buf* b, Val v, bool r) {
  Type* t = (Type*)v;
  if (t->flags & TF_USER) {
    Val mod = t->module;
    if (mod && is_str(mod) && strcmp(str_data(mod), "builtins") != 0) {
      buf_printf(b, "<class '%s.%s'>", str_data(mod), t->name);
      return;
    }
  }
  buf_printf(b, "<class '%s'>", t->name);
}

static Val type_call(Val self, int npos, int nkw, const Val* args) {
  Type* t = (Type*)self;
  if (t == &type_type || (is_subtype(t, &type_type) && npos == 3 && !lookup_special(t, Q(__new__)) && false)) {
    if (npos == 1 && nkw == 0) return (Val)type_of(args[0]);
    if (npos != 3) return raise(&TypeError_type, "type() takes 1 or 3 arguments");
    if (!isinst(args[1], &tuple_type) || !isinst(args[2], &dict_type)) return raise(&TypeError_type, "type() argument types");
    return make_class(t, args[0], args[1], args[2]);
  }
  Val obj;
  Val newf = (t->flags & TF_USER) ? lookup_special(t, Q(__new__)) : nullptr;
  Val initf = (t->flags & TF_USER) ? lookup_special(t, Q(__init__)) : nullptr;
  if (newf) {
    Val f = !is_small(newf) && newf->type == &staticmethod_type ? ((StaticMethod*)newf)->f : newf;
    size_t n = 1 + npos + 2 * nkw;
    Val local[12];
    Val* buf = n <= 12 ? local : (Val*)gc_alloc(n * sizeof(Val));
    if (!buf) return raise_no_memory();
    buf[0] = self;
    for (int i = 0; i < npos + 2 * nkw; i++) buf[i + 1] = args[i];
    obj = call(f, npos + 1, nkw, buf);
  } else {
    Type* nt = native_of(t);
    if (!t->make_new) return raise(&TypeError_type, "cannot create '%s' instances", t->name);
    if ((t->flags & TF_USER) && nt == &object_type) {
      if (!initf && (npos || nkw)) return raise(&TypeError_type, "function takes 0 positional arguments but %d were given", npos);
      obj = instance_new(t);
    } else if ((t->flags & TF_USER) && initf && !(t->flags & TF_EXCEPTION) && nt != &type_type) {
      obj = t->make_new(t, 0, 0, nullptr);
    } else if ((t->flags & TF_USER) && nt == &type_type) {
      if (npos != 3) return raise(&TypeError_type, "type() takes 1 or 3 arguments");
      obj = make_class(t, args[0], args[1], args[2]);
      if (obj && initf) {
        Val r = call_special(initf, obj, 3, args);
        if (!r) return nullptr;
      }
      return obj;
    } else obj = t->make_new(t, npos, nkw, args);
  }
  if (!obj) return nullptr;
  if (initf && isinst(obj, t)) {
    size_t n = 1 + npos + 2 * nkw;
    Val local[12];
    Val* buf = n <= 12 ? local : (Val*)gc_alloc(n * sizeof(Val));
    if (!buf) return raise_no_memory();
    buf[0] = obj;
    for (int i = 0; i < npos + 2 * nkw; i++) buf[i + 1] = args[i];
    Val r = call(initf, npos + 1, nkw, buf);
    if (!r) return nullptr;
    if (r != None) return raise(&TypeError_type, "__init__() should return None, not '%s'", type_cname(r));
  }
  return obj;
}

static Val class_attr_bind(Type* t, Val a) {
  if (is_small(a)) return a;
  if (a->type == &classmethod_type) return bound_method_new((Val)t, ((StaticMethod*)a)->f);
  if (a->type == &staticmethod_type) return ((StaticMethod*)a)->f;
  if (a->type == &native_func_type && (((NativeFunc*)a)->flags & NF_CLASSMETHOD)) return bound_method_new((Val)t, a);
  if ((a->type->flags & TF_USER)) {
    Val get = type_lookup(a->type, Q(__get__));
    if (get) {
      Val args[3] = {a, None, (Val)t};
      return call(get, 3, 0, args);
    }
  }
  return a;
}

Val class_method_function(Type* t, Val name) {
  if (name == Q(__name__) || name == Q(__qualname__) || name == Q(__bases__) || name == Q(__mro__) ||
      name == Q(__dict__) || name == Q(__class__))
    return nullptr;  // type_getattr answers these before it looks in the class
  Val a = type_lookup(t, name);
  if (!a || is_small(a)) return nullptr;
  if (a->type == &classmethod_type) return ((StaticMethod*)a)->f;
  if (a->type == &native_func_type && (((NativeFunc*)a)->flags & NF_CLASSMETHOD)) return a;
  return nullptr;
}

static Val type_getattr(Val self, Val name) {
  Type* t = (Type*)self;
  if (name == Q(__name__) || name == Q(__qualname__)) return type_qname(t);
  if (name == Q(__bases__)) {
    if (t == &object_type) return (Val)&empty_tuple;
    return (Val)type_bases(t);
  }
  if (name == Q(__mro__)) return (Val)type_mro(t);
  if (name == Q(__dict__)) return (t->flags & TF_USER) ? (Val)t->dict : native_type_dict_copy(t);
  if (name == Q(__class__)) return (Val)type_of(self);
  Val a = type_lookup(t, name);
  if (a) return class_attr_bind(t, a);
  for (Type* k = t; k; k = k->base_type) {
    if (!k->class_getattr) continue;
    a = k->class_getattr(self, name);
    if (a || exc_pending()) return a;
    break;
  }
  if (name == Q(__module__)) return str_intern_cstr("builtins");
  if (name == Q(__doc__)) return None;
  // metaclass attributes (methods of type or of a user metaclass)
  Type* meta = type_of(self);
  Val m = type_lookup(meta, name);
  if (m) {
    if (!is_small(m) && (m->type == &func_type || m->type == &native_func_type)) return bound_method_new(self, m);
    if (!is_small(m) && m->type == &property_type) return call1(((Property*)m)->fget, self);
    return m;
  }
  return nullptr;
}

static int type_setattr(Val self, Val name, Val v) {
  Type* t = (Type*)self;
  if (!(t->flags & TF_USER)) {
    raise(&TypeError_type, "can't set attributes of built-in/extension type '%s'", t->name);
    return -1;
  }
  int r;
  if (v) r = dict_set((Val)t->dict, name, v);
  else {
    r = dict_del((Val)t->dict, name);
    if (r == 1) {
      raise(&AttributeError_type, "type object '%s' has no attribute '%s'", t->name, str_data(name));
      return -1;
    }
  }
  type_cache_invalidate();
  if (r == 0) update_user_flags(t);
  return r;
}

static Val type_binop(int op, Val a, Val b) {
  if (op == OP_OR || op == (OP_OR | OP_REVERSED)) return a;  // typing unions: int | None
  return NOTIMPL;
}

static Val type_mro_m(int npos, int nkw, const Val* a) {
  Tuple* m = type_mro((Type*)a[0]);
  return m ? list_from(m->len, m->items) : nullptr;
}
static Val type_subclasses(int npos, int nkw, const Val* a) { return list_new(0); }

static Val type_new_m(int npos, int nkw, const Val* a) {
  if (npos == 2) return (Val)type_of(a[1]);
  if (npos != 4) return raise(&TypeError_type, "type() takes 1 or 3 arguments");
  if (is_small(a[0]) || !isinst(a[0], &type_type)) return raise(&TypeError_type, "type.__new__(X): X is not a type object");
  if (!isinst(a[2], &tuple_type) || !isinst(a[3], &dict_type)) return raise(&TypeError_type, "type() argument types");
  return make_class((Type*)a[0], a[1], a[2], a[3]);
}
static Val type_init_m(int npos, int nkw, const Val* a) { return None; }

static const TypeMethod<&type_type> type_methods[] = {
  {"__new__", type_new_m, 2, 4, NF_STATIC | NF_KW},
  {"__init__", type_init_m, 1, -1, NF_KW},
  {"mro", type_mro_m, 1, 1, 0},
  {"__subclasses__", type_subclasses, 1, 1, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- object -----------------------------------------------------------------------------------
// Built-in types with their own C layout (function, code, iterators...) that have no
// constructor of their own must not get a plain instance in their place.
static Val object_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (native_of(t) != &object_type) return raise(&TypeError_type, "cannot create '%s' instances", t->name);
  return instance_new(t);
}
static Val object_init(int npos, int nkw, const Val* args) { return None; }
static Val object_new(int npos, int nkw, const Val* args) {
  if (npos < 1 || is_small(args[0]) || !isinst(args[0], &type_type)) return raise(&TypeError_type, "object.__new__(X): X is not a type object");
  Type* t = (Type*)args[0];
  Type* nt = native_of(t);
  if (nt != &object_type && nt->make_new) return nt->make_new(t, npos - 1, nkw, args + 1);
  return instance_new(t);
}
static Val object_repr(int npos, int nkw, const Val* args) {
  Val self = args[0];
  Type* t = type_of(self);
  return str_from_printf("<%s object at %p>", t->name, (void*)self);
}
static Val object_eq(int npos, int nkw, const Val* args) { return args[0] == args[1] ? True_ : NOTIMPL; }
static Val object_ne(int npos, int nkw, const Val* args) { return args[0] != args[1] ? True_ : False_; }
static Val object_hash(int npos, int nkw, const Val* args) { return small((intptr_t)((uintptr_t)args[0] >> 4) & SMALL_MAX); }
static Val object_setattr(int npos, int nkw, const Val* args) {
  if (!is_str(args[1])) return raise(&TypeError_type, "attribute name must be string");
  Val n = str_intern_val(args[1]);
  return n && generic_setattr(args[0], n, args[2]) == 0 ? None : nullptr;
}
static Val object_delattr(int npos, int nkw, const Val* args) {
  Val n = str_intern_val(args[1]);
  return n && generic_setattr(args[0], n, nullptr) == 0 ? None : nullptr;
}
static Val object_getattribute(int npos, int nkw, const Val* args) {
  Val n = str_intern_val(args[1]);
  if (!n) return nullptr;
  Val r = generic_getattr(args[0], n);
  if (!r && !exc_pending())
    return raise(&AttributeError_type, "'%s' object has no attribute '%s'", type_cname(args[0]), str_data(n));
  return r;
}
static Val object_init_subclass(int npos, int nkw, const Val* args) { return None; }
static Val object_format(int npos, int nkw, const Val* args) {
  if (str_len(args[1])) return raise(&TypeError_type, "unsupported format string passed to %s.__format__", type_cname(args[0]));
  return str_of(args[0]);
}

static const TypeMethod<&object_type> object_methods[] = {
  {"__init__", object_init, 1, -1, NF_KW},
  {"__new__", object_new, 1, -1, NF_KW | NF_STATIC},
  {"__repr__", object_repr, 1, 1, 0},
  {"__str__", object_repr, 1, 1, 0},
  {"__eq__", object_eq, 2, 2, 0},
  {"__ne__", object_ne, 2, 2, 0},
  {"__hash__", object_hash, 1, 1, 0},
  {"__setattr__", object_setattr, 3, 3, 0},
  {"__delattr__", object_delattr, 2, 2, 0},
  {"__getattribute__", object_getattribute, 2, 2, 0},
  {"__init_subclass__", object_init_subclass, 1, 1, NF_CLASSMETHOD},
  {"__format__", object_format, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// ---- super ------------------------------------------------------------------------------------
static Val super_make_new(Type* t, int npos, int nkw, const Val* args) {
  Val cls, obj;
  if (npos == 0) {
    Frame* f = ts.frame;
    if (!f || f->code->class_slot < 0 || f->code->nparams + f->code->nkwonly + ((f->code->flags & CO_VARARGS) ? 1 : 0) == 0)
      return raise(&RuntimeError_type, "super(): no arguments");
    Cell* c = (Cell*)frame_slots(f)[f->code->class_slot];
    if (!c || !c->v) return raise(&RuntimeError_type, "super(): __class__ cell not found");
    cls = c->v;
    obj = frame_slots(f)[0];
    if (obj && !is_small(obj) && obj->type == &closure_cell_type) obj = ((Cell*)obj)->v;
    if (!obj) return raise(&RuntimeError_type, "super(): no arguments");
  } else if (npos == 2) {
    cls = args[0];
    obj = args[1];
  } else if (npos == 1) {
    cls = args[0];
    obj = None;
  } else return raise(&TypeError_type, "super() takes at most 2 arguments");
  if (is_small(cls) || !isinst(cls, &type_type)) return raise(&TypeError_type, "super() argument 1 must be a type");
  Super* s = (Super*)alloc_obj(&super_type, sizeof(Super));
  if (!s) return nullptr;
  s->cls = (Type*)cls;
  s->obj = obj;
  return (Val)s;
}

// As CPython: <super: <class 'C'>, <T object>>, where T is the object's type (or the object
// itself when it is a class); an unbound super(C) shows NULL.
static void super_print(Buf* b, Val self, bool as_repr) {
  Super* s = (Super*)self;
  buf_printf(b, "<super: <class '%s'>", s->cls->name);
  if (s->obj == None) buf_adds(b, ", NULL>");
  else {
    bool obj_is_type = !is_small(s->obj) && isinst(s->obj, &type_type);
    buf_printf(b, ", <%s object>>", obj_is_type ? ((Type*)s->obj)->name : type_cname(s->obj));
  }
}

static Val super_getattr(Val self, Val name) {
  Super* s = (Super*)self;
  bool obj_is_type = !is_small(s->obj) && isinst(s->obj, &type_type) && isinst(s->obj, &type_type) &&
                     (s->obj == (Val)s->cls || is_subtype((Type*)s->obj, s->cls));
  Type* start = obj_is_type ? (Type*)s->obj : type_of(s->obj);
  Tuple* mro = type_mro(start);
  if (!mro) return nullptr;
  size_t i = 0;
  while (i < mro->len && mro->items[i] != (Val)s->cls) i++;
  for (i++; i < mro->len; i++) {
    Type* k = (Type*)mro->items[i];
    Val a = own_attr(k, name);
    if (!a && (k->flags & TF_SLOT_WRAPPERS) && str_data(name)[0] == '_') a = make_slot_wrapper(k, name);
    if (!a) continue;
    if (is_small(a)) return a;
    if (a->type == &func_type) return obj_is_type ? a : bound_method_new(s->obj, a);
    if (a->type == &native_func_type) {
      NativeFunc* nf = (NativeFunc*)a;
      if (nf->flags & NF_STATIC) return a;
      if (nf->flags & NF_CLASSMETHOD) return bound_method_new(obj_is_type ? s->obj : (Val)type_of(s->obj), a);
      return obj_is_type ? a : bound_method_new(s->obj, a);
    }
    if (a->type == &classmethod_type) return bound_method_new(obj_is_type ? s->obj : (Val)type_of(s->obj), ((StaticMethod*)a)->f);
    if (a->type == &staticmethod_type) return ((StaticMethod*)a)->f;
    if (a->type == &property_type && !obj_is_type) return call1(((Property*)a)->fget, s->obj);
    return a;
  }
  return nullptr;
}

// ---- property / staticmethod / classmethod --------------------------------------------------
static Val property_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count("property", npos, 0, 4)) return nullptr;
  Property* p = (Property*)alloc_obj(&property_type, sizeof(Property));
  if (!p) return nullptr;
  p->fget = npos > 0 ? args[0] : kw_arg(npos, nkw, args, Q(fget));
  p->fset = npos > 1 ? args[1] : kw_arg(npos, nkw, args, Q(fset));
  p->fdel = npos > 2 ? args[2] : kw_arg(npos, nkw, args, Q(fdel));
  p->doc = npos > 3 ? args[3] : kw_arg(npos, nkw, args, Q(doc));
  return (Val)p;
}
static Val property_copy(Val self, int which, Val f) {
  Property* o = (Property*)self;
  Property* p = (Property*)alloc_obj(&property_type, sizeof(Property));
  if (!p) return nullptr;
  *p = *o;
  if (which == 0) p->fget = f;
  else if (which == 1) p->fset = f;
  else p->fdel = f;
  return (Val)p;
}
static Val prop_getter(int npos, int nkw, const Val* a) { return property_copy(a[0], 0, a[1]); }
static Val prop_setter(int npos, int nkw, const Val* a) { return property_copy(a[0], 1, a[1]); }
static Val prop_deleter(int npos, int nkw, const Val* a) { return property_copy(a[0], 2, a[1]); }
static Val prop_fget(Val self) { Val f = ((Property*)self)->fget; return f ? f : None; }
static Val prop_fset(Val self) { Val f = ((Property*)self)->fset; return f ? f : None; }
static const TypeMethod<&property_type> property_methods[] = {
  {"getter", prop_getter, 2, 2, 0}, {"setter", prop_setter, 2, 2, 0}, {"deleter", prop_deleter, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

static Val wrapper_make_new(Type* t, int npos, int nkw, const Val* args) {
  if (!arg_count(t->name, npos, 1, 1)) return nullptr;
  StaticMethod* s = (StaticMethod*)alloc_obj(t, sizeof(StaticMethod));
  if (!s) return nullptr;
  s->f = args[0];
  return (Val)s;
}
static Val wrapper_func(Val self) { return ((StaticMethod*)self)->f; }
static Val staticmethod_call(Val self, int npos, int nkw, const Val* args) { return call(((StaticMethod*)self)->f, npos, nkw, args); }

// ---- module ------------------------------------------------------------------------------------
Val module_new(Val name) {
  Module* m = (Module*)alloc_obj(&module_type, sizeof(Module));
  if (!m) return nullptr;
  m->dict = (Dict*)dict_new(8);
  if (!m->dict) return nullptr;
  m->name = name;
  if (dict_set((Val)m->dict, Q(__name__), name) < 0) return nullptr;
  return (Val)m;
}
// module(name[, doc]), as types.ModuleType: an empty module of that name.
static Val module_make_new(Type*, int npos, int nkw, const Val* args) {
  if (nkw || npos < 1 || npos > 2) return raise(&TypeError_type, "module() takes 1 or 2 positional arguments");
  if (!is_str(args[0])) return raise(&TypeError_type, "module() argument 1 must be str");
  Val name = str_intern_val(args[0]);
  return name ? module_new(name) : nullptr;
}
// A row of a module's ROM function table.
static Val const_value(const ModuleConst* c) { return c->obj ? (Val)c->obj : small(c->small_int); }

static Val module_table_attr(Module* m, Val name) {
  const char* n = str_data(name);
  size_t len = str_len(name);
  for (const MethodDef* r = m->fns; r && r->name; r++)
    if (row_name_is(r->name, n, len)) return (Val)r;
  for (const ModuleConst* c = m->consts; c && c->name; c++)
    if (row_name_is(c->name, n, len)) return const_value(c);
  return m->find ? m->find(name) : nullptr;
}

static bool module_has_tables(Module* m) { return m->fns || m->consts || m->find; }

Dict* module_dict(Val mod) {
  Module* m = (Module*)mod;
  if (!module_has_tables(m)) return m->dict;
  // a script wants the whole namespace: copy the table rows in (once)
  Val d = (Val)m->dict;
  if (!dict_get_str(d, Q(__name__)) && dict_set(d, Q(__name__), m->name) < 0) return nullptr;
  for (const MethodDef* r = m->fns; r && r->name; r++) {
    Val n = str_intern_cstr(r->name);
    if (!n || (!dict_get_str(d, n) && dict_set(d, n, (Val)r) < 0)) return nullptr;
  }
  m->fns = nullptr;
  for (const ModuleConst* c = m->consts; c && c->name; c++) {
    Val n = str_intern_cstr(c->name);
    if (!n || (!dict_get_str(d, n) && dict_set(d, n, const_value(c)) < 0)) return nullptr;
  }
  m->consts = nullptr;
  if (m->find && !builtins_copy_into(d)) return nullptr;
  m->find = nullptr;
  return m->dict;
}

static Val module_getattr(Val self, Val name) {
  Module* m = (Module*)self;
  Val v = dict_get_str((Val)m->dict, name);
  if (v) return v;
  if (module_has_tables(m)) {
    v = module_table_attr(m, name);
    if (v) return v;
    if (name == Q(__name__)) return m->name;
  }
  if (name == Q(__dict__)) return (Val)module_dict(self);
  if (name == Q(__class__)) return (Val)&module_type;
  Val ga = dict_get_str((Val)m->dict, Q(__getattr__));
  if (ga && name != Q(__getattr__)) return call1(ga, name);
  return nullptr;
}
const char* const MODULE_READ_ONLY[] = {nullptr};

static bool module_may_store(Module* m, Val name) {
  if (!m->store_names) return true;
  for (const char* const* n = m->store_names; *n; n++)
    if (!strcmp(*n, str_data(name))) return true;
  return false;
}

static int module_setattr(Val self, Val name, Val v) {
  Module* m = (Module*)self;
  if (!module_may_store(m, name)) {
    // MicroPython's message for a store into a built-in module
    raise(&AttributeError_type, "'module' object has no attribute '%s'", str_data(name));
    return -1;
  }
  if (v) return dict_set((Val)m->dict, name, v);
  int r = dict_del((Val)m->dict, name);
  if (r == 1) {
    raise(&AttributeError_type, "module has no attribute '%s'", str_data(name));
    return -1;
  }
  return r;
}
static void module_print(Buf* b, Val v, bool r) {
  Module* m = (Module*)v;
  Val file = m->dict ? dict_get((Val)m->dict, Q(__file__)) : nullptr;
  if (file && is_str(file)) buf_printf(b, "<module '%s' from '%s'>", str_data(m->name), str_data(file));
  else buf_printf(b, "<module '%s'>", str_data(m->name));
}

void module_add(Val module, const char* name, Val v) {
  if (v) dict_set((Val)((Module*)module)->dict, str_intern_cstr(name), v);
}

// A built-in module whose functions stay in their ROM table: the module costs one object
// and an empty dict, which receives what module_add() and scripts store.
Val module_from_table(const char* name, const MethodDef* fns) { return module_from_tables(name, fns, nullptr); }

Val module_from_tables(const char* name, const MethodDef* fns, const ModuleConst* consts) {
  Val n = str_intern_cstr(name);
  if (!n) return nullptr;
  Module* m = (Module*)alloc_obj(&module_type, sizeof(Module));
  if (!m) return nullptr;
  m->dict = (Dict*)dict_new(0);
  if (!m->dict) return nullptr;
  m->name = n;
  m->fns = fns;
  m->consts = consts;
  return (Val)m;
}

// ---- cells and singletons --------------------------------------------------------------------
Val cell_new(Val v) {
  Cell* c = (Cell*)alloc_obj(&closure_cell_type, sizeof(Cell));
  if (!c) return nullptr;
  c->v = v;
  return (Val)c;
}

static void none_print(Buf* b, Val v, bool r) { buf_adds(b, "None"); }
static Val none_unop(int op, Val v) {
  if (op == UN_BOOL) return False_;
  if (op == UN_HASH) return small(0x5eed);
  return NOTIMPL;
}
static Val none_make_new(Type* t, int npos, int nkw, const Val* args) { return None; }
static void ellipsis_print(Buf* b, Val v, bool r) { buf_adds(b, "Ellipsis"); }
static void notimpl_print(Buf* b, Val v, bool r) { buf_adds(b, "NotImplemented"); }
static void getset_print(Buf* b, Val v, bool r) { buf_printf(b, "<attribute '%s'>", ((GetSet*)v)->name); }

Val seq_iter_new(Val seq) { return getiter(seq); }

// ---- special-method wrappers for native types (list.__len__, super().__getitem__ ...) ----------
static Type* slot_owner(Val self) { return native_of(type_of(self)); }
static Val slot_binop(int op, Val self, Val other) {
  Type* t = slot_owner(self);
  if (!t->binop) return NOTIMPL;
  return t->binop(op, native_self(t, self), other);
}
static Val slot_unop(int op, Val self) {
  Type* t = slot_owner(self);
  Val r = t->unop ? t->unop(op, native_self(t, self)) : NOTIMPL;
  if (r == NOTIMPL) return raise(&TypeError_type, "unsupported operation for '%s'", t->name);
  return r;
}
#define PY_BINW(name, op) \
  static Val w_##name(int n, int k, const Val* a) { return slot_binop(op, a[0], a[1]); }
PY_BINW(add, OP_ADD) PY_BINW(sub, OP_SUB) PY_BINW(mul, OP_MUL) PY_BINW(truediv, OP_TRUEDIV)
PY_BINW(floordiv, OP_FLOORDIV) PY_BINW(mod, OP_MOD) PY_BINW(pow, OP_POW) PY_BINW(and, OP_AND) PY_BINW(or, OP_OR)
PY_BINW(xor, OP_XOR) PY_BINW(lshift, OP_LSHIFT) PY_BINW(rshift, OP_RSHIFT) PY_BINW(lt, OP_LT) PY_BINW(le, OP_LE)
PY_BINW(gt, OP_GT) PY_BINW(ge, OP_GE) PY_BINW(eq, OP_EQ) PY_BINW(ne, OP_NE)
PY_BINW(radd, OP_ADD | OP_REVERSED) PY_BINW(rsub, OP_SUB | OP_REVERSED) PY_BINW(rmul, OP_MUL | OP_REVERSED)
PY_BINW(iadd, OP_INPLACE + OP_ADD) PY_BINW(imul, OP_INPLACE + OP_MUL)
#undef PY_BINW
#define PY_UNW(name, op) \
  static Val w_##name(int n, int k, const Val* a) { return slot_unop(op, a[0]); }
PY_UNW(len, UN_LEN) PY_UNW(neg, UN_NEG) PY_UNW(pos, UN_POS) PY_UNW(abs, UN_ABS) PY_UNW(invert, UN_INVERT)
PY_UNW(int, UN_INT) PY_UNW(float, UN_FLOAT) PY_UNW(index, UN_INDEX) PY_UNW(bool, UN_BOOL)
#undef PY_UNW
static Val w_contains(int n, int k, const Val* a) {
  Type* t = slot_owner(a[0]);
  Val r = t->binop ? t->binop(OP_IN, a[0], a[1]) : NOTIMPL;
  if (r == NOTIMPL) return raise(&TypeError_type, "unsupported operation for '%s'", t->name);
  return r;
}
static Val w_getitem(int n, int k, const Val* a) { return slot_owner(a[0])->subscr(a[0], a[1], nullptr); }
static Val w_setitem(int n, int k, const Val* a) {
  Val r = slot_owner(a[0])->subscr(a[0], a[1], a[2]);
  return r ? None : nullptr;
}
static Val w_delitem(int n, int k, const Val* a) {
  Val r = slot_owner(a[0])->subscr(a[0], a[1], DELETE_VAL);
  return r ? None : nullptr;
}
static Val w_iter(int n, int k, const Val* a) { return slot_owner(a[0])->iter(a[0]); }
static Val w_next(int n, int k, const Val* a) {
  Val r = slot_owner(a[0])->next(a[0]);
  if (r == STOP) return raise_obj((Val)&StopIteration_type);
  return r;
}
static Val w_call(int n, int k, const Val* a) { return slot_owner(a[0])->call(a[0], n - 1, k, a + 1); }
static Val w_print(Val self, bool as_repr) {
  Type* t = slot_owner(self);
  Buf b;
  buf_init(&b, 16);
  if (t->print) t->print(&b, native_self(t, self), as_repr);
  else buf_printf(&b, "<%s object at %p>", type_cname(self), (void*)self);
  if (exc_pending()) return nullptr;
  return buf_to_str(&b);
}
static Val w_repr(int n, int k, const Val* a) { return w_print(a[0], true); }
static Val w_str(int n, int k, const Val* a) { return w_print(a[0], false); }

// Creates the wrapper for one special method of a native type (nullptr if the type has
// no such slot). Wrappers are made on first lookup: no start-up heap is spent on them.
static Val make_slot_wrapper(Type* t, Val want) {
  struct W { const char* name; NativeFnPtr fn; int mn, mx; bool present; };
  W ws[] = {
    {"__len__", w_len, 1, 1, t->unop != nullptr}, {"__neg__", w_neg, 1, 1, t->unop != nullptr},
    {"__pos__", w_pos, 1, 1, t->unop != nullptr}, {"__abs__", w_abs, 1, 1, t->unop != nullptr},
    {"__invert__", w_invert, 1, 1, t->unop != nullptr}, {"__int__", w_int, 1, 1, t->unop != nullptr},
    {"__float__", w_float, 1, 1, t->unop != nullptr}, {"__index__", w_index, 1, 1, t == &int_type},
    {"__bool__", w_bool, 1, 1, t->unop != nullptr},
    {"__add__", w_add, 2, 2, t->binop != nullptr}, {"__sub__", w_sub, 2, 2, t->binop != nullptr},
    {"__mul__", w_mul, 2, 2, t->binop != nullptr}, {"__truediv__", w_truediv, 2, 2, t->binop != nullptr},
    {"__floordiv__", w_floordiv, 2, 2, t->binop != nullptr}, {"__mod__", w_mod, 2, 2, t->binop != nullptr},
    {"__pow__", w_pow, 2, 3, t->binop != nullptr}, {"__and__", w_and, 2, 2, t->binop != nullptr},
    {"__or__", w_or, 2, 2, t->binop != nullptr}, {"__xor__", w_xor, 2, 2, t->binop != nullptr},
    {"__lshift__", w_lshift, 2, 2, t->binop != nullptr}, {"__rshift__", w_rshift, 2, 2, t->binop != nullptr},
    {"__lt__", w_lt, 2, 2, t->binop != nullptr}, {"__le__", w_le, 2, 2, t->binop != nullptr},
    {"__gt__", w_gt, 2, 2, t->binop != nullptr}, {"__ge__", w_ge, 2, 2, t->binop != nullptr},
    {"__eq__", w_eq, 2, 2, t->binop != nullptr}, {"__ne__", w_ne, 2, 2, t->binop != nullptr},
    {"__radd__", w_radd, 2, 2, t->binop != nullptr}, {"__rsub__", w_rsub, 2, 2, t->binop != nullptr},
    {"__rmul__", w_rmul, 2, 2, t->binop != nullptr}, {"__iadd__", w_iadd, 2, 2, t->binop != nullptr},
    {"__imul__", w_imul, 2, 2, t->binop != nullptr}, {"__contains__", w_contains, 2, 2, t->binop != nullptr},
    {"__getitem__", w_getitem, 2, 2, t->subscr != nullptr}, {"__setitem__", w_setitem, 3, 3, t->subscr != nullptr},
    {"__delitem__", w_delitem, 2, 2, t->subscr != nullptr}, {"__iter__", w_iter, 1, 1, t->iter != nullptr},
    {"__next__", w_next, 1, 1, t->next != nullptr}, {"__call__", w_call, 1, -1, t->call != nullptr && t != &type_type},
    {"__repr__", w_repr, 1, 1, t->print != nullptr}, {"__str__", w_str, 1, 1, t->print != nullptr},
  };
  for (const W& w : ws) {
    if (!w.present || strcmp(w.name, str_data(want)) != 0) continue;
    NativeFunc* f = (NativeFunc*)native_func_new(w.name, w.fn, w.mn, w.mx, NF_METHOD | (w.fn == w_call ? NF_KW : 0));
    if (!f) {
      exc_take();
      return nullptr;
    }
    f->owner = t;
    Dict* d = type_dict(t);
    if (!d || dict_set((Val)d, want, (Val)f) < 0) {
      exc_take();
      return nullptr;
    }
    type_cache_invalidate();
    return (Val)f;
  }
  return nullptr;
}

void type_add_slot_wrappers(Type* t) { t->flags |= TF_SLOT_WRAPPERS; }


void int_types_init();
void float_types_init();
void str_types_init();
void list_types_init();
void dict_types_init();
void set_types_init();
void func_types_init();
void iter_types_init();
void bytearray_types_init();

static const GetSetDef property_getsets[] = {
  {"fget", prop_fget, nullptr},
  {"fset", prop_fset, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef staticmethod_getsets[] = {
  {"__func__", wrapper_func, nullptr},
  {nullptr, nullptr, nullptr},
};

static const GetSetDef classmethod_getsets[] = {
  {"__func__", wrapper_func, nullptr},
  {nullptr, nullptr, nullptr},
};

void objects_init() {
  // type and object first: every other type refers to them
  type_init(&object_type, "object", nullptr, TF_BASETYPE);
  type_init(&type_type, "type", &object_type, TF_BASETYPE);
  object_type.base.type = &type_type;
  object_type.make_new = object_make_new;
  type_type.print = type_print;
  type_type.call = type_call;
  type_type.getattr = type_getattr;
  type_type.setattr = type_setattr;
  type_type.binop = type_binop;
  type_type.instance_size = sizeof(Type);
  list_types_init();
  dict_types_init();
  type_add_methods(&object_type, object_methods);
  type_add_methods(&type_type, type_methods);
  int_types_init();
  float_types_init();
  str_types_init();
  set_types_init();
  func_types_init();
  iter_types_init();
  bytearray_types_init();

  type_init(&none_type, "NoneType", &object_type, 0);
  none_type.print = none_print;
  none_type.unop = none_unop;
  none_type.make_new = none_make_new;
  type_init(&ellipsis_type, "ellipsis", &object_type, 0);
  ellipsis_type.print = ellipsis_print;
  type_init(&notimpl_type, "NotImplementedType", &object_type, 0);
  notimpl_type.print = notimpl_print;
  type_init(&native_func_type, "builtin_function_or_method", &object_type, 0);
  native_func_type.call = native_call;
  native_func_type.print = native_func_print;
  native_func_type.getattr = native_func_getattr;
  type_init(&bound_method_type, "bound_method", &object_type, 0);
  bound_method_type.print = bound_method_print;
  bound_method_type.getattr = bound_method_getattr;
  bound_method_type.binop = bound_method_binop;
  bound_method_type.unop = bound_method_unop;
  bound_method_type.call = [](Val f, int npos, int nkw, const Val* args) { return call(f, npos, nkw, args); };
  type_init(&closure_cell_type, "cell", &object_type, 0);
  type_init(&getset_type, "getset_descriptor", &object_type, 0);
  getset_type.print = getset_print;
  type_init(&super_type, "super", &object_type, 0);
  super_type.make_new = super_make_new;
  super_type.getattr = super_getattr;
  super_type.print = super_print;
  type_init(&property_type, "property", &object_type, TF_BASETYPE);
  property_type.make_new = property_make_new;
  type_add_methods(&property_type, property_methods);
  type_set_getset_table(&property_type, property_getsets);
  type_init(&staticmethod_type, "staticmethod", &object_type, 0);
  staticmethod_type.make_new = wrapper_make_new;
  staticmethod_type.call = staticmethod_call;
  type_set_getset_table(&staticmethod_type, staticmethod_getsets);
  type_init(&classmethod_type, "classmethod", &object_type, 0);
  classmethod_type.make_new = wrapper_make_new;
  type_set_getset_table(&classmethod_type, classmethod_getsets);
  type_init(&module_type, "module", &object_type, 0);
  module_type.getattr = module_getattr;
  module_type.setattr = module_setattr;
  module_type.print = module_print;
  module_type.make_new = module_make_new;
  true_obj.type = &bool_type;
  false_obj.type = &bool_type;
}

// Adds the names defined by k itself to dict d, with value v (nullptr: the attribute).
// Adds the entries of `src` to dict d, with value v (nullptr: the entry's own value).
static bool add_entries(Val d, Dict* src, Val v) {
  Map* m = &src->map;
  for (uint32_t j = 0; j < m->n; j++)
    if (m->entries[j].key && dict_set(d, m->entries[j].key, v ? v : m->entries[j].value) < 0) return false;
  return true;
}

static bool add_own_attrs(Val d, Type* k, Val v) {
  if (k->dict && !add_entries(d, k->dict, v)) return false;
  for (const MethodDef* r = k->methods; r && r->name; r++) {
    Val n = str_intern_cstr(r->name);
    if (!n || (!dict_get_str(d, n) && dict_set(d, n, v ? v : (Val)r) < 0)) return false;
  }
  for (const GetSetDef* r = k->getsets; r && r->name; r++) {
    Val n = str_intern_cstr(r->name);
    if (!n || (!dict_get_str(d, n) && dict_set(d, n, v ? v : (Val)r) < 0)) return false;
  }
  return true;
}

// __dict__ of a native type: a snapshot of its own attributes (CPython gives a read-only proxy).
static Val native_type_dict_copy(Type* t) {
  Val d = dict_new(0);
  return d && add_own_attrs(d, t, nullptr) ? d : nullptr;
}

// Names a type's dir hook lists, merged into the `names` dict.
static bool dir_add_hook(Val names, Type* owner, Val o) {
  Val l = list_new(0);
  if (!l || !owner->dir(owner, o, l)) return false;
  List* list = (List*)l;
  for (size_t i = 0; i < list->len; i++)
    if (dict_set(names, list->items[i], None) < 0) return false;
  return true;
}

Val dir_of(Val o) {
  Val d = dict_new(0);
  if (!d) return nullptr;
  bool is_type_obj = !is_small(o) && isinst(o, &type_type);
  Type* ot = type_of(o);
  // Instances of a final type with a hook (an embedder's module or constant group) are
  // listed by the hook alone, as a module lists only its own names.
  if (!is_type_obj && ot->dir && !(ot->flags & TF_BASETYPE)) {
    if (!dir_add_hook(d, ot, o)) return nullptr;
  } else {
    Dict** dp = instance_dict_ptr(o);
    if (ot == &module_type) {
      if (!module_dict(o)) return nullptr;
      dp = &((Module*)o)->dict;
    }
    if (dp && *dp && !add_entries(d, *dp, None)) return nullptr;
    Type* t = is_type_obj ? (Type*)o : ot;
    if (ot != &module_type) {
      size_t i = 0;
      for (Type* k = t; k; k = next_in_mro(t, k, &i)) {
        if (!add_own_attrs(d, k, None)) return nullptr;
        if (k->dir && !dir_add_hook(d, k, o)) return nullptr;
      }
    }
  }
  Val l = list_new(0);
  if (!l) return nullptr;
  Map* m = &((Dict*)d)->map;
  for (uint32_t i = 0; i < m->n; i++)
    if (m->entries[i].key && list_append(l, m->entries[i].key) < 0) return nullptr;
  if (!list_sort(l, nullptr, false)) return nullptr;
  return l;
}

}  // namespace py
