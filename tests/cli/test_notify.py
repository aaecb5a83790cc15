#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Notices end to end (issue 17; docs/notices.md): release, edit, release, then `notify` to a
Maildir outbox and through a real SMTP server (aiosmtpd on 127.0.0.1, started and stopped here).
Every message parsed by Python's `email` (policy=default) without defects, names and subjects
round-tripping; every calendar part parsed by python3-icalendar: METHOD, UID = `export ics`'s,
SEQUENCE = the session's revision, ATTENDEE = the person. A second run sends nothing; a refused
recipient is not recorded and the exit is 1; private sessions are never told to others; hostile
names and addresses add no header.

    test_notify.py --cli build/src/cli/summitry-cli
"""
import argparse
import email
import email.policy
import os
import pathlib
import socket
import sys
import tempfile
import unittest

import icalendar
from aiosmtpd.controller import Controller

import clitest  # noqa: E402  (tests/cli/, beside this script)

EVENT = """summitry: 1
event:
  id: evening
  title: {en: An evening, fr: Une soirée}
  timezone: Europe/Paris
  start_date: 2025-02-10
  end_date: 2025-02-10
  languages: [en, fr]
people:
  - id: ada
    name: Ada Lovelace
    email: ada@example.org
    languages: [fr]
  - id: zoe
    name: "Zoë Ångström, \\"the\\" <great>"
    email: zoe@example.org
  - id: mallory
    name: "Mallory\\r\\nBcc: victim@example.net"
    email: mallory@example.org
  - id: broken
    name: Broken
    email: "broken@example.org>\\r\\nBcc: victim@example.net"
  - id: refused
    name: Refused
    email: refused@example.org
  - id: dee
    name: Dee
    email: dee@example.org
venues:
  - id: embassy
    name: Embassy
    address: 1 Rue de l'Exemple, Paris
    travel_minutes: {annex: 20}
    rooms:
      - id: hall
        name: Hall
      - id: salon
        name: Salon
  - id: annex
    name: Annex
    rooms:
      - id: studio
        name: Studio
sessions:
  - id: opening
    title: {en: Opening, fr: Ouverture}
    room: hall
    start: 2025-02-10 18:00
    end: 2025-02-10 18:30
    speakers: [ada]
  - id: panel
    title: "Panel: «Ünïcode» & <friends>"
    room: hall
    start: 2025-02-10 18:30
    duration: 1h
    speakers: [zoe, mallory, broken, refused]
    moderators: [ada]
  - id: dinner
    title: Secret dinner
    public: false
    room: salon
    start: 2025-02-10 20:00
    duration: 2h
    hosts: [dee]
  - id: talk
    title: A talk
    room: salon
    start: 2025-02-10 22:00
    duration: 30min
    speakers: [zoe]
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    """An aiosmtpd handler: keeps what it is given; refuses one recipient at RCPT."""

    def __init__(self, refuse=()):
        self.refuse = set(refuse)
        self.messages = []  # (rcpt_tos, bytes)
        self.sessions = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.sessions.add(id(session))
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted"


def parse(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
    return msg, defects


def calendars(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "text/calendar":
            cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
            out.append((part.get_param("method"), cal))
    return out


def export_uids(path):
    p = clitest.run("export", "ics", path, "--include-private")
    cal = icalendar.Calendar.from_ical(p.stdout)
    return {str(e["UID"]).split("@")[0]: str(e["UID"]) for e in cal.walk("VEVENT")}


class Notify(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)
        self.ev = self.dir / "summit.yaml"
        self.ev.write_text(EVENT, encoding="utf-8")
        clitest.run("release", self.ev, "--name", "v1")
        text = EVENT.replace("    start: 2025-02-10 18:30\n", "    start: 2025-02-10 19:00\n")
        text = text.replace("    room: hall\n    start: 2025-02-10 19:00", "    room: studio\n    start: 2025-02-10 19:00")
        text = text.replace("start: 2025-02-10 20:00", "start: 2025-02-10 20:30")
        text = text.replace("    speakers: [zoe]\n", "    speakers: [zoe]\n    status: cancelled\n")
        self.ev.write_text(text, encoding="utf-8")
        clitest.run("release", self.ev, "--name", "v2")
        self.v2 = clitest.load_yaml((self.dir / "summit.yaml.releases" / "v2.yaml").read_text(encoding="utf-8"))

    def tearDown(self):
        self.tmp.cleanup()

    def revision(self, sid):
        s = next(s for s in self.v2["sessions"] if s["id"] == sid)
        return s.get("revision", 0)

    def notify(self, *args, check_exit=0):
        return clitest.run("notify", self.ev, "--from", "team@example.org", "--from-name",
                           "L'équipe", *args, check_exit=check_exit)

    def test_dry_run_says_who_gets_what(self):
        p = self.notify("--dry-run")
        self.assertIn("ada <ada@example.org> [fr]", p.stdout)
        self.assertIn("panel moved", p.stdout)
        self.assertIn(f"talk cancelled (cancel {self.revision('talk')})", p.stdout)
        self.assertIn("dee <dee@example.org>", p.stdout)
        self.assertNotIn("opening", p.stdout)  # unchanged
        self.assertFalse((self.dir / "summit.yaml.releases" / "notices.txt").exists())

    def check_messages(self, raws):
        uids = export_uids(self.ev)
        by_to = {}
        for raw in raws:
            msg, defects = parse(raw)
            self.assertEqual(defects, [], msg["To"])
            self.assertIsNone(msg["Bcc"])
            self.assertEqual(msg["Auto-Submitted"], "auto-generated")
            to = msg["To"].addresses[0]
            by_to[to.addr_spec] = (to, msg)
            kinds = sorted(set(msg.keys()))
            self.assertEqual(kinds, sorted({"From", "To", "Subject", "Date", "Message-Id",
                                            "MIME-Version", "Content-Type", "Auto-Submitted"}))
            for method, cal in calendars(msg):
                self.assertEqual(str(cal["METHOD"]), method)
                events = list(cal.walk("VEVENT"))
                self.assertEqual(len(events), 1)
                e = events[0]
                sid = str(e["UID"]).split("@")[0]
                self.assertEqual(str(e["UID"]), uids[sid])
                self.assertEqual(int(e["SEQUENCE"]), self.revision(sid))
                self.assertEqual(str(e["ATTENDEE"]), "mailto:" + to.addr_spec)
                self.assertEqual(str(e["ORGANIZER"]), "mailto:team@example.org")
                self.assertIn("DTSTAMP", e)
                self.assertEqual(len(list(cal.walk("VTIMEZONE"))), 1)
        # Names and subjects round-trip.
        zoe, zmsg = by_to["zoe@example.org"]
        self.assertEqual(zoe.display_name, 'Zoë Ångström, "the" <great>')
        self.assertEqual(str(zmsg["From"].addresses[0].display_name), "L'équipe")
        self.assertIn("2 of your sessions changed (An evening)", zmsg["Subject"])
        ada = by_to["ada@example.org"][1]
        self.assertEqual(ada["Subject"], "Déplacée\u00a0: Panel: «Ünïcode» & <friends> (Une soirée)")
        body = ada.get_body(("plain",)).get_content()
        self.assertIn("Trajet depuis votre séance précédente (Ouverture, Embassy)\u00a0: 20 min", body)
        html = ada.get_body(("html",)).get_content()
        self.assertIn("Panel: «Ünïcode» &amp; &lt;friends&gt;", html)
        # The calendar's texts in UTF-8, as the part says.
        [(_, cal)] = calendars(ada)
        [e] = cal.walk("VEVENT")
        self.assertEqual(str(e["SUMMARY"]), "Panel: «Ünïcode» & <friends>")
        mallory = by_to["mallory@example.org"][0]
        self.assertNotIn("\n", mallory.display_name)
        # The private dinner: only its host hears of it.
        for addr, (_, msg) in by_to.items():
            text = msg.get_body(("plain",)).get_content()
            self.assertEqual("Secret dinner" in text, addr == "dee@example.org", addr)
            for _, cal in calendars(msg):
                for e in cal.walk("VEVENT"):
                    self.assertEqual(str(e["UID"]).startswith("dinner@"), addr == "dee@example.org")
        # Zoe: a REQUEST for the panel, a CANCEL for the cancelled talk, in parts of their own.
        methods = sorted(m for m, _ in calendars(by_to["zoe@example.org"][1]))
        self.assertEqual(methods, ["CANCEL", "REQUEST"])
        return by_to

    def test_outbox_is_a_maildir_of_valid_messages(self):
        box = self.dir / "outbox"
        p = self.notify("--outbox", box, check_exit=1)  # broken's address is refused
        self.assertIn("broken <", p.stderr)
        self.assertIn("not sent", p.stderr)
        for sub in ("tmp", "new", "cur"):
            self.assertTrue((box / sub).is_dir())
        files = sorted((box / "new").iterdir())
        self.assertEqual(len(files), 5)  # ada, zoe, mallory, refused, dee
        self.assertEqual(list((box / "tmp").iterdir()), [])
        self.check_messages([f.read_bytes() for f in files])
        # The outbox is for review: nothing is recorded, a second review shows them again.
        self.assertFalse((self.dir / "summit.yaml.releases" / "notices.txt").exists())

    def test_smtp_sends_once_records_and_reports_refusals(self):
        box = Mailbox(refuse={"refused@example.org"})
        port = free_port()
        server = Controller(box, hostname="127.0.0.1", port=port)
        server.start()
        try:
            url = f"smtp://127.0.0.1:{port}"
            p = self.notify("--smtp", url, "--reply-to", "desk@example.org", check_exit=1)
            self.assertIn("refused <refused@example.org>: not sent", p.stderr)
            self.assertIn("broken <", p.stderr)
            self.assertEqual(len(box.messages), 4)  # ada, zoe, mallory, dee
            for rcpt, raw in box.messages:
                msg, defects = parse(raw)
                self.assertEqual(defects, [])
                self.assertEqual(rcpt, [msg["To"].addresses[0].addr_spec])
                self.assertEqual(str(msg["Reply-To"]), "desk@example.org")
            record = (self.dir / "summit.yaml.releases" / "notices.txt").read_text(encoding="utf-8")
            self.assertIn("ada\tpanel\trequest\t", record)
            self.assertNotIn("refused", record)
            self.assertNotIn("broken", record)
            # A second run sends nothing new: only the refused ones are tried again.
            p = self.notify("--smtp", url, check_exit=1)
            self.assertEqual(len(box.messages), 4)
            self.assertIn("refused <refused@example.org>: not sent", p.stderr)
            # Once the server takes it, it is sent, recorded, and the run is clean.
            box.refuse.clear()
            p = self.notify("--smtp", url, "--person", "refused")
            self.assertEqual(len(box.messages), 5)
            p = self.notify("--smtp", url, "--dry-run")
            self.assertIn("1 message to send", p.stdout)  # broken's, still refused
        finally:
            server.stop()

    def test_usage_errors(self):
        p = self.notify("--outbox", self.dir / "o", "--smtp", "smtp://127.0.0.1:1", check_exit=2)
        self.assertIn("--outbox", p.stderr)
        p = clitest.run("notify", self.ev, "--from", "a@b\r\nBcc: c@d", "--dry-run", check_exit=2)
        self.assertIn("--from", p.stderr)
        # A password never appears: not in the URL, not in any message.
        p = self.notify("--smtp", "smtp://user:secret@127.0.0.1:1", check_exit=2)
        self.assertNotIn("secret", p.stderr + p.stdout)
        self.assertIn("SUMMITRY_SMTP_PASSWORD", p.stderr)
        p = clitest.run("notify", self.ev, "--from", "team@example.org", "--smtp",
                        "smtp://127.0.0.1:1", "--smtp-user", "u", check_exit=2,
                        drop_env=("SUMMITRY_SMTP_PASSWORD",))
        self.assertIn("SUMMITRY_SMTP_PASSWORD", p.stderr)
        p = self.notify("--dry-run", "--since", "v2", "--until", "v1", check_exit=2)
        self.assertIn("earlier", p.stderr)
        p = self.notify("--dry-run", "--since", "v9", check_exit=2)
        self.assertIn("no release 'v9'", p.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    args, rest = parser.parse_known_args()
    clitest.CLI = os.path.abspath(args.cli)
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
