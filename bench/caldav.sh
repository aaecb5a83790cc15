#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `publish caldav` of the 36C3 import (1,351 sessions) to a Radicale on 127.0.0.1 started here
# (issue 18): the first publish into an empty collection, and a rerun with nothing changed,
# beside `export ics` of the same file, measured in the same run, as wall-clock seconds (the
# server's time is most of a publish: the rerun's, two listing requests).
#
#   bench/caldav.sh              RUNS=3 by default: the least of each is printed
#   CLI=path bench/caldav.sh     another build of summitry-cli
set -euo pipefail

cd "$(dirname "$0")/.."
runs=${RUNS:-3}
cli=${CLI:-build/src/cli/summitry-cli}
[ -n "${CLI:-}" ] || cmake --build build --target summitry-cli summitry-cli-all >/dev/null
xml=$(find ../shared/data -type f -iname '36c3*.xml' | sort | head -n 1)
[ -n "$xml" ] || { echo "caldav.sh: no 36c3*.xml under ../shared/data" >&2; exit 2; }
out=$(mktemp -d /tmp/summitry-bench-caldav.XXXXXX)
trap 'kill "$radicale" 2>/dev/null; wait "$radicale" 2>/dev/null; rm -rf "$out"' EXIT
"$cli" import frab "$xml" -o "$out/36c3.yaml" >/dev/null

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '[all]\nuser: .*\ncollection: .*\npermissions: RrWw\n' >"$out/rights"
cat >"$out/config" <<CONF
[server]
hosts = 127.0.0.1:$port
[auth]
type = none
[rights]
type = from_file
file = $out/rights
[storage]
filesystem_folder = $out/collections
[web]
type = none
[logging]
level = warning
CONF
/usr/bin/python3 -m radicale --config "$out/config" >"$out/log" 2>&1 &
radicale=$!
for _ in $(seq 100); do
  /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),1)" 2>/dev/null && break
  sleep 0.1
done
/usr/bin/python3 -c "import urllib.request as u; u.urlopen(u.Request('http://127.0.0.1:$port/bench/', method='MKCOL'))"

echo "summitry-cli publish caldav of the 36C3 import to Radicale $(dpkg-query -W -f='${Version}' radicale 2>/dev/null) on 127.0.0.1, $runs runs, least wall-clock;" \
     "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$runs" "$cli" "$out" "$port" <<'PY'
import resource, subprocess, sys, time
runs, cli, out, port = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
ev = f"{out}/36c3.yaml"

def timed(*args):
    """Wall-clock seconds of one run (the server's time included), what it printed, and its own
    CPU seconds (user + system: Summitry's share)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run([cli, *args], capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"{args}: exit {p.returncode}\n{p.stderr}")
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, p.stdout, used

export, first, rerun = [], [], []
for i in range(runs):
    export.append(timed("export", "ics", ev, "-o", f"{out}/36c3.ics"))
    url = f"http://127.0.0.1:{port}/bench/run{i}/"
    first.append(timed("publish", "caldav", ev, url))
    rerun.append(timed("publish", "caldav", ev, url))
print(f"first: {first[-1][1].strip()}\nrerun: {rerun[-1][1].strip()}\n")
base_wall = min(r[0] for r in export)
base_cpu = min(r[2] for r in export)
print("| command | wall s | against export ics | summitry-cli CPU s | against export ics |")
print("|---|---|---|---|---|")
for name, rs in (("export ics (baseline)", export), ("publish caldav, first (every PUT)", first),
                 ("publish caldav, rerun (no write)", rerun)):
    wall = min(r[0] for r in rs)
    used = min(r[2] for r in rs)
    print(f"| {name} | {wall:.2f} | {wall / base_wall:.1f}x | {used:.2f} | {used / base_cpu:.1f}x |")
PY
