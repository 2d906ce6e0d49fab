// mps2-an386 peripherals: CMSDK APB UART0, SysTick, ARM semihosting (see board.h).
#include "board.h"

#include <string.h>

namespace board {

namespace {
// CMSDK APB UART registers (ARM DDI 0479: DATA, STATE, CTRL, INTSTATUS, BAUDDIV)
struct CmsdkUart {
  volatile uint32_t data;
  volatile uint32_t state;  // bit 0 TX buffer full, bit 1 RX buffer full
  volatile uint32_t ctrl;   // bit 0 TX enable, bit 1 RX enable
  volatile uint32_t intstatus;
  volatile uint32_t bauddiv;
};
CmsdkUart* const UART0 = (CmsdkUart*)0x40004000;
constexpr uint32_t TX_FULL = 1, RX_FULL = 2;

// SysTick (ARMv7-M system control space)
volatile uint32_t* const SYST_CSR = (volatile uint32_t*)0xE000E010;
volatile uint32_t* const SYST_RVR = (volatile uint32_t*)0xE000E014;
volatile uint32_t* const SYST_CVR = (volatile uint32_t*)0xE000E018;
volatile uint64_t g_millis;

// Semihosting operation numbers (ARM "Semihosting for AArch32 and AArch64")
constexpr int SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITE = 0x05, SYS_GET_CMDLINE = 0x15, SYS_EXIT_EXTENDED = 0x20;
constexpr uint32_t ADP_STOPPED_APPLICATION_EXIT = 0x20026;
constexpr uint32_t OPEN_MODE_WB = 5;

int semihost_call(int op, const void* args) {
  register int r0 asm("r0") = op;
  register const void* r1 asm("r1") = args;
  asm volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
  return r0;
}
}  // namespace

void uart_init() {
  UART0->bauddiv = 16;  // the smallest divisor the UART accepts; qemu ignores the rate
  UART0->ctrl = 3;
}

void uart_write(const char* s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    while (UART0->state & TX_FULL) {
    }
    UART0->data = (uint8_t)s[i];
  }
}

bool uart_byte_ready() { return UART0->state & RX_FULL; }

int uart_read_byte() {
  while (!uart_byte_ready()) {
  }
  return (int)(UART0->data & 0xff);
}

void systick_init() {
  *SYST_RVR = CPU_HZ / 1000 - 1;
  *SYST_CVR = 0;
  *SYST_CSR = 7;  // processor clock, interrupt, enable
}

uint64_t millis() {
  // a 64-bit read is two loads: read again when the interrupt ran in between
  for (;;) {
    uint64_t a = g_millis, b = g_millis;
    if (a == b) return a;
  }
}

void semihost_exit(int status) {
  const uint32_t block[2] = {ADP_STOPPED_APPLICATION_EXIT, (uint32_t)status};
  semihost_call(SYS_EXIT_EXTENDED, block);
  for (;;) {
  }
}

bool semihost_write_file(const char* path, const void* data, size_t n) {
  const uint32_t open_args[3] = {(uint32_t)path, OPEN_MODE_WB, (uint32_t)strlen(path)};
  int h = semihost_call(SYS_OPEN, open_args);
  if (h < 0) return false;
  const uint32_t write_args[3] = {(uint32_t)h, (uint32_t)data, (uint32_t)n};
  bool ok = semihost_call(SYS_WRITE, write_args) == 0;  // returns the bytes NOT written
  const uint32_t close_args[1] = {(uint32_t)h};
  semihost_call(SYS_CLOSE, close_args);
  return ok;
}

bool semihost_cmdline(char* buf, size_t n) {
  uint32_t args[2] = {(uint32_t)buf, (uint32_t)n};
  if (semihost_call(SYS_GET_CMDLINE, args) != 0) return false;
  buf[args[1] < n ? args[1] : n - 1] = 0;
  return true;
}

}  // namespace board

extern "C" void SysTick_Handler() { board::g_millis = board::g_millis + 1; }
