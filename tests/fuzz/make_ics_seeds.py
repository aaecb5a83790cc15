#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Seeds for fuzz_ics_import: the calendars of ../shared/data/ical and tests/data, the large ones
cut into calendars of a few VEVENTs each (the calendar's header kept), byte for byte, so that
their traps (stray CRs, folding inside a UTF-8 character, CHARSET parameters) stay in the seeds.

    make_ics_seeds.py OUT_DIR FILE.ics...
"""
import pathlib
import sys

PER_SEED, MAX_SEEDS, SMALL = 4, 12, 8192


def cut(data):
    """The header, the VEVENT blocks, as byte strings with their own line ends."""
    lines = data.splitlines(keepends=True)
    header, blocks, current = [], [], None
    for line in lines:
        bare = line.rstrip(b"\r\n")
        if bare == b"BEGIN:VEVENT":
            current = [line]
        elif current is not None:
            current.append(line)
            if bare == b"END:VEVENT":
                blocks.append(b"".join(current))
                current = None
        elif not blocks and bare != b"END:VCALENDAR":
            header.append(line)
    return b"".join(header), blocks


def main():
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:]:
        path = pathlib.Path(name)
        data = path.read_bytes()
        if len(data) <= SMALL:
            (out / path.name).write_bytes(data)
            continue
        header, blocks = cut(data)
        groups = [blocks[i:i + PER_SEED] for i in range(0, len(blocks), PER_SEED)]
        step = max(1, len(groups) // MAX_SEEDS)
        for n, group in enumerate(groups[::step][:MAX_SEEDS]):
            (out / f"{path.stem}-{n:02d}.ics").write_bytes(header + b"".join(group) + b"END:VCALENDAR\r\n")


if __name__ == "__main__":
    main()
