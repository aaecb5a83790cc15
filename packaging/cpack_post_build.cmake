# SPDX-License-Identifier: MIT
# Run by cpack after it made the packages (CPACK_POST_BUILD_SCRIPTS): mends summitry-dbgsym,
# which CMake 3.25's DEB generator makes with two faults that lintian reports as errors:
# - its md5sums name each file by its absolute path in cpack's staging directory
#   (md5sums-lists-nonexistent-file, file-missing-in-md5sums): the paths become relative;
# - it has no /usr/share/doc/summitry-dbgsym (no-copyright-file, no-changelog): it gets the
#   symbolic link to summitry's that debhelper gives every -dbgsym, allowed because
#   summitry-dbgsym depends on summitry of the same version.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
  if(NOT package MATCHES "-dbgsym_[^/]*\\.ddeb$")
    continue()
  endif()
  get_filename_component(name ${package} NAME_WE)
  string(REGEX REPLACE "_.*" "" name ${name})
  get_filename_component(out ${package} DIRECTORY)
  set(dir ${out}/mend-${name})
  file(REMOVE_RECURSE ${dir})
  file(MAKE_DIRECTORY ${out})
  execute_process(COMMAND dpkg-deb --raw-extract ${package} ${dir} COMMAND_ERROR_IS_FATAL ANY)
  file(READ ${dir}/DEBIAN/md5sums sums)
  string(REGEX REPLACE "  /[^\n]*-dbgsym/usr/" "  usr/" sums "${sums}")
  if(sums MATCHES "  /")
    message(FATAL_ERROR "summitry: ${package}'s md5sums still has absolute paths:\n${sums}")
  endif()
  file(WRITE ${dir}/DEBIAN/md5sums "${sums}")
  file(MAKE_DIRECTORY ${dir}/usr/share/doc)
  file(CREATE_LINK summitry ${dir}/usr/share/doc/${name} SYMBOLIC)
  # gzip -6, as CPack compressed it: -9 takes three times as long for 0.5% less.
  execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip -z6 --build ${dir} ${package}
                  OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
  file(REMOVE_RECURSE ${dir})
  message(STATUS "summitry: ${package}: md5sums paths made relative, doc linked to summitry's")
endforeach()
