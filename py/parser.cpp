// Parser: tokens -> AST (recursive descent). On the first error a SyntaxError is stored,
// the parser jumps to the end of input and returns dummy nodes so that every caller unwinds
// without checks; parse() then returns nullptr.
#include "compile.h"
#include "runtime.h"

namespace py {

namespace {

constexpr int MAX_NEST = 180;

struct NodeVec {
  Node** items = nullptr;
  uint32_t n = 0, cap = 0;
  bool push(Node* x) {
    if (n == cap) {
      uint32_t nc = cap ? cap * 2 : 4;
      Node** p = (Node**)gc_realloc(items, nc * sizeof(Node*));
      if (!p) return false;
      items = p;
      cap = nc;
    }
    items[n++] = x;
    return true;
  }
};

struct Parser {
  Token* t;
  size_t n, pos;
  Val filename;
  bool failed;
  int nest;
};

Node g_dummy;  // returned after an error so callers need no null checks

Token& cur(Parser* P) { return P->t[P->pos]; }
int kind(Parser* P) { return P->t[P->pos].kind; }
int peek(Parser* P, int k = 1) { return P->pos + k < P->n ? (int)P->t[P->pos + k].kind : (int)T_EOF; }

void error_at(Parser* P, const char* msg, uint32_t line) {
  if (!P->failed) {
    P->failed = true;
    syntax_error(P->filename, line, msg);
  }
  P->pos = P->n - 1;  // EOF
}
void error(Parser* P, const char* msg) { error_at(P, msg, cur(P).line); }

Node* mk(Parser* P, uint16_t kind, uint32_t line) {
  if (P->failed) return &g_dummy;
  Node* x = (Node*)gc_alloc(sizeof(Node));
  if (!x) {
    if (!P->failed) { P->failed = true; raise_no_memory(); }
    P->pos = P->n - 1;
    return &g_dummy;
  }
  x->kind = kind;
  x->line = line;
  return x;
}

void set_items(Parser* P, Node* x, NodeVec& v) {
  if (x == &g_dummy) return;
  x->items = v.items;
  x->nitems = v.n;
}
void vpush(Parser* P, NodeVec& v, Node* x) {
  if (!v.push(x) && !P->failed) {
    P->failed = true;
    raise_no_memory();
    P->pos = P->n - 1;
  }
}

bool accept(Parser* P, int k) {
  if (kind(P) == k) { P->pos++; return true; }
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
      P->pos = P->n - 1;
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
      P->pos++;
      e = mk(P, N_STARRED, l);
      e->a = expr(P);
    } else e = expr(P);
    vpush(P, tv, e);
    if (kind(P) != T_COMMA) break;
    tuple = true;
    P->pos++;
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
      P->pos++;
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
    P->pos++;
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

Node* strings(Parser* P) {
  uint32_t line = cur(P).line;
  bool any_f = false, any_bytes = false, any_str = false;
  size_t start = P->pos;
  while (kind(P) == T_STRING) {
    uint16_t f = cur(P).flags;
    if (f & SF_FSTRING) any_f = true;
    if (f & SF_BYTES) any_bytes = true; else any_str = true;
    P->pos++;
  }
  size_t end = P->pos;
  if (any_bytes && any_str) { error_at(P, "cannot mix bytes and nonbytes literals", line); return &g_dummy; }
  if (!any_f) {
    if (end - start == 1) return const_node(P, P->t[start].v, line);
    Buf b;
    buf_init(&b, 16);
    for (size_t i = start; i < end; i++) buf_add(&b, str_data(P->t[i].v), str_len(P->t[i].v));
    Val v = any_bytes ? buf_to_bytes(&b) : buf_to_str(&b);
    if (!v) { error(P, "out of memory"); return &g_dummy; }
    return const_node(P, v, line);
  }
  Node* js = mk(P, N_JOINEDSTR, line);
  NodeVec parts;
  for (size_t i = start; i < end && !P->failed; i++) {
    Token& tk = P->t[i];
    if (tk.flags & SF_FSTRING) {
      Node* sub = parse_fstring(P, tk.v, tk.line, tk.flags & SF_RAW);
      for (uint32_t k = 0; k < sub->nitems; k++) vpush(P, parts, sub->items[k]);
    } else {
      vpush(P, parts, const_node(P, tk.v, tk.line));
    }
  }
  set_items(P, js, parts);
  return js;
}

Node* atom(Parser* P) {
  NestGuard g(P);
  Token& tk = cur(P);
  uint32_t line = tk.line;
  switch (tk.kind) {
    case T_NAME: P->pos++; return name_node(P, tk.v, line);
    case T_NUMBER: P->pos++; return const_node(P, tk.v, line);
    case T_STRING: return strings(P);
    case T_NONE: P->pos++; return const_node(P, None, line);
    case T_TRUE: P->pos++; return const_node(P, True_, line);
    case T_FALSE: P->pos++; return const_node(P, False_, line);
    case T_ELLIPSIS: P->pos++; return const_node(P, &ellipsis_obj, line);
    case T_LPAR: {
      P->pos++;
      if (accept(P, T_RPAR)) return mk(P, N_TUPLE, line);
      if (kind(P) == T_YIELD) {
        Node* y = yield_expr(P);
        expect(P, T_RPAR);
        return y;
      }
      Node* first = star_expr_or_test(P);
      if (kind(P) == T_WALRUS && first->kind == N_NAME) {
        P->pos++;
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
      P->pos++;
      NodeVec items;
      if (accept(P, T_RSQB)) return mk(P, N_LIST, line);
      Node* first = star_expr_or_test(P);
      if (kind(P) == T_WALRUS && first->kind == N_NAME) {
        P->pos++;
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
      P->pos++;
      Node* w = mk(P, N_NAMEDEXPR, line);
      w->a = lo;
      w->b = test(P);
      return w;
    }
    if (kind(P) != T_COLON) return lo;
  }
  P->pos++;  // ':'
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
      P->pos += 2;
      k->a = test(P);
      vpush(P, args, k);
    } else {
      Node* e = test(P);
      if (kind(P) == T_WALRUS && e->kind == N_NAME) {
        P->pos++;
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
      P->pos++;
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
    P->pos++;
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
    P->pos++;
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
    case T_LT: P->pos++; return OP_LT;
    case T_GT: P->pos++; return OP_GT;
    case T_LE: P->pos++; return OP_LE;
    case T_GE: P->pos++; return OP_GE;
    case T_EQ: P->pos++; return OP_EQ;
    case T_NE: P->pos++; return OP_NE;
    case T_IN: P->pos++; return OP_IN;
    case T_NOT:
      if (peek(P) == T_IN) { P->pos += 2; return OP_NOT_IN; }
      return -1;
    case T_IS:
      P->pos++;
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
    P->pos++;
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
        P->pos++;
        continue;
      }
      arg->op = 2;
      mode = 1;
    } else if (accept(P, T_DSTAR)) {
      arg->op = 3;
    } else arg->op = mode;
    if (kind(P) != T_NAME) { error(P, "invalid syntax"); break; }
    arg->v = cur(P).v;
    P->pos++;
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

Node* suite(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_COLON);
  NodeVec v;
  if (!accept(P, T_NEWLINE)) {
    // simple statements on the same line
    for (;;) {
      vpush(P, v, simple_stmt(P));
      if (!accept(P, T_SEMI)) break;
      if (kind(P) == T_NEWLINE) break;
    }
    expect(P, T_NEWLINE);
    return block_of(P, v, line);
  }
  if (!accept(P, T_INDENT)) {
    error_at(P, "expected an indented block", cur(P).line);
    if (P->failed && exc_pending()) ((Obj*)exc_pending())->type = &IndentationError_type;
    return &g_dummy;
  }
  while (kind(P) != T_DEDENT && kind(P) != T_EOF && !P->failed) vpush(P, v, stmt(P));
  accept(P, T_DEDENT);
  return block_of(P, v, line);
}

Node* dotted_name(Parser* P) {
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return nullptr; }
  Val name = cur(P).v;
  P->pos++;
  while (kind(P) == T_DOT && peek(P) == T_NAME) {
    P->pos++;
    Val part = cur(P).v;
    P->pos++;
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
        P->pos++;
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
    P->pos++;
    if (accept(P, T_AS)) {
      if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
      a->v2 = cur(P).v;
      P->pos++;
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
    P->pos++;
    Node* s = mk(P, N_AUGASSIGN, line);
    s->op = aop;
    s->a = e;
    s->b = kind(P) == T_YIELD ? yield_expr(P) : testlist_star(P, true);
    return s;
  }
  if (k == T_COLON) {  // annotated assignment
    P->pos++;
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
  Token& tk = cur(P);
  uint32_t line = tk.line;
  switch (tk.kind) {
    case T_PASS: P->pos++; return mk(P, N_PASS, line);
    case T_BREAK: P->pos++; return mk(P, N_BREAK, line);
    case T_CONTINUE: P->pos++; return mk(P, N_CONTINUE, line);
    case T_RETURN: {
      P->pos++;
      Node* s = mk(P, N_RETURN, line);
      int k = kind(P);
      if (k != T_NEWLINE && k != T_SEMI && k != T_EOF) s->a = testlist_star(P, true);
      return s;
    }
    case T_RAISE: {
      P->pos++;
      Node* s = mk(P, N_RAISE, line);
      int k = kind(P);
      if (k != T_NEWLINE && k != T_SEMI && k != T_EOF) {
        s->a = test(P);
        if (accept(P, T_FROM)) s->b = test(P);
      }
      return s;
    }
    case T_GLOBAL: case T_NONLOCAL: {
      P->pos++;
      Node* s = mk(P, tk.kind == T_GLOBAL ? N_GLOBAL : N_NONLOCAL, line);
      NodeVec v;
      do {
        if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
        vpush(P, v, name_node(P, cur(P).v, line));
        P->pos++;
      } while (accept(P, T_COMMA));
      set_items(P, s, v);
      return s;
    }
    case T_DEL: {
      P->pos++;
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
      P->pos++;
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

Node* funcdef(Parser* P, bool is_async) {
  uint32_t line = cur(P).line;
  expect(P, T_DEF);
  Node* f = mk(P, N_FUNCDEF, line);
  f->op = is_async;
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
  f->v = cur(P).v;
  P->pos++;
  expect(P, T_LPAR);
  f->a = args_decl(P, false);
  expect(P, T_RPAR);
  if (accept(P, T_ARROW)) test(P);
  f->b = suite(P);
  return f;
}

Node* classdef(Parser* P) {
  uint32_t line = cur(P).line;
  expect(P, T_CLASS);
  Node* c = mk(P, N_CLASSDEF, line);
  if (kind(P) != T_NAME) { error(P, "invalid syntax"); return &g_dummy; }
  c->v = cur(P).v;
  P->pos++;
  Node* call = mk(P, N_CALL, line);
  if (accept(P, T_LPAR)) call_args(P, call, T_RPAR);
  c->a = call;
  c->b = suite(P);
  return c;
}

Node* if_stmt(Parser* P) {
  uint32_t line = cur(P).line;
  P->pos++;  // if / elif
  Node* s = mk(P, N_IF, line);
  s->a = test(P);
  if (kind(P) == T_WALRUS && s->a->kind == N_NAME) {
    P->pos++;
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
    P->pos++;
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
    P->pos++;
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
        P->pos++;
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
    size_t i = P->pos;
    for (; i < P->n; i++) {
      int k = P->t[i].kind;
      if (k == T_LPAR) depth++;
      else if (k == T_RPAR && --depth == 0) break;
      else if (k == T_AS && depth == 1) paren = true;
    }
    if (paren && i + 1 < P->n && P->t[i + 1].kind == T_COLON) P->pos++;
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
  uint32_t line = cur(P).line;
  switch (kind(P)) {
    case T_IF: return if_stmt(P);
    case T_WHILE: {
      P->pos++;
      Node* s = mk(P, N_WHILE, line);
      s->a = namedexpr_test(P);
      s->b = suite(P);
      if (accept(P, T_ELSE)) s->c = suite(P);
      return s;
    }
    case T_FOR: return for_stmt(P, false);
    case T_TRY: return try_stmt(P);
    case T_WITH: return with_stmt(P, false);
    case T_DEF: return funcdef(P, false);
    case T_CLASS: return classdef(P);
    case T_ASYNC:
      P->pos++;
      if (kind(P) == T_DEF) return funcdef(P, true);
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
      if (kind(P) == T_DEF) d = funcdef(P, false);
      else if (kind(P) == T_CLASS) d = classdef(P);
      else if (kind(P) == T_ASYNC && peek(P) == T_DEF) { P->pos++; d = funcdef(P, true); }
      else { error(P, "invalid syntax"); return &g_dummy; }
      set_items(P, d, decos);
      return d;
    }
    case T_INDENT:
      error_at(P, "unexpected indent", line);
      if (exc_pending()) ((Obj*)exc_pending())->type = &IndentationError_type;
      return &g_dummy;
    default: return simple_stmts(P);
  }
}

// ---- f-strings ----------------------------------------------------------------------
Node* parse_sub_expr(Parser* P, const char* s, size_t n, uint32_t line) {
  Token* toks;
  size_t ntoks;
  // wrap in parentheses so newlines inside are fine
  Buf b;
  buf_init(&b, n + 3);
  buf_addc(&b, '(');
  buf_add(&b, s, n);
  buf_addc(&b, ')');
  if (b.failed) { error(P, "out of memory"); return &g_dummy; }
  bool ok = lex(b.data, b.len, P->filename, &toks, &ntoks, line);
  if (!ok) {
    P->failed = true;
    P->pos = P->n - 1;
    return &g_dummy;
  }
  Parser sub;
  memset(&sub, 0, sizeof sub);
  sub.t = toks;
  sub.n = ntoks;
  sub.filename = P->filename;
  sub.nest = P->nest;
  Node* e = testlist_star(&sub, true);
  if (!sub.failed && sub.t[sub.pos].kind != T_NEWLINE) error(&sub, "invalid syntax");
  if (sub.failed) {
    P->failed = true;
    P->pos = P->n - 1;
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
      Token* toks;
      size_t nt;
      if (q.failed || !lex(q.data, q.len, P->filename, &toks, &nt, line)) { P->failed = true; P->pos = P->n - 1; return; }
      v = toks[0].v;
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

Node* parse(Token* toks, size_t ntoks, Val filename, int mode) {
  Parser P;
  memset(&P, 0, sizeof P);
  P.t = toks;
  P.n = ntoks;
  P.filename = filename;
  Node* root;
  if (mode == 1) {  // eval
    while (kind(&P) == T_NEWLINE || kind(&P) == T_INDENT) P.pos++;
    root = testlist_star(&P, true);
    while (kind(&P) == T_NEWLINE || kind(&P) == T_DEDENT) P.pos++;
    if (kind(&P) != T_EOF) error(&P, "invalid syntax");
  } else {
    NodeVec v;
    while (kind(&P) != T_EOF && !P.failed) {
      if (accept(&P, T_NEWLINE)) continue;
      vpush(&P, v, stmt(&P));
    }
    root = block_of(&P, v, 1);
  }
  if (P.failed || root == &g_dummy) return nullptr;
  return root;
}

}  // namespace py
