#!/usr/bin/python3
"""Holds src/core to the layers of docs/architecture.md: a folder includes its own headers and
those of the folders its row allows, never one above or beside it.

    check_layers.py SRC_CORE_DIR      exit 0 when every include is allowed, 1 with each one that
                                      is not (file:line: folder/ includes other/), 2 on errors
"""
import pathlib
import re
import sys

# Each folder and the folders below it that it may include (docs/architecture.md, "The layers").
BELOW = {
    "util": set(),
    "diag": {"util"},
    "syntax": {"diag", "util"},
    "time": {"util"},
    "model": {"time", "syntax", "diag", "util"},
    "io": {"model", "time", "syntax", "diag", "util"},
    "check": {"model", "time", "syntax", "diag", "util"},
    "views": {"model", "time", "syntax", "diag", "util"},
    "formats": {"io", "model", "time", "syntax", "diag", "util"},
    "edit": {"io", "check", "model", "time", "syntax", "diag", "util"},
    "render": {"views", "check", "model", "time", "syntax", "diag", "util"},
    "plan": {"edit", "io", "check", "model", "time", "syntax", "diag", "util"},
    "versions": {"edit", "io", "check", "model", "time", "syntax", "diag", "util"},
    "site": {"versions", "formats", "views", "edit", "io", "check", "model", "time", "syntax",
             "diag", "util"},
    "output": {"site", "versions", "formats", "render", "views", "io", "check", "model", "time",
               "syntax", "diag", "util"},
    # Beside output/: the notices read the releases (versions/) and write iTIP with the ics
    # format's UIDs (formats/); nothing in the core includes them (docs/architecture.md).
    "notify": {"versions", "formats", "edit", "io", "check", "model", "time", "syntax", "diag",
               "util"},
    "publish": {"formats", "io", "model", "time", "syntax", "diag", "util"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def violations(core):
    found = []
    folders = sorted(p.name for p in core.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in BELOW:
            found.append(f"{core / folder}: a folder docs/architecture.md does not place")
            continue
        allowed = BELOW[folder] | {folder}
        for path in sorted((core / folder).rglob("*")):
            if path.suffix not in (".h", ".cpp"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                target = m.group(1).split("/")[0]
                if "/" not in m.group(1) or target not in BELOW:
                    continue  # a header beside it, or not one of the core's folders
                if target not in allowed:
                    found.append(f"{path}:{number}: {folder}/ includes {m.group(1)}, "
                                 f"which is above or beside it")
    return found


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    core = pathlib.Path(sys.argv[1])
    if not core.is_dir():
        print(f"{core}: not a directory", file=sys.stderr)
        return 2
    found = violations(core)
    for v in found:
        print(v)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
