// The REPL's pieces that need no terminal (repl_input.cpp; repl_new_main is declared in
// repl.h): when a REPL line needs more lines (the "... " prompt).
#pragma once
#include <stddef.h>

#include "py/obj.h"

namespace py {

/** The line opens a compound statement (if, def, class, a decorator...): the block ends at
 *  an empty line. */
bool starts_compound(const char* s);
/** s[0..n) has open brackets, an unterminated triple-quoted string or a trailing backslash. */
bool open_construct(const char* s, size_t n);
/** The line ends with ':' (trailing blanks ignored). */
bool ends_with_colon(const char* line);
/** Only spaces and tabs. */
bool blank(const char* line);

/** Reads a line after showing prompt (a port may show none): its length, or a negative
 *  code the caller of read_statement acts on (end of input, Ctrl-C, Ctrl-A...). */
using ReadLine = int (*)(const char* prompt, char* buf, size_t cap);
constexpr int REPL_LINE_MAX = 4096;
/** Reads one statement into *src: a ">>> " line, then "... " lines while it is open (a
 *  compound statement ends at a blank line). Returns 1 with the statement in src, 0 for a
 *  blank line, or the negative code read_line gave: -1 (end of input) on a later line ends
 *  the statement there, other codes abandon it (Ctrl-C) and are returned. */
int read_statement(ReadLine read_line, Buf* src);

}  // namespace py
