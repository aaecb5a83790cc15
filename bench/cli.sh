#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A whole `summitry-cli check` run beside a whole run of yaml-cpp's event parser alone
# (summitry_bench_bare, a process linking yaml-cpp only), on generated events of 100, 1,000 and
# 10,000 sessions: CPU time (user + system) of each process, its peak memory and its page
# faults, as the user's shell sees them (issue 13: at most 1.3 times the bare parse).
#
#   bench/cli.sh               the sizes 100 1000 10000
#   bench/cli.sh 2000 20000    these sizes instead
#   RUNS=31 bench/cli.sh       runs of each program and size (default 21), interleaved
#   CLI=path BARE=path bench/cli.sh   other builds of summitry-cli and summitry_bench_bare
#
# The runs of the two programs alternate, so that a change in the machine's load touches both;
# the least CPU time of each is the steadiest figure on a busy machine, the median is printed
# beside it. Needs cmake, ninja and /usr/bin/python3; ../shared/bench/gen_event.py beside the
# repo. See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-21}
gen=../shared/bench/gen_event.py
out=bench/out
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "cli.sh: not a number of sessions: $n" >&2; exit 2; }
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "cli.sh: RUNS is not a number: $runs" >&2; exit 2; }

if [ -z "${CLI:-}" ] || [ -z "${BARE:-}" ]; then
  source bench/lib.sh
  bench_binary summitry_bench_bare
  cmake --build build --target summitry-cli >/dev/null
fi
cli=${CLI:-build/src/cli/summitry-cli}
bare=${BARE:-build/bench/summitry_bench_bare}

mkdir -p "$out"
files=()
for n in "${sizes[@]}"; do
  f="$out/gen-$n.yaml"
  if [ ! -f "$f" ] || [ "$gen" -nt "$f" ]; then
    /usr/bin/python3 "$gen" --sessions "$n" --seed 1 -o "$f" >/dev/null 2>&1
  fi
  files+=("$f")
done

echo "summitry-cli check against summitry_bench_bare, $runs runs each, interleaved; $(nproc) CPUs," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$runs" "$cli" "$bare" "${files[@]}" <<'PY'
import os, statistics, subprocess, sys
runs, cli, bare, files = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

def once(argv):
    """CPU seconds and page faults of one run; its peak memory in MB, through /usr/bin/time (a
    child of this Python would count the pages it shared with it before its exec)."""
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.execv(argv[0], argv)
    _, status, ru = os.wait4(pid, 0)
    return ru.ru_utime + ru.ru_stime, ru.ru_minflt

def peak_mb(argv):
    r = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], capture_output=True, text=True)
    return int(r.stderr.strip().splitlines()[-1]) / 1024

print()
print("| sessions | file | bare CPU ms, least (median) | check CPU ms, least (median) "
      "| check ÷ bare, least (median) | bare / check peak MB | bare / check page faults |")
print("|---:|---:|---:|---:|---:|---:|---:|")
for f in files:
    b, c = [], []
    for _ in range(runs):
        b.append(once([bare, f]))
        c.append(once([cli, "check", f]))
    bc = sorted(x[0] for x in b)
    cc = sorted(x[0] for x in c)
    bm, cm = statistics.median(bc), statistics.median(cc)
    size = os.path.getsize(f)
    size = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    n = os.path.basename(f)[4:-5]
    print(f"| {int(n):,} | {size} | {bc[0] * 1000:.1f} ({bm * 1000:.1f}) | {cc[0] * 1000:.1f} "
          f"({cm * 1000:.1f}) | {cc[0] / bc[0]:.2f}× ({cm / bm:.2f}×) "
          f"| {peak_mb([bare, f]):.1f} / {peak_mb([cli, 'check', f]):.1f} "
          f"| {min(x[1] for x in b)} / {min(x[1] for x in c)} |")
PY
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after"
