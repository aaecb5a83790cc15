#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Everything summitry-cli prints and writes, captured so that two builds can be compared byte
for byte (issue 14: moving code must not change one byte of any output).

    tests/cli/compare_outputs.py --cli BUILD/src/cli/summitry-cli --out DIR
    tests/cli/compare_outputs.py --cli BUILD/src/cli/summitry-cli --out DIR --compare BASE_DIR
    tests/cli/compare_outputs.py --diff BASE_DIR DIR

Every command (check, agenda in each format, speakers, export ics/frab/json, program PDF/HTML,
render PNG/SVG/PDF, set, schedule, import) runs on both seed events of schedules/, on every
event file of tests/data (the broken ones too), on a generated event, and on every schedule of
../shared/data and tests/data/import (imported first, then checked, printed and exported from
the imported file). Each run gets a folder of its own under DIR/cases/ holding `argv`, `exit`,
`stdout`, `stderr` and the files it wrote. With --compare (or --diff) every file of one tree
is compared with the other, and each one that differs is reported with its first differing
byte; exit 1 then.

What would differ between two runs of the same program is made equal at the source, not
masked afterwards: the wall clock (DTSTAMP, "printed on", a PDF's CreationDate) is frozen at
2025-01-01T00:00:00Z by a small LD_PRELOAD library built with cc into DIR; templates are read
from this tree's templates/ (SUMMITRY_TEMPLATE_DIR). The only thing masked is the scheduler's
own timing ("placed 69 of 69 ... in 0.05 s (greedy 0.01 s, ...", "written ... in 0.0123 s"),
a measurement.

Inputs of the source tree are named by absolute paths, files of DIR (the generated event, the
imported ones) relative to the case folder, and every command runs in its own case folder with
relative output names: two trees made from the same source tree name the same files.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys

import yaml  # python3-yaml: ids for the filters

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, "..", ".."))
FROZEN_EPOCH = 1735689600  # 2025-01-01T00:00:00Z

FREEZE_C = r"""
#define _GNU_SOURCE
#include <sys/time.h>
#include <time.h>
/* The wall clock, frozen; the monotonic clocks (timeouts, measurements) are left alone. */
static const time_t frozen = %d;
static int (*real_clock_gettime)(clockid_t, struct timespec *);
int clock_gettime(clockid_t id, struct timespec *ts) {
    if (id == CLOCK_REALTIME || id == CLOCK_REALTIME_COARSE) {
        ts->tv_sec = frozen;
        ts->tv_nsec = 0;
        return 0;
    }
    if (!real_clock_gettime) {
        extern void *dlsym(void *, const char *);
        real_clock_gettime = (int (*)(clockid_t, struct timespec *))dlsym((void *)-1l, "clock_gettime");
    }
    return real_clock_gettime(id, ts);
}
time_t time(time_t *t) {
    if (t) *t = frozen;
    return frozen;
}
int gettimeofday(struct timeval *tv, void *tz) {
    (void)tz;
    if (tv) {
        tv->tv_sec = frozen;
        tv->tv_usec = 0;
    }
    return 0;
}
"""

# Measurements in what a command prints: masked before comparing.
VOLATILE = [
    (re.compile(rb"in [0-9.e+-]+ s \(greedy [0-9.e+-]+ s,"), rb"in <seconds> s (greedy <seconds> s,"),
    (re.compile(rb"written with (one edit|one edit per session) in [0-9.e+-]+ s"),
     rb"written with \1 in <seconds> s"),
]


def build_freezer(out):
    src = os.path.join(out, "freeze_clock.c")
    lib = os.path.join(out, "freeze_clock.so")
    with open(src, "w") as f:
        f.write(FREEZE_C % FROZEN_EPOCH)
    subprocess.run(["cc", "-shared", "-fPIC", "-O1", "-o", lib, src, "-ldl"], check=True)
    return lib


class Runner:
    def __init__(self, cli, out, freezer):
        self.cli = os.path.abspath(cli)
        self.out = out
        self.cases = os.path.join(out, "cases")
        self.env = dict(os.environ)
        self.env.pop("DISPLAY", None)
        self.env["LD_PRELOAD"] = freezer
        self.env["SUMMITRY_TEMPLATE_DIR"] = os.path.join(SOURCE, "templates")
        self.env["LC_ALL"] = "C.UTF-8"
        self.env["TZ"] = "UTC"
        self.count = 0

    def run(self, name, *args, copy=None):
        """Runs `summitry-cli ARGS` in the folder cases/NAME; `copy` files go there first."""
        where = os.path.join(self.cases, name)
        os.makedirs(where, exist_ok=False)
        for src, dst in (copy or {}).items():
            shutil.copyfile(src, os.path.join(where, dst))
        # A file of this tree (an imported event, the generated one) is named relative to the
        # case folder, so that two trees name it alike.
        argv = [os.path.relpath(a, where) if a.startswith(self.out + os.sep) else a
                for a in map(str, args)]
        p = subprocess.run([self.cli, *argv], cwd=where, env=self.env, capture_output=True,
                           timeout=600)
        for part, data in (("argv", "\n".join(argv).encode() + b"\n"), ("stdout", p.stdout),
                           ("stderr", p.stderr), ("exit", b"%d\n" % p.returncode)):
            with open(os.path.join(where, part), "wb") as f:
                f.write(data)
        self.count += 1
        return p


def slug(path):
    """A case name from an input path: its folder and name, without characters a shell minds."""
    parent = os.path.basename(os.path.dirname(path))
    return re.sub(r"[^A-Za-z0-9._-]", "_", f"{parent}-{os.path.basename(path)}")


def ids_of(path):
    """Ids for the filters, from the event file: (first day, a room, a venue, a track, a person,
    languages); None where the file has none or cannot be read as YAML."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except Exception:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("event"), dict):
        return None
    ev = doc["event"]
    pick = {"day": str(ev.get("start_date", "")) or None, "languages": ev.get("languages") or []}

    def first_id(key):
        items = doc.get(key)
        if isinstance(items, list):
            for it in items:
                if isinstance(it, dict) and isinstance(it.get("id"), str):
                    return it
        return None

    venue = first_id("venues")
    pick["venue"] = venue["id"] if venue else None
    room = None
    if venue and isinstance(venue.get("rooms"), list):
        for r in venue["rooms"]:
            if isinstance(r, dict) and isinstance(r.get("id"), str):
                room = r["id"]
                break
    pick["room"] = room
    track = first_id("tracks")
    pick["track"] = track["id"] if track else None
    # A person who speaks: their agenda and calendar are not empty.
    person = None
    for s in doc.get("sessions") or []:
        if isinstance(s, dict) and isinstance(s.get("speakers"), list) and s["speakers"]:
            if isinstance(s["speakers"][0], str):
                person = s["speakers"][0]
                break
    if person is None:
        p = first_id("people")
        person = p["id"] if p else None
    pick["person"] = person
    return pick


def run_event(r, name, path, full):
    """Every command that reads an event, on `path`. `full`: every format and filter (the seed
    events, the generated one); else the main ones (imported schedules, test files)."""
    r.run(f"{name}/check", "check", path)
    r.run(f"{name}/check-json", "check", path, "--format", "json")
    r.run(f"{name}/check-strict", "check", path, "--strict")
    ids = ids_of(path)
    for fmt in (("text", "markdown", "csv", "json") if full else ("text", "json")):
        r.run(f"{name}/agenda-{fmt}", "agenda", path, "--format", fmt, "--force")
    r.run(f"{name}/agenda-private-o", "agenda", path, "--include-private", "--force", "-o",
          "agenda.txt")
    for fmt in (("text", "csv", "json", "html", "pdf") if full else ("text", "csv")):
        r.run(f"{name}/speakers-{fmt}", "speakers", path, "--format", fmt, "--force", "-o",
              "speakers." + fmt)
    r.run(f"{name}/speakers-private", "speakers", path, "--include-private", "--force")
    for fmt in ("ics", "frab", "json"):
        r.run(f"{name}/export-{fmt}", "export", fmt, path, "--force", "-o", "out." + fmt)
        r.run(f"{name}/export-{fmt}-private", "export", fmt, path, "--force",
              "--include-private")
    r.run(f"{name}/program-pdf", "program", path, "--force", "-o", "programme.pdf")
    r.run(f"{name}/program-html", "program", path, "--force", "-o", "programme.html")
    if ids and ids["day"]:
        r.run(f"{name}/render-png", "render", path, "--day", ids["day"], "--force", "-o",
              "grid.png")
    if not full:
        return
    r.run(f"{name}/program-pdf-staff-letter", "program", path, "--force", "--audience", "staff",
          "--paper", "letter", "-o", "programme.pdf")
    r.run(f"{name}/program-html-staff", "program", path, "--force", "--audience", "staff",
          "-o", "programme.htm")
    if ids is None:
        return
    for lang in ids["languages"][1:] + ["xx"]:
        r.run(f"{name}/agenda-lang-{lang}", "agenda", path, "--lang", lang, "--force")
        r.run(f"{name}/export-ics-lang-{lang}", "export", "ics", path, "--lang", lang, "--force")
        r.run(f"{name}/program-html-lang-{lang}", "program", path, "--lang", lang, "--force",
              "-o", "programme.html")
        r.run(f"{name}/speakers-html-lang-{lang}", "speakers", path, "--format", "html",
              "--lang", lang, "--force")
    if ids["day"]:
        r.run(f"{name}/agenda-day", "agenda", path, "--day", ids["day"], "--force")
        for ext in ("svg", "pdf"):
            r.run(f"{name}/render-{ext}", "render", path, "--day", ids["day"], "--force",
                  "--include-private", "-o", "grid." + ext)
        r.run(f"{name}/render-png-scaled", "render", path, "--day", ids["day"], "--force",
              "--scale", "0.5", "-o", "grid.png")
    for what in ("room", "venue", "track", "person"):
        if not ids[what]:
            continue
        option = "--room" if what == "venue" else "--" + what
        r.run(f"{name}/agenda-{what}", "agenda", path, option, ids[what], "--format", "json",
              "--force")
        if what != "venue":
            for fmt in ("ics", "frab", "json"):
                r.run(f"{name}/export-{fmt}-{what}", "export", fmt, path, option, ids[what],
                      "--force")
    # Filters that name nothing: exit 2 with a suggestion.
    r.run(f"{name}/agenda-no-such-track", "agenda", path, "--track", "no-such-track")
    r.run(f"{name}/export-no-such-person", "export", "ics", path, "--person", "nobody")
    r.run(f"{name}/agenda-bad-day", "agenda", path, "--day", "2025-13-45")


def run_edits(r, name, path):
    """set and schedule, on a copy of the event in the case folder."""
    ids = ids_of(path)
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    session = next((s["id"] for s in doc.get("sessions") or [] if isinstance(s, dict)), None)
    copy = {path: "event.yaml"}
    if session:
        r.run(f"{name}/set-title", "set", "event.yaml", f"sessions/{session}.title",
              "A title: set", copy=copy)
        r.run(f"{name}/set-remove-track", "set", "event.yaml", f"sessions/{session}.track", "",
              copy=copy)
        r.run(f"{name}/set-bad-value", "set", "event.yaml", f"sessions/{session}.duration",
              "forever", copy=copy)
    r.run(f"{name}/set-event-title-fr", "set", "event.yaml", "event.title.fr", "Un titre",
          copy=copy)
    r.run(f"{name}/set-no-such", "set", "event.yaml", "sessions/no-such.title", "x", copy=copy)
    r.run(f"{name}/schedule", "schedule", path, "-o", "scheduled.yaml")
    r.run(f"{name}/schedule-repair-stdout", "schedule", path, "--repair", "--seed", "3", "-o",
          "-")
    if ids and ids["person"]:
        r.run(f"{name}/set-role", "set", "event.yaml", f"people/{ids['person']}.role", "Chair",
              copy=copy)


IMPORTS = [("frab", ".xml"), ("json", ".json"), ("ics", ".ics"), ("indico", ".json")]


def run_import(r, fmt, path):
    """Imports `path` as `fmt`; when that writes an event, runs the main commands on it."""
    name = f"import-{fmt}-{slug(path)}"
    p = r.run(f"{name}/import", "import", fmt, path, "-o", "event.yaml")
    written = os.path.join(r.cases, name, "import", "event.yaml")
    if p.returncode == 0 and os.path.exists(written):
        run_event(r, name, written, full=False)


def capture(args):
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    r = Runner(args.cli, out, build_freezer(out))
    gen = os.path.join(out, "inputs")
    os.makedirs(gen)
    seeds = sorted(os.path.join(SOURCE, "schedules", f)
                   for f in os.listdir(os.path.join(SOURCE, "schedules")) if f.endswith(".yaml"))
    generated = os.path.join(gen, "gen-300.yaml")
    subprocess.run(["/usr/bin/python3", os.path.join(args.shared, "bench", "gen_event.py"),
                    "--sessions", "300", "--unscheduled", "0.2", "--perturb", "10", "--seed", "7",
                    "-o", generated], check=True, capture_output=True)
    for path in seeds + [generated]:
        run_event(r, slug(path), path, full=True)
        run_edits(r, slug(path), path)
    # Every event file of the tests, the broken ones too: their diagnostics, and what an output
    # forced past them makes.
    data = os.path.join(SOURCE, "tests", "data")
    for sub in ("errors", "include", "fuzz-regressions"):
        for f in sorted(os.listdir(os.path.join(data, sub))):
            if f.endswith(".yaml"):
                path = os.path.join(data, sub, f)
                r.run(f"{slug(path)}/check", "check", path)
                r.run(f"{slug(path)}/check-json", "check", path, "--format", "json")
                r.run(f"{slug(path)}/agenda-force", "agenda", path, "--force", "--format", "json")
                r.run(f"{slug(path)}/export-json-force", "export", "json", path, "--force")
    r.run("check-confine", "check", "--confine", os.path.join(data, "include", "main.yaml"))
    # Every schedule from other tools, in every format that might read it: the wrong format's
    # refusal is output too.
    sources = []
    for root in (os.path.join(args.shared, "data"), os.path.join(data, "import"),
                 os.path.join(data, "fuzz-regressions")):
        for dirpath, _, files in sorted(os.walk(root)):
            if "schemas" in dirpath:
                continue
            sources += [os.path.join(dirpath, f) for f in sorted(files)
                        if f.endswith((".xml", ".json", ".ics"))]
    for path in sources:
        for fmt, ext in IMPORTS:
            if path.endswith(ext):
                run_import(r, fmt, path)
    # Usage errors.
    r.run("usage-none")
    r.run("usage-help", "--help")
    r.run("usage-unknown", "frobnicate")
    r.run("usage-export-format", "export", "vcard", seeds[0])
    r.run("usage-missing-file", "check", "/nonexistent/event.yaml")
    r.run("usage-program-ext", "program", seeds[0], "-o", "programme.odt")
    r.run("usage-render-ext", "render", seeds[0], "--day", "2025-02-10", "-o", "grid.gif")
    print(f"{r.count} runs of {args.cli} in {out}/cases")


def normalized(data):
    for pattern, repl in VOLATILE:
        data = pattern.sub(repl, data)
    return data


def first_difference(a, b):
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


def compare(base, new):
    """Every file of base/cases against new/cases: returns the list of differences."""
    problems = []
    trees = []
    for root in (base, new):
        files = set()
        top = os.path.join(root, "cases")
        for dirpath, _, names in os.walk(top):
            for f in names:
                files.add(os.path.relpath(os.path.join(dirpath, f), top))
        trees.append(files)
    for f in sorted(trees[0] - trees[1]):
        problems.append(f"only in {base}: {f}")
    for f in sorted(trees[1] - trees[0]):
        problems.append(f"only in {new}: {f}")
    same = 0
    for f in sorted(trees[0] & trees[1]):
        with open(os.path.join(base, "cases", f), "rb") as fa:
            a = normalized(fa.read())
        with open(os.path.join(new, "cases", f), "rb") as fb:
            b = normalized(fb.read())
        if a == b:
            same += 1
            continue
        at = first_difference(a, b)
        line = a[:at].count(b"\n") + 1
        msg = f"differs: {f} (byte {at}, line {line}; {len(a)} and {len(b)} bytes)"
        if b"\0" not in a[:65536] and b"\0" not in b[:65536]:
            diff = difflib.unified_diff(a.decode(errors="replace").splitlines(),
                                        b.decode(errors="replace").splitlines(),
                                        "base/" + f, "new/" + f, n=1, lineterm="")
            msg += "\n" + "\n".join(list(diff)[:12])
        problems.append(msg)
    print(f"compared {same + len(trees[0] & trees[1]) - same} files: {same} identical, "
          f"{len(problems)} problems")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", help="summitry-cli to run")
    ap.add_argument("--out", help="folder for the outputs (emptied first)")
    ap.add_argument("--shared", default=os.path.join(SOURCE, "..", "shared"),
                    help="../shared: the real schedules and the event generator")
    ap.add_argument("--compare", metavar="BASE_DIR", help="then compare with this earlier --out")
    ap.add_argument("--diff", nargs=2, metavar=("BASE_DIR", "DIR"),
                    help="only compare two earlier --out folders")
    args = ap.parse_args()
    if args.diff:
        base, new = args.diff
    else:
        if not args.cli or not args.out:
            ap.error("--cli and --out are needed (or --diff BASE_DIR DIR)")
        capture(args)
        if not args.compare:
            return 0
        base, new = args.compare, args.out
    problems = compare(base, new)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
