// The REPL's pieces that need no terminal (repl_input.cpp; repl_new_main is declared in
// repl.h): when a REPL line needs more lines (the "... " prompt).
#pragma once
#include <stddef.h>

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

}  // namespace py
