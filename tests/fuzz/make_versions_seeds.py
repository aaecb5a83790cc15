#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Seeds for fuzz_versions: three versions of each event given, BASE, OURS and THEIRS separated by
# lines "#%%" (tests/fuzz/fuzz_versions.cpp), with the edits two organizers make: a session
# retitled on one side and moved on the other, both sides changing one title (a conflict), one
# side removing a session the other changes, and a side with no change.
#   make_versions_seeds.py OUT_DIR EVENT.yaml...
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def sub_nth(pattern, repl, text, n):
    matches = list(re.finditer(pattern, text, flags=re.M))
    if not matches:
        return text
    m = matches[n % len(matches)]
    return text[:m.start()] + m.expand(repl) + text[m.end():]


def session_item_span(text, n):
    """The n-th item of the top-level `sessions:` list, as (start, end) offsets."""
    top = re.search(r"^sessions:\n", text, flags=re.M)
    if not top:
        return None
    items = [m.start() for m in re.finditer(r"^  - ", text[top.end():], flags=re.M)]
    if not items:
        return None
    end_of_list = re.search(r"^\S", text[top.end():], flags=re.M)
    limit = top.end() + (end_of_list.start() if end_of_list else len(text) - top.end())
    starts = [top.end() + i for i in items if top.end() + i < limit]
    if not starts:
        return None
    k = n % len(starts)
    return starts[k], (starts[k + 1] if k + 1 < len(starts) else limit)


for path in map(pathlib.Path, sys.argv[2:]):
    base = path.read_text(encoding="utf-8")
    retitled = sub_nth(r"^(\s+title: )(.*)$", r"\1Retitled \2", base, 0)
    moved = sub_nth(r"^(\s+start: \S+ )(\d\d):", r"\g<1>07:", base, 1)
    other_title = sub_nth(r"^(\s+title: )(.*)$", r"\1Another \2", base, 0)
    span = session_item_span(base, 2)
    removed = base if span is None else base[:span[0]] + base[span[1]:]
    changed_removed = sub_nth(r"^(\s+title: )(.*)$", r"\1Changed \2", base, 3)
    for name, sides in {
        "independent": (base, retitled, moved),
        "conflict": (base, retitled, other_title),
        "removed": (base, changed_removed, removed),
        "unchanged": (base, moved, base),
    }.items():
        out.joinpath(f"{path.stem}-{name}.txt").write_text("\n#%%\n".join(sides), encoding="utf-8")
