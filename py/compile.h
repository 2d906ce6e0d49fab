// Source to bytecode: the lexer (tokens), the parser (AST nodes) and the compiler.
// All three allocate from the GC heap; the structures die after compilation.
// Errors: a SyntaxError is stored as the pending exception and a null result returned.
#pragma once
#include "obj.h"

namespace py {

enum Tok : uint16_t {
  T_EOF, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_NUMBER, T_STRING,
  // keywords
  T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK, T_CLASS,
  T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM, T_GLOBAL,
  T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS, T_RAISE,
  T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
  // operators and delimiters
  T_PLUS, T_MINUS, T_STAR, T_DSTAR, T_SLASH, T_DSLASH, T_PERCENT, T_AT, T_LSHIFT, T_RSHIFT,
  T_AMP, T_PIPE, T_CARET, T_TILDE, T_WALRUS, T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE,
  T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COMMA, T_COLON, T_DOT, T_SEMI,
  T_ASSIGN, T_ARROW, T_ELLIPSIS,
  T_PLUS_EQ, T_MINUS_EQ, T_STAR_EQ, T_SLASH_EQ, T_DSLASH_EQ, T_PERCENT_EQ, T_AT_EQ,
  T_AMP_EQ, T_PIPE_EQ, T_CARET_EQ, T_RSHIFT_EQ, T_LSHIFT_EQ, T_DSTAR_EQ,
};

enum StrFlags : uint16_t { SF_BYTES = 1, SF_FSTRING = 2, SF_RAW = 4 };

struct Token {
  uint16_t kind;
  uint16_t flags;  // StrFlags for strings
  uint32_t line;
  Val v;           // name (interned), number, string value (f-strings: raw source text)
};

// Tokenise a whole source. Returns false with SyntaxError pending.
bool lex(const char* src, size_t len, Val filename, Token** toks, size_t* ntoks, int first_line);

enum NodeKind : uint16_t {
  N_NAME, N_CONST, N_BINOP, N_UNARY, N_BOOLOP, N_COMPARE, N_CMPITEM, N_CALL, N_KEYWORD,
  N_DSTAR, N_ATTR, N_SUBSCR, N_SLICE, N_TUPLE, N_LIST, N_SET, N_DICT, N_LISTCOMP,
  N_SETCOMP, N_GENEXP, N_DICTCOMP, N_COMPFOR, N_IFEXP, N_LAMBDA, N_STARRED, N_YIELD,
  N_YIELDFROM, N_AWAIT, N_NAMEDEXPR, N_JOINEDSTR, N_FORMATTED,
  N_EXPR, N_ASSIGN, N_AUGASSIGN, N_ANNASSIGN, N_DEL, N_PASS, N_BREAK, N_CONTINUE,
  N_RETURN, N_RAISE, N_GLOBAL, N_NONLOCAL, N_ASSERT, N_IF, N_WHILE, N_FOR, N_TRY,
  N_HANDLER, N_WITH, N_WITHITEM, N_FUNCDEF, N_CLASSDEF, N_IMPORT, N_IMPORTFROM, N_ALIAS,
  N_BLOCK, N_ARGS, N_ARG,
};

struct Node {
  uint16_t kind;
  uint16_t op;
  uint32_t line;
  int32_t n;
  uint32_t nitems;
  Node *a, *b, *c, *d;
  Val v, v2;
  Node** items;
};

// mode: 0 = file (statements), 1 = eval (one expression), 2 = single (REPL line)
Node* parse(Token* toks, size_t ntoks, Val filename, int mode);
Val compile_ast(Node* root, Val filename, int mode);  // returns a Code object

Val syntax_error(Val filename, int line, const char* msg);

}  // namespace py
