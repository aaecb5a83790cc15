#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The 36C3 schedule (1,351 sessions, 92 rooms) through Summitry's formats and printing:
#   issue 3  read, import, check and export iCalendar, under 0.5 s in total
#            (frab XML, and the c3voc JSON of the same event when it is there)
#   issue 4  the PDF programme under 5 s; the day grid of its first day, as PDF and PNG, beside it
#
#   bench/formats.sh             the 36C3 files found under ../shared/data
#   REPEAT=7 bench/formats.sh    runs per mode (default 5); times are the median
#   BIN=path bench/formats.sh    use this summitry_bench_formats instead of building build/'s
#
# Each mode runs in a process of its own, so that its peak memory is its own. Wall times are
# only worth comparing on a quiet machine (load average under about 1); the CPU time of the
# process is printed beside them as a check.
#
# Needs cmake, ninja and /usr/bin/python3; ../shared sits beside the repo. The raw JSON lines go
# to bench/out/formats-last-run.jsonl (git-ignored). See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
repeat=${REPEAT:-5}
data=../shared/data
out=bench/out

[[ $repeat =~ ^[1-9][0-9]*$ ]] || { echo "formats.sh: REPEAT is not a number: $repeat" >&2; exit 2; }
if [ ! -d "$data" ]; then
  echo "formats.sh: $data not found (../shared should sit beside the repo)" >&2
  exit 2
fi
# The 36C3 schedule as frab XML (needed) and as c3voc JSON (if present).
xml=$(find "$data" -type f -iname '36c3*.xml' | sort | head -n 1)
json=$(find "$data" -type f -iname '36c3*.json' | sort | head -n 1)
if [ -z "$xml" ]; then
  echo "formats.sh: no 36c3*.xml under $data" >&2
  exit 2
fi

# The program: $BIN, else built in build/ (bench/lib.sh).
source bench/lib.sh
bench_binary summitry_bench_formats

mkdir -p "$out"
results="$out/formats-last-run.jsonl"
: >"$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$bin" ics "$xml" --repeat "$repeat" >>"$results"
[ -z "$json" ] || "$bin" ics "$json" --repeat "$repeat" >>"$results"
"$bin" programme "$xml" --repeat "$repeat" >>"$results"
"$bin" grid "$xml" --repeat "$repeat" >>"$results"

echo "summitry_bench_formats ($build_type), median of $repeat runs (best in brackets);" \
     "$(nproc) CPUs, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo
/usr/bin/python3 - "$results" <<'PY'
import json, os, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def ms(r, key):
    return f"{r[key + '_median_s'] * 1000:.1f}"
def ms_best(r, key):
    return f"{ms(r, key)} ({r[key + '_best_s'] * 1000:.1f})"
def size(n):
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"
def verdict(seconds, goal):
    return f"{'met' if seconds < goal else 'missed'} ({seconds / goal:.2f}× the goal)"

print("Issue 3: read, import, check, export iCalendar (goal: under 500 ms in total):\n")
print("| input | file | sessions | rooms | read ms | import ms | count ms | check ms | export ms "
      "| total ms (best) | first run ms | CPU ms | peak MB | .ics | goal |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    if r["mode"] != "ics":
        continue
    print(f"| {r['format']} | {size(os.path.getsize(r['file']))} | {r['sessions']:,} "
          f"| {r['rooms']} | {ms(r, 'read')} | {ms(r, 'import')} | {ms(r, 'count')} | {ms(r, 'check')} "
          f"| {ms(r, 'export')} | {ms_best(r, 'total')} | {r['first_s'] * 1000:.1f} "
          f"| {r['cpu_median_s'] * 1000:.1f} | {r['peak_mb']:.0f} | {size(r['out_bytes'])} "
          f"| {verdict(r['total_median_s'], 0.5)} |")

print("\nIssue 4: printing the frab import (goal: the programme under 5 s):\n")
print("| what | steps ms (median) | total ms (best) | first run ms | CPU ms | peak MB "
      "| output | goal |")
print("|---|---|---:|---:|---:|---:|---|---|")
for r in rows:
    if r["mode"] == "programme":
        print(f"| PDF programme, {r['sessions']:,} sessions, {r['rooms']} rooms "
              f"| layout {ms(r, 'layout')} + PDF {ms(r, 'pdf')} | {ms_best(r, 'total')} "
              f"| {r['first_s'] * 1000:.1f} | {r['cpu_median_s'] * 1000:.1f} "
              f"| {r['peak_mb']:.0f} | {r['pages']} pages, {size(r['out_bytes'])} "
              f"| {verdict(r['total_median_s'], 5.0)} |")
    elif r["mode"] == "grid":
        print(f"| day grid of {r['day']} "
              f"| PDF {ms(r, 'pdf')} + PNG {ms(r, 'png')} | {ms_best(r, 'total')} "
              f"| {r['first_s'] * 1000:.1f} | {r['cpu_median_s'] * 1000:.1f} "
              f"| {r['peak_mb']:.0f} | PDF {size(r['out_bytes'])}, PNG {size(r['png_bytes'])} "
              f"| – |")
imports = [r for r in rows if r["mode"] in ("programme", "grid")]
if imports:
    print(f"\n(The frab import before printing, once per process, not in the times above: "
          f"{imports[0]['import_s'] * 1000:.0f} ms.)")
PY
