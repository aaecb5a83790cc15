# SPDX-License-Identifier: MIT
# Precompiled headers for a build from nothing (CI's, a fresh machine's): every core file
# includes model/event.h, which includes date/tz.h and with it most of the standard library,
# about 110,000 lines parsed again for each of the 130 files of the core (docs/testing.md,
# "The suite's time"). A build through ccache keeps them off: ccache cannot cache a compile that
# uses a precompiled header without sloppiness settings, and its hits are cheaper still.
#
# The headers listed are system headers only, so a file that forgets one of its includes still
# fails in the builds without them (every developer's ccache build), and the layers' rules
# (core_layers) are untouched: the core's list has no wxWidgets.
#
# Measured file by file (CPU time, the same command with and without): a core file 0.69-0.78 of
# its time, a unit test file 0.63, a planner file 0.70, a GUI test file 0.70-0.79. The command
# line's files are left without: they spend their time generating CLI11's inline code, not
# parsing it, and gained nothing.
if(CMAKE_CXX_COMPILER_LAUNCHER OR SUMMITRY_BUILD_FUZZERS)
  set(_summitry_pch_default OFF)
else()
  set(_summitry_pch_default ON)
endif()
option(SUMMITRY_PCH "Precompiled headers (default: on unless a compiler launcher such as ccache is set)"
       ${_summitry_pch_default})

set(SUMMITRY_PCH_STD <algorithm> <cstddef> <cstdint> <filesystem> <functional> <map> <memory>
                     <optional> <set> <sstream> <stdexcept> <string> <string_view>
                     <unordered_map> <utility> <vector> <date/tz.h>)

# summitry_pch(target [KIND core|test|gui|gui_test] [REUSE_FROM other]): the target's files
# are compiled with the precompiled headers of their kind; REUSE_FROM shares another target's,
# which must have the same compile options and definitions (the test programs do).
function(summitry_pch target)
  cmake_parse_arguments(ARG "" "KIND;REUSE_FROM" "" ${ARGN})
  if(NOT SUMMITRY_PCH)
    return()
  endif()
  if(ARG_REUSE_FROM)
    target_precompile_headers(${target} REUSE_FROM ${ARG_REUSE_FROM})
    return()
  endif()
  set(headers ${SUMMITRY_PCH_STD})
  if(ARG_KIND STREQUAL "test")
    list(APPEND headers <catch2/catch.hpp>)
  elseif(ARG_KIND STREQUAL "gui")
    list(APPEND headers <wx/wx.h>)
  elseif(ARG_KIND STREQUAL "gui_test")
    list(APPEND headers <wx/wx.h> <catch2/catch.hpp>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# summitry_one_unit(target... [BY_FOLDER] [ALONE file...]): in a build from nothing
# (SUMMITRY_PCH), a target's files are compiled together, eight to a unit, or with BY_FOLDER
# one unit a folder. The command line's files each include CLI11, a header-only library whose
# inline code every file generated again at -O2 (about 9 of a command file's 12-14 s of CPU);
# the planner's, wxWidgets' inline code; the core's, date/tz.h's templates.
#
# The core goes by folder, and the files ALONE by themselves: a program takes from a static
# library whole objects, so a unit that mixed the checks with the iCalendar importer would make
# summitry-cli load libical (cli_links_what_it_needs). Files of one unit share their unnamed
# namespaces: two helpers of one name in one target break this build only, so such helpers are
# shared (src/gui/gui_text.h, the programme's colours) or named for what they do.
function(summitry_one_unit)
  cmake_parse_arguments(ARG "BY_FOLDER" "" "ALONE" ${ARGN})
  if(NOT SUMMITRY_PCH)
    return()
  endif()
  foreach(target IN LISTS ARG_UNPARSED_ARGUMENTS)
    if(NOT ARG_BY_FOLDER)
      set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
      continue()
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
    get_target_property(sources ${target} SOURCES)
    foreach(source IN LISTS sources)
      if(NOT source IN_LIST ARG_ALONE)
        get_filename_component(folder ${source} DIRECTORY)
        set_property(SOURCE ${source} TARGET_DIRECTORY ${target} PROPERTY UNITY_GROUP "${folder}")
      endif()
    endforeach()
  endforeach()
endfunction()
