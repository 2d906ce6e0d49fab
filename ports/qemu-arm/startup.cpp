// Start-up code for the Cortex-M4: the vector table (initial stack pointer, reset and the
// exceptions used here) and the reset handler that prepares C++ (copy .data from flash,
// zero .bss, run the static constructors) before main. The symbols come from mps2_an386.ld.
#include <stdint.h>

#include "board.h"

extern "C" {
extern uint32_t __data_load__[], __data_start__[], __data_end__[];
extern uint32_t __bss_start__[], __bss_end__[];
extern uint32_t __stack_top__[];
using InitFunc = void (*)();
extern InitFunc __init_array_start[], __init_array_end[];
int main();
void SysTick_Handler();
[[noreturn]] void Reset_Handler();
[[noreturn]] void Fault_Handler();
}

void Reset_Handler() {
  for (uint32_t *src = __data_load__, *dst = __data_start__; dst < __data_end__;) *dst++ = *src++;
  for (uint32_t* p = __bss_start__; p < __bss_end__;) *p++ = 0;
  for (InitFunc* f = __init_array_start; f < __init_array_end; f++) (*f)();
  board::semihost_exit(main());
}

// A fault means a bug in the firmware: say so on the console and leave qemu with status 3.
void Fault_Handler() {
  static const char msg[] = "\r\n*** fault ***\r\n";
  board::uart_write(msg, sizeof msg - 1);
  board::semihost_exit(3);
}

namespace {
using Vector = void (*)();
// 0: stack top, 1: reset, 2: NMI, 3: HardFault, 4: MemManage, 5: BusFault, 6: UsageFault,
// 7-10 reserved, 11: SVCall, 12: DebugMonitor, 13 reserved, 14: PendSV, 15: SysTick
__attribute__((section(".vectors"), used)) const Vector g_vectors[16] = {
    (Vector)__stack_top__, Reset_Handler, Fault_Handler, Fault_Handler, Fault_Handler,
    Fault_Handler,         Fault_Handler, nullptr,       nullptr,       nullptr,
    nullptr,               Fault_Handler, Fault_Handler, nullptr,       Fault_Handler,
    SysTick_Handler,
};
}  // namespace
