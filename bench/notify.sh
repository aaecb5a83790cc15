#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Notices (issue 17): a generated event of N sessions (default 2,000) with an e-mail address for
# everyone, released, a tenth of its sessions moved an hour, released again; then the wall time
# of `notify --outbox` (every message composed and written into a Maildir; issue 17 asks under
# 5 s) and of `notify --smtp` through a loopback aiosmtpd server started here (one connection,
# reused; under 30 s), beside a whole `summitry-cli check` of the same file in the same run.
#
#   bench/notify.sh              2,000 sessions
#   bench/notify.sh 10000        another size
#   CLI=path bench/notify.sh     another build of summitry-cli
# Needs /usr/bin/python3 with python3-yaml and python3-aiosmtpd; ../shared/bench/gen_event.py.
set -euo pipefail

cd "$(dirname "$0")/.."
n=${1:-2000}
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "notify.sh: not a number of sessions: $n" >&2; exit 2; }
cli=${CLI:-build/src/cli/summitry-cli}
[ -n "${CLI:-}" ] || cmake --build build --target summitry-cli summitry-cli-all >/dev/null
out=bench/out/notify
rm -rf "$out"
mkdir -p "$out"
/usr/bin/python3 ../shared/bench/gen_event.py --sessions "$n" --seed 1 -o "$out/gen.yaml" >/dev/null 2>&1

echo "summitry-cli notify, $n sessions, a tenth moved; $(nproc) CPUs," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg) before"
/usr/bin/python3 - "$cli" "$out" <<'PY'
import os, re, shutil, socket, subprocess, sys, tempfile, time
from aiosmtpd.controller import Controller

cli, out = sys.argv[1], sys.argv[2]
ev = f"{out}/summit.yaml"
text = open(f"{out}/gen.yaml", encoding="utf-8").read()
# gen_event.py gives people no e-mail: one each, after their name.
text = re.sub(r"^(  - id: (person-\d+)\n    name: .*\n)", r"\1    email: \2@example.org\n", text,
              flags=re.M)
open(ev, "w", encoding="utf-8").write(text)

def run(*args, ok=(0,)):
    t = time.perf_counter()
    p = subprocess.run([cli, *args], capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit(f"{args}: exit {p.returncode}\n{p.stderr[-2000:]}")
    return time.perf_counter() - t, p

run("release", ev, "--name", "v1")
# A tenth of the scheduled sessions an hour later.
lines = open(ev, encoding="utf-8").read().split("\n")
count = 0
for i, line in enumerate(lines):
    m = re.match(r"^    start: (\d{4}-\d\d-\d\d) (\d\d):(\d\d)$", line)
    if m and count % 10 == 0:
        lines[i] = f"    start: {m[1]} {int(m[2]) + 1:02d}:{m[3]}" if int(m[2]) < 22 else line
    if m:
        count += 1
open(ev, "w", encoding="utf-8").write("\n".join(lines))
run("release", ev, "--name", "v2")

check, _ = run("check", ev, ok=(0, 1))
dry, p = run("notify", ev, "--from", "team@example.org", "--dry-run")
messages = int(re.search(r"(\d+) messages? to send", p.stdout)[1])
compose, _ = run("notify", ev, "--from", "team@example.org", "--outbox", f"{out}/outbox")
# The same into a tmpfs, where flushing each message to disk costs nothing: composing alone.
shm = None
if os.path.isdir("/dev/shm"):
    box = tempfile.mkdtemp(dir="/dev/shm", prefix="summitry-notify-")
    try:
        shm, _ = run("notify", ev, "--from", "team@example.org", "--outbox", box)
    finally:
        shutil.rmtree(box)

class Box:
    def __init__(self):
        self.count, self.sessions = 0, set()
    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        self.sessions.add(id(session))
        return "250 OK"

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
box = Box()
server = Controller(box, hostname="127.0.0.1", port=port)
server.start()
try:
    send, _ = run("notify", ev, "--from", "team@example.org", "--smtp", f"smtp://127.0.0.1:{port}")
finally:
    server.stop()
print(f"{messages} messages, {box.count} received in {len(box.sessions)} SMTP connection(s)")
print(f"{'command':<44} {'wall s':>8} {'÷ check':>8}")
for name, t in (("check", check), ("notify --dry-run", dry),
                ("notify --outbox (compose, write Maildir)", compose),
                *([("notify --outbox into /dev/shm (no flush)", shm)] if shm else []),
                ("notify --smtp (compose, send, record)", send)):
    print(f"{name:<44} {t:8.3f} {t / check:8.2f}")
PY
