# Compiler flags shared by every target.
#   pyvgl_core_flags(t): embedded-safe code (py/, lv/, binding/): no exceptions, no RTTI.
#   pyvgl_host_flags(t): host tools and tests: full C++ allowed.
# Both turn warnings into errors.

if(PYVGL_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()

set(PYVGL_WARNINGS -Wall -Wextra -Werror -Wno-unused-parameter)

function(pyvgl_core_flags target)
  target_compile_options(${target} PRIVATE ${PYVGL_WARNINGS}
    $<$<COMPILE_LANGUAGE:CXX>:-fno-exceptions -fno-rtti>)
endfunction()

function(pyvgl_host_flags target)
  target_compile_options(${target} PRIVATE ${PYVGL_WARNINGS})
endfunction()
