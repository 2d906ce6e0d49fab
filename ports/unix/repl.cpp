// The interactive prompt, as in MicroPython's unix port.
//
// Friendly REPL: ">>> " and "... " prompts, auto-indent, a small line editor with
// history and tab completion, Ctrl-C (discard line), Ctrl-D (exit on an empty line),
// Ctrl-E (paste mode), Ctrl-A (raw REPL). While code runs the terminal is back in its
// normal mode, so Ctrl-C raises SIGINT and the VM turns it into KeyboardInterrupt.
//
// Raw REPL (for tools): no echo; code is collected until Ctrl-D, then "OK", the output,
// "\x04", the error text, "\x04", ">". Ctrl-D on an empty buffer soft-resets, Ctrl-B
// returns to the friendly REPL. "\x05A\x01" at the raw prompt enters raw-paste mode, the
// flow-controlled variant mpremote and pyboard.py use when the board supports it.
#include "repl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "py/hal.h"
#include "py/runtime.h"

namespace py {

// hal_unix.cpp: "\r\n" line ends for what is printed between begin and end; end tells 0
// nothing printed, 1 printed ending with a newline, 2 printed ending inside a line
void hal_unix_begin_background_output(bool clear_line_first);
int hal_unix_end_background_output();

namespace {
constexpr int LINE_MAX = 4096;
constexpr int HISTORY_MAX = 100;
constexpr char CTRL_A = 1, CTRL_B = 2, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5;

// ---- terminal ---------------------------------------------------------------------------
bool g_tty;
struct termios g_saved;
bool g_raw;

void term_raw() {
  if (!g_tty || g_raw) return;
  struct termios t = g_saved;
  // no line buffering, echo or signals: keys arrive one by one, Ctrl-C as a byte.
  t.c_lflag &= ~(ICANON | ECHO | ISIG | IEXTEN);
  t.c_iflag &= ~(IXON | ICRNL | INLCR);
  t.c_oflag &= ~OPOST;  // the editor writes "\r\n" itself
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 0;
  tcsetattr(0, TCSANOW, &t);
  g_raw = true;
}

void term_normal() {
  if (!g_tty || !g_raw) return;
  tcsetattr(0, TCSANOW, &g_saved);
  g_raw = false;
}

void out(const char* s) { hal_stdout_write(s, strlen(s)); }
void out_n(const char* s, size_t n) { hal_stdout_write(s, n); }

struct Editor;
Editor* g_editing;  // the line being edited, drawn again after GUI callbacks printed
void redraw(Editor* e);

// Waits until a key can be read, running the GUI meanwhile (hal_wait). What callbacks print
// meanwhile replaces the prompt line, which is then drawn again below it.
void wait_for_key() {
  if (!hal_wait_hook()) return;
  if (!g_raw) {
    while (hal_wait(0, 1000) == 0) {
    }
    return;
  }
  for (;;) {
    hal_unix_begin_background_output(g_editing != nullptr);
    int ready = hal_wait(0, 1000);
    int printed = hal_unix_end_background_output();
    if (printed && g_editing) {
      if (printed == 2) out("\r\n");
      redraw(g_editing);
    }
    if (ready) return;
  }
}

// -1 at end of input.
int read_key() {
  for (;;) {
    wait_for_key();
    unsigned char c;
    ssize_t r = read(0, &c, 1);
    if (r == 1) return c;
    if (r < 0 && errno == EINTR) continue;
    return -1;
  }
}

// ---- history ----------------------------------------------------------------------------
char* g_history[HISTORY_MAX];
int g_nhistory;

void history_add(const char* line) {
  if (!*line) return;
  if (g_nhistory && !strcmp(g_history[g_nhistory - 1], line)) return;
  if (g_nhistory == HISTORY_MAX) {
    free(g_history[0]);
    memmove(g_history, g_history + 1, sizeof(char*) * (HISTORY_MAX - 1));
    g_nhistory--;
  }
  char* copy = strdup(line);
  if (copy) g_history[g_nhistory++] = copy;
}

// ---- line editor --------------------------------------------------------------------------
enum LineResult { LINE_OK, LINE_EOF, LINE_CANCEL, LINE_RAW, LINE_PASTE };

struct Editor {
  const char* prompt;
  char buf[LINE_MAX];
  int len, cur;
  int shown_len;  // characters drawn after the prompt last time
  Val globals;
};

void redraw(Editor* e) {
  // rewrite the line after the prompt, clear leftovers, then put the cursor back
  char seq[32];
  out("\r");
  out(e->prompt);
  out_n(e->buf, (size_t)e->len);
  out("\x1b[K");
  if (e->len > e->cur) {
    snprintf(seq, sizeof seq, "\x1b[%dD", e->len - e->cur);
    out(seq);
  }
  e->shown_len = e->len;
}

void insert_text(Editor* e, const char* s, int n) {
  if (e->len + n >= LINE_MAX) n = LINE_MAX - 1 - e->len;
  if (n <= 0) return;
  memmove(e->buf + e->cur + n, e->buf + e->cur, (size_t)(e->len - e->cur));
  memcpy(e->buf + e->cur, s, (size_t)n);
  e->len += n;
  e->cur += n;
  if (e->cur == e->len) {
    out_n(s, (size_t)n);  // typing at the end: plain echo
    e->shown_len = e->len;
  } else redraw(e);
}

void set_line(Editor* e, const char* s) {
  e->len = e->cur = (int)strnlen(s, LINE_MAX - 1);
  memcpy(e->buf, s, (size_t)e->len);
  redraw(e);
}

// Names visible for completion: the attributes of an object for "a.b.c", otherwise
// globals then builtins.
Val completion_candidates(Editor* e, const char* word, int wlen, int* prefix_start) {
  int dot = -1;
  for (int i = wlen - 1; i >= 0; i--)
    if (word[i] == '.') {
      dot = i;
      break;
    }
  *prefix_start = dot + 1;
  Val names = list_new(0);
  if (!names) return nullptr;
  if (dot < 0) {
    // the builtins live in ROM tables: completion copies them into the builtins dict once
    Val bm = dict_get_str(ts.modules, Q(builtins));
    if (bm && !module_dict(bm)) exc_take();
    Val keys[2] = {e->globals, ts.builtins};
    for (Val d : keys) {
      Map* m = &((Dict*)d)->map;
      for (uint32_t i = 0; i < m->n; i++)
        if (m->entries[i].key && m->entries[i].value && is_str(m->entries[i].key))
          list_append(names, m->entries[i].key);
    }
    return names;
  }
  // walk the dotted path through attributes (no calls are made)
  Val obj = nullptr;
  int start = 0;
  for (int i = 0; i <= dot; i++) {
    if (i < dot && word[i] != '.') continue;
    Val name = str_intern(word + start, (size_t)(i - start));
    if (!name) return nullptr;
    if (!obj) {
      obj = dict_get(e->globals, name);
      if (!obj) obj = lookup_builtin(name);
    } else obj = getattr_opt(obj, name);
    if (!obj) {
      exc_take();
      return names;
    }
    start = i + 1;
  }
  Val d = dir_of(obj);
  if (!d) {
    exc_take();
    return names;
  }
  return d;
}

void complete(Editor* e) {
  int ws = e->cur;
  while (ws > 0) {
    char c = e->buf[ws - 1];
    if (c == '.' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80))
      ws--;
    else break;
  }
  const char* word = e->buf + ws;
  int wlen = e->cur - ws;
  if (wlen == 0) {
    insert_text(e, "    ", 4);  // Tab on nothing indents
    return;
  }
  int ps;
  Val names = completion_candidates(e, word, wlen, &ps);
  if (!names) {
    exc_take();
    return;
  }
  const char* prefix = word + ps;
  int plen = wlen - ps;
  size_t n;
  Val* items;
  if (!seq_to_array(names, &n, &items)) {
    exc_take();
    return;
  }
  // matches: names starting with the prefix (private names only when asked for)
  const char* first = nullptr;
  int common = 0, count = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_str(items[i])) continue;
    const char* s = str_data(items[i]);
    if (strncmp(s, prefix, (size_t)plen) != 0) continue;
    if (s[0] == '_' && (plen == 0 || prefix[0] != '_')) continue;
    if (!first) {
      first = s;
      common = (int)strlen(s);
    } else {
      int k = 0;
      while (k < common && s[k] == first[k]) k++;
      if (!strcmp(s, first)) continue;
      common = k;
    }
    count++;
  }
  if (!first) return;
  if (common > plen) {
    insert_text(e, first + plen, common - plen);
    return;
  }
  if (count > 1) {
    // show the choices, then the prompt and line again
    out("\r\n");
    int col = 0;
    for (size_t i = 0; i < n; i++) {
      if (!is_str(items[i])) continue;
      const char* s = str_data(items[i]);
      if (strncmp(s, prefix, (size_t)plen) != 0 || (s[0] == '_' && (plen == 0 || prefix[0] != '_'))) continue;
      char cell[64];
      snprintf(cell, sizeof cell, "%-16s", s);
      out(cell);
      col += (int)strlen(cell);
      if (col >= 64) {
        out("\r\n");
        col = 0;
      }
    }
    if (col) out("\r\n");
    redraw(e);
  }
}

// Reads an escape sequence after ESC: returns 'A'..'D' for arrows, 'H'/'F' home/end,
// '3' for delete, 0 for anything else.
int read_escape() {
  int c = read_key();
  if (c != '[' && c != 'O') return 0;
  int k = read_key();
  if (k >= '0' && k <= '9') {
    int t = read_key();
    if (t != '~') return 0;
    if (k == '3') return '3';
    if (k == '1' || k == '7') return 'H';
    if (k == '4' || k == '8') return 'F';
    return 0;
  }
  return k;
}

LineResult edit_line_keys(Editor* e, const char* initial);

LineResult edit_line(Editor* e, const char* initial) {
  g_editing = e;
  LineResult r = edit_line_keys(e, initial);
  g_editing = nullptr;
  return r;
}

LineResult edit_line_keys(Editor* e, const char* initial) {
  e->len = e->cur = 0;
  e->shown_len = 0;
  out(e->prompt);
  if (initial && *initial) insert_text(e, initial, (int)strlen(initial));
  int hist = g_nhistory;
  char saved[LINE_MAX];
  saved[0] = 0;
  for (;;) {
    int c = read_key();
    if (c < 0) return e->len ? LINE_OK : LINE_EOF;
    switch (c) {
      case '\r': case '\n':
        out("\r\n");
        e->buf[e->len] = 0;
        return LINE_OK;
      case CTRL_A:
        return LINE_RAW;
      case CTRL_C:
        out("\r\n");
        return LINE_CANCEL;
      case CTRL_D:
        if (e->len == 0) {
          out("\r\n");
          return LINE_EOF;
        }
        if (e->cur < e->len) {
          memmove(e->buf + e->cur, e->buf + e->cur + 1, (size_t)(e->len - e->cur - 1));
          e->len--;
          redraw(e);
        }
        break;
      case CTRL_E:
        if (e->len == 0) return LINE_PASTE;
        e->cur = e->len;
        redraw(e);
        break;
      case 8: case 127:  // backspace
        if (e->cur > 0) {
          memmove(e->buf + e->cur - 1, e->buf + e->cur, (size_t)(e->len - e->cur));
          e->cur--;
          e->len--;
          if (e->cur == e->len) {
            out("\b \b");
            e->shown_len = e->len;
          } else redraw(e);
        }
        break;
      case '\t':
        complete(e);
        break;
      case 27: {
        int k = read_escape();
        if (k == 'D' && e->cur > 0) {
          e->cur--;
          out("\x1b[D");
        } else if (k == 'C' && e->cur < e->len) {
          e->cur++;
          out("\x1b[C");
        } else if (k == 'H') {
          e->cur = 0;
          redraw(e);
        } else if (k == 'F') {
          e->cur = e->len;
          redraw(e);
        } else if (k == '3' && e->cur < e->len) {
          memmove(e->buf + e->cur, e->buf + e->cur + 1, (size_t)(e->len - e->cur - 1));
          e->len--;
          redraw(e);
        } else if (k == 'A' && hist > 0) {
          if (hist == g_nhistory) {
            memcpy(saved, e->buf, (size_t)e->len);
            saved[e->len] = 0;
          }
          set_line(e, g_history[--hist]);
        } else if (k == 'B' && hist < g_nhistory) {
          hist++;
          set_line(e, hist == g_nhistory ? saved : g_history[hist]);
        }
        break;
      }
      default:
        if (c >= 32 || c >= 0x80) {
          char ch = (char)c;
          insert_text(e, &ch, 1);
        }
    }
  }
}

// ---- input completeness (when to show "... ") ------------------------------------------
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

// ---- running code -----------------------------------------------------------------------
bool g_exit_requested;
int g_exit_status;

int exit_status_of(Val exc) {
  Val code = ((Exception*)exc)->value;
  if (!code || code == None) return 0;
  int64_t c;
  if (is_int(code)) return int_to_i64(code, &c) ? (int)(c & 0xff) : 1;
  Val s = str_of(code);
  if (s) {
    err_write(str_data(s), str_len(s));
    err_write("\n", 1);
  } else exc_take();
  return 1;
}

// Compiles and runs src; prints the traceback of an error. Returns false after SystemExit.
bool execute(const char* src, size_t len, int mode, Val globals) {
  hal_interrupt_pending();  // forget a Ctrl-C typed before this run
  term_normal();
  Val code = compile_source(src, len, Q(stdin), mode);
  Val r = code ? exec_code(code, globals, globals) : nullptr;
  bool keep_going = true;
  if (!r) {
    Val e = exc_take();
    if (exc_matches(e, (Val)&SystemExit_type)) {
      g_exit_status = exit_status_of(e);
      g_exit_requested = true;
      keep_going = false;
    } else print_exception(e, nullptr);
  }
  hal_interrupt_pending();
  term_raw();
  return keep_going;
}

// ---- paste mode -------------------------------------------------------------------------
void paste_mode(Val globals) {
  out("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
  Buf b;
  buf_init(&b, 256);
  for (;;) {
    int c = read_key();
    if (c < 0 || c == CTRL_D) break;
    if (c == CTRL_C) {
      out("\r\n");
      return;
    }
    if (c == '\r' || c == '\n') {
      buf_addc(&b, '\n');
      out("\r\n=== ");
      continue;
    }
    char ch = (char)c;
    buf_addc(&b, ch);
    out_n(&ch, 1);
  }
  out("\r\n");
  if (b.failed) {
    exc_take();
    out("MemoryError\r\n");
    return;
  }
  execute(b.data, b.len, 0, globals);
}

// ---- raw REPL ---------------------------------------------------------------------------
// Runs what the raw REPL received and answers with the protocol's frame: output, "\x04",
// error text, "\x04", ">". Returns false when the code raised SystemExit (pyvgl exits).
bool raw_run(Buf* b, Val* globals) {
  if (b->failed) {
    exc_take();
    out("\x04MemoryError\r\n\x04>");
    return true;
  }
  hal_interrupt_pending();
  term_normal();
  Val code = compile_source(b->data, b->len, Q(stdin), 0);
  Val r = code ? exec_code(code, *globals, *globals) : nullptr;
  Val e = r ? nullptr : exc_take();
  out("\x04");
  if (e) {
    if (exc_matches(e, (Val)&SystemExit_type)) {
      g_exit_status = exit_status_of(e);
      g_exit_requested = true;
      out("\x04");
      term_raw();
      return false;
    }
    print_exception(e, nullptr);
  }
  out("\x04>");
  hal_interrupt_pending();
  term_raw();
  return true;
}

// Raw-paste mode (entered with "\x05A\x01" at the raw prompt): the tool sends at most
// RAW_PASTE_WINDOW bytes ahead of us and we send "\x01" each time we have taken a window,
// so a board with a small input buffer never drops a byte. "\x04" ends the code; we echo it
// and run the code like the raw REPL does, without its "OK".
const int RAW_PASTE_WINDOW = 256;

bool raw_paste(Buf* b, Val* globals) {
  const char hello[4] = {'R', '\x01', (char)(RAW_PASTE_WINDOW & 0xff), (char)(RAW_PASTE_WINDOW >> 8)};
  out_n(hello, sizeof hello);
  int taken = 0;
  for (;;) {
    int c = read_key();
    if (c < 0) return false;
    if (c == CTRL_D) break;
    if (c == CTRL_C) {  // the tool gave up: drop the code, back to the raw prompt
      out("\x04>");
      b->len = 0;
      return true;
    }
    buf_addc(b, (char)c);
    if (++taken == RAW_PASTE_WINDOW) {
      taken = 0;
      out_n("\x01", 1);
    }
  }
  out_n("\x04", 1);
  return raw_run(b, globals);
}

// Returns true to go back to the friendly REPL, false when input ended.
bool raw_repl(Val* globals) {
  out("raw REPL; CTRL-B to exit\r\n>");
  Buf b;
  buf_init(&b, 1024);
  for (;;) {
    int c = read_key();
    if (c < 0) return false;
    if (c == CTRL_A) {
      b.len = 0;
      out("\r\nraw REPL; CTRL-B to exit\r\n>");
      continue;
    }
    if (c == CTRL_B) {
      out("\r\n");
      return true;
    }
    if (c == CTRL_C) {
      b.len = 0;
      continue;
    }
    if (c == CTRL_E && b.len == 0) {
      int a = read_key();
      int one = a == 'A' ? read_key() : -1;
      if (a == 'A' && one == CTRL_A) {
        if (!raw_paste(&b, globals)) return false;
        buf_init(&b, 1024);
      }
      continue;
    }
    if (c == CTRL_D) {
      if (b.len == 0) {
        // soft reset: a fresh __main__, then the raw REPL again
        out("\r\nMPY: soft reboot\r\n");
        *globals = repl_new_main();
        out("raw REPL; CTRL-B to exit\r\n>");
        continue;
      }
      out("OK");
      if (!raw_run(&b, globals)) return false;
      buf_init(&b, 1024);
      continue;
    }
    buf_addc(&b, (char)c);
  }
}

// ---- friendly REPL ----------------------------------------------------------------------
int friendly_repl(Val globals) {
  Editor e;
  e.globals = globals;
  for (;;) {
    e.prompt = ">>> ";
    LineResult r = edit_line(&e, nullptr);
    if (r == LINE_EOF) return 0;
    if (r == LINE_CANCEL) continue;
    if (r == LINE_PASTE) {
      paste_mode(globals);
      if (g_exit_requested) return g_exit_status;
      continue;
    }
    if (r == LINE_RAW) {
      out("\r\n");
      if (!raw_repl(&globals)) return g_exit_requested ? g_exit_status : 0;
      e.globals = globals;
      continue;
    }
    history_add(e.buf);
    if (blank(e.buf)) continue;
    Buf src;
    buf_init(&src, 256);
    buf_add(&src, e.buf, (size_t)e.len);
    buf_addc(&src, '\n');
    bool compound = starts_compound(e.buf) || ends_with_colon(e.buf);
    bool cancelled = false;
    char last[LINE_MAX];
    snprintf(last, sizeof last, "%s", e.buf);
    while (open_construct(src.data, src.len) || compound) {
      // auto-indent: the previous line's indentation, one level more after ':'
      char indent[LINE_MAX];
      int n = 0;
      if (compound) {
        while (last[n] == ' ' && n < LINE_MAX - 8) n++;
        if (ends_with_colon(last)) n += 4;
      }
      memset(indent, ' ', (size_t)n);
      indent[n] = 0;
      e.prompt = "... ";
      LineResult lr = edit_line(&e, indent);
      if (lr == LINE_CANCEL) {
        cancelled = true;
        break;
      }
      if (lr == LINE_EOF) break;
      if (lr != LINE_OK) continue;
      if (!blank(e.buf)) history_add(e.buf);
      if (compound && blank(e.buf) && !open_construct(src.data, src.len)) break;
      buf_add(&src, e.buf, (size_t)e.len);
      buf_addc(&src, '\n');
      snprintf(last, sizeof last, "%s", e.buf);
      if (!compound && !open_construct(src.data, src.len)) break;
    }
    if (cancelled) continue;
    if (src.failed) {
      exc_take();
      out("MemoryError\r\n");
      continue;
    }
    if (!execute(src.data, src.len, 2, globals)) return g_exit_status;
  }
}

// Without a terminal: read lines, no prompts or echo; blocks end at an empty line.
int plain_repl(Val globals) {
  char line[LINE_MAX];
  for (;;) {
    int n = hal_stdin_readline(line, sizeof line);
    if (n < 0) return 0;
    line[n] = 0;
    if (blank(line)) continue;
    Buf src;
    buf_init(&src, 256);
    buf_add(&src, line, (size_t)n);
    buf_addc(&src, '\n');
    bool compound = starts_compound(line) || ends_with_colon(line);
    while (compound || open_construct(src.data, src.len)) {
      int m = hal_stdin_readline(line, sizeof line);
      if (m < 0) break;
      line[m] = 0;
      if (compound && blank(line) && !open_construct(src.data, src.len)) break;
      buf_add(&src, line, (size_t)m);
      buf_addc(&src, '\n');
      if (!compound && !open_construct(src.data, src.len)) break;
    }
    if (!execute(src.data, src.len, 2, globals)) return g_exit_status;
  }
}
}  // namespace

Val repl_new_main() {
  Val m = module_new(Q(__main__));
  if (!m) return nullptr;
  dict_set(ts.modules, Q(__main__), m);
  Val d = (Val)((Module*)m)->dict;
  Val b = dict_get(ts.modules, Q(builtins));
  if (b) dict_set(d, Q(__builtins__), b);
  return d;
}

int repl_run(Val globals) {
  g_tty = isatty(0) && tcgetattr(0, &g_saved) == 0;
  if (!g_tty) return plain_repl(globals);
  out("pyvgl (MicroPython-compatible); Ctrl-D to exit, Ctrl-E paste mode, Ctrl-A raw REPL\r\n");
  term_raw();
  int status = friendly_repl(globals);
  term_normal();
  return status;
}

}  // namespace py
