#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Acceptance tests of the printed programme (summitry-cli program ... -o X.pdf), the day grid
(render) and the speakers' list as PDF, read back with poppler-utils: every public title and
speaker is printed and nothing private; the paper is right; no word outside the margins; every
font embedded; French dates; the staff run-sheet; the speakers' index points at the right pages.

    test_programme.py --cli build/src/cli/summitry-cli
"""
import argparse
import json
import os
import pathlib
import re
import struct
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
BERLIN = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
SEEDS = (PARIS, BERLIN)
GEN_EVENT = ROOT.parent / "shared" / "bench" / "gen_event.py"
import clitest  # noqa: E402  (tests/cli/, beside this script)

CLI = None
TMP = None

# Page sizes in points, portrait; landscape pages (the grids) swap them.
PAPER = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
# The layout's margins (render/composer.cpp): text starts this far from the left and right
# edges; nothing is printed closer than SAFE to the top or bottom.
MARGIN_X = {"portrait": 56.0, "landscape": 40.0}
SAFE_Y = 24.0


def run(*args, check_exit=0):
    return clitest.run(*args, check_exit=check_exit, text=False)


def tool(*args):
    return subprocess.run(list(map(str, args)), capture_output=True, check=True, timeout=60).stdout.decode()


def squeeze(text):
    """Text without whitespace or hyphens: lines wrap anywhere in a title, and pdftotext joins
    a word broken after a hyphen ("UK-\nFrance" becomes "UKFrance")."""
    return re.sub(r"[\s\-‐]+", "", text)


def programme(src, *options, name=None):
    out = pathlib.Path(TMP) / (name or (src.stem + "-" + "-".join(o.strip("-") for o in options) + ".pdf"))
    if not out.exists():
        run("program", src, "-o", out, *options)
    return out


def agenda(src, *options):
    data = json.loads(run("agenda", src, "--format", "json", "--include-private", *options).stdout)
    return [s for day in data["days"] for s in day["sessions"]] + data["unscheduled"]


def page_sizes(pdf):
    info = tool("pdfinfo", "-f", "1", "-l", "100000", pdf)
    return [tuple(map(float, m)) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def with_contacts(src, d):
    """The event with a private e-mail address and phone number for everyone."""
    path = pathlib.Path(d) / ("contacts-" + src.name)
    path.write_text(src.read_text(encoding="utf-8").replace(
        "\n    name: ", "\n    email: secret@example.org\n    phone: \"+33 6 12 34 56 78\"\n    name: "),
        encoding="utf-8")
    return path


class Content(unittest.TestCase):
    def test_every_public_title_and_speaker_and_nothing_private(self):
        for src in SEEDS:
            with self.subTest(event=src.name):
                text = squeeze(tool("pdftotext", programme(src), "-"))
                sessions = agenda(src)
                public = [s for s in sessions if s["public"]]
                private = [s for s in sessions if not s["public"]]
                self.assertTrue(public and private, "the seed events have both")
                for s in public:
                    self.assertIn(squeeze(s["title"]), text, s["id"])
                    for p in s["speakers"] + s["moderators"] + s["hosts"]:
                        self.assertIn(squeeze(p["name"]), text, p["id"])
                for s in private:
                    self.assertNotIn(squeeze(s["title"]), text, s["id"])
                people = json.loads(run("speakers", src, "--format", "json").stdout)
                for p in people:
                    self.assertIn(squeeze(p["name"]), text)

    def test_contact_details_never_printed_for_attendees(self):
        with tempfile.TemporaryDirectory() as d:
            src = with_contacts(PARIS, d)
            out = pathlib.Path(d) / "p.pdf"
            run("program", src, "-o", out)
            text = tool("pdftotext", out, "-")
            self.assertNotIn("secret@", text)
            self.assertNotIn("12 34 56", text)
            run("speakers", src, "--format", "pdf", "-o", out)
            text = tool("pdftotext", out, "-")
            self.assertIn("Audrey Herblin-Stoop", text)
            self.assertNotIn("secret@", text)

    def test_french_dates_and_words(self):
        text = tool("pdftotext", programme(PARIS, "--lang", "fr"), "-")
        self.assertIn("lundi 10 février 2025", text)
        self.assertIn("Intervenants", text)
        self.assertIn("Table ronde : l'IA dans la finance", " ".join(text.split()))
        self.assertNotIn("Monday", text)
        # A text missing in French falls back to the event's first language (English).
        self.assertIn(squeeze("A short read-out from each of the five tables"), squeeze(text))
        self.assertRegex(text, r"\b1[4-9]:\d\d–1[4-9]:\d\d\b")  # a 24-hour clock
        de = tool("pdftotext", programme(BERLIN, "--lang", "de"), "-")
        self.assertIn("Dienstag, 18. November 2025", de)

    def test_staff_run_sheet(self):
        with tempfile.TemporaryDirectory() as d:
            src = with_contacts(PARIS, d)
            out = pathlib.Path(d) / "staff.pdf"
            run("program", src, "-o", out, "--audience", "staff")
            text = tool("pdftotext", out, "-")
        flat = squeeze(text)
        self.assertIn(squeeze("Closed-door meeting of the minister with AI company leaders"), flat)
        self.assertIn("secret@example.org", text)
        self.assertIn("Open conflicts", text)
        conflicts = json.loads(run("check", PARIS, "--format", "json").stdout)
        self.assertTrue(conflicts)
        for c in conflicts:
            self.assertIn(c["rule"], text)
            self.assertIn(squeeze(c["message"]), flat)
        self.assertIn("Set-up", text)
        self.assertRegex(text, r"Expected 14 / Capacity 20")
        self.assertIn("For the team only", text)

    def test_the_index_points_at_the_page_of_the_session(self):
        pdf = programme(PARIS)
        pages = tool("pdftotext", "-layout", pdf, "-").split("\f")
        index = [i for i, p in enumerate(pages) if "Speakers" in p.split("\n", 2)[0]]
        self.assertTrue(index)
        found = 0
        for title in ("Keynote: AI for growth, from", "Fireside chat: the UK, France"):
            for i in index:
                m = re.search(re.escape(title) + r".*?\s(\d+)\s*$", pages[i], re.M)
                if m:
                    target = pages[int(m.group(1)) - 1]
                    self.assertIn(squeeze(title), squeeze(target))
                    self.assertNotIn("Speakers", target.split("\n", 2)[0])
                    found += 1
                    break
        self.assertEqual(found, 2)


class Pages(unittest.TestCase):
    def test_paper_sizes(self):
        for paper, (w, h) in PAPER.items():
            for src in SEEDS:
                with self.subTest(paper=paper, event=src.name):
                    sizes = page_sizes(programme(src, "--paper", paper))
                    self.assertGreater(len(sizes), 5)
                    self.assertAlmostEqual(sizes[0][0], w, delta=0.5)
                    self.assertAlmostEqual(sizes[0][1], h, delta=0.5)
                    landscape = 0
                    for pw, ph in sizes:
                        self.assertAlmostEqual(min(pw, ph), w, delta=0.5)
                        self.assertAlmostEqual(max(pw, ph), h, delta=0.5)
                        landscape += pw > ph
                    self.assertGreaterEqual(landscape, 1, "a grid page per day")

    def check_inside_margins(self, pdf):
        html = tool("pdftotext", "-bbox", pdf, "-")
        words = 0
        for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
            w, h = float(page.group(1)), float(page.group(2))
            mx = MARGIN_X["landscape" if w > h else "portrait"]
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 page.group(3)):
                x0, y0, x1, y1 = map(float, m.groups()[:4])
                words += 1
                where = f"{pdf.name}: '{m.group(5)}' at {x0:.1f},{y0:.1f}-{x1:.1f},{y1:.1f} on {w:.0f}x{h:.0f}"
                self.assertGreaterEqual(x0, mx - 1.0, where)
                self.assertLessEqual(x1, w - mx + 1.0, where)
                self.assertGreaterEqual(y0, SAFE_Y, where)
                self.assertLessEqual(y1, h - SAFE_Y, where)
        self.assertGreater(words, 200)

    def test_no_word_outside_the_margins(self):
        for src in SEEDS:
            for options in ((), ("--paper", "letter"), ("--audience", "staff"), ("--lang", "fr")):
                with self.subTest(event=src.name, options=options):
                    self.check_inside_margins(programme(src, *options))

    def test_every_font_embedded(self):
        for src in SEEDS:
            fonts = tool("pdffonts", programme(src)).splitlines()[2:]
            self.assertTrue(fonts)
            for line in fonts:
                # name, type, encoding, emb, sub, uni, object, id: "emb" is the 4th from the end.
                cols = line.split()
                self.assertEqual(cols[-5], "yes", line)
                self.assertTrue(re.search(r"Noto|DejaVu", line), line)

    def test_thirty_rooms_split_across_landscape_pages(self):
        with tempfile.TemporaryDirectory() as d:
            src = pathlib.Path(d) / "wide.yaml"
            subprocess.run(["/usr/bin/python3", GEN_EVENT, "--sessions", "400", "--rooms", "36", "--venues", "1",
                            "--days", "1", "-o", src], check=True, capture_output=True, timeout=60)
            out = pathlib.Path(d) / "wide.pdf"
            run("program", src, "-o", out, "--force")
            self.check_inside_margins(out)
            text = tool("pdftotext", out, "-")
            self.assertRegex(text, r"rooms 1–\d+ of 36")
            sizes = page_sizes(out)
            self.assertGreaterEqual(sum(1 for w, h in sizes if w > h), 4)


class Render(unittest.TestCase):
    def test_png_svg_and_pdf(self):
        with tempfile.TemporaryDirectory() as d:
            png = pathlib.Path(d) / "grid.png"
            run("render", PARIS, "--day", "2025-02-10", "-o", png)
            data = png.read_bytes()
            self.assertEqual(data[:8], b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", data[16:24])
            self.assertGreater(width, 800)
            self.assertGreater(height, 600)
            svg = pathlib.Path(d) / "grid.svg"
            run("render", BERLIN, "--day", "2025-11-18", "-o", svg)
            self.assertIn("<svg", svg.read_text(encoding="utf-8"))
            pdf = pathlib.Path(d) / "grid.pdf"
            run("render", BERLIN, "--day", "2025-11-18", "-o", pdf)
            self.assertTrue(all(w > h for w, h in page_sizes(pdf)))
            Pages.check_inside_margins(self, pdf)
            text = squeeze(tool("pdftotext", pdf, "-"))
            for s in agenda(BERLIN):
                if s["public"] and s["day"] == "2025-11-18" and s["status"] != "cancelled":
                    self.assertIn(squeeze(s["title"])[:12], text, s["id"])

    def test_bad_day_and_format(self):
        with tempfile.TemporaryDirectory() as d:
            p = run("render", PARIS, "--day", "2025-02-11", "-o", pathlib.Path(d) / "x.png", check_exit=2)
            self.assertIn("no session on 2025-02-11", p.stderr.decode())
            run("render", PARIS, "--day", "10/02/2025", "-o", pathlib.Path(d) / "x.png", check_exit=2)
            run("render", PARIS, "--day", "2025-02-10", "-o", pathlib.Path(d) / "x.gif", check_exit=2)
            run("program", PARIS, "-o", pathlib.Path(d) / "x.docx", check_exit=2)
            self.assertFalse(any(pathlib.Path(d).iterdir()))


class Demo(unittest.TestCase):
    """The README's first command ends in packaging/demo.sh: without a display it must leave
    a programme, a grid and a calendar where it says."""

    def test_without_a_display_the_event_is_rendered_and_the_paths_printed(self):
        with tempfile.TemporaryDirectory() as d:
            env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
            env.update(SUMMITRY_CLI=CLI, DEMO_OUT=d)
            p = subprocess.run([str(ROOT / "packaging" / "demo.sh")], capture_output=True, text=True,
                               env=env, timeout=120)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn("No display", p.stdout)
            for suffix in (".pdf", ".html", "-grid.png", ".ics"):
                path = pathlib.Path(d) / f"ai-for-growth-2025{suffix}"
                self.assertIn(str(path), p.stdout)
                self.assertGreater(path.stat().st_size, 1000, path)
            text = squeeze(tool("pdftotext", pathlib.Path(d) / "ai-for-growth-2025.pdf", "-"))
            self.assertIn(squeeze("Fireside chat: the UK, France and the global AI race"), text)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    clitest.CLI = CLI
    with tempfile.TemporaryDirectory() as tmp:
        TMP = tmp
        result = unittest.main(argv=[sys.argv[0], *rest], verbosity=2, exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
