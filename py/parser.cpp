// Parser: tokens -> AST (recursive descent). On the first error a SyntaxError is stored,
// the parser jumps to the end of input and returns dummy nodes so that every caller unwinds
// without checks; parse() then returns nullptr.
#include "compile.h"
#include "runtime.h"

namespace py {

bool g_stream_bodies = true;

namespace {

constexpr int MAX_NEST = 180;

// A list being built; set_items moves it into the arena (cap = 0: items then point there,
// still readable, and a later push copies them out again).
struct NodeVec {
  Node** items = nullptr;
  uint32_t n = 0, cap = 0;
  bool push(Node* x) {
    if (n >= cap) {
      uint32_t nc = n ? n * 2 : 4;
      Node** p = cap ? (Node**)gc_realloc(items, nc * sizeof(Node*)) : (Node**)gc_alloc(nc * sizeof(Node*));
      if (!p) return false;
      if (!cap && n) memcpy(p, items, n * sizeof(Node*));
      items = p;
      cap = nc;
    }
    items[n++] = x;
    return true;
  }
};

// The nodes of one top-level statement (see arena_alloc).
struct NodeArena {
  void* chunks;  // singly linked through their first word
  char* next;
  size_t left;
};

// An open streamed body (see StmtSource): cut from the arena right after its header, so
// that it lives as long as the header.
struct BodyStream {
  Node* header;
  BodyStream* outer;   // the enclosing open body, if any
  NodeArena mark;      // the arena after the header: each statement's nodes are given back
  int nest;            // the parser's nesting in the header's statement
  bool marked, inline_body, ended;
};

struct Parser {
  Lexer* L;
  Val filename;
  bool failed;
  bool stream_here;    // the statement about to be parsed may stream a def's or class's body
  int nest;
  uint32_t ordinal;    // scope nodes made so far in this top-level statement
  NodeArena* arena;
  BodyStream* open;    // the innermost open streamed body
};

Node g_dummy;  // returned after an error so callers need no null checks

// The nodes of one top-level statement: cut from chunks of the GC heap, all given back
// together once the statement is compiled (no garbage left for the collector, and no
// allocator overhead per node).
// 512 bytes makes a chunk a large block for the collector (placed from the top down). 496-byte
// chunks (small blocks, at the cursor) were measured (bench/codemem): better for one script,
// worse for others (a 60-statement module then no longer imports in 16 KB).
constexpr size_t ARENA_CHUNK = 512;

void arena_release(NodeArena* A) {
  while (A->chunks) {
    void* next = *(void**)A->chunks;
    gc_free(A->chunks);
    A->chunks = next;
  }
  A->next = nullptr;
  A->left = 0;
}

// Gives back what was cut from the arena since the mark was taken.
void arena_restore(NodeArena* A, const NodeArena& mark) {
  while (A->chunks != mark.chunks) {
    void* next = *(void**)A->chunks;
    gc_free(A->chunks);
    A->chunks = next;
  }
  *A = mark;
}

// Gives back the unused end of the current chunk: a streamed body's header keeps its chunk
// for the whole body (`main`'s: 512 bytes at the top of the heap, where its code object
// would go), its statements get chunks of their own.
void arena_trim(NodeArena* A) {
  if (!A->chunks) return;
  gc_realloc(A->chunks, (size_t)(A->next - (char*)A->chunks));  // shrinks in place
  A->left = 0;
}

// After an error every token is EOF, so that each caller unwinds.
Token tok_at(Parser* P, uint32_t k) {
  if (P->failed) return Token{T_EOF, 0, 0, nullptr};
  Token t = lexer_peek(P->L, k);
  if (P->L->failed) P->failed = true;  // its SyntaxError is pending
  return t;
}
Token cur(Parser* P) { return tok_at(P, 0); }
int kind(Parser* P) { return tok_at(P, 0).kind; }
int peek(Parser* P, uint32_t k = 1) { return tok_at(P, k).kind; }
void advance(Parser* P) { lexer_advance(P->L); }

void error_at(Parser* P, const char* msg, uint32_t line) {
  if (!P->failed) {
    P->failed = true;
    syntax_error(P->filename, line, msg);
  }
}
void error(Parser* P, const char* msg) { error_at(P, msg, cur(P).line); }
// As error_at, an IndentationError (after a lexer error, such as running out of memory,
// the parser has failed already and that error stays).
void indentation_error_at(Parser* P, const char* msg, uint32_t line) {
  if (!P->failed) {
    P->failed = true;
    indentation_error(P->filename, line, msg);
  }
}

// Bump allocation in the current chunk; a new chunk (or, for a big request, a block of
// its own) when it is full. In a fragmented heap with no 512-byte hole left, smaller chunks
// (down to the request) still fit between the code objects.
void* arena_alloc(Parser* P, size_t size) {
  NodeArena* A = P->arena;
  size = (size + 7) & ~(size_t)7;
  if (size > A->left) {
    size_t payload = size > ARENA_CHUNK - sizeof(void*) ? size : ARENA_CHUNK - sizeof(void*);
    void** chunk = (void**)gc_alloc(sizeof(void*) + payload);
    while (!chunk && payload > size) {
      payload = payload / 2 > size ? payload / 2 : size;
      chunk = (void**)gc_alloc(sizeof(void*) + payload);
    }
    if (!chunk) {
      if (!P->failed) { P->failed = true; raise_no_memory(); }
      return nullptr;
    }
    chunk[0] = A->chunks;
    A->chunks = chunk;
    A->next = (char*)(chunk + 1);
    A->left = payload;
  }
  void* p = A->next;
  A->next += size;
  A->left -= size;
  return p;
}

Node* mk(Parser* P, uint16_t kind, uint32_t line) {
  if (P->failed) return &g_dummy;
  size_t size = node_size(kind);
  Node* x = (Node*)arena_alloc(P, size);
  if (!x) return &g_dummy;
  memset((void*)x, 0, size);
  x->kind = kind;
  x->line = line;
  if (node_makes_scope(kind)) x->n = (int32_t)P->ordinal++;
  return x;
}

// The finished list moves into the arena (exact size) and its growable array is freed.
void set_items(Parser* P, Node* x, NodeVec& v) {
  if (x == &g_dummy || !v.n) return;
  Node** items = (Node**)arena_alloc(P, v.n * sizeof(Node*));
  if (!items) return;
  memcpy(items, v.items, v.n * sizeof(Node*));
  x->items = items;
  x->nitems = v.n;
  if (v.cap) gc_free(v.items);
  v.items = items;
  v.cap = 0;
}
void vpush(Parser* P, NodeVec& v, Node* x) {
  if (!v.push(x) && !P->failed) {
    P->failed = true;
    raise_no_memory();
  }
}

bool accept(Parser* P, int k) {
  if (kind(P) == k) { advance(P); return true; }
  return false;
}
void expect(Parser* P, int k) {
  if (!accept(P, k)) error(P, "invalid syntax");
}

struct NestGuard {
  Parser* P;
  explicit NestGuard(Parser* p) : P(p) {
    if (++P->nest > MAX_NEST && !P->failed) {
      P->failed = true;
      raise(&RuntimeError_type, "maximum recursion depth exceeded");
    }
  }
  ~NestGuard() { P->nest--; }
};

Node* test(Parser* P);
Node* expr(Parser* P);
Node* or_test(Parser* P);
Node* star_expr_or_test(Parser* P);
Node* suite(Parser* P);
Node* stmt(Parser* P);
Node* testlist_star(Parser* P, bool allow_star);
Node* yield_expr(Parser* P);
Node* args_decl(Parser* P, bool lambda);
Node* parse_fstring(Parser* P, Val raw, uint32_t line, bool raw_flag);

Node* name_node(Parser* P, Val v, uint32_t line) {
  Node* x = mk(P, N_NAME, line);
  x->v = v;
  return x;
}
Node* const_node(Parser* P, Val v, uint32_t line) {
  Node* x = mk(P, N_CONST, line);
  x->v = v;
  return x;
}

// the target list of `for` (statement or comprehension clause), up to `in`: one
// expression, or a tuple of them (starred items allowed)
Node* for_targets(Parser* P, uint32_t line) {
  NodeVec tv;
  bool tuple = false;
  for (;;) {
    Node* e;
    if (kind(P) == T_STAR) {
      uint32_t l = cur(P).line;
      advance(P);
      e = mk(P, N_STARRED, l);
      e->a = expr(P);
    } else e = expr(P);
    vpush(P, tv, e);
    if (kind(P) != T_COMMA) break;
    tuple = true;
    advance(P);
    if (kind(P) == T_IN) break;
  }
  if (!tuple) return tv.n ? tv.items[0] : &g_dummy;
  Node* t = mk(P, N_TUPLE, line);
  set_items(P, t, tv);
  return t;
}

// comprehension clauses after the element
Node* comp_for(Parser* P, Node* comp) {
  NodeVec gens;
  while (kind(P) == T_FOR || (kind(P) == T_ASYNC && peek(P) == T_FOR)) {
    uint32_t line = cur(P).line;
    bool is_async = accept(P, T_ASYNC);
    expect(P, T_FOR);
    Node* g = mk(P, N_COMPFOR, line);
    g->op = is_async;
    g->a = for_targets(P, line);
    expect(P, T_IN);
    g->b = or_test(P);
    NodeVec ifs;
    while (kind(P) == T_IF) {
      advance(P);
      vpush(P, ifs, or_test(P));
    }
    set_items(P, g, ifs);
    vpush(P, gens, g);
  }
  set_items(P, comp, gens);
  return comp;
}

Node* dict_or_set(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_LBRACE);
  if (accept(P, T_RBRACE)) return mk(P, N_DICT, line);
  NodeVec items;
  // first element decides dict vs set
  if (kind(P) == T_DSTAR) {
    advance(P);
    vpush(P, items, nullptr);
    vpush(P, items, expr(P));
  } else {
    Node* first = star_expr_or_test(P);
    if (accept(P, T_COLON)) {
      Node* val = test(P);
      if (kind(P) == T_FOR || kind(P) == T_ASYNC) {
        Node* c = mk(P, N_DICTCOMP, line);
        c->a = first;
        c->b = val;
        comp_for(P, c);
        expect(P, T_RBRACE);
        return c;
      }
      vpush(P, items, first);
      vpush(P, items, val);
    } else {
      if (kind(P) == T_FOR || kind(P) == T_ASYNC) {
        Node* c = mk(P, N_SETCOMP, line);
        c->a = first;
        comp_for(P, c);
        expect(P, T_RBRACE);
        return c;
      }
      vpush(P, items, first);
      while (accept(P, T_COMMA)) {
        if (kind(P) == T_RBRACE) break;
        vpush(P, items, star_expr_or_test(P));
      }
      expect(P, T_RBRACE);
      Node* s = mk(P, N_SET, line);
      set_items(P, s, items);
      return s;
    }
  }
  while (accept(P, T_COMMA)) {
    if (kind(P) == T_RBRACE) break;
    if (accept(P, T_DSTAR)) {
      vpush(P, items, nullptr);
      vpush(P, items, expr(P));
    } else {
      vpush(P, items, test(P));
      expect(P, T_COLON);
      vpush(P, items, test(P));
    }
  }
  expect(P, T_RBRACE);
  Node* d = mk(P, N_DICT, line);
  set_items(P, d, items);
  return d;
}

// Adjacent string literals, one constant or a JoinedStr. They are looked at in the
// lexer's queue and consumed at the end.
Node* strings(Parser* P) {
  uint32_t line = cur(P).line;
  bool any_f = false, any_bytes = false, any_str = false;
  uint32_t count = 0;
  for (Token tk; (tk = tok_at(P, count)).kind == T_STRING; count++) {
    if (tk.flags & SF_FSTRING) any_f = true;
    if (tk.flags & SF_BYTES) any_bytes = true; else any_str = true;
  }
  // a lexing error after the first strings ('a' 'b' 'c<newline>) leaves no tokens to join
  if (P->failed) return &g_dummy;
  if (any_bytes && any_str) { error_at(P, "cannot mix bytes and nonbytes literals", line); return &g_dummy; }
  Node* result;
  if (count == 1 && !any_f) {
    result = const_node(P, cur(P).v, line);
  } else if (!any_f) {
    Buf b;
    buf_init(&b, 16);
    for (uint32_t i = 0; i < count; i++) {
      Val v = tok_at(P, i).v;
      buf_add(&b, str_data(v), str_len(v));
    }
    Val v = any_bytes ? buf_to_bytes(&b) : buf_to_str(&b);
    if (!v) { error(P, "out of memory"); return &g_dummy; }
    result = const_node(P, v, line);
  } else {
    result = mk(P, N_JOINEDSTR, line);
    NodeVec parts;
    for (uint32_t i = 0; i < count && !P->failed; i++) {
      Token tk = tok_at(P, i);
      if (tk.flags & SF_FSTRING) {
        Node* sub = parse_fstring(P, tk.v, tk.line, tk.flags & SF_RAW);
        for (uint32_t k = 0; k < sub->nitems; k++) vpush(P, parts, sub->items[k]);
      } else {
        vpush(P, parts, const_node(P, tk.v, tk.line));
      }
    }
    set_items(P, result, parts);
  }
  for (uint32_t i = 0; i < count; i++) advance(P);
  return result;
}

Node* atom(Parser* P) {
  NestGuard g(P);
  Token tk = cur(P);
  uint32_t line = tk.line;
  switch (tk.kind) {
    case T_NAME: advance(P); return name_node(P, tk.v, line);
    case T_NUMBER: advance(P); return const_node(P, tk.v, line);
    case T_STRING: return strings(P);
    case T_NONE: advance(P); return const_node(P, None, line);
    case T_TRUE: advance(P); return const_node(P, True_, line);
    case T_FALSE: advance(P); return const_node(P, False_, line);
    case T_ELLIPSIS: advance(P); return const_node(P, &ellipsis_obj, line);
    case T_LPAR: {
      advance(P);
      if (accept(P, T_RPAR)) return mk(P, N_TUPLE, line);
      if (kind(P) == T_YIELD) {
        Node* y = yield_expr(P);
        expect(P, T_RPAR);
        return y;
      }
      Node* first = star_expr_or_test(P);
      if (kind(P) == T_WALRUS && first->kind == N_NAME) {
        advance(P);
        Node* w = mk(P, N_NAMEDEXPR, line);
        w->a = first;
        w->b = test(P);
        first = w;
      }
      if (kind(P) == T_FOR || kind(P) == T_ASYNC) {
        Node* c = mk(P, N_GENEXP, line);
        c->a = first;
        comp_for(P, c);
        expect(P, T_RPAR);
        return c;
      }
      if (accept(P, T_RPAR)) {
        if (first->kind == N_STARRED) error(P, "can't use starred expression here");
        if (first->kind == N_TUPLE) first->op = 1;  // parenthesised
        return first;
      }
      NodeVec items;
      vpush(P, items, first);
      while (accept(P, T_COMMA)) {
        if (kind(P) == T_RPAR) break;
        vpush(P, items, star_expr_or_test(P));
      }
      expect(P, T_RPAR);
      Node* t = mk(P, N_TUPLE, line);
      t->op = 1;
      set_items(P, t, items);
      return t;
    }
    case T_LSQB: {
      advance(P);
      NodeVec items;
      if (accept(P, T_RSQB)) return mk(P, N_LIST, line);
      Node* first = star_expr_or_test(P);
      if (kind(P) == T_WALRUS && first->kind == N_NAME) {
        advance(P);
        Node* w = mk(P, N_NAMEDEXPR, line);
        w->a = first;
        w->b = test(P);
        first = w;
      }
      if (kind(P) == T_FOR || kind(P) == T_ASYNC) {
        Node* c = mk(P, N_LISTCOMP, line);
        c->a = first;
        comp_for(P, c);
        expect(P, T_RSQB);
        return c;
      }
      vpush(P, items, first);
      while (accept(P, T_COMMA)) {
        if (kind(P) == T_RSQB) break;
        vpush(P, items, star_expr_or_test(P));
      }
      expect(P, T_RSQB);
      Node* l = mk(P, N_LIST, line);
      set_items(P, l, items);
      return l;
    }
    case T_LBRACE: return dict_or_set(P);
    default:
      error(P, "invalid syntax");
      return &g_dummy;
  }
}

Node* subscript_item(Parser* P) {
  uint32_t line = cur(P).line;
  Node* lo = nullptr;
  if (kind(P) != T_COLON) {
    lo = kind(P) == T_STAR ? star_expr_or_test(P) : test(P);
    if (kind(P) == T_WALRUS && lo->kind == N_NAME) {
      advance(P);
      Node* w = mk(P, N_NAMEDEXPR, line);
      w->a = lo;
      w->b = test(P);
      return w;
    }
    if (kind(P) != T_COLON) return lo;
  }
  advance(P);  // ':'
  Node* s = mk(P, N_SLICE, line);
  s->a = lo;
  if (kind(P) != T_COLON && kind(P) != T_RSQB && kind(P) != T_COMMA) s->b = test(P);
  if (accept(P, T_COLON)) {
    if (kind(P) != T_RSQB && kind(P) != T_COMMA) s->c = test(P);
  }
  return s;
}

Node* call_args(Parser* P, Node* call, int close) {
  NodeVec args;
  while (kind(P) != close && !P->failed) {
    uint32_t line = cur(P).line;
    if (accept(P, T_STAR)) {
      Node* s = mk(P, N_STARRED, line);
      s->a = test(P);
      vpush(P, args, s);
    } else if (accept(P, T_DSTAR)) {
      Node* s = mk(P, N_DSTAR, line);
      s->a = test(P);
      vpush(P, args, s);
    } else if (kind(P) == T_NAME && peek(P) == T_ASSIGN) {
      Node* k = mk(P, N_KEYWORD, line);
      k->v = cur(P).v;
      advance(P);
      advance(P);
      k->a = test(P);
      vpush(P, args, k);
    } else {
      Node* e = test(P);
      if (kind(P) == T_WALRUS && e->kind == N_NAME) {
        advance(P);
        Node* w = mk(P, N_NAMEDEXPR, line);
        w->a = e;
        w->b = test(P);
        e = w;
      } else if (kind(P) == T_FOR || kind(P) == T_ASYNC) {
        Node* c = mk(P, N_GENEXP, line);
        c->a = e;
        comp_for(P, c);
        e = c;
      }
      vpush(P, args, e);
    }
    if (!accept(P, T_COMMA)) break;
  }
  expect(P, close);
  set_items(P, call, args);
  return call;
}

Node* primary(Parser* P) {
  Node* e = atom(P);
  for (;;) {
    uint32_t line = cur(P).line;
    if (accept(P, T_LPAR)) {
      Node* c = mk(P, N_CALL, line);
      c->a = e;
      e = call_args(P, c, T_RPAR);
    } else if (accept(P, T_DOT)) {
      if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
      Node* a = mk(P, N_ATTR, line);
      a->a = e;
      a->v = cur(P).v;
      advance(P);
      e = a;
    } else if (accept(P, T_LSQB)) {
      Node* s = mk(P, N_SUBSCR, line);
      s->a = e;
      Node* first = subscript_item(P);
      if (kind(P) == T_COMMA) {
        NodeVec items;
        vpush(P, items, first);
        while (accept(P, T_COMMA)) {
          if (kind(P) == T_RSQB) break;
          vpush(P, items, subscript_item(P));
        }
        Node* t = mk(P, N_TUPLE, line);
        set_items(P, t, items);
        first = t;
      }
      s->b = first;
      expect(P, T_RSQB);
      e = s;
    } else return e;
  }
}

Node* factor(Parser* P);

Node* power(Parser* P) {
  uint32_t line = cur(P).line;
  Node* e;
  if (accept(P, T_AWAIT)) {
    e = mk(P, N_AWAIT, line);
    e->a = primary(P);
  } else e = primary(P);
  if (accept(P, T_DSTAR)) {
    Node* b = mk(P, N_BINOP, line);
    b->op = OP_POW;
    b->a = e;
    b->b = factor(P);
    return b;
  }
  return e;
}

Node* factor(Parser* P) {
  NestGuard g(P);
  uint32_t line = cur(P).line;
  int k = kind(P);
  if (k == T_PLUS || k == T_MINUS || k == T_TILDE) {
    advance(P);
    Node* u = mk(P, N_UNARY, line);
    u->op = k == T_PLUS ? UN_POS : k == T_MINUS ? UN_NEG : UN_INVERT;
    u->a = factor(P);
    return u;
  }
  return power(P);
}

int binop_of(int tok, int level) {
  switch (level) {
    case 0: return tok == T_PIPE ? OP_OR : -1;
    case 1: return tok == T_CARET ? OP_XOR : -1;
    case 2: return tok == T_AMP ? OP_AND : -1;
    case 3: return tok == T_LSHIFT ? OP_LSHIFT : tok == T_RSHIFT ? OP_RSHIFT : -1;
    case 4: return tok == T_PLUS ? OP_ADD : tok == T_MINUS ? OP_SUB : -1;
    case 5:
      return tok == T_STAR ? OP_MUL : tok == T_SLASH ? OP_TRUEDIV : tok == T_DSLASH ? OP_FLOORDIV
             : tok == T_PERCENT ? OP_MOD : tok == T_AT ? OP_MATMUL : -1;
  }
  return -1;
}

Node* binary(Parser* P, int level) {
  if (level == 6) return factor(P);
  Node* e = binary(P, level + 1);
  for (;;) {
    int op = binop_of(kind(P), level);
    if (op < 0) return e;
    uint32_t line = cur(P).line;
    advance(P);
    Node* b = mk(P, N_BINOP, line);
    b->op = op;
    b->a = e;
    b->b = binary(P, level + 1);
    e = b;
  }
}

Node* expr(Parser* P) { return binary(P, 0); }

int cmp_op(Parser* P) {
  switch (kind(P)) {
    case T_LT: advance(P); return OP_LT;
    case T_GT: advance(P); return OP_GT;
    case T_LE: advance(P); return OP_LE;
    case T_GE: advance(P); return OP_GE;
    case T_EQ: advance(P); return OP_EQ;
    case T_NE: advance(P); return OP_NE;
    case T_IN: advance(P); return OP_IN;
    case T_NOT:
      if (peek(P) == T_IN) { advance(P); advance(P); return OP_NOT_IN; }
      return -1;
    case T_IS:
      advance(P);
      if (accept(P, T_NOT)) return OP_IS_NOT;
      return OP_IS;
  }
  return -1;
}

Node* comparison(Parser* P) {
  uint32_t line = cur(P).line;
  Node* e = expr(P);
  int op = cmp_op(P);
  if (op < 0) return e;
  Node* c = mk(P, N_COMPARE, line);
  c->a = e;
  NodeVec items;
  while (op >= 0) {
    Node* it = mk(P, N_CMPITEM, line);
    it->op = op;
    it->a = expr(P);
    vpush(P, items, it);
    op = cmp_op(P);
  }
  set_items(P, c, items);
  return c;
}

Node* not_test(Parser* P) {
  NestGuard g(P);
  uint32_t line = cur(P).line;
  if (accept(P, T_NOT)) {
    Node* u = mk(P, N_UNARY, line);
    u->op = UN_NOT;
    u->a = not_test(P);
    return u;
  }
  return comparison(P);
}

Node* boolop(Parser* P, int tok, Node* (*sub)(Parser*)) {
  uint32_t line = cur(P).line;
  Node* e = sub(P);
  if (kind(P) != tok) return e;
  NodeVec items;
  vpush(P, items, e);
  while (accept(P, tok)) vpush(P, items, sub(P));
  Node* b = mk(P, N_BOOLOP, line);
  b->op = tok == T_OR;
  set_items(P, b, items);
  return b;
}
Node* and_test(Parser* P) { return boolop(P, T_AND, not_test); }
Node* or_test(Parser* P) { return boolop(P, T_OR, and_test); }

Node* lambdef(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_LAMBDA);
  Node* l = mk(P, N_LAMBDA, line);
  l->a = args_decl(P, true);
  expect(P, T_COLON);
  l->b = test(P);
  return l;
}

Node* test(Parser* P) {
  NestGuard g(P);
  if (kind(P) == T_LAMBDA) return lambdef(P);
  uint32_t line = cur(P).line;
  Node* e = or_test(P);
  if (kind(P) == T_IF) {
    advance(P);
    Node* c = mk(P, N_IFEXP, line);
    c->b = e;
    c->a = or_test(P);
    expect(P, T_ELSE);
    c->c = test(P);
    return c;
  }
  return e;
}

Node* star_expr_or_test(Parser* P) {
  uint32_t line = cur(P).line;
  if (accept(P, T_STAR)) {
    Node* s = mk(P, N_STARRED, line);
    s->a = expr(P);
    return s;
  }
  return test(P);
}

// a, b, *c  -> tuple when there is a comma
Node* testlist_star(Parser* P, bool allow_star) {
  uint32_t line = cur(P).line;
  Node* first = allow_star ? star_expr_or_test(P) : test(P);
  if (kind(P) != T_COMMA) return first;
  NodeVec items;
  vpush(P, items, first);
  while (accept(P, T_COMMA)) {
    int k = kind(P);
    if (k == T_NEWLINE || k == T_ASSIGN || k == T_RPAR || k == T_SEMI || k == T_COLON || k == T_EOF ||
        (k >= T_PLUS_EQ && k <= T_DSTAR_EQ) || k == T_RSQB || k == T_IN)
      break;
    vpush(P, items, allow_star ? star_expr_or_test(P) : test(P));
  }
  Node* t = mk(P, N_TUPLE, line);
  set_items(P, t, items);
  return t;
}

Node* yield_expr(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_YIELD);
  if (accept(P, T_FROM)) {
    Node* y = mk(P, N_YIELDFROM, line);
    y->a = test(P);
    return y;
  }
  Node* y = mk(P, N_YIELD, line);
  int k = kind(P);
  if (k != T_NEWLINE && k != T_RPAR && k != T_SEMI && k != T_EOF && k != T_RSQB && k != T_RBRACE && k != T_ASSIGN)
    y->a = testlist_star(P, true);
  return y;
}

// Parameters of def (lambda=false: with annotations, up to ')') or lambda (up to ':').
Node* args_decl(Parser* P, bool lambda) {
  Node* a = mk(P, N_ARGS, cur(P).line);
  NodeVec items;
  int mode = 0;  // 0 positional, 1 after '*'
  int close = lambda ? T_COLON : T_RPAR;
  bool seen_default = false;
  a->n = 0;  // how many of the positional parameters are positional-only (before '/')
  while (kind(P) != close && !P->failed) {
    uint32_t line = cur(P).line;
    if (accept(P, T_SLASH)) {
      // once, after at least one plain parameter, before any '*'
      if (mode != 0 || a->n != 0 || items.n == 0 || items.items[items.n - 1]->op != 0) {
        error(P, "invalid syntax");
        break;
      }
      a->n = (int32_t)items.n;
      if (!accept(P, T_COMMA)) break;
      continue;
    }
    Node* arg = mk(P, N_ARG, line);
    if (accept(P, T_STAR)) {
      if (kind(P) == T_COMMA) {  // bare '*'
        mode = 1;
        advance(P);
        continue;
      }
      arg->op = 2;
      mode = 1;
    } else if (accept(P, T_DSTAR)) {
      arg->op = 3;
    } else arg->op = mode;
    if (kind(P) != T_NAME) { error(P, "invalid syntax"); break; }
    arg->v = cur(P).v;
    advance(P);
    if (!lambda && accept(P, T_COLON)) test(P);  // annotation ignored
    if (accept(P, T_ASSIGN)) arg->a = test(P);
    if (arg->op == 0) {
      if (!arg->a && seen_default) { error(P, "non-default argument follows default argument"); break; }
      seen_default = seen_default || arg->a;
    } else if (arg->op == 3 && kind(P) == T_COMMA && peek(P) != close) {
      error(P, "invalid syntax");  // nothing may follow **kwargs
      break;
    }
    vpush(P, items, arg);
    if (!accept(P, T_COMMA)) break;
  }
  set_items(P, a, items);
  return a;
}

Node* block_of(Parser* P, NodeVec& v, uint32_t line) {
  Node* b = mk(P, N_BLOCK, line);
  set_items(P, b, v);
  return b;
}

Node* simple_stmt(Parser* P);

// The start of a suite: 1 for simple statements on the same line, 0 for an indented
// block (its INDENT read), -1 after an error.
int suite_start(Parser* P) {
  expect(P, T_COLON);
  if (!accept(P, T_NEWLINE)) return 1;
  if (!accept(P, T_INDENT)) {
    indentation_error_at(P, "expected an indented block", cur(P).line);
    return -1;
  }
  return 0;
}

Node* suite(Parser* P) {
  uint32_t line = cur(P).line;
  int start = suite_start(P);
  NodeVec v;
  if (start == 1) {
    // simple statements on the same line
    for (;;) {
      vpush(P, v, simple_stmt(P));
      if (!accept(P, T_SEMI)) break;
      if (kind(P) == T_NEWLINE) break;
    }
    expect(P, T_NEWLINE);
    return block_of(P, v, line);
  }
  if (start < 0) return &g_dummy;
  while (kind(P) != T_DEDENT && kind(P) != T_EOF && !P->failed) vpush(P, v, stmt(P));
  accept(P, T_DEDENT);
  return block_of(P, v, line);
}

Node* dotted_name(Parser* P) {
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return nullptr; }
  Val name = cur(P).v;
  advance(P);
  while (kind(P) == T_DOT && peek(P) == T_NAME) {
    advance(P);
    Val part = cur(P).v;
    advance(P);
    Val full = str_from_printf("%s.%s", str_data(name), str_data(part));
    if (!full) { error(P, "out of memory"); return nullptr; }
    name = str_intern_val(full);
  }
  Node* x = mk(P, N_ALIAS, 0);
  x->v = name;
  return x;
}

Node* import_stmt(Parser* P) {
  uint32_t line = cur(P).line;
  if (accept(P, T_IMPORT)) {
    Node* s = mk(P, N_IMPORT, line);
    NodeVec v;
    do {
      Node* a = dotted_name(P);
      if (!a) return &g_dummy;
      if (accept(P, T_AS)) {
        if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
        a->v2 = cur(P).v;
        advance(P);
      }
      vpush(P, v, a);
    } while (accept(P, T_COMMA));
    set_items(P, s, v);
    return s;
  }
  expect(P, T_FROM);
  Node* s = mk(P, N_IMPORTFROM, line);
  int level = 0;
  for (;;) {
    if (accept(P, T_DOT)) level++;
    else if (accept(P, T_ELLIPSIS)) level += 3;
    else break;
  }
  s->n = level;
  if (kind(P) == T_NAME) {
    Node* m = dotted_name(P);
    if (!m) return &g_dummy;
    s->v = m->v;
  } else if (level == 0) { error(P, "invalid syntax"); return &g_dummy; }
  expect(P, T_IMPORT);
  if (accept(P, T_STAR)) { s->op = 1; return s; }
  bool paren = accept(P, T_LPAR);
  NodeVec v;
  while (kind(P) == T_NAME) {
    Node* a = mk(P, N_ALIAS, cur(P).line);
    a->v = cur(P).v;
    advance(P);
    if (accept(P, T_AS)) {
      if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
      a->v2 = cur(P).v;
      advance(P);
    }
    vpush(P, v, a);
    if (!accept(P, T_COMMA)) break;
  }
  if (paren) expect(P, T_RPAR);
  if (!v.n) error(P, "invalid syntax");
  set_items(P, s, v);
  return s;
}

int augassign_op(int tok) {
  switch (tok) {
    case T_PLUS_EQ: return OP_ADD;
    case T_MINUS_EQ: return OP_SUB;
    case T_STAR_EQ: return OP_MUL;
    case T_SLASH_EQ: return OP_TRUEDIV;
    case T_DSLASH_EQ: return OP_FLOORDIV;
    case T_PERCENT_EQ: return OP_MOD;
    case T_AT_EQ: return OP_MATMUL;
    case T_AMP_EQ: return OP_AND;
    case T_PIPE_EQ: return OP_OR;
    case T_CARET_EQ: return OP_XOR;
    case T_RSHIFT_EQ: return OP_RSHIFT;
    case T_LSHIFT_EQ: return OP_LSHIFT;
    case T_DSTAR_EQ: return OP_POW;
  }
  return -1;
}

bool valid_target(Node* e, bool aug) {
  switch (e->kind) {
    case N_NAME: case N_ATTR: case N_SUBSCR: return true;
    case N_TUPLE: case N_LIST:
      if (aug) return false;
      for (uint32_t i = 0; i < e->nitems; i++) {
        Node* x = e->items[i];
        if (x->kind == N_STARRED) x = x->a;
        if (!valid_target(x, false)) return false;
      }
      return true;
    default: return false;
  }
}

Node* expr_stmt(Parser* P) {
  uint32_t line = cur(P).line;
  Node* e = kind(P) == T_YIELD ? yield_expr(P) : testlist_star(P, true);
  int k = kind(P);
  int aop = augassign_op(k);
  if (aop >= 0) {
    if (!valid_target(e, true)) { error(P, "illegal expression for augmented assignment"); return &g_dummy; }
    advance(P);
    Node* s = mk(P, N_AUGASSIGN, line);
    s->op = aop;
    s->a = e;
    s->b = kind(P) == T_YIELD ? yield_expr(P) : testlist_star(P, true);
    return s;
  }
  if (k == T_COLON) {  // annotated assignment
    advance(P);
    test(P);
    Node* s = mk(P, N_ANNASSIGN, line);
    s->a = e;
    if (accept(P, T_ASSIGN)) s->b = kind(P) == T_YIELD ? yield_expr(P) : testlist_star(P, true);
    return s;
  }
  if (k == T_ASSIGN) {
    NodeVec targets;
    Node* value = e;
    while (accept(P, T_ASSIGN)) {
      if (!valid_target(value, false)) { error(P, "can't assign to expression"); return &g_dummy; }
      vpush(P, targets, value);
      value = kind(P) == T_YIELD ? yield_expr(P) : testlist_star(P, true);
    }
    Node* s = mk(P, N_ASSIGN, line);
    s->a = value;
    set_items(P, s, targets);
    return s;
  }
  if (k == T_WALRUS) { error(P, "invalid syntax"); return &g_dummy; }
  if (e->kind == N_STARRED) { error(P, "can't use starred expression here"); return &g_dummy; }
  Node* s = mk(P, N_EXPR, line);
  s->a = e;
  return s;
}

Node* simple_stmt(Parser* P) {
  Token tk = cur(P);
  uint32_t line = tk.line;
  switch (tk.kind) {
    case T_PASS: advance(P); return mk(P, N_PASS, line);
    case T_BREAK: advance(P); return mk(P, N_BREAK, line);
    case T_CONTINUE: advance(P); return mk(P, N_CONTINUE, line);
    case T_RETURN: {
      advance(P);
      Node* s = mk(P, N_RETURN, line);
      int k = kind(P);
      if (k != T_NEWLINE && k != T_SEMI && k != T_EOF) s->a = testlist_star(P, true);
      return s;
    }
    case T_RAISE: {
      advance(P);
      Node* s = mk(P, N_RAISE, line);
      int k = kind(P);
      if (k != T_NEWLINE && k != T_SEMI && k != T_EOF) {
        s->a = test(P);
        if (accept(P, T_FROM)) s->b = test(P);
      }
      return s;
    }
    case T_GLOBAL: case T_NONLOCAL: {
      advance(P);
      Node* s = mk(P, tk.kind == T_GLOBAL ? N_GLOBAL : N_NONLOCAL, line);
      NodeVec v;
      do {
        if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
        vpush(P, v, name_node(P, cur(P).v, line));
        advance(P);
      } while (accept(P, T_COMMA));
      set_items(P, s, v);
      return s;
    }
    case T_DEL: {
      advance(P);
      Node* s = mk(P, N_DEL, line);
      NodeVec v;
      do {
        int k = kind(P);
        if (k == T_NEWLINE || k == T_SEMI) break;
        Node* t = expr(P);
        if (!valid_target(t, false)) { error(P, "can't delete expression"); return &g_dummy; }
        vpush(P, v, t);
      } while (accept(P, T_COMMA));
      set_items(P, s, v);
      return s;
    }
    case T_ASSERT: {
      advance(P);
      Node* s = mk(P, N_ASSERT, line);
      s->a = test(P);
      if (accept(P, T_COMMA)) s->b = test(P);
      return s;
    }
    case T_IMPORT: case T_FROM: return import_stmt(P);
    default: return expr_stmt(P);
  }
}

Node* simple_stmts(Parser* P) {
  uint32_t line = cur(P).line;
  Node* first = simple_stmt(P);
  if (kind(P) != T_SEMI) {
    expect(P, T_NEWLINE);
    return first;
  }
  NodeVec v;
  vpush(P, v, first);
  while (accept(P, T_SEMI)) {
    if (kind(P) == T_NEWLINE) break;
    vpush(P, v, simple_stmt(P));
  }
  expect(P, T_NEWLINE);
  return block_of(P, v, line);
}

// A def's or class's body as a stream (see StmtSource): the header gets no `b`, its
// statements are parsed by body_step.
void open_body(Parser* P, Node* header) {
  int start = suite_start(P);
  if (start < 0) return;
  BodyStream* s = (BodyStream*)arena_alloc(P, sizeof(BodyStream));
  if (!s) return;
  *s = BodyStream{header, P->open, NodeArena{}, P->nest, false, start == 1, false};
  P->open = s;
  header->b = nullptr;
}

Node* funcdef(Parser* P, bool is_async, bool stream) {
  uint32_t line = cur(P).line;
  expect(P, T_DEF);
  Node* f = mk(P, N_FUNCDEF, line);
  f->op = is_async;
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
  f->v = cur(P).v;
  advance(P);
  expect(P, T_LPAR);
  f->a = args_decl(P, false);
  expect(P, T_RPAR);
  if (accept(P, T_ARROW)) test(P);
  if (stream) open_body(P, f);
  else f->b = suite(P);
  return f;
}

Node* classdef(Parser* P, bool stream) {
  uint32_t line = cur(P).line;
  expect(P, T_CLASS);
  Node* c = mk(P, N_CLASSDEF, line);
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
  c->v = cur(P).v;
  advance(P);
  Node* call = mk(P, N_CALL, line);
  if (accept(P, T_LPAR)) call_args(P, call, T_RPAR);
  c->a = call;
  if (stream) open_body(P, c);
  else c->b = suite(P);
  return c;
}

Node* if_stmt(Parser* P) {
  uint32_t line = cur(P).line;
  advance(P);  // if / elif
  Node* s = mk(P, N_IF, line);
  s->a = test(P);
  if (kind(P) == T_WALRUS && s->a->kind == N_NAME) {
    advance(P);
    Node* w = mk(P, N_NAMEDEXPR, line);
    w->a = s->a;
    w->b = test(P);
    s->a = w;
  }
  s->b = suite(P);
  if (kind(P) == T_ELIF) s->c = if_stmt(P);
  else if (accept(P, T_ELSE)) s->c = suite(P);
  return s;
}

Node* namedexpr_test(Parser* P) {
  uint32_t line = cur(P).line;
  Node* e = test(P);
  if (kind(P) == T_WALRUS && e->kind == N_NAME) {
    advance(P);
    Node* w = mk(P, N_NAMEDEXPR, line);
    w->a = e;
    w->b = test(P);
    return w;
  }
  return e;
}

Node* for_stmt(Parser* P, bool is_async) {
  uint32_t line = cur(P).line;
  expect(P, T_FOR);
  Node* s = mk(P, N_FOR, line);
  s->op = is_async;
  s->a = for_targets(P, line);
  if (!valid_target(s->a, false)) { error(P, "can't assign to expression"); return &g_dummy; }
  expect(P, T_IN);
  s->b = testlist_star(P, true);
  s->c = suite(P);
  if (accept(P, T_ELSE)) s->d = suite(P);
  return s;
}

Node* try_stmt(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_TRY);
  Node* s = mk(P, N_TRY, line);
  s->a = suite(P);
  NodeVec handlers;
  while (kind(P) == T_EXCEPT) {
    uint32_t hl = cur(P).line;
    advance(P);
    Node* h = mk(P, N_HANDLER, hl);
    if (kind(P) != T_COLON) {
      h->a = test(P);
      if (kind(P) == T_COMMA) {  // except A, B:  is not Python 3
        error(P, "invalid syntax");
        return &g_dummy;
      }
      if (accept(P, T_AS)) {
        if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
        h->v = cur(P).v;
        advance(P);
      }
    }
    h->b = suite(P);
    vpush(P, handlers, h);
  }
  set_items(P, s, handlers);
  if (handlers.n && accept(P, T_ELSE)) s->c = suite(P);
  if (accept(P, T_FINALLY)) s->d = suite(P);
  if (!handlers.n && !s->d) error(P, "invalid syntax");
  for (uint32_t i = 0; i + 1 < handlers.n; i++)
    if (!handlers.items[i]->a) { error_at(P, "default 'except:' must be last", handlers.items[i]->line); break; }
  return s;
}

Node* with_stmt(Parser* P, bool is_async) {
  uint32_t line = cur(P).line;
  expect(P, T_WITH);
  Node* s = mk(P, N_WITH, line);
  s->op = is_async;
  NodeVec items;
  bool paren = false;
  // "with (a as b, c as d):" form
  if (kind(P) == T_LPAR) {
    int depth = 0;
    uint32_t i = 0;
    for (;; i++) {
      int k = peek(P, i);
      if (k == T_EOF) break;
      if (k == T_LPAR) depth++;
      else if (k == T_RPAR && --depth == 0) break;
      else if (k == T_AS && depth == 1) paren = true;
    }
    if (paren && peek(P, i + 1) == T_COLON) advance(P);
    else paren = false;
  }
  do {
    if (paren && kind(P) == T_RPAR) break;
    Node* it = mk(P, N_WITHITEM, cur(P).line);
    it->a = test(P);
    if (accept(P, T_AS)) {
      it->b = expr(P);
      if (kind(P) == T_COMMA && !paren) {}
      if (!valid_target(it->b, false)) { error(P, "can't assign to expression"); return &g_dummy; }
    }
    vpush(P, items, it);
  } while (accept(P, T_COMMA));
  if (paren) expect(P, T_RPAR);
  set_items(P, s, items);
  s->a = suite(P);
  return s;
}

Node* stmt(Parser* P) {
  NestGuard g(P);
  bool stream = P->stream_here;  // for this statement only, not the ones inside it
  P->stream_here = false;
  uint32_t line = cur(P).line;
  switch (kind(P)) {
    case T_IF: return if_stmt(P);
    case T_WHILE: {
      advance(P);
      Node* s = mk(P, N_WHILE, line);
      s->a = namedexpr_test(P);
      s->b = suite(P);
      if (accept(P, T_ELSE)) s->c = suite(P);
      return s;
    }
    case T_FOR: return for_stmt(P, false);
    case T_TRY: return try_stmt(P);
    case T_WITH: return with_stmt(P, false);
    case T_DEF: return funcdef(P, false, stream);
    case T_CLASS: return classdef(P, stream);
    case T_ASYNC:
      advance(P);
      if (kind(P) == T_DEF) return funcdef(P, true, stream);
      if (kind(P) == T_FOR) return for_stmt(P, true);
      if (kind(P) == T_WITH) return with_stmt(P, true);
      error(P, "invalid syntax");
      return &g_dummy;
    case T_AT: {
      NodeVec decos;
      while (accept(P, T_AT)) {
        vpush(P, decos, namedexpr_test(P));
        expect(P, T_NEWLINE);
      }
      Node* d;
      if (kind(P) == T_DEF) d = funcdef(P, false, stream);
      else if (kind(P) == T_CLASS) d = classdef(P, stream);
      else if (kind(P) == T_ASYNC && peek(P) == T_DEF) { advance(P); d = funcdef(P, true, stream); }
      else { error(P, "invalid syntax"); return &g_dummy; }
      set_items(P, d, decos);
      return d;
    }
    case T_INDENT:
      indentation_error_at(P, "unexpected indent", line);
      return &g_dummy;
    default: return simple_stmts(P);
  }
}

// ---- f-strings ----------------------------------------------------------------------
Node* parse_sub_expr(Parser* P, const char* s, size_t n, uint32_t line) {
  // wrap in parentheses so newlines inside are fine
  Buf b;
  buf_init(&b, n + 3);
  buf_addc(&b, '(');
  buf_add(&b, s, n);
  buf_addc(&b, ')');
  if (b.failed) { error(P, "out of memory"); return &g_dummy; }
  Lexer L;
  lexer_init(&L, b.data, b.len, P->filename, line);
  Parser sub = *P;
  sub.L = &L;
  Node* e = testlist_star(&sub, true);
  if (!sub.failed && kind(&sub) != T_NEWLINE) error(&sub, "invalid syntax");
  P->ordinal = sub.ordinal;  // a lambda or comprehension in the f-string counts
  lexer_free(&L);
  gc_free(b.data);
  if (sub.failed) {
    P->failed = true;
    return &g_dummy;
  }
  return e;
}

// Splits the raw text of an f-string into literal and formatted parts (a JoinedStr).
Node* fstring_parts(Parser* P, const char* s, const char* e, uint32_t line, bool raw) {
  Node* js = mk(P, N_JOINEDSTR, line);
  NodeVec parts;
  Buf lit;
  buf_init(&lit, 16);
  auto flush = [&]() {
    if (!lit.len) return;
    Val v;
    if (raw) v = str_new(lit.data, lit.len);
    else {
      // reuse the lexer's escape handling by lexing a quoted literal
      Buf q;
      buf_init(&q, lit.len + 8);
      buf_add(&q, "'''", 3);
      buf_add(&q, lit.data, lit.len);
      buf_add(&q, "'''", 3);
      if (q.failed) { error(P, "out of memory"); return; }
      Lexer L;
      lexer_init(&L, q.data, q.len, P->filename, line);
      Token t = lexer_peek(&L, 0);
      lexer_free(&L);
      if (L.failed) { P->failed = true; return; }
      v = t.v;
    }
    if (!v) { error(P, "out of memory"); return; }
    vpush(P, parts, const_node(P, v, line));
    buf_init(&lit, 16);
  };
  while (s < e && !P->failed) {
    char c = *s;
    if (c == '{' && s + 1 < e && s[1] == '{') { buf_addc(&lit, '{'); s += 2; continue; }
    if (c == '}' && s + 1 < e && s[1] == '}') { buf_addc(&lit, '}'); s += 2; continue; }
    if (c == '}') { error_at(P, "f-string: single '}' is not allowed", line); break; }
    if (c == '\\' && !raw && s + 1 < e) { buf_addc(&lit, c); buf_addc(&lit, s[1]); s += 2; continue; }
    if (c != '{') { buf_addc(&lit, c); s++; continue; }
    flush();
    s++;
    // find the end of the expression: at depth 0, one of '}' '!' ':' '='
    const char* xs = s;
    int depth = 0;
    char quote = 0;
    while (s < e) {
      char d = *s;
      if (quote) {
        if (d == quote) quote = 0;
      } else if (d == '\'' || d == '"') quote = d;
      else if (d == '(' || d == '[' || d == '{') depth++;
      else if (d == ')' || d == ']' || d == '}') {
        if (depth == 0) break;
        depth--;
      } else if (depth == 0 && (d == ':' || (d == '!' && s + 1 < e && s[1] != '='))) break;
      else if (depth == 0 && d == '=' && s + 1 < e && s[1] != '=' && s > xs && s[-1] != '=' &&
               s[-1] != '!' && s[-1] != '<' && s[-1] != '>')
        break;
      s++;
    }
    if (s >= e) { error_at(P, "f-string: expecting '}'", line); break; }
    const char* xe = s;
    bool self_doc = false;
    if (*s == '=') {
      self_doc = true;
      s++;
      while (s < e && *s == ' ') s++;
    }
    Node* fv = mk(P, N_FORMATTED, line);
    if (xe == xs) { error_at(P, "f-string: empty expression not allowed", line); break; }
    fv->a = parse_sub_expr(P, xs, xe - xs, line);
    if (self_doc) {
      // the literal text "expr=" then repr by default
      buf_add(&lit, xs, s - xs);
      flush();
      fv->op = 'r';
    }
    if (s < e && *s == '!') {
      if (s + 1 >= e || (s[1] != 'r' && s[1] != 's' && s[1] != 'a')) { error_at(P, "f-string: invalid conversion character", line); break; }
      fv->op = s[1];
      s += 2;
    }
    if (s < e && *s == ':') {
      s++;
      const char* ss = s;
      int d2 = 0;
      while (s < e) {
        if (*s == '{') d2++;
        else if (*s == '}') {
          if (d2 == 0) break;
          d2--;
        }
        s++;
      }
      if (self_doc && fv->op == 'r') fv->op = 0;
      fv->b = fstring_parts(P, ss, s, line, raw);
    }
    if (s >= e || *s != '}') { error_at(P, "f-string: expecting '}'", line); break; }
    s++;
    vpush(P, parts, fv);
  }
  flush();
  set_items(P, js, parts);
  return js;
}

Node* parse_fstring(Parser* P, Val rawv, uint32_t line, bool raw) {
  const char* s = str_data(rawv);
  return fstring_parts(P, s, s + str_len(rawv), line, raw);
}

}  // namespace

namespace {

// The next statement of the open body s (the innermost), or nullptr at its end, when s is
// closed. The previous statement's nodes are given back first.
Node* body_step(Parser* P, BodyStream* s) {
  if (!s->marked) {
    arena_trim(P->arena);
    s->mark = *P->arena;
    s->marked = true;
  } else arena_restore(P->arena, s->mark);
  Node* st = nullptr;
  if (!s->ended && !P->failed) {
    int nest = P->nest;
    P->nest = s->nest;  // as deep as when the whole suite is parsed (the recursion limit)
    if (s->inline_body) {  // `def f(): a; b`
      st = simple_stmt(P);
      if (!accept(P, T_SEMI) || kind(P) == T_NEWLINE) {
        expect(P, T_NEWLINE);
        s->ended = true;
      }
    } else if (kind(P) != T_DEDENT && kind(P) != T_EOF) {
      P->stream_here = true;
      st = stmt(P);
    } else accept(P, T_DEDENT);
    P->nest = nest;
  }
  if (P->failed) st = nullptr;
  if (!st) P->open = s->outer;
  return st;
}

// StmtSource::next_in_body: the open bodies inside header's that the compiler left are
// parsed to their end and dropped first.
Node* next_in_body(void* ctx, Node* header) {
  Parser* P = (Parser*)ctx;
  while (P->open && !P->failed) {
    BodyStream* s = P->open;
    Node* st = body_step(P, s);
    if (s->header == header) return st;
  }
  return nullptr;
}

// StmtSource::next: the tree of the previous statement is freed first (the rest of its
// streamed bodies parsed and dropped). A def or class (or a decorator) starts a statement
// read twice: the lexer is pinned at its first token.
Node* next_statement(void* ctx) {
  Parser* P = (Parser*)ctx;
  while (P->open && !P->failed) body_step(P, P->open);
  P->open = nullptr;
  lexer_unpin(P->L);
  arena_release(P->arena);
  while (accept(P, T_NEWLINE)) {}
  if (P->failed || kind(P) == T_EOF) return nullptr;
  P->ordinal = 0;
  int k = kind(P);
  P->stream_here = g_stream_bodies && (k == T_DEF || k == T_CLASS || k == T_AT || k == T_ASYNC) && lexer_pin(P->L);
  Node* s = stmt(P);
  return P->failed ? nullptr : s;
}

// StmtSource::rewind
Node* rewind_statement(void* ctx) {
  Parser* P = (Parser*)ctx;
  if (!P->L->pin) return nullptr;
  P->open = nullptr;
  arena_release(P->arena);
  lexer_rewind(P->L);
  P->ordinal = 0;
  P->stream_here = true;
  Node* s = stmt(P);
  return P->failed ? nullptr : s;
}

Node* parse_eval(Parser* P) {
  while (kind(P) == T_NEWLINE || kind(P) == T_INDENT) advance(P);
  Node* root = testlist_star(P, true);
  while (kind(P) == T_NEWLINE || kind(P) == T_DEDENT) advance(P);
  if (kind(P) != T_EOF) error(P, "invalid syntax");
  return P->failed || root == &g_dummy ? nullptr : root;
}

}  // namespace

// Parses and compiles what L reads, then frees what the lexer holds.
Val parse_compile_lexer(Lexer* L, Val filename, int mode) {
  NodeArena arena{};
  Parser P{};
  P.L = L;
  P.filename = filename;
  P.arena = &arena;
  Val code;
  if (mode == 1) {
    Node* root = parse_eval(&P);
    code = root ? compile_expression(root, filename) : nullptr;
  } else {
    StmtSource src{&P, next_statement, next_in_body, rewind_statement};
    code = compile_module(filename, mode, &src);
  }
  arena_release(&arena);
  lexer_free(L);
  return code;
}

Val parse_compile(const char* src, size_t len, Val filename, int mode) {
  Lexer L;
  lexer_init(&L, src, len, filename, 1);
  return parse_compile_lexer(&L, filename, mode);
}

}  // namespace py
