#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzz targets with clang and runs each for SECONDS (default 600): all ten targets
# (the event loader, the fast YAML path against yaml-cpp's, frab XML, c3voc JSON, iCalendar and
# Indico import, Mustache templates, CalDAV servers' multistatus answers, the notices' record,
# diff and merge of three versions) unless TARGETs are named.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
# Seeds come from schedules/, tests/data and ../shared/bench (generated events); the importers'
# (fuzz_frab_import, fuzz_json_import) from ../shared/data, cut to fit; fuzz_indico_import's from
# the hand-made exports of tests/data/import. A crash leaves its input
# in build-fuzz/crashes/; copy it to tests/data/fuzz-regressions/ so the suite keeps it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(fuzz_loader fuzz_yaml_fast fuzz_frab_import fuzz_json_import fuzz_ics_import fuzz_indico_import fuzz_template fuzz_multistatus fuzz_notices_record fuzz_versions)

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}"

work=build-fuzz/work
mkdir -p "$work/seeds" build-fuzz/crashes
cp schedules/*.yaml "$work/seeds/"
find tests/data -name '*.yaml' -exec cp {} "$work/seeds/" \;
if [[ -f ../shared/bench/gen_event.py ]]; then
  /usr/bin/python3 ../shared/bench/gen_event.py --sessions 30 --perturb 5 --seed 3 -o "$work/seeds/gen-30.yaml" 2>/dev/null
fi
# The importers' seeds live in folders of their own: a fuzz_loader run may be reading seeds/.
if [[ -d ../shared/data ]]; then
  /usr/bin/python3 tests/fuzz/make_import_seeds.py ../shared/data "$work/seeds-xml" "$work/seeds-json"
fi
# The hand-made layouts and quirks of tests/data/import, as they are: Indico's exports for
# fuzz_indico_import, the others for the frab and c3voc importers.
mkdir -p "$work/seeds-xml" "$work/seeds-json" "$work/seeds-indico"
find tests/data/import -name '*.xml' -exec cp {} "$work/seeds-xml/" \;
find tests/data/import -name '*.json' ! -name 'indico-*' -exec cp {} "$work/seeds-json/" \;
cp tests/data/import/indico-*.json "$work/seeds-indico/"
mkdir -p "$work/seeds-mustache"
cp templates/*.mustache "$work/seeds-mustache/"
find ../shared/data tests/data -name '*.ics' -print0 2>/dev/null |
  xargs -0 /usr/bin/python3 tests/fuzz/make_ics_seeds.py "$work/seeds-ics"
# What Radicale answers publish caldav, as tests/publish/test_webdav.cpp writes it.
mkdir -p "$work/seeds-dav"
/usr/bin/python3 - "$work/seeds-dav" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
cal = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:keynote@summit.summitry\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
out.joinpath("report.xml").write_text(
    '<?xml version="1.0"?><multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
    '<response><href>/u/cal/keynote%40summit.summitry.ics</href><propstat><prop>'
    f'<getetag>"e1"</getetag><C:calendar-data>{cal}</C:calendar-data></prop>'
    '<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>')
out.joinpath("propfind.xml").write_text(
    '<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response>'
    '<D:href>/u/cal/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/><C:calendar/>'
    '</D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>'
    '</D:multistatus>')
PY
# The notices' record (notify/record.h) as notify writes it, and a few addresses and URLs.
# Three versions of an event for fuzz_versions (make_versions_seeds.py says which).
versions_events=(schedules/ai-for-growth-2025.yaml)
if [[ -f ../shared/bench/gen_event.py ]]; then
  /usr/bin/python3 ../shared/bench/gen_event.py --sessions 20 --seed 5 -o "$work/gen-20.yaml" 2>/dev/null &&
    versions_events+=("$work/gen-20.yaml")
fi
/usr/bin/python3 tests/fuzz/make_versions_seeds.py "$work/seeds-versions" "${versions_events[@]}"
mkdir -p "$work/seeds-notices"
printf '# person\tsession\tmethod\tsequence\tdate\nada\tkeynote\trequest\t3\t2026-12-06 09:02 UTC\nzoe\tpanel\tcancel\t1\t2026-12-06 09:02 UTC\ndee\tdinner\tnone\t0\t2026-12-06 09:02 UTC\n' >"$work/seeds-notices/record.txt"
printf 'ada@example.org' >"$work/seeds-notices/address.txt"
printf 'smtp://127.0.0.1:2525' >"$work/seeds-notices/url.txt"
for t in "${targets[@]}"; do
  mkdir -p "$work/corpus-$t"
  echo "== $t for ${seconds}s"
  # Runs inside $work so that includes the fuzzer invents stay there.
  case $t in
    fuzz_frab_import) seeds=seeds-xml dict=xml.dict ;;
    fuzz_json_import) seeds=seeds-json dict=json.dict ;;
    fuzz_ics_import) seeds=seeds-ics dict=ics.dict ;;
    fuzz_indico_import) seeds=seeds-indico dict=indico.dict ;;
    fuzz_template) seeds=seeds-mustache dict=mustache.dict ;;
    fuzz_multistatus) seeds=seeds-dav dict=xml.dict ;;
    fuzz_notices_record) seeds=seeds-notices dict=notices.dict ;;
    fuzz_versions) seeds=seeds-versions dict=yaml.dict ;;
    *) seeds=seeds dict=yaml.dict ;;
  esac
  max_len=65536
  [[ $t == fuzz_versions ]] && max_len=131072  # three events
  (cd "$work" && "$root/build-fuzz/tests/fuzz/$t" "corpus-$t" "$seeds" \
      -max_total_time="$seconds" -dict="$root/tests/fuzz/$dict" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$root/build-fuzz/crashes/$t-" -print_final_stats=1 2>&1 | tail -n 25)
done
