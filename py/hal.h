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
// Reading a source file piece by piece, so that compiling it needs only a small window of
// it in memory: open gives a handle >= 0 (or -1 with *err), read the bytes read (0 at the
// end, -errno on error).
int hal_source_open(const char* path, int* err);
long hal_source_read(int h, char* buf, size_t n);
void hal_source_close(int h);
// 0 = missing, 1 = file, 2 = directory
int hal_stat(const char* path);
// Non-zero when the user pressed Ctrl-C since the last call (cleared by the call).
bool hal_interrupt_pending();

// Waiting with background work. Wherever the interpreter waits (time.sleep*, a port's REPL
// reading a key) it waits through hal_wait, so a port can keep background work going
// instead of sleeping idly: the unix port runs its GUI engine there. A port installs a wait
// hook that waits until `handle` (0: stdin; -1: none, time only) has input or `max_ms` have
// passed, doing its work meanwhile; it may return early (Ctrl-C, a signal), callers loop on
// the clock. Without a hook hal_wait is hal_sleep_us (and reports no input).
// Returns 1 when the handle has input, 0 otherwise. Core code, no port needs to define it.
using WaitHook = int (*)(int handle, uint32_t max_ms);
void hal_set_wait_hook(WaitHook hook);
WaitHook hal_wait_hook();
int hal_wait(int handle, uint32_t max_ms);

}  // namespace py
