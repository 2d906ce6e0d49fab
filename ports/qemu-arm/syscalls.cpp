// The newlib system calls the firmware's C library parts reach (float formatting allocates
// through malloc, which grows with _sbrk): memory between .bss and the stack, stdout and
// stderr on the console, exit through semihosting. The other calls keep newlib's nosys
// stubs (they fail with ENOSYS): there are no files.
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "board.h"

extern "C" {
extern char end[];              // the end of .bss (mps2_an386.ld)
extern char __stack_limit__[];  // the lowest address the stack may reach

void* _sbrk(ptrdiff_t increment) {
  static char* brk = end;
  if (increment > __stack_limit__ - brk || increment < end - brk) {
    errno = ENOMEM;
    return (void*)-1;
  }
  char* old = brk;
  brk += increment;
  return old;
}

int _write(int fd, const char* data, int n) {
  if (fd != 1 && fd != 2) {
    errno = EBADF;
    return -1;
  }
  board::uart_write(data, (size_t)n);
  return n;
}

[[noreturn]] void _exit(int status) { board::semihost_exit(status); }
}
