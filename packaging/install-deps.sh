#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages Summitry needs (packaging/debian-packages.txt)
# that are not installed yet. Idempotent and non-interactive; needs root or sudo.
#   packaging/install-deps.sh            build + run + test packages (test: also what
#                                        cpack -G DEB and lintian need)
#   packaging/install-deps.sh fuzz       also the fuzzing toolchain
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sections=(build run test "$@")

wanted=()
section=""
while IFS= read -r line; do
  line=${line%%#*}
  line=$(echo "$line" | xargs)
  [[ -z $line ]] && continue
  if [[ $line == @* ]]; then section=${line#@}; continue; fi
  for s in "${sections[@]}"; do
    [[ $s == "$section" ]] && wanted+=("$line")
  done
done < "$here/debian-packages.txt"

missing=()
for p in "${wanted[@]}"; do
  # An npm from elsewhere (NodeSource's nodejs package has one) does the job of Debian's, which
  # would conflict with it: keep it.
  [[ $p == npm ]] && command -v npm >/dev/null 2>&1 && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
