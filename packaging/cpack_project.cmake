# SPDX-License-Identifier: MIT
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE), after CPackConfig.cmake.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_SUMMITRY_REFUSE)
  message(FATAL_ERROR "summitry: no Debian package: ${CPACK_SUMMITRY_REFUSE}")
endif()
