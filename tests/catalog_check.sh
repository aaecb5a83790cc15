#!/bin/sh
# SPDX-License-Identifier: MIT
# Every message of a part of Summitry marked for translation has a French translation in
# po/fr.po: the core's tr() (util/i18n.h), or the planner's _(), wxPLURAL and wxTRANSLATE.
#   catalog_check.sh SOURCE_DIR OUTPUT_DIR core|gui
set -eu
src=$1
out=$2
part=$3
case $part in
core) keywords="--keyword=tr"; least=40 ;;
gui) keywords="--keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE"; least=150 ;;
*) echo "catalog_check: core or gui, not '$part'" >&2; exit 2 ;;
esac
mkdir -p "$out"
pot=$out/$part-messages.pot
# shellcheck disable=SC2046,SC2086
xgettext --language=C++ --from-code=UTF-8 -k $keywords --add-comments=TRANSLATORS: \
    --no-location --sort-output -o "$pot" $(find "$src/src/$part" -name '*.cpp' | sort)
count=$(grep -c '^msgid "' "$pot" || true)
echo "catalog_check: $count $part messages in $pot (the header's msgid included)"
if [ "$count" -lt "$least" ]; then
    echo "catalog_check: too few $part messages found: are the keywords still $keywords?" >&2
    exit 1
fi
if ! msgcmp "$src/po/fr.po" "$pot" 2>"$out/$part-messages.msgcmp"; then
    grep -v 'this message is not used' "$out/$part-messages.msgcmp" >&2
    echo "catalog_check: po/fr.po lacks the translations above (append them; see po/fr.po's header)" >&2
    exit 1
fi
echo "catalog_check: po/fr.po translates them all"
