// The board under the bare-metal port: QEMU's mps2-an386 (ARM MPS2 FPGA image AN386, a
// Cortex-M4 at 25 MHz). Its code memory (4 MB at 0x00000000, loaded by -kernel), SRAM (4 MB
// at 0x20000000, see mps2_an386.ld), the CMSDK APB UART0 at 0x40004000 (qemu's -serial
// stdio) and ARM semihosting (-semihosting) to leave qemu with an exit status and to write
// files on the host.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace board {

constexpr uint32_t CPU_HZ = 25000000;

// UART0: blocking byte I/O (the serial line is the console).
void uart_init();
void uart_write(const char* s, size_t n);
int uart_read_byte();           // waits for a byte
bool uart_byte_ready();

// Milliseconds since reset (SysTick interrupt).
uint64_t millis();
void systick_init();

// Semihosting: ends qemu with status (SYS_EXIT_EXTENDED); writes a host file.
[[noreturn]] void semihost_exit(int status);
bool semihost_write_file(const char* path, const void* data, size_t n);
// The command line qemu was given (-semihosting-config arg=...), NUL-terminated in buf.
bool semihost_cmdline(char* buf, size_t n);

}  // namespace board
