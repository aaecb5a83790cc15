#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Files summitry-cli writes (issue 13, items 1 to 6; docs/security.md): no edit lost by two
writers at once, devices and FIFOs written into, inputs never overwritten, every write error an
exit 2, backups as private as the event, symbolic links kept.

    test_files.py --cli build/src/cli/summitry-cli
"""
import argparse
import datetime
import os
import pathlib
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
import clitest  # noqa: E402  (tests/cli/, beside this script)

IS_ROOT = os.geteuid() == 0


def run(*args, check_exit=0, **kw):
    return clitest.run(*args, check_exit=check_exit, **kw)


def event_text(sessions):
    """An event with `sessions` sessions s0, s1, ... in one room, an hour apart."""
    days = (sessions + 9) // 10
    first = datetime.date(2025, 3, 1)
    last = first + datetime.timedelta(days=max(days - 1, 0))
    lines = ["summitry: 1", "event:", "  id: many", "  title: Many", "  timezone: Europe/Paris",
             f"  start_date: {first}", f"  end_date: {last}",
             "venues:", "  - id: hall", "    name: Hall", "    rooms:", "      - {id: main, name: Main}",
             "sessions:"]
    for i in range(sessions):
        day, hour = divmod(i, 10)
        lines += [f"  - id: s{i}", f"    title: Session {i}", "    room: main",
                  f"    start: {first + datetime.timedelta(days=day)} {8 + hour:02d}:00", "    duration: 30min"]
    return "\n".join(lines) + "\n"


class Scratch(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="summitry-files-"))
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def event(self, name="event.yaml", text=None, mode=0o644):
        p = self.tmp / name
        p.write_text(text if text is not None else PARIS.read_text(encoding="utf-8"), encoding="utf-8")
        p.chmod(mode)
        return p


class ConcurrentWriters(Scratch):
    """Item 1: two `set` at once on one file never lose an edit that exited 0."""

    def test_two_writers_in_a_loop_of_100_lose_nothing(self):
        ev = self.event(text=event_text(200))
        run("check", ev)
        results = {"a": [], "b": []}

        def writer(name, first):
            for n in range(100):
                sid = f"s{first + n}"
                p = subprocess.run([clitest.CLI, "set", str(ev), f"sessions/{sid}.title", f"{name} {n}"],
                                   capture_output=True, text=True, timeout=120)
                results[name].append((sid, f"{name} {n}", p.returncode, p.stderr))

        threads = [threading.Thread(target=writer, args=("a", 0)),
                   threading.Thread(target=writer, args=("b", 100))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        text = ev.read_text(encoding="utf-8")
        titles = {}
        for block in text.split("\n  - id: ")[1:]:
            sid, rest = block.split("\n", 1)
            if rest.startswith("    title: "):
                titles[sid] = rest[len("    title: "):].split("\n", 1)[0]
        lost = [(sid, value) for name in results for sid, value, code, _ in results[name]
                if code == 0 and titles.get(sid) != value]
        self.assertEqual(lost, [], "edits that exited 0 but are not in the file")
        codes = [code for name in results for _, _, code, _ in results[name]]
        # Each waits for the other's lock: none needs refusing.
        failed = [(sid, code, err[-300:]) for name in results for sid, _, code, err in results[name] if code != 0]
        self.assertEqual(failed, [])
        run("check", ev)


class DevicesAndFifos(Scratch):
    """Item 2: an output that is not a regular file is written into, never renamed over."""

    def test_a_device_stays_a_device(self):
        if IS_ROOT:
            # As root a rename over /dev/null would replace the machine's: a copy of it here.
            null = self.tmp / "null"
            os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        else:
            null = pathlib.Path("/dev/null")
        ev = self.event()
        run("agenda", ev, "-o", null)
        run("export", "ics", ev, "-o", null)
        st = os.stat(null)
        self.assertTrue(stat.S_ISCHR(st.st_mode))
        self.assertEqual(st.st_rdev, os.makedev(1, 3))
        self.assertEqual(sorted(p.name for p in self.tmp.iterdir()), sorted(["event.yaml"] + (["null"] if IS_ROOT else [])))

    def test_a_fifo_gets_the_output(self):
        ev = self.event()
        fifo = self.tmp / "printer"
        os.mkfifo(fifo)
        got = {}
        reader = threading.Thread(target=lambda: got.setdefault("data", fifo.read_bytes()), daemon=True)
        reader.start()
        run("export", "ics", ev, "-o", fifo)
        reader.join(60)
        self.assertTrue(got["data"].startswith(b"BEGIN:VCALENDAR"))
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))

    def test_dev_stdout_is_the_standard_output(self):
        ev = self.event()
        for name in ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"):
            p = run("export", "ics", ev, "-o", name)
            self.assertTrue(p.stdout.startswith("BEGIN:VCALENDAR"), name)
        # Into a file the shell opened for appending: appended, not replaced.
        out = self.tmp / "log.txt"
        out.write_text("before\n")
        with open(out, "a") as f:
            subprocess.run([clitest.CLI, "agenda", str(ev), "-o", "/dev/stdout"], stdout=f, check=True)
        text = out.read_text()
        self.assertTrue(text.startswith("before\n"))
        self.assertGreater(len(text), 100)


class InputsAreNeverOverwritten(Scratch):
    """Item 3: an output that is the event file, one of its includes or another input: exit 2."""

    def setUp(self):
        super().setUp()
        self.people = self.event("people.yaml", "people:\n  - {id: ada, name: Ada}\n")
        text = PARIS.read_text(encoding="utf-8").replace("summitry: 1\n", "summitry: 1\ninclude: [people.yaml]\n", 1)
        self.ev = self.event("event.yaml", text)
        run("check", self.ev)
        (self.tmp / "link.yaml").symlink_to("event.yaml")
        os.link(self.ev, self.tmp / "hard.yaml")

    def assert_untouched(self, before):
        self.assertEqual(self.ev.read_bytes(), before[0])
        self.assertEqual(self.people.read_bytes(), before[1])

    def test_exports_over_the_event_or_an_include_are_refused(self):
        before = (self.ev.read_bytes(), self.people.read_bytes())
        for target in (self.ev, self.people, self.tmp / "link.yaml", self.tmp / "hard.yaml",
                       self.tmp / "." / "event.yaml"):
            for args in (("export", "ics", self.ev), ("agenda", self.ev), ("speakers", self.ev),
                         ("export", "json", self.tmp / "link.yaml")):
                p = run(*args, "-o", target, check_exit=2)
                self.assertIn("refusing", p.stderr)
                self.assertIn(str(target), p.stderr)
                self.assert_untouched(before)
        self.assertFalse((self.tmp / "event.yaml.bak").exists())

    def test_appending_standard_output_to_the_event_is_refused(self):
        before = (self.ev.read_bytes(), self.people.read_bytes())
        with open(self.ev, "a") as f:
            p = subprocess.run([clitest.CLI, "export", "ics", str(self.ev)], stdout=f, stderr=subprocess.PIPE,
                               text=True)
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assert_untouched(before)

    def test_import_template_and_schedule_inputs(self):
        ics = self.tmp / "in.ics"
        run("export", "ics", self.ev, "-o", ics)
        ics_text = ics.read_bytes()
        run("import", "ics", ics, "-o", ics, check_exit=2)
        self.assertEqual(ics.read_bytes(), ics_text)
        template = self.tmp / "page.html"
        template.write_text("<html>{{title}}</html>\n")
        run("program", self.ev, "--template", template, "-o", template, check_exit=2)
        self.assertEqual(template.read_text(), "<html>{{title}}</html>\n")
        before = (self.ev.read_bytes(), self.people.read_bytes())
        run("schedule", self.ev, "-o", self.people, "--time-limit", "1", check_exit=2)
        self.assert_untouched(before)

    def test_schedule_into_the_event_file_is_an_edit_with_a_backup(self):
        before = self.ev.read_bytes()
        p = run("schedule", self.ev, "-o", self.ev, "--time-limit", "1", check_exit=None)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        self.assertEqual((self.tmp / "event.yaml.bak").read_bytes(), before)
        run("check", self.ev, check_exit=None)


def in_small_full_tmpfs(ev, script):
    """Runs `script` (sh) with $D a full 256 KiB tmpfs holding a copy of `ev` (and $EV the
    original), mounted in a mount namespace made for it: nothing outside sees it, nothing stays
    mounted. As a user, in a user namespace too."""
    unshare = ["unshare", "-m", "--propagation", "private"] if IS_ROOT else ["unshare", "-r", "-m"]
    fill = ('D=$(mktemp -d) && mount -t tmpfs -o size=256k tmpfs "$D" && '
            'cp "$EV" "$D/event.yaml" && (dd if=/dev/zero of="$D/filler" bs=4k 2>/dev/null; true) && ')
    env = dict(os.environ, CLI=clitest.CLI, EV=str(ev))
    env.pop("DISPLAY", None)
    return subprocess.run([*unshare, "sh", "-c", fill + script], capture_output=True, text=True, env=env,
                          timeout=120)


class WriteErrors(Scratch):
    """Item 4: a full disk, through -o or a redirected standard output, is exit 2 naming it."""

    def test_dev_full(self):
        ev = self.event()
        p = run("agenda", ev, "-o", "/dev/full", check_exit=2)
        self.assertIn("'/dev/full'", p.stderr)
        self.assertIn("No space left", p.stderr)
        with open("/dev/full", "w") as full:
            for args in (("agenda", ev), ("export", "ics", ev), ("check", ev), ("speakers", ev, "-o", "-")):
                p = subprocess.run([clitest.CLI, *map(str, args)], stdout=full, stderr=subprocess.PIPE, text=True)
                self.assertEqual(p.returncode, 2, (args, p.stderr))
                self.assertIn("standard output", p.stderr)
                self.assertIn("No space left", p.stderr)

    def test_a_full_file_system(self):
        ev = self.event()
        script = ('"$CLI" agenda "$D/event.yaml" -o "$D/out.txt"; echo "o=$?"; '
                  '"$CLI" agenda "$D/event.yaml" > "$D/redirected.txt"; echo "r=$?"; '
                  '"$CLI" set "$D/event.yaml" sessions/fireside-chat.title Changed; echo "s=$?"; '
                  'cmp -s "$D/event.yaml" "$EV" && echo same; ls -A "$D"')
        p = in_small_full_tmpfs(ev, script)
        self.assertEqual(p.returncode, 0, p.stderr)
        out = p.stdout.split()
        self.assertIn("o=2", out, p.stdout + p.stderr)
        self.assertIn("r=2", out, p.stdout + p.stderr)
        self.assertIn("s=2", out, p.stdout + p.stderr)
        self.assertIn("same", out, "the event file is untouched by a save that could not be written")
        self.assertIn("/out.txt'", p.stderr)
        self.assertIn("standard output", p.stderr)
        # No temporary file left behind; the redirected file is the shell's.
        self.assertEqual(sorted(x for x in out if "=" not in x and x != "same"),
                         sorted(["event.yaml", "filler", "redirected.txt"]))


class PrivateBackups(Scratch):
    """Item 5: FILE.bak takes the event file's mode (and owner, where it may)."""

    def test_backup_of_a_private_event_is_private(self):
        ev = self.event(mode=0o600)
        old = os.umask(0o022)
        try:
            run("set", ev, "sessions/fireside-chat.title", "Private chat")
        finally:
            os.umask(old)
        self.assertEqual(stat.S_IMODE(os.stat(ev).st_mode), 0o600)
        self.assertEqual(stat.S_IMODE(os.stat(self.tmp / "event.yaml.bak").st_mode), 0o600)
        # An older, more open backup does not stay open.
        (self.tmp / "event.yaml.bak").chmod(0o644)
        run("set", ev, "sessions/fireside-chat.title", "Still private")
        self.assertEqual(stat.S_IMODE(os.stat(self.tmp / "event.yaml.bak").st_mode), 0o600)

    def test_owner_is_kept(self):
        ev = self.event(mode=0o640)
        uid, gid = (65534, 65534) if IS_ROOT else (os.geteuid(), os.getegid())
        os.chown(ev, uid, gid)
        run("set", ev, "sessions/fireside-chat.title", "Owned")
        for p in (ev, self.tmp / "event.yaml.bak"):
            st = os.stat(p)
            self.assertEqual((st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)), (uid, gid, 0o640), p)


class SymbolicLinks(Scratch):
    """Item 6: an event file reached through a symbolic link is saved where the link leads."""

    def test_set_through_a_link_keeps_the_link(self):
        (self.tmp / "real").mkdir()
        real = self.tmp / "real" / "event.yaml"
        real.write_text(PARIS.read_text(encoding="utf-8"), encoding="utf-8")
        link = self.tmp / "event.yaml"
        link.symlink_to("real/event.yaml")
        run("set", link, "sessions/fireside-chat.title", "Linked chat")
        self.assertTrue(link.is_symlink())
        self.assertIn("Linked chat", real.read_text(encoding="utf-8"))
        self.assertEqual(sorted(p.name for p in (self.tmp / "real").iterdir()), ["event.yaml"])
        run("schedule", link, "-o", link, "--time-limit", "1", check_exit=None)
        self.assertTrue(link.is_symlink())
        self.assertIn("Linked chat", real.read_text(encoding="utf-8"))

    def test_output_through_a_link(self):
        ev = self.event()
        (self.tmp / "out").mkdir()
        link = self.tmp / "agenda.csv"
        link.symlink_to("out/agenda.csv")
        run("agenda", ev, "--format", "csv", "-o", link)
        self.assertTrue(link.is_symlink())
        self.assertTrue((self.tmp / "out" / "agenda.csv").read_text().startswith("day,start,end"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    args, rest = ap.parse_known_args()
    clitest.CLI = str(pathlib.Path(args.cli).resolve())
    unittest.main(argv=[sys.argv[0]] + rest)
