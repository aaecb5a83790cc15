# SPDX-License-Identifier: MIT
# The hardening Debian's own packages get from dpkg-buildflags, for every program and library we
# build: Summitry reads partners' files, imports and downloaded calendars, so a memory error in a
# parser must end in an abort, not in control of the process. Debian 12's gcc already makes
# position-independent executables; the rest is asked for here:
# - _FORTIFY_SOURCE=2: glibc's checked string and memory functions (it needs the optimiser, so
#   not in Debug, where glibc would warn and -Werror fail);
# - -fstack-protector-strong, -fstack-clash-protection, -fcf-protection (x86-64's CET);
# - full RELRO (-z relro -z now): the GOT is read-only once the program has started.
# Off under the sanitizers and the fuzzers, which instrument the same functions themselves.
# tests/packaging/test_deb.sh fails if lintian finds a hardening-* tag in the package.
if(SUMMITRY_SANITIZE OR SUMMITRY_BUILD_FUZZERS)
  set(_summitry_harden_default OFF)
else()
  set(_summitry_harden_default ON)
endif()
option(SUMMITRY_HARDEN "Hardened programs (fortified functions, stack protector, full RELRO)"
       ${_summitry_harden_default})

if(SUMMITRY_HARDEN)
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2> -fstack-protector-strong
                      -fstack-clash-protection)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
    add_compile_options(-fcf-protection)
  endif()
  add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
