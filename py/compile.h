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

// The streaming lexer: tokens are made as the parser asks for them and queued only while
// they are lookahead, so lexing needs a few hundred bytes whatever the source size. The
// source stays where it is (a string, a file read into memory, ROM).
struct Lexer {
  const char* p;            // the source text, or the window of it read so far
  const char* end;
  // a source read piece by piece (a file): only a window of it is in memory
  long (*read)(void* ctx, char* buf, size_t n);  // bytes read, 0 at the end, -errno
  void* read_ctx;
  char* buf;                // the window (GC heap, holds the longest line or string)
  size_t buf_cap;
  const char* nl;           // the next newline in the window, once found
  bool src_done;            // no more text to come
  bool read_ended;          // the reader has given all it had (a replayed tape may remain)
  // A pin (lexer_pin), so that lexer_rewind can lex the text from `pin` on again: a string
  // source keeps it anyway; a reader's window moves on, the text it drops after the pin going
  // to a tape (a chain of small blocks: no large one to find) that lexer_rewind replays
  // before reading on. pin_tok: the token queued at the pin, pin_line: the line then.
  const char* pin;
  Token pin_tok;
  uint32_t pin_line;
  struct TapeChunk* tape;   // the text taped since the pin, first chunk
  struct TapeChunk* tape_tail;
  struct TapeChunk* replay; // being replayed after a rewind (freed as it goes)
  Val filename;
  uint32_t line;
  Token* q;                 // queued tokens [head, n) in a GC block of cap tokens
  uint32_t head, n, cap;
  uint16_t last_kind;       // kind of the last token queued
  bool at_line_start, failed, done;
  int depth;                // bracket nesting
  int nindent;
  int indents[128];
};
void lexer_init(Lexer* L, const char* src, size_t len, Val filename, int first_line);
void lexer_init_reader(Lexer* L, long (*read)(void* ctx, char* buf, size_t n), void* ctx, Val filename);
// The token k places ahead of the current one (k = 0). After the end of the source or an
// error (L->failed, SyntaxError pending) an EOF token.
Token lexer_peek(Lexer* L, uint32_t k);
void lexer_advance(Lexer* L);
void lexer_free(Lexer* L);  // gives the queue back to the heap
// Pins the current position at the start of a top-level statement (the queue holds just
// its first token; false, no pin, otherwise): the statement's text is then kept (a reader's
// on a tape) until lexer_unpin, and lexer_rewind lexes it again from there, with no seek on
// the source.
bool lexer_pin(Lexer* L);
void lexer_unpin(Lexer* L);
void lexer_rewind(Lexer* L);  // back to the pin (then unpinned)

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

// An AST node, in three sizes by kind (node_size): leaves (names, constants,
// pass/break/continue) end after `v` (16 bytes on 64-bit); only the kinds with a third
// branch (node_has_branches: if/while/for/try bodies, slices, a if b else c, import aliases)
// have `c` and `d` (64 bytes); the others end before them (48 bytes). Code reads a field
// only for the kinds that have it. The nodes that make a scope (node_makes_scope) carry in
// `n` their parse ordinal: the count of such nodes the parser made before them in the
// same top-level statement, the same however often the statement is parsed.
struct Node {
  uint16_t kind;
  uint16_t op;
  uint32_t line;
  Val v;
  Node *a, *b;
  Node** items;
  uint32_t nitems;
  int32_t n;
  Node* c;
  union {
    Node* d;
    Val v2;  // N_ALIAS: the `as` name
  };
};
inline bool node_is_leaf(int kind) {
  return kind == N_NAME || kind == N_CONST || kind == N_PASS || kind == N_BREAK || kind == N_CONTINUE;
}
inline bool node_has_branches(int kind) {
  return kind == N_IF || kind == N_WHILE || kind == N_FOR || kind == N_TRY || kind == N_SLICE ||
         kind == N_IFEXP || kind == N_ALIAS;
}
inline bool node_makes_scope(int kind) {
  return kind == N_FUNCDEF || kind == N_CLASSDEF || kind == N_LAMBDA || kind == N_LISTCOMP || kind == N_SETCOMP ||
         kind == N_GENEXP || kind == N_DICTCOMP;
}
// A def or class whose body is streamed (see StmtSource): the parser returned its header
// (decorators, arguments, bases) without the body (`b` null).
inline bool body_streamed(const Node* n) { return (n->kind == N_FUNCDEF || n->kind == N_CLASSDEF) && !n->b; }
inline size_t node_size(int kind) {
  return node_is_leaf(kind) ? offsetof(Node, a) : node_has_branches(kind) ? sizeof(Node) : offsetof(Node, c);
}

// Source to a module's code object. mode: 0 = file (statements), 1 = eval (one
// expression), 2 = single (REPL input). Memory stays bounded by the largest statement, a
// top-level one or one directly in the body of a top-level def or class (StmtSource): each
// is parsed, compiled and its tree freed before the next is read.
Val parse_compile(const char* src, size_t len, Val filename, int mode);
Val parse_compile_lexer(Lexer* L, Val filename, int mode);  // any lexer (a file reader's)

// The parser as the compiler sees it: statements one at a time, each tree freed when the
// next is asked for, so the compiler's memory is bounded by the largest statement.
// - next: the next top-level statement (nullptr at the end or after a syntax error, which is
//   then pending). A def or class at the top level comes as its header (body_streamed),
//   and so does one directly inside a streamed body.
// - next_in_body: the next statement of a streamed header's body (nullptr at its end or
//   after a syntax error). The tree of the previous one is freed; the header lives until
//   the end of the body. A body left unread (or partly read) is skipped by the next call
//   for an enclosing body or for the next top-level statement.
// - rewind: the current top-level statement's header again, parsed from its start, its
//   bodies to be read once more (the compiler reads a streamed statement twice: scopes
//   first, then code). Scope nodes get the same ordinals both times.
struct StmtSource {
  void* ctx;
  Node* (*next)(void* ctx);
  Node* (*next_in_body)(void* ctx, Node* header);
  Node* (*rewind)(void* ctx);
};
// False: every statement is one whole tree, read once (the freezer's --no-stream, to check
// that streaming makes the same code).
extern bool g_stream_bodies;

// The compiler's side: compile_module asks src for one top-level statement at a time and
// appends its code.
Val compile_module(Val filename, int mode, const StmtSource* src);
Val compile_expression(Node* root, Val filename);  // eval: the code returns the value

Val syntax_error(Val filename, int line, const char* msg);
// The same as an IndentationError (a MemoryError raised while making it stays one).
Val indentation_error(Val filename, int line, const char* msg);

}  // namespace py
