// HAL for a bare-metal Cortex-M build: output to a UART data register, clocks from the
// SysTick-driven millisecond counter the board support provides, no file system.
// The addresses are those of QEMU's lm3s6965evb (UART0); a board port replaces this file.
#include "py/hal.h"

namespace py {

namespace {
volatile uint32_t* const UART0_DR = (volatile uint32_t*)0x4000C000;
volatile uint64_t g_us;  // advanced by the board's timer interrupt
}  // namespace

void hal_stdout_write(const char* s, size_t n) {
  for (size_t i = 0; i < n; i++) *UART0_DR = (uint8_t)s[i];
}
void hal_stderr_write(const char* s, size_t n) { hal_stdout_write(s, n); }
int hal_stdin_readline(char*, size_t) { return -1; }
uint64_t hal_ticks_us() { return g_us; }
void hal_sleep_us(uint64_t us) {
  uint64_t end = g_us + us;
  while (g_us < end) g_us = g_us + 1;  // no timer in this minimal build: time advances here
}
double hal_time() { return (double)g_us / 1e6; }
int hal_source_open(const char*, int* err) {
  *err = 2;  // ENOENT: no file system
  return -1;
}
long hal_source_read(int, char*, size_t) { return 0; }
void hal_source_close(int) {}
bool hal_read_file(const char*, void* (*)(size_t), char**, size_t*, int* err) {
  *err = 2;  // ENOENT: no file system
  return false;
}
int hal_stat(const char*) { return 0; }
bool hal_interrupt_pending() { return false; }

}  // namespace py
