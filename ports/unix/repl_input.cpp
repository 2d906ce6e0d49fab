// The REPL's pieces that need no terminal, shared by the unix REPL and the web port's
// console: when a line needs more lines (the "... " prompt), and a fresh __main__.
#include "ports/unix/repl_input.h"

#include <string.h>

#include "ports/unix/repl.h"
#include "py/runtime.h"

namespace py {

bool starts_compound(const char* s) {
  while (*s == ' ' || *s == '\t') s++;
  static const char* const kw[] = {"if", "while", "for", "try", "def", "class", "with", "async", "elif", "else", "except", "finally", "match"};
  if (*s == '@') return true;
  for (const char* k : kw) {
    size_t n = strlen(k);
    if (!strncmp(s, k, n) && (s[n] == ' ' || s[n] == ':' || s[n] == '(' || s[n] == '\t')) return true;
  }
  return false;
}

// Open brackets, an unterminated triple-quoted string or a trailing backslash.
bool open_construct(const char* s, size_t n) {
  int depth = 0;
  char quote = 0;
  bool triple = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (quote) {
      if (c == '\\') {
        i++;
        continue;
      }
      if (c == quote) {
        if (!triple) quote = 0;
        else if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) {
          quote = 0;
          i += 2;
        }
      } else if (c == '\n' && !triple) quote = 0;
      continue;
    }
    if (c == '#') {
      while (i < n && s[i] != '\n') i++;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
      triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
      if (triple) i += 2;
    } else if (c == '(' || c == '[' || c == '{') depth++;
    else if (c == ')' || c == ']' || c == '}') depth--;
  }
  if (quote && triple) return true;
  if (depth > 0) return true;
  size_t e = n;
  while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == ' ')) e--;
  return e > 0 && s[e - 1] == '\\';
}

bool ends_with_colon(const char* line) {
  size_t n = strlen(line);
  while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) n--;
  return n > 0 && line[n - 1] == ':';
}

bool blank(const char* line) {
  for (; *line; line++)
    if (*line != ' ' && *line != '\t') return false;
  return true;
}

int read_statement(ReadLine read_line, Buf* src) {
  char line[REPL_LINE_MAX];
  int n = read_line(">>> ", line, sizeof line);
  if (n < 0) return n;
  line[n] = 0;
  if (blank(line)) return 0;
  buf_init(src, 256);
  buf_add(src, line, (size_t)n);
  buf_addc(src, '\n');
  bool compound = starts_compound(line) || ends_with_colon(line);
  while (compound || open_construct(src->data, src->len)) {
    int m = read_line("... ", line, sizeof line);
    if (m == -1) break;  // end of input: the statement ends here
    if (m < 0) return m;
    line[m] = 0;
    if (compound && blank(line) && !open_construct(src->data, src->len)) break;
    buf_add(src, line, (size_t)m);
    buf_addc(src, '\n');
    if (!compound && !open_construct(src->data, src->len)) break;
  }
  return 1;
}

Val repl_new_main() {
  Val m = module_new(Q(__main__));
  if (!m) return nullptr;
  dict_set(ts.modules, Q(__main__), m);
  Val d = (Val)((Module*)m)->dict;
  Val b = dict_get(ts.modules, Q(builtins));
  if (b) dict_set(d, Q(__builtins__), b);
  return d;
}

}  // namespace py
