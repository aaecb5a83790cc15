#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Imports that never lose a session (issue 12), end to end:

- every hand-made layout of tests/data/import imports with the sessions, instants, rooms and
  warnings it should;
- for every fixture and every real schedule of ../shared/data: the sessions the source holds
  (counted here, in Python, without Summitry) = the sessions written + the sessions reported as
  skipped, and the summary line says so;
- the round trip import -> check -> export frab and json -> validate (xmllint against the XSD,
  python3-jsonschema with RFC 3986 URIs) -> import frab again gives the same sessions at the same
  UTC instants.

    test_import_counts.py --cli build/src/cli/summitry-cli --shared ../shared
"""
import argparse
import datetime as dt
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zoneinfo

import jsonschema

import clitest  # noqa: E402  (tests/cli/, beside this script)

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "import"
SHARED = None
UTC = dt.timezone.utc


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit)


# --- counting the sessions of a source, without Summitry -----------------------------------

def xml_events(path):
    """Every <event> element, wherever it stands."""
    return sum(1 for e in ET.parse(path).getroot().iter() if e.tag == "event")


def json_events(path):
    """Every event of every room of every day, and schedule 2's flat list of events."""
    schedule = json.loads(path.read_text(encoding="utf-8"))["schedule"]
    conf = schedule["conference"]
    return len(schedule.get("events", [])) + sum(
        len(events) for day in conf.get("days", []) for events in day.get("rooms", {}).values()
        if isinstance(events, list))


def ics_events(path):
    """BEGIN:VEVENT lines, unfolded."""
    text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    text = re.sub(r"\n[ \t]", "", text)
    return sum(1 for line in text.split("\n") if line.strip().upper() == "BEGIN:VEVENT")


def indico_contributions(path):
    """The contributions of every event of an Indico export, and of its sessions' blocks; 0 for
    what is not JSON."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return 0
    events = doc.get("results", [doc]) if isinstance(doc, dict) else []
    found = {}  # id() -> object: each contribution once, however it is reached

    def walk(value):
        if isinstance(value, dict):
            if value.get("_type") == "Contribution":
                found[id(value)] = value
            for k, v in value.items():
                if k == "contributions" and isinstance(v, list):
                    found.update((id(c), c) for c in v)
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk([e for e in events if isinstance(e, dict)] if isinstance(events, list) else [])
    return len(found)


def importer_of(path):
    if path.suffix == ".xml":
        return "frab", xml_events
    if path.suffix == ".ics":
        return "ics", ics_events
    if path.name.startswith("indico-"):
        return "indico", indico_contributions
    return "json", json_events


def importable():
    """(format, path, counter) of every fixture and every real schedule Summitry imports."""
    files = sorted(FIXTURES.glob("*.xml")) + sorted(FIXTURES.glob("*.json"))
    files += sorted(FIXTURES.glob("*.ics"))
    data = pathlib.Path(SHARED) / "data"
    files += sorted(data.glob("frab/*.xml")) + sorted(data.glob("c3voc-json/*.json"))
    files += sorted(data.glob("ical/*.ics"))
    return [(*importer_of(f)[:1], f, importer_of(f)[1]) for f in files]


# --- reading an event file, without Summitry ------------------------------------------------

DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)(?:min|m)?)?$")


def seconds(text):
    m = DURATION.match(text)
    assert m and text, f"not a duration: {text!r}"
    h, rest = m.groups()
    if h is not None:
        return int(h) * 3600 + int(rest or 0) * 60
    return int(rest) * 60


def instant(text, zone):
    """A start as the event file writes it: local time in `zone`, or with its offset."""
    t = dt.datetime.fromisoformat(text.replace(" ", "T"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=zone)
    return t.astimezone(UTC)


def sessions_of(path):
    """id -> (UTC start or None, seconds or None, room id, title, status) of an event file."""
    doc = clitest.load_yaml(path.read_text(encoding="utf-8"), strings_only=True)
    zone = zoneinfo.ZoneInfo(doc["event"]["timezone"])
    out = {}
    for s in doc.get("sessions", []):
        title = s["title"] if isinstance(s["title"], str) else next(iter(s["title"].values()))
        start = instant(s["start"], zone) if "start" in s else None
        out[s["id"]] = (start, seconds(s["duration"]) if "duration" in s else None,
                        s.get("room"), title, s.get("status", "confirmed"))
    return doc, out


# --- RFC 3986, for the JSON schema's "uri" format ---------------------------------------------

_U = r"[A-Za-z0-9\-._~]"
_P = r"%[0-9A-Fa-f]{2}"
_S = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_U}|{_P}|{_S}|[:@])"
_AUTHORITY = rf"(?:(?:{_U}|{_P}|{_S}|:)*@)?(?:\[[0-9A-Fa-f:.vV]+\]|(?:{_U}|{_P}|{_S})*)(?::[0-9]*)?"
_HIER = rf"(?://{_AUTHORITY}(?:/{_PCHAR}*)*|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?|{_PCHAR}+(?:/{_PCHAR}*)*|)"
URI = re.compile(rf"[A-Za-z][A-Za-z0-9+\-.]*:{_HIER}(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?")


def format_checker():
    checker = jsonschema.FormatChecker()

    @checker.checks("uri")
    def is_uri(value):
        return URI.fullmatch(value) is not None

    @checker.checks("uuid", raises=ValueError)
    def is_uuid(value):
        return bool(re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", value))

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        ok = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value)
        return bool(ok) and bool(dt.datetime.fromisoformat(value))

    @checker.checks("date", raises=ValueError)
    def is_date(value):
        return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)) and bool(dt.date.fromisoformat(value))

    return checker


class Layouts(unittest.TestCase):
    """Each hand-made layout, session by session."""

    def imported(self, fmt, name):
        d = pathlib.Path(self.tmp.name)
        out = d / (name + ".yaml")
        p = run("import", fmt, FIXTURES / name, "-o", out)
        return p.stderr, *sessions_of(out)

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def utc(self, text):
        return dt.datetime.fromisoformat(text).astimezone(UTC)

    def test_pentabarf_events_directly_under_their_day(self):
        err, doc, s = self.imported("frab", "pentabarf-day-event.xml")
        self.assertTrue(err.endswith("pentabarf-day-event.xml: imported 4 of 4 sessions\n"), err)
        self.assertIn("[missing-timezone]", err)  # no <time_zone_name>: read as UTC, and said
        self.assertEqual(doc["event"]["timezone"], "UTC")
        # <start> with and without seconds; durations 00:25, 0:45, 01:00:00, 00:50.
        self.assertEqual(s["welcome-to-the-meeting"][:3], (self.utc("2009-02-07T09:30Z"), 25 * 60, "janson"))
        self.assertEqual(s["the-state-of-the-kernel"][:3], (self.utc("2009-02-07T10:00Z"), 45 * 60, "janson"))
        # 01:30, before day_change 09:00, listed under 7 February: the night after it.
        self.assertEqual(s["late-night-hacking"][:3], (self.utc("2009-02-08T01:30Z"), 3600, "h-1302"))
        self.assertEqual(s["matrix-for-developer-rooms"][:3], (self.utc("2009-02-08T11:00Z"), 50 * 60, "chavanne"))
        sessions = {x["id"]: x for x in doc["sessions"]}
        self.assertEqual(sessions["the-state-of-the-kernel"]["speakers"], ["linus-example", "greg-sample"])
        self.assertEqual(sessions["matrix-for-developer-rooms"]["speakers"], ["ada-organiser"])  # one Ada
        self.assertEqual(sessions["welcome-to-the-meeting"]["tags"], ["Podium", "welcome"])
        self.assertNotIn("kind", sessions["welcome-to-the-meeting"])  # "Podium": a talk
        self.assertIn("x-attachments", sessions["the-state-of-the-kernel"])
        # Addresses the schemas refuse are repaired, and the repair is said.
        self.assertEqual(sessions["welcome-to-the-meeting"]["url"], "http://www.example.org/welcome")
        self.assertEqual(sessions["matrix-for-developer-rooms"]["url"],
                         "https://chat.example.org/#/room/%23devroom:example.org")
        self.assertEqual(err.count("is imported as http"), 2)

    def test_events_in_unknown_wrappers_are_found_and_named(self):
        err, doc, s = self.imported("frab", "unknown-wrapper.xml")
        self.assertTrue(err.endswith("unknown-wrapper.xml: imported 5 of 5 sessions\n"), err)
        wrappers = re.findall(r"stands? inside <(\w+)>.*\[unknown-element\]", err)
        self.assertEqual(wrappers, ["slot", "track", "extra"])
        self.assertEqual(s["opening"][:3], (self.utc("2024-10-26T08:00Z"), 1800, "main-hall"))
        self.assertEqual(s["hidden-talk"][:3], (self.utc("2024-10-26T08:30Z"), 2700, "main-hall"))
        # No <date>: the day's date and <start>, after the clocks went back (+01:00).
        self.assertEqual(s["workshop"][:3], (self.utc("2024-10-27T08:00Z"), 7200, "lab"))
        self.assertEqual(s["closing"][:3], (self.utc("2024-10-27T15:00Z"), 1200, "main-hall"))
        # Neither a day nor a date: kept, unscheduled, and said.
        self.assertIsNone(s["undated"][0])
        self.assertIn("has no date and time; it is imported unscheduled", err)
        self.assertEqual(doc["event"]["x-version"], "wrapped-1")

    def test_c3voc_json_as_found_in_the_wild(self):
        err, doc, s = self.imported("json", "c3voc-wild.json")
        self.assertTrue(err.endswith("c3voc-wild.json: imported 4 of 4 sessions\n"), err)
        self.assertNotIn("error", err)
        # Ids as numbers and as numeric strings are ids; one that is neither is said once.
        self.assertEqual(err.count("neither a number nor a numeric string"), 1)
        self.assertEqual(s["opening"][:3], (self.utc("2025-12-27T10:00Z"), 2400, "saal-1"))
        self.assertEqual(s["id-as-numeric-string"][:3], (self.utc("2025-12-27T11:00Z"), 3600, "saal-1"))
        # "saal 1" is "Saal 1": one room, said once.
        self.assertEqual(s["no-guid-a-text-id-a-room-spelt-in-lower-case"][:3],
                         (self.utc("2025-12-27T22:30Z"), 2700, "saal-1"))
        self.assertEqual(err.count("[room-case]"), 1)
        self.assertEqual([r["id"] for r in doc["venues"][0]["rooms"]], ["saal-1", "saal-glitch"])
        self.assertEqual(s["after-midnight"][:3], (self.utc("2025-12-29T00:15Z"), 5400, "saal-glitch"))
        # Persons as objects and as strings, merged by name where one has no id.
        self.assertEqual([p["name"] for p in doc["people"]],
                         ["Erika Mustermann", "Max Mustermann", "DJ Example"])
        self.assertEqual(doc["event"]["x-version"], 'Fahrplan 1.2.3 "final"')


    def test_c3voc_schedule_2_one_flat_list_of_events(self):
        err, doc, s = self.imported("json", "c3voc-schedule2.json")
        self.assertTrue(err.endswith("c3voc-schedule2.json: imported 2 of 2 sessions\n"), err)
        self.assertEqual(s["opening"][:3], (self.utc("2025-12-27T09:30Z"), 1800, "saal-1"))
        # Its room named by guid only, in the conference's list of rooms.
        self.assertEqual(s["night-workshop"][:3], (self.utc("2025-12-28T00:00Z"), 5400, "stage-huff"))
        sessions = {x["id"]: x for x in doc["sessions"]}
        self.assertEqual(sessions["opening"]["speakers"], ["grete-beispiel"])
        self.assertEqual(sessions["opening"]["moderators"], ["mo-derator"])
        self.assertEqual(sessions["opening"]["track"], "art-beauty")  # by the track's slug
        self.assertEqual(sessions["opening"]["abstract"], "Willkommen.")  # in its language
        self.assertEqual(doc["event"]["languages"], ["de", "en"])
        self.assertEqual({t["id"]: t.get("color") for t in doc["tracks"]},
                         {"art-beauty": "#F9B000", "science": "#00A356"})
        self.assertEqual(doc["people"][0]["bio"], "Hacks things.")


    def test_a_calendar_in_utc_alone_says_so_and_credits_its_speakers(self):
        err, doc, s = self.imported("ics", "utc-only.ics")
        self.assertIn("utc-only.ics:1:1: warning: the calendar names no time zone", err)
        self.assertEqual(doc["event"]["timezone"], "UTC")
        self.assertEqual(s["1"][0], self.utc("2020-09-18T11:00Z"))
        sessions = {x["id"]: x for x in doc["sessions"]}
        self.assertEqual(sessions["1"]["speakers"], ["jakob-beispiel"])  # "von: Jakob Beispiel"
        self.assertNotIn("speakers", sessions["2"])  # an ATTENDEE is no speaker, and it is said
        self.assertIn("utc-only.ics:12:1: warning: 1 VEVENT names attendees (ATTENDEE)", err)

    def test_frab_2014_slugs_give_the_title_as_id(self):
        err, doc, s = self.imported("frab", "frab-2014.xml")
        self.assertTrue(err.endswith("frab-2014.xml: imported 2 of 2 sessions\n"), err)
        self.assertEqual(sorted(s), ["31c3-keynote", "31c3-opening-event"])
        self.assertEqual(s["31c3-opening-event"][0], self.utc("2014-12-27T10:00Z"))
        self.assertEqual(doc["event"]["timezone"], "Etc/GMT-1")  # the offsets, said
        self.assertIn("[missing-timezone]", err)

    def test_a_guid_from_the_source_survives_the_export(self):
        err, doc, s = self.imported("frab", "unknown-wrapper.xml")
        out = pathlib.Path(self.tmp.name) / "again.xml"
        run("export", "frab", pathlib.Path(self.tmp.name) / "unknown-wrapper.xml.yaml", "-o", out)
        guids = {e.findtext("title"): e.get("guid") for e in ET.parse(out).getroot().iter("event")}
        self.assertEqual(guids["Opening"], "4f8c0a3e-5a61-4c8b-9d7e-1f2a3b4c5d60")
        self.assertEqual(guids["Closing"], "4f8c0a3e-5a61-4c8b-9d7e-1f2a3b4c5d63")


class EveryFile(unittest.TestCase):
    """For every fixture and every real schedule, in one pass each: sessions in = sessions
    written + sessions reported skipped; then the round trip import -> check -> export frab and
    json (valid) -> import frab gives the same sessions at the same UTC instants."""

    @classmethod
    def setUpClass(cls):
        cls.schemas = pathlib.Path(SHARED) / "data" / "schemas"
        schema = json.loads((cls.schemas / "schedule.schema.json").read_text(encoding="utf-8"))
        cls.validator = jsonschema.Draft6Validator(schema, format_checker=format_checker())

    def test_every_file_accounts_for_every_session_and_survives_the_round_trip(self):
        refused = []
        with tempfile.TemporaryDirectory() as d:
            d = pathlib.Path(d)
            for fmt, src, count in importable():
                with self.subTest(file=src.name):
                    first = d / (src.name + ".yaml")
                    if not self.counts_add_up(fmt, src, count(src), first):
                        refused.append(src.name)
                        continue
                    self.round_trip(src, first, d)
        # Of every file here, only the deliberately invalid example and the broken Indico
        # exports are refused.
        self.assertEqual([r for r in refused if not r.startswith("indico-broken-")],
                         ["invalid-example.json"])
        self.assertEqual(len(refused), 1 + len(list(FIXTURES.glob("indico-broken-*.json"))))

    def counts_add_up(self, fmt, src, held, out):
        p = run("import", fmt, src, "-o", out, check_exit=None)
        *diagnostics, summary = p.stderr.splitlines()
        skipped = sum(1 for line in diagnostics if line.endswith("[session-skipped]"))
        noun = "session" if held == 1 else "sessions"
        self.assertNotIn("[import-count]", p.stderr)
        if p.returncode != 0:  # refused: nothing written, and said (a broken file's count is
            self.assertEqual(p.returncode, 1)  # Summitry's, which Python may read otherwise)
            self.assertFalse(out.exists())
            self.assertRegex(summary, rf"^{re.escape(str(src))}: imported 0 of \d+ sessions?: the file is refused$")
            return False
        written = len(sessions_of(out)[1])
        self.assertEqual(held, written + skipped)
        expected = f"{src}: imported {written} of {held} {noun}"
        if skipped:
            expected += f"; {skipped} skipped, each said above"
        self.assertEqual(summary, expected)
        return True

    def round_trip(self, src, first, d):
        check = json.loads(run("check", first, "--format", "json").stdout)
        self.assertEqual([c for c in check if c["severity"] == "error"], [])

        xml = d / (src.name + ".xml")
        p = run("export", "frab", first, "-o", xml)
        left_out = set()
        for line in p.stderr.splitlines():  # what the format cannot hold, each at its session
            self.assertRegex(line, r"^.+:\d+:\d+: warning: .+ \[export-(repaired|left-out)\]$")
            if m := re.search(r"session '([^']+)' lasts \d+ hours: it is left out", line):
                left_out.add(m.group(1))
        v = subprocess.run(["xmllint", "--noout", "--schema", self.schemas / "schedule.xml.xsd", xml],
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(v.returncode, 0, v.stderr[-3000:])
        js = d / (src.name + ".json")
        run("export", "json", first, "-o", js)
        doc = json.loads(js.read_text(encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in self.validator.iter_errors(doc)][:10]
        self.assertEqual(errors, [])

        second = d / (src.name + ".again.yaml")
        p = run("import", "frab", xml, "-o", second)
        self.assertNotIn("[session-skipped]", p.stderr)
        _, before = sessions_of(first)
        _, after = sessions_of(second)
        # A frab schedule holds the scheduled sessions that are not cancelled, but for those
        # the export named as left out.
        exported = {k: v for k, v in before.items()
                    if None not in v[:3] and v[4] != "cancelled" and k not in left_out}
        self.assertEqual(set(after), set(exported))
        same_words = lambda t: re.sub(r"[ \t\n]+", " ", t).strip(" ")  # frab titles are one line: runs of spaces fold
        for sid, (start, length, _, title, _) in exported.items():
            self.assertEqual(after[sid][0], start, sid)
            self.assertEqual(after[sid][1], length, sid)
            self.assertEqual(after[sid][3], same_words(title), sid)

    def test_skipped_vevents_are_named_at_their_lines(self):
        with tempfile.TemporaryDirectory() as d:
            src = pathlib.Path(d) / "hidden.ics"
            src.write_bytes(
                b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\n"
                b"BEGIN:VEVENT\r\nUID:in-a-zone\r\nEND:VEVENT\r\nEND:VTIMEZONE\r\n"
                b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:A\r\nDTSTART:20250210T100000Z\r\nDURATION:PT1H\r\n"
                b"END:VEVENT\r\nEND:VCALENDAR\r\nBEGIN:VFOO\r\nBEGIN:VEVENT\r\nUID:b\r\nEND:VEVENT\r\n"
                b"END:VFOO\r\n")
            p = run("import", "ics", src, "-o", pathlib.Path(d) / "hidden.yaml")
            skipped = re.findall(r":(\d+):1: warning: a VEVENT is not imported: (.+) \[session-skipped\]", p.stderr)
            self.assertEqual([int(line) for line, _ in skipped], [5, 17])
            self.assertIn("inside the VTIMEZONE of line 3", skipped[0][1])
            self.assertIn("inside BEGIN:VFOO (line 16)", skipped[1][1])
            self.assertTrue(p.stderr.endswith("imported 1 of 3 sessions; 2 skipped, each said above\n"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    args, rest = ap.parse_known_args()
    clitest.CLI = os.path.abspath(args.cli)
    SHARED = os.path.abspath(args.shared)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
