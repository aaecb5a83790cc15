#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Versions end to end (issue 16): releases and the revision rule against hand edits, hostile
release names; diff of generated events with known edits finds exactly those, its formats and
audiences, FILE@RELEASE and FILE@git:REV; merge of random independent edit pairs gives both,
every conflict kind, a real `git merge` with the driver configured.

    test_versions.py --cli build/src/cli/summitry-cli --shared ../shared
"""
import argparse
import json
import os
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import unittest

import yaml

import clitest  # noqa: E402  (tests/cli/, beside this script)

SHARED = None


def generate(tmp, name, *args):
    out = pathlib.Path(tmp) / name
    subprocess.run(["/usr/bin/python3", str(SHARED / "bench" / "gen_event.py"), *map(str, args),
                    "-o", str(out)], check=True, capture_output=True)
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return clitest.load_yaml(f)


def dump(data, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False)
    return path


def session(data, sid):
    return next(s for s in data["sessions"] if s["id"] == sid)


def diff_json(a, b, *extra, exit_code=None):
    p = clitest.run("diff", a, b, "--format", "json", *extra, check_exit=exit_code)
    return json.loads(p.stdout)


def kinds(d):
    return sorted((c["kind"], c.get("session") or c.get("person") or c.get("room") or
                   c.get("venue") or c.get("track") or c.get("organization") or c.get("event"))
                  for c in d["changes"])


def replace_once(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class Releases(unittest.TestCase):
    def test_release_raises_exactly_the_changed_sessions(self):
        with tempfile.TemporaryDirectory() as tmp:
            ev = generate(tmp, "ev.yaml", "--sessions", 30, "--seed", 5)
            p = clitest.run("release", ev, "--name", "v1", "--note", "first programme")
            self.assertIn("released v1", p.stdout)
            self.assertTrue((pathlib.Path(str(ev) + ".releases") / "v1.yaml").exists())
            data = load(ev)
            placed = [s["id"] for s in data["sessions"] if "start" in s and "room" in s]
            moved, retitled = placed[0], placed[1]
            # Hand edits, as in a text editor.
            text = ev.read_text(encoding="utf-8")
            start = session(data, moved)["start"]
            block = text[text.index(f"- id: {moved}\n"):]
            block_new = block.replace(f"start: {start}", f"start: {start[:-5]}23:00", 1)
            text = text.replace(block, block_new, 1)
            title = session(data, retitled)["title"]
            text = text.replace(f'title: "{title}"', 'title: "A new title"', 1)
            # People: the speakers' line of a session that has one, rewritten.
            joined = next(x for x in placed[2:] if session(data, x).get("speakers"))
            old = "speakers: [" + ", ".join(session(data, joined)["speakers"]) + "]"
            block = text[text.index(f"- id: {joined}\n"):]
            new = "speakers: [person-1]" if old != "speakers: [person-1]" else "speakers: [person-2]"
            text = text.replace(block, block.replace(old, new, 1), 1)
            described = next(x for x in placed[2:] if x != joined)
            text = text.replace(f"- id: {described}\n", f"- id: {described}\n    description: New words\n", 1)
            ev.write_text(text, encoding="utf-8")
            before = ev.read_text(encoding="utf-8").splitlines()
            p = clitest.run("release", ev, "--name", "v2")
            after = ev.read_text(encoding="utf-8").splitlines()
            raised = {sid: s.get("revision", 0) for sid, s in
                      ((s["id"], s) for s in load(ev)["sessions"])}
            self.assertEqual({k for k, v in raised.items() if v}, {moved, retitled, joined}, p.stdout)
            self.assertEqual({v for v in raised.values() if v}, {1})
            # One minimal edit: only revision lines were added.
            added = [l for l in after if l not in before]
            self.assertEqual(len(after) - len(before), 3)
            self.assertTrue(all(l.strip().startswith("revision:") for l in added), added)
            # No change since v2: a third release raises nothing.
            p = clitest.run("release", ev, "--name", "v3")
            self.assertIn("0 sessions changed since v2", p.stdout)
            self.assertEqual(ev.read_text(encoding="utf-8").splitlines(), after)
            # A move made with `set` raised the revision already: the release leaves it.
            clitest.run("set", ev, f"sessions/{moved}.start", f"{start[:-5]}22:00")
            self.assertEqual(session(load(ev), moved)["revision"], 2)
            p = clitest.run("release", ev, "--name", "v4")
            self.assertEqual(session(load(ev), moved)["revision"], 2)
            listed = clitest.run("releases", ev).stdout.splitlines()
            self.assertEqual([l.split()[0] for l in listed], ["v1", "v2", "v3", "v4"])
            self.assertIn("first programme", listed[0])

    def test_hostile_and_taken_names_are_refused(self):
        with tempfile.TemporaryDirectory() as tmp:
            ev = generate(tmp, "ev.yaml", "--sessions", 5, "--seed", 2)
            for name in ["../escape", "a/b", "-x", ".hidden", "index", "INDEX", "a b", "a..b", "",
                         "x" * 65, "é", "v1\n", "v1;rm"]:
                p = clitest.run("release", ev, "--name", name, check_exit=2)
                self.assertIn("release", p.stderr)
            self.assertFalse((pathlib.Path(tmp) / "escape.yaml").exists())
            self.assertFalse((pathlib.Path(tmp) / "ev.yaml.releases").exists())
            clitest.run("release", ev, "--name", "v1")
            p = clitest.run("release", ev, "--name", "V1", check_exit=2)
            self.assertIn("already", p.stderr)
            index = pathlib.Path(str(ev) + ".releases") / "index.yaml"
            index.write_text("releases:\n  - name: ../../etc/passwd\n", encoding="utf-8")
            p = clitest.run("releases", ev, check_exit=2)
            self.assertIn("index.yaml:2:5:", p.stderr)
            p = clitest.run("diff", f"{ev}@../../etc/passwd", ev, check_exit=2)

    def test_a_file_with_errors_is_not_released(self):
        with tempfile.TemporaryDirectory() as tmp:
            ev = generate(tmp, "ev.yaml", "--sessions", 5, "--seed", 2)
            replace_once(ev, "timezone: Europe/Paris", "timezone: Europe/Pariss")
            clitest.run("release", ev, "--name", "v1", check_exit=2)


class Exports(unittest.TestCase):
    def test_exports_carry_the_latest_release(self):
        with tempfile.TemporaryDirectory() as tmp:
            ev = generate(tmp, "ev.yaml", "--sessions", 10, "--seed", 8)
            before = clitest.run("export", "frab", ev).stdout
            digest = re.search(r"<version>(.*)</version>", before).group(1)
            self.assertRegex(digest, r"^[0-9a-f]{8}$")
            clitest.run("release", ev, "--name", "v1")
            self.assertIn("<version>v1</version>", clitest.run("export", "frab", ev).stdout)
            self.assertEqual(json.loads(clitest.run("export", "json", ev).stdout)["schedule"]["version"], "v1")
            sid = next(s for s in load(ev)["sessions"] if "start" in s and "room" in s)["id"]
            replace_once(ev, f"- id: {sid}\n    title: \"", f"- id: {sid}\n    title: \"Changed ")
            self.assertRegex(clitest.run("export", "frab", ev).stdout, r"<version>v1\+[0-9a-f]{8}</version>")
            clitest.run("release", ev, "--name", "v2")
            self.assertIn("<version>v2</version>", clitest.run("export", "frab", ev).stdout)
            ics = clitest.run("export", "ics", ev).stdout
            self.assertIn("SEQUENCE:1", ics)


class Diff(unittest.TestCase):
    def edited(self, tmp, seed=7):
        a = generate(tmp, "a.yaml", "--sessions", 40, "--seed", seed)
        data = load(a)
        ids = [s["id"] for s in data["sessions"] if "start" in s and "room" in s]
        s = session(data, ids[0]); s["start"] = s["start"][:-5] + "07:15"
        session(data, ids[1])["title"] = "Retitled <b>&</b>"
        session(data, ids[2])["status"] = "cancelled"
        session(data, ids[3])["speakers"] = ["person-1", "person-2"]
        session(data, ids[4])["description"] = "Some new words"
        data["sessions"] = [x for x in data["sessions"] if x["id"] != ids[5]]
        data["sessions"].append({"id": "brand-new", "title": "Brand new", "duration": "30min"})
        data["people"][0]["name"] = "Renamed Person"
        b = dump(data, pathlib.Path(tmp) / "b.yaml")
        expected = sorted([("moved", ids[0]), ("retitled", ids[1]), ("cancelled", ids[2]),
                           ("people", ids[3]), ("details", ids[4]), ("removed", ids[5]),
                           ("added", "brand-new"), ("details", data["people"][0]["id"])])
        return a, b, expected, ids

    def test_known_edits_are_found_exactly(self):
        with tempfile.TemporaryDirectory() as tmp:
            a, b, expected, ids = self.edited(tmp)
            d = diff_json(a, b, exit_code=1)
            self.assertEqual(d["from"], str(a))
            self.assertEqual(kinds(d), expected)
            moved = next(c for c in d["changes"] if c["kind"] == "moved")
            self.assertEqual(moved["after"]["start"][-5:], "07:15")
            self.assertEqual(set(moved["before"]), {"start", "duration", "room"})
            self.assertEqual(diff_json(a, a, exit_code=0)["changes"], [])
            self.assertEqual(clitest.run("diff", b, a, check_exit=1).returncode, 1)

    def test_formats_escape_what_the_files_say(self):
        with tempfile.TemporaryDirectory() as tmp:
            a, b, expected, ids = self.edited(tmp)
            html = clitest.run("diff", a, b, "--format", "html", check_exit=1).stdout
            self.assertIn("Retitled &lt;b&gt;&amp;&lt;/b&gt;", html)
            self.assertNotIn("<b>&</b>", html)
            md = clitest.run("diff", a, b, "--format", "markdown", check_exit=1).stdout
            self.assertIn("\\<b\\>", md)
            text = clitest.run("diff", a, b, check_exit=1).stdout
            self.assertIn(f"moved      session {ids[0]}", text)
            self.assertIn("8 changes", text)
            clitest.run("diff", a, b, "--format", "pdf", check_exit=2)

    def test_attendees_see_no_private_session_or_field(self):
        with tempfile.TemporaryDirectory() as tmp:
            a = generate(tmp, "a.yaml", "--sessions", 10, "--seed", 3)
            data = load(a)
            data["sessions"][0]["public"] = False
            a = dump(data, pathlib.Path(tmp) / "a.yaml")
            data["sessions"][0]["title"] = "Secret dinner moved"
            data["people"][0]["email"] = "someone@example.org"
            b = dump(data, pathlib.Path(tmp) / "b.yaml")
            self.assertEqual(len(diff_json(a, b, exit_code=1)["changes"]), 2)
            d = diff_json(a, b, "--audience", "attendees", exit_code=0)
            self.assertEqual(d["changes"], [])
            out = clitest.run("diff", a, b, "--audience", "attendees", check_exit=0).stdout
            self.assertNotIn("Secret", out)
            self.assertNotIn("example.org", out)

    def test_releases_and_git_revisions(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            ev = generate(tmp, "ev.yaml", "--sessions", 10, "--seed", 4)
            # People in an included file, to see includes read at the revision.
            data = load(ev)
            people = data.pop("people")
            data["include"] = ["people.yaml"]
            dump(data, ev)
            dump({"people": people}, tmp / "people.yaml")
            git = ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(tmp)]
            subprocess.run(["git", "init", "-q", str(tmp)], check=True)
            subprocess.run(git + ["add", "."], check=True)
            subprocess.run(git + ["commit", "-qm", "one"], check=True)
            clitest.run("release", ev, "--name", "v1")
            p = load(tmp / "people.yaml")
            p["people"][1]["name"] = "Someone Else"
            dump(p, tmp / "people.yaml")
            d = diff_json(f"{ev}@v1", ev, exit_code=1)
            self.assertEqual(kinds(d), [("details", p["people"][1]["id"])])
            d = diff_json(f"{ev}@git:HEAD", ev, exit_code=1)
            self.assertEqual(kinds(d), [("details", p["people"][1]["id"])])
            self.assertEqual(diff_json(f"{ev}@git:HEAD", f"{ev}@v1", exit_code=0)["changes"], [])
            for rev in ["--output=/tmp/x", "HEAD;ls", "HEAD:x", "HE AD", "$(id)", ""]:
                p = clitest.run("diff", f"{ev}@git:{rev}", ev, check_exit=2)
            p = clitest.run("diff", f"{ev}@git:nonexistent", ev, check_exit=2)
            self.assertIn("git show failed", p.stderr)
            p = clitest.run("diff", f"{ev}@v9", ev, check_exit=2)
            self.assertIn("its releases: v1", p.stderr)
            # textconv: one line a value.
            lines = clitest.run("diff", ev).stdout.splitlines()
            self.assertIn("sessions/s00001.title: " + json.dumps(session(data, "s00001")["title"],
                                                                  ensure_ascii=False), lines)


class ProgrammeChanges(unittest.TestCase):
    """`program --changes-since NAME`: the sessions changed since the release are marked, in the
    event's language, and a page lists the changes; a private session never shows."""

    def test_marks_and_page_of_changes_in_html_and_pdf(self):
        seed = pathlib.Path(__file__).resolve().parents[2] / "schedules" / "ai-for-growth-2025.yaml"
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            ev = tmp / "ev.yaml"
            ev.write_bytes(seed.read_bytes())
            clitest.run("release", ev, "--name", "v1")
            clitest.run("set", ev, "sessions/fireside-chat.start", "2025-02-10 18:40")
            clitest.run("set", ev, "sessions/company-demos.title.en", "Demos of UK scale-ups")
            clitest.run("set", ev, "sessions/ministerial-roundtable.start", "2025-02-10 17:30")
            html = tmp / "p.html"
            clitest.run("program", ev, "-o", html, "--changes-since", "v1")
            page = html.read_text(encoding="utf-8")
            self.assertIn("Changes since v1", page)
            self.assertEqual(page.count('<span class="badge changed">Changed since v1</span>'), 2)
            self.assertIn('<a href="#s-fireside-chat">', page)
            changes = page[page.index('id="changes"'):]
            changes = changes[:changes.index("</section>")]
            self.assertEqual(changes.count("<li "), 2)
            self.assertRegex(changes, r"Demos of UK scale-ups.*UK scale-up demos")  # new, then old
            self.assertRegex(changes, r"18:20.*→.*18:40")
            self.assertNotIn("Closed-door meeting", page)
            # Without the option: neither marks nor page.
            clitest.run("program", ev, "-o", html)
            self.assertNotIn("Changed since", html.read_text(encoding="utf-8"))
            # In French, and as PDF.
            pdf = tmp / "p.pdf"
            clitest.run("program", ev, "-o", pdf, "--changes-since", "v1", "--lang", "fr")
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  check=True, text=True).stdout
            self.assertIn("Changements depuis v1", text)
            self.assertEqual(re.sub(r"\s+", " ", text).count("Modifié depuis v1"), 2)
            self.assertIn("Déplacé", text)
            self.assertIn("Nouveau titre", text)
            self.assertNotIn("huis clos", text)
            # No such release: a usage error, nothing written.
            bad = tmp / "bad.html"
            p = clitest.run("program", ev, "-o", bad, "--changes-since", "v9", check_exit=2)
            self.assertIn("no release 'v9'", p.stderr)
            self.assertFalse(bad.exists())


def merged(tmp, base, ours, theirs, code):
    out = pathlib.Path(tmp) / "out.yaml"
    p = clitest.run("merge", base, ours, theirs, "-o", out, check_exit=code)
    return out, p


class Merge(unittest.TestCase):
    EDITS = ["start", "title", "speakers", "status", "description", "duration"]

    def edit(self, s, what, rnd):
        if what == "start":
            s["start"] = s["start"][:-5] + rnd.choice(["07:00", "07:30", "08:00"])
        elif what == "title":
            s["title"] = f"Title {rnd.randrange(1000)}"
        elif what == "speakers":
            s["speakers"] = [f"person-{rnd.randrange(1, 9)}"]
        elif what == "status":
            s["status"] = "tentative"
        elif what == "description":
            s["description"] = f"Words {rnd.randrange(1000)}"
        elif what == "duration":
            s["duration"] = "15min"

    def test_random_independent_edits_give_both(self):
        rnd = random.Random(16)
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            base = generate(tmp, "base.yaml", "--sessions", 30, "--people", 10, "--seed", 9)
            data = load(base)
            placed = [s["id"] for s in data["sessions"] if "start" in s and "room" in s]
            for round_ in range(6):
                pairs = [(sid, key) for sid in placed for key in self.EDITS]
                rnd.shuffle(pairs)
                ours_edits, theirs_edits = pairs[:4], pairs[4:8]
                ours, theirs, both = load(base), load(base), load(base)
                for sid, key in ours_edits:
                    state = rnd.getstate()
                    self.edit(session(ours, sid), key, rnd)
                    rnd.setstate(state)
                    self.edit(session(both, sid), key, rnd)
                for sid, key in theirs_edits:
                    state = rnd.getstate()
                    self.edit(session(theirs, sid), key, rnd)
                    rnd.setstate(state)
                    self.edit(session(both, sid), key, rnd)
                if round_ % 2:  # theirs also adds a session, ours removes one
                    theirs["sessions"].append({"id": "added-there", "title": "Added there", "duration": "30min"})
                    both["sessions"].append({"id": "added-there", "title": "Added there", "duration": "30min"})
                    gone = next(s for s in data["sessions"] if s["id"] not in placed)["id"] \
                        if len(placed) < len(data["sessions"]) else None
                    if gone:
                        ours["sessions"] = [s for s in ours["sessions"] if s["id"] != gone]
                        both["sessions"] = [s for s in both["sessions"] if s["id"] != gone]
                o = dump(ours, tmp / "ours.yaml")
                t = dump(theirs, tmp / "theirs.yaml")
                want = dump(both, tmp / "both.yaml")
                out, p = merged(tmp, base, o, t, 0)
                d = diff_json(out, want, exit_code=None)
                self.assertEqual(d["changes"], [], (ours_edits, theirs_edits))

    def test_merge_from_the_texts_is_the_whole_merge(self):
        """The merge that reads BASE and THEIRS only where their texts differ (the default)
        against the whole one (SUMMITRY_MERGE=whole): edits made as a text editor makes them on a
        generated event, independent and conflicting, both ways round; the merged file, the
        messages and the exit code are the same."""
        rnd = random.Random(1616)
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            base = generate(tmp, "base.yaml", "--sessions", 60, "--seed", 16)
            text = base.read_text(encoding="utf-8")
            ids = re.findall(r"^  - id: (s\d+)\n", text, re.M)
            self.assertGreater(len(ids), 50)

            def edited(sids, tag):
                t = text
                for sid in sids:
                    at = t.index(f"  - id: {sid}\n")
                    end = t.find("\n  - id:", at + 1)
                    end = len(t) if end < 0 else end
                    block = t[at:end]
                    what = rnd.randrange(5)
                    if what == 0:
                        block = block.replace('title: "', f'title: "{tag} ', 1)
                    elif what == 1:
                        block = re.sub(r"start: (\S+) (\d\d):", r"start: \1 07:", block, count=1)
                    elif what == 2:
                        block = re.sub(r"duration: \S+", "duration: 45min", block, count=1)
                    elif what == 3:
                        block = block.replace("\n    title", f"\n    # {tag}\n    title", 1)
                    else:
                        block = ""  # removed
                    t = t[:at] + block + t[end:]
                if tag == "theirs":
                    t = t.replace("\n  - id: s", f"\n  - id: new-{tag}\n    title: New\n  - id: s", 1)
                return t

            for round_ in range(8):
                pool = ids if round_ % 2 else ids[:5]  # independent, or often the same sessions
                o = tmp / "ours.yaml"
                t = tmp / "theirs.yaml"
                o.write_text(edited(rnd.sample(pool, 4), "ours"), encoding="utf-8")
                t.write_text(edited(rnd.sample(pool, 4), "theirs"), encoding="utf-8")
                for a, b in ((o, t), (t, o)):
                    got = []
                    for env in ({}, {"SUMMITRY_MERGE": "whole"}):
                        out = tmp / f"out-{len(got)}.yaml"
                        p = subprocess.run([clitest.CLI, "merge", base, a, b, "-o", out],
                                           capture_output=True, text=True, timeout=120,
                                           env=dict(os.environ, **env))
                        got.append((p.returncode, p.stderr.replace(str(out), "OUT"),
                                    out.read_bytes() if out.exists() else None))
                    self.assertIn(got[0][0], (0, 1), (round_, a.name, got[0][1]))
                    self.assertEqual(got[0], got[1], (round_, a.name))

    def test_round_trip_diff_applied_gives_the_other(self):
        with tempfile.TemporaryDirectory() as tmp:
            a, b, expected, ids = Diff.edited(Diff(), tmp)
            out, p = merged(tmp, a, a, b, 0)
            self.assertEqual(diff_json(out, b, exit_code=0)["changes"], [])

    def test_ours_text_is_kept_and_theirs_patched_minimally(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            base = generate(tmp, "base.yaml", "--sessions", 10, "--seed", 1)
            ours = tmp / "ours.yaml"
            ours.write_text("# Our notes stay.\n" + base.read_text(encoding="utf-8"), encoding="utf-8")
            theirs = tmp / "theirs.yaml"
            theirs.write_text(base.read_text(encoding="utf-8").replace("Session 1:", "Session one:", 1),
                              encoding="utf-8")
            out, p = merged(tmp, base, ours, theirs, 0)
            got = out.read_text(encoding="utf-8").splitlines()
            want = ours.read_text(encoding="utf-8").replace("Session 1:", "Session one:", 1).splitlines()
            self.assertEqual(got, want)

    def test_conflicts(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            base = generate(tmp, "base.yaml", "--sessions", 10, "--seed", 1)
            data = load(base)
            sid = data["sessions"][0]["id"]
            other = data["sessions"][1]["id"]
            # One key changed two ways.
            ours, theirs = load(base), load(base)
            session(ours, sid)["title"] = "Ours"
            session(theirs, sid)["title"] = "Theirs"
            out, p = merged(tmp, base, dump(ours, tmp / "o.yaml"), dump(theirs, tmp / "t.yaml"), 1)
            self.assertIn(f"sessions/{sid}.title", p.stderr)
            self.assertEqual(session(load(out), sid)["title"], "Ours")
            self.assertNotIn("<<<<<<<", out.read_text(encoding="utf-8"))
            c = clitest.run("check", out, "--format", "json", check_exit=1)
            errs = [d for d in json.loads(c.stdout) if d["rule"] == "merge-conflict"]
            self.assertEqual(len(errs), 1)
            line = out.read_text(encoding="utf-8").splitlines()[errs[0]["line"] - 1]
            self.assertIn("merge-conflict", line)
            self.assertIn("Theirs", line)
            # Theirs removed what ours changed: ours stays, the conflict is said.
            ours, theirs = load(base), load(base)
            session(ours, sid)["title"] = "Ours"
            theirs["sessions"] = [s for s in theirs["sessions"] if s["id"] != sid]
            out, p = merged(tmp, base, dump(ours, tmp / "o.yaml"), dump(theirs, tmp / "t.yaml"), 1)
            self.assertIn(f"sessions/{sid}", p.stderr)
            self.assertEqual(session(load(out), sid)["title"], "Ours")
            # Ours removed what theirs changed: stays removed, said on the event.
            ours, theirs = load(base), load(base)
            ours["sessions"] = [s for s in ours["sessions"] if s["id"] != sid]
            session(theirs, sid)["title"] = "Theirs"
            out, p = merged(tmp, base, dump(ours, tmp / "o.yaml"), dump(theirs, tmp / "t.yaml"), 1)
            self.assertNotIn(sid, [s["id"] for s in load(out)["sessions"]])
            self.assertIn("merge-conflict", load(out)["event"])
            # Both changed it the same way: no conflict.
            ours, theirs = load(base), load(base)
            session(ours, sid)["title"] = session(theirs, sid)["title"] = "Same"
            merged(tmp, base, dump(ours, tmp / "o.yaml"), dump(theirs, tmp / "t.yaml"), 0)

    def test_clean_merge_that_double_books_warns(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            base = dump({"summitry": 1,
                         "event": {"id": "e", "title": "E", "timezone": "Europe/Paris",
                                   "start_date": "2025-02-10", "end_date": "2025-02-10"},
                         "venues": [{"id": "v", "name": "V", "rooms": [{"id": "hall", "name": "Hall"}]}],
                         "sessions": [{"id": "a", "title": "A", "room": "hall", "start": "2025-02-10 09:00", "duration": "1h"},
                                      {"id": "b", "title": "B", "room": "hall", "start": "2025-02-10 11:00", "duration": "1h"},
                                      {"id": "c", "title": "C", "room": "hall", "start": "2025-02-10 14:00", "duration": "1h"}]},
                        tmp / "base.yaml")
            ours, theirs = load(base), load(base)
            session(ours, "b")["start"] = "2025-02-10 13:00"
            session(theirs, "c")["start"] = "2025-02-10 13:30"
            out, p = merged(tmp, base, dump(ours, tmp / "o.yaml"), dump(theirs, tmp / "t.yaml"), 0)
            self.assertIn("room-double-booked", p.stderr)
            self.assertIn("warning", p.stderr)

    def test_theirs_changes_in_an_included_file_are_refused_by_name(self):
        # OURS keeps its sessions in an included file; THEIRS (one file) retitles one of them and
        # moves another: the change cannot be written with OURS' main file alone, so nothing is
        # written and the error names the file and each entity, rather than losing the change.
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            head = {"summitry": 1,
                    "event": {"id": "e", "title": "E", "timezone": "Europe/Paris",
                              "start_date": "2025-02-10", "end_date": "2025-02-10"},
                    "venues": [{"id": "v", "name": "V", "rooms": [{"id": "hall", "name": "Hall"}]}]}
            sessions = [{"id": "a", "title": "A", "room": "hall", "start": "2025-02-10 09:00", "duration": "1h"},
                        {"id": "b", "title": "B", "room": "hall", "start": "2025-02-10 11:00", "duration": "1h"}]
            base = dump(dict(head, sessions=sessions), tmp / "base.yaml")
            dump({"sessions": sessions}, tmp / "talks.yaml")
            ours = dump(dict(head, include=["talks.yaml"], event=dict(head["event"], title="Ours")),
                        tmp / "ours.yaml")
            theirs = load(base)
            session(theirs, "a")["title"] = "Their A"
            session(theirs, "b")["start"] = "2025-02-10 14:00"
            before = {f: (tmp / f).read_bytes() for f in ("ours.yaml", "talks.yaml")}
            out = tmp / "out.yaml"
            p = clitest.run("merge", base, ours, dump(theirs, tmp / "t.yaml"), "-o", out, check_exit=2)
            self.assertIn("talks.yaml", p.stderr)
            self.assertIn("sessions/a.title", p.stderr)
            self.assertIn("sessions/b.start", p.stderr)
            self.assertIn("nothing written", p.stderr)
            self.assertFalse(out.exists())
            self.assertEqual(before, {f: (tmp / f).read_bytes() for f in ("ours.yaml", "talks.yaml")})
            # A change of the main file alone merges as usual.
            theirs = load(base)
            theirs["event"]["end_date"] = "2025-02-11"
            out, _ = merged(tmp, base, ours, dump(theirs, tmp / "t2.yaml"), 0)
            self.assertEqual(str(load(out)["event"]["end_date"]), "2025-02-11")
            self.assertEqual(load(out)["event"]["title"], "Ours")

    def test_git_merge_with_the_driver(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            ev = generate(tmp, "ev.yaml", "--sessions", 10, "--seed", 6)
            git = ["git", "-c", "user.name=t", "-c", "user.email=t@e", "-C", str(tmp)]
            run = lambda *a: subprocess.run(git + list(a), check=True, capture_output=True, text=True)
            subprocess.run(["git", "init", "-q", "-b", "main", str(tmp)], check=True)
            run("config", "merge.summitry.driver", f"{clitest.CLI} merge %O %A %B -o %A")
            (tmp / ".gitattributes").write_text("*.yaml merge=summitry\n", encoding="utf-8")
            run("add", ".")
            run("commit", "-qm", "base")
            data = load(ev)
            s0, s1 = data["sessions"][0]["id"], data["sessions"][1]["id"]
            run("checkout", "-qb", "other")
            # Two edits on adjacent lines: a line merge would conflict.
            replace_once(ev, f"- id: {s0}\n    title:", f"- id: {s0}\n    title: \"Theirs title\"\n    x-old-title:")
            run("commit", "-qam", "theirs")
            run("checkout", "-q", "main")
            text = ev.read_text(encoding="utf-8")
            ev.write_text(text.replace(f"- id: {s0}\n", f"- id: {s0}\n    tags: [ours]\n", 1), encoding="utf-8")
            run("commit", "-qam", "ours")
            p = subprocess.run(git + ["merge", "-q", "other", "-m", "merge"], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
            got = session(load(ev), s0)
            self.assertEqual(got["title"], "Theirs title")
            self.assertEqual(got["tags"], ["ours"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--shared", required=True)
    args, rest = parser.parse_known_args()
    clitest.CLI = os.path.abspath(args.cli)
    SHARED = pathlib.Path(args.shared).resolve()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
