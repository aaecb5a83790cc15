#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The planner on a big event (issue 15, defect 5), in one run:
#   - a drop on the 36C3 import (1,351 sessions): the move planned and applied, the conflicts
#     checked again, every view told, the window repainted at once; goal under 50 ms;
#   - the first paint of the 36C3 event and of the Paris event (schedules/ai-for-growth-2025.yaml),
#     each from a new window to the grid's first paint, in the same process;
#   - a whole `summitry-cli check` of the 36C3 file (the process, wall time), the baseline:
#     the big event's first paint may exceed the Paris event's by at most twice that.
#
#   bench/gui.sh              the 36C3 frab XML found under ../shared/data
#   RUNS=9 bench/gui.sh       runs of each measure (default 5); figures are medians
#   BUILD=build-x bench/gui.sh  another build directory (default build/), or a folder with
#                               copies of src/cli/summitry-cli, tests/gui/test_gui and
#                               CMakeCache.txt (a base kept from an earlier build)
#
# Needs xvfb-run, cmake, ninja and /usr/bin/python3; ../shared beside the repo. The 36C3 file
# is imported with `summitry-cli import frab` into bench/out/36c3.yaml (git-ignored).
# See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-5}
build=${BUILD:-build}
data=../shared/data
out=bench/out

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "gui.sh: RUNS is not a number: $runs" >&2; exit 2; }
xml=$(find "$data" -type f -iname '36c3*.xml' 2>/dev/null | sort | head -n 1)
if [ -z "$xml" ]; then
  echo "gui.sh: no 36c3*.xml under $data (../shared should sit beside the repo)" >&2
  exit 2
fi
# A folder holding only copies of the two programs (a base to compare with, kept from an earlier
# build) is taken as it is.
if [ -f "$build/build.ninja" ]; then
  cmake --build "$build" --target summitry-cli test_gui >/dev/null
fi
cli=$build/src/cli/summitry-cli
mkdir -p "$out"
big=$out/36c3.yaml
if [ ! -f "$big" ] || [ "$xml" -nt "$big" ] || [ "$cli" -nt "$big" ]; then
  "$cli" import frab "$xml" -o "$big" >"$out/36c3-import.log" 2>&1
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/python3 - "$runs" "$cli" "$build/tests/gui/test_gui" "$big" <<'PY'
import os, statistics, subprocess, sys, time
runs, cli, test_gui, big = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def check_ms():
    """Wall and CPU (user + system) ms of one whole `summitry-cli check` process."""
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.execv(cli, [cli, "check", big])
    _, status, ru = os.wait4(pid, 0)
    wall = (time.perf_counter() - t) * 1000
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) not in (0, 1):
        sys.exit(f"gui.sh: summitry-cli check failed ({status})")
    return wall, (ru.ru_utime + ru.ru_stime) * 1000

checks = [check_ms() for _ in range(runs)]
env = dict(os.environ, SUMMITRY_BENCH_EVENT=big, SUMMITRY_BENCH_RUNS=str(runs))
r = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", test_gui, "[drop]"],
                   env=env, capture_output=True, text=True)
figures = {}
for line in r.stdout.splitlines():
    if line.startswith("bench: "):
        key, value = line[len("bench: "):].split()
        figures[key] = float(value)
if r.returncode != 0 or "drop_ms" not in figures:
    sys.stderr.write(r.stdout + r.stderr)
    sys.exit("gui.sh: the [drop] benchmark of test_gui failed")
checks += [check_ms() for _ in range(runs)]  # before and after: the load moves
check = statistics.median(c[0] for c in checks)
check_cpu = statistics.median(c[1] for c in checks)
f = figures
print(f"| measure | wall ms | CPU ms | against |")
print("|---|---:|---:|---|")
print(f"| `summitry-cli check` of the 36C3 file, whole process | {check:.0f} | {check_cpu:.0f} "
      "| baseline |")
print(f"| first paint, Paris event | {f['first_paint_small_ms']:.0f} "
      f"| {f['first_paint_small_cpu_ms']:.0f} | |")
print(f"| first paint, 36C3 ({f['sessions']:.0f} sessions) | {f['first_paint_big_ms']:.0f} "
      f"| {f['first_paint_big_cpu_ms']:.0f} | |")
dw = f['first_paint_big_ms'] - f['first_paint_small_ms']
dc = f['first_paint_big_cpu_ms'] - f['first_paint_small_cpu_ms']
print(f"| difference of the first paints | {dw:.0f} | {dc:.0f} | wall {dw / check:.2f}, "
      f"CPU {dc / check_cpu:.2f} × check (goal ≤ 2) |")
print(f"| drop: plan, apply, check, views, repaint | {f['drop_ms']:.1f} (max "
      f"{f['drop_max_ms']:.1f}) | {f['drop_cpu_ms']:.1f} | goal < 50 ms; CPU "
      f"{f['drop_cpu_ms'] / check_cpu:.2f} × check |")
print(f"| of which the plan (the new text loaded, checked, compared) | {f['plan_ms']:.1f} | | |")
print(f"| of which the views told and repainted | {f['views_ms']:.1f} | | |")
PY
echo
echo "$(nproc) CPUs, load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after;" \
     "$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt") build in $build"
