#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 13, "Injection into outputs" (items 8 to 12), end to end: an event file written by
someone hostile goes through every command, and nothing in it reaches a spreadsheet as a formula,
a terminal as an escape sequence, a CI log as a line of its own, a Markdown agenda as a block, an
export as a control character; an included foreign file is never quoted; --confine keeps includes
in the event's folder. docs/security.md.

    test_hostile.py --cli build/src/cli/summitry-cli
"""
import argparse
import csv
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

import icalendar

import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None

# Double-quoted YAML escapes put the controls in; the file itself is plain UTF-8 text.
HOSTILE = r'''summitry: 1
event:
  id: hostile
  title: "Sum\x7fmit\e]0;pwned\a\x01"
  subtitle: "- not a list"
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
venues:
  - id: hall
    name: "=Hall"
    rooms:
      - {id: main, name: "@Main"}
people:
  - {id: ada, name: "-2+3 Ada", role: "+Chair"}
  - {id: bob, name: "\t=cmd|' /C calc'!A0"}
  - {id: eve, name: "\r=HYPERLINK(\"http://evil\")"}
sessions:
  - id: clear
    title: "Clear\e[2J\e[H the screen"
    kind: talk
    room: main
    start: 2025-02-10 09:00
    duration: 30min
    speakers: [ada]
  - id: nul
    title: "Keynote\0 (the rest of the title)"
    kind: keynote
    room: main
    start: 2025-02-10 10:00
    duration: 30min
    speakers: [bob]
  - id: markdown
    title: "Panel\r# Injected heading\r- fake item\n> quote\u2028* more"
    kind: panel
    room: main
    start: 2025-02-10 11:00
    duration: 30min
    speakers: [eve]
  - id: c1
    title: "CSI \x9b31m red, DEL \x7f, RLO \u202eevil"
    kind: talk
    room: main
    start: 2025-02-10 12:00
    duration: 30min
'''
TITLE_LINES = {"clear": 20, "nul": 27, "markdown": 34, "c1": 41}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # but tab and LF
SECRETS = ("wJalrXUtnFEMI", "aws_secret_access_key", "hunter2", "db_password")


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit, text=False)


def text(data):
    return data.decode("utf-8")


class Hostile(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="summitry-hostile-"))
        self.event = self.dir / "event.yaml"
        self.event.write_text(HOSTILE, encoding="utf-8")

    def tearDown(self):
        shutil.rmtree(self.dir)

    # --- 8: CSV --------------------------------------------------------------------------------
    def test_8_no_csv_cell_starts_a_formula(self):
        for command in (("agenda",), ("speakers",)):
            with self.subTest(command=command):
                out = text(run(*command, self.event, "--format", "csv").stdout)
                rows = list(csv.reader(io.StringIO(out, newline="")))
                self.assertGreater(len(rows), 3)
                cells = [c for row in rows for c in row]
                for cell in cells:
                    self.assertFalse(cell.startswith(FORMULA_START), repr(cell))
                # Neutralised, not lost: a quote in front, the rest as written.
                self.assertTrue(any(c.startswith("'-2+3 Ada") for c in cells))
                self.assertTrue(any(c.startswith("'\t=cmd") for c in cells))
                self.assertTrue(any(c.startswith("'=HYPERLINK") for c in cells))

    # --- 9: terminals and logs -----------------------------------------------------------------
    def test_9_diagnostics_are_one_line_each_and_send_no_escape(self):
        bad = self.dir / "bad.yaml"
        bad.write_text(HOSTILE.replace("speakers: [ada]",
                                       'speakers: [ada, "ghost\\e[2J\\n/ci/event.yaml: 0 errors\\r"]'),
                       encoding="utf-8")
        p = run("check", bad, check_exit=1)
        out = text(p.stdout)
        self.assertIsNone(CONTROL.search(out), repr(out))
        self.assertNotIn("\u202e", out)
        lines = out.splitlines()
        # One line per diagnostic and the summary; none a forged one.
        summary = lines[-1]
        self.assertTrue(summary.startswith(f"{bad}: 4 sessions, 1 error"), summary)
        self.assertEqual(len(lines) - 1, summary_count(summary))
        for line in lines[:-1]:
            self.assertTrue(line.startswith(str(bad) + ":"), line)
        self.assertIn("ghost\\x1b[2J\\n/ci/event.yaml: 0 errors\\r", out)
        # JSON stays exact JSON: the value as the file holds it.
        data = json.loads(run("check", bad, "--format", "json", check_exit=1).stdout)
        ghost = [d for d in data if d["rule"] == "unknown-reference"]
        self.assertEqual(len(ghost), 1)
        self.assertIn("ghost\x1b[2J\n/ci/event.yaml: 0 errors\r", ghost[0]["message"])

    def test_9_text_agenda_and_speakers_send_no_escape(self):
        for command in (("agenda",), ("speakers",)):
            with self.subTest(command=command):
                out = text(run(*command, self.event).stdout)
                self.assertIsNone(CONTROL.search(out), repr(out))
                self.assertNotIn("\u202e", out)
        out = text(run("agenda", self.event).stdout)
        self.assertIn("Clear\\x1b[2J\\x1b[H the screen", out)
        self.assertIn("RLO \\u202eevil", out)
        self.assertTrue(out.startswith("Sum\\x7fmit\\x1b]0;pwned\\x07\\x01\n"))

    def test_9_an_included_files_name_sends_no_escape(self):
        self.event.write_text(HOSTILE + 'include: "\\e[2Jmissing.yaml"\n', encoding="utf-8")
        p = run("check", self.event, check_exit=1)
        self.assertIsNone(CONTROL.search(text(p.stdout)))
        self.assertIn("\\x1b[2Jmissing.yaml", text(p.stdout))
        p = run("agenda", self.event, check_exit=1)
        self.assertIsNone(CONTROL.search(text(p.stderr)))

    # --- 10: Markdown --------------------------------------------------------------------------
    def test_10_a_line_break_in_a_title_starts_no_block(self):
        out = text(run("agenda", self.event, "--format", "markdown").stdout)
        self.assertNotIn("\r", out)
        lines = out.split("\n")
        items = [line for line in lines if line.startswith("- ")]
        self.assertEqual(len(items), 4, out)  # one list item per session
        for line in lines:
            self.assertFalse(re.match(r"\s*(>|\* |\d+\. )", line), line)
            if line.startswith("#"):
                self.assertTrue(line.startswith(("# Sum", "## ")), line)
        panel = next(line for line in items if "Panel" in line)
        self.assertIn("Panel \\# Injected heading - fake item \\> quote \\* more", panel)
        self.assertIn("\n\\- not a list\n", out)  # the subtitle is a paragraph

    # --- 11: control characters ----------------------------------------------------------------
    def test_11_check_warns_at_each_value_with_a_control_character(self):
        data = json.loads(run("check", self.event, "--format", "json").stdout)
        warned = {d["line"] for d in data if d["rule"] == "bad-value" and "control character" in d["message"]}
        self.assertTrue(set(TITLE_LINES.values()) <= warned, warned)
        self.assertIn(4, warned)  # the event's title
        self.assertIn(17, warned)  # eve's name: a CR
        self.assertNotIn(16, warned)  # a tab is text

    def test_11_the_calendar_holds_no_control_character(self):
        data = run("export", "ics", self.event).stdout
        for line in data.split(b"\r\n"):
            self.assertIsNone(re.search(rb"[\x00-\x08\x0a-\x1f\x7f]|\xc2[\x80-\x9f]", line), line)
        cal = icalendar.Calendar.from_ical(data)
        self.assertEqual(str(cal["X-WR-CALNAME"]), "Summit]0;pwned")
        summaries = {str(e["UID"]).split("@")[0]: str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
        self.assertEqual(summaries["nul"], "Keynote (the rest of the title)")
        self.assertEqual(summaries["clear"], "Clear[2J[H the screen")
        self.assertEqual(len(summaries), 4)

    def test_11_exports_and_printouts_hold_no_control_character(self):
        outputs = {
            "frab": run("export", "frab", self.event).stdout,
            "c3voc": run("export", "json", self.event).stdout,
            "agenda json": run("agenda", self.event, "--format", "json").stdout,
            "agenda markdown": run("agenda", self.event, "--format", "markdown").stdout,
            "agenda csv": run("agenda", self.event, "--format", "csv").stdout.replace(b"\r\n", b"\n"),
            "speakers json": run("speakers", self.event, "--format", "json").stdout,
            "speakers html": run("speakers", self.event, "--format", "html").stdout,
        }
        html = self.dir / "programme.html"
        run("program", self.event, "-o", html)
        outputs["programme html"] = html.read_bytes()
        pdf = self.dir / "programme.pdf"
        run("program", self.event, "-o", pdf)
        if shutil.which("pdftotext"):
            outputs["programme pdf"] = subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                                      check=True).stdout.replace(b"\f", b"")
        for name, data in outputs.items():
            with self.subTest(output=name):
                decoded = text(data)
                self.assertIsNone(CONTROL.search(decoded), repr(CONTROL.search(decoded)))
        ET.fromstring(outputs["frab"])  # XML 1.0 again, which a control character breaks
        titles = [e.findtext("title") for e in ET.fromstring(outputs["frab"]).iter("event")]
        self.assertIn("Keynote (the rest of the title)", titles)
        self.assertIn("Keynote (the rest of the title)", text(outputs["programme html"]))
        agenda = json.loads(outputs["agenda json"])
        self.assertEqual(agenda["title"], "Summit]0;pwned")

    # --- 12: includes ----------------------------------------------------------------------------
    def test_12_a_foreign_file_is_said_once_and_never_quoted(self):
        secrets = self.dir / "secrets.yml"
        secrets.write_text("aws_secret_access_key: wJalrXUtnFEMI\ndb_password: hunter2\n")
        for target in (secrets, pathlib.Path("/etc/passwd")):
            with self.subTest(target=target):
                self.event.write_text(HOSTILE + f"include: {target}\n", encoding="utf-8")
                p = run("check", self.event, check_exit=1)
                said = text(p.stdout) + text(p.stderr)
                for secret in SECRETS + ("root:x:0:0",):
                    self.assertNotIn(secret, said)
                about = [line for line in said.splitlines() if str(target) in line]
                self.assertEqual(len(about), 1, said)
                self.assertIn(f"{self.event}:46:", about[0])
                self.assertIn("is not an event file", about[0])
                self.assertIn("[include-error]", about[0])

    def test_12_confine_keeps_includes_in_the_events_folder(self):
        outside = self.dir / "outside.yaml"
        outside.write_text("sessions:\n  - {id: extra, title: Extra, kind: talk}\n")
        folder = self.dir / "event"
        folder.mkdir()
        (folder / "link.yaml").symlink_to(outside)
        for include in ("../outside.yaml", "link.yaml"):
            event = folder / "event.yaml"
            event.write_text(HOSTILE + f"include: {include}\n", encoding="utf-8")
            with self.subTest(include=include):
                run("check", event)  # without --confine, as before
                p = run("check", event, "--confine", check_exit=1)
                self.assertIn("outside the event's folder", text(p.stdout))
                # Every command that loads an event takes --confine and refuses the same way.
                out = self.dir / "out"
                commands = [("agenda", event), ("speakers", event), ("export", "ics", event),
                            ("program", event, "-o", out.with_suffix(".pdf")),
                            ("render", event, "--day", "2025-02-10", "-o", out.with_suffix(".png")),
                            ("set", event, "sessions/clear.title", "Calm"),
                            ("schedule", event, "-o", out.with_suffix(".yaml"))]
                for command in commands:
                    p = run(*command, "--confine", check_exit=1)
                    self.assertIn("outside the event's folder", text(p.stderr), command)
                self.assertFalse(any(self.dir.glob("out.*")))
                self.assertIn("Clear\\e[2J", event.read_text())  # set did not write
        (folder / "part.yaml").write_text("sessions:\n  - {id: inside, title: In, kind: talk}\n")
        (folder / "event.yaml").write_text(HOSTILE + "include: part.yaml\n", encoding="utf-8")
        data = json.loads(run("agenda", folder / "event.yaml", "--confine", "--format", "json").stdout)
        self.assertEqual([s["id"] for s in data["unscheduled"]], ["inside"])


def summary_count(summary):
    """The number of diagnostics a `check` summary line counts."""
    return sum(int(n) for n in re.findall(r"(\d+) (?:error|conflict|other warning|note)", summary))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args, rest = parser.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
