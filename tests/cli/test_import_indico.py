#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of `summitry-cli import indico` (issue 12): each Indico export of
tests/data/import imports with "imported N of N sessions", every session at the UTC instant its
own {date, time, tz} names (computed here with zoneinfo, without Summitry), in its room, in a room
named after its location, or in none; speakers and authors are people with their affiliations;
keywords are tags; `check` finds no error; export frab validates against schedule.xml.xsd and
imports back with the same sessions at the same instants. What is not an Indico event export
exits 1 with an error at file:line:column and writes nothing.

    test_import_indico.py --cli build/src/cli/summitry-cli --shared ../shared --source .
"""
import argparse
import datetime
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest
import zoneinfo


import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
SHARED = None
DATA = None

DIAGNOSTIC = re.compile(r"^.+:\d+:\d+: (warning|note): .+ \[[a-z-]+\]$")
UTC = datetime.timezone.utc


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit)


def contributions(doc):
    """The contributions of an export, found as Indico's own shapes hold them."""
    event = doc["results"][0] if "results" in doc else doc
    found = list(event.get("contributions") or [])
    for block in event.get("sessions") or []:
        found += block.get("contributions") or []
    return found


def instant(stamp):
    """An Indico date {date, time, tz} as an aware UTC datetime, by zoneinfo."""
    local = datetime.datetime.fromisoformat(f"{stamp['date']}T{stamp['time']}")
    return local.replace(tzinfo=zoneinfo.ZoneInfo(stamp["tz"])).astimezone(UTC)


def parse_duration(text):
    """Summitry's durations as the writer writes them: 45min, 1h, 1h30."""
    m = re.fullmatch(r"(?:(\d+)h)?(\d+)?(?:min)?", str(text))
    assert m, text
    return datetime.timedelta(hours=int(m.group(1) or 0), minutes=int(m.group(2) or 0))


class Written:
    """An imported event file, read with PyYAML."""

    def __init__(self, path):
        self.doc = clitest.load_yaml(path.read_text(encoding="utf-8"))
        self.zone = zoneinfo.ZoneInfo(self.doc["event"]["timezone"])
        self.rooms = {r["id"]: r["name"] for v in self.doc.get("venues", []) for r in v.get("rooms", [])}
        self.people = {p["id"]: p for p in self.doc.get("people", [])}
        self.orgs = {o["id"]: o["name"] for o in self.doc.get("organizations", [])}
        self.tracks = {t["id"]: t for t in self.doc.get("tracks", [])}
        self.by_title = {}
        for s in self.doc["sessions"]:
            self.by_title.setdefault(s["title"], []).append(s)

    def session(self, title):
        found = self.by_title.get(title, [])
        assert len(found) == 1, (title, found)
        return found[0]

    def start(self, s):
        if "start" not in s:
            return None
        text = str(s["start"])
        local = datetime.datetime.fromisoformat(text.replace(" ", "T"))
        if local.tzinfo is None:
            local = local.replace(tzinfo=self.zone)
        return local.astimezone(UTC)

    def room(self, s):
        return self.rooms.get(s.get("room"))

    def person(self, pid):
        p = self.people[pid]
        return p["name"], self.orgs.get(p.get("affiliation"))


class Import(unittest.TestCase):
    GOOD = {"indico-contributions.json": 5, "indico-sessions.json": 5,
            "indico-legacy-sessions.json": 2, "indico-repairs.json": 6}

    def imported(self, name, d):
        src = pathlib.Path(DATA) / name
        out = pathlib.Path(d) / (src.stem + ".yaml")
        p = run("import", "indico", src, "-o", out)
        *diagnostics, summary = p.stderr.splitlines()
        n = self.GOOD[name]
        self.assertEqual(summary, f"{src}: imported {n} of {n} sessions")
        for line in diagnostics:
            self.assertRegex(line, DIAGNOSTIC)
        return src, out, p.stderr

    def test_every_contribution_at_the_instant_its_tz_names(self):
        with tempfile.TemporaryDirectory() as d:
            for name in ["indico-contributions.json", "indico-sessions.json", "indico-legacy-sessions.json"]:
                with self.subTest(file=name):
                    src, out, _ = self.imported(name, d)
                    doc = json.loads(src.read_text(encoding="utf-8"))
                    written = Written(out)
                    self.assertEqual(written.doc["event"]["timezone"], doc["results"][0]["timezone"])
                    contribs = contributions(doc)
                    self.assertEqual(len(contribs), self.GOOD[name])
                    self.assertEqual(len(written.doc["sessions"]), len(contribs))
                    for c in contribs:
                        s = written.session(c["title"])
                        if c.get("startDate"):
                            self.assertEqual(written.start(s), instant(c["startDate"]), c["title"])
                            end = instant(c["endDate"])
                            self.assertEqual(parse_duration(s["duration"]), end - instant(c["startDate"]))
                        else:
                            self.assertNotIn("start", s)
                            self.assertEqual(parse_duration(s["duration"]),
                                             datetime.timedelta(minutes=c["duration"]))
                        room = c.get("roomFullname") or c.get("room") or c.get("location") or None
                        self.assertEqual(written.room(s), room, c["title"])
                        speakers = [p["first_name"] + " " + p["last_name"] if p.get("first_name") else p["fullName"]
                                    for p in c.get("speakers", [])]
                        for sub in c.get("subContributions", []):
                            speakers += [p["first_name"] + " " + p["last_name"] for p in sub["speakers"]]
                        self.assertEqual([written.person(p)[0] for p in s.get("speakers", [])], speakers)
                        for p in c.get("speakers", []) + c.get("primaryauthors", []) + c.get("coauthors", []):
                            name_ = p["first_name"] + " " + p["last_name"] if p.get("first_name") else p["fullName"]
                            matches = [pid for pid, q in written.people.items() if q["name"] == name_]
                            self.assertEqual(len(matches), 1, name_)  # merged by name
                            self.assertEqual(written.person(matches[0])[1], p["affiliation"] or None)
                        for word in c.get("keywords") or []:
                            self.assertIn(word, s.get("tags", []))
                        self.assertEqual(s.get("url"), c.get("url"))
                    c = run("check", out, "--format", "json")
                    self.assertEqual([x for x in json.loads(c.stdout) if x["severity"] == "error"], [])

    def test_rooms_people_and_tags_of_the_contributions_export(self):
        with tempfile.TemporaryDirectory() as d:
            _, out, stderr = self.imported("indico-contributions.json", d)
            w = Written(out)
            self.assertEqual(w.room(w.session("Poster walk")), "CERN")  # named after the location
            self.assertNotIn("room", w.session("Remote summary from the satellite meeting"))
            self.assertEqual(stderr.count("[no-room]"), 2)
            self.assertIn("placed in a room named after its location", stderr)
            self.assertIn("imported in no room", stderr)
            self.assertIn("has no date and time; it is imported unscheduled", stderr)
            tracker = w.session("Silicon tracker upgrade")
            self.assertEqual(tracker["id"], "trk-01")
            self.assertEqual(tracker["x-authors"], ["ana-silva", "kim-park"])
            self.assertEqual(tracker["x-coauthors"], ["lee-wong"])
            self.assertEqual(tracker["tags"], ["Talk", "silicon", "tracking"])
            self.assertEqual(w.tracks[tracker["track"]]["name"], "Tracking detectors")
            self.assertEqual(w.person("kim-park"), ("Kim Park", "CERN"))
            self.assertEqual(sorted(p["name"] for p in w.doc["people"]),
                             ["Ana Silva", "Kim Park", "Lee Wong", "Okafor, Chidi"])

    def test_sessions_export_gives_coloured_tracks(self):
        with tempfile.TemporaryDirectory() as d:
            _, out, _ = self.imported("indico-sessions.json", d)
            w = Written(out)
            colours = {t["name"]: t.get("color") for t in w.tracks.values()}
            self.assertEqual(colours["Plenary"], "#92b6db")
            self.assertEqual(colours["Parallel: Detectors"], "#e0c68f")
            self.assertEqual(w.tracks[w.session("Amplitudes")["track"]]["name"], "Theory")

    def test_repairs_are_warnings_at_their_place(self):
        with tempfile.TemporaryDirectory() as d:
            src, _, stderr = self.imported("indico-repairs.json", d)
            for rule, line in [("wrong-type", 14), ("unknown-timezone", 16), ("bad-range", 20),
                               ("nonexistent-time", 23), ("affiliation-differs", 30),
                               ("misplaced-contribution", 32)]:
                self.assertRegex(stderr, rf"{re.escape(str(src))}:{line}:\d+: warning: .+ \[{rule}\]")

    def test_round_trip_through_frab_keeps_sessions_and_instants(self):
        xsd = pathlib.Path(SHARED) / "data" / "schemas" / "schedule.xml.xsd"
        with tempfile.TemporaryDirectory() as d:
            for name in self.GOOD:
                with self.subTest(file=name):
                    _, out, _ = self.imported(name, d)
                    xml = pathlib.Path(d) / (out.stem + ".xml")
                    back = pathlib.Path(d) / (out.stem + ".back.yaml")
                    run("export", "frab", out, "-o", xml)
                    v = subprocess.run(["xmllint", "--noout", "--schema", str(xsd), str(xml)],
                                       capture_output=True, text=True)
                    self.assertEqual(v.returncode, 0, v.stderr)
                    run("import", "frab", xml, "-o", back)
                    first, second = Written(out), Written(back)
                    # frab holds scheduled sessions only: those with a start and a room.
                    scheduled = {(s["title"], first.start(s), first.room(s)) for s in first.doc["sessions"]
                                 if "start" in s and "room" in s}
                    self.assertTrue(scheduled)
                    again = {(s["title"], second.start(s), second.room(s)) for s in second.doc["sessions"]}
                    self.assertEqual(again, scheduled)

    def test_what_is_not_an_indico_event_export_exits_1_and_writes_nothing(self):
        cases = {"indico-broken-truncated.json": (9, 0), "indico-broken-detail-events.json": (7, 0),
                 "indico-broken-two-events.json": (2, 2), "indico-broken-timetable.json": (8, 0),
                 "indico-broken-duplicate-key.json": (7, 2), "indico-broken-not-indico.json": (1, 0)}
        with tempfile.TemporaryDirectory() as d:
            for name, (line, held) in cases.items():
                with self.subTest(file=name):
                    src = pathlib.Path(DATA) / name
                    out = pathlib.Path(d) / "out.yaml"
                    p = run("import", "indico", src, "-o", out, check_exit=1)
                    self.assertRegex(p.stderr, rf"{re.escape(str(src))}:{line}:\d+: error: .+ \[[a-z-]+\]")
                    noun = "session" if held == 1 else "sessions"
                    self.assertEqual(p.stderr.splitlines()[-1],
                                     f"{src}: imported 0 of {held} {noun}: the file is refused")
                    self.assertFalse(out.exists())

    def test_help_names_the_format(self):
        p = run("import", "--help")
        self.assertIn("indico", p.stdout)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--source", required=True)
    args, rest = ap.parse_known_args()
    CLI = str(pathlib.Path(args.cli).resolve())
    clitest.CLI = CLI
    SHARED = str(pathlib.Path(args.shared).resolve())
    DATA = str(pathlib.Path(args.source).resolve() / "tests" / "data" / "import")
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
