#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of `summitry-cli export frab` and `export json` (issue 3): the files
validate against the c3voc schemas (xmllint for the XSD, python3-jsonschema for the JSON
Schema), hold every scheduled public session once, at the agenda's instants, under the guid
Summitry promises.

    test_exports.py --cli build/src/cli/summitry-cli --shared ../shared
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
import urllib.parse
import uuid
import xml.etree.ElementTree as ET

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
BERLIN = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
# util/uuid.h: uuid5(NAMESPACE_URL, "https://summitry.invalid/ns/guid"), fixed for ever.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://summitry.invalid/ns/guid")
import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
SHARED = None
SCHEMAS = None


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit)


def instant(text):
    t = dt.datetime.fromisoformat(text)
    assert t.tzinfo is not None, f"{text} has no offset"
    return t.astimezone(dt.timezone.utc)


def minutes(hhmm):
    h, m = hhmm.split(":")[:2]
    return int(h) * 60 + int(m)


def format_checker():
    """The formats the schema names, checked even where jsonschema would need packages Debian's
    python3 does not have (rfc3987, rfc3339-validator)."""
    checker = jsonschema.FormatChecker()

    @checker.checks("uuid", raises=ValueError)
    def is_uuid(value):
        return str(uuid.UUID(value)) == value.lower()

    @checker.checks("date", raises=ValueError)
    def is_date(value):
        return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value)) and bool(dt.date.fromisoformat(value))

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        # RFC 3339: seconds and an offset are required.
        ok = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value)
        return bool(ok) and bool(dt.datetime.fromisoformat(value))

    @checker.checks("uri")
    def is_uri(value):
        parts = urllib.parse.urlsplit(value)
        return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", parts.scheme)) and " " not in value

    @checker.checks("color")
    def is_color(value):
        return bool(re.fullmatch(r"#[0-9a-fA-F]{6}", value))

    return checker


class Exports(unittest.TestCase):
    tmp = None
    generated = None
    count = 0  # exports written, to name their files

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = pathlib.Path(cls.tmp.name)
        cls.generated = cls.dir / "generated.yaml"
        subprocess.run(["/usr/bin/python3", SHARED / "bench" / "gen_event.py", "--sessions", "300",
                        "--seed", "4", "-o", cls.generated],
                       check=True, capture_output=True, timeout=120)
        schema = json.loads(SCHEMAS.joinpath("schedule.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft6Validator.check_schema(schema)
        cls.validator = jsonschema.Draft6Validator(schema, format_checker=format_checker())

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def export(self, fmt, event, *args):
        Exports.count += 1
        suffix = "xml" if fmt == "frab" else "json"
        out = self.dir / f"{pathlib.Path(event).stem}-{Exports.count}.{suffix}"
        run("export", fmt, event, "-o", out, *args)
        return out

    def assert_xml_valid(self, path):
        p = subprocess.run(["xmllint", "--noout", "--schema", SCHEMAS / "schedule.xml.xsd", path],
                           capture_output=True, text=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)

    def assert_json_valid(self, path):
        doc = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in self.validator.iter_errors(doc)]
        self.assertEqual(errors, [], path)
        return doc

    def frab_sessions(self, path):
        """guid -> (id, date, start, duration, room, day index, day date, title) of the XML."""
        root = ET.parse(path).getroot()
        out = {}
        for day in root.iter("day"):
            for room in day.iter("room"):
                for e in room.iter("event"):
                    self.assertNotIn(e.get("guid"), out)
                    self.assertEqual(e.findtext("room"), room.get("name"))
                    out[e.get("guid")] = (int(e.get("id")), e.findtext("date"),
                                          e.findtext("start"), e.findtext("duration"),
                                          e.findtext("room"), int(day.get("index")),
                                          day.get("date"), e.findtext("title"))
        return root, out

    def json_sessions(self, doc):
        """The same, from the JSON."""
        out = {}
        for day in doc["schedule"]["conference"]["days"]:
            for room, events in day["rooms"].items():
                for e in events:
                    self.assertNotIn(e["guid"], out)
                    self.assertEqual(e["room"], room)
                    out[e["guid"]] = (e["id"], e["date"], e["start"], e["duration"], e["room"],
                                      day["index"], day["date"], e["title"])
        return out

    def agenda(self, event, *args):
        doc = json.loads(run("agenda", event, "--format", "json", *args).stdout)
        return [s for d in doc["days"] for s in d["sessions"] if s["status"] != "cancelled"]

    def check_event(self, event, *args):
        """Both exports of `event` validate, agree with each other and with the agenda."""
        xml_path = self.export("frab", event, *args)
        json_path = self.export("json", event, *args)
        self.assert_xml_valid(xml_path)
        doc = self.assert_json_valid(json_path)
        root, xml = self.frab_sessions(xml_path)
        js = self.json_sessions(doc)
        self.assertEqual(xml, js, "the XML and the JSON say the same")
        self.assertEqual(root.findtext("version"), doc["schedule"]["version"])

        written = clitest.load_yaml(pathlib.Path(event).read_text(encoding="utf-8"))
        event_id = str(written["event"]["id"])
        acronym = event_id.replace("-", "_").ljust(4, "_")
        self.assertEqual(doc["schedule"]["conference"]["acronym"], acronym)
        agenda = self.agenda(event, *args)
        self.assertEqual(len(xml), len(agenda), "every scheduled session, cancelled ones aside")
        self.assertGreater(len(agenda), 0)
        day_index = {d["date"]: d["index"] for d in doc["schedule"]["conference"]["days"]}
        for s in agenda:
            with self.subTest(session=s["id"]):
                guid = str(uuid.uuid5(NAMESPACE, f"{event_id}/{s['id']}"))
                self.assertIn(guid, xml, "guid = uuid5(namespace, event id/session id)")
                numeric, date, start, duration, room, index, day, title = xml[guid]
                self.assertEqual(instant(date), instant(s["start"]))
                end = instant(date) + dt.timedelta(minutes=minutes(duration))
                self.assertEqual(end, instant(s["end"]))
                self.assertEqual(start, s["start"][11:16], "start is the local clock time")
                self.assertEqual(day, s["day"], "listed under its programme day")
                self.assertEqual(index, day_index[s["day"]])
                # Control characters XML cannot hold are left out of both files.
                self.assertEqual(title, re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s["title"]))
                self.assertTrue(room.startswith(s["room"]["name"]), (room, s["room"]))
                self.assertTrue(1_000_000 <= numeric < 2**31)
        ids = [v[0] for v in xml.values()]
        self.assertEqual(len(set(ids)), len(ids))
        return doc, xml

    def test_seed_events(self):
        for event in (PARIS, BERLIN):
            with self.subTest(event=event.name):
                doc, xml = self.check_event(event)
                text = json.dumps(doc, ensure_ascii=False) + ET.tostring(
                    ET.parse(self.export("frab", event)).getroot(), encoding="unicode")
                for private in ("ministerial-roundtable", "Closed-door", "digital-ministers-meeting",
                                "leaders-working-lunch", "Working lunch of"):
                    self.assertNotIn(private, text, "private sessions stay out")

    def test_seed_events_in_another_language_and_filtered(self):
        self.check_event(PARIS, "--lang", "fr")
        self.check_event(BERLIN, "--lang", "de", "--track", "partnerships")
        self.check_event(PARIS, "--person", "menna-rawlings", "--include-private")
        self.check_event(PARIS, "--room", "residence/salons")

    def test_generated_event(self):
        # 300 sessions over three days across the spring DST change, in two venues.
        doc, xml = self.check_event(self.generated)
        self.assertGreater(len(xml), 250)
        offsets = {d["day_start"][-6:] for d in doc["schedule"]["conference"]["days"]}
        self.assertEqual(offsets, {"+01:00", "+02:00"}, "days before and after the DST change")

    def test_guids_do_not_change_when_the_file_is_reordered(self):
        text = self.generated.read_text(encoding="utf-8")
        head, sessions = text.split("\nsessions:\n")
        items = re.split(r"\n(?=  - id: )", sessions.rstrip("\n"))
        self.assertGreater(len(items), 250)
        reordered = self.dir / "reordered.yaml"
        reordered.write_text(head + "\nsessions:\n" + "\n".join(reversed(items)) + "\n",
                             encoding="utf-8")
        first = self.frab_sessions(self.export("frab", self.generated))[1]
        again = self.frab_sessions(self.export("frab", reordered))[1]
        self.assertEqual(first, again)

    def test_awkward_names_still_validate(self):
        # Ids too short for the schemas' patterns, ids ending in '-', room names shared across
        # venues, a zone name the JSON pattern refuses, a reception past midnight, a relative url,
        # text the XML cannot hold as such, a cancelled session (left out).
        path = self.dir / "awkward.yaml"
        path.write_text("""summitry: 1
event: {id: ab, title: "A & B <test>", timezone: US/Eastern, start_date: 2025-06-02,
        end_date: 2025-06-03, website: "https://ab.example.org/"}
people: [{id: p, name: "Zoë \\"Z\\" O'Hara"}]
venues:
  - {id: n, name: North, rooms: [{id: r, name: Hall}]}
  - {id: s, name: South, rooms: [{id: r, name: Hall}]}
tracks: [{id: t, name: T}, {id: long-track-, name: Long, color: "#AABBCC"}]
sessions:
  - {id: a, title: "Bell \\a and \\x01 tab\\there", room: n/r, track: t,
     start: 2025-06-02 23:30, duration: 90min, speakers: [p], url: talks/a.html}
  - {id: b-, title: B, room: s/r, track: long-track-, start: 2025-06-03 00:15, duration: 45min,
     url: "https://ab.example.org/b?x=1&y=2"}
  - {id: gone, title: Gone, room: n/r, start: 2025-06-03 10:00, duration: 30min, status: cancelled}
""", encoding="utf-8")
        run("check", path)
        doc, xml = self.check_event(path)
        conf = doc["schedule"]["conference"]
        self.assertEqual(conf["acronym"], "ab__")
        self.assertNotIn("time_zone_name", conf)
        self.assertEqual(sorted(r["name"] for r in conf["rooms"]), ["Hall (North)", "Hall (South)"])
        self.assertEqual([v[5] for v in xml.values()], [1, 1], "both, past midnight, on day 1")
        root = ET.parse(self.export("frab", path)).getroot()
        self.assertEqual(root.findtext("conference/time_zone_name"), "US/Eastern")

    def test_forced_exports_of_broken_files_still_validate(self):
        path = self.dir / "broken.yaml"
        path.write_text("""summitry: 1
event: {id: evening, title: Evening, timezone: Europe/Paris,
        start_date: 2025-02-10, end_date: 2025-02-10}
venues: [{id: v, name: V, rooms: [{id: r, name: R}]}]
sessions:
  - {id: twice, title: One, room: r, start: 2025-02-10 18:00, duration: 30min}
  - {id: twice, title: Two, room: r, start: 2025-02-10 19:00, duration: 30min}
  - {id: later, title: Later, room: r, start: 2025-02-12 18:00, duration: 30min}
""", encoding="utf-8")
        for fmt in ("frab", "json"):
            self.assertEqual(run("export", fmt, path, check_exit=1).stdout, "")
        xml_path = self.dir / "broken.xml"
        json_path = self.dir / "broken.json"
        run("export", "frab", path, "--force", "-o", xml_path)
        run("export", "json", path, "--force", "-o", json_path)
        self.assert_xml_valid(xml_path)
        doc = self.assert_json_valid(json_path)
        sessions = self.json_sessions(doc)
        self.assertEqual(len(sessions), 3, "two sessions with one id keep two guids")
        self.assertEqual(doc["schedule"]["conference"]["daysCount"], 3,
                         "days widened to the stray session")

    def test_what_frab_cannot_hold_is_left_out_and_said(self):
        path = self.dir / "marathon.yaml"
        path.write_text("""summitry: 1
event: {id: marathon, title: Marathon, timezone: Europe/Paris,
        start_date: 2025-02-10, end_date: 2025-02-15}
venues: [{id: v, name: V, rooms: [{id: r, name: R}]}]
sessions:
  - {id: hackathon, title: Hackathon, room: r, start: 2025-02-10 09:00, duration: 100h}
""", encoding="utf-8")
        out = self.dir / "marathon.xml"
        # frab durations stop at 99:59: the schedule is written without the session, valid, and
        # the organizer is told which session, at its line.
        p = run("export", "frab", path, "-o", out)
        self.assertRegex(p.stderr, r"marathon.yaml:6:5: warning: session 'hackathon' lasts 100 hours: "
                                   r"it is left out of the frab export .*\[export-left-out\]")
        self.assert_xml_valid(out)
        self.assertNotIn("Hackathon", out.read_text(encoding="utf-8"))
        j = run("export", "json", path, "-o", self.dir / "marathon.json")
        self.assertEqual(j.stderr, "")
        self.assertIn("Hackathon", (self.dir / "marathon.json").read_text(encoding="utf-8"))

    def test_whatever_urls_the_event_holds_the_exports_are_valid(self):
        # Addresses as imports and careless hands leave them: each session's url is repaired,
        # left out, or kept, and said at the session's line; every file stays valid, and no
        # line break reaches a calendar.
        urls = ["javascript:alert(1)", "https://example.org/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged",
                "http://http://example.org/a", "https://chat.example.org/#/room/#dev:example.org",
                "https://example.org/a b", "https://exämple.org/été", "/relative/path", "mailto:x@example.org",
                "https://example.org/100%", "HTTPS://example.org/ok", "https://example.org/fine"]
        sessions = "\n".join(
            f"  - {{id: s{i}, title: S{i}, room: r, start: 2025-02-10 {9 + i:02d}:00, duration: 30min, "
            f"url: {json.dumps(u)}}}" for i, u in enumerate(urls))
        path = self.dir / "urls.yaml"
        path.write_text(f"""summitry: 1
event: {{id: urls, title: URLs, timezone: Europe/Paris, start_date: 2025-02-10, end_date: 2025-02-10,
        website: "javascript:alert(2)"}}
venues: [{{id: v, name: V, rooms: [{{id: r, name: R}}]}}]
sessions:
{sessions}
""", encoding="utf-8")
        check = run("check", path, check_exit=0)
        self.assertEqual(check.stdout.count("is not a web address"), len(urls))  # all but the last
        xml = self.dir / "urls.xml"
        p = run("export", "frab", path, "-o", xml)
        self.assertEqual(p.stderr.count("[export-left-out]"), 5)  # the website and 4 urls
        self.assertEqual(p.stderr.count("[export-repaired]"), 6)
        self.assert_xml_valid(xml)
        js = self.export("json", path)
        doc = self.assert_json_valid(js)
        for e in doc["schedule"]["conference"]["days"][0]["rooms"]["R"]:
            self.assertTrue(e["url"].startswith(("http://", "https://", "urn:uuid:")), e["url"])
        ics = run("export", "ics", path).stdout
        self.assertEqual(ics.count("BEGIN:VEVENT"), len(urls))
        self.assertNotIn("forged", ics)
        self.assertIn("URL:http://example.org/a\n", ics)  # (text mode: CRLF read as LF)
        self.assertIn("URL:https://chat.example.org/#/room/%23dev:example.org\n", ics)
        self.assertNotIn("javascript", ics)

    def test_standard_output(self):
        p = run("export", "json", PARIS)
        conference = json.loads(p.stdout)["schedule"]["conference"]
        self.assertEqual(conference["acronym"], "ai_for_growth_2025")
        p = run("export", "frab", BERLIN)
        self.assertTrue(p.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>'))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    SHARED = pathlib.Path(args.shared).resolve()
    SCHEMAS = SHARED / "data" / "schemas"
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
