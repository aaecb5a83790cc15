#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package that `cpack -G DEB` makes from this build directory, whatever its install
# prefix (the default build's is /usr/local): everything under /usr, what a desktop and Debian's
# policy expect in it, stripped programs with their debug symbols in summitry-dbgsym, man pages
# and changelog compressed reproducibly, the licence in copyright the same as LICENSE; lintian
# (Debian 12's) reports no error, no warning and no program without hardening; and the programs
# run from the unpacked package.
# The build directory's objects are reused (a separate release build would take the suite tens
# of minutes); the package goes to a scratch directory, not into the build directory.
#   test_deb.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
for tool in cpack dpkg-deb dpkg-shlibdeps lintian readelf objcopy msgfmt; do
  command -v "$tool" >/dev/null ||
    { echo "test_deb: $tool is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "test_deb: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; fail "cpack failed"; }
# cpack goes on when a post-build script fails (packaging/cpack_post_build.cmake).
if grep -q "CMake Error" "$out/cpack.log"; then cat "$out/cpack.log" >&2; fail "cpack reported errors"; fi
debs=("$out"/summitry_*.deb)
ddebs=("$out"/summitry-dbgsym_*.ddeb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || fail "no summitry_*.deb in $(ls "$out")"
[[ ${#ddebs[@]} == 1 && -f ${ddebs[0]} ]] || fail "no summitry-dbgsym_*.ddeb in $(ls "$out")"
deb=${debs[0]}
ddeb=${ddebs[0]}

# Paths: all under /usr, none under /usr/local, and what the package is for.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/paths"
if grep -v -e '^/$' -e '^/usr/' "$out/paths"; then fail "paths outside /usr (above)"; fi
if grep -e '^/usr/local' "$out/paths"; then fail "paths under /usr/local (above)"; fi
expect=(
  /usr/bin/summitry-cli
  /usr/libexec/summitry/summitry-cli-all
  /usr/share/man/man1/summitry-cli.1.gz
  /usr/share/doc/summitry/copyright
  /usr/share/doc/summitry/changelog.Debian.gz
  /usr/share/summitry/templates/programme.html.mustache
  /usr/share/summitry/schedules/ai-for-growth-2025.yaml
)
gui=false
if [[ -f $build/src/gui/summitry ]]; then
  gui=true
  app=org.summitry.Summitry
  expect+=(
    /usr/bin/summitry
    /usr/share/man/man1/summitry.1.gz
    /usr/share/applications/$app.desktop
    /usr/share/metainfo/$app.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app.svg
    /usr/share/mime/packages/$app.xml
    /usr/share/locale/fr/LC_MESSAGES/summitry.mo
  )
fi
for f in "${expect[@]}"; do grep -qx -- "$f" "$out/paths" || fail "not in the package: $f"; done
if grep -E '/man/.*\.[0-9]$' "$out/paths"; then fail "uncompressed man pages (above)"; fi

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == summitry ]] || fail "Package: $(field Package)"
version=$(dpkg-parsechangelog -l "$src/packaging/changelog" -S Version)
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), changelog: $version"
[[ $(field Section) == utils && $(field Priority) == optional ]] ||
  fail "Section: $(field Section), Priority: $(field Priority)"
depends=$(field Depends)
for d in libc6 libstdc++6 libyaml-cpp0.7 tzdata; do
  [[ ", $depends," == *", $d "* || ", $depends," == *", $d,"* ]] ||
    fail "Depends lacks $d (dpkg-shlibdeps): $depends"
done
description=$(field Description)
(($(wc -l <<<"$description") >= 5)) || fail "no extended description: $description"
[[ $(dpkg-deb -f "$ddeb" Package) == summitry-dbgsym ]] || fail "the debug package is not summitry-dbgsym"

dpkg-deb -x "$deb" "$out/root"
dpkg-deb -x "$ddeb" "$out/dbgsym"
[[ $(readlink "$out/dbgsym/usr/share/doc/summitry-dbgsym") == summitry ]] ||
  fail "summitry-dbgsym's doc is not a link to summitry's"

# Compressed the way Debian wants: gzip -9n (no name, no time stamp: bytes 3 to 7 are zero).
for f in "$out"/root/usr/share/man/man1/*.gz "$out/root/usr/share/doc/summitry/changelog.Debian.gz"; do
  [[ $(od -An -tx1 -j3 -N5 "$f" | tr -d ' \n') == 0000000000 ]] || fail "$f keeps a name or a time"
  gzip -t "$f"
done

# The licence in copyright is LICENSE's, word for word (DEP-5 indents it, '.' for a blank line).
sed -n '/^Permission is hereby granted/,$p' "$src/LICENSE" | sed 's/^$/./; s/^/ /' >"$out/license"
awk 'p && /^$/ {exit} p; prev == "" && /^License: Expat$/ {p = 1} {prev = $0}' \
  "$out/root/usr/share/doc/summitry/copyright" |
  diff -u "$out/license" - || fail "copyright's Expat text differs from LICENSE"

# Every program stripped, with a debug link to its debug file, which summitry-dbgsym holds
# (with the debug information itself when the build compiled with -g).
with_g=false
grep -qE '^CMAKE_BUILD_TYPE:[A-Z]+=(RelWithDebInfo|Debug)$' "$build/CMakeCache.txt" && with_g=true
programs=(usr/bin/summitry-cli usr/libexec/summitry/summitry-cli-all)
$gui && programs+=(usr/bin/summitry)
for p in "${programs[@]}"; do
  elf=$out/root/$p
  sections=$(readelf -SW "$elf")
  if grep -E '\.symtab|\.debug_' <<<"$sections"; then fail "$p is not stripped (above)"; fi
  grep -q '\.gnu_debuglink' <<<"$sections" || fail "$p has no .gnu_debuglink"
  id=$(readelf -n "$elf" | sed -n 's/.*Build ID: \([0-9a-f]*\)/\1/p')
  debug=$out/dbgsym/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug
  [[ -f $debug ]] || fail "$p: no $debug in summitry-dbgsym"
  # Read whole before grep: under pipefail, grep -q closing the pipe early would fail readelf.
  debug_sections=$(readelf -SW "$debug" 2>/dev/null || true)
  grep -q '\.symtab' <<<"$debug_sections" || fail "$debug has no symbols"
  if $with_g; then grep -q '\.debug_info' <<<"$debug_sections" || fail "$debug has no .debug_info"; fi
done

# lintian: no error, no warning (information tags are printed for the record).
rc=0
lintian --info --display-info --fail-on error,warning "$deb" "$ddeb" >"$out/lintian.log" 2>&1 || rc=$?
cat "$out/lintian.log"
if grep -E '^[EW]: ' "$out/lintian.log"; then fail "lintian reports the errors or warnings above"; fi
((rc == 0)) || fail "lintian exited with $rc"
# Hardening (cmake/SummitryHarden.cmake): lintian reports a program without fortified functions,
# without BIND_NOW or RELRO, or without a stack protector only as information; here it fails.
if grep -E 'hardening-' "$out/lintian.log"; then
  fail "programs not hardened (above): build with SUMMITRY_HARDEN=ON, the default"
fi

# The unpacked package runs where it is, on a machine without the source or the build tree.
bash "$src/tests/packaging/check_relocated.sh" "$out/root/usr" "$src" "$build"
echo "package $(basename "$deb"): ${#expect[@]} paths under /usr, ${#programs[@]} programs stripped, lintian clean"
