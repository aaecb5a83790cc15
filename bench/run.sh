#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Load+check time and peak memory of Summitry beside yaml-cpp's bare event parser, measured in
# the same run, on generated events of 100, 1,000 and 10,000 sessions.
#
#   bench/run.sh               the sizes 100 1000 10000
#   bench/run.sh 2000 20000    these sizes instead
#   REPEAT=9 bench/run.sh      runs per mode and size (default 5); times are the median
#   BIN=path bench/run.sh      use this summitry_bench_load instead of building build/'s
#
# Each mode runs in a process of its own, so that its peak memory is its own. Wall times are
# only worth comparing on a quiet machine (load average under about 1); the CPU-time ratio is
# printed beside the wall-time one as a check.
#
# Needs cmake, ninja and /usr/bin/python3; ../shared/bench/gen_event.py sits beside the repo.
# Generated files and the raw JSON lines go to bench/out/ (git-ignored). See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
repeat=${REPEAT:-5}
gen=../shared/bench/gen_event.py
out=bench/out
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)

for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: not a number of sessions: $n" >&2; exit 2; }
done
if [ ! -f "$gen" ]; then
  echo "run.sh: $gen not found (../shared should sit beside the repo)" >&2
  exit 2
fi

# The program: $BIN, else built in build/ (bench/lib.sh).
source bench/lib.sh
bench_binary summitry_bench_load

mkdir -p "$out"
results="$out/last-run.jsonl"
: >"$results"
for n in "${sizes[@]}"; do
  f="$out/gen-$n.yaml"
  if [ ! -f "$f" ] || [ "$gen" -nt "$f" ]; then
    /usr/bin/python3 "$gen" --sessions "$n" --seed 1 -o "$f" >/dev/null
  fi
  for mode in bare yamlcpp summitry; do
    "$bin" "$mode" "$f" --repeat "$repeat" >>"$results"
  done
done

echo "summitry_bench_load ($build_type), median of $repeat runs; $(nproc) CPUs," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
/usr/bin/python3 - "$results" <<'PY'
import json, os, sys
rows = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    rows.setdefault(r["file"], {})[r["mode"]] = r
def ms(s): return f"{s * 1000:.1f}"
print("Wall time:\n")
print("| sessions | file | bare parser ms | YAML::LoadFile ms | LoadFile MB "
      "| Summitry ms (load + check) | Summitry / bare | Summitry MB |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for f, m in rows.items():
    b, y, s = m["bare"], m["yamlcpp"], m["summitry"]
    size = os.path.getsize(f)
    size = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    print(f"| {s['sessions']:,} | {size} | {ms(b['median_s'])} | {ms(y['median_s'])} "
          f"| {y['peak_mb']:.0f} | {ms(s['median_s'])} ({ms(s['load_median_s'])} + "
          f"{ms(s['check_median_s'])}) | {s['median_s'] / b['median_s']:.2f}× "
          f"| {s['peak_mb']:.0f} |")
print("\nCPU time of the process (a check when the machine is not quiet):\n")
print("| sessions | bare parser ms | YAML::LoadFile ms | Summitry ms | Summitry / bare |")
print("|---:|---:|---:|---:|---:|")
for f, m in rows.items():
    b, y, s = m["bare"], m["yamlcpp"], m["summitry"]
    print(f"| {s['sessions']:,} | {ms(b['cpu_median_s'])} | {ms(y['cpu_median_s'])} "
          f"| {ms(s['cpu_median_s'])} | {s['cpu_median_s'] / b['cpu_median_s']:.2f}× |")
PY
