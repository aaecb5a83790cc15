#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`summitry-cli export ics` end to end (issue 3): every export parses with python3-icalendar,
every line ends in CRLF within 75 octets, the calendar holds exactly the agenda's sessions, and
the Paris calendar shows the agenda's times as a calendar program would.

    test_ics.py --cli build/src/cli/summitry-cli
"""
import argparse
import datetime
import json
import os
import pathlib
import sys
import tempfile
import unittest
import zoneinfo

import icalendar

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
BERLIN = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit, text=False)


def agenda(event, *args):
    """The agenda's scheduled sessions, by id, for the same filter."""
    data = json.loads(run("agenda", event, "--format", "json", *args).stdout)
    return data, {s["id"]: s for day in data["days"] for s in day["sessions"]}


def export(event, *args):
    return run("export", "ics", event, *args).stdout


def events_of(cal):
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


class Export(unittest.TestCase):
    def variants(self):
        """Every export the issue names: both seed events, each filter, private, French."""
        for event in (PARIS, BERLIN):
            _, sessions = agenda(event)
            fireside = next((s for s in sessions.values() if s["speakers"] and s["track"]), None)
            self.assertIsNotNone(fireside, "a session with a speaker")
            yield event, ()
            yield event, ("--include-private",)
            yield event, ("--lang", "fr")
            yield event, ("--person", fireside["speakers"][0]["id"])
            yield event, ("--track", fireside["track"]["id"])
            yield event, ("--room", fireside["room"]["id"])
            yield event, ("--person", fireside["speakers"][0]["id"], "--include-private")
        yield BERLIN, ("--lang", "de")

    def check_lines(self, data):
        self.assertTrue(data.endswith(b"\r\n"))
        lines = data.split(b"\r\n")[:-1]
        for line in lines:
            self.assertNotIn(b"\n", line, "a bare LF")
            self.assertNotIn(b"\r", line, "a bare CR")
            self.assertLessEqual(len(line), 75, line)
            self.assertFalse(line.endswith((b" ", b"\t")), "white space that trimming would lose")
            self.assertFalse(line.startswith((b"  ", b" \t")), "white space after a fold")
            line.decode("utf-8")  # no character split across a fold
        return lines

    def test_every_export_parses_and_holds_the_agendas_sessions(self):
        count = 0
        for event, args in self.variants():
            with self.subTest(event=event.name, args=args):
                data = export(event, *args)
                self.check_lines(data)
                cal = icalendar.Calendar.from_ical(data)
                for component in cal.walk():
                    self.assertEqual(component.errors, [], component.name)
                self.assertEqual(str(cal["VERSION"]), "2.0")
                self.assertEqual(str(cal["METHOD"]), "PUBLISH")
                meta, sessions = agenda(event, *args)
                self.assertTrue(str(cal["X-WR-CALNAME"]).startswith(meta["title"]))
                event_id = event.stem
                want = {f"{i}@{event_id}.summitry" for i in sessions}
                self.assertEqual(set(events_of(cal)), want)
                tzids = {str(e["DTSTART"].params["TZID"]) for e in cal.walk("VEVENT")}
                self.assertEqual({str(z["TZID"]) for z in cal.walk("VTIMEZONE")}, tzids)
                for e in cal.walk("VEVENT"):
                    stamp = e.decoded("DTSTAMP")
                    self.assertEqual(stamp.utcoffset(), datetime.timedelta(0))
                    self.assertIn(str(e["STATUS"]), {"CONFIRMED", "TENTATIVE", "CANCELLED"})
                count += 1
        self.assertEqual(count, 15)

    def test_private_sessions_need_include_private(self):
        for event in (PARIS, BERLIN):
            _, public = agenda(event)
            _, everything = agenda(event, "--include-private")
            private = set(everything) - set(public)
            self.assertTrue(private, f"{event.name} has private sessions")
            uid = lambda i: f"{i}@{event.stem}.summitry"
            shown = set(events_of(icalendar.Calendar.from_ical(export(event))))
            self.assertFalse({uid(i) for i in private} & shown)
            shown = set(events_of(icalendar.Calendar.from_ical(export(event, "--include-private"))))
            self.assertTrue({uid(i) for i in private} <= shown)

    def test_french_titles(self):
        cal = icalendar.Calendar.from_ical(export(PARIS, "--lang", "fr"))
        fireside = events_of(cal)["fireside-chat@ai-for-growth-2025.summitry"]
        self.assertTrue(str(fireside["SUMMARY"]).startswith("Conversation au coin du feu"))
        self.assertTrue(str(cal["X-WR-CALNAME"]).startswith("L'IA au service de la croissance"))

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "paris.ics"
            self.assertEqual(run("export", "ics", PARIS, "-o", out).stdout, b"")
            icalendar.Calendar.from_ical(out.read_bytes())
            self.assertEqual([p.name for p in pathlib.Path(d).iterdir()], ["paris.ics"])

    def test_bad_filters_are_usage_errors(self):
        run("export", "ics", PARIS, "--person", "nobody", check_exit=2)
        run("export", "ics", PARIS, "--person", "clare-barclay", "--track", "main-stage",
            check_exit=2)


class LocalTimes(unittest.TestCase):
    """What an attendee's calendar program shows: DTSTART and DTEND in the event's zone."""

    def shown(self, event, zone):
        cal = icalendar.Calendar.from_ical(export(event, "--include-private"))
        self.assertEqual(str(cal["X-WR-TIMEZONE"]), zone)
        tz = zoneinfo.ZoneInfo(zone)
        rows = {}
        for e in cal.walk("VEVENT"):
            start = e.decoded("DTSTART").astimezone(tz)
            end = e.decoded("DTEND").astimezone(tz)
            rows[str(e["UID"]).split("@")[0]] = (start, end, str(e["SUMMARY"]))
        return rows

    def compare_with_agenda(self, event, zone):
        rows = self.shown(event, zone)
        _, sessions = agenda(event, "--include-private")
        self.assertEqual(set(rows), set(sessions))
        print(f"\n{event.name}, as a calendar in {zone} shows it:", file=sys.stderr)
        for sid, (start, end, title) in sorted(rows.items(), key=lambda r: r[1][0]):
            print(f"  {start:%a %d %b %H:%M}–{end:%H:%M}  {title}", file=sys.stderr)
            want_start = datetime.datetime.fromisoformat(sessions[sid]["start"])
            want_end = datetime.datetime.fromisoformat(sessions[sid]["end"])
            with self.subTest(session=sid):
                self.assertEqual(start, want_start)  # the same instant
                self.assertEqual(end, want_end)
                # and the same wall clock: the venues of both events are in the event's zone
                self.assertEqual(start.strftime("%Y-%m-%dT%H:%M"), sessions[sid]["start"][:16])
                self.assertEqual(end.strftime("%H:%M"), sessions[sid]["end"][11:16])
        return rows

    def test_the_paris_calendar_shows_the_agendas_times(self):
        rows = self.compare_with_agenda(PARIS, "Europe/Paris")
        start, end, _ = rows["fireside-chat"]
        self.assertEqual((start.strftime("%H:%M"), end.strftime("%H:%M")), ("18:20", "19:00"))
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=1))
        self.assertEqual(rows["registration"][0].strftime("%Y-%m-%d %H:%M"), "2025-02-10 13:30")
        self.assertEqual(rows["networking-reception"][1].strftime("%H:%M"), "21:30")

    def test_the_berlin_calendar_shows_the_agendas_times(self):
        self.compare_with_agenda(BERLIN, "Europe/Berlin")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
