// HAL of the bare-metal port: the console is the board's UART, time is the SysTick
// millisecond counter, there is no file system (board.h: QEMU's mps2-an386).
#include "py/hal.h"

#include <string.h>

#include "board.h"
#include "serial_console.h"

namespace py {

namespace {
constexpr int CTRL_A = 1, CTRL_C = 3, CTRL_D = 4;
int g_pushed_back = -1;  // a byte hal_interrupt_pending read that was not a Ctrl-C
}  // namespace

int hal_serial_read_byte() {
  int c = g_pushed_back;
  g_pushed_back = -1;
  return c >= 0 ? c : board::uart_read_byte();
}

void hal_stdout_write(const char* s, size_t n) {
  // the console is a serial terminal: "\n" goes out as "\r\n"
  size_t start = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) {
      board::uart_write(s + start, i - start);
      board::uart_write("\r\n", 2);
      start = i + 1;
    }
  board::uart_write(s + start, n - start);
}
void hal_stderr_write(const char* s, size_t n) { hal_stdout_write(s, n); }

// A line typed on the console after `prompt`: echoed, backspace edits it. Returns its length,
// or a SerialLineEnd for a control key (Ctrl-D only on an empty line).
int serial_read_line(const char* prompt, char* buf, size_t cap) {
  hal_stdout_write(prompt, strlen(prompt));
  size_t n = 0;
  for (;;) {
    int c = hal_serial_read_byte();
    switch (c) {
      case '\r': case '\n':
        hal_stdout_write("\r\n", 2);
        return (int)n;
      case CTRL_A:
        return SERIAL_LINE_RAW;
      case CTRL_C:
        hal_stdout_write("\r\n", 2);
        return SERIAL_LINE_CANCELLED;
      case CTRL_D:
        if (n == 0) {
          hal_stdout_write("\r\n", 2);
          return SERIAL_LINE_EOF;
        }
        break;
      case 8: case 127:
        if (n > 0) {
          n--;
          hal_stdout_write("\b \b", 3);
        }
        break;
      default:
        if (c >= 32 && n + 1 < cap) {
          buf[n++] = (char)c;
          hal_stdout_write(buf + n - 1, 1);
        }
    }
  }
}

// input(): a console line; any control key ends the input (EOFError).
int hal_stdin_readline(char* buf, size_t cap) {
  int n = serial_read_line("", buf, cap);
  return n < 0 ? -1 : n;
}

uint64_t hal_ticks_us() { return board::millis() * 1000; }
void hal_sleep_us(uint64_t us) {
  uint64_t end = hal_ticks_us() + us;
  while (hal_ticks_us() < end) asm volatile("wfi");  // SysTick wakes the core every ms
}
double hal_time() { return (double)hal_ticks_us() / 1e6; }

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

// A Ctrl-C typed while code runs interrupts it; another byte is kept for the next read.
bool hal_interrupt_pending() {
  if (g_pushed_back >= 0 || !board::uart_byte_ready()) return false;
  int c = board::uart_read_byte();
  if (c == CTRL_C) return true;
  g_pushed_back = c;
  return false;
}

}  // namespace py
