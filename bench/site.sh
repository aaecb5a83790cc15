#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The event website on the 36C3 schedule (issue 18: 1,351 sessions, the site in under 5 s):
# `summitry-cli site` into a new folder, then again into the same folder (nothing changed:
# nothing written), beside `export ics` and `program -o X.html` of the same event, measured in
# the same run as baselines.
#
#   bench/site.sh              the 36C3 frab XML found under ../shared/data
#   RUNS=7 bench/site.sh       runs of each (default 5), interleaved; the least is printed
#   CLI=path bench/site.sh     another build of summitry-cli
#   BEFORE=path bench/site.sh  also this other build's site, interleaved with CLI's in the same
#                              run (a change measured before and after under the same load)
#
# Times are wall clock and CPU (user + system) of the process; wall times are only worth
# comparing on a quiet machine (load average under about 1). See docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-5}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "site.sh: RUNS is not a number: $runs" >&2; exit 2; }
data=../shared/data
xml=$(find "$data" -type f -iname '36c3*.xml' 2>/dev/null | sort | head -n 1)
[ -n "$xml" ] || { echo "site.sh: no 36c3*.xml under $data (../shared beside the repo)" >&2; exit 2; }
cli=${CLI:-build/src/cli/summitry-cli}
[ -n "${CLI:-}" ] || cmake --build build --target summitry-cli >/dev/null
out=bench/out/site
rm -rf "$out"
mkdir -p "$out"
"$cli" import frab "$xml" -o "$out/36c3.yaml" >/dev/null 2>&1

echo "summitry-cli site on $(basename "$xml"), $runs runs each; $(nproc) CPUs," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$cli" "$out" "$runs" "${BEFORE:-}" <<'PY'
import os, shutil, sys, time
cli, out, runs, before = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
event = f"{out}/36c3.yaml"

def measure(argv):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{argv}: exit {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime

def fresh(program=cli, folder="site"):
    shutil.rmtree(f"{out}/{folder}", ignore_errors=True)
    return measure([program, "site", event, "-o", f"{out}/{folder}", "--force"])

jobs = {
    "export ics": lambda: measure([cli, "export", "ics", event, "-o", f"{out}/36c3.ics", "--force"]),
    "program html": lambda: measure([cli, "program", event, "-o", f"{out}/36c3.html", "--force"]),
    "site (new)": fresh,
    "site (again)": lambda: measure([cli, "site", event, "-o", f"{out}/site", "--force"]),
}
if before:
    jobs["before: new"] = lambda: fresh(before, "site-before")
    jobs["before: again"] = lambda: measure([before, "site", event, "-o", f"{out}/site-before",
                                             "--force"])
times = {k: [] for k in jobs}
for _ in range(runs):
    for k, f in jobs.items():
        times[k].append(f())
files = sum(len(f) for _, _, f in os.walk(f"{out}/site"))
size = sum(os.path.getsize(os.path.join(d, x)) for d, _, fs in os.walk(f"{out}/site") for x in fs)
base = min(c for _, c in times["export ics"])
print(f"{'':14} {'wall s':>8} {'CPU s':>8} {'CPU x export ics':>17}")
for k, t in times.items():
    wall = min(w for w, _ in t)
    cpu = min(c for _, c in t)
    print(f"{k:14} {wall:8.2f} {cpu:8.2f} {cpu / base:17.1f}")
print(f"the site: {files} files, {size / 1e6:.1f} MB")
PY
