// Compiler: AST -> bytecode. Two passes: a scope analysis (which names are fast locals,
// cells, free variables or globals), then code generation with compile-time unwinding of
// try/finally, with and loops for return/break/continue. A top-level def or class comes a
// body statement at a time and is read twice, once for each pass (compile_top_stmt).
#include "bytecode.h"
#include "compile.h"
#include "runtime.h"

namespace py {

namespace {

// ---- growable arrays in the GC heap --------------------------------------------------
// Grows an array of *cap items of `size` bytes: by half (a failed in-place growth needs old
// and new at once), or in a full heap by a few items, which may still find a hole.
bool grow_items(void** items, uint32_t* cap, size_t size) {
  uint32_t nc = *cap ? *cap + *cap / 2 : 8;
  void* p = gc_realloc(*items, nc * size);
  if (!p && *cap && nc > *cap + 4) p = gc_realloc(*items, (nc = *cap + 4) * size);
  if (!p) return false;
  *items = p;
  *cap = nc;
  return true;
}

template <class T>
struct Vec {
  T* items = nullptr;
  uint32_t n = 0, cap = 0;
  bool push(const T& x) {
    if (n == cap && !grow_items((void**)&items, &cap, sizeof(T))) return false;
    items[n++] = x;
    return true;
  }
  T& operator[](uint32_t i) { return items[i]; }
};

// Moves a block of `bytes` into the lowest hole that fits, where that is below it. False
// when no hole is free at all (the caller stops trying: each failure costs a collection).
bool sink_block(void** block, size_t bytes, bool atomic) {
  if (!*block) return true;
  void* c = gc_alloc_lasting(bytes, atomic);
  if (!c) return false;
  if (c > *block) {
    gc_free(c);
    return true;
  }
  memcpy(c, *block, bytes);
  gc_free(*block);
  *block = c;
  return true;
}

// A growing byte array kept in fixed-size chunks: appending never needs a contiguous block
// bigger than a chunk. A function's bytecode grows to a KB or more while the heap around it
// fills with code objects and names, and one contiguous array that must grow then finds no
// hole in a small fragmented heap (the 150-line program on a 16 KB board). Chunks of 64 bytes
// (not 256) fit the small holes between code objects, and a short function's bytecode or a
// line table wastes less of its last one.
constexpr uint32_t BYTE_CHUNK = 64;
struct ChunkedBytes {
  Vec<uint8_t*> chunks;
  uint32_t n = 0;
  bool push(uint8_t b) {
    if (n == chunks.n * BYTE_CHUNK) {
      uint8_t* c = (uint8_t*)gc_alloc_atomic(BYTE_CHUNK);
      if (!c) return false;
      if (!chunks.push(c)) {
        gc_free(c);
        return false;
      }
    }
    chunks[n / BYTE_CHUNK][n % BYTE_CHUNK] = b;
    n++;
    return true;
  }
  bool append(const uint8_t* p, size_t len) {
    for (size_t i = 0; i < len; i++)
      if (!push(p[i])) return false;
    return true;
  }
  uint8_t& operator[](uint32_t i) { return chunks[i / BYTE_CHUNK][i % BYTE_CHUNK]; }
  void copy_to(uint8_t* out) {
    for (uint32_t i = 0; i < n; i += BYTE_CHUNK)
      memcpy(out + i, chunks[i / BYTE_CHUNK], n - i < BYTE_CHUNK ? n - i : BYTE_CHUNK);
  }
  // Moves each chunk (and the array of them) into the lowest hole that fits, where that is
  // below it: in a full heap a long function's chunks lie between the holes its code object
  // would need.
  void sink() {
    if (!sink_block((void**)&chunks.items, chunks.cap * sizeof(uint8_t*), false)) return;
    for (uint32_t i = 0; i < chunks.n; i++)
      if (!sink_block((void**)&chunks[i], BYTE_CHUNK, true)) return;
  }
  void release() {
    for (uint32_t i = 0; i < chunks.n; i++) gc_free(chunks[i]);
    gc_free(chunks.items);
    chunks = Vec<uint8_t*>{};
    n = 0;
  }
};

// ---- symbol tables -----------------------------------------------------------------------
enum SymFlags : uint16_t {
  S_BOUND = 1, S_GLOBAL = 2, S_NONLOCAL = 4, S_USED = 8, S_PARAM = 16, S_CELL = 32, S_FREE = 64,
};
enum ScopeKind { SC_MODULE, SC_CLASS, SC_FUNC };

struct Sym {  // 8 bytes on 32-bit: `main` of the 150-line program has 60
  Val name;
  uint16_t flags;
  int16_t slot;  // -1: none (assign_slots keeps slots below MAX_SLOTS)
};

struct Scope {
  int32_t ordinal;  // its node's parse ordinal (-1: the module's)
  uint32_t line;    // its node's
  int kind;
  Scope* parent;
  Vec<Sym> syms;
  Vec<Scope*> children;
  bool generator, coroutine, comprehension, needs_class_cell;
  Val name;
  uint16_t nparams, nkwonly, flags;
  uint32_t nlocals, nfree;
  Vec<Val> slot_names;  // locals then frees
};

struct Compiler {
  const StmtSource* src;  // where the bodies of streamed defs and classes come from
  Val filename;
  bool failed;
  Scope* scope;       // current
  Scope* top;
  int mode;
  Vec<Scope*> all_scopes;
  Vec<Val> const_names, const_values;  // MicroPython's `NAME = const(value)`, in source order
};

bool fail(Compiler* C, int line, const char* msg) {
  if (!C->failed) {
    C->failed = true;
    syntax_error(C->filename, line, msg);
  }
  return false;
}
bool oom(Compiler* C) {
  if (!C->failed) {
    C->failed = true;
    raise_no_memory();
  }
  return false;
}

Sym* find_sym(Scope* s, Val name) {
  for (uint32_t i = 0; i < s->syms.n; i++)
    if (s->syms[i].name == name) return &s->syms[i];
  return nullptr;
}
Sym* add_sym(Compiler* C, Scope* s, Val name) {
  Sym* x = find_sym(s, name);
  if (x) return x;
  if (!s->syms.push(Sym{name, 0, -1})) { oom(C); return nullptr; }
  return &s->syms[s->syms.n - 1];
}

Scope* new_scope(Compiler* C, Node* node, int kind, Val name) {
  Scope* s = (Scope*)gc_alloc(sizeof(Scope));
  if (!s) { oom(C); return nullptr; }
  s->ordinal = node ? node->n : -1;
  s->line = node ? node->line : 1;
  s->kind = kind;
  s->parent = C->scope;
  s->name = name;
  if (C->scope && !C->scope->children.push(s)) oom(C);
  if (!C->all_scopes.push(s)) oom(C);
  return s;
}

// A scope node's scope, made by the scan of the same statement (perhaps from another parse
// of it: the node's ordinal is what matches).
Scope* scope_for(Compiler* C, Node* node) {
  for (uint32_t i = 0; i < C->all_scopes.n; i++)
    if (C->all_scopes[i]->ordinal == node->n) return C->all_scopes[i];
  return nullptr;
}

// The next statement of a streamed def's or class's body (nullptr at its end, or once the
// compilation has failed: the parser skips the rest). A parse error (or no memory) there
// fails the compilation at once: no code is made from a body cut short.
Node* next_in_body(Compiler* C, Node* owner) {
  if (C->failed) return nullptr;
  Node* st = C->src->next_in_body(C->src->ctx, owner);
  if (!st && exc_pending()) C->failed = true;
  return st;
}

// The first statement of a def's or class's body, streamed or not.
Node* first_in_body(Compiler* C, Node* owner) {
  if (body_streamed(owner)) return next_in_body(C, owner);
  return owner->b->nitems ? owner->b->items[0] : nullptr;
}

void sym_bind(Compiler* C, Val name, int line) {
  Scope* s = C->scope;
  // comprehension targets bind in the comprehension; walrus binds outside (handled by caller)
  Sym* x = add_sym(C, s, name);
  if (!x) return;
  if (!(x->flags & (S_GLOBAL | S_NONLOCAL))) x->flags |= S_BOUND;
}
void sym_use(Compiler* C, Val name) {
  Sym* x = add_sym(C, C->scope, name);
  if (x) x->flags |= S_USED;
}

void scan(Compiler* C, Node* n);
void scan_items(Compiler* C, Node* n) {
  for (uint32_t i = 0; i < n->nitems; i++)
    if (n->items[i]) scan(C, n->items[i]);
}

void scan_target(Compiler* C, Node* t) {
  switch (t->kind) {
    case N_NAME: sym_bind(C, t->v, t->line); break;
    case N_TUPLE: case N_LIST:
      for (uint32_t i = 0; i < t->nitems; i++) scan_target(C, t->items[i]);
      break;
    case N_STARRED: scan_target(C, t->a); break;
    default: scan(C, t);
  }
}

void scan_args_defaults(Compiler* C, Node* args) {
  for (uint32_t i = 0; i < args->nitems; i++)
    if (args->items[i]->a) scan(C, args->items[i]->a);
}

// The statements of a def's or class's body, in the current scope.
void scan_body(Compiler* C, Node* owner) {
  if (!body_streamed(owner)) {
    scan_items(C, owner->b);
    return;
  }
  while (Node* st = next_in_body(C, owner)) scan(C, st);
}

// A def's or lambda's parameters and body in its scope s.
void scan_function_body(Compiler* C, Scope* s, Node* fn) {
  Node* args = fn->a;
  Scope* saved = C->scope;
  C->scope = s;
  // parameter order: positional, kwonly, *args, **kw
  for (int pass = 0; pass < 4; pass++) {
    for (uint32_t i = 0; i < args->nitems; i++) {
      Node* a = args->items[i];
      if (a->op != pass) continue;
      Sym* x = find_sym(s, a->v);
      if (x) { fail(C, a->line, "duplicate argument in function definition"); break; }
      x = add_sym(C, s, a->v);
      if (!x) break;
      x->flags |= S_BOUND | S_PARAM;
      if (pass == 0) s->nparams++;
      else if (pass == 1) s->nkwonly++;
      else if (pass == 2) s->flags |= CO_VARARGS;
      else s->flags |= CO_VARKW;
    }
  }
  if (args->n > 255) fail(C, args->line, "too many positional-only parameters");
  s->flags |= (uint16_t)((args->n & 255) << CO_POSONLY_SHIFT);
  if (fn->kind == N_LAMBDA) scan(C, fn->b);
  else scan_body(C, fn);
  C->scope = saved;
}

void scan_comprehension(Compiler* C, Node* n) {
  // first iterable is evaluated in the enclosing scope
  Node* g0 = n->items[0];
  scan(C, g0->b);
  Scope* s = new_scope(C, n, SC_FUNC, n->kind == N_LISTCOMP ? Q(listcomp) : n->kind == N_SETCOMP ? Q(setcomp)
                                    : n->kind == N_DICTCOMP ? Q(dictcomp) : Q(genexpr));
  if (!s) return;
  s->comprehension = true;
  s->generator = n->kind == N_GENEXP;
  Scope* saved = C->scope;
  C->scope = s;
  Sym* x = add_sym(C, s, Q(dot));  // the iterator argument ".0"
  if (x) x->flags |= S_BOUND | S_PARAM;
  s->nparams = 1;
  for (uint32_t i = 0; i < n->nitems; i++) {
    Node* g = n->items[i];
    if (i > 0) scan(C, g->b);
    scan_target(C, g->a);
    scan_items(C, g);
    if (g->op) s->coroutine = true;
  }
  scan(C, n->a);
  if (n->b) scan(C, n->b);
  C->scope = saved;
}

void scan(Compiler* C, Node* n) {
  if (C->failed || !n) return;
  switch (n->kind) {
    case N_NAME:
      sym_use(C, n->v);
      if (n->v == Q(super) && C->scope->kind == SC_FUNC) sym_use(C, Q(__class__));
      break;
    case N_CONST: case N_PASS: case N_BREAK: case N_CONTINUE: break;
    case N_ATTR: scan(C, n->a); break;
    case N_NAMEDEXPR: {
      scan(C, n->b);
      Scope* saved = C->scope;
      while (C->scope->comprehension) C->scope = C->scope->parent;
      sym_bind(C, n->a->v, n->line);
      C->scope = saved;
      if (C->scope->comprehension) {
        // make it free in the comprehension so it resolves to the outer binding
        sym_use(C, n->a->v);
      }
      break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP: scan_comprehension(C, n); break;
    case N_LAMBDA: {
      scan_args_defaults(C, n->a);
      Scope* s = new_scope(C, n, SC_FUNC, Q(lambda));
      if (s) scan_function_body(C, s, n);
      break;
    }
    case N_YIELD: case N_YIELDFROM:
      if (C->scope->kind != SC_FUNC) { fail(C, n->line, "'yield' outside function"); return; }
      C->scope->generator = true;
      if (n->a) scan(C, n->a);
      break;
    case N_AWAIT:
      if (C->scope->kind == SC_FUNC) C->scope->generator = true;
      scan(C, n->a);
      break;
    case N_ASSIGN:
      scan(C, n->a);
      for (uint32_t i = 0; i < n->nitems; i++) scan_target(C, n->items[i]);
      break;
    case N_AUGASSIGN:
      scan(C, n->b);
      if (n->a->kind == N_NAME) { sym_use(C, n->a->v); sym_bind(C, n->a->v, n->line); }
      else scan(C, n->a);
      break;
    case N_ANNASSIGN:
      if (n->b) { scan(C, n->b); scan_target(C, n->a); }
      else if (n->a->kind != N_NAME) scan(C, n->a);
      else if (C->scope->kind == SC_FUNC) sym_bind(C, n->a->v, n->line);  // `x: int` makes x local
      break;
    case N_DEL:
      for (uint32_t i = 0; i < n->nitems; i++) scan_target(C, n->items[i]);
      break;
    case N_FOR:
      if (n->op && C->scope->kind == SC_FUNC) C->scope->generator = true;
      scan(C, n->b);
      scan_target(C, n->a);
      scan(C, n->c);
      scan(C, n->d);
      break;
    case N_WITH:
      if (n->op && C->scope->kind == SC_FUNC) C->scope->generator = true;
      for (uint32_t i = 0; i < n->nitems; i++) {
        scan(C, n->items[i]->a);
        if (n->items[i]->b) scan_target(C, n->items[i]->b);
      }
      scan(C, n->a);
      break;
    case N_HANDLER:
      scan(C, n->a);
      if (n->v) sym_bind(C, n->v, n->line);
      scan(C, n->b);
      break;
    case N_GLOBAL: case N_NONLOCAL:
      for (uint32_t i = 0; i < n->nitems; i++) {
        Val name = n->items[i]->v;
        Sym* x = find_sym(C->scope, name);
        if (x && (x->flags & (S_BOUND | S_USED)) && !(x->flags & (S_GLOBAL | S_NONLOCAL))) {
          fail(C, n->line, n->kind == N_GLOBAL ? "name used before global declaration"
                                                : "name used before nonlocal declaration");
          return;
        }
        if (n->kind == N_NONLOCAL && C->scope->kind != SC_FUNC) {
          fail(C, n->line, "nonlocal declaration not allowed at module level");
          return;
        }
        x = add_sym(C, C->scope, name);
        if (x) x->flags |= n->kind == N_GLOBAL ? S_GLOBAL : S_NONLOCAL;
      }
      break;
    case N_FUNCDEF: {
      scan_items(C, n);  // decorators
      scan_args_defaults(C, n->a);
      sym_bind(C, n->v, n->line);
      Scope* s = new_scope(C, n, SC_FUNC, n->v);
      if (!s) return;
      if (n->op) { s->coroutine = true; s->generator = true; }
      scan_function_body(C, s, n);
      break;
    }
    case N_CLASSDEF: {
      scan_items(C, n);
      scan(C, n->a);
      sym_bind(C, n->v, n->line);
      Scope* s = new_scope(C, n, SC_CLASS, n->v);
      if (!s) return;
      Scope* saved = C->scope;
      C->scope = s;
      scan_body(C, n);
      C->scope = saved;
      break;
    }
    case N_IMPORT:
      for (uint32_t i = 0; i < n->nitems; i++) {
        Node* a = n->items[i];
        if (a->v2) sym_bind(C, a->v2, n->line);
        else {
          const char* s = str_data(a->v);
          const char* dot = strchr(s, '.');
          Val first = dot ? str_intern(s, dot - s) : a->v;
          if (!first) { oom(C); return; }
          sym_bind(C, first, n->line);
        }
      }
      break;
    case N_IMPORTFROM:
      if (n->op && C->scope->kind != SC_MODULE) { fail(C, n->line, "import * only allowed at module level"); return; }
      for (uint32_t i = 0; i < n->nitems; i++) {
        Node* a = n->items[i];
        sym_bind(C, a->v2 ? a->v2 : a->v, n->line);
      }
      break;
    case N_RETURN:
      if (C->scope->kind != SC_FUNC) { fail(C, n->line, "'return' outside function"); return; }
      scan(C, n->a);
      break;
    default:
      scan(C, n->a);
      scan(C, n->b);
      if (node_has_branches(n->kind)) {
        scan(C, n->c);
        scan(C, n->d);
      }
      scan_items(C, n);
  }
}

// Resolve free variables: a name used in a function but bound in an enclosing function
// becomes a cell there and a free variable in every scope in between.

void make_free(Compiler* C, Scope* s, Val name, int line) {
  // walk up to the defining function scope
  Scope* p = s->parent;
  while (p) {
    if (p->kind == SC_FUNC || (p->kind == SC_CLASS && name == Q(__class__))) {
      Sym* x = find_sym(p, name);
      if (x && (x->flags & S_GLOBAL)) return;  // global in the enclosing: stays global
      if (x && (x->flags & S_BOUND) && !(x->flags & S_NONLOCAL)) {
        x->flags |= S_CELL;
        break;
      }
      if (x && (x->flags & S_FREE)) break;
      if (p->kind == SC_CLASS && name == Q(__class__)) {
        Sym* y = add_sym(C, p, name);
        if (y) y->flags |= S_BOUND | S_CELL;
        p->needs_class_cell = true;
        break;
      }
    }
    p = p->parent;
  }
  if (!p) {
    Sym* x = find_sym(s, name);
    if (x && (x->flags & S_NONLOCAL)) fail(C, line, "no binding for nonlocal found");
    return;
  }
  for (Scope* q = s; q != p; q = q->parent) {
    Sym* x = add_sym(C, q, name);
    if (!x) return;
    x->flags |= S_FREE;
    if (q->kind != SC_CLASS) x->flags &= ~S_BOUND;
  }
}

void resolve(Compiler* C, Scope* s) {
  if (s->kind == SC_FUNC || s->kind == SC_CLASS) {
    for (uint32_t i = 0; i < s->syms.n; i++) {
      Sym x = s->syms[i];
      if (x.flags & S_GLOBAL) continue;
      if (x.flags & S_NONLOCAL) { make_free(C, s, x.name, s->line); continue; }
      if (!(x.flags & S_BOUND) && (x.flags & S_USED)) make_free(C, s, x.name, s->line);
    }
  }
  for (uint32_t i = 0; i < s->children.n; i++) resolve(C, s->children[i]);
}

constexpr uint32_t MAX_SLOTS = INT16_MAX;

// Assign fast slots: params in order, locals, then free variables.
void assign_slots(Compiler* C, Scope* s) {
  if (s->kind == SC_FUNC) {
    // params were added first, in slot order
    uint32_t slot = 0;
    for (uint32_t i = 0; i < s->syms.n; i++) {
      Sym& x = s->syms[i];
      if ((x.flags & S_PARAM)) {
        x.slot = slot++;
        s->slot_names.push(x.name);
      }
    }
    for (uint32_t i = 0; i < s->syms.n; i++) {
      Sym& x = s->syms[i];
      if (!(x.flags & S_PARAM) && (x.flags & S_BOUND) && !(x.flags & (S_GLOBAL | S_FREE | S_NONLOCAL))) {
        x.slot = slot++;
        s->slot_names.push(x.name);
      }
    }
    s->nlocals = slot;
  } else if (s->kind == SC_CLASS) {
    uint32_t slot = 0;
    Sym* c = find_sym(s, Q(__class__));
    if (c && (c->flags & S_CELL)) {
      c->slot = slot++;
      s->slot_names.push(c->name);
    }
    s->nlocals = slot;
  }
  uint32_t slot = s->nlocals;
  for (uint32_t i = 0; i < s->syms.n; i++) {
    Sym& x = s->syms[i];
    if (x.flags & S_FREE) {
      x.slot = slot++;
      s->slot_names.push(x.name);
    }
  }
  s->nfree = slot - s->nlocals;
  if (slot > MAX_SLOTS) fail(C, s->line, "too many local variables");
  for (uint32_t i = 0; i < s->children.n; i++) assign_slots(C, s->children[i]);
}

// ---- code generation -----------------------------------------------------------------------
// FB_FOR: two stack slots (iterable or iterator, position: see bytecode.h); FB_RANGE: a
// counting `for ... in range()` loop, with the stop, step and counter; FB_ASYNC_FOR: the
// async iterator
enum FBType { FB_WHILE, FB_FOR, FB_RANGE, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_TRY_FINALLY, FB_HANDLER, FB_WITH, FB_FINALLY_END, FB_ASYNC_WITH };
struct FBlock {
  int type;
  int cont_label, break_label;
  Node* final_body;
};

struct Emitter {
  Compiler* C;
  Scope* scope;
  ChunkedBytes bc;
  Vec<Val> consts;
  // the line table (see Code), encoded as it is made; the newest (offset, line) entry waits
  // in line_at/line_new, as the next set_line at the same offset replaces it
  ChunkedBytes lines;
  uint32_t line_at, line_new, lines_done_at, lines_done_line;
  bool line_waiting;
  Vec<int32_t> labels;   // label -> offset (-1 unknown)
  Vec<uint32_t> fixups;  // offsets of 32-bit operands, value holds label index
  Vec<FBlock> fblocks;
  int depth, max_depth, nblocks, max_blocks;
  uint32_t cur_line;
  bool in_class_body;
};

void emit_byte(Emitter* E, uint8_t b) {
  if (!E->bc.push(b)) oom(E->C);
}

int stack_effect(int op, int arg) {
  switch (op) {
    case OPC_NOP: case OPC_ROT_TWO: case OPC_ROT_THREE: case OPC_ROT_FOUR: case OPC_UNARY: case OPC_NOT:
    case OPC_GET_ITER: case OPC_LIST_TO_TUPLE: case OPC_JUMP: case OPC_LOAD_ATTR: case OPC_GET_YIELD_FROM_ITER:
    case OPC_GET_AWAITABLE: case OPC_YIELD_VALUE: case OPC_POP_BLOCK: case OPC_FORMAT_VALUE - 1000:
    case OPC_DELETE_FAST: case OPC_DELETE_DEREF: case OPC_DELETE_NAME: case OPC_DELETE_GLOBAL:
    case OPC_GET_AITER: case OPC_LOAD_CLASS_CELL - 1000:
      return 0;
    case OPC_POP_TOP: case OPC_STORE_FAST: case OPC_STORE_DEREF: case OPC_STORE_NAME: case OPC_STORE_GLOBAL:
    case OPC_DELETE_ATTR: case OPC_BINARY: case OPC_POP_JUMP_IF_FALSE: case OPC_POP_JUMP_IF_TRUE:
    case OPC_LOAD_SUBSCR: case OPC_RETURN_VALUE: case OPC_LIST_APPEND: case OPC_SET_ADD: case OPC_LIST_EXTEND:
    case OPC_SET_UPDATE: case OPC_DICT_UPDATE: case OPC_YIELD_FROM: case OPC_POP_EXCEPT: case OPC_IMPORT_STAR:
    case OPC_PRINT_EXPR: case OPC_WITH_EXIT_NORMAL: case OPC_EXC_MATCH: case OPC_ASYNC_WITH_EXIT_NORMAL:
      return -1;
    case OPC_DUP_TOP: case OPC_LOAD_CONST: case OPC_LOAD_NONE: case OPC_LOAD_TRUE: case OPC_LOAD_FALSE:
    case OPC_LOAD_SMALL_INT: case OPC_LOAD_FAST: case OPC_LOAD_DEREF: case OPC_LOAD_CLOSURE: case OPC_LOAD_NAME:
    case OPC_LOAD_GLOBAL: case OPC_FOR_ITER: case OPC_FOR_ITER_FOR: case OPC_GET_ITER_FOR: case OPC_FOR_RANGE: case OPC_IMPORT_FROM: case OPC_LOAD_BUILD_CLASS:
    case OPC_LOAD_ASSERTION_ERROR: case OPC_GET_ANEXT: case OPC_LOAD_CLASS_CELL:
      return 1;
    case OPC_DUP_TOP_TWO: case OPC_LOAD_METHOD: return 2;
    case OPC_STORE_ATTR: case OPC_DELETE_SUBSCR: case OPC_MAP_ADD: return -2;
    case OPC_STORE_SUBSCR: return -3;
    case OPC_JUMP_IF_FALSE_OR_POP: case OPC_JUMP_IF_TRUE_OR_POP: return 0;  // fallthrough pops: handled by caller
    case OPC_BUILD_TUPLE: case OPC_BUILD_LIST: case OPC_BUILD_SET: case OPC_BUILD_STRING: return 1 - arg;
    case OPC_BUILD_MAP: return 1 - 2 * arg;
    case OPC_BUILD_SLICE: return 1 - arg;
    case OPC_UNPACK_SEQUENCE: return arg - 1;
    case OPC_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OPC_CALL_FUNCTION: return -((arg & 0xff) + 2 * (arg >> 8));
    case OPC_CALL_METHOD: return -((arg & 0xff) + 2 * (arg >> 8)) - 1;
    case OPC_CALL_FUNCTION_EX: return -(1 + (arg & 1));
    case OPC_MAKE_FUNCTION: return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0));
    case OPC_RAISE: return -arg;
    case OPC_SETUP_EXCEPT: case OPC_SETUP_FINALLY: return 0;
    case OPC_SETUP_WITH: case OPC_ASYNC_WITH_ENTER: return 1;  // mgr -> exit, enter result
    case OPC_SETUP_ASYNC_WITH: return 0;
    case OPC_RERAISE: return -2;
    case OPC_WITH_EXIT_EXC: return -3;
    case OPC_IMPORT_NAME: return -1;
    case OPC_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OPC_END_ASYNC_FOR: return -3;
    case OPC_ASYNC_WITH_EXC_CALL: return 1;
    case OPC_ASYNC_WITH_EXC_END: return -4;
  }
  return 0;
}

void adjust(Emitter* E, int d) {
  E->depth += d;
  if (E->depth > E->max_depth) E->max_depth = E->depth;
}

void emit(Emitter* E, int op, int arg = 0) {
  if (op_arg_size(op) == 2) {  // a 16-bit operand: its low byte, the high one in a prefix
    if (arg < 0 || arg > 0xffff) { fail(E->C, E->cur_line, "too many constants/arguments"); return; }
    if (arg > 0xff) {
      emit_byte(E, OPC_EXTENDED_ARG);
      emit_byte(E, (uint8_t)(arg >> 8));
    }
    emit_byte(E, (uint8_t)op);
    emit_byte(E, (uint8_t)arg);
  } else emit_byte(E, (uint8_t)op);
  adjust(E, stack_effect(op, arg));
}

int new_label(Emitter* E) {
  if (!E->labels.push(-1)) oom(E->C);
  return E->labels.n - 1;
}
void place(Emitter* E, int label) {
  if (E->C->failed) return;
  E->labels[label] = E->bc.n;
}
void emit_jump(Emitter* E, int op, int label) {
  emit_byte(E, (uint8_t)op);
  if (!E->fixups.push(E->bc.n)) oom(E->C);
  for (int i = 0; i < 4; i++) emit_byte(E, (uint8_t)(label >> (8 * i)));
  adjust(E, stack_effect(op, 0));
}

// A string constant is made by the lexer at the allocation cursor, among the compiler's
// temporaries; kept there, it would split the free space they leave. Its copy goes in the
// lowest hole that fits, with the code objects (the original is garbage with the tree).
Val lasting_copy(Val v) {
  if (is_small(v) || (v->type != &str_type && v->type != &bytes_type)) return v;
  Str* x = (Str*)v;
  if (x->interned || x->external) return v;
  size_t n = str_placed_size(x->len);
  void* at = gc_alloc_lasting(n, true);
  if (!at) return v;
  memcpy(at, x, n);
  return (Val)at;
}

int add_const(Emitter* E, Val v) {
  for (uint32_t i = 0; i < E->consts.n; i++) {
    Val c = E->consts[i];
    if (c == v) return i;
    // merge equal strings (names are interned anyway)
    if (!is_small(c) && !is_small(v) && c->type == &str_type && v->type == &str_type && str_eq(c, v)) {
      if (((Str*)v)->interned) E->consts[i] = v;  // names must stay interned
      return i;
    }
  }
  if (!E->consts.push(lasting_copy(v))) oom(E->C);
  return E->consts.n - 1;
}

// Writes the waiting line entry into the table.
void flush_line(Emitter* E) {
  if (!E->line_waiting) return;
  uint8_t entry[10];
  size_t len = line_entry_encode(entry, E->line_at - E->lines_done_at, (int32_t)(E->line_new - E->lines_done_line));
  if (!E->lines.append(entry, len)) oom(E->C);
  E->lines_done_at = E->line_at;
  E->lines_done_line = E->line_new;
  E->line_waiting = false;
}

// At opt_level 3 code keeps no line numbers, as in MicroPython: a traceback says "line 1"
bool keeps_lines() { return ts.opt_level < 3; }

void set_line(Emitter* E, uint32_t line) {
  if (line == 0 || line == E->cur_line || !keeps_lines()) return;
  E->cur_line = line;
  if (!E->line_waiting || E->line_at != E->bc.n) flush_line(E);
  E->line_at = E->bc.n;
  E->line_new = line;
  E->line_waiting = true;
}

void load_const(Emitter* E, Val v) {
  if (v == None) emit(E, OPC_LOAD_NONE);
  else if (v == True_) emit(E, OPC_LOAD_TRUE);
  else if (v == False_) emit(E, OPC_LOAD_FALSE);
  else if (is_small(v) && small_val(v) >= -32768 && small_val(v) < 32768)
    emit(E, OPC_LOAD_SMALL_INT, (int)(small_val(v) & 0xffff));
  else emit(E, OPC_LOAD_CONST, add_const(E, v));
}

void compile_expr(Emitter* E, Node* n);
void compile_stmt(Emitter* E, Node* n);
void compile_block(Emitter* E, Node* n);
Val compile_scope(Compiler* C, Scope* s, Node* body_owner);

// name access by scope
enum Access { A_LOAD, A_STORE, A_DEL };

void name_op(Emitter* E, Val name, Access acc) {
  Scope* s = E->scope;
  Sym* x = find_sym(s, name);
  static const uint8_t fast[] = {OPC_LOAD_FAST, OPC_STORE_FAST, OPC_DELETE_FAST};
  static const uint8_t deref[] = {OPC_LOAD_DEREF, OPC_STORE_DEREF, OPC_DELETE_DEREF};
  static const uint8_t glob[] = {OPC_LOAD_GLOBAL, OPC_STORE_GLOBAL, OPC_DELETE_GLOBAL};
  static const uint8_t nm[] = {OPC_LOAD_NAME, OPC_STORE_NAME, OPC_DELETE_NAME};
  if (x && (x->flags & S_GLOBAL)) { emit(E, glob[acc], add_const(E, name)); return; }
  if (s->kind == SC_CLASS) {
    // class bodies use their dict, except for variables of enclosing functions
    if (x && x->slot >= 0 && (name == Q(__class__) || ((x->flags & S_FREE) && !(x->flags & S_BOUND))))
      emit(E, deref[acc], x->slot);
    else emit(E, nm[acc], add_const(E, name));
    return;
  }
  if (x && x->slot >= 0 && ((x->flags & (S_CELL | S_FREE)))) {
    emit(E, deref[acc], x->slot);
    return;
  }
  if (s->kind == SC_FUNC) {
    if (x && x->slot >= 0) { emit(E, fast[acc], x->slot); return; }
    emit(E, glob[acc], add_const(E, name));
    return;
  }
  emit(E, nm[acc], add_const(E, name));
}

void compile_store(Emitter* E, Node* t);

void compile_unpack_store(Emitter* E, Node* t) {
  int star = -1;
  for (uint32_t i = 0; i < t->nitems; i++)
    if (t->items[i]->kind == N_STARRED) {
      if (star >= 0) { fail(E->C, t->line, "multiple starred expressions in assignment"); return; }
      star = i;
    }
  if (star < 0) emit(E, OPC_UNPACK_SEQUENCE, t->nitems);
  else {
    int after = t->nitems - star - 1;
    if (star > 255 || after > 255) { fail(E->C, t->line, "too many expressions in star-unpacking assignment"); return; }
    emit(E, OPC_UNPACK_EX, star | (after << 8));
  }
  for (uint32_t i = 0; i < t->nitems; i++) {
    Node* x = t->items[i];
    compile_store(E, x->kind == N_STARRED ? x->a : x);
  }
}

// a name, attribute or subscript target stored to or deleted; false for other nodes
bool compile_simple_target(Emitter* E, Node* t, Access acc) {
  bool del = acc == A_DEL;
  switch (t->kind) {
    case N_NAME: name_op(E, t->v, acc); return true;
    case N_ATTR:
      compile_expr(E, t->a);
      emit(E, del ? OPC_DELETE_ATTR : OPC_STORE_ATTR, add_const(E, t->v));
      return true;
    case N_SUBSCR:
      compile_expr(E, t->a);
      compile_expr(E, t->b);
      emit(E, del ? OPC_DELETE_SUBSCR : OPC_STORE_SUBSCR);
      return true;
    default: return false;
  }
}

void compile_store(Emitter* E, Node* t) {
  if (compile_simple_target(E, t, A_STORE)) return;
  switch (t->kind) {
    case N_TUPLE: case N_LIST: compile_unpack_store(E, t); break;
    case N_STARRED: fail(E->C, t->line, "starred assignment target must be in a list or tuple"); break;
    default: fail(E->C, t->line, "can't assign to expression");
  }
}

void compile_delete(Emitter* E, Node* t) {
  if (compile_simple_target(E, t, A_DEL)) return;
  switch (t->kind) {
    case N_TUPLE: case N_LIST:
      for (uint32_t i = 0; i < t->nitems; i++) compile_delete(E, t->items[i]);
      break;
    default: fail(E->C, t->line, "can't delete expression");
  }
}

bool has_star(Node* n) {
  for (uint32_t i = 0; i < n->nitems; i++)
    if (n->items[i]->kind == N_STARRED) return true;
  return false;
}

// Builds a list from items with *unpacking; leaves the list on the stack.
void compile_starred_list(Emitter* E, Node** items, uint32_t n) {
  emit(E, OPC_BUILD_LIST, 0);
  uint32_t pending = 0;
  for (uint32_t i = 0; i < n; i++) {
    Node* x = items[i];
    if (x->kind == N_STARRED) {
      if (pending) { emit(E, OPC_BUILD_LIST, pending); emit(E, OPC_LIST_EXTEND, 1); pending = 0; }
      compile_expr(E, x->a);
      emit(E, OPC_LIST_EXTEND, 1);
    } else {
      compile_expr(E, x);
      pending++;
    }
  }
  if (pending) { emit(E, OPC_BUILD_LIST, pending); emit(E, OPC_LIST_EXTEND, 1); }
}

void compile_call_args(Emitter* E, Node* call, int extra_pos, bool method) {
  bool ex = false;
  uint32_t npos = 0, nkw = 0;
  for (uint32_t i = 0; i < call->nitems; i++) {
    Node* a = call->items[i];
    if (a->kind == N_STARRED || a->kind == N_DSTAR) ex = true;
    else if (a->kind == N_KEYWORD) nkw++;
    else {
      if (nkw) { fail(E->C, a->line, "positional argument follows keyword argument"); return; }
      npos++;
    }
  }
  for (uint32_t i = 0; i < call->nitems; i++)
    for (uint32_t j = i + 1; j < call->nitems; j++)
      if (call->items[i]->kind == N_KEYWORD && call->items[j]->kind == N_KEYWORD && call->items[i]->v == call->items[j]->v) {
        fail(E->C, call->items[j]->line, "keyword argument repeated");
        return;
      }
  if (!ex && npos + extra_pos < 256 && nkw < 256) {
    for (uint32_t i = 0; i < call->nitems; i++) {
      Node* a = call->items[i];
      if (a->kind == N_KEYWORD) {
        load_const(E, a->v);
        compile_expr(E, a->a);
      } else compile_expr(E, a);
    }
    emit(E, method ? OPC_CALL_METHOD : OPC_CALL_FUNCTION, (npos + extra_pos) | (nkw << 8));
    return;
  }
  // general form: f, args tuple, kwargs dict
  if (method) {
    // stack: f, self-or-null: fold into a plain call by building the args list with self
    fail(E->C, call->line, "internal: method call with unpacking");
    return;
  }
  // the extra positional args are already on the stack
  emit(E, OPC_BUILD_LIST, extra_pos);
  uint32_t pending = 0;
  for (uint32_t i = 0; i < call->nitems; i++) {
    Node* a = call->items[i];
    if (a->kind == N_STARRED) {
      if (pending) { emit(E, OPC_BUILD_LIST, pending); emit(E, OPC_LIST_EXTEND, 1); pending = 0; }
      compile_expr(E, a->a);
      emit(E, OPC_LIST_EXTEND, 1);
    } else if (a->kind != N_KEYWORD && a->kind != N_DSTAR) {
      compile_expr(E, a);
      pending++;
    }
  }
  if (pending) { emit(E, OPC_BUILD_LIST, pending); emit(E, OPC_LIST_EXTEND, 1); }
  emit(E, OPC_LIST_TO_TUPLE);
  bool any_kw = false;
  for (uint32_t i = 0; i < call->nitems; i++) {
    Node* a = call->items[i];
    if (a->kind != N_KEYWORD && a->kind != N_DSTAR) continue;
    if (!any_kw) { emit(E, OPC_BUILD_MAP, 0); any_kw = true; }
    if (a->kind == N_KEYWORD) {
      load_const(E, a->v);
      compile_expr(E, a->a);
      emit(E, OPC_MAP_ADD, 1);
    } else {
      compile_expr(E, a->a);
      emit(E, OPC_DICT_UPDATE, 1);
    }
  }
  emit(E, OPC_CALL_FUNCTION_EX, any_kw ? 1 : 0);
}

bool simple_call(Node* call) {
  uint32_t npos = 0, nkw = 0;
  for (uint32_t i = 0; i < call->nitems; i++) {
    int k = call->items[i]->kind;
    if (k == N_STARRED || k == N_DSTAR) return false;
    if (k == N_KEYWORD) nkw++; else npos++;
  }
  return npos < 255 && nkw < 256;
}

void compile_call(Emitter* E, Node* n) {
  Node* f = n->a;
  if (f->kind == N_ATTR && simple_call(n)) {
    compile_expr(E, f->a);
    emit(E, OPC_LOAD_METHOD, add_const(E, f->v));
    compile_call_args(E, n, 0, true);
    return;
  }
  compile_expr(E, f);
  compile_call_args(E, n, 0, false);
}

void compile_cond_jump(Emitter* E, Node* n, bool jump_if, int label);

void compile_compare(Emitter* E, Node* n) {
  compile_expr(E, n->a);
  if (n->nitems == 1) {
    compile_expr(E, n->items[0]->a);
    emit(E, OPC_BINARY, n->items[0]->op);
    return;
  }
  int cleanup = new_label(E), end = new_label(E);
  for (uint32_t i = 0; i < n->nitems; i++) {
    compile_expr(E, n->items[i]->a);
    if (i + 1 < n->nitems) {
      emit(E, OPC_DUP_TOP);
      emit(E, OPC_ROT_THREE);
      emit(E, OPC_BINARY, n->items[i]->op);
      emit_jump(E, OPC_JUMP_IF_FALSE_OR_POP, cleanup);
      adjust(E, -1);
    } else {
      emit(E, OPC_BINARY, n->items[i]->op);
      emit_jump(E, OPC_JUMP, end);
    }
  }
  place(E, cleanup);
  adjust(E, 1);
  emit(E, OPC_ROT_TWO);
  emit(E, OPC_POP_TOP);
  place(E, end);
}

void compile_cond_jump(Emitter* E, Node* n, bool jump_if, int label) {
  if (n->kind == N_UNARY && n->op == UN_NOT) {
    compile_cond_jump(E, n->a, !jump_if, label);
    return;
  }
  if (n->kind == N_BOOLOP) {
    bool is_or = n->op == 1;
    if (is_or == jump_if) {
      for (uint32_t i = 0; i < n->nitems; i++) compile_cond_jump(E, n->items[i], jump_if, label);
    } else {
      int skip = new_label(E);
      for (uint32_t i = 0; i + 1 < n->nitems; i++) compile_cond_jump(E, n->items[i], !jump_if, skip);
      compile_cond_jump(E, n->items[n->nitems - 1], jump_if, label);
      place(E, skip);
    }
    return;
  }
  if (n->kind == N_CONST && (n->v == True_ || n->v == False_ || n->v == None)) {
    bool v = n->v == True_;
    if (v == jump_if) emit_jump(E, OPC_JUMP, label);
    return;
  }
  compile_expr(E, n);
  emit_jump(E, jump_if ? OPC_POP_JUMP_IF_TRUE : OPC_POP_JUMP_IF_FALSE, label);
}

Val make_child_code(Emitter* E, Node* node) {
  Scope* s = scope_for(E->C, node);
  if (!s) { fail(E->C, node->line, "internal: no scope"); return nullptr; }
  return compile_scope(E->C, s, node);
}

// Push closure cells of a child scope and the code, then MAKE_FUNCTION.
void make_closure(Emitter* E, Node* node, int flags) {
  Scope* child = scope_for(E->C, node);
  Val code = make_child_code(E, node);
  if (!code || E->C->failed) return;
  if (child->nfree) {
    for (uint32_t i = child->nlocals; i < child->nlocals + child->nfree; i++) {
      Val name = code_varnames((Code*)code)[i];
      Sym* x = find_sym(E->scope, name);
      if (!x || x->slot < 0) { fail(E->C, node->line, "internal: closure variable not found"); return; }
      emit(E, OPC_LOAD_CLOSURE, x->slot);
    }
    emit(E, OPC_BUILD_TUPLE, child->nfree);
    flags |= 4;
  }
  emit(E, OPC_LOAD_CONST, add_const(E, code));
  adjust(E, -1);
  emit(E, OPC_MAKE_FUNCTION, flags);
  adjust(E, 1);
}

// defaults tuple and kw-only defaults dict; returns MAKE_FUNCTION flags
int compile_defaults(Emitter* E, Node* args) {
  int flags = 0;
  uint32_t nd = 0;
  for (uint32_t i = 0; i < args->nitems; i++) {
    Node* a = args->items[i];
    if (a->op == 0 && a->a) { compile_expr(E, a->a); nd++; }
    else if (a->op == 0 && nd) { fail(E->C, a->line, "non-default argument follows default argument"); return 0; }
  }
  if (nd) { emit(E, OPC_BUILD_TUPLE, nd); flags |= 1; }
  uint32_t nk = 0;
  for (uint32_t i = 0; i < args->nitems; i++) {
    Node* a = args->items[i];
    if (a->op == 1 && a->a) { load_const(E, a->v); compile_expr(E, a->a); nk++; }
  }
  if (nk) { emit(E, OPC_BUILD_MAP, nk); flags |= 2; }
  return flags;
}

void compile_comprehension(Emitter* E, Node* n) {
  make_closure(E, n, 0);
  compile_expr(E, n->items[0]->b);
  if (n->items[0]->op) emit(E, OPC_GET_AITER);
  else emit(E, OPC_GET_ITER);
  emit(E, OPC_CALL_FUNCTION, 1);
  if (n->kind == N_GENEXP && E->C->scope && scope_for(E->C, n)->coroutine) {}
}

Val fold_const(Node* n) {
  // constant folding for numeric unary minus / simple int arithmetic
  if (n->kind == N_UNARY && n->a->kind == N_CONST && (n->op == UN_NEG || n->op == UN_POS || n->op == UN_INVERT)) {
    Val v = n->a->v;
    if (is_small(v)) {
      intptr_t i = small_val(v);
      intptr_t r = n->op == UN_NEG ? -i : n->op == UN_POS ? i : ~i;
      if (fits_small(r)) return small(r);
    } else if (!is_small(v) && v->type == &float_type && n->op == UN_NEG) {
      return float_new(-float_val(v));
    }
  }
  if (n->kind == N_BINOP && n->a->kind == N_CONST && n->b->kind == N_CONST && is_small(n->a->v) && is_small(n->b->v)) {
    intptr_t a = small_val(n->a->v), b = small_val(n->b->v);
    int64_t r;
    switch (n->op) {
      case OP_ADD: r = (int64_t)a + b; break;
      case OP_SUB: r = (int64_t)a - b; break;
      case OP_MUL:
        if (a > 65535 || a < -65535 || b > 65535 || b < -65535) return nullptr;
        r = (int64_t)a * b;
        break;
      case OP_LSHIFT:
        if (b < 0 || b > 16 || a > 65535 || a < -65535) return nullptr;
        r = (int64_t)a << b;
        break;
      case OP_AND: r = a & b; break;
      case OP_OR: r = a | b; break;
      case OP_XOR: r = a ^ b; break;
      default: return nullptr;
    }
    if (r >= SMALL_MIN && r <= SMALL_MAX && r >= INT32_MIN && r <= INT32_MAX) return small((intptr_t)r);
  }
  return nullptr;
}

// ---- MicroPython's compile-time constants -------------------------------------------------
// `NAME = const(expr)`: expr is evaluated now (ints and earlier constants, with arithmetic)
// and every later load of NAME in the module becomes that constant; `__debug__` is one too.
Val const_lookup(Compiler* C, Val name) {
  for (uint32_t i = C->const_names.n; i-- > 0;)
    if (C->const_names[i] == name) return C->const_values[i];
  if (strcmp(str_data(name), "__debug__") == 0) return ts.opt_level == 0 ? True_ : False_;
  return nullptr;
}

bool is_const_call(Node* v) {
  return v->kind == N_CALL && v->a->kind == N_NAME && strcmp(str_data(v->a->v), "const") == 0;
}

bool is_number_const(Val v) { return v && (is_int(v) || (!is_small(v) && v->type == &float_type)); }

// `math.pi`, `errno.ENOENT`: a number of a built-in module whose names never change (its
// ROM table), folded as MicroPython folds module constants
Val module_const(Node* n) {
  if (n->a->kind != N_NAME) return nullptr;
  static const char* const pure[] = {"math", "cmath", "errno"};
  const char* mod = str_data(n->a->v);
  for (const char* p : pure) {
    if (strcmp(p, mod) != 0) continue;
    Val (*init)(void) = builtin_module_init(mod);
    Val m = init ? init() : nullptr;
    Val v = m ? getattr_opt(m, n->v) : nullptr;
    if (exc_pending()) exc_take();
    return is_number_const(v) ? v : nullptr;
  }
  return nullptr;
}

Val const_eval(Compiler* C, Node* n) {
  switch (n->kind) {
    case N_CONST: return is_number_const(n->v) ? n->v : nullptr;
    case N_NAME: return const_lookup(C, n->v);
    case N_ATTR: return module_const(n);
    case N_UNARY: {
      if (n->op == UN_NOT) return nullptr;
      Val a = const_eval(C, n->a);
      return a ? unop(n->op, a) : nullptr;
    }
    case N_BINOP: {
      Val a = const_eval(C, n->a);
      Val b = a ? const_eval(C, n->b) : nullptr;
      if (!b) return nullptr;
      // no huge numbers at compile time (2 ** 10 ** 9 would take the compiler forever)
      bool huge_operand = !is_small(b) || small_val(b) > 1024;
      if ((n->op == OP_POW || n->op == OP_LSHIFT) && huge_operand) return nullptr;
      Val r = binop(n->op, a, b);
      return is_number_const(r) ? r : nullptr;
    }
    default: return nullptr;
  }
}

void compile_const_def(Emitter* E, Node* target, Node* call) {
  Compiler* C = E->C;
  Node* arg = call->nitems == 1 ? call->items[0] : nullptr;
  Val v = arg ? const_eval(C, arg) : nullptr;
  if (!is_number_const(v)) {
    if (exc_pending()) exc_take();  // e.g. 1 // 0: not a constant either
    fail(C, call->line, "constant must be an integer");
    return;
  }
  for (uint32_t i = 0; i < C->const_names.n; i++)
    if (C->const_names[i] == target->v) {
      fail(C, call->line, "constant redefined");
      return;
    }
  if (!C->const_names.push(target->v) || !C->const_values.push(v)) {
    oom(C);
    return;
  }
  // still bound as a name (module attribute), except private ones, as in MicroPython
  if (str_data(target->v)[0] == '_') return;
  load_const(E, v);
  name_op(E, target->v, A_STORE);
}

void compile_fstring(Emitter* E, Node* n) {
  uint32_t count = 0;
  for (uint32_t i = 0; i < n->nitems; i++) {
    Node* p = n->items[i];
    if (p->kind == N_CONST) { load_const(E, p->v); count++; continue; }
    compile_expr(E, p->a);
    int flags = p->op == 'r' ? 1 : p->op == 's' ? 2 : p->op == 'a' ? 3 : 0;
    if (p->b) {
      compile_fstring(E, p->b);
      flags |= 4;
    }
    emit(E, OPC_FORMAT_VALUE, flags);
    count++;
  }
  if (count == 0) load_const(E, Q(empty));
  else if (count > 1 || n->items[0]->kind == N_CONST) {
    if (count > 1) emit(E, OPC_BUILD_STRING, count);
  }
}

void compile_expr(Emitter* E, Node* n) {
  if (E->C->failed) return;
  if (!check_stack()) { E->C->failed = true; return; }
  switch (n->kind) {
    case N_NAME: {
      Val c = const_lookup(E->C, n->v);
      if (c) load_const(E, c);
      else name_op(E, n->v, A_LOAD);
      break;
    }
    case N_CONST: load_const(E, n->v); break;
    case N_BINOP: {
      Val f = fold_const(n);
      if (f) { load_const(E, f); break; }
      compile_expr(E, n->a);
      compile_expr(E, n->b);
      emit(E, OPC_BINARY, n->op);
      break;
    }
    case N_UNARY: {
      Val f = fold_const(n);
      if (f) { load_const(E, f); break; }
      compile_expr(E, n->a);
      if (n->op == UN_NOT) emit(E, OPC_NOT);
      else emit(E, OPC_UNARY, n->op);
      break;
    }
    case N_BOOLOP: {
      int end = new_label(E);
      for (uint32_t i = 0; i < n->nitems; i++) {
        compile_expr(E, n->items[i]);
        if (i + 1 < n->nitems) {
          emit_jump(E, n->op ? OPC_JUMP_IF_TRUE_OR_POP : OPC_JUMP_IF_FALSE_OR_POP, end);
          adjust(E, -1);
        }
      }
      place(E, end);
      break;
    }
    case N_COMPARE: compile_compare(E, n); break;
    case N_CALL: set_line(E, n->line); compile_call(E, n); break;
    case N_ATTR:
      compile_expr(E, n->a);
      emit(E, OPC_LOAD_ATTR, add_const(E, n->v));
      break;
    case N_SUBSCR:
      compile_expr(E, n->a);
      compile_expr(E, n->b);
      emit(E, OPC_LOAD_SUBSCR);
      break;
    case N_SLICE:
      if (n->a) compile_expr(E, n->a); else emit(E, OPC_LOAD_NONE);
      if (n->b) compile_expr(E, n->b); else emit(E, OPC_LOAD_NONE);
      if (n->c) { compile_expr(E, n->c); emit(E, OPC_BUILD_SLICE, 3); }
      else emit(E, OPC_BUILD_SLICE, 2);
      break;
    case N_TUPLE:
      if (has_star(n)) {
        compile_starred_list(E, n->items, n->nitems);
        emit(E, OPC_LIST_TO_TUPLE);
      } else {
        bool all_const = n->nitems > 0;
        for (uint32_t i = 0; i < n->nitems; i++)
          if (n->items[i]->kind != N_CONST) all_const = false;
        if (all_const) {
          Val t = tuple_new(n->nitems);
          if (!t) { oom(E->C); return; }
          for (uint32_t i = 0; i < n->nitems; i++) tuple_items(t)[i] = n->items[i]->v;
          emit(E, OPC_LOAD_CONST, add_const(E, t));
          break;
        }
        for (uint32_t i = 0; i < n->nitems; i++) compile_expr(E, n->items[i]);
        emit(E, OPC_BUILD_TUPLE, n->nitems);
      }
      break;
    case N_LIST:
      if (has_star(n)) compile_starred_list(E, n->items, n->nitems);
      else {
        for (uint32_t i = 0; i < n->nitems; i++) compile_expr(E, n->items[i]);
        emit(E, OPC_BUILD_LIST, n->nitems);
      }
      break;
    case N_SET:
      if (has_star(n)) {
        emit(E, OPC_BUILD_SET, 0);
        for (uint32_t i = 0; i < n->nitems; i++) {
          Node* x = n->items[i];
          if (x->kind == N_STARRED) { compile_expr(E, x->a); emit(E, OPC_SET_UPDATE, 1); }
          else { compile_expr(E, x); emit(E, OPC_SET_ADD, 1); }
        }
      } else {
        for (uint32_t i = 0; i < n->nitems; i++) compile_expr(E, n->items[i]);
        emit(E, OPC_BUILD_SET, n->nitems);
      }
      break;
    case N_DICT: {
      bool any_dstar = false;
      for (uint32_t i = 0; i < n->nitems; i += 2)
        if (!n->items[i]) any_dstar = true;
      if (!any_dstar && n->nitems / 2 < 0xffff) {
        for (uint32_t i = 0; i < n->nitems; i++) compile_expr(E, n->items[i]);
        emit(E, OPC_BUILD_MAP, n->nitems / 2);
      } else {
        emit(E, OPC_BUILD_MAP, 0);
        for (uint32_t i = 0; i < n->nitems; i += 2) {
          if (!n->items[i]) { compile_expr(E, n->items[i + 1]); emit(E, OPC_DICT_UPDATE, 1); }
          else { compile_expr(E, n->items[i]); compile_expr(E, n->items[i + 1]); emit(E, OPC_MAP_ADD, 1); }
        }
      }
      break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP: case N_GENEXP: compile_comprehension(E, n); break;
    case N_IFEXP: {
      int els = new_label(E), end = new_label(E);
      compile_cond_jump(E, n->a, false, els);
      compile_expr(E, n->b);
      emit_jump(E, OPC_JUMP, end);
      adjust(E, -1);
      place(E, els);
      compile_expr(E, n->c);
      place(E, end);
      break;
    }
    case N_LAMBDA: {
      int flags = compile_defaults(E, n->a);
      make_closure(E, n, flags);
      break;
    }
    case N_STARRED: fail(E->C, n->line, "can't use starred expression here"); break;
    case N_YIELD:
      if (E->scope->kind != SC_FUNC) { fail(E->C, n->line, "'yield' outside function"); return; }
      if (n->a) compile_expr(E, n->a); else emit(E, OPC_LOAD_NONE);
      emit(E, OPC_YIELD_VALUE);
      break;
    case N_YIELDFROM:
      compile_expr(E, n->a);
      emit(E, OPC_GET_YIELD_FROM_ITER);
      emit(E, OPC_LOAD_NONE);
      emit(E, OPC_YIELD_FROM);
      break;
    case N_AWAIT:
      compile_expr(E, n->a);
      emit(E, OPC_GET_AWAITABLE);
      emit(E, OPC_LOAD_NONE);
      emit(E, OPC_YIELD_FROM);
      break;
    case N_NAMEDEXPR: {
      compile_expr(E, n->b);
      emit(E, OPC_DUP_TOP);
      // a walrus inside a comprehension stores into the enclosing function
      Sym* x = find_sym(E->scope, n->a->v);
      if (E->scope->comprehension && x && (x->flags & S_FREE)) emit(E, OPC_STORE_DEREF, x->slot);
      else name_op(E, n->a->v, A_STORE);
      break;
    }
    case N_JOINEDSTR: compile_fstring(E, n); break;
    default: fail(E->C, n->line, "invalid syntax");
  }
}

// ---- statements -----------------------------------------------------------------------------
bool push_fblock(Emitter* E, int type, int cont, int brk, Node* fin) {
  if (!E->fblocks.push(FBlock{type, cont, brk, fin})) return oom(E->C);
  return true;
}
// (a push that failed for lack of memory has failed the compilation: nothing to pop then)
void pop_fblock(Emitter* E) {
  if (E->fblocks.n) E->fblocks.n--;
}

void block_setup(Emitter* E) {
  E->nblocks++;
  if (E->nblocks > E->max_blocks) E->max_blocks = E->nblocks;
}

// Leaves a loop that keeps `slots` (1 to 3) values on the stack; a return value above
// them (with_value) stays.
void pop_loop_slots(Emitter* E, int slots, bool with_value) {
  static const uint8_t rotate[] = {OPC_NOP, OPC_ROT_TWO, OPC_ROT_THREE, OPC_ROT_FOUR};
  if (with_value) emit(E, rotate[slots]);
  for (int k = 0; k < slots; k++) emit(E, OPC_POP_TOP);
}

// Emit the code that leaves fblock i (for break/continue/return). with_value: a return
// value sits on top of the stack and must be kept.
void unwind_fblock(Emitter* E, uint32_t i, bool with_value) {
  FBlock fb = E->fblocks[i];
  switch (fb.type) {
    case FB_WHILE: break;
    case FB_ASYNC_FOR: pop_loop_slots(E, 1, with_value); break;
    case FB_FOR: pop_loop_slots(E, 2, with_value); break;
    case FB_RANGE: pop_loop_slots(E, 3, with_value); break;
    case FB_TRY_EXCEPT: emit(E, OPC_POP_BLOCK); break;
    case FB_TRY_FINALLY: {
      emit(E, OPC_POP_BLOCK);
      // compile the finally body with the fblock stack cut at this level
      uint32_t saved_n = E->fblocks.n;
      E->fblocks.n = i;
      int saved_depth = E->depth;
      compile_block(E, fb.final_body);
      E->depth = saved_depth;
      E->fblocks.n = saved_n;
      break;
    }
    case FB_HANDLER:
      if (with_value) emit(E, OPC_ROT_TWO);
      emit(E, OPC_POP_EXCEPT);
      break;
    case FB_WITH: case FB_ASYNC_WITH:
      emit(E, OPC_POP_BLOCK);
      if (with_value) emit(E, OPC_ROT_TWO);
      emit(E, OPC_WITH_EXIT_NORMAL);
      break;
    case FB_FINALLY_END:
      // stack: prev, exc (, return value): drop the exception, restore the handled one
      if (with_value) emit(E, OPC_ROT_THREE);
      emit(E, OPC_POP_TOP);
      emit(E, OPC_POP_EXCEPT);
      break;
  }
}

void compile_break_continue(Emitter* E, Node* n, bool is_break) {
  int saved = E->depth;
  for (int i = (int)E->fblocks.n - 1; i >= 0; i--) {
    FBlock fb = E->fblocks[i];
    if (fb.type == FB_WHILE || fb.type == FB_FOR || fb.type == FB_RANGE || fb.type == FB_ASYNC_FOR) {
      if (is_break) {
        unwind_fblock(E, i, false);
        emit_jump(E, OPC_JUMP, fb.break_label);
      } else emit_jump(E, OPC_JUMP, fb.cont_label);
      E->depth = saved;
      return;
    }
    unwind_fblock(E, i, false);
  }
  fail(E->C, n->line, is_break ? "'break' outside loop" : "'continue' not properly in loop");
}

void compile_return(Emitter* E, Node* n) {
  if (E->scope->kind != SC_FUNC) { fail(E->C, n->line, "'return' outside function"); return; }
  if (n->a) compile_expr(E, n->a);
  else emit(E, OPC_LOAD_NONE);
  for (int i = (int)E->fblocks.n - 1; i >= 0; i--) unwind_fblock(E, i, true);
  emit(E, OPC_RETURN_VALUE);
}

void compile_try_except(Emitter* E, Node* n) {
  int handler = new_label(E), els = new_label(E), end = new_label(E);
  int level = E->depth;
  emit_jump(E, OPC_SETUP_EXCEPT, handler);
  block_setup(E);
  push_fblock(E, FB_TRY_EXCEPT, -1, -1, nullptr);
  compile_block(E, n->a);
  pop_fblock(E);
  emit(E, OPC_POP_BLOCK);
  E->nblocks--;
  emit_jump(E, OPC_JUMP, els);
  place(E, handler);
  E->depth = level + 2;  // prev handled, exception
  if (E->depth > E->max_depth) E->max_depth = E->depth;
  for (uint32_t i = 0; i < n->nitems; i++) {
    Node* h = n->items[i];
    set_line(E, h->line);
    int next = new_label(E);
    if (h->a) {
      emit(E, OPC_DUP_TOP);
      compile_expr(E, h->a);
      emit(E, OPC_EXC_MATCH);
      emit_jump(E, OPC_POP_JUMP_IF_FALSE, next);
    }
    if (h->v) name_op(E, h->v, A_STORE);
    else emit(E, OPC_POP_TOP);
    push_fblock(E, FB_HANDLER, -1, -1, nullptr);
    compile_block(E, h->b);
    pop_fblock(E);
    emit(E, OPC_POP_EXCEPT);
    if (h->v) {  // the exception variable is cleared when the handler ends
      emit(E, OPC_LOAD_NONE);
      name_op(E, h->v, A_STORE);
      name_op(E, h->v, A_DEL);
    }
    emit_jump(E, OPC_JUMP, end);
    place(E, next);
    E->depth = level + 2;
  }
  emit(E, OPC_RERAISE);
  place(E, els);
  E->depth = level;
  if (n->c) compile_block(E, n->c);
  place(E, end);
  E->depth = level;
}

void compile_try(Emitter* E, Node* n) {
  if (!n->d) { compile_try_except(E, n); return; }
  int fin = new_label(E), end = new_label(E);
  int level = E->depth;
  emit_jump(E, OPC_SETUP_FINALLY, fin);
  block_setup(E);
  push_fblock(E, FB_TRY_FINALLY, -1, -1, n->d);
  if (n->nitems) compile_try_except(E, n);
  else compile_block(E, n->a);
  pop_fblock(E);
  emit(E, OPC_POP_BLOCK);
  E->nblocks--;
  compile_block(E, n->d);
  emit_jump(E, OPC_JUMP, end);
  place(E, fin);
  E->depth = level + 2;
  if (E->depth > E->max_depth) E->max_depth = E->depth;
  push_fblock(E, FB_FINALLY_END, -1, -1, nullptr);
  compile_block(E, n->d);
  pop_fblock(E);
  emit(E, OPC_RERAISE);
  place(E, end);
  E->depth = level;
}

void compile_with_items(Emitter* E, Node* n, uint32_t idx) {
  if (idx >= n->nitems) { compile_block(E, n->a); return; }
  Node* it = n->items[idx];
  bool async = n->op;
  int handler = new_label(E), end = new_label(E);
  compile_expr(E, it->a);
  int level = E->depth;  // mgr on stack; after setup: exit, result
  if (async) {
    emit(E, OPC_ASYNC_WITH_ENTER);
    emit(E, OPC_GET_AWAITABLE);
    emit(E, OPC_LOAD_NONE);
    emit(E, OPC_YIELD_FROM);
    emit_jump(E, OPC_SETUP_ASYNC_WITH, handler);
  } else emit_jump(E, OPC_SETUP_WITH, handler);
  block_setup(E);
  push_fblock(E, async ? FB_ASYNC_WITH : FB_WITH, -1, -1, nullptr);
  if (it->b) compile_store(E, it->b);
  else emit(E, OPC_POP_TOP);
  compile_with_items(E, n, idx + 1);
  pop_fblock(E);
  emit(E, OPC_POP_BLOCK);
  E->nblocks--;
  if (async) {
    emit(E, OPC_ASYNC_WITH_EXIT_NORMAL);
    adjust(E, 1);
    emit(E, OPC_GET_AWAITABLE);
    emit(E, OPC_LOAD_NONE);
    emit(E, OPC_YIELD_FROM);
    emit(E, OPC_POP_TOP);
  } else emit(E, OPC_WITH_EXIT_NORMAL);
  emit_jump(E, OPC_JUMP, end);
  place(E, handler);
  E->depth = level + 2;  // exit, prev, exc
  if (E->depth + 4 > E->max_depth) E->max_depth = E->depth + 4;
  if (async) {
    emit(E, OPC_ASYNC_WITH_EXC_CALL);  // pushes the awaitable of __aexit__(type, exc, tb)
    emit(E, OPC_GET_AWAITABLE);
    emit(E, OPC_LOAD_NONE);
    emit(E, OPC_YIELD_FROM);
    emit(E, OPC_ASYNC_WITH_EXC_END);  // like WITH_EXIT_EXC with the awaited result
  } else emit(E, OPC_WITH_EXIT_EXC);
  place(E, end);
  E->depth = level - 1;
}

// The step of `for x in range(...)` when the loop can count without a range object, as
// MicroPython compiles it (no allocation: heap-locked code may loop): `range` called by
// that name (not a local of this scope) with 1 to 3 positional arguments, the step a
// non-zero constant int. 0 otherwise.
intptr_t range_loop_step(Emitter* E, Node* it) {
  if (it->kind != N_CALL || it->a->kind != N_NAME || it->a->v != Q(range)) return 0;
  if (it->nitems < 1 || it->nitems > 3) return 0;
  for (uint32_t i = 0; i < it->nitems; i++)
    if (it->items[i]->kind == N_STARRED || it->items[i]->kind == N_KEYWORD || it->items[i]->kind == N_DSTAR)
      return 0;
  Sym* x = find_sym(E->scope, Q(range));
  if (x && (x->flags & (S_BOUND | S_GLOBAL | S_FREE))) return 0;
  if (it->nitems < 3) return 1;
  Node* st = it->items[2];
  Val v = st->kind == N_CONST ? st->v : fold_const(st);
  if (!v || !is_small(v) || small_val(v) == 0 || small_val(v) < -32768 || small_val(v) > 32767) return 0;
  return small_val(v);
}

// One step of async iteration: awaits the iterator's __anext__(); StopAsyncIteration goes
// to handler.
void compile_anext(Emitter* E, int handler) {
  emit_jump(E, OPC_SETUP_EXCEPT, handler);
  block_setup(E);
  emit(E, OPC_GET_ANEXT);
  emit(E, OPC_GET_AWAITABLE);
  emit(E, OPC_LOAD_NONE);
  emit(E, OPC_YIELD_FROM);
  emit(E, OPC_POP_BLOCK);
  E->nblocks--;
}

// The part of every `for` loop after its stack slots are set up: the stepping instruction
// (it jumps to the else clause at the end, having popped the loop's `slots`), the target,
// the body as a loop block of type fb, the else clause.
void compile_loop(Emitter* E, Node* n, int step_op, int fb, int slots) {
  int top = new_label(E), els = new_label(E), end = new_label(E);
  place(E, top);
  emit_jump(E, step_op, els);
  compile_store(E, n->a);
  push_fblock(E, fb, top, end, nullptr);
  compile_block(E, n->c);
  pop_fblock(E);
  emit_jump(E, OPC_JUMP, top);
  place(E, els);
  E->depth -= slots;
  if (n->d) compile_block(E, n->d);
  place(E, end);
}

// for x in range(start, stop, step): [stop, step, counter] on the stack, FOR_RANGE steps.
void compile_range_for(Emitter* E, Node* n, intptr_t step) {
  Node* call = n->b;
  if (call->nitems == 1) {
    compile_expr(E, call->items[0]);
    emit(E, OPC_LOAD_SMALL_INT, (int)(step & 0xffff));
    emit(E, OPC_LOAD_SMALL_INT, 0);
  } else {
    compile_expr(E, call->items[0]);
    compile_expr(E, call->items[1]);
    emit(E, OPC_ROT_TWO);
    emit(E, OPC_LOAD_SMALL_INT, (int)(step & 0xffff));
    emit(E, OPC_ROT_TWO);
  }
  compile_loop(E, n, OPC_FOR_RANGE, FB_RANGE, 3);
}

void compile_for(Emitter* E, Node* n) {
  if (!n->op) {
    if (intptr_t step = range_loop_step(E, n->b)) {
      compile_range_for(E, n, step);
      return;
    }
    compile_expr(E, n->b);
    emit(E, OPC_GET_ITER_FOR);
    compile_loop(E, n, OPC_FOR_ITER_FOR, FB_FOR, 2);
    return;
  }
  // async for: iterate with __anext__ until StopAsyncIteration
  int top = new_label(E), end = new_label(E);
  compile_expr(E, n->b);
  emit(E, OPC_GET_AITER);
  int level = E->depth;
  int handler = new_label(E);
  place(E, top);
  compile_anext(E, handler);
  compile_store(E, n->a);
  push_fblock(E, FB_ASYNC_FOR, top, end, nullptr);
  compile_block(E, n->c);
  pop_fblock(E);
  emit_jump(E, OPC_JUMP, top);
  place(E, handler);
  E->depth = level + 2;
  emit(E, OPC_END_ASYNC_FOR);  // pops exc, prev, iterator; re-raises other errors
  E->depth = level - 1;
  if (n->d) compile_block(E, n->d);
  place(E, end);
}

void compile_import(Emitter* E, Node* n) {
  for (uint32_t i = 0; i < n->nitems; i++) {
    Node* a = n->items[i];
    emit(E, OPC_LOAD_SMALL_INT, 0);
    emit(E, OPC_LOAD_NONE);
    emit(E, OPC_IMPORT_NAME, add_const(E, a->v));
    if (a->v2) {
      // import a.b.c as x: walk to the last component
      const char* s = str_data(a->v);
      const char* dot = strchr(s, '.');
      while (dot) {
        const char* next = strchr(dot + 1, '.');
        size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
        Val part = str_intern(dot + 1, len);
        if (!part) { oom(E->C); return; }
        emit(E, OPC_IMPORT_FROM, add_const(E, part));
        emit(E, OPC_ROT_TWO);
        emit(E, OPC_POP_TOP);
        dot = next;
      }
      name_op(E, a->v2, A_STORE);
    } else {
      const char* s = str_data(a->v);
      const char* dot = strchr(s, '.');
      Val first = dot ? str_intern(s, dot - s) : a->v;
      if (!first) { oom(E->C); return; }
      name_op(E, first, A_STORE);
    }
  }
}

void compile_import_from(Emitter* E, Node* n) {
  emit(E, OPC_LOAD_SMALL_INT, n->n);
  Val names;
  if (n->op) {
    names = tuple_new(1);
    if (!names) { oom(E->C); return; }
    tuple_items(names)[0] = Q(star);
  } else {
    names = tuple_new(n->nitems);
    if (!names) { oom(E->C); return; }
    for (uint32_t i = 0; i < n->nitems; i++) tuple_items(names)[i] = n->items[i]->v;
  }
  emit(E, OPC_LOAD_CONST, add_const(E, names));
  emit(E, OPC_IMPORT_NAME, add_const(E, n->v ? n->v : Q(empty)));
  if (n->op) {
    emit(E, OPC_IMPORT_STAR);
    return;
  }
  for (uint32_t i = 0; i < n->nitems; i++) {
    Node* a = n->items[i];
    emit(E, OPC_IMPORT_FROM, add_const(E, a->v));
    name_op(E, a->v2 ? a->v2 : a->v, A_STORE);
  }
  emit(E, OPC_POP_TOP);
}

// MicroPython's code-emitter decorators (@micropython.native, .viper, .bytecode) need no
// import: the code stays bytecode here, so they are dropped; any other
// @micropython.<name> is a syntax error, as there.
bool is_emitter_decorator(Compiler* C, Node* d) {
  Node* root = d;
  while (root->kind == N_ATTR) root = root->a;
  if (d->kind != N_ATTR || root->kind != N_NAME || strcmp(str_data(root->v), "micropython") != 0) return false;
  const char* name = str_data(d->v);
  if (d->a != root || (strcmp(name, "native") && strcmp(name, "viper") && strcmp(name, "bytecode")))
    fail(C, d->line, "invalid micropython decorator");
  return true;
}

void compile_funcdef(Emitter* E, Node* n) {
  uint32_t ndecorators = 0;
  for (uint32_t i = 0; i < n->nitems; i++) {
    if (is_emitter_decorator(E->C, n->items[i])) continue;
    compile_expr(E, n->items[i]);
    ndecorators++;
  }
  int flags = compile_defaults(E, n->a);
  make_closure(E, n, flags);
  for (uint32_t i = 0; i < ndecorators; i++) emit(E, OPC_CALL_FUNCTION, 1);
  name_op(E, n->v, A_STORE);
}

void compile_classdef(Emitter* E, Node* n) {
  for (uint32_t i = 0; i < n->nitems; i++) compile_expr(E, n->items[i]);
  emit(E, OPC_LOAD_BUILD_CLASS);
  make_closure(E, n, 0);
  load_const(E, n->v);
  compile_call_args(E, n->a, 2, false);
  for (uint32_t i = 0; i < n->nitems; i++) emit(E, OPC_CALL_FUNCTION, 1);
  name_op(E, n->v, A_STORE);
}

void compile_augassign(Emitter* E, Node* n) {
  Node* t = n->a;
  int op = OP_INPLACE + n->op;
  switch (t->kind) {
    case N_NAME:
      name_op(E, t->v, A_LOAD);
      compile_expr(E, n->b);
      emit(E, OPC_BINARY, op);
      name_op(E, t->v, A_STORE);
      break;
    case N_ATTR:
      compile_expr(E, t->a);
      emit(E, OPC_DUP_TOP);
      emit(E, OPC_LOAD_ATTR, add_const(E, t->v));
      compile_expr(E, n->b);
      emit(E, OPC_BINARY, op);
      emit(E, OPC_ROT_TWO);
      emit(E, OPC_STORE_ATTR, add_const(E, t->v));
      break;
    case N_SUBSCR:
      compile_expr(E, t->a);
      compile_expr(E, t->b);
      emit(E, OPC_DUP_TOP_TWO);
      emit(E, OPC_LOAD_SUBSCR);
      compile_expr(E, n->b);
      emit(E, OPC_BINARY, op);
      emit(E, OPC_ROT_THREE);
      emit(E, OPC_STORE_SUBSCR);
      break;
    default: fail(E->C, n->line, "illegal expression for augmented assignment");
  }
}

void compile_stmt(Emitter* E, Node* n) {
  if (E->C->failed) return;
  if (!check_stack()) { E->C->failed = true; return; }
  set_line(E, n->line);
  int depth0 = E->depth;
  switch (n->kind) {
    case N_EXPR:
      if (n->a->kind == N_CONST && E->C->mode != 2) break;  // docstrings and constants
      compile_expr(E, n->a);
      if (E->C->mode == 2 && E->scope == E->C->top) emit(E, OPC_PRINT_EXPR);
      else emit(E, OPC_POP_TOP);
      break;
    case N_ASSIGN:
      if (n->nitems == 1 && n->items[0]->kind == N_NAME && is_const_call(n->a)) {
        compile_const_def(E, n->items[0], n->a);
        break;
      }
      if (n->nitems == 1 && (n->items[0]->kind == N_TUPLE || n->items[0]->kind == N_LIST) && n->a->kind == N_TUPLE &&
          n->a->nitems == n->items[0]->nitems && (n->a->nitems == 2 || n->a->nitems == 3) && !has_star(n->a) &&
          !has_star(n->items[0])) {
        // a, b = c, d: no tuple, just rotate the values into store order
        for (uint32_t i = 0; i < n->a->nitems; i++) compile_expr(E, n->a->items[i]);
        if (n->a->nitems == 3) emit(E, OPC_ROT_THREE);
        emit(E, OPC_ROT_TWO);
        for (uint32_t i = 0; i < n->a->nitems; i++) compile_store(E, n->items[0]->items[i]);
        break;
      }
      compile_expr(E, n->a);
      for (uint32_t i = 0; i < n->nitems; i++) {
        if (i + 1 < n->nitems) emit(E, OPC_DUP_TOP);
        compile_store(E, n->items[i]);
      }
      break;
    case N_AUGASSIGN: compile_augassign(E, n); break;
    case N_ANNASSIGN:
      if (n->b) { compile_expr(E, n->b); compile_store(E, n->a); }
      break;
    case N_DEL:
      for (uint32_t i = 0; i < n->nitems; i++) compile_delete(E, n->items[i]);
      break;
    case N_PASS: break;
    case N_BREAK: compile_break_continue(E, n, true); break;
    case N_CONTINUE: compile_break_continue(E, n, false); break;
    case N_RETURN: compile_return(E, n); break;
    case N_RAISE:
      if (n->a) compile_expr(E, n->a);
      if (n->b) compile_expr(E, n->b);
      emit(E, OPC_RAISE, n->b ? 2 : n->a ? 1 : 0);
      break;
    case N_GLOBAL: case N_NONLOCAL: break;
    case N_ASSERT:
      if (ts.opt_level == 0) {
        int ok = new_label(E);
        compile_cond_jump(E, n->a, true, ok);
        emit(E, OPC_LOAD_ASSERTION_ERROR);
        if (n->b) {
          compile_expr(E, n->b);
          emit(E, OPC_CALL_FUNCTION, 1);
        }
        emit(E, OPC_RAISE, 1);
        place(E, ok);
      }
      break;
    case N_IF: {
      int els = new_label(E), end = new_label(E);
      compile_cond_jump(E, n->a, false, els);
      compile_block(E, n->b);
      if (n->c) emit_jump(E, OPC_JUMP, end);
      place(E, els);
      if (n->c) {
        if (n->c->kind == N_IF) compile_stmt(E, n->c);
        else compile_block(E, n->c);
      }
      place(E, end);
      break;
    }
    case N_WHILE: {
      int top = new_label(E), els = new_label(E), end = new_label(E);
      place(E, top);
      compile_cond_jump(E, n->a, false, els);
      push_fblock(E, FB_WHILE, top, end, nullptr);
      compile_block(E, n->b);
      pop_fblock(E);
      emit_jump(E, OPC_JUMP, top);
      place(E, els);
      if (n->c) compile_block(E, n->c);
      place(E, end);
      break;
    }
    case N_FOR: compile_for(E, n); break;
    case N_TRY: compile_try(E, n); break;
    case N_WITH: compile_with_items(E, n, 0); break;
    case N_FUNCDEF: compile_funcdef(E, n); break;
    case N_CLASSDEF: compile_classdef(E, n); break;
    case N_IMPORT: compile_import(E, n); break;
    case N_IMPORTFROM: compile_import_from(E, n); break;
    case N_BLOCK: compile_block(E, n); break;
    default: fail(E->C, n->line, "invalid syntax");
  }
  E->depth = depth0;
}

void compile_block(Emitter* E, Node* n) {
  if (!n) return;
  if (n->kind != N_BLOCK) { compile_stmt(E, n); return; }
  for (uint32_t i = 0; i < n->nitems && !E->C->failed; i++) compile_stmt(E, n->items[i]);
}

// A def's or class's body; first: its first statement (first_in_body), already read.
void compile_body(Emitter* E, Node* owner, Node* first) {
  if (!body_streamed(owner)) {
    compile_block(E, owner->b);
    return;
  }
  for (Node* st = first; st; st = next_in_body(E->C, owner)) compile_stmt(E, st);
}

// Comprehension body: .0 is the iterator argument
void compile_comp_body(Emitter* E, Node* n, uint32_t gi) {
  Node* g = n->items[gi];
  int top = new_label(E), end = new_label(E);
  if (gi == 0) emit(E, OPC_LOAD_FAST, 0);
  else {
    compile_expr(E, g->b);
    emit(E, g->op ? OPC_GET_AITER : OPC_GET_ITER);
  }
  int level = E->depth;
  int handler = -1;
  place(E, top);
  if (g->op) {
    handler = new_label(E);
    compile_anext(E, handler);
  } else emit_jump(E, OPC_FOR_ITER, end);
  compile_store(E, g->a);
  for (uint32_t i = 0; i < g->nitems; i++) compile_cond_jump(E, g->items[i], false, top);
  if (gi + 1 < n->nitems) compile_comp_body(E, n, gi + 1);
  else {
    // the result container sits below the iterators: depth = number of generators + 1
    int below = n->nitems + 1;
    switch (n->kind) {
      case N_LISTCOMP: compile_expr(E, n->a); emit(E, OPC_LIST_APPEND, below); break;
      case N_SETCOMP: compile_expr(E, n->a); emit(E, OPC_SET_ADD, below); break;
      case N_DICTCOMP:
        compile_expr(E, n->a);
        compile_expr(E, n->b);
        emit(E, OPC_MAP_ADD, below);
        break;
      case N_GENEXP:
        compile_expr(E, n->a);
        emit(E, OPC_YIELD_VALUE);
        emit(E, OPC_POP_TOP);
        break;
    }
  }
  emit_jump(E, OPC_JUMP, top);
  if (g->op) {
    place(E, handler);
    E->depth = level + 2;
    emit(E, OPC_END_ASYNC_FOR);
  }
  place(E, end);
  E->depth = level - 1;
}

// Writes the jump targets into the bytecode; labels and fixups are then free for reuse
// (a module's are, after each top-level statement).
bool patch_jumps(Emitter* E, uint32_t line) {
  for (uint32_t i = 0; i < E->fixups.n; i++) {
    uint32_t at = E->fixups[i];
    uint32_t label = E->bc[at] | (E->bc[at + 1] << 8) | (E->bc[at + 2] << 16) | ((uint32_t)E->bc[at + 3] << 24);
    int32_t target = E->labels[label];
    if (target < 0) return fail(E->C, line, "internal: unplaced label");
    for (int k = 0; k < 4; k++) E->bc[at + k] = (uint8_t)(target >> (8 * k));
  }
  E->fixups.n = 0;
  E->labels.n = 0;
  return true;
}

// Gives a growable array's memory back to the heap (its items have been copied out).
template <class T>
void release(Vec<T>& v) {
  gc_free(v.items);
  v.items = nullptr;
  v.n = v.cap = 0;
}

// Gives a finished array's unused capacity back to the heap.
template <class T>
void trim(Vec<T>& v) {
  if (!v.n || v.n >= v.cap) return;
  T* p = (T*)gc_realloc(v.items, v.n * sizeof(T));
  if (p) {
    v.items = p;
    v.cap = v.n;
  }
}

// The finished line table: its first entry gives the first line (see Code::lines).
void finish_lines(Emitter* E, uint32_t firstline) {
  if (!keeps_lines()) firstline = 1;
  if (!E->lines.n && !(E->line_waiting && E->line_at == 0)) {
    uint8_t entry[10];
    size_t len = line_entry_encode(entry, 0, (int32_t)firstline);
    if (!E->lines.append(entry, len)) oom(E->C);
    E->lines_done_line = firstline;
  }
  flush_line(E);
}


// Cell locals: the slots of the scope's locals that closures capture.
bool is_cell_local(Scope* s, const Sym& x) { return (x.flags & S_CELL) && x.slot >= 0 && x.slot < (int)s->nlocals; }

// The code object (see Code): one block of header, constants, slot names, cell slots, line
// table and bytecode. When no block that big is free (copying needs the emitter's arrays
// and the block at once: a module's code can be several KB), the emitter's chunks are moved
// down into lower holes and it is tried again; then the bytecode gets a block of its own,
// allocated after the rest is copied into a block that ends with its address (which keeps
// it alive) and the other arrays are freed. The emitter's arrays are all freed.
Code* build_code(Emitter* E, Scope* s, uint32_t firstline, uint32_t ncells) {
  size_t nconsts = E->consts.n, nvars = s->slot_names.n, nbc = E->bc.n;
  if (nconsts > 0xffff) { fail(E->C, firstline, "too many constants"); return nullptr; }
  if (nvars != (size_t)s->nlocals + s->nfree) { fail(E->C, firstline, "internal: slot names"); return nullptr; }
  finish_lines(E, firstline);
  if (E->C->failed) return nullptr;
  size_t lines_len = E->lines.n;
  if (lines_len > 0xffff) { fail(E->C, firstline, "function too long"); return nullptr; }
  size_t head = sizeof(Code) + (nconsts + nvars) * sizeof(Val) + ncells * sizeof(uint16_t) + lines_len;
  trim(E->consts);  // the arrays' spare capacity is free for the block
  trim(s->slot_names);
  Code* c = (Code*)gc_alloc_lasting(head + nbc);
  if (!c) {
    E->bc.sink();
    E->lines.sink();
    c = (Code*)gc_alloc_lasting(head + nbc);
  }
  bool apart = !c;  // the bytecode gets a block of its own, allocated once the rest is copied
  if (apart) c = (Code*)gc_alloc_lasting(aligned_word(head) + sizeof(void*));
  if (!c) return nullptr;
  c->type = &code_type;
  c->nconsts = (uint16_t)nconsts;
  c->nlocals = (uint16_t)s->nlocals;
  c->nfree = (uint16_t)s->nfree;
  c->ncells = (uint16_t)ncells;
  c->lines_len = (uint16_t)lines_len;
  c->bc_len = (uint32_t)nbc;
  if (nconsts) memcpy(code_consts(c), E->consts.items, nconsts * sizeof(Val));
  if (nvars) memcpy(code_varnames(c), s->slot_names.items, nvars * sizeof(Val));
  E->lines.copy_to((uint8_t*)code_lines(c));
  release(E->consts);
  release(s->slot_names);
  E->lines.release();
  if (!apart) {
    E->bc.copy_to((uint8_t*)c + head);
    E->bc.release();
    return c;
  }
  E->bc.sink();
  uint8_t* bc = (uint8_t*)gc_alloc_lasting(nbc ? nbc : 1, true);
  if (!bc) return nullptr;
  E->bc.copy_to(bc);
  E->bc.release();
  memcpy((uint8_t*)c + aligned_word(head), &bc, sizeof bc);  // keeps the bytecode alive
  c->flags = CO_BC_APART;  // finish_code adds the others
  return c;
}

// A scope whose body was streamed is compiled once (its body cannot be read again) and after
// all the scopes inside it: the symbol tables of all of them can go before its code object
// is allocated, the largest block the compile needs (the 150-line program's `main`: its
// table alone is 720 bytes on the board, next to the hole its code object needs).
void release_tables(Scope* s) {
  for (uint32_t i = 0; i < s->children.n; i++) release_tables(s->children[i]);
  release(s->syms);
  release(s->children);
}

constexpr uint32_t EARLY_CELLS = 16;  // cell slots noted before the tables are released

Val finish_code(Emitter* E, Scope* s, Val name, uint32_t firstline, bool last_use = false) {
  if (E->C->failed || !patch_jumps(E, firstline)) return nullptr;
  if (s->nkwonly > 0xff) return fail(E->C, firstline, "too many keyword-only parameters"), nullptr;
  release(E->labels);
  release(E->fixups);
  release(E->fblocks);
  uint32_t ncells = 0;
  uint16_t cell_slots[EARLY_CELLS];
  for (uint32_t i = 0; i < s->syms.n; i++)
    if (is_cell_local(s, s->syms[i])) {
      if (ncells < EARLY_CELLS) cell_slots[ncells] = (uint16_t)s->syms[i].slot;
      ncells++;
    }
  Sym* cls = find_sym(s, Q(__class__));
  bool has_class_cell = cls && cls->slot >= 0 && (cls->flags & (S_FREE | S_CELL));
  int16_t class_slot = has_class_cell ? (int16_t)cls->slot : -1;
  if (last_use && ncells <= EARLY_CELLS) release_tables(s);
  Code* c = build_code(E, s, firstline, ncells);
  if (!c) {
    if (!E->C->failed) oom(E->C);
    return nullptr;
  }
  c->name = name;
  c->filename = E->C->filename;
  c->nparams = s->nparams;
  c->nkwonly = (uint8_t)s->nkwonly;
  c->stacksize = E->max_depth + 6;
  c->maxblocks = (uint8_t)(E->max_blocks + 1);
  c->flags |= s->flags;
  if (s->generator) c->flags |= s->coroutine ? CO_COROUTINE : CO_GENERATOR;
  if (s->kind == SC_CLASS) c->flags |= CO_DICTLOCALS;
  if (s->kind == SC_MODULE) c->flags |= CO_MODULE;
  c->class_slot = class_slot;
  uint16_t* cells = code_cells(c);
  if (ncells <= EARLY_CELLS) memcpy(cells, cell_slots, ncells * sizeof(uint16_t));
  else
    for (uint32_t i = 0, k = 0; i < s->syms.n; i++)
      if (is_cell_local(s, s->syms[i])) cells[k++] = (uint16_t)s->syms[i].slot;
  return (Val)c;
}

// A scope compiled a second time (a def or lambda in a finally body is compiled once per
// way out of the try) gave its slot names to its first code object: they are made again,
// in slot order, from its symbols.
void remake_slot_names(Compiler* C, Scope* s) {
  uint32_t n = s->nlocals + s->nfree;
  if (s->slot_names.n || !n) return;
  for (uint32_t i = 0; i < n; i++)
    if (!s->slot_names.push(nullptr)) { oom(C); return; }
  for (uint32_t i = 0; i < s->syms.n; i++)
    if (s->syms[i].slot >= 0 && (uint32_t)s->syms[i].slot < n) s->slot_names[s->syms[i].slot] = s->syms[i].name;
}

Val compile_scope(Compiler* C, Scope* s, Node* node) {
  remake_slot_names(C, s);
  Emitter E{};
  E.C = C;
  E.scope = s;
  Scope* saved = C->scope;
  C->scope = s;
  uint32_t firstline = node ? node->line : 1;
  E.cur_line = 0;
  set_line(&E, firstline);
  Val name = s->name;
  switch (s->kind) {
    case SC_MODULE:
      compile_block(&E, node);
      if (C->mode == 1) {
        // eval: the expression result is returned (compiled by the caller path)
      }
      emit(&E, OPC_LOAD_NONE);
      emit(&E, OPC_RETURN_VALUE);
      break;
    case SC_CLASS: {
      // __module__ and __qualname__
      emit(&E, OPC_LOAD_NAME, add_const(&E, Q(__name__)));
      emit(&E, OPC_STORE_NAME, add_const(&E, Q(__module__)));
      load_const(&E, node->v);
      emit(&E, OPC_STORE_NAME, add_const(&E, Q(__qualname__)));
      Node* first = first_in_body(C, node);
      if (first && first->kind == N_EXPR && first->a->kind == N_CONST && is_str(first->a->v)) {
        load_const(&E, first->a->v);
        emit(&E, OPC_STORE_NAME, add_const(&E, Q(__doc__)));
      }
      compile_body(&E, node, first);
      Sym* cc = find_sym(s, Q(__class__));
      if (cc && (cc->flags & S_CELL) && cc->slot >= 0) emit(&E, OPC_LOAD_CLOSURE, cc->slot);
      else emit(&E, OPC_LOAD_NONE);
      emit(&E, OPC_RETURN_VALUE);
      break;
    }
    case SC_FUNC:
      if (node->kind == N_LAMBDA) {
        compile_expr(&E, node->b);
        emit(&E, OPC_RETURN_VALUE);
      } else if (s->comprehension) {
        if (node->kind == N_LISTCOMP) emit(&E, OPC_BUILD_LIST, 0);
        else if (node->kind == N_SETCOMP) emit(&E, OPC_BUILD_SET, 0);
        else if (node->kind == N_DICTCOMP) emit(&E, OPC_BUILD_MAP, 0);
        compile_comp_body(&E, node, 0);
        if (node->kind == N_GENEXP) emit(&E, OPC_LOAD_NONE);
        emit(&E, OPC_RETURN_VALUE);
      } else {
        compile_body(&E, node, first_in_body(C, node));
        emit(&E, OPC_LOAD_NONE);
        emit(&E, OPC_RETURN_VALUE);
      }
      break;
  }
  C->scope = saved;
  return finish_code(&E, s, name, firstline, node && body_streamed(node));
}

// Gives the scopes from all_scopes[from] on back to the heap. They are garbage once their
// code is made, but one stale word on the C stack pointing at any of them would keep the
// whole linked set alive (a 150-line program's scopes are ~5 KB on a 32-bit board).
void free_scopes(Compiler* C, uint32_t from) {
  for (uint32_t i = from; i < C->all_scopes.n; i++) {
    Scope* s = C->all_scopes[i];
    release(s->syms);
    release(s->children);
    release(s->slot_names);
    if (i > 0) gc_free(s);  // the module's scope lives as long as the compile
  }
  C->all_scopes.n = from;
}

// One top-level statement: its scopes are analysed and its code appended to the module's.
// The statement's tree may be freed afterwards: nothing here keeps a pointer into it. A
// streamed def or class is read twice: scanned a body statement at a time, then (its
// scopes complete) parsed again and compiled a body statement at a time.
void compile_top_stmt(Compiler* C, Emitter* E, Node* stmt) {
  Scope* top = C->top;
  free_scopes(C, 1);  // the module's stays; the scopes of earlier statements are done
  top->children.n = 0;
  C->scope = top;
  scan(C, stmt);
  C->scope = nullptr;
  if (!C->failed) resolve(C, top);
  if (!C->failed) assign_slots(C, top);
  if (C->failed) return;
  if (body_streamed(stmt)) {
    stmt = C->src->rewind(C->src->ctx);
    if (!stmt) return;  // out of memory: pending
  }
  C->scope = top;
  compile_stmt(E, stmt);
  patch_jumps(E, stmt->line);
  // only `global` declarations change how later module statements name things
  uint32_t kept = 0;
  for (uint32_t i = 0; i < top->syms.n; i++)
    if (top->syms[i].flags & S_GLOBAL) top->syms[kept++] = top->syms[i];
  top->syms.n = kept;
}

// What the compiler holds once the module's code is made: the module's scope and lists.
void release_compiler(Compiler* C) {
  free_scopes(C, 0);
  gc_free(C->top);
  release(C->all_scopes);
  release(C->const_names);
  release(C->const_values);
}

}  // namespace

Val compile_module(Val filename, int mode, const StmtSource* src) {
  Compiler C{};
  C.src = src;
  C.filename = filename;
  C.mode = mode;
  Scope* top = new_scope(&C, nullptr, SC_MODULE, Q(module));
  if (!top) return nullptr;
  C.top = top;
  Emitter E{};
  E.C = &C;
  E.scope = top;
  set_line(&E, 1);
  // A compile error (such as 'return' outside function) waits until the whole source has
  // parsed: a syntax error further down is reported first, as when the whole file is parsed
  // before anything is compiled.
  Val compile_error = nullptr;
  while (Node* stmt = src->next(src->ctx)) {
    if (compile_error) continue;
    compile_top_stmt(&C, &E, stmt);
    if (C.failed) compile_error = exc_take();
  }
  if (exc_pending()) return nullptr;
  if (compile_error) {
    ts.exc = compile_error;
    return nullptr;
  }
  C.scope = top;
  emit(&E, OPC_LOAD_NONE);
  emit(&E, OPC_RETURN_VALUE);
  free_scopes(&C, 1);
  Val code = finish_code(&E, top, Q(module), 1);
  release_compiler(&C);
  return code;
}

Val compile_expression(Node* root, Val filename) {
  Compiler C{};
  C.filename = filename;
  C.mode = 1;
  // eval: "return <expr>" in a module scope
  Node ret{};
  ret.kind = N_RETURN;
  ret.line = root->line;
  ret.n = -1;  // the module's scope: no parse ordinal
  ret.a = root;
  Scope* top = new_scope(&C, &ret, SC_MODULE, Q(module));
  if (!top) return nullptr;
  C.top = top;
  C.scope = top;
  scan(&C, root);
  C.scope = nullptr;
  if (!C.failed) resolve(&C, top);
  if (!C.failed) assign_slots(&C, top);
  if (C.failed) return nullptr;
  Emitter E{};
  E.C = &C;
  E.scope = top;
  set_line(&E, root->line);
  compile_expr(&E, root);
  emit(&E, OPC_RETURN_VALUE);
  free_scopes(&C, 1);
  Val code = finish_code(&E, top, Q(module), root->line);
  release_compiler(&C);
  return code;
}

}  // namespace py
