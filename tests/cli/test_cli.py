#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of summitry-cli against spec/cli.md: exit codes, diagnostics at
file:line:column, and the agenda and speaker list in every format.

    test_cli.py --cli build/src/cli/summitry-cli
"""
import argparse
import csv
import io
import json
import os
import pathlib
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ERRORS = ROOT / "tests" / "data" / "errors"
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
BERLIN = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None


def run(*args, check_exit=None):
    return clitest.run(*args, check_exit=check_exit)


class Diagnostics(unittest.TestCase):
    def test_every_error_of_the_table_is_reported_at_its_line(self):
        files = sorted(ERRORS.glob("*.yaml"))
        self.assertGreaterEqual(len(files), 16)
        rules = set()
        for f in files:
            header = f.read_text(encoding="utf-8").splitlines()[0].split()
            self.assertEqual(header[:2], ["#", "expect:"], f)
            rule, where = header[2], header[3]
            want_exit = int(header[5]) if len(header) > 5 and header[4] == "exit" else 1
            line, column = map(int, where.split(":"))
            with self.subTest(file=f.name):
                p = run("check", "--format", "json", f)
                self.assertEqual(p.returncode, want_exit, p.stdout + p.stderr)
                diags = json.loads(p.stdout)
                hits = [d for d in diags if d["rule"] == rule]
                self.assertTrue(hits, f"no {rule} in {diags}")
                self.assertEqual((hits[0]["line"], hits[0]["column"]), (line, column), hits[0]["message"])
                self.assertEqual(hits[0]["file"], str(f))
                for key in ("severity", "rule", "file", "line", "column", "message", "sessions", "people", "rooms"):
                    self.assertIn(key, hits[0])
                rules.add(rule)
                text = run("check", f).stdout
                self.assertIn(f"{f}:{line}:{column}: ", text)
                self.assertIn(f"[{rule}]", text)
        table = {"yaml-syntax", "yaml-alias", "duplicate-key", "missing-key", "wrong-type", "bad-value",
                 "duplicate-id", "unknown-reference", "unknown-timezone", "nonexistent-time",
                 "ambiguous-time", "bad-range", "outside-event", "include-error", "unknown-key"}
        self.assertEqual(table - rules, set(), "every id of cli.md's table has a file")

    def test_not_yaml_at_all_is_one_clear_error(self):
        with tempfile.TemporaryDirectory() as d:
            cases = {"binary.yaml": b"\x00\x01\x02binary\xff\xfe", "empty.yaml": b"",
                     "list.yaml": b"- a\n- b\n", "latin1.yaml": b"title: caf\xe9\n"}
            for name, data in cases.items():
                path = pathlib.Path(d) / name
                path.write_bytes(data)
                with self.subTest(name=name):
                    p = run("check", "--format", "json", path, check_exit=1)
                    diags = json.loads(p.stdout)
                    self.assertEqual(len(diags), 1, diags)
                    self.assertEqual(diags[0]["severity"], "error")

    def test_a_100_mb_file_is_refused_by_its_size(self):
        # Refused before it is parsed (speed is bench/'s to measure, not a test's to assert).
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "huge.yaml"
            with open(path, "wb") as f:
                f.truncate(100 << 20)
            p = run("check", path, check_exit=1)
            self.assertIn("MB", p.stdout)

    def test_unreadable_files_and_bad_usage_exit_2(self):
        self.assertEqual(run("check", ROOT / "no-such.yaml").returncode, 2)
        self.assertEqual(run("check", ROOT / "tests").returncode, 2)
        self.assertEqual(run("check").returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("check", "--format", "xml", PARIS).returncode, 2)
        self.assertEqual(run("agenda", PARIS, "--track", "no-such-track").returncode, 2)
        self.assertEqual(run("agenda", PARIS, "--day", "tomorrow").returncode, 2)
        self.assertEqual(run("agenda", PARIS, "-o", "/no/such/dir/agenda.txt").returncode, 2)

    def test_every_command_answers_whichever_program_runs_it(self):
        # summitry-cli runs check, agenda, set and schedule itself and hands the others to
        # summitry-cli-all (src/cli/main.cpp): help and --version list and name them all.
        p = run("--help")
        for command in ("check", "agenda", "speakers", "export", "import", "program", "render",
                        "set", "schedule"):
            self.assertRegex(p.stdout, rf"(?m)^\s+{command}\b")
        self.assertRegex(run("--version").stdout, r"^summitry-cli \d")
        self.assertIn("--strict", run("check", "--help").stdout)
        self.assertIn("--include-private", run("export", "--help").stdout)
        self.assertTrue(run("speakers", PARIS, "--format", "csv").stdout.startswith("id,"))
        self.assertEqual(run(check_exit=None).returncode, 2)

    def test_seed_events_check_clean(self):
        p = run("check", PARIS, BERLIN, "--strict", "--format", "json", check_exit=0)
        diags = json.loads(p.stdout)
        self.assertTrue(all(d["severity"] == "note" and d["rule"] == "unscheduled" for d in diags), diags)

    def test_strict_fails_on_conflicts(self):
        with tempfile.TemporaryDirectory() as d:
            text = PARIS.read_text(encoding="utf-8")
            path = pathlib.Path(d) / "clash.yaml"
            # Two sessions in one room at once.
            text = text.replace("start: 2025-02-10 14:10", "start: 2025-02-10 14:05", 1)
            path.write_text(text, encoding="utf-8")
            p = run("check", "--format", "json", path, check_exit=0)
            conflicts = [d for d in json.loads(p.stdout) if d["severity"] == "warning"]
            self.assertTrue(any(c["rule"] == "room-double-booked" for c in conflicts), conflicts)
            run("check", "--strict", path, check_exit=1)

    def test_exporters_refuse_files_with_errors_unless_forced(self):
        broken = ERRORS / "unknown-reference.yaml"
        p = run("agenda", broken, check_exit=1)
        self.assertIn("unknown-reference", p.stderr)
        self.assertEqual(p.stdout, "")
        run("agenda", broken, "--force", check_exit=0)


class Readme(unittest.TestCase):
    def test_the_format_example_checks_clean(self):
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "example.yaml"
            path.write_text(example, encoding="utf-8")
            p = run("check", "--strict", "--format", "json", path, check_exit=0)
            rules = [x["rule"] for x in json.loads(p.stdout)]
            self.assertEqual(rules, ["unscheduled"])
            agenda = run("agenda", path, "--lang", "fr", check_exit=0).stdout
            self.assertIn("Conversation au coin du feu", agenda)
            self.assertNotIn("avatar", agenda.lower(), "a private session is not in the agenda")


class Agenda(unittest.TestCase):
    def sessions(self, *args):
        p = run("agenda", PARIS, "--format", "json", *args, check_exit=0)
        data = json.loads(p.stdout)
        return data, [s for day in data["days"] for s in day["sessions"]]

    def test_json_agenda_is_in_time_order_and_public_only(self):
        data, sessions = self.sessions()
        self.assertGreater(len(sessions), 10)
        starts = [s["start"] for s in sessions]
        self.assertEqual(starts, sorted(starts))
        self.assertTrue(all(s["public"] for s in sessions))
        self.assertTrue(sessions[0]["start"].endswith("+01:00"), "Paris in February is UTC+1")
        self.assertTrue(data["unscheduled"], "the Paris event has an unscheduled session")
        _, with_private = self.sessions("--include-private")
        self.assertGreater(len(with_private), len(sessions))

    def test_filters(self):
        _, everything = self.sessions()
        fireside = next(s for s in everything if s["kind"] == "fireside-chat")
        person = fireside["speakers"][0]["id"]
        _, mine = self.sessions("--person", person)
        self.assertTrue(mine and all(person in [p["id"] for p in s["speakers"] + s["moderators"] + s["hosts"]] for s in mine))
        track = fireside["track"]["id"]
        _, in_track = self.sessions("--track", track)
        self.assertTrue(in_track and all(s["track"]["id"] == track for s in in_track))
        room = fireside["room"]["id"]
        _, in_room = self.sessions("--room", room)
        self.assertTrue(in_room and all(s["room"]["id"] == room for s in in_room))
        _, on_day = self.sessions("--day", "2025-02-10")
        self.assertEqual(len(on_day), len(everything))
        _, none = self.sessions("--day", "2025-02-11")
        self.assertEqual(none, [])

    def test_text_markdown_csv(self):
        text = run("agenda", PARIS, check_exit=0).stdout
        self.assertIn("Monday 10 February 2025", text)
        french = run("agenda", PARIS, "--lang", "fr", check_exit=0).stdout
        self.assertIn("lundi 10 février 2025", french)
        self.assertNotEqual(text.splitlines()[0], french.splitlines()[0], "the title exists in French")
        md = run("agenda", PARIS, "--format", "markdown", check_exit=0).stdout
        self.assertTrue(md.startswith("# "))
        self.assertIn("## Monday 10 February 2025", md)
        rows = list(csv.DictReader(io.StringIO(run("agenda", PARIS, "--format", "csv", check_exit=0).stdout)))
        _, sessions = self.sessions()
        data, _ = self.sessions()
        self.assertEqual(len(rows), len(sessions) + len(data["unscheduled"]))
        self.assertEqual({r["id"] for r in rows} >= {s["id"] for s in sessions}, True)

    def test_output_file_is_written(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "agenda.md"
            run("agenda", BERLIN, "--format", "markdown", "-o", out, check_exit=0)
            self.assertIn("Tuesday 18 November 2025", out.read_text(encoding="utf-8"))
            self.assertEqual([p.name for p in pathlib.Path(d).iterdir()], ["agenda.md"], "no temporary file left")

    def test_german(self):
        text = run("agenda", BERLIN, "--lang", "de", check_exit=0).stdout
        self.assertIn("Dienstag, 18. November 2025", text)


class Speakers(unittest.TestCase):
    def test_sorted_by_family_name_with_sessions(self):
        people = json.loads(run("speakers", BERLIN, "--format", "json", check_exit=0).stdout)
        self.assertGreater(len(people), 3)
        self.assertTrue(all(p["sessions"] for p in people))
        names = [p["name"] for p in people]
        self.assertLess(names.index("Christian Klein"), names.index("Arthur Mensch"))
        self.assertLess(names.index("Arthur Mensch"), names.index("Friedrich Merz"))

    def test_csv_has_one_row_per_person(self):
        people = json.loads(run("speakers", PARIS, "--format", "json", check_exit=0).stdout)
        rows = list(csv.DictReader(io.StringIO(run("speakers", PARIS, "--format", "csv", check_exit=0).stdout)))
        self.assertEqual([r["id"] for r in rows], [p["id"] for p in people])
        text = run("speakers", PARIS, check_exit=0).stdout
        self.assertIn("Audrey Herblin-Stoop", text)

    def test_private_contact_details_never_printed(self):
        text = PARIS.read_text(encoding="utf-8")
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "contacts.yaml"
            # Give everyone a private e-mail address and phone number.
            path.write_text(text.replace("\n    name: ", "\n    email: secret@example.org\n"
                                         "    phone: \"+33 6 12 34 56 78\"\n    name: "), encoding="utf-8")
            self.assertIn("secret@example.org", path.read_text(encoding="utf-8"))
            for fmt in ("text", "csv", "json"):
                for command in ("speakers", "agenda"):
                    out = run(command, path, "--format", fmt, check_exit=0).stdout
                    self.assertNotIn("secret@", out, f"an e-mail address in the {fmt} {command}")
                    self.assertNotIn("12 34 56", out, f"a phone number in the {fmt} {command}")


class Set(unittest.TestCase):
    """`summitry-cli set` (cli.md): one edit through the planner's edit and save path."""

    def edited(self, *steps):
        import difflib
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "paris.yaml"
            original = PARIS.read_text(encoding="utf-8")
            path.write_text(original, encoding="utf-8")
            for key, value in steps:
                run("set", path, key, value, check_exit=0)
            after = path.read_text(encoding="utf-8")
            self.assertEqual((pathlib.Path(d) / "paris.yaml.bak").exists(), True, "a backup is kept")
            run("check", path, check_exit=0)
            diff = [line for line in difflib.unified_diff(original.splitlines(), after.splitlines(), n=0,
                                                          lineterm="")
                    if line[:1] in "+-" and not line.startswith(("+++", "---"))]
            return diff, after

    def test_moving_a_session_is_a_two_line_diff(self):
        diff, after = self.edited(("sessions/fireside-chat.start", "2025-02-10 18:25"))
        self.assertEqual(diff, ["-    start: 2025-02-10 18:20", "+    start: 2025-02-10 18:25",
                                "+    revision: 1"])
        diff, _ = self.edited(("sessions/fireside-chat.start", "2025-02-10 18:25"),
                              ("sessions/fireside-chat.start", "2025-02-10 18:30"))
        self.assertEqual(diff, ["-    start: 2025-02-10 18:20", "+    start: 2025-02-10 18:30",
                                "+    revision: 2"])

    def test_texts_languages_numbers_blocks_and_removal(self):
        diff, after = self.edited(("sessions/fireside-chat.title.fr", "Yes: we can"),
                                  ("rooms/conference-hall.capacity", "160"),
                                  ("people/clare-barclay.bio", "Chairs the Industrial Strategy Advisory Council."),
                                  ("people/clare-barclay.languages", ""))
        self.assertIn('      fr: "Yes: we can"\n', after)
        self.assertIn("        capacity: 160\n", after)
        self.assertIn("    bio: Chairs the Industrial Strategy Advisory Council.\n", after)
        removed = [line for line in diff if line.startswith("-")]
        added = [line for line in diff if line.startswith("+")]
        # title.fr, capacity, the three lines of the folded bio and the languages line go; three
        # lines come.
        self.assertEqual(len(removed), 6, diff)
        self.assertEqual(len(added), 3, diff)

    def test_refusals(self):
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "paris.yaml"
            path.write_text(PARIS.read_text(encoding="utf-8"), encoding="utf-8")
            p = run("set", path, "sessions/fireside-chat.room", "cellar", check_exit=1)
            self.assertIn("no room has the id 'cellar'", p.stderr)
            p = run("set", path, "sessions/fireside-chat.start", "2025-03-30 02:30", check_exit=1)
            p = run("set", path, "sessions/firesid-chat.start", "2025-02-10 18:00", check_exit=2)
            self.assertIn("did you mean 'fireside-chat'", p.stderr)
            run("set", path, "sessions.start", "x", check_exit=2)
            run("set", path, "sessions/fireside-chat.id", "x", check_exit=2)
            self.assertEqual(path.read_text(encoding="utf-8"), PARIS.read_text(encoding="utf-8"))
            self.assertFalse((pathlib.Path(d) / "paris.yaml.bak").exists())


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
