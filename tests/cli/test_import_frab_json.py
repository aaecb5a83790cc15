#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of `summitry-cli import frab` and `import json` (issue 3, "Import"): every
real schedule of ../shared/data becomes an event file that `check` loads without errors, with
the source's session count; the invalid c3voc example and what is not a schedule exit 1 with a
diagnostic at file:line:column and write nothing.

    test_import_frab_json.py --cli build/src/cli/summitry-cli --shared ../shared
"""
import argparse
import json
import os
import pathlib
import re
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET


import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
SHARED = None


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit)


def source_events(path):
    """The events of a schedule, counted without Summitry."""
    if path.suffix == ".xml":
        return len(ET.parse(path).getroot().findall("./day/room/event"))
    conf = json.loads(path.read_text(encoding="utf-8"))["schedule"]["conference"]
    return sum(len(events) for day in conf["days"] for events in day["rooms"].values())


class Import(unittest.TestCase):
    FILES = [("frab", "frab/fosdem-2025.xml", 943), ("frab", "frab/36c3-everything.xml", 1351),
             ("frab", "frab/debconf23.xml", 117), ("json", "c3voc-json/36c3-everything.json", 1351),
             ("json", "c3voc-json/frab-camp2019.json", 79), ("json", "c3voc-json/pretalx-democon.json", 36)]

    def test_every_shared_schedule_imports_and_checks_without_errors(self):
        with tempfile.TemporaryDirectory() as d:
            for fmt, name, sessions in self.FILES:
                src = pathlib.Path(SHARED) / "data" / name
                out = pathlib.Path(d) / (src.stem + ".yaml")
                with self.subTest(file=name):
                    self.assertEqual(source_events(src), sessions)
                    p = run("import", fmt, src, "-o", out)
                    *diagnostics, summary = p.stderr.splitlines()
                    self.assertEqual(summary, f"{src}: imported {sessions} of {sessions} sessions")
                    for line in diagnostics:  # warnings only, each at file:line:column
                        self.assertRegex(line, r"^.+:\d+:\d+: warning: .+ \[[a-z-]+\]$")
                    doc = clitest.load_yaml(out.read_text(encoding="utf-8"))
                    self.assertEqual(len(doc["sessions"]), sessions)
                    self.assertEqual(len({s["id"] for s in doc["sessions"]}), sessions)
                    check = run("check", out, "--format", "json", check_exit=0)
                    diags = json.loads(check.stdout)
                    self.assertEqual([d for d in diags if d["severity"] == "error"], [])
                    header = out.read_text(encoding="utf-8").splitlines()[1]
                    self.assertIn(f"{sessions} sessions", header)

    def test_warnings_name_what_was_repaired(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "e.yaml"
            debconf = run("import", "frab", pathlib.Path(SHARED) / "data/frab/debconf23.xml", "-o", out).stderr
            self.assertEqual(debconf.count("[timezone-mismatch]"), 1)
            self.assertIn("Asia/Kolkata", debconf)
            c3 = run("import", "json", pathlib.Path(SHARED) / "data/c3voc-json/36c3-everything.json", "-o", out).stderr
            self.assertEqual(c3.count("[duplicate-id]"), 13)  # one for each repeated event
            self.assertEqual(c3.count("[missing-timezone]"), 1)
            # 36C3's same-room overlaps are conflicts of the imported event.
            check = json.loads(run("check", out, "--format", "json").stdout)
            self.assertTrue(any(x["rule"] == "room-double-booked" for x in check))
            self.assertEqual(run("check", out, "--strict", check_exit=1).returncode, 1)

    def test_the_invalid_example_is_refused(self):
        src = pathlib.Path(SHARED) / "data/c3voc-json/invalid-example.json"
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "invalid.yaml"
            p = run("import", "json", src, "-o", out, check_exit=1)
            self.assertFalse(out.exists())
            self.assertIn(f"{src}:59:7: error: 'rooms' does not belong in 'schedule'", p.stderr)
            self.assertIn(f"{src}:43:29: warning: 'id' of a person is the text \"dsadf\"", p.stderr)
            self.assertNotIn(":23:", p.stderr)  # "id": "2814" is the id 2814, as real files write it
            self.assertTrue(p.stderr.endswith(f"{src}: imported 0 of 1 session: the file is refused\n"))

    def test_what_is_not_a_schedule_exits_1_with_a_position(self):
        with tempfile.TemporaryDirectory() as d:
            cases = [("frab", "a.xml", b"not xml at all"), ("frab", "b.xml", b"<schedule><day>"),
                     ("frab", "c.xml", b"<html/>"), ("json", "d.json", b"{\n \"schedule\": [1,\n"),
                     ("json", "e.json", b"[]"), ("json", "f.json", b"\x00\xff")]
            for fmt, name, data in cases:
                src = pathlib.Path(d) / name
                src.write_bytes(data)
                out = pathlib.Path(d) / (name + ".yaml")
                with self.subTest(name=name):
                    p = run("import", fmt, src, "-o", out, check_exit=1)
                    self.assertRegex(p.stderr, re.escape(str(src)) + r":\d+:\d+: error: ")
                    self.assertFalse(out.exists())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    SHARED = os.path.abspath(args.shared)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
