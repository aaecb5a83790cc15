#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Linear in every input (issue 13): one-line flow collections (the YAML tree, beside yaml-cpp's
# bare event parser on the same text), the fast YAML path's block lists, literal block scalars
# and long lines (a block list through yaml-cpp's path beside it), an iCalendar DESCRIPTION folded N times, and an event of
# N sessions spread over 250 included files, at 10^4, 10^5 and 10^6.
#
#   bench/linear.sh               the sizes 10000 100000 1000000
#   bench/linear.sh 20000 200000  these sizes instead
#   REPEAT=5 bench/linear.sh      runs per mode and size (default 3); times are the median
#   BIN=path bench/linear.sh      use this summitry_bench_linear instead of building build/'s
#   MODES="block literal" bench/linear.sh   these modes only (summitry_bench_linear lists them)
#
# Each mode and size runs in a process of its own, so that its peak memory is its own. Linear
# growth shows as a steady time per item (µs/item) from one size to the next; CPU time is
# printed, the steadier reading on a busy machine. Past 100,000 sessions the includes are
# refused (docs/limits.md): that row shows how fast.
#
# Needs cmake, ninja and /usr/bin/python3. Files and the raw JSON lines go to bench/out/
# (git-ignored). See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
repeat=${REPEAT:-3}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "linear.sh: not a number: $n" >&2; exit 2; }
done
[[ $repeat =~ ^[1-9][0-9]*$ ]] || { echo "linear.sh: REPEAT is not a number: $repeat" >&2; exit 2; }

source bench/lib.sh
bench_binary summitry_bench_linear

out=bench/out
mkdir -p "$out"
results="$out/linear-last-run.jsonl"
: >"$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for mode in ${MODES:-flow-seq flow-seq-bare flow-map flow-map-bare block block-yaml-cpp literal long-line ics-folds includes}; do
  for n in "${sizes[@]}"; do
    "$bin" "$mode" "$n" --repeat "$repeat" >>"$results"
  done
done

echo "summitry_bench_linear ($build_type), median of $repeat runs; $(nproc) CPUs," \
     "load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
echo
/usr/bin/python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print("| input | items | size | wall ms | CPU ms | µs/item (CPU) | peak MB | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    size = r["bytes"]
    size = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    print(f"| {r['mode']} | {r['n']:,} | {size} | {r['median_s'] * 1000:.1f} "
          f"| {r['cpu_median_s'] * 1000:.1f} | {r['us_per_item']:.3f} | {r['peak_mb']:.0f} "
          f"| {r['errors']} |")
PY
