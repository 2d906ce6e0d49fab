# Builds py/ + the modules (without os/file I/O) + the frozen lib/ for a Cortex-M4 with
# arm-none-eabi-g++, the way a board port would, and checks the code size.
#   cmake -DROOT=<source dir> -DFROZEN=<frozen_lib.cpp> -DOUT=<elf> [-DMAX_TEXT=262144] -P cortex_m_build.cmake
if(NOT MAX_TEXT)
  set(MAX_TEXT 262144)
endif()
find_program(ARM_GXX arm-none-eabi-g++)
find_program(ARM_SIZE arm-none-eabi-size)
if(NOT ARM_GXX OR NOT ARM_SIZE)
  message(FATAL_ERROR "arm-none-eabi-g++ not found (Debian: gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib)")
endif()
file(GLOB core ${ROOT}/py/*.cpp)
file(GLOB mods ${ROOT}/py/mod/*.cpp)
list(FILTER mods EXCLUDE REGEX "mod_os\\.cpp$")
execute_process(
  COMMAND ${ARM_GXX} -mcpu=cortex-m4 -mthumb -Os -fno-exceptions -fno-rtti -std=gnu++17
          -Wall -Wextra -Werror -Wno-unused-parameter -ffunction-sections -fdata-sections
          -DPYVGL_HAS_FS=0 -I${ROOT} -I${ROOT}/py
          ${core} ${mods} ${ROOT}/ports/qemu-arm/main.cpp ${ROOT}/ports/qemu-arm/hal_bare.cpp ${FROZEN}
          --specs=nano.specs --specs=nosys.specs -Wl,--gc-sections -o ${OUT}
  RESULT_VARIABLE rc
  ERROR_VARIABLE err)
# newlib's nosys stubs warn that they are stubs; anything else is a real problem
string(REGEX REPLACE "[^\n]*is not implemented and will always fail[^\n]*\n?" "" err "${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Cortex-M build failed:\n${err}")
endif()
execute_process(COMMAND ${ARM_SIZE} ${OUT} OUTPUT_VARIABLE sizes RESULT_VARIABLE rc)
string(REGEX MATCH "\n *([0-9]+)[ \t]+([0-9]+)[ \t]+([0-9]+)" m "${sizes}")
set(text ${CMAKE_MATCH_1})
message("Cortex-M4 (-Os, thumb) interpreter + compiler + modules + frozen lib: text ${text} bytes, data ${CMAKE_MATCH_2}, bss ${CMAKE_MATCH_3} (limit ${MAX_TEXT})")
if(text GREATER MAX_TEXT)
  message(FATAL_ERROR "text size ${text} exceeds ${MAX_TEXT}")
endif()
