// The interactive prompt, as in MicroPython's unix port.
//
// Friendly REPL: ">>> " and "... " prompts, auto-indent, a small line editor with
// history and tab completion, Ctrl-C (discard line), Ctrl-D (exit on an empty line),
// Ctrl-E (paste mode), Ctrl-A (raw REPL). While code runs the terminal is back in its
// normal mode, so Ctrl-C raises SIGINT and the VM turns it into KeyboardInterrupt.
//
// Raw REPL (for tools): repl_raw.cpp, shared with the bare-metal port.
#include "repl.h"
#include "repl_input.h"
#include "repl_raw.h"

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
constexpr char CTRL_A = 1, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5;

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

// ---- running code -----------------------------------------------------------------------
bool g_exit_requested;
int g_exit_status;

// Compiles and runs src; prints the traceback of an error. Returns false after SystemExit.
bool execute(const char* src, size_t len, int mode, Val globals) {
  hal_interrupt_pending();  // forget a Ctrl-C typed before this run
  term_normal();
  Val e = repl_run_source(src, len, mode, globals);
  bool keep_going = true;
  if (e) {
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
      const RawReplIo io{read_key, term_normal, term_raw};
      RawReplEnd end = raw_repl(io, &globals, &g_exit_status);
      if (end == RAW_INPUT_ENDED) return 0;
      if (end == RAW_SYSTEM_EXIT) return g_exit_status;
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
int read_plain_line(const char*, char* buf, size_t cap) { return hal_stdin_readline(buf, cap); }

int plain_repl(Val globals) {
  for (;;) {
    Buf src;
    int r = read_statement(read_plain_line, &src);
    if (r < 0) return 0;
    if (r > 0 && !execute(src.data, src.len, 2, globals)) return g_exit_status;
  }
}
}  // namespace

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
