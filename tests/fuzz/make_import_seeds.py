#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Seeds for fuzz_frab_import and fuzz_json_import: the real schedules of ../shared/data, each
cut to a few events per day so that it fits the fuzzer's input length, plus the small files as
they are.

    make_import_seeds.py SHARED_DATA XML_SEEDS JSON_SEEDS
"""
import copy
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

KEEP_ROOMS, KEEP_EVENTS = 2, 2


def cut_xml(path, out):
    root = ET.parse(path).getroot()
    for day in root.findall("day"):
        rooms = day.findall("room")
        kept = [r for r in rooms if r.find("event") is not None][:KEEP_ROOMS]
        for room in rooms:
            if room not in kept:
                day.remove(room)
        for room in kept:
            for event in room.findall("event")[KEEP_EVENTS:]:
                room.remove(event)
    for element in root.iter():  # wafer's indentation is most of DebConf23's bytes
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = "\n"
    tracks = root.find("tracks")
    if tracks is not None:
        for t in tracks.findall("track")[4:]:
            tracks.remove(t)
    (out / f"{path.stem}.xml").write_bytes(ET.tostring(root, encoding="utf-8"))


def cut_json(path, out):
    doc = json.loads(path.read_text(encoding="utf-8"))
    small = copy.deepcopy(doc)
    for day in small.get("schedule", {}).get("conference", {}).get("days", []):
        rooms = day.get("rooms", {})
        day["rooms"] = {name: events[:KEEP_EVENTS] for name, events in list(rooms.items())[:KEEP_ROOMS]}
    (out / f"{path.stem}.json").write_text(json.dumps(small, ensure_ascii=False, indent=1), encoding="utf-8")


def main():
    data, xml_out, json_out = (pathlib.Path(a) for a in sys.argv[1:4])
    xml_out.mkdir(parents=True, exist_ok=True)
    json_out.mkdir(parents=True, exist_ok=True)
    for path in sorted((data / "frab").glob("*.xml")):
        cut_xml(path, xml_out)
    for path in sorted((data / "c3voc-json").glob("*.json")):
        try:
            cut_json(path, json_out)
        except (ValueError, AttributeError, TypeError):
            (json_out / path.name).write_bytes(path.read_bytes())


if __name__ == "__main__":
    main()
