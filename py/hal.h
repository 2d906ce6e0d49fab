// Hardware abstraction layer: every platform service the interpreter core uses.
// A port (ports/unix, a bare-metal board...) implements these functions.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace py {

void hal_stdout_write(const char* s, size_t n);
void hal_stderr_write(const char* s, size_t n);
// Read one line from stdin into buf (without the newline). Returns length, -1 on EOF.
int hal_stdin_readline(char* buf, size_t cap);
uint64_t hal_ticks_us();
void hal_sleep_us(uint64_t us);
double hal_time();  // seconds since the epoch (wall clock)
// Read a whole file. The buffer is allocated with alloc (the GC heap) and returned with
// its length; returns false when the file cannot be read (errno-like code in *err).
bool hal_read_file(const char* path, void* (*alloc)(size_t), char** data, size_t* len, int* err);
// 0 = missing, 1 = file, 2 = directory
int hal_stat(const char* path);
// Non-zero when the user pressed Ctrl-C since the last call (cleared by the call).
bool hal_interrupt_pending();

}  // namespace py
