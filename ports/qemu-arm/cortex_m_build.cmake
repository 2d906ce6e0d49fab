# Builds the Cortex-M4 firmware (ports/qemu-arm/firmware: py/ + the modules without os/file
# I/O + the frozen lib/ + the board code and serial REPL) with arm-none-eabi-g++ into DIR,
# and checks the code size.
# With BINDGEN and FONT_DIR it builds the GUI firmware too (firmware/CMakeLists.txt).
#   cmake -DROOT=<source dir> -DFROZEN=<frozen_lib.cpp> [-DFROZEN_CORE=<frozen_core.cpp>] -DDIR=<build dir> [-DBINDGEN=<bindgen>
#         -DFONT_DIR=<build>/lv/fonts] [-DMAX_TEXT=...] -P cortex_m_build.cmake
if(NOT MAX_TEXT)
  set(MAX_TEXT 262144)
endif()
find_program(ARM_GXX arm-none-eabi-g++)
find_program(ARM_SIZE arm-none-eabi-size)
if(NOT ARM_GXX OR NOT ARM_SIZE)
  message(FATAL_ERROR "arm-none-eabi-g++ not found (Debian: gcc-arm-none-eabi libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib)")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${ROOT}/ports/qemu-arm/firmware -B ${DIR} -G Ninja
          -DCMAKE_BUILD_TYPE=MinSizeRel -DFROZEN=${FROZEN} -DFROZEN_CORE=${FROZEN_CORE} -DBINDGEN=${BINDGEN} -DFONT_DIR=${FONT_DIR}
          -DCMAKE_TOOLCHAIN_FILE=${ROOT}/ports/qemu-arm/firmware/arm-none-eabi.cmake
  RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the Cortex-M firmware failed:\n${log}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${DIR} -j2 RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "Cortex-M build failed:\n${log}")
endif()
set(OUT ${DIR}/pyvgl-qemu.elf)
execute_process(COMMAND ${ARM_SIZE} ${OUT} OUTPUT_VARIABLE sizes RESULT_VARIABLE rc)
string(REGEX MATCH "\n *([0-9]+)[ \t]+([0-9]+)[ \t]+([0-9]+)" m "${sizes}")
set(text ${CMAKE_MATCH_1})
set(data ${CMAKE_MATCH_2})
set(bss ${CMAKE_MATCH_3})
# the frozen lib/ modules (const objects named frozen_*, and the py_frozen_* tables) are
# counted apart: the limit is for the interpreter + compiler + modules (+ the C library
# parts they use)
get_filename_component(bindir ${ARM_GXX} DIRECTORY)
find_program(ARM_NM arm-none-eabi-nm HINTS ${bindir})
execute_process(COMMAND ${ARM_NM} -S ${OUT} OUTPUT_VARIABLE syms)
# py/float_text.cpp converts floats; a strtod or a float printf would bring newlib's
# conversions back (~19 KB), and "%f" would print nothing (the firmware has no float printf)
string(REGEX MATCHALL " [tTwW] (_strtod_l|_strtod_r|_dtoa_r|_printf_float)\n" newlib_float "${syms}")
if(newlib_float)
  string(REGEX REPLACE "[\n;]+ [tTwW] " ", " newlib_float "${newlib_float}")
  message(FATAL_ERROR "newlib's float conversions are linked in (${newlib_float}): use py/float_text.h")
endif()
string(REGEX MATCHALL "[0-9a-f]+ [0-9a-f]+ [rRdD] [^\n]*frozen_[a-z_]*[0-9]*" frozen_syms "${syms}")
set(frozen 0)
foreach(line ${frozen_syms})
  string(REGEX MATCH "^[0-9a-f]+ ([0-9a-f]+)" m "${line}")
  math(EXPR frozen "${frozen} + 0x${CMAKE_MATCH_1}")
endforeach()
math(EXPR core "${text} - ${frozen}")
message("Cortex-M4 (-Os, thumb): text ${text} bytes = ${core} interpreter + compiler + modules "
        "+ ${frozen} frozen lib/ modules; data ${data}, bss ${bss} "
        "(limit ${MAX_TEXT} for the ${core})")
if(core GREATER MAX_TEXT)
  message(FATAL_ERROR "text size ${core} exceeds ${MAX_TEXT}")
endif()
