#!/usr/bin/python3
"""check_layers.py finds what it must: an include that runs up the layers, one beside them, and a
folder no row places; and lets the allowed ones pass."""
import pathlib
import subprocess
import sys
import tempfile

CHECK = pathlib.Path(__file__).with_name("check_layers.py")


def run(files):
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            path = pathlib.Path(tmp, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        r = subprocess.run([sys.executable, CHECK, tmp], capture_output=True, text=True)
        return r.returncode, r.stdout


def expect(files, code, *words):
    got, out = run(files)
    assert got == code, f"{files}: exit {got}, not {code}\n{out}"
    for w in words:
        assert w in out, f"{files}: {w!r} not in\n{out}"


expect({"model/event.h": '#include "time/time.h"\n#include "syntax/yaml_tree.h"\n#include "text.h"\n'}, 0)
expect({"model/event.h": '#include "time/time.h"\n#include "io/event_loader.h"\n'}, 1,
       "event.h:2: model/ includes io/event_loader.h")
expect({"check/rule.h": '#include "views/agenda.h"\n'}, 1, "check/ includes views/agenda.h")
expect({"time/time.cpp": '  #  include "model/event.h"\n'}, 1, "time/ includes model/event.h")
expect({"gadgets/x.h": "\n"}, 1, "a folder docs/architecture.md does not place")
expect({"output/run.cpp": '#include "formats/ics/ics_export.h"\n#include "render/pdf.h"\n'}, 0)
print("check_layers: 6 cases as expected")
