#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`summitry-cli site`, end to end (issue 18): the files of both seed events, links that all
lead somewhere, the same bytes when nothing changed (and no file rewritten), nothing private,
hostile titles escaped, the calendars' UIDs and SEQUENCEs those of `export ics`, webcal:// links
with --base-url, the changes and their feed with releases, an organizer's templates.

    test_site.py --cli build/src/cli/summitry-cli
"""
import argparse
import html.parser
import os
import pathlib
import re
import shutil
import sys
import tempfile
import unittest
import urllib.parse
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEEDS = [ROOT / "schedules" / "ai-for-growth-2025.yaml",
         ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"]
import clitest  # noqa: E402  (tests/cli/, beside this script)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}

HOSTILE = """\
summitry: 1
x-secret-top: XSECRET-TOP-VALUE
event:
  id: hostile
  title: {en: "Hostile <script>alert('t')</script> fair", fr: "Foire <b>hostile</b>"}
  timezone: Europe/Paris
  start_date: 2025-03-01
  end_date: 2025-03-01
  languages: [en, fr]
organizations:
  - id: org
    name: {en: "Org \\"quoted\\" & <i>co</i>"}
    website: "javascript:alert(1)"
people:
  - id: alice
    name: "Alice <img src=x onerror=alert(1)>"
    email: alice-secret@example.org
    phone: "+33 1 99 99 99 99"
    affiliation: org
    x-secret-person: XSECRET-PERSON-VALUE
  - id: bob
    name: Bob Private
    email: bob-secret@example.org
venues:
  - id: hall
    name: Hall
    address: "1 rue <u>de</u> la Paix"
    rooms:
      - id: main
        name: Main
      - id: side
        name: Side
tracks:
  - id: t1
    name: "Track \\"one\\""
    color: "#aa0000"
sessions:
  - id: open
    title: {en: "Opening \\"><script>alert(1)</script>"}
    room: hall/main
    track: t1
    start: 2025-03-01 09:00
    duration: 30min
    speakers: [alice]
    url: "javascript:alert(2)"
    description: {en: "Line one\\n</p><script>alert(3)</script>"}
    x-secret-session: XSECRET-SESSION-VALUE
  - id: secret-meeting
    title: SECRET-MEETING-TITLE
    room: hall/side
    start: 2025-03-01 10:00
    duration: 30min
    hosts: [bob]
    public: false
  - id: late
    title: {en: Late session, fr: Séance tardive}
    room: hall/side
    start: 2025-03-01 11:00
    duration: 45min
    speakers: [alice]
"""


def run(*args, check_exit=0, env=None):
    if env:
        old = dict(os.environ)
        os.environ.update(env)
        try:
            return clitest.run(*args, check_exit=check_exit, drop_env=("SUMMITRY_TEMPLATE_DIR",))
        finally:
            os.environ.clear()
            os.environ.update(old)
    return clitest.run(*args, check_exit=check_exit, drop_env=("SUMMITRY_TEMPLATE_DIR",))


class Page(html.parser.HTMLParser):
    """Elements and links of a page; fails on tags closed out of order."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.stack, self.tags, self.errors, self.ids = [], [], [], []
        self.feed(source)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def links(self):
        for tag, a in self.tags:
            for key in ("href", "src", "action"):
                if key in a:
                    yield tag, key, a[key]


def files_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def uid_sequences(ics_text):
    """{UID: SEQUENCE} of a calendar (unfolded)."""
    text = ics_text.replace("\r\n ", "")
    out, uid, seq = {}, None, "0"
    for line in text.splitlines():
        if line == "BEGIN:VEVENT":
            uid, seq = None, "0"
        elif line.startswith("UID:"):
            uid = line[4:]
        elif line.startswith("SEQUENCE:"):
            seq = line[9:]
        elif line == "END:VEVENT":
            out[uid] = seq
    return out


class SiteTest(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="summitry-site-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def build(self, event, name="site", *more, check_exit=0, env=None):
        out = self.tmp / name
        p = run("site", event, "-o", out, *more, check_exit=check_exit, env=env)
        return out, p

    def hostile(self):
        path = self.tmp / "hostile.yaml"
        path.write_text(HOSTILE, encoding="utf-8")
        return path

    def check_links(self, site):
        """Every relative link of every page leads to a file of the site; nothing is fetched from
        elsewhere (stylesheets, scripts, images, forms)."""
        pages = [p for p in site.rglob("*.html")]
        self.assertTrue(pages)
        for page in pages:
            parsed = Page(page.read_text(encoding="utf-8"))
            self.assertEqual(parsed.errors, [], page)
            self.assertEqual(len(parsed.ids), len(set(parsed.ids)), f"{page}: an id twice")
            for tag, key, url in parsed.links():
                u = urllib.parse.urlsplit(url)
                if u.scheme in ("http", "https", "webcal", "mailto"):
                    self.assertEqual(tag, "a", f"{page}: <{tag} {key}={url}> loads from elsewhere")
                    continue
                self.assertEqual(u.scheme, "", f"{page}: {url}")
                if not u.path:
                    continue
                target = (page.parent / urllib.parse.unquote(u.path)).resolve()
                self.assertTrue(target.is_file(), f"{page}: {key}={url} leads nowhere")
                self.assertTrue(str(target).startswith(str(site.resolve())), f"{page}: {url}")
            source = page.read_text(encoding="utf-8")
            self.assertIn('http-equiv="Content-Security-Policy"', source, page)
            self.assertNotIn("<style", source, f"{page}: inline style (the CSP forbids it)")
            self.assertNotRegex(source, r"<script>", f"{page}: inline script")
            self.assertNotRegex(source, r"\sstyle=", f"{page}: style attribute")

    def test_both_seeds_make_every_page_with_links_that_lead_somewhere(self):
        for seed in SEEDS:
            with self.subTest(seed=seed.name):
                site, p = self.build(seed, seed.stem)
                self.assertIn("files", p.stdout)
                files = files_of(site)
                for lang in ("en", "fr"):
                    for f in ("index.html", "people.html", "rooms.html", "tracks.html",
                              "organizations.html", "search.html", "search-index.js",
                              "event.ics", "schedule.xml", "schedule.json"):
                        self.assertIn(f"{lang}/{f}", files)
                    self.assertTrue(any(f.startswith(f"{lang}/days/") and f.endswith("-grid.html")
                                        for f in files))
                    self.assertTrue(any(f.startswith(f"{lang}/sessions/") for f in files))
                    self.assertTrue(any(f.startswith(f"{lang}/people/") and f.endswith(".ics")
                                        for f in files))
                    self.assertTrue(any(f.startswith(f"{lang}/rooms/") and f.endswith(".ics")
                                        for f in files))
                    self.assertTrue(any(f.startswith(f"{lang}/tracks/") and f.endswith(".ics")
                                        for f in files))
                for f in ("index.html", "assets/site.css", "assets/search.js", "assets/tracks.css"):
                    self.assertIn(f, files)
                self.assertNotIn("en/changes.html", files)  # no release, no changes
                self.assertNotIn("en/changes.atom", files)
                self.check_links(site)
                index = files["en/index.html"].decode()
                self.assertIn('href="schedule.xml"', index)
                self.assertIn('href="schedule.json"', index)
                self.assertRegex(files["fr/index.html"].decode(), r'<html lang="fr">')

    def test_times_carry_their_zone_and_pages_switch_language_keeping_the_page(self):
        site, _ = self.build(SEEDS[0])
        page = (site / "fr/sessions/opening-ai-avatar.html").read_text(encoding="utf-8")
        self.assertIn('<time datetime="2025-02-10T14:00+01:00">14:00</time>', page)
        self.assertIn('href="../../en/sessions/opening-ai-avatar.html"', page)
        self.assertIn('hreflang="en"', page)
        self.assertIn("Ouverture", page)

    def test_a_text_in_another_language_says_so(self):
        site, _ = self.build(self.hostile())
        # "Opening ..." is written in English only: on the French page it is marked lang="en".
        page = (site / "fr/sessions/open.html").read_text(encoding="utf-8")
        self.assertRegex(page, r'<h1 lang="en">Opening')
        late = (site / "fr/sessions/late.html").read_text(encoding="utf-8")
        self.assertRegex(late, r"<h1>Séance tardive</h1>")

    def test_an_unchanged_event_gives_the_same_bytes_and_rewrites_nothing(self):
        seed = SEEDS[1]
        a, _ = self.build(seed, "a")
        b, _ = self.build(seed, "b")
        self.assertEqual(files_of(a), files_of(b))
        times = {p: p.stat().st_mtime_ns for p in a.rglob("*") if p.is_file()}
        _, p = self.build(seed, "a")
        self.assertRegex(p.stdout, r" 0 written, \d+ unchanged, 0 removed")
        self.assertEqual(times, {p: p.stat().st_mtime_ns for p in a.rglob("*") if p.is_file()})

    def test_a_rebuild_rewrites_what_changed_and_removes_what_is_gone(self):
        event = self.hostile()
        site, _ = self.build(event)
        self.assertTrue((site / "en/sessions/late.html").exists())
        event.write_text(HOSTILE.replace("    start: 2025-03-01 11:00\n    duration: 45min\n"
                                         "    speakers: [alice]\n", "")
                         .replace("  - id: late\n    title: {en: Late session, fr: Séance tardive}\n"
                                  "    room: hall/side\n", ""), encoding="utf-8")
        _, p = self.build(event)
        self.assertFalse((site / "en/sessions/late.html").exists())
        self.assertRegex(p.stdout, r"[1-9]\d* written, \d+ unchanged, [1-9]\d* removed")
        self.check_links(site)

    def test_a_folder_of_other_files_is_refused(self):
        folder = self.tmp / "mine"
        folder.mkdir()
        (folder / "thesis.tex").write_text("mine")
        p = run("site", SEEDS[0], "-o", folder, check_exit=2)
        self.assertIn("no site made by Summitry", p.stderr)
        self.assertEqual(sorted(x.name for x in folder.iterdir()), ["thesis.tex"])

    def test_nothing_private_ever(self):
        site, _ = self.build(self.hostile())
        everything = b"".join(files_of(site).values())
        for secret in (b"SECRET-MEETING-TITLE", b"secret-meeting", b"alice-secret@example.org",
                       b"bob-secret", b"Bob Private", b"99 99 99", b"XSECRET"):
            self.assertNotIn(secret, everything, secret)
        for seed in SEEDS:
            with self.subTest(seed=seed.name):
                site, _ = self.build(seed, seed.stem + "-private")
                names = [p.name for p in site.rglob("*")]
                text = seed.read_text(encoding="utf-8")
                private = re.findall(r"- id: ([\w-]+)\n(?:    .*\n)*?    public: false", text)
                self.assertTrue(private)
                for sid in private:
                    self.assertNotIn(sid + ".html", names)
                    self.assertNotIn(sid.encode(), b"".join(files_of(site).values()))
                for mail in re.findall(r"email: (\S+)", text):
                    self.assertNotIn(mail.encode(), b"".join(files_of(site).values()))

    def test_hostile_titles_are_escaped_and_unsafe_links_dropped(self):
        site, _ = self.build(self.hostile())
        for path in site.rglob("*.html"):
            source = path.read_text(encoding="utf-8")
            self.assertNotIn("<script>alert", source, path)
            self.assertNotIn("<img src=x", source, path)
            self.assertNotIn("javascript:", source, path)
            self.assertNotIn("<i>co</i>", source, path)
        page = (site / "en/sessions/open.html").read_text(encoding="utf-8")
        self.assertIn("Opening &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", page)
        index = (site / "en/search-index.js").read_text(encoding="utf-8")
        self.assertNotIn("<", index)  # inert even pasted into a <script> element
        self.assertIn("\\u003cscript>alert(1)\\u003c/script>", index)

    def test_calendars_carry_the_uids_and_sequences_of_export_ics(self):
        seed = SEEDS[0]
        site, _ = self.build(seed)
        exported = run("export", "ics", seed, "--lang", "en").stdout
        self.assertEqual(uid_sequences((site / "en/event.ics").read_text(encoding="utf-8")),
                         uid_sequences(exported))
        person = run("export", "ics", seed, "--person", "menna-rawlings").stdout
        self.assertEqual(uid_sequences((site / "en/people/menna-rawlings.ics")
                                       .read_text(encoding="utf-8")), uid_sequences(person))
        track = run("export", "ics", seed, "--track", "main-stage").stdout
        self.assertEqual(uid_sequences((site / "en/tracks/main-stage.ics")
                                       .read_text(encoding="utf-8")), uid_sequences(track))

    def test_webcal_links_with_a_base_url_only(self):
        site, _ = self.build(SEEDS[0])
        self.assertNotIn("webcal:", (site / "en/people/menna-rawlings.html").read_text())
        site, _ = self.build(SEEDS[0], "based", "--base-url", "https://example.org/summit")
        page = (site / "en/people/menna-rawlings.html").read_text()
        self.assertIn('href="webcal://example.org/summit/en/people/menna-rawlings.ics"', page)
        self.assertIn('href="webcal://example.org/summit/en/event.ics"',
                      (site / "en/index.html").read_text())
        p = run("site", SEEDS[0], "-o", self.tmp / "bad", "--base-url", "javascript:alert(1)",
                check_exit=2)
        self.assertIn("--base-url", p.stderr)
        self.assertFalse((self.tmp / "bad").exists())

    def test_one_language_when_asked(self):
        site, _ = self.build(SEEDS[0], "fr-only", "--lang", "fr")
        self.assertTrue((site / "fr/index.html").exists())
        self.assertFalse((site / "en").exists())
        self.check_links(site)

    def test_releases_make_pages_of_changes_and_a_feed(self):
        event = self.tmp / "event.yaml"
        shutil.copy(SEEDS[0], event)
        run("release", event, "--name", "v1", "--note", "First <b>programme</b>")
        run("set", event, "sessions/welcome-ambassador.start", "2025-02-10 14:20")
        run("release", event, "--name", "v2")
        site, _ = self.build(event)
        for lang in ("en", "fr"):
            changes = (site / f"{lang}/changes.html").read_text(encoding="utf-8")
            self.assertIn("changes/v2.html", changes)
            self.assertIn("changes/v1.html", changes)
            v2 = (site / f"{lang}/changes/v2.html").read_text(encoding="utf-8")
            self.assertIn("welcome-ambassador.html", v2)
            self.assertIn("Moved" if lang == "en" else "Déplacé", v2)
            feed = ET.parse(site / f"{lang}/changes.atom").getroot()
            ns = {"a": "http://www.w3.org/2005/Atom"}
            entries = feed.findall("a:entry", ns)
            self.assertEqual([e.find("a:title", ns).text.split()[-1] for e in entries],
                             ["v2", "v1"])
            self.assertTrue(feed.find("a:updated", ns).text.endswith("Z"))
            self.assertIn("First <b>programme</b>",
                          entries[1].find("a:summary", ns).text)  # text, not markup
        self.check_links(site)

    def test_an_organizers_template_replaces_summitrys(self):
        mine = self.tmp / "templates"
        mine.mkdir()
        stock = (ROOT / "templates/site/session.html.mustache").read_text(encoding="utf-8")
        (mine / "session.html.mustache").write_text(stock.replace("<article", "<!-- MINE --><article"))
        site, _ = self.build(SEEDS[0], "mine", "--templates", mine)
        self.assertIn("<!-- MINE -->", (site / "en/sessions/opening-ai-avatar.html").read_text())
        (mine / "index.html.mustache").write_text("{{#page}}{{#days}}")
        p = run("site", SEEDS[0], "-o", self.tmp / "broken", "--templates", mine, check_exit=2)
        self.assertIn("index.html.mustache", p.stderr)
        self.assertFalse((self.tmp / "broken").exists())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args, rest = parser.parse_known_args()
    clitest.CLI = args.cli
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
