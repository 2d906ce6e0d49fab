// The console on the board's UART as the REPL and input() read it (hal_bare.cpp).
#pragma once
#include <stddef.h>

namespace py {

// The next byte typed (waits for it; a byte read while checking for Ctrl-C comes first).
int hal_serial_read_byte();

enum SerialLineEnd { SERIAL_LINE_EOF = -1, SERIAL_LINE_CANCELLED = -2, SERIAL_LINE_RAW = -3 };
// Shows prompt, reads a line with echo and backspace; its length, or a SerialLineEnd for
// Ctrl-D on an empty line, Ctrl-C, Ctrl-A (a ReadLine for read_statement).
int serial_read_line(const char* prompt, char* buf, size_t cap);

}  // namespace py
