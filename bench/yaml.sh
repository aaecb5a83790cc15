#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fast YAML path against yaml-cpp's, in one build and one run: a whole `summitry-cli check`
# of the 36C3 import (1.8 MB, 1,351 sessions) and of a generated event of N sessions (default
# 10,000), each with the default path and with SUMMITRY_YAML_PARSER=yaml-cpp (the path before),
# runs interleaved; CPU time (user + system) of each process, the least of RUNS and the median.
#
#   bench/yaml.sh              36C3 and 10,000 sessions
#   bench/yaml.sh 2000         2,000 sessions instead
#   RUNS=21 bench/yaml.sh      runs of each (default 11)
#   CLI=path bench/yaml.sh     another build of summitry-cli
#
# Needs cmake, ninja and /usr/bin/python3; ../shared beside the repo. See docs/performance.md,
# "YAML: the fast path".
set -euo pipefail

cd "$(dirname "$0")/.."
n=${1:-10000}
runs=${RUNS:-11}
for v in "$n" "$runs"; do
  [[ $v =~ ^[1-9][0-9]*$ ]] || { echo "yaml.sh: not a number: $v" >&2; exit 2; }
done
cli=${CLI:-build/src/cli/summitry-cli}
[ -n "${CLI:-}" ] || cmake --build build --target summitry-cli summitry-cli-all >/dev/null
out=bench/out
mkdir -p "$out"
rm -f "$out/36c3-yaml.yaml"
"$cli" import frab ../shared/data/frab/36c3-everything.xml -o "$out/36c3-yaml.yaml" >/dev/null 2>&1
/usr/bin/python3 ../shared/bench/gen_event.py --sessions "$n" --seed 1 -o "$out/gen-$n.yaml" >/dev/null 2>&1

echo "summitry-cli check, fast YAML path against yaml-cpp's, $runs runs each, interleaved;" \
     "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$cli" "$runs" "$out/36c3-yaml.yaml" "$out/gen-$n.yaml" <<'PY'
import os, statistics, sys
sys.path.insert(0, "bench")
from cputime import cpu
cli, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

times = {(f, p): [] for f in files for p in ("fast", "yaml-cpp")}
for _ in range(runs):
    for f in files:
        for p in ("fast", "yaml-cpp"):
            times[(f, p)].append(cpu([cli, "check", f], dict(os.environ, SUMMITRY_YAML_PARSER=p)))
print("| file | size | yaml-cpp CPU ms | fast CPU ms | fast ÷ yaml-cpp |")
print("|---|---:|---:|---:|---:|")
for f in files:
    slow, fast = times[(f, "yaml-cpp")], times[(f, "fast")]
    print(f"| {os.path.basename(f)} | {os.path.getsize(f) / 1e6:.1f} MB "
          f"| {min(slow) * 1e3:.1f} ({statistics.median(slow) * 1e3:.1f}) "
          f"| {min(fast) * 1e3:.1f} ({statistics.median(fast) * 1e3:.1f}) "
          f"| {min(fast) / min(slow):.2f} ({statistics.median(fast) / statistics.median(slow):.2f}) |")
PY
