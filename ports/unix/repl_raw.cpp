// MicroPython's raw REPL (for tools): no echo; code is collected until Ctrl-D, then "OK",
// the output, "\x04", the error text, "\x04", ">". Ctrl-D on an empty buffer soft-resets,
// Ctrl-B returns to the friendly REPL. "\x05A\x01" at the raw prompt enters raw-paste mode,
// the flow-controlled variant mpremote and pyboard.py use when the board supports it.
// Shared by the unix terminal REPL (repl.cpp) and the bare-metal serial REPL.
#include "ports/unix/repl_raw.h"

#include <string.h>

#include "ports/unix/repl.h"
#include "py/compile.h"
#include "py/hal.h"
#include "py/runtime.h"

namespace py {

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

Val repl_run_source(const char* src, size_t len, int mode, Val globals) {
  Val code = compile_source(src, len, Q(stdin), mode);
  Val r = code ? exec_code(code, globals, globals) : nullptr;
  return r ? nullptr : exc_take();
}

namespace {
constexpr char CTRL_A = 1, CTRL_B = 2, CTRL_C = 3, CTRL_D = 4, CTRL_E = 5;
constexpr int BUF_START = 1024;

void out(const char* s) { hal_stdout_write(s, strlen(s)); }

struct RawRepl {
  const RawReplIo& io;
  Val* globals;
  int* exit_status;
};

// Runs compiled code (or reports the exception compiling raised: code null) and answers
// with the protocol's frame: output, "\x04", error text, "\x04", ">". Returns false when the
// code raised SystemExit.
bool raw_run_code(RawRepl& r, Val code) {
  Val e = code ? nullptr : exc_take();
  if (code) {
    hal_interrupt_pending();  // forget a Ctrl-C typed before this run
    if (r.io.run_begin) r.io.run_begin();
    if (!exec_code(code, *r.globals, *r.globals)) e = exc_take();
  }
  out("\x04");
  bool keep_going = true;
  if (e && exc_matches(e, (Val)&SystemExit_type)) {
    *r.exit_status = exit_status_of(e);
    out("\x04");
    keep_going = false;
  } else {
    if (e) print_exception(e, nullptr);
    out("\x04>");
  }
  hal_interrupt_pending();
  if (code && r.io.run_end) r.io.run_end();
  return keep_going;
}

// The raw REPL's code, collected in b: compiled and run as above.
bool raw_run(RawRepl& r, Buf* b) {
  if (b->failed) {
    exc_take();
    out("\x04MemoryError\r\n\x04>");
    return true;
  }
  return raw_run_code(r, compile_source(b->data, b->len, Q(stdin), 0));
}

// Raw-paste mode (entered with "\x05A\x01" at the raw prompt): the tool sends at most
// RAW_PASTE_WINDOW bytes ahead of us and we send "\x01" each time we have taken a window,
// so a board with a small input buffer never drops a byte. "\x04" ends the code; we echo it
// and run the code like the raw REPL does, without its "OK". The code is compiled as it
// arrives (the lexer reads the serial line), so a board needs no room for its source text.
const int RAW_PASTE_WINDOW = 256;

struct PasteReader {
  RawRepl& r;
  int taken;           // bytes of the current window taken
  bool ended;          // the tool's "\x04" came (or input ended, or a Ctrl-C)
  bool input_gone, cancelled;
};

// The lexer's reader: the pasted bytes, up to the tool's "\x04" (then 0: the end).
long paste_read(void* ctx, char* buf, size_t n) {
  PasteReader& p = *(PasteReader*)ctx;
  size_t got = 0;
  while (got < n && !p.ended) {
    int c = p.r.io.read_byte();
    if (c < 0 || c == CTRL_D || c == CTRL_C) {
      p.ended = true;
      p.input_gone = c < 0;
      p.cancelled = c == CTRL_C;
      if (c == CTRL_D) hal_stdout_write("\x04", 1);
      break;
    }
    buf[got++] = (char)c;
    if (++p.taken == RAW_PASTE_WINDOW) {
      p.taken = 0;
      hal_stdout_write("\x01", 1);
    }
  }
  return (long)got;
}

// After a compile error part-way: "\x04" tells the tool to stop sending; what it sent
// meanwhile is dropped up to its own "\x04".
void paste_abort(PasteReader& p) {
  hal_stdout_write("\x04", 1);
  for (;;) {
    int c = p.r.io.read_byte();
    if (c < 0) p.input_gone = true;
    if (c < 0 || c == CTRL_D) break;
  }
  p.ended = true;
}

// Returns false when input ended or the code raised SystemExit (*ended says which).
bool raw_paste(RawRepl& r, RawReplEnd* ended) {
  const char hello[4] = {'R', '\x01', (char)(RAW_PASTE_WINDOW & 0xff), (char)(RAW_PASTE_WINDOW >> 8)};
  hal_stdout_write(hello, sizeof hello);
  PasteReader p{r, 0, false, false, false};
  Lexer L;
  lexer_init_reader(&L, paste_read, &p, Q(stdin));
  Val code = parse_compile_lexer(&L, Q(stdin), 0);
  if (!code && !p.ended) paste_abort(p);
  *ended = p.input_gone ? RAW_INPUT_ENDED : RAW_SYSTEM_EXIT;
  if (p.input_gone) return false;
  if (p.cancelled) {  // the tool gave up: drop the code, back to the raw prompt
    if (!code) exc_take();
    out("\x04>");
    return true;
  }
  return raw_run_code(r, code);
}
}  // namespace

RawReplEnd raw_repl(const RawReplIo& io, Val* globals, int* exit_status) {
  RawRepl r{io, globals, exit_status};
  out("raw REPL; CTRL-B to exit\r\n>");
  Buf b;
  buf_init(&b, BUF_START);
  for (;;) {
    int c = io.read_byte();
    if (c < 0) return RAW_INPUT_ENDED;
    if (c == CTRL_A) {
      b.len = 0;
      out("\r\nraw REPL; CTRL-B to exit\r\n>");
      continue;
    }
    if (c == CTRL_B) {
      out("\r\n");
      return RAW_TO_FRIENDLY;
    }
    if (c == CTRL_C) {
      b.len = 0;
      continue;
    }
    if (c == CTRL_E && b.len == 0) {
      int a = io.read_byte();
      int one = a == 'A' ? io.read_byte() : -1;
      if (a == 'A' && one == CTRL_A) {
        RawReplEnd ended;
        if (!raw_paste(r, &ended)) return ended;
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
      if (!raw_run(r, &b)) return RAW_SYSTEM_EXIT;
      buf_init(&b, BUF_START);
      continue;
    }
    buf_addc(&b, (char)c);
  }
}

}  // namespace py
