#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The programs installed under ROOT (bin/, libexec/summitry/, share/) find their templates,
# their translations and summitry-cli-all relative to their own location, as on a machine that
# never saw the source or the build tree: those are hidden (an empty directory mounted over
# each, in a private mount namespace), and the installed template and catalog are given a
# marker that the output must show, so that no copy elsewhere (the source tree, the prefix
# compiled in, another installation) can pass for them.
#   check_relocated.sh ROOT SOURCE_DIR BUILD_DIR
# Changes ROOT's template and catalog: give it a scratch copy.
set -euo pipefail
root=$1
src=$(cd "$2" && pwd -P)
build=$(cd "$3" && pwd -P)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/empty"
event=$root/share/summitry/schedules/ai-for-growth-2025.yaml

# The sanitizers' options may name a file in the source tree (the asan preset's suppressions):
# a copy in the scratch directory stands in for it.
for var in LSAN_OPTIONS ASAN_OPTIONS UBSAN_OPTIONS; do
  value=${!var-}
  [[ $value =~ suppressions=([^:]+) ]] || continue
  cp "${BASH_REMATCH[1]}" "$scratch/$var.supp"
  export "$var=${value/suppressions=${BASH_REMATCH[1]}/suppressions=$scratch/$var.supp}"
done

# A command prefix that runs what follows where SOURCE_DIR and BUILD_DIR are empty (needs root
# or user namespaces); the build tree first, as it may be inside the source tree.
hide=(unshare --map-root-user --mount -- bash -c '
  empty=$1; shift
  for dir in "$1" "$2"; do mount --bind "$empty" "$dir"; done; shift 2
  exec env -u SUMMITRY_TEMPLATE_DIR "$@"' bash "$scratch/empty" "$build" "$src")
"${hide[@]}" test ! -e "$src/templates/programme.html.mustache" ||
  { echo "check_relocated: the source tree is not hidden" >&2; exit 1; }

# summitry-cli, without a display, runs check itself and hands program to
# libexec/summitry/summitry-cli-all.
"${hide[@]}" env -u DISPLAY "$root/bin/summitry-cli" check "$event" >/dev/null
"${hide[@]}" env -u DISPLAY "$root/bin/summitry-cli" program "$event" -o "$scratch/programme.pdf"
[[ -s $scratch/programme.pdf ]] || { echo "check_relocated: no PDF programme" >&2; exit 1; }
marker="<!-- installed template, found relative to the program -->"
echo "$marker" >>"$root/share/summitry/templates/programme.html.mustache"
"${hide[@]}" env -u DISPLAY "$root/bin/summitry-cli" program "$event" -o "$scratch/programme.html"
grep -qF -- "$marker" "$scratch/programme.html" ||
  { echo "check_relocated: summitry-cli-all did not use $root/share/summitry/templates" >&2; exit 1; }
checks="check, program (PDF, HTML from the installed template)"

if [[ -x $root/bin/summitry ]]; then
  # The planner's French catalog, with a marker for one string that --help prints.
  catalog=$root/share/locale/fr/LC_MESSAGES/summitry.mo
  [[ -f $catalog ]] || { echo "check_relocated: no $catalog" >&2; exit 1; }
  sed 's/^msgstr "fichier d.événement"$/msgstr "catalogue installé"/' "$src/po/fr.po" >"$scratch/fr.po"
  grep -q '^msgstr "catalogue installé"$' "$scratch/fr.po"
  msgfmt -o "$catalog" "$scratch/fr.po"
  # xvfb-run -a may lose a race for a display number with another test's: then it tries again.
  for attempt in 1 2 3; do
    help=$(LANGUAGE=fr LANG=fr_FR.UTF-8 xvfb-run -a "${hide[@]}" "$root/bin/summitry" --help 2>&1 || true)
    grep -q "Xvfb failed to start" <<<"$help" || break
  done
  grep -qF "catalogue installé" <<<"$help" ||
    { echo "check_relocated: summitry did not use $catalog; --help says:" >&2; echo "$help" >&2; exit 1; }
  checks+=", summitry in French from the installed catalog"
fi
echo "relocated to $root: $checks"
