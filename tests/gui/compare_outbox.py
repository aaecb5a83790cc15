#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Whether two Maildir outboxes hold the same messages (test_gui_tell.cpp: the planner's and
`summitry-cli notify --outbox`'s): the same recipients, and for each the same header fields but
Date and Message-ID, the same MIME structure, and the same decoded parts but the calendars'
DTSTAMP (the time of the run) and the boundaries (random). Prints the differences; exit 1.

    compare_outbox.py A B
"""
import email
import email.policy
import pathlib
import re
import sys

VARYING = {"date", "message-id"}


def parts(msg):
    out = []
    for part in msg.walk():
        params = sorted((k, v) for k, v in part.get_params() or [] if k != "boundary")
        entry = [part.get_content_type(), params, part.get("Content-Disposition")]
        if not part.is_multipart():
            body = part.get_payload(decode=True).decode("utf-8")
            if part.get_content_type() == "text/calendar":
                body = "\n".join(l for l in body.splitlines() if not l.startswith("DTSTAMP"))
            entry.append(body)
        out.append(entry)
    return out


def read(folder):
    by_to = {}
    for path in sorted((pathlib.Path(folder) / "new").iterdir()):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
        if defects:
            print(f"{path}: defects {defects}")
            sys.exit(1)
        headers = sorted((k.lower(), re.sub(r';\s*boundary="[^"]*"', "", str(v)))
                         for k, v in msg.items() if k.lower() not in VARYING)
        by_to.setdefault(str(msg["To"]), []).append((headers, parts(msg)))
    return by_to


def main():
    a, b = read(sys.argv[1]), read(sys.argv[2])
    if sorted(a) != sorted(b):
        print(f"recipients differ: {sorted(a)} and {sorted(b)}")
        sys.exit(1)
    same = True
    for to in a:
        if a[to] != b[to]:
            same = False
            print(f"the messages to {to} differ:\n{a[to]}\n----\n{b[to]}")
    if not same:
        sys.exit(1)
    print(f"{sum(len(v) for v in a.values())} messages alike")


if __name__ == "__main__":
    main()
