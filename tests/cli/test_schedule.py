#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`summitry-cli schedule` end to end (issue 7): generated events placed and repaired with no
hard conflict left (as `check --format json` sees them), the same seed giving the same file, only
the placed sessions' lines changing, infeasible sessions explained and left unscheduled, and the
exit statuses of cli.md.

    test_schedule.py --cli build/src/cli/summitry-cli --shared ../shared
"""
import argparse
import difflib
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest


ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
import clitest  # noqa: E402  (tests/cli/, beside this script)

SHARED = None
HARD = {"room-double-booked", "person-double-booked", "person-unavailable", "travel-time",
        "room-unavailable", "over-capacity", "missing-feature"}

SMALL = """summitry: 1
event:
  id: small
  title: Small
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  hours: {from: "09:00", to: "12:00"}
people:
  - {id: audrey, name: Audrey Herblin-Stoop, unavailable: [{from: 2025-02-10 09:00, to: 2025-02-10 10:00}]}
venues:
  - id: embassy
    name: Embassy
    rooms:
      - {id: ballroom, capacity: 100, features: [interpretation]}
      - {id: salon, capacity: 30}
sessions:
  - {id: opening, title: Opening, duration: 30min, exclusive: true, expected_attendance: 90}
  - {id: talk, title: Talk, duration: 1h, speakers: [audrey]}
  - {id: huge, title: Huge, duration: 1h, expected_attendance: 400}
"""


def generate(tmp, name, *args):
    out = pathlib.Path(tmp) / name
    subprocess.run(["/usr/bin/python3", str(SHARED / "bench" / "gen_event.py"), *map(str, args), "-o", str(out)],
                   check=True, capture_output=True)
    return out


def hard_conflicts(path):
    p = clitest.run("check", path, "--format", "json", check_exit=None)
    return [d for d in json.loads(p.stdout) if d["rule"] in HARD]


def sessions(path):
    with open(path, encoding="utf-8") as f:
        return {s["id"]: s for s in clitest.load_yaml(f)["sessions"]}


class Schedule(unittest.TestCase):
    def test_a_generated_event_is_placed_in_full(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = generate(tmp, "u.yaml", "--sessions", 200, "--unscheduled", 1.0, "--seed", 21)
            before = src.read_text(encoding="utf-8")
            out = pathlib.Path(tmp) / "out.yaml"
            p = clitest.run("schedule", src, "-o", out, "--seed", 3)
            self.assertIn("placed 200 of 200 unscheduled sessions", p.stdout)
            self.assertIn("the checks find 0 hard conflicts", p.stdout)
            self.assertEqual(src.read_text(encoding="utf-8"), before, "the input is never overwritten")
            self.assertEqual(hard_conflicts(out), [])
            for s in sessions(out).values():
                self.assertIn("room", s)
                self.assertIn("start", s)
                self.assertEqual(s["revision"], 1)

    def test_the_same_seed_gives_the_same_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = generate(tmp, "u.yaml", "--sessions", 120, "--unscheduled", 1.0, "--seed", 22)
            a, b, c = (pathlib.Path(tmp) / n for n in ("a.yaml", "b.yaml", "c.yaml"))
            clitest.run("schedule", src, "-o", a, "--seed", 5)
            clitest.run("schedule", src, "-o", b, "--seed", 5, "--time-limit", 60)
            clitest.run("schedule", src, "-o", c, "--seed", 6)
            self.assertEqual(a.read_bytes(), b.read_bytes())
            self.assertNotEqual(a.read_bytes(), c.read_bytes())

    def test_repair_moves_few_sessions_and_touches_only_their_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = generate(tmp, "p.yaml", "--sessions", 600, "--perturb", 40, "--seed", 5)
            self.assertNotEqual(hard_conflicts(src), [])
            out = pathlib.Path(tmp) / "out.yaml"
            p = clitest.run("schedule", src, "-o", out, "--repair")
            self.assertIn("hard conflicts:", p.stdout)
            self.assertEqual(hard_conflicts(out), [])
            old, new = sessions(src), sessions(out)
            moved = [i for i in old if (old[i].get("start"), old[i].get("room")) != (new[i].get("start"), new[i].get("room"))]
            self.assertLessEqual(len(moved), 40)
            self.assertGreater(len(moved), 0)
            changed = [l for l in difflib.unified_diff(src.read_text().splitlines(), out.read_text().splitlines(), n=0)
                       if l[:1] in "+-" and not l.startswith(("+++", "---"))]
            for line in changed:
                self.assertRegex(line, r"^[+-]    (start|room|revision): ", line)

    def test_repair_since_a_release_prefers_the_released_places(self):
        with tempfile.TemporaryDirectory() as tmp:
            ev = generate(tmp, "ev.yaml", "--sessions", 300, "--seed", 5)
            self.assertEqual(hard_conflicts(ev), [])
            clitest.run("release", ev, "--name", "v1")
            released = {i: s for i, s in sessions(ev).items()
                        if s.get("room") and s.get("status") != "cancelled"}
            # The same event with 20 sessions disturbed after the release (moves, new people).
            ev.write_bytes(generate(tmp, "p.yaml", "--sessions", 300, "--perturb", 20, "--seed", 5).read_bytes())
            self.assertNotEqual(hard_conflicts(ev), [])

            def at_release(path):
                now = sessions(path)
                return {i for i, s in released.items() if now[i].get("status") != "cancelled" and
                        (s.get("start"), s.get("room")) == (now[i].get("start"), now[i].get("room"))}

            def counted(path):  # the sessions of the release the report counts: still on
                now = sessions(path)  # read once: one parse, not one per session
                return {i for i in released if now[i].get("status") != "cancelled"}

            before = at_release(ev)
            plain, since = pathlib.Path(tmp) / "plain.yaml", pathlib.Path(tmp) / "since.yaml"
            clitest.run("schedule", ev, "-o", plain, "--repair", check_exit=None)
            p = clitest.run("schedule", ev, "-o", since, "--repair", "--since", "v1", check_exit=None)
            # No more conflicts left than the plain repair leaves (some cannot be repaired: a
            # session grown past every room).
            self.assertLessEqual(len(hard_conflicts(since)), len(hard_conflicts(plain)))
            # Back where attendees were told: more sessions than the plain repair puts there (a
            # person added to two sessions both at their released place still moves one of them).
            self.assertGreater(len(at_release(since)), len(at_release(plain)))
            away = len(counted(since)) - len(at_release(since))
            back = len(at_release(since) - before)
            self.assertGreater(back, 0)
            self.assertIn(f"against release v1: {away} session{'s' if away != 1 else ''} away from their "
                          f"released place ({len(counted(ev)) - len(before)} before this run; {back} moved back)",
                          p.stdout)
            # No such release: a usage error naming the releases there are.
            p = clitest.run("schedule", ev, "-o", since, "--repair", "--since", "v9", check_exit=2)
            self.assertIn("no release 'v9'", p.stderr)
            self.assertIn("its releases: v1", p.stderr)

    def test_without_repair_placed_sessions_stay(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = generate(tmp, "p.yaml", "--sessions", 150, "--perturb", 10, "--unscheduled", 0.3, "--seed", 23)
            out = pathlib.Path(tmp) / "out.yaml"
            clitest.run("schedule", src, "-o", out, check_exit=None)
            old, new = sessions(src), sessions(out)
            for i, s in old.items():
                if "room" in s:
                    self.assertEqual((s["start"], s["room"]), (new[i]["start"], new[i]["room"]))
                else:
                    self.assertIn("room", new[i])

    def test_infeasible_sessions_are_explained_and_left_unscheduled(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = pathlib.Path(tmp) / "small.yaml"
            src.write_text(SMALL, encoding="utf-8")
            out = pathlib.Path(tmp) / "out.yaml"
            p = clitest.run("schedule", src, "-o", out, check_exit=1)
            self.assertIn("huge: 'huge' (Huge) expects 400 people; the largest room seats 100", p.stdout)
            placed = sessions(out)
            self.assertNotIn("start", placed["huge"])
            self.assertEqual(placed["opening"]["room"], "ballroom")
            self.assertGreaterEqual(placed["talk"]["start"], "2025-02-10 10:00")
            self.assertEqual(hard_conflicts(out), [])

    def test_standard_output_gets_the_file_and_standard_error_the_report(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = pathlib.Path(tmp) / "small.yaml"
            src.write_text(SMALL.replace("  - {id: huge, title: Huge, duration: 1h, expected_attendance: 400}\n", ""),
                           encoding="utf-8")
            p = clitest.run("schedule", src, "-o", "-")
            self.assertIn("placed 2 of 2", p.stderr)
            self.assertEqual(clitest.load_yaml(p.stdout)["event"]["id"], "small")

    def test_the_paris_event_gets_its_one_unscheduled_session_placed(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = pathlib.Path(tmp) / "paris.yaml"
            clitest.run("schedule", PARIS, "-o", out, "--repair")
            added = [l for l in difflib.unified_diff(PARIS.read_text().splitlines(), out.read_text().splitlines(), n=0)
                     if l[:1] in "+-" and not l.startswith(("+++", "---"))]
            self.assertEqual(len(added), 3, added)
            self.assertEqual(hard_conflicts(out), [])

    def test_bad_usage_and_files_with_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            clitest.run("schedule", PARIS, check_exit=2)  # no -o
            clitest.run("schedule", pathlib.Path(tmp) / "missing.yaml", "-o", pathlib.Path(tmp) / "o.yaml", check_exit=2)
            clitest.run("schedule", PARIS, "-o", pathlib.Path(tmp) / "o.yaml", "--time-limit", "-1", check_exit=2)
            bad = pathlib.Path(tmp) / "bad.yaml"
            bad.write_text(SMALL.replace("Europe/Paris", "Europe/Pariss"), encoding="utf-8")
            p = clitest.run("schedule", bad, "-o", pathlib.Path(tmp) / "o.yaml", check_exit=1)
            self.assertIn("unknown time zone", p.stderr)
            self.assertFalse((pathlib.Path(tmp) / "o.yaml").exists())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--shared", required=True)
    args, rest = parser.parse_known_args()
    clitest.CLI = os.path.abspath(args.cli)
    SHARED = pathlib.Path(args.shared).resolve()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
