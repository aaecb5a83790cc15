#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Versions against a whole `summitry-cli check` (issue 16): on a generated event of N sessions
# (default 10,000), `diff` and `merge` of two versions a few hundred edits apart, and a
# `release`, each as the CPU time (user + system) of the process, beside `check` of the same
# file, measured in the same run. The issue asks diff and merge for at most twice a check, and a
# release for under a second.
#
#   bench/versions.sh            10,000 sessions, 300 edits a side
#   bench/versions.sh 2000 100   2,000 sessions, 100 edits a side
#   RUNS=7 bench/versions.sh     runs of each (default 5), interleaved; the least is printed
#   CLI=path bench/versions.sh   another build of summitry-cli
#   PARSERS=fast bench/versions.sh   only the default YAML path; by default each command also runs
#                                with SUMMITRY_YAML_PARSER=yaml-cpp (the path before the fast
#                                one), interleaved, each against the check of its own path
#   BASE=build-base/src/cli/summitry-cli bench/versions.sh
#                                before and after in the same run: every command of each path
#                                also with that build (e.g. main's), interleaved with this one,
#                                each against the check of its own build and path
set -euo pipefail

cd "$(dirname "$0")/.."
n=${1:-10000}
edits=${2:-300}
runs=${RUNS:-5}
for v in "$n" "$edits" "$runs"; do
  [[ $v =~ ^[1-9][0-9]*$ ]] || { echo "versions.sh: not a number: $v" >&2; exit 2; }
done
cli=${CLI:-build/src/cli/summitry-cli}
[ -n "${CLI:-}" ] || cmake --build build --target summitry-cli >/dev/null
out=bench/out/versions
rm -rf "$out"
mkdir -p "$out"
/usr/bin/python3 ../shared/bench/gen_event.py --sessions "$n" --seed 1 -o "$out/base.yaml" >/dev/null 2>&1

echo "summitry-cli diff, merge and release against check, $n sessions, $edits edits a side," \
     "$runs runs each; $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$cli" "$out" "$edits" "$runs" "${PARSERS:-fast yaml-cpp}" "${BASE:-}" <<'PY'
import os, re, shutil, subprocess, sys
sys.path.insert(0, "bench")
import cputime
cli, out, edits, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
parsers = sys.argv[5].split()
builds = {"": cli} if not sys.argv[6] else {"base ": sys.argv[6], "new ": cli}
base = open(f"{out}/base.yaml", encoding="utf-8").read()

def edited(offset, step):
    """Base with `edits` sessions retitled and moved an hour later, as a text editor would."""
    text = base
    ids = re.findall(r"^  - id: (s\d+)\n", text, re.M)
    for sid in ids[offset::step][:edits]:
        at = text.index(f"  - id: {sid}\n")
        end = text.find("\n  - id:", at + 1)
        block = text[at:end]
        new = re.sub(r'title: "', 'title: "Changed: ', block, count=1)
        new = re.sub(r"start: (\d{4}-\d\d-\d\d) 09:", r"start: \1 08:", new, count=1)
        text = text[:at] + new + text[end:]
    return text

open(f"{out}/ours.yaml", "w", encoding="utf-8").write(edited(0, 7))
open(f"{out}/theirs.yaml", "w", encoding="utf-8").write(edited(3, 7))

env = dict(os.environ)

def cpu(argv, ok=(0, 1)):
    return cputime.cpu(argv, env, ok)

def release(cli):
    shutil.copy(f"{out}/base.yaml", f"{out}/rel.yaml")
    shutil.rmtree(f"{out}/rel.yaml.releases", ignore_errors=True)
    subprocess.run([cli, "release", f"{out}/rel.yaml", "--name", "v1"], check=True, capture_output=True,
                   env=env)
    shutil.copy(f"{out}/ours.yaml", f"{out}/rel.yaml")
    return cpu([cli, "release", f"{out}/rel.yaml", "--name", "v2"], ok=(0,))

jobs = {
    "check": lambda cli: cpu([cli, "check", f"{out}/ours.yaml"]),
    "diff": lambda cli: cpu([cli, "diff", f"{out}/base.yaml", f"{out}/ours.yaml", "--format", "json"]),
    "merge": lambda cli: cpu([cli, "merge", f"{out}/base.yaml", f"{out}/ours.yaml",
                              f"{out}/theirs.yaml", "-o", f"{out}/merged.yaml"]),
    "release": release,
}
times = {(b, p, k): [] for b in builds for p in parsers for k in jobs}
for _ in range(runs):
    for p in parsers:
        env["SUMMITRY_YAML_PARSER"] = p
        for k, f in jobs.items():
            for b, path in builds.items():
                times[(b, p, k)].append(f(path))
for b in builds:
    for p in parsers:
        check = min(times[(b, p, "check")])
        print(f"{b}YAML path: {p}")
        for k in jobs:
            t = min(times[(b, p, k)])
            print(f"  {k:8} {t:7.3f} s CPU (least of {runs}), {t / check:5.2f} x check")
    if "fast" in parsers and "yaml-cpp" in parsers:
        for k in jobs:
            print(f"{b}{k:8} fast / yaml-cpp: "
                  f"{min(times[(b, 'fast', k)]) / min(times[(b, 'yaml-cpp', k)]):5.2f}")
if len(builds) == 2:
    for p in parsers:
        for k in jobs:
            print(f"{p:8} {k:8} new / base: "
                  f"{min(times[('new ', p, k)]) / min(times[('base ', p, k)]):5.2f}")
PY
