// The re module (MicroPython's subset plus counted repeats): a backtracking matcher.
//
// A pattern compiles to linked node lists: each node has `next`; ALT, GROUP and REPEAT
// hold child lists. Matching walks the list with an explicit continuation chain (Cont)
// so that repeats and groups can backtrack without building closures.
#include "modules.h"

namespace py {

namespace {
enum NodeKind : uint8_t { RN_CHAR, RN_ANY, RN_CLASS, RN_BOL, RN_EOL, RN_WORDB, RN_NWORDB, RN_ALT, RN_GROUP, RN_REPEAT };

struct RNode {
  NodeKind kind;
  bool greedy;
  bool negate;       // RN_CLASS
  int group;         // RN_GROUP: index (0 = non-capturing marker uses -1)
  uint32_t ch;       // RN_CHAR
  int min, max;      // RN_REPEAT (max -1 = unbounded)
  RNode* next;
  RNode* child;      // GROUP / REPEAT body
  RNode** alts;      // ALT branches
  int nalts;
  uint32_t* ranges;  // RN_CLASS: pairs lo, hi; categories encoded above 0x110000
  int nranges;
};

enum Category : uint32_t { CAT_DIGIT = 0x110001, CAT_NDIGIT, CAT_SPACE, CAT_NSPACE, CAT_WORD, CAT_NWORD };

struct Pattern {
  Type* type;
  RNode* root;
  int ngroups;
  Val source;
  int flags;
};
struct Match {
  Type* type;
  Val string;
  Pattern* pat;
  int ngroups;
  intptr_t spans[1];  // (ngroups + 1) * 2 byte offsets, -1 = unmatched
};
Type pattern_type, match_type;

// ---- compiler ----
struct Compiler {
  const char* p;
  const char* end;
  int ngroups;
  bool failed;
};

RNode* node_new(Compiler* c, NodeKind k) {
  RNode* n = (RNode*)gc_alloc(sizeof(RNode));
  if (!n) {
    c->failed = true;
    raise_no_memory();
    return nullptr;
  }
  n->kind = k;
  n->greedy = true;
  n->group = -1;
  return n;
}

Val re_error(Compiler* c, const char* msg) {
  if (!c->failed) raise(&ValueError_type, "%s", msg);
  c->failed = true;
  return nullptr;
}

uint32_t next_cp(const char** p, const char* end) { return utf8_decode(p, end); }

RNode* parse_alt(Compiler* c);

bool add_range(Compiler* c, RNode* n, uint32_t lo, uint32_t hi, int* cap) {
  if (n->nranges * 2 + 2 > *cap) {
    int nc = *cap ? *cap * 2 : 8;
    uint32_t* r = (uint32_t*)gc_realloc(n->ranges, nc * sizeof(uint32_t));
    if (!r) {
      raise_no_memory();
      c->failed = true;
      return false;
    }
    n->ranges = r;
    *cap = nc;
  }
  n->ranges[n->nranges * 2] = lo;
  n->ranges[n->nranges * 2 + 1] = hi;
  n->nranges++;
  return true;
}

// \d \s \w and friends: category code, or 0
uint32_t category_of(char e) {
  switch (e) {
    case 'd': return CAT_DIGIT;
    case 'D': return CAT_NDIGIT;
    case 's': return CAT_SPACE;
    case 'S': return CAT_NSPACE;
    case 'w': return CAT_WORD;
    case 'W': return CAT_NWORD;
  }
  return 0;
}

uint32_t escape_char(char e) {
  switch (e) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'a': return '\a';
    case '0': return 0;
  }
  return (uint8_t)e;
}

RNode* parse_class(Compiler* c) {
  RNode* n = node_new(c, RN_CLASS);
  if (!n) return nullptr;
  int cap = 0;
  if (c->p < c->end && *c->p == '^') {
    n->negate = true;
    c->p++;
  }
  bool first = true;
  while (c->p < c->end && (*c->p != ']' || first)) {
    first = false;
    uint32_t lo;
    if (*c->p == '\\' && c->p + 1 < c->end) {
      char e = c->p[1];
      c->p += 2;
      uint32_t cat = category_of(e);
      if (cat) {
        if (!add_range(c, n, cat, cat, &cap)) return nullptr;
        continue;
      }
      lo = escape_char(e);
    } else lo = next_cp(&c->p, c->end);
    uint32_t hi = lo;
    if (c->p + 1 < c->end && *c->p == '-' && c->p[1] != ']') {
      c->p++;
      if (*c->p == '\\' && c->p + 1 < c->end) {
        hi = escape_char(c->p[1]);
        c->p += 2;
      } else hi = next_cp(&c->p, c->end);
      if (hi < lo) return (RNode*)re_error(c, "bad character range");
    }
    if (!add_range(c, n, lo, hi, &cap)) return nullptr;
  }
  if (c->p >= c->end) return (RNode*)re_error(c, "unterminated character set");
  c->p++;
  return n;
}

bool parse_count(Compiler* c, int* out) {
  int v = 0;
  bool any = false;
  while (c->p < c->end && *c->p >= '0' && *c->p <= '9') {
    v = v * 10 + (*c->p++ - '0');
    if (v > 65535) v = 65535;
    any = true;
  }
  *out = v;
  return any;
}

RNode* parse_atom(Compiler* c) {
  char ch = *c->p;
  RNode* n;
  if (ch == '(') {
    c->p++;
    int group = -1;
    if (c->p + 1 < c->end && c->p[0] == '?' && c->p[1] == ':') c->p += 2;
    else if (c->p < c->end && *c->p == '?') return (RNode*)re_error(c, "unsupported group syntax");
    else group = ++c->ngroups;
    n = node_new(c, RN_GROUP);
    if (!n) return nullptr;
    n->group = group;
    n->child = parse_alt(c);
    if (c->failed) return nullptr;
    if (c->p >= c->end || *c->p != ')') return (RNode*)re_error(c, "missing )");
    c->p++;
  } else if (ch == '[') {
    c->p++;
    n = parse_class(c);
  } else if (ch == '.') {
    c->p++;
    n = node_new(c, RN_ANY);
  } else if (ch == '^') {
    c->p++;
    n = node_new(c, RN_BOL);
  } else if (ch == '$') {
    c->p++;
    n = node_new(c, RN_EOL);
  } else if (ch == '\\') {
    if (c->p + 1 >= c->end) return (RNode*)re_error(c, "bad escape at end of pattern");
    char e = c->p[1];
    c->p += 2;
    uint32_t cat = category_of(e);
    if (cat) {
      n = node_new(c, RN_CLASS);
      int cap = 0;
      if (n && !add_range(c, n, cat, cat, &cap)) return nullptr;
    } else if (e == 'b' || e == 'B') n = node_new(c, e == 'b' ? RN_WORDB : RN_NWORDB);
    else {
      n = node_new(c, RN_CHAR);
      if (n) n->ch = escape_char(e);
    }
  } else if (ch == '*' || ch == '+' || ch == '?') {
    return (RNode*)re_error(c, "nothing to repeat");
  } else {
    n = node_new(c, RN_CHAR);
    if (n) n->ch = next_cp(&c->p, c->end);
  }
  if (!n) return nullptr;
  // quantifier
  if (c->p < c->end && (*c->p == '*' || *c->p == '+' || *c->p == '?' || *c->p == '{')) {
    int mn, mx;
    const char* save = c->p;
    char q = *c->p++;
    if (q == '*') { mn = 0; mx = -1; }
    else if (q == '+') { mn = 1; mx = -1; }
    else if (q == '?') { mn = 0; mx = 1; }
    else {
      bool has_min = parse_count(c, &mn);
      mx = mn;
      if (c->p < c->end && *c->p == ',') {
        c->p++;
        if (!parse_count(c, &mx)) mx = -1;
        if (!has_min) mn = 0;
      } else if (!has_min) mn = -1;
      if (mn < 0 || c->p >= c->end || *c->p != '}') {
        c->p = save;  // not a quantifier: '{' is a literal next time
        return n;
      }
      c->p++;
    }
    if (n->kind == RN_BOL || n->kind == RN_EOL) return (RNode*)re_error(c, "nothing to repeat");
    RNode* r = node_new(c, RN_REPEAT);
    if (!r) return nullptr;
    r->child = n;
    r->min = mn;
    r->max = mx;
    if (c->p < c->end && *c->p == '?') {
      r->greedy = false;
      c->p++;
    }
    if (c->p < c->end && (*c->p == '*' || *c->p == '+')) return (RNode*)re_error(c, "multiple repeat");
    return r;
  }
  return n;
}

RNode* parse_seq(Compiler* c) {
  RNode *head = nullptr, *tail = nullptr;
  while (c->p < c->end && *c->p != '|' && *c->p != ')') {
    RNode* n = parse_atom(c);
    if (!n) return nullptr;
    if (tail) tail->next = n;
    else head = n;
    tail = n;
  }
  return head;
}

RNode* parse_alt(Compiler* c) {
  RNode* first = parse_seq(c);
  if (c->failed) return nullptr;
  if (c->p >= c->end || *c->p != '|') return first;
  RNode* alt = node_new(c, RN_ALT);
  if (!alt) return nullptr;
  int cap = 4;
  alt->alts = (RNode**)gc_alloc(cap * sizeof(RNode*));
  if (!alt->alts) return (RNode*)raise_no_memory();
  alt->alts[alt->nalts++] = first;
  while (c->p < c->end && *c->p == '|') {
    c->p++;
    RNode* s = parse_seq(c);
    if (c->failed) return nullptr;
    if (alt->nalts == cap) {
      cap *= 2;
      RNode** a = (RNode**)gc_realloc(alt->alts, cap * sizeof(RNode*));
      if (!a) return (RNode*)raise_no_memory();
      alt->alts = a;
    }
    alt->alts[alt->nalts++] = s;
  }
  return alt;
}

// ---- matcher ----
enum ContKind : uint8_t { K_AFTER, K_GROUP_END, K_REPEAT };
struct Cont {
  ContKind kind;
  RNode* node;
  Cont* next;
  int count;
  const char* start;
};

struct Matcher {
  const char* begin;
  const char* end;
  intptr_t* spans;
  const char* match_end;
  bool error;
  unsigned steps;  // for Ctrl-C checks in long backtracking searches
  int flags;       // IGNORECASE / MULTILINE / DOTALL
};

enum ReFlags { RE_IGNORECASE = 2, RE_MULTILINE = 8, RE_DOTALL = 16 };

uint32_t fold(uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
uint32_t swap_case(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 'a' && c <= 'z') return c - 32;
  return c;
}

bool is_word(uint32_t c) { return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool is_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool in_class(const RNode* n, uint32_t c) {
  bool hit = false;
  for (int i = 0; i < n->nranges && !hit; i++) {
    uint32_t lo = n->ranges[2 * i], hi = n->ranges[2 * i + 1];
    switch (lo) {
      case CAT_DIGIT: hit = c >= '0' && c <= '9'; break;
      case CAT_NDIGIT: hit = !(c >= '0' && c <= '9'); break;
      case CAT_SPACE: hit = is_space(c); break;
      case CAT_NSPACE: hit = !is_space(c); break;
      case CAT_WORD: hit = is_word(c); break;
      case CAT_NWORD: hit = !is_word(c); break;
      default: hit = c >= lo && c <= hi;
    }
  }
  return hit != n->negate;
}

bool run(Matcher* m, RNode* n, const char* s, Cont* k);

// One step of a single-character node at s: the position after it, or nullptr.
bool char_matches(const Matcher* m, const RNode* n, uint32_t c) {
  bool icase = m->flags & RE_IGNORECASE;
  switch (n->kind) {
    case RN_CHAR: return icase ? fold(c) == fold(n->ch) : c == n->ch;
    case RN_ANY: return c != '\n' || (m->flags & RE_DOTALL);
    default: return in_class(n, c) || (icase && swap_case(c) != c && in_class(n, swap_case(c)));
  }
}

const char* step_char(Matcher* m, const RNode* n, const char* s) {
  if (s >= m->end) return nullptr;
  const char* p = s;
  uint32_t c = utf8_decode(&p, m->end);
  return char_matches(m, n, c) ? p : nullptr;
}

bool single_char(const RNode* n) {
  return !n->next && (n->kind == RN_CHAR || n->kind == RN_ANY || n->kind == RN_CLASS);
}

// x*, x+, x{m,n} of one character: scan the run without recursion, then try the rest of
// the pattern from the longest (greedy) or shortest (lazy) count.
bool repeat_simple(Matcher* m, RNode* n, const char* s, Cont* k) {
  // positions are recomputed by stepping, so multi-byte characters work too
  int max = n->max < 0 ? 0x7fffffff : n->max;
  int count = 0;
  const char* p = s;
  if (n->greedy) {
    while (count < max) {
      const char* q = step_char(m, n->child, p);
      if (!q) break;
      p = q;
      count++;
    }
    for (;;) {
      if (count < n->min) return false;
      if (run(m, n->next, p, k)) return true;
      if (m->error || count == 0) return false;
      // step back one character (UTF-8 aware)
      do p--; while (p > s && ((uint8_t)*p & 0xC0) == 0x80);
      count--;
    }
  }
  for (;;) {
    if (count >= n->min) {
      if (run(m, n->next, p, k)) return true;
      if (m->error) return false;
    }
    if (count >= max) return false;
    const char* q = step_char(m, n->child, p);
    if (!q) return false;
    p = q;
    count++;
    if ((count & 4095) == 0 && !check_signals()) {
      m->error = true;
      return false;
    }
  }
}

bool repeat(Matcher* m, RNode* n, int count, const char* s, Cont* k) {
  if (count == 0 && single_char(n->child)) return repeat_simple(m, n, s, k);
  Cont c = {K_REPEAT, n, k, count + 1, s};
  bool can_more = n->max < 0 || count < n->max;
  if (n->greedy) {
    if (can_more && run(m, n->child, s, &c)) return true;
    if (m->error) return false;
    return count >= n->min && run(m, n->next, s, k);
  }
  if (count >= n->min && run(m, n->next, s, k)) return true;
  if (m->error) return false;
  return can_more && run(m, n->child, s, &c);
}

bool resume(Matcher* m, Cont* k, const char* s) {
  switch (k->kind) {
    case K_AFTER: return run(m, k->node, s, k->next);
    case K_GROUP_END: {
      int g = k->node->group;
      intptr_t old = m->spans[2 * g + 1];
      m->spans[2 * g + 1] = s - m->begin;
      if (run(m, k->node->next, s, k->next)) return true;
      m->spans[2 * g + 1] = old;
      return false;
    }
    case K_REPEAT:
      // an iteration that consumed nothing cannot repeat forever
      if (s == k->start && k->count > k->node->min) return false;
      return repeat(m, k->node, k->count, s, k->next);
  }
  return false;
}

bool run(Matcher* m, RNode* n, const char* s, Cont* k) {
  if (!check_stack() || ((++m->steps & 4095) == 0 && !check_signals())) {
    m->error = true;
    return false;
  }
  for (;;) {
    if (!n) {
      if (!k) {
        m->match_end = s;
        return true;
      }
      return resume(m, k, s);
    }
    switch (n->kind) {
      case RN_CHAR: case RN_ANY: case RN_CLASS: {
        const char* p = step_char(m, n, s);
        if (!p) return false;
        s = p;
        n = n->next;
        continue;
      }
      case RN_BOL:
        if (s != m->begin && !((m->flags & RE_MULTILINE) && s[-1] == '\n')) return false;
        n = n->next;
        continue;
      case RN_EOL:
        if (s != m->end && !(s + 1 == m->end && *s == '\n') && !((m->flags & RE_MULTILINE) && *s == '\n'))
          return false;
        n = n->next;
        continue;
      case RN_WORDB: case RN_NWORDB: {
        bool before = s > m->begin && is_word((uint8_t)s[-1]);
        bool after = s < m->end && is_word((uint8_t)*s);
        if ((before != after) != (n->kind == RN_WORDB)) return false;
        n = n->next;
        continue;
      }
      case RN_ALT:
        for (int i = 0; i < n->nalts; i++) {
          Cont c = {K_AFTER, n->next, k, 0, nullptr};
          if (run(m, n->alts[i], s, &c)) return true;
          if (m->error) return false;
        }
        return false;
      case RN_GROUP: {
        if (n->group < 0) {
          Cont c = {K_AFTER, n->next, k, 0, nullptr};
          return run(m, n->child, s, &c);
        }
        int g = n->group;
        intptr_t old = m->spans[2 * g];
        m->spans[2 * g] = s - m->begin;
        Cont c = {K_GROUP_END, n, k, 0, nullptr};
        if (run(m, n->child, s, &c)) return true;
        m->spans[2 * g] = old;
        return false;
      }
      case RN_REPEAT: return repeat(m, n, 0, s, k);
    }
  }
}

// Patterns and subjects are str or bytes (the same byte-level matcher serves both).
bool is_text(Val v) { return is_str(v) || (!is_small(v) && v->type == &bytes_type); }

// The string a pattern runs on: str or bytes as given, other byte buffers (bytearray,
// memoryview, array) as a bytes copy, like CPython whose pieces are then bytes.
Val subject(Val v) {
  if (is_text(v)) return v;
  Buffer buf;
  if (!is_small(v) && v->type->getbuffer && v->type->getbuffer(v, &buf, false))
    return bytes_new((const char*)buf.data, buf.len);
  return raise(&TypeError_type, "expected string, got %s", type_cname(v));
}

// Tries a match starting at byte offset pos (search: every later start too).
Val do_match(Pattern* p, Val string, size_t pos, bool search, bool full) {
  if (!is_text(string))
    return raise(&TypeError_type, "expected string, got %s", type_cname(string));
  const char* s = str_data(string);
  size_t len = str_len(string);
  bool utf8 = is_str(string);
  Match* mo = (Match*)alloc_obj(&match_type, sizeof(Match) + (size_t)(p->ngroups + 1) * 2 * sizeof(intptr_t));
  if (!mo) return nullptr;
  mo->string = string;
  mo->pat = p;
  mo->ngroups = p->ngroups;
  Matcher m = {s, s + len, mo->spans, nullptr, false, 0, p->flags};
  for (size_t start = pos; start <= len; start++) {
    if (start > pos && utf8 && ((uint8_t)s[start] & 0xC0) == 0x80) continue;  // not at a code point
    for (int i = 0; i < (p->ngroups + 1) * 2; i++) mo->spans[i] = -1;
    bool ok = run(&m, p->root, s + start, nullptr);
    if (m.error) return nullptr;
    if (ok && full && m.match_end != s + len) ok = false;
    if (ok) {
      mo->spans[0] = (intptr_t)start;
      mo->spans[1] = m.match_end - s;
      return (Val)mo;
    }
    if (!search) break;
  }
  return None;
}

Val compile_pattern(Val src, int flags) {
  if (!is_small(src) && src->type == &pattern_type) return src;
  if (!is_text(src)) return raise(&TypeError_type, "expected str or bytes pattern, got %s", type_cname(src));
  Compiler c = {str_data(src), str_data(src) + str_len(src), 0, false};
  RNode* root = parse_alt(&c);
  if (c.failed) return nullptr;
  if (c.p < c.end) return raise(&ValueError_type, "unbalanced parenthesis");
  Pattern* p = (Pattern*)alloc_obj(&pattern_type, sizeof(Pattern));
  if (!p) return nullptr;
  p->root = root;
  p->ngroups = c.ngroups;
  p->source = src;
  p->flags = flags;
  return (Val)p;
}

// ---- match object ----
bool group_index(Match* m, Val v, int* out) {
  intptr_t g;
  if (!arg_int(v, &g)) return false;
  if (g < 0 || g > m->ngroups) {
    raise(&IndexError_type, "no such group");
    return false;
  }
  *out = (int)g;
  return true;
}
Val group_value(Match* m, int g) {
  intptr_t a = m->spans[2 * g], b = m->spans[2 * g + 1];
  if (a < 0 || b < 0) return None;
  const char* s = str_data(m->string);
  return is_str(m->string) ? str_new(s + a, (size_t)(b - a)) : bytes_new(s + a, (size_t)(b - a));
}
Val mt_group(int n, int, const Val* a) {
  Match* m = (Match*)a[0];
  if (n <= 2) {
    int g = 0;
    if (n == 2 && !group_index(m, a[1], &g)) return nullptr;
    return group_value(m, g);
  }
  Val t = tuple_new((size_t)(n - 1));
  if (!t) return nullptr;
  for (int i = 1; i < n; i++) {
    int g;
    if (!group_index(m, a[i], &g)) return nullptr;
    Val v = group_value(m, g);
    if (!v) return nullptr;
    tuple_items(t)[i - 1] = v;
  }
  return t;
}
Val mt_groups(int n, int, const Val* a) {
  Match* m = (Match*)a[0];
  Val dflt = n > 1 ? a[1] : None;
  Val t = tuple_new((size_t)m->ngroups);
  if (!t) return nullptr;
  for (int g = 1; g <= m->ngroups; g++) {
    Val v = m->spans[2 * g] < 0 || m->spans[2 * g + 1] < 0 ? dflt : group_value(m, g);
    if (!v) return nullptr;
    tuple_items(t)[g - 1] = v;
  }
  return t;
}
// byte offset -> character index for str subjects
Val char_pos(Match* m, intptr_t byte) {
  if (byte < 0 || !is_str(m->string)) return small(byte);
  const char* s = str_data(m->string);
  intptr_t n = 0;
  for (intptr_t i = 0; i < byte; i++) n += ((uint8_t)s[i] & 0xC0) != 0x80;
  return small(n);
}
Val mt_edge(int n, const Val* a, int which) {
  Match* m = (Match*)a[0];
  int g = 0;
  if (n > 1 && !group_index(m, a[1], &g)) return nullptr;
  return char_pos(m, m->spans[2 * g + which]);
}
Val mt_start(int n, int, const Val* a) { return mt_edge(n, a, 0); }
Val mt_end(int n, int, const Val* a) { return mt_edge(n, a, 1); }
Val mt_span(int n, int, const Val* a) {
  Val items[2] = {mt_edge(n, a, 0), mt_edge(n, a, 1)};
  if (!items[0] || !items[1]) return nullptr;
  return tuple_from(2, items);
}
void match_print(Buf* b, Val self, bool) {
  Match* m = (Match*)self;
  buf_printf(b, "<match num=%d>", m->ngroups + 1);
}
Val match_subscr(Val self, Val idx, Val v) {
  if (v) return raise(&TypeError_type, "'match' object does not support item assignment");
  int g;
  if (!group_index((Match*)self, idx, &g)) return nullptr;
  return group_value((Match*)self, g);
}

// ---- pattern methods ----
size_t pos_arg(Val string, int n, const Val* a, int idx) {
  if (n <= idx) return 0;
  intptr_t p;
  if (!arg_int(a[idx], &p)) return (size_t)-1;
  if (p < 0) p = 0;
  size_t len = str_len(string);
  if (is_str(string)) return utf8_offset(string, p > (intptr_t)((Str*)string)->clen ? ((Str*)string)->clen : p);
  return (size_t)p > len ? len : (size_t)p;
}

Val pat_run(int n, const Val* a, bool search, bool full) {
  Val string = subject(a[1]);
  if (!string) return nullptr;
  size_t pos = pos_arg(string, n, a, 2);
  if (pos == (size_t)-1) return nullptr;
  return do_match((Pattern*)a[0], string, pos, search, full);
}
Val pat_match(int n, int, const Val* a) { return pat_run(n, a, false, false); }
Val pat_search(int n, int, const Val* a) { return pat_run(n, a, true, false); }
Val pat_fullmatch(int n, int, const Val* a) { return pat_run(n, a, false, true); }

Val slice_of(Val string, size_t a, size_t b) {
  const char* s = str_data(string);
  return is_str(string) ? str_new(s + a, b - a) : bytes_new(s + a, b - a);
}

Val expand_template(Match* m, Val repl) {
  const char* p = str_data(repl);
  const char* end = p + str_len(repl);
  Buf b;
  buf_init(&b, str_len(repl) + 16);
  while (p < end) {
    char c = *p++;
    if (c != '\\' || p >= end) {
      buf_addc(&b, c);
      continue;
    }
    char e = *p++;
    int g = -1;
    if (e >= '0' && e <= '9') {
      g = e - '0';
      // a second digit always belongs to the reference (\19 is group 19), as in CPython
      if (p < end && *p >= '0' && *p <= '9') g = g * 10 + (*p++ - '0');
    } else if (e == 'g' && p < end && *p == '<') {
      const char* close = (const char*)memchr(p, '>', (size_t)(end - p));
      if (!close) return raise(&ValueError_type, "missing >");
      g = 0;
      for (const char* q = p + 1; q < close; q++) {
        if (*q < '0' || *q > '9') return raise(&IndexError_type, "unknown group name");
        g = g * 10 + (*q - '0');
      }
      p = close + 1;
    } else {
      uint32_t ch = escape_char(e);
      if (ch == (uint8_t)e && e != '\\') buf_addc(&b, '\\');
      buf_addc(&b, (char)ch);
      continue;
    }
    if (g > m->ngroups) return raise(&ValueError_type, "invalid group reference %d", g);
    intptr_t ga = m->spans[2 * g], gb = m->spans[2 * g + 1];
    if (ga >= 0 && gb >= 0) buf_add(&b, str_data(m->string) + ga, (size_t)(gb - ga));
  }
  return is_str(m->string) ? buf_to_str(&b) : buf_to_bytes(&b);
}

Val sub_impl(Val pat, Val repl, Val string, intptr_t count, bool return_count) {
  Pattern* p = (Pattern*)pat;
  string = subject(string);
  if (!string) return nullptr;
  size_t len = str_len(string), pos = 0, last = 0;
  intptr_t done = 0;
  Buf b;
  buf_init(&b, len + 16);
  bool callable_repl = !is_text(repl);
  while (pos <= len && (count <= 0 || done < count)) {
    Val mv = do_match(p, string, pos, true, false);
    if (!mv) return nullptr;
    if (mv == None) break;
    Match* m = (Match*)mv;
    size_t ms = (size_t)m->spans[0], me = (size_t)m->spans[1];
    buf_add(&b, str_data(string) + last, ms - last);
    Val r = callable_repl ? call1(repl, mv) : expand_template(m, repl);
    if (!r) return nullptr;
    if (!is_text(r))
      return raise(&TypeError_type, "expected str instance, %s found", type_cname(r));
    buf_add(&b, str_data(r), str_len(r));
    last = me;
    done++;
    pos = me == ms ? me + 1 : me;
    if (me == ms && ms < len) {
      buf_add(&b, str_data(string) + ms, 1);
      last = ms + 1;
    }
  }
  if (last < len) buf_add(&b, str_data(string) + last, len - last);
  Val out = is_str(string) ? buf_to_str(&b) : buf_to_bytes(&b);
  if (!out || !return_count) return out;
  Val items[2] = {out, small(done)};
  return tuple_from(2, items);
}

Val count_arg(int n, int k, const Val* a, int idx, intptr_t* out) {
  *out = 0;
  Val v = n > idx ? a[idx] : kw_arg(n, k, a, str_intern_cstr("count"));
  if (v && !arg_int(v, out)) return nullptr;
  return None;
}
Val pat_sub(int n, int k, const Val* a) {
  intptr_t count;
  if (!count_arg(n, k, a, 3, &count)) return nullptr;
  return sub_impl(a[0], a[1], a[2], count, false);
}
Val pat_subn(int n, int k, const Val* a) {
  intptr_t count;
  if (!count_arg(n, k, a, 3, &count)) return nullptr;
  return sub_impl(a[0], a[1], a[2], count, true);
}

Val split_impl(Val pat, Val string, intptr_t maxsplit) {
  Pattern* p = (Pattern*)pat;
  string = subject(string);
  if (!string) return nullptr;
  Val out = list_new(0);
  if (!out) return nullptr;
  size_t len = str_len(string), pos = 0, last = 0;
  intptr_t splits = 0;
  while (pos <= len && (maxsplit <= 0 || splits < maxsplit)) {
    Val mv = do_match(p, string, pos, true, false);
    if (!mv) return nullptr;
    if (mv == None) break;
    Match* m = (Match*)mv;
    size_t ms = (size_t)m->spans[0], me = (size_t)m->spans[1];
    // MicroPython stops splitting at the first empty match (CPython 3.7+ would split
    // between characters there); the rest of the string is the last piece
    if (me == ms) break;
    Val piece = slice_of(string, last, ms);
    if (!piece || list_append(out, piece) < 0) return nullptr;
    for (int g = 1; g <= m->ngroups; g++) {
      Val gv = group_value(m, g);
      if (!gv || list_append(out, gv) < 0) return nullptr;
    }
    last = me;
    splits++;
    pos = me;
  }
  Val tail = slice_of(string, last, len);
  if (!tail || list_append(out, tail) < 0) return nullptr;
  return out;
}
Val pat_split(int n, int k, const Val* a) {
  intptr_t maxsplit = 0;
  Val v = n > 2 ? a[2] : kw_arg(n, k, a, str_intern_cstr("maxsplit"));
  if (v && !arg_int(v, &maxsplit)) return nullptr;
  return split_impl(a[0], a[1], maxsplit);
}

Val pat_findall(int, int, const Val* a) {
  Pattern* p = (Pattern*)a[0];
  Val string = subject(a[1]);
  if (!string) return nullptr;
  Val out = list_new(0);
  if (!out) return nullptr;
  size_t len = str_len(string), pos = 0;
  while (pos <= len) {
    Val mv = do_match(p, string, pos, true, false);
    if (!mv) return nullptr;
    if (mv == None) break;
    Match* m = (Match*)mv;
    Val item;
    if (m->ngroups == 0) item = group_value(m, 0);
    else if (m->ngroups == 1) item = group_value(m, 1);
    else {
      Val ga[2] = {mv, Q(empty)};
      item = mt_groups(2, 0, ga);
    }
    if (!item) return nullptr;
    if (item == None) item = Q(empty);
    if (list_append(out, item) < 0) return nullptr;
    size_t ms = (size_t)m->spans[0], me = (size_t)m->spans[1];
    pos = me == ms ? me + 1 : me;
  }
  return out;
}

void pattern_print(Buf* b, Val self, bool) {
  buf_adds(b, "re.compile(");
  print_to(b, ((Pattern*)self)->source, true);
  buf_addc(b, ')');
}

const TypeMethod<&pattern_type> pattern_methods[] = {
  {"match", pat_match, 2, 3, 0}, {"search", pat_search, 2, 3, 0}, {"fullmatch", pat_fullmatch, 2, 3, 0},
  {"sub", pat_sub, 3, 4, NF_KW}, {"subn", pat_subn, 3, 4, NF_KW}, {"split", pat_split, 2, 3, NF_KW},
  {"findall", pat_findall, 2, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};
const TypeMethod<&match_type> match_methods[] = {
  {"group", mt_group, 1, -1, 0}, {"groups", mt_groups, 1, 2, 0}, {"start", mt_start, 1, 2, 0},
  {"end", mt_end, 1, 2, 0}, {"span", mt_span, 1, 2, 0},
  {nullptr, nullptr, 0, 0, 0},
};

// module-level functions: compile the pattern, then call the method with it
int flags_arg(int n, int k, const Val* a, int idx) {
  Val v = n > idx ? a[idx] : kw_arg(n, k, a, str_intern_cstr("flags"));
  int64_t f = 0;
  if (v) int_to_i64(v, &f);
  return (int)f;
}
Val re_compile(int n, int k, const Val* a) { return compile_pattern(a[0], flags_arg(n, k, a, 1)); }

Val call_with_pattern(NativeFnPtr fn, int n, int k, const Val* a, int flags) {
  Val p = compile_pattern(a[0], flags);
  if (!p) return nullptr;
  Val args[8];
  if (n + 2 * k > 8) return raise(&TypeError_type, "too many arguments");
  memcpy(args, a, sizeof(Val) * (size_t)(n + 2 * k));
  args[0] = p;
  return fn(n, k, args);
}
// the module functions take flags after their other arguments (match(p, s, flags))
Val re_match(int n, int k, const Val* a) { return call_with_pattern(pat_match, 2, 0, a, flags_arg(n, k, a, 2)); }
Val re_search(int n, int k, const Val* a) { return call_with_pattern(pat_search, 2, 0, a, flags_arg(n, k, a, 2)); }
Val re_fullmatch(int n, int k, const Val* a) {
  return call_with_pattern(pat_fullmatch, 2, 0, a, flags_arg(n, k, a, 2));
}
Val without_flags_kw(NativeFnPtr fn, int n, int k, const Val* a, int max_pos) {
  // drop a flags= keyword before handing the arguments to the method
  Val args[8];
  int nk = 0;
  int np = n > max_pos ? max_pos : n;
  memcpy(args, a, sizeof(Val) * (size_t)np);
  for (int i = 0; i < k && np + 2 * nk + 1 < 8; i++) {
    Val name = a[n + 2 * i];
    if (is_str(name) && !strcmp(str_data(name), "flags")) continue;
    args[np + 2 * nk] = name;
    args[np + 2 * nk + 1] = a[n + 2 * i + 1];
    nk++;
  }
  return call_with_pattern(fn, np, nk, args, flags_arg(n, k, a, max_pos));
}
Val re_sub(int n, int k, const Val* a) { return without_flags_kw(pat_sub, n, k, a, 4); }
Val re_subn(int n, int k, const Val* a) { return without_flags_kw(pat_subn, n, k, a, 4); }
Val re_split(int n, int k, const Val* a) { return without_flags_kw(pat_split, n, k, a, 3); }
Val re_findall(int n, int k, const Val* a) { return call_with_pattern(pat_findall, 2, 0, a, flags_arg(n, k, a, 2)); }

const MethodDef re_fns[] = {
  {"compile", re_compile, 1, 2, NF_KW}, {"match", re_match, 2, 3, NF_KW}, {"search", re_search, 2, 3, NF_KW},
  {"fullmatch", re_fullmatch, 2, 3, NF_KW}, {"sub", re_sub, 3, 5, NF_KW}, {"subn", re_subn, 3, 5, NF_KW},
  {"split", re_split, 2, 4, NF_KW}, {"findall", re_findall, 2, 3, NF_KW},
  {nullptr, nullptr, 0, 0, 0},
};
}  // namespace

Val re_module() {
  if (!pattern_type.base.type) {
    make_native_type(&pattern_type, "re", pattern_methods);
    pattern_type.print = pattern_print;
    make_native_type(&match_type, "match", match_methods);
    match_type.print = match_print;
    match_type.subscr = match_subscr;
  }
  Val m = module_from_table("re", re_fns);
  if (!m) return nullptr;
  module_add(m, "IGNORECASE", small(2));
  module_add(m, "I", small(2));
  module_add(m, "MULTILINE", small(8));
  module_add(m, "M", small(8));
  module_add(m, "DOTALL", small(16));
  module_add(m, "S", small(16));
  return m;
}

}  // namespace py
