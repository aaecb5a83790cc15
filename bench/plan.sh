#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The automatic scheduler (issue 7) on generated events:
#   place   --unscheduled 1.0 events of 100, 300, 1,000 and 3,000 sessions (2 venues, rooms
#           enough for the sessions), and 1,000 sessions asked for in 30 rooms over 3 days
#           (the goal: zero hard violations in under 10 s)
#   repair  --perturb events: 600 sessions with 40 disturbances (the goal: few moves, zero hard
#           conflicts), on several generator seeds
# Each line: schedule time (wall and CPU), hard violations as check_conflicts counts them on the
# result, soft cost before and after, sessions placed and moved, and the time to write the result
# into the file's text as `summitry-cli schedule` does.
#
#   bench/plan.sh                     everything above
#   SEEDS="1 2 3" bench/plan.sh       generator seeds for the repair events (default 1 5 13)
#   BIN=path bench/plan.sh            use this summitry_bench_plan instead of building build/'s
#
# Needs cmake, ninja and /usr/bin/python3; ../shared/bench/gen_event.py sits beside the repo.
# Generated files and the raw JSON lines go to bench/out/ (git-ignored). See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
gen=../shared/bench/gen_event.py
out=bench/out
seeds=(${SEEDS:-1 5 13})

if [ ! -f "$gen" ]; then
  echo "plan.sh: $gen not found (../shared should sit beside the repo)" >&2
  exit 2
fi
# The program: $BIN, else built in build/ (bench/lib.sh).
source bench/lib.sh
bench_binary summitry_bench_plan

mkdir -p "$out"
results="$out/plan-last-run.jsonl"
: >"$results"
generate() {  # file, generator arguments...
  local f=$1
  shift
  if [ ! -f "$f" ] || [ "$gen" -nt "$f" ]; then
    /usr/bin/python3 "$gen" "$@" -o "$f" 2>/dev/null
  fi
}
for n in 100 300 1000 3000; do
  f="$out/plan-u$n.yaml"
  generate "$f" --sessions "$n" --unscheduled 1.0 --seed 1
  "$bin" "$f" --write >>"$results" || true
done
f="$out/plan-u1000-30rooms.yaml"
generate "$f" --sessions 1000 --rooms 15 --days 3 --unscheduled 1.0 --seed 1
"$bin" "$f" --write >>"$results" || true
for s in "${seeds[@]}"; do
  f="$out/plan-p600-40-seed$s.yaml"
  generate "$f" --sessions 600 --perturb 40 --seed "$s"
  "$bin" "$f" --repair --write >>"$results" || true
done

echo "summitry_bench_plan ($build_type); $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
/usr/bin/python3 - "$results" <<'PY'
import json, os, sys
print("| event | mode | sessions | rooms | to place | hard before | time s (CPU s) | placed | moved "
      "| not placed | hard after | soft before → after | write s |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for line in open(sys.argv[1]):
    r = json.loads(line)
    name = os.path.basename(r["file"]).removesuffix(".yaml").removeprefix("plan-")
    print(f"| {name} | {r['mode']} | {r['sessions']:,} | {r['rooms']} | {r['unscheduled_before']} "
          f"| {r['hard_before']} | {r['schedule_s']:.2f} ({r['schedule_cpu_s']:.2f}) | {r['placed']} "
          f"| {r['moved']} | {r['unplaced']} | {r['hard_after']} "
          f"| {r['soft_before']:.0f} → {r['soft_after']:.0f} | {r['write_s']:.2f} |")
print()
print("Soft cost after, by goal (raw amounts):")
print()
for line in open(sys.argv[1]):
    r = json.loads(line)
    name = os.path.basename(r["file"]).removesuffix(".yaml").removeprefix("plan-")
    print(f"- {name}: " + ", ".join(f"{k} {v:g}" for k, v in r["soft"].items()))
PY
