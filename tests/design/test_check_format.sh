#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# check_format.sh finds what it must: a tree with one badly formatted file fails and names it;
# the same tree formatted passes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/../../.clang-format" "$tmp/"
mkdir -p "$tmp/src/core" "$tmp/tests" "$tmp/bench"
printf 'int f();\n' >"$tmp/src/core/good.h"
printf 'int  g( int x ){return x ;}\n' >"$tmp/src/core/bad.cpp"
rc=0
out=$("$here/check_format.sh" "$tmp" 2>&1) || rc=$?
[ $rc -eq 1 ] || { echo "unformatted tree: exit $rc, not 1: $out"; exit 1; }
grep -q 'src/core/bad.cpp: not formatted' <<<"$out" || { echo "bad.cpp not named: $out"; exit 1; }
! grep -q 'good.h' <<<"$out" || { echo "good.h named: $out"; exit 1; }
"$here/check_format.sh" --fix "$tmp"
"$here/check_format.sh" "$tmp" >/dev/null || { echo "formatted tree refused"; exit 1; }
echo "check_format: finds the unformatted file, passes the formatted tree"
