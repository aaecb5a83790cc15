#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The programme and the speaker list in HTML, end to end: both seed events, attendees and staff,
English and French, an organizer's template and a missing one.

    test_html.py --cli build/src/cli/summitry-cli
"""
import argparse
import csv
import html.parser
import io
import pathlib
import sys
import tempfile
import unittest


ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = [ROOT / "schedules" / "ai-for-growth-2025.yaml",
         ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"]
import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit, drop_env=("SUMMITRY_TEMPLATE_DIR",))


class Page(html.parser.HTMLParser):
    """The page's visible text and its elements; fails on tags closed out of order."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.tags, self.errors = [], [], [], []
        self.in_style = False
        self.feed(source)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.in_style = tag in ("style", "script")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        self.in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)

    def visible(self):
        return " ".join(" ".join(self.text).split())


def texts(value, lang):
    """A text of the event file in `lang`, as the loader picks it (plain, else lang, else first)."""
    if isinstance(value, dict):
        return value.get(lang) or next(iter(value.values()))
    return value


def seed(path):
    return clitest.load_yaml(path.read_text(encoding="utf-8"))


def norm(s):
    return " ".join(str(s).split())


class Programme(unittest.TestCase):
    def programme(self, event, *args):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "programme.html"
            run("program", event, "-o", out, *args)
            page = Page(out.read_text(encoding="utf-8"))
        self.assertEqual(page.errors, [])
        return page

    def test_every_public_title_and_speaker_and_no_private_one(self):
        for event in SEEDS:
            data = seed(event)
            people = {p["id"]: p["name"] for p in data.get("people", [])}
            for lang in data["event"].get("languages", ["en"]):
                with self.subTest(event=event.name, lang=lang):
                    text = self.programme(event, "--lang", lang).visible()
                    public = [s for s in data["sessions"] if s.get("public", True)
                              and s.get("status") != "cancelled" and s.get("start") and s.get("room")]
                    private = [s for s in data["sessions"] if not s.get("public", True)]
                    self.assertTrue(public and private, "the seed has both")
                    for s in public:
                        self.assertIn(norm(texts(s["title"], lang)), text)
                        for p in s.get("speakers", []) + s.get("moderators", []):
                            self.assertIn(norm(people[p]), text)
                    for s in private:
                        self.assertNotIn(norm(texts(s["title"], lang)), text)
                    self.assertNotIn("@", text)  # no e-mail address

    def test_the_staff_run_sheet_has_the_private_sessions(self):
        for event in SEEDS:
            data = seed(event)
            with self.subTest(event=event.name):
                text = self.programme(event, "--audience", "staff").visible()
                for s in data["sessions"]:
                    if not s.get("public", True):
                        self.assertIn(norm(texts(s["title"], data["event"]["languages"][0])), text)

    def test_french_dates_and_words(self):
        page = self.programme(SEEDS[0], "--lang", "fr")
        text = page.visible()
        self.assertIn("lundi 10 février 2025", text)
        self.assertIn("Intervenants", text)
        self.assertIn(("html", {"lang": "fr"}), page.tags)

    def test_letter_paper(self):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "p.html"
            run("program", SEEDS[1], "-o", out, "--paper", "letter")
            self.assertIn("size: letter;", out.read_text(encoding="utf-8"))

    def test_an_organizers_template_and_a_missing_one(self):
        with tempfile.TemporaryDirectory() as d:
            mine = pathlib.Path(d) / "mine.mustache"
            mine.write_text("<h1>{{event.title}}</h1>{{#days}}<p>{{long_date}}</p>{{/days}}", encoding="utf-8")
            out = pathlib.Path(d) / "p.html"
            run("program", SEEDS[0], "-o", out, "--template", mine)
            self.assertTrue(out.read_text(encoding="utf-8").startswith(
                "<h1>AI for Growth: Fostering UK-France Collaboration</h1><p>Monday 10 February 2025</p>"))
            missing = pathlib.Path(d) / "nowhere.mustache"
            gone = pathlib.Path(d) / "never.html"
            p = run("program", SEEDS[0], "-o", gone, "--template", missing, check_exit=2)
            self.assertIn("nowhere.mustache", p.stderr)
            self.assertFalse(gone.exists())


class Speakers(unittest.TestCase):
    def test_html_list_of_both_seeds(self):
        for event in SEEDS:
            data = seed(event)
            with self.subTest(event=event.name):
                rows = list(csv.DictReader(io.StringIO(run("speakers", event, "--format", "csv").stdout)))
                source = run("speakers", event, "--format", "html").stdout
                page = Page(source)
                self.assertEqual(page.errors, [])
                text = page.visible()
                for r in rows:
                    self.assertIn(norm(r["name"]), text)
                # One entry per person, however many sessions they take part in, in the CSV's order.
                entries = [a.get("id") for t, a in page.tags if t == "section"]
                self.assertEqual(entries, ["p-" + r["id"] for r in rows])
                lang = data["event"]["languages"][0]
                for s in data["sessions"]:
                    title = norm(texts(s["title"], lang))
                    if not s.get("public", True):
                        self.assertNotIn(title, text)
                    elif s.get("status") != "cancelled" and (s.get("speakers") or s.get("moderators")):
                        self.assertIn(title, text)

    def test_csv_joins_the_sessions_of_a_person_in_several(self):
        for event in SEEDS:
            data = seed(event)
            counts = {}
            for s in data["sessions"]:
                if s.get("public", True) and s.get("status") != "cancelled":
                    for p in set(s.get("speakers", []) + s.get("moderators", []) + s.get("hosts", [])):
                        counts[p] = counts.get(p, 0) + 1
            rows = list(csv.DictReader(io.StringIO(run("speakers", event, "--format", "csv").stdout)))
            with self.subTest(event=event.name):
                self.assertEqual(len(rows), len({r["id"] for r in rows}), "one row per person")
                busy = [p for p, n in counts.items() if n > 1]
                self.assertTrue(busy, "the seed has someone in several sessions")
                for r in rows:
                    self.assertEqual(len(r["session_ids"].split()), counts[r["id"]], r)

    def test_template_and_errors(self):
        with tempfile.TemporaryDirectory() as d:
            mine = pathlib.Path(d) / "mine.mustache"
            mine.write_text("{{#speakers}}{{name}};{{/speakers}}", encoding="utf-8")
            p = run("speakers", SEEDS[0], "--format", "html", "--template", mine)
            self.assertIn("Dame Menna Rawlings;", p.stdout)
            p = run("speakers", SEEDS[0], "--format", "html", "--template", pathlib.Path(d) / "no.mustache",
                    check_exit=2)
            self.assertIn("no.mustache", p.stderr)
            run("speakers", SEEDS[0], "--format", "csv", "--template", mine, check_exit=2)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args, rest = ap.parse_known_args()
    CLI = str(pathlib.Path(args.cli).resolve())
    clitest.CLI = CLI
    unittest.main(argv=[sys.argv[0], *rest])
