// Lexer: source text -> tokens on demand (the parser's lookahead), with INDENT/DEDENT and
// implicit line joining. Only the tokens not yet consumed are held in memory.
#include <stdlib.h>

#include "compile.h"
#include "float_text.h"
#include "runtime.h"

namespace py {

namespace {

constexpr uint8_t text_len(const char* s) { return *s ? 1 + text_len(s + 1) : 0; }

// Keywords and operators carry their length, so a lookup compares the length and the first
// character before any text (the lexer is most of the compiler's time, and a def or class
// is lexed twice: compile.h StmtSource).
struct Kw {
  const char* s;
  Tok t;
  uint8_t len;
  constexpr Kw(const char* s_, Tok t_) : s(s_), t(t_), len(text_len(s_)) {}
};
const Kw keywords[] = {
  {"False", T_FALSE}, {"None", T_NONE}, {"True", T_TRUE}, {"and", T_AND}, {"as", T_AS},
  {"assert", T_ASSERT}, {"async", T_ASYNC}, {"await", T_AWAIT}, {"break", T_BREAK},
  {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF}, {"del", T_DEL},
  {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT}, {"finally", T_FINALLY},
  {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL}, {"if", T_IF}, {"import", T_IMPORT},
  {"in", T_IN}, {"is", T_IS}, {"lambda", T_LAMBDA}, {"nonlocal", T_NONLOCAL}, {"not", T_NOT},
  {"or", T_OR}, {"pass", T_PASS}, {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY},
  {"while", T_WHILE}, {"with", T_WITH}, {"yield", T_YIELD},
};

using Op = Kw;
// longest first
const Op ops[] = {
  {"**=", T_DSTAR_EQ}, {"//=", T_DSLASH_EQ}, {">>=", T_RSHIFT_EQ}, {"<<=", T_LSHIFT_EQ},
  {"...", T_ELLIPSIS}, {"**", T_DSTAR}, {"//", T_DSLASH}, {"<<", T_LSHIFT}, {">>", T_RSHIFT},
  {"<=", T_LE}, {">=", T_GE}, {"==", T_EQ}, {"!=", T_NE}, {"->", T_ARROW}, {":=", T_WALRUS},
  {"+=", T_PLUS_EQ}, {"-=", T_MINUS_EQ}, {"*=", T_STAR_EQ}, {"/=", T_SLASH_EQ},
  {"%=", T_PERCENT_EQ}, {"@=", T_AT_EQ}, {"&=", T_AMP_EQ}, {"|=", T_PIPE_EQ}, {"^=", T_CARET_EQ},
  {"+", T_PLUS}, {"-", T_MINUS}, {"*", T_STAR}, {"/", T_SLASH}, {"%", T_PERCENT}, {"@", T_AT},
  {"&", T_AMP}, {"|", T_PIPE}, {"^", T_CARET}, {"~", T_TILDE}, {"<", T_LT}, {">", T_GT},
  {"(", T_LPAR}, {")", T_RPAR}, {"[", T_LSQB}, {"]", T_RSQB}, {"{", T_LBRACE}, {"}", T_RBRACE},
  {",", T_COMMA}, {":", T_COLON}, {".", T_DOT}, {";", T_SEMI}, {"=", T_ASSIGN},
};

bool fail(Lexer* L, const char* msg) {
  if (!L->failed) syntax_error(L->filename, L->line, msg);
  L->failed = true;
  return false;
}

// Queues a token. Tokens the parser has consumed are dropped first (the queue only holds
// the lookahead), so it grows only while the parser looks far ahead.
bool push(Lexer* L, uint16_t kind, Val v, uint16_t flags = 0) {
  if (L->n == L->cap && L->head > 0) {
    memmove(L->q, L->q + L->head, (L->n - L->head) * sizeof(Token));
    L->n -= L->head;
    L->head = 0;
  }
  if (L->n == L->cap) {
    uint32_t nc = L->cap ? L->cap * 2 : 8;
    Token* t = (Token*)gc_realloc(L->q, nc * sizeof(Token));
    if (!t) { raise_no_memory(); L->failed = true; return false; }
    L->q = t;
    L->cap = nc;
  }
  L->q[L->n++] = Token{kind, flags, L->line, v};
  L->last_kind = kind;
  return true;
}

}  // namespace

// A piece of a pinned statement's text that has left a reader's window.
struct TapeChunk {
  TapeChunk* next;
  uint32_t len;
  char text[244 - sizeof(void*)];  // the chunk fills a 256-byte heap block
};

namespace {

// Appends n bytes at s to the tape.
bool tape_add(Lexer* L, const char* s, size_t n) {
  while (n) {
    TapeChunk* t = L->tape_tail;
    if (!t || t->len == sizeof t->text) {
      TapeChunk* c = (TapeChunk*)gc_alloc(sizeof(TapeChunk));
      if (!c) { raise_no_memory(); L->failed = true; return false; }
      if (t) t->next = c;
      else L->tape = c;
      L->tape_tail = t = c;
    }
    size_t k = sizeof t->text - t->len < n ? sizeof t->text - t->len : n;
    memcpy(t->text + t->len, s, k);
    t->len += (uint32_t)k;
    s += k;
    n -= k;
  }
  return true;
}

void free_chunks(TapeChunk* c) {
  while (c) {
    TapeChunk* next = c->next;
    gc_free(c);
    c = next;
  }
}

// After a rewind: up to n bytes of the tape into buf, each chunk freed once copied.
size_t replay(Lexer* L, char* buf, size_t n) {
  size_t got = 0;
  while (L->replay && got < n) {
    TapeChunk* c = L->replay;
    size_t k = c->len < n - got ? c->len : n - got;
    memcpy(buf + got, c->text, k);
    got += k;
    c->len -= (uint32_t)k;
    memmove(c->text, c->text + k, c->len);
    if (!c->len) {
      L->replay = c->next;
      gc_free(c);
    }
  }
  return got;
}

// Reader sources: pulls more text into the window (from the tape first after a rewind).
// The text from *keep on (keep <= p) moves to the front of the buffer, which grows by half
// when it is already full of it; *keep, p and end follow; text before it that is pinned
// goes to the tape. False at the end of the source (or on a read error, then pending).
bool refill(Lexer* L, const char** keep) {
  if (!L->read || L->src_done) return false;
  if (L->pin) {
    if (!tape_add(L, L->pin, *keep - L->pin)) return false;
    L->pin = *keep;
  }
  const char* from = *keep;
  size_t kept = L->end - from, p_off = L->p - from;
  char* buf = L->buf;
  if (kept == L->buf_cap) {  // from is the buffer's start
    size_t cap = L->buf_cap ? (L->buf_cap + L->buf_cap / 2 + 15) & ~(size_t)15 : 256;
    buf = (char*)(L->buf ? gc_realloc(L->buf, cap) : gc_alloc_atomic(cap));
    if (!buf) { raise_no_memory(); L->failed = true; return false; }
    L->buf = buf;
    L->buf_cap = cap;
  } else {
    if (kept) memmove(buf, from, kept);
  }
  if (L->pin) L->pin = buf;
  *keep = buf;
  L->p = buf + p_off;
  L->end = buf + kept;
  L->nl = nullptr;
  if (L->replay) {
    L->end += replay(L, buf + kept, L->buf_cap - kept);
    L->src_done = !L->replay && L->read_ended;
    return true;
  }
  long n = L->read(L->read_ctx, buf + kept, L->buf_cap - kept);
  if (n < 0) {
    L->src_done = L->read_ended = true;
    L->failed = true;
    raise(&OSError_type, "[Errno %d] can't read %s", (int)-n, str_data(L->filename));
    return false;
  }
  if (n == 0) L->src_done = L->read_ended = true;
  L->end += n;
  return n > 0;
}

// Reader sources: the rest of the current physical line is in the window, so a token (all
// but multi-line strings, which refill themselves) never needs more text.
void ensure_line(Lexer* L) {
  if (!L->read || (L->nl && L->nl >= L->p)) return;
  for (;;) {
    L->nl = L->p < L->end ? (const char*)memchr(L->p, '\n', L->end - L->p) : nullptr;
    if (L->nl || L->src_done) return;
    const char* k = L->p;
    if (!refill(L, &k)) return;
  }
}

inline bool is_id_start(unsigned char c) { return c == '_' || (unsigned)((c | 32) - 'a') < 26u || c >= 0x80; }
inline bool is_id_char(unsigned char c) { return is_id_start(c) || (unsigned)(c - 48) < 10u; }
inline int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 32;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool lex_number(Lexer* L) {
  const char* s = L->p;
  const char* e = L->end;
  const char* q = s;
  if (*q == '0' && q + 1 < e && ((q[1] | 32) == 'x' || (q[1] | 32) == 'o' || (q[1] | 32) == 'b')) {
    int base = (q[1] | 32) == 'x' ? 16 : (q[1] | 32) == 'o' ? 8 : 2;
    q += 2;
    if (q < e && *q == '_') q++;  // 0x_ff
    const char* ds = q;
    while (q < e && (hexval(*q) >= 0 || *q == '_')) q++;
    if (q < e && is_id_char((unsigned char)*q)) return fail(L, "invalid syntax for number");
    Val v = int_parse(ds, q - ds, base, true);
    if (!v) { exc_take(); return fail(L, "invalid syntax for number"); }
    L->p = q;
    return push(L, T_NUMBER, v);
  }
  bool is_float = false;
  while (q < e && ((*q >= '0' && *q <= '9') || *q == '_')) q++;
  if (q < e && *q == '.') {
    is_float = true;
    q++;
    while (q < e && ((*q >= '0' && *q <= '9') || *q == '_')) q++;
  }
  if (q < e && (*q | 32) == 'e') {
    const char* r = q + 1;
    if (r < e && (*r == '+' || *r == '-')) r++;
    if (r < e && *r >= '0' && *r <= '9') {
      is_float = true;
      q = r;
      while (q < e && ((*q >= '0' && *q <= '9') || *q == '_')) q++;
    }
  }
  bool imag = false;
  if (q < e && (*q | 32) == 'j') { imag = true; q++; }
  if (q < e && is_id_char((unsigned char)*q)) return fail(L, "invalid syntax for number");
  // The literal without '_' and 'j'; any length is allowed (MicroPython's tests use
  // float literals of several hundred digits).
  Buf digits;
  buf_init(&digits, (size_t)(q - s) + 1);
  for (const char* r = s; r < q; r++)
    if (*r != '_' && (*r | 32) != 'j') buf_addc(&digits, *r);
  if (digits.failed) { raise_no_memory(); L->failed = true; return false; }
  Val v;
  double d = 0;
  if (imag || is_float) scan_double(digits.data, digits.data + digits.len, &d);
  if (imag) v = complex_new(0, d);
  else if (is_float) v = float_new(d);
  else {
    if (s[0] == '0') {
      for (const char* r = s; r < q; r++)
        if (*r != '0' && *r != '_') return fail(L, "invalid syntax for number");
    }
    v = int_parse(s, q - s, 10, true);
    if (!v) { exc_take(); return fail(L, "invalid syntax for number"); }
  }
  if (!v) { L->failed = true; return false; }
  L->p = q;
  return push(L, T_NUMBER, v);
}

// Decode escapes of a (non-raw) literal body into buf.
bool unescape(Lexer* L, Buf* b, const char* s, const char* e, bool bytes) {
  while (s < e) {
    char c = *s++;
    if (c != '\\' || s >= e) {
      if (bytes && (unsigned char)c >= 0x80) return fail(L, "bytes can only contain ASCII literal characters");
      buf_addc(b, c);
      continue;
    }
    char x = *s++;
    switch (x) {
      case '\n': break;
      case '\\': buf_addc(b, '\\'); break;
      case '\'': buf_addc(b, '\''); break;
      case '"': buf_addc(b, '"'); break;
      case 'a': buf_addc(b, 7); break;
      case 'b': buf_addc(b, 8); break;
      case 'f': buf_addc(b, 12); break;
      case 'n': buf_addc(b, 10); break;
      case 'r': buf_addc(b, 13); break;
      case 't': buf_addc(b, 9); break;
      case 'v': buf_addc(b, 11); break;
      case 'x': {
        int h1 = s < e ? hexval(s[0]) : -1, h2 = s + 1 < e ? hexval(s[1]) : -1;
        if (h1 < 0 || h2 < 0) return fail(L, "invalid \\x escape");
        s += 2;
        if (bytes) buf_addc(b, (char)(h1 * 16 + h2));
        else buf_add_utf8(b, h1 * 16 + h2);
        break;
      }
      case 'u': case 'U': {
        if (bytes) { buf_addc(b, '\\'); buf_addc(b, x); break; }
        int nd = x == 'u' ? 4 : 8;
        uint32_t cp = 0;
        for (int i = 0; i < nd; i++) {
          int h = s < e ? hexval(*s) : -1;
          if (h < 0) return fail(L, "invalid \\u escape");
          cp = cp * 16 + h;
          s++;
        }
        if (cp > 0x10ffff) return fail(L, "invalid \\U escape");
        buf_add_utf8(b, cp);
        break;
      }
      case 'N':
        return fail(L, "\\N{...} escapes are not supported");
      default:
        if (x >= '0' && x <= '7') {
          int v = x - '0';
          for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) v = v * 8 + (*s++ - '0');
          if (bytes) buf_addc(b, (char)v);
          else buf_add_utf8(b, v);
        } else {
          buf_addc(b, '\\');
          buf_addc(b, x);
        }
    }
  }
  return true;
}

bool lex_string(Lexer* L, uint16_t flags) {
  char q = *L->p;
  bool triple = L->p + 2 < L->end && L->p[1] == q && L->p[2] == q;
  L->p += triple ? 3 : 1;
  const char* s = L->p;
  uint32_t start_line = L->line;
  for (;;) {
    if (L->end - L->p < 3 && !refill(L, &s) && L->failed) return false;
    if (L->p >= L->end) { L->line = start_line; return fail(L, "unterminated string"); }
    char c = *L->p;
    if (c == '\\' && L->p + 1 < L->end) {
      if (L->p[1] == '\n') L->line++;
      L->p += 2;
      continue;
    }
    if (c == '\n') {
      if (!triple) return fail(L, "unterminated string");
      L->line++;
    }
    if (c == q && (!triple || (L->p + 2 < L->end && L->p[1] == q && L->p[2] == q))) break;
    L->p++;
  }
  const char* e = L->p;
  L->p += triple ? 3 : 1;
  Val v;
  if (flags & SF_FSTRING) {
    v = str_new(s, e - s);
  } else if (flags & SF_RAW) {
    v = (flags & SF_BYTES) ? bytes_new(s, e - s) : str_new(s, e - s);
  } else {
    Buf b;
    buf_init(&b, (e - s) + 1);
    if (!unescape(L, &b, s, e, flags & SF_BYTES)) return false;
    v = (flags & SF_BYTES) ? buf_to_bytes(&b) : buf_to_str(&b);
  }
  if (!v) { L->failed = true; return false; }
  uint32_t l = L->line;
  L->line = start_line;
  bool ok = push(L, T_STRING, v, flags);
  L->line = l;
  return ok;
}

// Handle the start of a logical line: measure indentation, emit INDENT/DEDENT.
bool lex_indent(Lexer* L) {
  for (;;) {
    ensure_line(L);
    if (L->failed) return false;
    int col = 0;
    const char* q = L->p;
    while (q < L->end && (*q == ' ' || *q == '\t' || *q == '\f')) {
      col = *q == '\t' ? (col / 8 + 1) * 8 : col + 1;
      q++;
    }
    if (q >= L->end) { L->p = q; return true; }
    if (*q == '#' ) {
      while (q < L->end && *q != '\n') q++;
    }
    if (q < L->end && (*q == '\n' || *q == '\r')) {
      if (*q == '\r') q++;
      if (q < L->end && *q == '\n') q++;
      L->line++;
      L->p = q;
      continue;
    }
    if (q + 1 < L->end && *q == '\\' && q[1] == '\n') {  // continuation line at the start
      L->p = q;
      return true;
    }
    L->p = q;
    int top = L->indents[L->nindent - 1];
    if (col > top) {
      if (L->nindent >= 127) return fail(L, "too many indentation levels");
      L->indents[L->nindent++] = col;
      return push(L, T_INDENT, nullptr);
    }
    while (col < L->indents[L->nindent - 1]) {
      L->nindent--;
      if (!push(L, T_DEDENT, nullptr)) return false;
    }
    if (col != L->indents[L->nindent - 1]) {
      if (!L->failed) {
        L->failed = true;
        indentation_error(L->filename, L->line, "unindent doesn't match any outer indent level");
      }
      return false;
    }
    return true;
  }
}

}  // namespace

void lexer_init(Lexer* L, const char* src, size_t len, Val filename, int first_line) {
  memset(L, 0, sizeof *L);
  L->p = src;
  L->end = src + len;
  L->filename = filename;
  L->line = first_line;
  L->nindent = 1;
  L->at_line_start = true;
  L->last_kind = T_NEWLINE;  // no NEWLINE before the first token
}

namespace {

// The end of the source: the last logical line ends, open blocks close, then EOF.
void lex_finish(Lexer* L) {
  if (L->last_kind != T_NEWLINE) push(L, T_NEWLINE, nullptr);
  while (L->nindent > 1) { L->nindent--; push(L, T_DEDENT, nullptr); }
  push(L, T_EOF, nullptr);
  L->done = true;
}

// Names, keywords and prefixed strings.
void lex_word(Lexer* L) {
  const char* q = L->p;
  uint16_t flags = 0;
  bool prefix_ok = true;
  while (q < L->end && q - L->p < 3 && is_id_start((unsigned char)*q)) {
    char l = *q | 32;
    if (l == 'r' && !(flags & SF_RAW)) flags |= SF_RAW;
    else if (l == 'b' && !(flags & (SF_BYTES | SF_FSTRING))) flags |= SF_BYTES;
    else if (l == 'f' && !(flags & (SF_BYTES | SF_FSTRING))) flags |= SF_FSTRING;
    else if (l == 'u' && q == L->p) {}
    else { prefix_ok = false; break; }
    q++;
  }
  if (prefix_ok && q < L->end && (*q == '\'' || *q == '"')) {
    L->p = q;
    lex_string(L, flags);
    return;
  }
  q = L->p;
  while (q < L->end && is_id_char((unsigned char)*q)) q++;
  size_t n = q - L->p;
  Tok kind = T_NAME;
  for (const Kw& k : keywords)
    if (k.len == n && k.s[0] == L->p[0] && memcmp(k.s, L->p, n) == 0) { kind = k.t; break; }
  Val v = nullptr;
  if (kind == T_NAME) {
    v = str_intern(L->p, n);
    if (!v) { L->failed = true; return; }
  }
  L->p = q;
  push(L, kind, v);
}

void lex_operator(Lexer* L) {
  for (const Op& o : ops) {
    size_t n = o.len;
    if (o.s[0] == L->p[0] && (size_t)(L->end - L->p) >= n && memcmp(o.s, L->p, n) == 0) {
      if (o.t == T_LPAR || o.t == T_LSQB || o.t == T_LBRACE) L->depth++;
      if ((o.t == T_RPAR || o.t == T_RSQB || o.t == T_RBRACE) && L->depth > 0) L->depth--;
      L->p += n;
      push(L, o.t, nullptr);
      return;
    }
  }
  fail(L, "invalid syntax");
}

// Reads source until at least one more token is queued (or the end, or an error).
void lex_step(Lexer* L) {
  uint32_t before = L->n - L->head;
  while (!L->failed && !L->done && L->n - L->head == before) {
    ensure_line(L);
    if (L->failed) return;
    if (L->at_line_start && L->depth == 0) {
      if (!lex_indent(L)) return;
      L->at_line_start = false;
      if (L->n - L->head != before) return;
    }
    if (L->p >= L->end) { lex_finish(L); return; }
    char c = *L->p;
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { L->p++; continue; }
    if (c == '#') {
      while (L->p < L->end && *L->p != '\n') L->p++;
      continue;
    }
    if (c == '\\') {
      const char* q = L->p + 1;
      if (q < L->end && *q == '\r') q++;
      if (q < L->end && *q == '\n') { L->p = q + 1; L->line++; continue; }
      fail(L, "unexpected character after line continuation");
      return;
    }
    if (c == '\n') {
      L->p++;
      if (L->depth == 0) {
        if (L->last_kind != T_NEWLINE) push(L, T_NEWLINE, nullptr);
        L->at_line_start = true;
      }
      L->line++;
      continue;
    }
    if (c >= '0' && c <= '9') lex_number(L);
    else if (c == '.' && L->p + 1 < L->end && L->p[1] >= '0' && L->p[1] <= '9') lex_number(L);
    else if (is_id_start((unsigned char)c)) lex_word(L);
    else if (c == '\'' || c == '"') lex_string(L, 0);
    else lex_operator(L);
  }
}

}  // namespace

Token lexer_peek(Lexer* L, uint32_t k) {
  while (L->n - L->head <= k && !L->failed && !L->done) lex_step(L);
  if (L->n - L->head > k && !L->failed) return L->q[L->head + k];
  return Token{T_EOF, 0, L->line, nullptr};
}

void lexer_advance(Lexer* L) {
  if (L->head < L->n) L->head++;
}

void lexer_init_reader(Lexer* L, long (*read)(void* ctx, char* buf, size_t n), void* ctx, Val filename) {
  lexer_init(L, nullptr, 0, filename, 1);
  L->read = read;
  L->read_ctx = ctx;
}

bool lexer_pin(Lexer* L) {
  L->pin = nullptr;
  // at the top level (no open block or bracket) with just the statement's first token read
  if (L->failed || L->done || L->n - L->head != 1 || L->nindent != 1 || L->depth || L->at_line_start) return false;
  L->pin = L->p;
  L->pin_tok = L->q[L->head];
  L->pin_line = L->line;
  return true;
}

void lexer_unpin(Lexer* L) {
  L->pin = nullptr;
  free_chunks(L->tape);
  L->tape = L->tape_tail = nullptr;
}

void lexer_rewind(Lexer* L) {
  if (!L->pin) return;
  if (L->read) {  // the rest of the window onto the tape too, the window emptied
    if (!tape_add(L, L->pin, L->end - L->pin)) return;
    if (L->tape_tail) L->tape_tail->next = L->replay;  // what an earlier rewind left to replay
    L->replay = L->tape ? L->tape : L->replay;
    L->tape = L->tape_tail = nullptr;
    L->end = L->pin = L->buf;
    L->src_done = !L->replay && L->read_ended;
  }
  L->p = L->pin;
  L->pin = nullptr;
  L->nl = nullptr;
  L->line = L->pin_line;
  L->q[0] = L->pin_tok;
  L->head = 0;
  L->n = 1;
  L->last_kind = L->pin_tok.kind;
  L->at_line_start = false;
  L->done = false;
  L->depth = 0;
  L->nindent = 1;
}

void lexer_free(Lexer* L) {
  lexer_unpin(L);
  free_chunks(L->replay);
  L->replay = nullptr;
  if (L->read) gc_free(L->buf);
  L->buf = nullptr;
  gc_free(L->q);
  L->q = nullptr;
  L->head = L->n = L->cap = 0;
}

Val syntax_error(Val filename, int line, const char* msg) {
  Val args[1] = {str_new_cstr(msg)};
  if (!args[0]) return nullptr;
  Val e = exc_new(&SyntaxError_type, 1, args);
  if (!e) return nullptr;
  exc_add_traceback(e, filename, line, nullptr);
  return raise_obj(e);
}

Val indentation_error(Val filename, int line, const char* msg) {
  syntax_error(filename, line, msg);
  Obj* e = (Obj*)exc_pending();
  if (e && e->type == &SyntaxError_type) e->type = &IndentationError_type;
  return nullptr;
}

}  // namespace py
