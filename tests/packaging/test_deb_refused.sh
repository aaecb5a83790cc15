#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# An instrumented build directory (sanitizers, fuzzers) makes no Debian package: cpack -G DEB
# fails and says why, rather than package programs that need the sanitizer runtimes.
#   test_deb_refused.sh BUILD_DIR
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if cpack -G DEB --config "$1/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  echo "test_deb_refused: cpack made a package of an instrumented build: $(ls "$out")" >&2
  exit 1
fi
cat "$out/cpack.log"
grep -q "summitry: no Debian package: this build directory is instrumented" "$out/cpack.log"
if compgen -G "$out/*.deb" >/dev/null; then echo "test_deb_refused: a .deb was left" >&2; exit 1; fi
echo "cpack -G DEB refuses the instrumented build, as it should"
