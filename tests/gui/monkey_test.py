#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The monkey test of issue 15: the real planner window under Xvfb, driven by xdotool with
random clicks, drags, wheel turns and keys from a fixed seed, on a copy of the Paris event and
on a nearly empty event. Modal dialogs are closed with Escape as they come; Ctrl+S saves now and
then. Passes when the process is still running at the end and the file on disk always loads:
`summitry-cli check` exits 0 or 1 after every save, never 2 or a signal.

    monkey_test.py SUMMITRY SUMMITRY_CLI PARIS.yaml SCRATCH_DIR

SUMMITRY_MONKEY_SECONDS (default 60) is the time spent on each event, SUMMITRY_MONKEY_SEED
(default 15) the seed. Run under xvfb-run -a (ctest does); every command is an argument vector,
never a shell string.
"""
import os
import random
import shutil
import subprocess
import sys
import time

NEARLY_EMPTY = """\
summitry: 1
event:
  id: nearly-empty
  title: {en: Nearly empty}
  timezone: Europe/Paris
  start_date: 2026-05-04
  end_date: 2026-05-05
  languages: [en]
venues:
  - id: hub
    name: Hub
    rooms:
      - id: hall
        name: Hall
      - id: lab
        name: Lab
people:
  - id: ada
    name: Ada
sessions:
  - id: opening
    title: {en: Opening}
    room: hub/hall
    start: 2026-05-04 10:00
    duration: 30min
    speakers: [ada]
  - id: workshop
    title: {en: Workshop}
    duration: 90min
"""

# Keys a person at the planner types. Not: Ctrl+Q and Ctrl+W (they would end the process the test
# watches), Ctrl+O, Ctrl+N, Ctrl+E, Ctrl+P, Ctrl+Shift+P (file choosers and printing, each a
# dialog of its own that Escape closes; kept out to spend the time on the event), F10 (the menu
# bar, whose random clicks could choose Quit).
KEYS = ["Tab", "shift+Tab", "Escape", "Return", "Up", "Down", "Left", "Right", "Page_Down",
        "Page_Up", "Home", "End", "Delete", "BackSpace", "F6", "shift+F6", "ctrl+z", "ctrl+y",
        "ctrl+shift+z", "alt+shift+Up", "alt+shift+Down", "alt+shift+Left", "alt+shift+Right",
        "ctrl+u", "ctrl+d", "ctrl+plus", "ctrl+minus", "ctrl+Page_Down", "ctrl+Page_Up",
        "ctrl+shift+1", "ctrl+shift+2", "ctrl+shift+3", "ctrl+shift+4", "space", "a", "x", "1",
        "0", "colon", "minus", "Menu"]


def xdotool(*args):
    return subprocess.run(["xdotool", *[str(a) for a in args]], capture_output=True, text=True,
                          timeout=20)


def windows(pid):
    r = xdotool("search", "--onlyvisible", "--pid", pid, "")
    return [w for w in r.stdout.split() if w]


def geometry(window):
    r = xdotool("getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in r.stdout.split() if "=" in line)
    return (int(values.get("X", 0)), int(values.get("Y", 0)), int(values.get("WIDTH", 0)),
            int(values.get("HEIGHT", 0)))


def action(rng, x0, top, width, bottom):
    """One random action as xdotool's chained commands."""
    x = rng.randrange(x0 + 2, x0 + width - 2)
    y = rng.randrange(top, bottom - 2)
    what = rng.random()
    if what < 0.30:
        return ["mousemove", x, y, "click", rng.choice([1, 1, 1, 3])]
    if what < 0.50:
        x2 = min(max(x + rng.randint(-300, 300), x0 + 2), x0 + width - 2)
        y2 = min(max(y + rng.randint(-300, 300), top), bottom - 2)
        steps = rng.randint(1, 6)
        out = ["mousemove", x, y, "mousedown", 1]
        for i in range(1, steps + 1):
            out += ["mousemove", x + (x2 - x) * i // steps, y + (y2 - y) * i // steps]
        return out + ["mouseup", 1]
    if what < 0.62:
        button = rng.choice([4, 5])
        if rng.random() < 0.3:
            return ["mousemove", x, y, "keydown", "ctrl", "click", button, "keyup", "ctrl"]
        return ["mousemove", x, y, "click", "--repeat", rng.randint(1, 4), button]
    return ["key", "--clearmodifiers", rng.choice(KEYS)]


def tail(f, size=4000):
    f.flush()
    f.seek(0)
    return f.read()[-size:]


def check(cli, path):
    r = subprocess.run([cli, "check", path], capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout + r.stderr


def monkey(planner, cli, path, seconds, seed, log):
    env = dict(os.environ, SUMMITRY_RECOVER="discard", SUMMITRY_RELOAD="keep",
               SUMMITRY_AUTOSAVE_MS="3000", SUMMITRY_DISK_CHECK_MS="3000")
    # Its messages to a file: a pipe no one reads would fill and stop it.
    errors = open(path + ".stderr", "w+", encoding="utf-8", errors="replace")
    proc = subprocess.Popen([planner, path], env=env, stdout=subprocess.DEVNULL, stderr=errors)
    failures = []
    try:
        main = None
        deadline = time.monotonic() + 30
        while main is None and time.monotonic() < deadline and proc.poll() is None:
            found = windows(proc.pid)
            if found:
                main = found[0]
            else:
                time.sleep(0.2)
        if main is None:
            return [f"{path}: the window did not appear"]
        time.sleep(1.5)
        x0, y0, width, height = geometry(main)
        # Below the menu bar and the toolbar: a click there would open menus (Quit) and file
        # choosers; the keys above reach the menus' actions anyway.
        top = y0 + 90
        rng = random.Random(seed)
        actions = saves = rounds = 0
        end = time.monotonic() + seconds
        while time.monotonic() < end and proc.poll() is None:
            # A dialog (or a popup menu) came up: Escape closes it, as an organizer would.
            escape = []
            for w in windows(proc.pid):
                if w != main:
                    escape += ["windowfocus", w, "key", "--clearmodifiers", "Escape"]
            if escape:
                xdotool(*escape)
            rounds += 1
            if rounds % 8 == 0:
                # Ctrl+S now and then; the file on disk must load.
                xdotool("mousemove", x0 + width // 2, y0 + height // 2, "windowfocus", main,
                        "key", "--clearmodifiers", "ctrl+s", "sleep", "0.5")
                saves += 1
                status, out = check(cli, path)
                if status not in (0, 1):
                    failures.append(f"{path}: after save {saves}, summitry-cli check exited "
                                    f"{status}:\n{out}")
                continue
            # A few actions in one xdotool run: on a busy machine each run costs its start-up.
            script = []
            for _ in range(6):
                script += action(rng, x0, top, width, y0 + height)
                script += ["sleep", "0.03"]
                actions += 1
            xdotool(*script)
        if proc.poll() is not None:
            failures.append(f"{path}: the planner ended ({proc.returncode}) after {actions} "
                            f"actions (seed {seed}):\n{tail(errors)}")
        else:
            for w in windows(proc.pid):
                if w != main:
                    xdotool("windowfocus", w, "key", "--clearmodifiers", "Escape")
            xdotool("windowfocus", main, "key", "--clearmodifiers", "ctrl+s")
            time.sleep(1.0)
            saves += 1
        status, out = check(cli, path)
        if status not in (0, 1):
            failures.append(f"{path}: at the end, summitry-cli check exited {status}:\n{out}")
        log.write(f"{os.path.basename(path)}: {actions} actions, {saves} saves in {seconds} s, "
                  f"seed {seed}; check exits {status}\n")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        errors.close()
    return failures


def main():
    planner, cli, paris, scratch = sys.argv[1:5]
    seconds = float(os.environ.get("SUMMITRY_MONKEY_SECONDS", "60"))
    seed = int(os.environ.get("SUMMITRY_MONKEY_SEED", "15"))
    if shutil.which("xdotool") is None:
        sys.exit("monkey_test: xdotool is needed (packaging/debian-packages.txt, @test)")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    events = [os.path.join(scratch, "paris.yaml"), os.path.join(scratch, "nearly-empty.yaml")]
    shutil.copyfile(paris, events[0])
    with open(events[1], "w", encoding="utf-8") as f:
        f.write(NEARLY_EMPTY)
    failures = []
    for i, path in enumerate(events):
        status, out = check(cli, path)
        if status != 0:
            failures.append(f"{path}: does not check clean before the test:\n{out}")
            continue
        failures += monkey(planner, cli, path, seconds, seed + i, sys.stdout)
    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
