#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of `summitry-cli import ics` (issue 3, "Import"): every calendar of
../shared/data/ical becomes an event file with one session per VEVENT (counted here with
python3-icalendar where it can read the file, and by BEGIN:VEVENT lines), every diagnostic names
file:line:column, and `check` passes it with conflicts at most; what is not a calendar exits 1
and writes nothing; an export of a seed event imports back with its ids and times.

    test_import_ics.py --cli build/src/cli/summitry-cli --shared ../shared --source .
"""
import argparse
import pathlib
import re
import sys
import tempfile
import unittest

import icalendar

import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
SHARED = None
SOURCE = None

DIAGNOSTIC = re.compile(r"^.+:\d+:\d+: (warning|note): .+ \[[a-z-]+\]$")


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit)


def vevent_lines(path):
    return sum(1 for line in path.read_bytes().split(b"\n") if line.rstrip(b"\r") == b"BEGIN:VEVENT")


def vevents_by_icalendar(path):
    """python3-icalendar's count, or None when it cannot read the file."""
    try:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
    except Exception:  # noqa: BLE001 - a file it refuses is one Summitry must still read
        return None
    return len(cal.walk("VEVENT"))


class Import(unittest.TestCase):
    FILES = {"linux-conf-au-2020.ics": 262, "jres-2022.ics": 120,
             "icalendar-america_new_york.ics": 1,
             "icalendar-issue_722_timezone_transition_ambiguity.ics": 4,
             "icalendar-multiple_timezones.ics": 3, "icalendar-pacific_fiji.ics": 1,
             "icalendar-timezoned.ics": 1}

    def test_every_shared_calendar_imports_and_checks_without_errors(self):
        folder = pathlib.Path(SHARED) / "data" / "ical"
        names = sorted(p.name for p in folder.glob("*.ics"))
        self.assertEqual(names, sorted(self.FILES))
        with tempfile.TemporaryDirectory() as d:
            for name, sessions in self.FILES.items():
                src = folder / name
                out = pathlib.Path(d) / (src.stem + ".yaml")
                with self.subTest(file=name):
                    self.assertEqual(vevent_lines(src), sessions)
                    counted = vevents_by_icalendar(src)
                    if counted is not None:
                        self.assertEqual(counted, sessions)
                    p = run("import", "ics", src, "-o", out)
                    *diagnostics, summary = p.stderr.splitlines()
                    for line in diagnostics:
                        self.assertRegex(line, DIAGNOSTIC)
                    noun = "session" if sessions == 1 else "sessions"
                    self.assertEqual(summary, f"{src}: imported {sessions} of {sessions} {noun}")
                    doc = clitest.load_yaml(out.read_text(encoding="utf-8"))
                    self.assertEqual(len(doc["sessions"]), sessions)
                    self.assertEqual(len({s["id"] for s in doc["sessions"]}), sessions)
                    c = run("check", out)
                    self.assertNotIn(": error:", c.stdout + c.stderr)

    def test_jres_french_survives(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "jres.yaml"
            run("import", "ics", pathlib.Path(SHARED) / "data/ical/jres-2022.ics", "-o", out)
            text = out.read_text(encoding="utf-8")
            self.assertIn("Numérique : Enjeux géopolitiques", text)
            self.assertIn("systèmes d\u2019exploitation", text)
            self.assertNotIn("\ufffd", text)

    def test_what_is_not_a_calendar_exits_1_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as d:
            for name, data in [("empty.ics", b""), ("text.ics", b"hello\n"),
                               ("binary.ics", bytes(range(256)) * 4),
                               ("empty-calendar.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")]:
                with self.subTest(file=name):
                    src = pathlib.Path(d) / name
                    src.write_bytes(data)
                    out = pathlib.Path(d) / "out.yaml"
                    p = run("import", "ics", src, "-o", out, check_exit=1)
                    self.assertRegex(p.stderr, r":\d+:\d+: error: .+ \[[a-z-]+\]")
                    self.assertFalse(out.exists())

    def test_a_calendar_past_the_loaders_limits_is_refused_and_nothing_written(self):
        # 200,000 VEVENTs: the import wrote a file and exited 0, then `check` refused it
        # ("'sessions' holds 200000 items"). A part would lose sessions: refused whole. One past
        # the limit is enough to show it.
        event = ("BEGIN:VEVENT\r\nUID:e{n}@t\r\nDTSTART:20250301T100000Z\r\n"
                 "DTEND:20250301T110000Z\r\nSUMMARY:T{n}\r\nEND:VEVENT\r\n")
        text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                + "".join(event.format(n=n) for n in range(100_001)) + "END:VCALENDAR\r\n")
        with tempfile.TemporaryDirectory() as d:
            src = pathlib.Path(d) / "huge.ics"
            src.write_text(text, encoding="utf-8", newline="")
            out = pathlib.Path(d) / "out.yaml"
            p = run("import", "ics", src, "-o", out, check_exit=1)
            self.assertRegex(p.stderr, r"huge\.ics:\d+:\d+: error: the source holds 100001 sessions; "
                                       r"an event file holds at most 100000 .+ \[bad-value\]")
            self.assertIn("nothing was written", p.stderr)
            self.assertFalse(out.exists())

    def test_an_exported_seed_event_imports_back(self):
        seed = pathlib.Path(SOURCE) / "schedules" / "ai-for-growth-2025.yaml"
        with tempfile.TemporaryDirectory() as d:
            ics = pathlib.Path(d) / "seed.ics"
            out = pathlib.Path(d) / "back.yaml"
            run("export", "ics", seed, "-o", ics, "--include-private")
            run("import", "ics", ics, "-o", out)
            original = clitest.load_yaml(seed.read_text(encoding="utf-8"))
            back = clitest.load_yaml(out.read_text(encoding="utf-8"))
            self.assertEqual(back["event"]["id"], original["event"]["id"])
            scheduled = {s["id"] for s in original["sessions"] if "start" in s and "room" in s}
            self.assertEqual({s["id"] for s in back["sessions"]}, scheduled)
            run("check", out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--source", required=True)
    args, rest = ap.parse_known_args()
    CLI, SHARED, SOURCE = args.cli, args.shared, args.source
    clitest.CLI = CLI
    unittest.main(argv=[sys.argv[0], *rest])
