# SPDX-License-Identifier: MIT
# What the benchmark scripts share; sourced from the repository's root.

# bench_binary TARGET: sets `bin` to the benchmark program and `build_type` to how it was built:
# $BIN when given, else TARGET built in build/ (configured with the benchmarks on if needed).
bench_binary() {
  local target=$1
  if [ -n "${BIN:-}" ]; then
    bin=$BIN
    build_type="prebuilt $BIN"
    return
  fi
  if [ ! -f build/build.ninja ] ||
     ! grep -q '^SUMMITRY_BUILD_BENCH:BOOL=ON' build/CMakeCache.txt; then
    cmake -S . -B build -G Ninja -DSUMMITRY_BUILD_BENCH=ON >/dev/null
  fi
  cmake --build build --target "$target" >/dev/null
  bin=build/bench/$target
  build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' build/CMakeCache.txt)
}
