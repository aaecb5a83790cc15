#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every C++ file of the project is as clang-format 14 (Debian's) and .clang-format would write
# it. Run by ctest (code_formatted), so that .ci/run fails on an unformatted file.
#
#   tests/design/check_format.sh [DIR]   DIR: the source tree (default: this one); exit 0 when
#                                        all files are formatted, 1 listing those that are not,
#                                        2 when clang-format 14 is missing
#
# To format: clang-format-14 -i FILE (or every file: tests/design/check_format.sh --fix).
set -euo pipefail
fix=0
if [ "${1:-}" = --fix ]; then fix=1; shift; fi
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cf=$(command -v clang-format-14 || true)
if [ -z "$cf" ]; then
  echo "check_format.sh: clang-format-14 not found (Debian package clang-format)" >&2
  exit 2
fi
cd "$root"
mapfile -d '' files < <(find src tests bench -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
  echo "check_format.sh: no C++ file under $root" >&2
  exit 2
fi
if [ $fix = 1 ]; then
  "$cf" -i --style=file "${files[@]}"
  exit 0
fi
# One clang-format for all files; it names each unformatted one in its warnings.
rc=0
out=$("$cf" --style=file --dry-run --Werror "${files[@]}" 2>&1 >/dev/null) || rc=$?
bad=$(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' <<<"$out" |
      sort -u)
if [ -n "$bad" ]; then
  while read -r f; do echo "$root/$f: not formatted; clang-format-14 -i $f"; done <<<"$bad"
  echo "$(wc -l <<<"$bad") of ${#files[@]} files not formatted" >&2
  exit 1
fi
if [ $rc -ne 0 ]; then
  echo "check_format.sh: clang-format failed:" >&2
  echo "$out" | head -20 >&2
  exit 2
fi
echo "${#files[@]} files formatted"
