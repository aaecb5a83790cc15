# SPDX-License-Identifier: MIT
# summitry_warnings(target): the project's warning set, applied to our own targets only.
function(summitry_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                           -Wimplicit-fallthrough)
  if(SUMMITRY_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
