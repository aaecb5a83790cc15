#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""`summitry-cli publish caldav` against a real CalDAV server (issue 18): Debian's Radicale, started
by the test on 127.0.0.1 with its own configuration and storage folder, read back with
python3-caldav. The collection holds the events `export ics` holds (UIDs, SEQUENCE, times); a move
changes one resource, a cancellation and a deletion reach the server; a rerun with nothing changed
sends no write (Radicale's request log counted, every ETag compared); a resource edited on the
server meanwhile is reported and left as the server has it. Both seed events and the 36C3 import.

    test_caldav.py --cli build/src/cli/summitry-cli [--shared ../shared]
"""
import argparse
import contextlib
import datetime
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request
import xml.etree.ElementTree as ET

import caldav
import icalendar

ROOT = pathlib.Path(__file__).resolve().parents[2]
PARIS = ROOT / "schedules" / "ai-for-growth-2025.yaml"
BERLIN = ROOT / "schedules" / "digital-sovereignty-summit-berlin-2025.yaml"
import clitest  # noqa: E402  (tests/cli/, beside this script)

SHARED = None
PASSWORD = "s3cret-Pw!with spaces"


def run(*args, check_exit=0, env=None):
    if env is None:
        return clitest.run(*args, check_exit=check_exit, timeout=900)
    old = dict(os.environ)
    os.environ.update(env)
    try:
        return clitest.run(*args, check_exit=check_exit, timeout=900)
    finally:
        os.environ.clear()
        os.environ.update(old)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Radicale:
    """A Radicale of its own: configuration, storage and log in a temporary folder, on a free
    port of 127.0.0.1; its log counts the requests it received."""

    def __init__(self, users=None):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="summitry-radicale-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # Without users, anyone may do anything; with users, each their own calendars, as a
        # real server: an anonymous request is refused (401), which makes libcurl authenticate.
        rights = self.dir / "rights"
        rights.write_text("[all]\nuser: .*\ncollection: .*\npermissions: RrWw\n" if not users else
                          "[principal]\nuser: .+\ncollection: {user}\npermissions: RW\n"
                          "[calendars]\nuser: .+\ncollection: {user}/[^/]+\npermissions: rw\n")
        if users:
            (self.dir / "users").write_text("".join(f"{u}:{p}\n" for u, p in users.items()))
            auth = (f"type = htpasswd\nhtpasswd_filename = {self.dir / 'users'}\n"
                    "htpasswd_encryption = plain\ndelay = 0\n")
        else:
            auth = "type = none\n"
        (self.dir / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\n{auth}"
            f"[rights]\ntype = from_file\nfile = {rights}\n"
            f"[storage]\nfilesystem_folder = {self.dir / 'collections'}\n"
            "[web]\ntype = none\n"
            "[logging]\nlevel = info\nmask_passwords = True\n")
        self.log = open(self.dir / "log", "w")
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", "-m", "radicale", "--config", str(self.dir / "config")],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Radicale did not start:\n" + self.log_text())
                time.sleep(0.1)

    def log_text(self):
        self.log.flush()
        return (self.dir / "log").read_text(errors="replace")

    def writes(self):
        """The PUT, DELETE and MKCALENDAR requests Radicale received so far."""
        return len(re.findall(r"\b(PUT|DELETE|MKCALENDAR|PROPPATCH) request for", self.log_text()))

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


SERVER = None


def mkcol(url):
    """A plain WebDAV folder: the parent the calendars are made in (MKCALENDAR makes one level)."""
    with urllib.request.urlopen(urllib.request.Request(url, method="MKCOL"), timeout=60) as r:
        assert r.status == 201, r.status


def setUpModule():
    global SERVER
    SERVER = Radicale()
    mkcol(SERVER.url + "/test/")


def tearDownModule():
    SERVER.stop()


def client(server=None, **kw):
    return caldav.DAVClient(url=(server or SERVER).url + "/", **kw)


def etags(url):
    """Every resource's ETag in the collection, by href (PROPFIND Depth 1, read here)."""
    body = (b'<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>')
    req = urllib.request.Request(url, data=body, method="PROPFIND",
                                 headers={"Depth": "1", "Content-Type": "application/xml"})
    with urllib.request.urlopen(req, timeout=120) as r:
        root = ET.fromstring(r.read())
    out = {}
    for resp in root.findall("{DAV:}response"):
        href = resp.findtext("{DAV:}href")
        etag = resp.findtext(".//{DAV:}getetag")
        if href and etag and not href.endswith("/"):
            out[href] = etag
    return out


def exported(event, *args):
    """The VEVENTs `export ics` writes (with the same filter as a publish), by UID."""
    cal = icalendar.Calendar.from_ical(run("export", "ics", event, *args).stdout)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def on_server(url):
    """The collection's VEVENTs read with python3-caldav, by UID."""
    cal = client().calendar(url=url)
    out = {}
    for obj in cal.events():
        parsed = icalendar.Calendar.from_ical(obj.data)
        events = list(parsed.walk("VEVENT"))
        assert len(events) == 1, obj.url
        assert "METHOD" not in parsed, obj.url
        out[str(events[0]["UID"])] = events[0]
    return out


def instant(v):
    t = v.dt
    return t.astimezone(datetime.timezone.utc) if isinstance(t, datetime.datetime) else t


def counts(stdout):
    m = re.search(r"(\d+) (?:to )?creat\w*, (\d+) (?:to )?updat\w*, (\d+) (?:to )?delet\w*, "
                  r"(\d+) unchanged, (\d+) conflicts?", stdout)
    assert m, stdout
    return tuple(int(x) for x in m.groups())


def edit_session(path, session, fn):
    """Applies fn to the YAML text of one session's block (from '- id: X' to the next one)."""
    text = path.read_text()
    m = re.search(rf"(?m)^  - id: {re.escape(session)}\n(?:(?!  - id: |\S).*\n|\n)*", text)
    assert m, session
    path.write_text(text[:m.start()] + fn(m.group(0)) + text[m.end():])


class SameAsExport(unittest.TestCase):
    def check_event(self, event, name, *filter):
        url = f"{SERVER.url}/test/{name}/"
        p = run("publish", "caldav", event, url, *filter)
        want = exported(event, *filter)
        self.assertEqual(counts(p.stdout), (len(want), 0, 0, 0, 0))
        self.assertIn("calendar created", p.stdout)
        got = on_server(url)
        self.assertEqual(set(got), set(want))
        for uid, e in want.items():
            with self.subTest(uid=uid):
                g = got[uid]
                self.assertEqual(int(g.get("SEQUENCE", 0)), int(e.get("SEQUENCE", 0)))
                self.assertEqual(instant(g["DTSTART"]), instant(e["DTSTART"]))
                self.assertEqual(instant(g["DTEND"]), instant(e["DTEND"]))
                self.assertEqual(str(g["SUMMARY"]), str(e["SUMMARY"]))
                self.assertEqual(str(g.get("STATUS")), str(e.get("STATUS")))
        # The calendar is named after the event.
        cal = client().calendar(url=url)
        self.assertTrue(cal.get_display_name())
        # A rerun changes nothing: no write, every ETag as it was.
        before, writes = etags(url), SERVER.writes()
        p = run("publish", "caldav", event, url, *filter)
        self.assertEqual(counts(p.stdout), (0, 0, 0, len(want), 0))
        self.assertEqual(SERVER.writes(), writes)
        self.assertEqual(etags(url), before)

    def test_paris(self):
        with tempfile.TemporaryDirectory() as d:
            ev = pathlib.Path(d) / PARIS.name
            shutil.copy(PARIS, ev)
            self.check_event(ev, "paris")
            self.assertTrue((pathlib.Path(d) / (PARIS.name + ".caldav.json")).exists())

    def test_berlin(self):
        with tempfile.TemporaryDirectory() as d:
            ev = pathlib.Path(d) / BERLIN.name
            shutil.copy(BERLIN, ev)
            self.check_event(ev, "berlin")



class Big(unittest.TestCase):
    """The 36C3 import's largest track, its 619 self-organized sessions: titles, names and
    descriptions typed by attendees, in many languages and scripts. Not the whole event: Radicale
    compares each PUT's UID with the whole collection, so the 1,351 sessions take minutes of the
    server's time, none of it ours (bench/caldav.sh publishes them all and times it). ctest runs
    this as its own test, cli_caldav_36c3, in the default build only (the sanitizers would see
    the same short-lived CLI runs as above)."""

    def test_36c3_import(self):
        xml = pathlib.Path(SHARED) / "data" / "frab" / "36c3-everything.xml"
        if not xml.exists():
            self.fail(f"{xml} is missing: the 36C3 test needs ../shared/data")
        with tempfile.TemporaryDirectory() as d:
            ev = pathlib.Path(d) / "36c3.yaml"
            run("import", "frab", xml, "-o", ev)
            SameAsExport.check_event(self, ev, "36c3", "--track", "self-organized-sessions")


class KeptInStep(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.ev = pathlib.Path(self.dir.name) / "paris.yaml"
        shutil.copy(PARIS, self.ev)
        self.url = f"{SERVER.url}/test/{self._testMethodName}/"
        run("publish", "caldav", self.ev, self.url)
        self.uids = set(exported(self.ev))

    def tearDown(self):
        self.dir.cleanup()

    def href(self, session):
        return f"/test/{self._testMethodName}/{session}%40ai-for-growth-2025.summitry.ics"

    def uid(self, session):
        return f"{session}@ai-for-growth-2025.summitry"

    def test_a_move_changes_one_resource(self):
        before = etags(self.url)
        self.assertIn(self.href("welcome-ambassador"), before)
        edit_session(self.ev, "welcome-ambassador",
                     lambda b: b.replace("start: 2025-02-10 14:10", "start: 2025-02-10 16:40"))
        writes = SERVER.writes()
        p = run("publish", "caldav", self.ev, self.url)
        self.assertEqual(counts(p.stdout), (0, 1, 0, len(self.uids) - 1, 0))
        self.assertEqual(SERVER.writes(), writes + 1)
        after = etags(self.url)
        changed = {h for h in before if before[h] != after.get(h)}
        self.assertEqual(changed, {self.href("welcome-ambassador")})
        moved = on_server(self.url)[self.uid("welcome-ambassador")]
        self.assertEqual(instant(moved["DTSTART"]),
                         datetime.datetime(2025, 2, 10, 15, 40, tzinfo=datetime.timezone.utc))

    def test_a_cancellation_and_a_deletion(self):
        edit_session(self.ev, "welcome-ambassador",
                     lambda b: b.replace("    kind: keynote\n",
                                         "    kind: keynote\n    status: cancelled\n"))
        edit_session(self.ev, "registration", lambda b: "")
        p = run("publish", "caldav", self.ev, self.url)
        self.assertEqual(counts(p.stdout), (0, 1, 1, len(self.uids) - 2, 0))
        got = on_server(self.url)
        self.assertEqual(str(got[self.uid("welcome-ambassador")]["STATUS"]), "CANCELLED")
        self.assertNotIn(self.uid("registration"), got)
        self.assertEqual(set(got), set(exported(self.ev)))

    def test_a_server_edit_is_reported_not_clobbered(self):
        cal = client().calendar(url=self.url)
        obj = cal.event_by_uid(self.uid("welcome-ambassador"))
        obj.load()
        obj.data = obj.data.replace("SUMMARY:", "SUMMARY:Edited on the server - ", 1)
        obj.save()
        # The event changes that session too, and another one.
        edit_session(self.ev, "welcome-ambassador",
                     lambda b: b.replace("start: 2025-02-10 14:10", "start: 2025-02-10 16:40"))
        edit_session(self.ev, "registration",
                     lambda b: b.replace("start: 2025-02-10 13:30", "start: 2025-02-10 13:00"))
        before = etags(self.url)
        p = run("publish", "caldav", self.ev, self.url, check_exit=1)
        self.assertEqual(counts(p.stdout), (0, 1, 0, len(self.uids) - 2, 1))
        self.assertRegex(p.stdout, r"conflict: welcome-ambassador@ai-for-growth-2025\.summitry"
                                   r"\.ics: changed on the server")
        after = etags(self.url)
        self.assertEqual(after[self.href("welcome-ambassador")],
                         before[self.href("welcome-ambassador")])
        got = on_server(self.url)[self.uid("welcome-ambassador")]
        self.assertTrue(str(got["SUMMARY"]).startswith("Edited on the server - "))
        # Still reported at the next run: nothing decided behind the organizer's back.
        p = run("publish", "caldav", self.ev, self.url, check_exit=1)
        self.assertIn("conflict: welcome-ambassador", p.stdout)

    def test_dry_run_sends_nothing(self):
        edit_session(self.ev, "registration", lambda b: "")
        writes, before = SERVER.writes(), etags(self.url)
        p = run("publish", "caldav", self.ev, self.url, "--dry-run")
        self.assertIn("dry run", p.stdout)
        self.assertEqual(counts(p.stdout), (0, 0, 1, len(self.uids) - 1, 0))
        self.assertEqual(SERVER.writes(), writes)
        self.assertEqual(etags(self.url), before)

    def test_a_track_alone_then_everything(self):
        url = self.url[:-1] + "-track/"
        p = run("publish", "caldav", self.ev, url, "--track", "main-stage")
        track = set(exported_filtered(self.ev, "--track", "main-stage"))
        self.assertTrue(0 < len(track) < len(self.uids))
        self.assertEqual(set(on_server(url)), track)
        self.assertEqual(counts(p.stdout)[0], len(track))
        p = run("publish", "caldav", self.ev, url)
        self.assertEqual(counts(p.stdout), (len(self.uids) - len(track), 0, 0, len(track), 0))
        p = run("publish", "caldav", self.ev, url, "--track", "main-stage")
        self.assertEqual(counts(p.stdout), (0, 0, len(self.uids) - len(track), len(track), 0))

    def test_lost_record_replaces_once_then_settles(self):
        pathlib.Path(str(self.ev) + ".caldav.json").unlink()
        p = run("publish", "caldav", self.ev, self.url)
        self.assertEqual(counts(p.stdout), (0, len(self.uids), 0, 0, 0))
        writes = SERVER.writes()
        p = run("publish", "caldav", self.ev, self.url)
        self.assertEqual(counts(p.stdout), (0, 0, 0, len(self.uids), 0))
        self.assertEqual(SERVER.writes(), writes)

    def test_other_resources_of_the_collection_are_left_alone(self):
        cal = client().calendar(url=self.url)
        cal.save_event("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
                       "UID:party@example.org\r\nDTSTAMP:20250101T000000Z\r\n"
                       "DTSTART:20250210T200000Z\r\nDTEND:20250210T230000Z\r\n"
                       "SUMMARY:Party\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        p = run("publish", "caldav", self.ev, self.url)
        self.assertEqual(counts(p.stdout), (0, 0, 0, len(self.uids), 0))
        self.assertIn("party@example.org", on_server(self.url))


class Fake:
    """A CalDAV server that answers what a test tells it: a listing with one resource of the
    event, and 412 to every write, as a server does when the resource changed between the
    listing and the write; or a redirect, or an endless body."""

    def __init__(self, uid, mode="412"):
        import http.server
        import threading
        fake = self
        self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def answer(self, status, body=b"", headers=()):
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def handle_any(self):
                n = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(n)
                fake.requests.append((self.command, self.path, self.headers.get("If-Match")))
                if mode == "redirect":
                    return self.answer(301, headers=[("Location", "http://127.0.0.2:9/x/")])
                if mode == "huge":
                    self.send_response(207)
                    self.send_header("Content-Length", str(200 << 20))
                    self.end_headers()
                    try:
                        for _ in range(200):
                            self.wfile.write(b" " * (1 << 20))
                    except OSError:
                        pass
                    return
                if self.command == "PROPFIND":
                    return self.answer(207, b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" '
                                       b'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response>'
                                       b'<d:href>/cal/</d:href><d:propstat><d:prop><d:resourcetype>'
                                       b'<d:collection/><c:calendar/></d:resourcetype></d:prop>'
                                       b'<d:status>HTTP/1.1 200 OK</d:status></d:propstat>'
                                       b'</d:response></d:multistatus>')
                if self.command == "REPORT":
                    data = (f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nEND:VEVENT\r\n"
                            f"END:VCALENDAR\r\n")
                    gone = data.replace(uid, "gone@" + uid.split("@", 1)[1])
                    return self.answer(207, (
                        '<?xml version="1.0"?><multistatus xmlns="DAV:" '
                        'xmlns:C="urn:ietf:params:xml:ns:caldav">'
                        f'<response><href>/cal/{uid.replace("@", "%40")}.ics</href><propstat><prop>'
                        f'<getetag>"e1"</getetag><C:calendar-data>{data}</C:calendar-data></prop>'
                        '<status>HTTP/1.1 200 OK</status></propstat></response>'
                        '<response><href>/cal/gone.ics</href><propstat><prop>'
                        f'<getetag>"e2"</getetag><C:calendar-data>{gone}</C:calendar-data></prop>'
                        '<status>HTTP/1.1 200 OK</status></propstat></response>'
                        '</multistatus>').encode())
                if self.command in ("PUT", "DELETE"):
                    return self.answer(412)
                return self.answer(405)

            do_PROPFIND = do_REPORT = do_PUT = do_DELETE = do_MKCALENDAR = handle_any

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class Refusals(unittest.TestCase):
    def event(self, d):
        ev = pathlib.Path(d) / "paris.yaml"
        shutil.copy(PARIS, ev)
        return ev

    def test_412_is_a_conflict_never_clobbered(self):
        uid = "welcome-ambassador@ai-for-growth-2025.summitry"
        fake = Fake(uid)
        try:
            with tempfile.TemporaryDirectory() as d:
                ev = self.event(d)
                p = run("publish", "caldav", ev, fake.url + "/cal/", check_exit=1)
                self.assertIn(f"conflict: {uid}.ics: changed on the server meanwhile; not replaced",
                              p.stdout)
                self.assertIn("conflict: gone.ics: changed on the server meanwhile; not deleted",
                              p.stdout)
                # The writes carried the ETag listed; nothing was sent without a precondition.
                writes = [r for r in fake.requests if r[0] in ("PUT", "DELETE")]
                self.assertIn(("PUT", f"/cal/{uid.replace('@', '%40')}.ics", '"e1"'), writes)
                self.assertIn(("DELETE", "/cal/gone.ics", '"e2"'), writes)
        finally:
            fake.stop()

    def test_redirects_elsewhere_and_endless_answers_are_refused(self):
        for mode, words in (("redirect", "another site"), ("huge", "larger than allowed")):
            fake = Fake("x@y.summitry", mode)
            try:
                with tempfile.TemporaryDirectory() as d:
                    p = run("publish", "caldav", self.event(d), fake.url + "/cal/", check_exit=2)
                    self.assertIn(words, p.stderr)
            finally:
                fake.stop()


def exported_filtered(event, *args):
    cal = icalendar.Calendar.from_ical(run("export", "ics", event, *args).stdout)
    return {str(e["UID"]) for e in cal.walk("VEVENT")}


class Usage(unittest.TestCase):
    def test_with_a_user_and_password(self):
        server = Radicale(users={"organizer": PASSWORD})
        try:
            with tempfile.TemporaryDirectory() as d:
                ev = pathlib.Path(d) / "berlin.yaml"
                shutil.copy(BERLIN, ev)
                pw = pathlib.Path(d) / "pw"
                pw.write_text(PASSWORD + "\n")
                url = f"{server.url}/organizer/berlin/"
                p = run("publish", "caldav", ev, url, "--user", "organizer", "--password-file", pw)
                n = len(exported(ev))
                self.assertEqual(counts(p.stdout), (n, 0, 0, 0, 0))
                got = client(server, username="organizer", password=PASSWORD).calendar(url=url)
                self.assertEqual(len(got.events()), n)
                # The password from the environment.
                p = run("publish", "caldav", ev, url, "--user", "organizer",
                        env={"SUMMITRY_CALDAV_PASSWORD": PASSWORD})
                self.assertEqual(counts(p.stdout), (0, 0, 0, n, 0))
                # A wrong one: exit 2, and no password in anything printed.
                pw.write_text("wrong-" + PASSWORD)
                p = run("publish", "caldav", ev, url, "--user", "organizer", "--password-file", pw,
                        check_exit=2)
                self.assertIn("401", p.stderr)
                for text in (p.stdout, p.stderr, server.log_text()):
                    self.assertNotIn(PASSWORD, text)
                # No user: refused by the server.
                p = run("publish", "caldav", ev, url, check_exit=2)
                self.assertIn("401", p.stderr)
        finally:
            server.stop()

    def test_passwords_never_on_the_command_line(self):
        with tempfile.TemporaryDirectory() as d:
            ev = pathlib.Path(d) / "berlin.yaml"
            shutil.copy(BERLIN, ev)
            p = run("publish", "caldav", ev, f"http://organizer:{PASSWORD}@127.0.0.1:1/c/",
                    check_exit=2)
            self.assertIn("--password-file", p.stderr)
            self.assertNotIn(PASSWORD, p.stderr + p.stdout)
            p = run("publish", "caldav", ev, f"{SERVER.url}/c/", "--user", "organizer",
                    check_exit=2, env={"SUMMITRY_CALDAV_PASSWORD": ""})
            self.assertIn("SUMMITRY_CALDAV_PASSWORD", p.stderr)
            pw = pathlib.Path(d) / "pw"
            pw.write_text(PASSWORD)
            p = run("publish", "caldav", ev, "http://dav.example.org/c/", "--user", "u",
                    "--password-file", pw, check_exit=2)
            self.assertIn("https", p.stderr)

    def test_errors_are_exit_2(self):
        with tempfile.TemporaryDirectory() as d:
            ev = pathlib.Path(d) / "berlin.yaml"
            shutil.copy(BERLIN, ev)
            run("publish", "caldav", ev, "ftp://127.0.0.1/c/", check_exit=2)
            run("publish", "caldav", ev, f"http://127.0.0.1:{free_port()}/c/", check_exit=2)
            run("publish", "caldav", ev, f"{SERVER.url}/c/", "--track", "x", check_exit=2)
            # A plain WebDAV folder is not a calendar; a calendar needs its folder to exist.
            p = run("publish", "caldav", ev, f"{SERVER.url}/test/", check_exit=2)
            self.assertIn("not a calendar", p.stderr)
            p = run("publish", "caldav", ev, f"{SERVER.url}/nowhere/cal/", check_exit=2)
            self.assertIn("does not exist", p.stderr)
            # A damaged record: a clear message, nothing sent.
            pathlib.Path(str(ev) + ".caldav.json").write_text("{broken")
            p = run("publish", "caldav", ev, f"{SERVER.url}/test/usage-berlin/", check_exit=2)
            self.assertIn("caldav.json", p.stderr)


def main():
    global SHARED
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--big", choices=["with", "without", "only"], default="with",
                    help="the 36C3 case (class Big): with the others, left to another run, or alone")
    args, rest = ap.parse_known_args()
    clitest.CLI = os.path.abspath(args.cli)
    SHARED = args.shared
    loader = unittest.TestLoader()
    cases = [c for c in (SameAsExport, KeptInStep, Refusals, Usage, Big)
             if (c is Big) == (args.big == "only") or (args.big == "with")]
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in cases)
    # Every TestCase of this file is in one of the runs above: a new class must be listed there.
    listed = {SameAsExport, KeptInStep, Refusals, Usage, Big}
    here = {v for v in globals().values() if isinstance(v, type) and issubclass(v, unittest.TestCase)}
    assert here <= listed, f"test classes not run by main(): {here - listed}"
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)


if __name__ == "__main__":
    main()
