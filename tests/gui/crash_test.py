#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Crash recovery with a real process and a real signal (issue 6).

The planner (gui_crash_child, the application's frame and commands) opens a copy of the Paris
event, moves the fireside chat, waits for its autosave, and is killed with SIGKILL. The event file
must be byte for byte what it was; the next start, answering "Recover", must show the session at
its new time (unsaved); answering "Discard" must remove the autosave and show the file's time.

usage: crash_test.py CHILD SEED WORKDIR   (run under xvfb-run: the children need a display)
"""
import os
import shutil
import signal
import subprocess
import sys
import time

SESSION = "fireside-chat"
OLD, NEW = "2025-02-10 18:20", "2025-02-10 19:05"


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def run_open(child, event, answer):
    env = dict(os.environ, SUMMITRY_RECOVER=answer)
    out = subprocess.run([child, "open", event, SESSION], env=env, capture_output=True,
                         text=True, timeout=120)
    if out.returncode != 0:
        fail(f"open ({answer}) exited {out.returncode}: {out.stderr}")
    values = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    print(f"open with {answer}: {values}")
    return values


def main():
    child, seed, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    event = os.path.join(work, os.path.basename(seed))
    shutil.copyfile(seed, event)
    with open(event, "rb") as f:
        original = f.read()
    autosave = os.path.join(work, "." + os.path.basename(event) + ".autosave")

    env = dict(os.environ, SUMMITRY_AUTOSAVE_MS="300")
    env.pop("SUMMITRY_RECOVER", None)
    proc = subprocess.Popen([child, "edit", event, SESSION, NEW], env=env,
                            stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    autosaved = False
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        print("child:", line.strip())
        if line.startswith("AUTOSAVED"):
            autosaved = True
            break
    if not autosaved:
        proc.kill()
        fail(f"no autosave (child status {proc.poll()})")
    time.sleep(0.3)  # the planner idles with unsaved edits
    if proc.poll() is not None:
        fail(f"the planner stopped before the kill: {proc.returncode}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    if proc.returncode != -signal.SIGKILL:
        fail(f"child status {proc.returncode}, not killed")

    with open(event, "rb") as f:
        if f.read() != original:
            fail("the event file changed: an autosave must never write it")
    if not os.path.exists(autosave):
        fail("no autosave file after the kill")
    with open(autosave, "rb") as f:
        if f"start: {NEW}".encode() not in f.read():
            fail("the autosave does not hold the move")

    recovered = run_open(child, event, "recover")
    if recovered.get("START") != NEW or recovered.get("MODIFIED") != "1":
        fail(f"recover: expected {NEW}, modified; got {recovered}")
    with open(event, "rb") as f:
        if f.read() != original:
            fail("recovering wrote the event file")
    if not os.path.exists(autosave):
        fail("recovering (unsaved) removed the autosave")

    discarded = run_open(child, event, "discard")
    if discarded.get("START") != OLD or discarded.get("MODIFIED") != "0":
        fail(f"discard: expected {OLD}, not modified; got {discarded}")
    if os.path.exists(autosave):
        fail("discard left the autosave file")
    print("PASS: killed with SIGKILL, file untouched, recovered, discarded")


if __name__ == "__main__":
    main()
