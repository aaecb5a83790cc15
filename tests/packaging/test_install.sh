#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed tree (cmake --install) has everything a desktop needs, and it validates:
# desktop-file-validate, appstreamcli validate --no-net, man pages without warnings, the MIME
# type as XML; and the installed programs run from it on the example events it installs,
# finding their templates and translations relative to themselves (check_relocated.sh).
#   test_install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
app=org.summitry.Summitry
expect=(
  bin/summitry-cli
  libexec/summitry/summitry-cli-all
  share/man/man1/summitry-cli.1.gz
  share/doc/summitry/copyright
  share/doc/summitry/changelog.Debian.gz
  share/summitry/templates/programme.html.mustache
  share/summitry/templates/speakers.html.mustache
  share/summitry/schedules/ai-for-growth-2025.yaml
  share/summitry/schedules/digital-sovereignty-summit-berlin-2025.yaml
)
if [[ -f $build/src/gui/summitry ]]; then
  expect+=(
    bin/summitry
    share/man/man1/summitry.1.gz
    share/locale/fr/LC_MESSAGES/summitry.mo
    share/applications/$app.desktop
    share/metainfo/$app.metainfo.xml
    share/icons/hicolor/scalable/apps/$app.svg
    share/mime/packages/$app.xml
  )
fi
for f in "${expect[@]}"; do
  [[ -e $prefix/$f ]] || { echo "not installed: $f" >&2; exit 1; }
done

desktop-file-validate "$src/packaging/$app.desktop"
appstreamcli validate --no-net --pedantic "$src/packaging/$app.metainfo.xml" | tee /dev/stderr |
  grep -q "Validation was successful"
xmllint --noout "$src/packaging/$app.mime.xml" "$src/packaging/$app.svg"
for page in "$src"/packaging/man/*.1; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [[ -z $warnings ]] || { echo "$page: $warnings" >&2; exit 1; }
done

# The installed programs, on the installed example, without the source or the build tree.
bash "$src/tests/packaging/check_relocated.sh" "$prefix" "$src" "$build"
echo "installed tree: ${#expect[@]} files present, validators pass"
