#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A real drag from the tray to the grid (issue 15, defect 10), with the mouse of XTest
(xdotool mousedown, mousemove, mouseup) on the planner window, not events sent to a widget.

On a copy of the Paris event whose fireside chat (40 minutes) is unplaced: the button goes down
on its row of the tray and the pointer jumps at once to the grid (a fast drag), over the second
room at a time in view. While the button is still down, the grid shows a box of the session's
length: the planner says so (SUMMITRY_TEST_LAYOUT's "preview:" lines) and a screenshot shows a
blue box 40 minutes tall in that column. Then the button goes up: the session is placed there
(saved with Ctrl+S and read back from the file), not only selected.

    drag_test.py SUMMITRY SUMMITRY_CLI PARIS.yaml SCRATCH_DIR

Run under xvfb-run -a (ctest does). Every command is an argument vector, never a shell string.
"""
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time

BLUE = (0x1A, 0x5F, 0xB4)  # the preview's pen (src/gui/day_grid_draw.cpp, selected_blue)


def xdotool(*args):
    subprocess.run(["xdotool", *[str(a) for a in args]], check=True, timeout=20)


def screen():
    """The X screen as (width, height, RGB bytes), from ImageMagick's import as a binary PPM."""
    ppm = subprocess.run(["import", "-window", "root", "-depth", "8", "ppm:-"], capture_output=True, check=True,
                         timeout=60).stdout
    fields, at = [], 0
    while len(fields) < 4:  # P6 width height maxval, then one whitespace byte
        while ppm[at:at + 1].isspace():
            at += 1
        start = at
        while not ppm[at:at + 1].isspace():
            at += 1
        fields.append(ppm[start:at])
    assert fields[0] == b"P6" and fields[3] == b"255", fields
    return int(fields[1]), int(fields[2]), ppm[at + 1:]


def blue_box(image, left, right, top, bottom):
    """The bounding box of the preview's blue pen within [left, right) × [top, bottom)."""
    width, height, data = image
    xs, ys = [], []
    for y in range(max(0, top), min(height, bottom)):
        row = y * width * 3
        for x in range(max(0, left), min(width, right)):
            p = row + 3 * x
            if all(abs(data[p + i] - BLUE[i]) <= 12 for i in range(3)):
                xs.append(x)
                ys.append(y)
    if not ys:
        return None
    return min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def main():
    planner, cli, paris, scratch = sys.argv[1:5]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    path = os.path.join(scratch, "paris.yaml")
    with open(paris, encoding="utf-8") as f:
        text = f.read()
    placed = "    room: residence/salons\n    start: 2025-02-10 18:20\n"
    block = text.index("  - id: fireside-chat\n")
    assert text.find(placed, block) > block, "the fireside chat is not where the test expects it"
    text = text[:block] + text[block:].replace(placed, "", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

    env = dict(os.environ, SUMMITRY_TEST_LAYOUT="1", SUMMITRY_RECOVER="discard",
               SUMMITRY_RELOAD="keep")
    proc = subprocess.Popen([planner, path], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()

    def next_line(prefix, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith(prefix):
                return line[len(prefix):].strip()
        return None

    failures = []

    def expect(ok, what):
        if not ok:
            failures.append(what)
        print(("ok   " if ok else "FAIL ") + what)

    try:
        layout_text = next_line("layout: ", 30)
        if layout_text is None:
            sys.exit("drag_test: the planner printed no layout (SUMMITRY_TEST_LAYOUT)")
        layout = json.loads(layout_text)
        gx, gy, gw, gh = layout["grid"]
        vx, vy = layout["view"]
        ppm, header, tcol, cw = (layout["pixels_per_minute"], layout["header"],
                                 layout["time_column"], layout["column_width"])
        rooms, tray = layout["rooms"], layout["tray"]
        expect("fireside-chat" in tray, "the fireside chat is in the tray")
        rx, ry, rw, rh = layout["tray_row"]
        row_y = ry + rh * tray.index("fireside-chat") + rh // 2
        # A time in view, in the second room: a third of the way down the visible grid.
        first_visible = layout["from"] + (vy) / ppm
        minute = int(first_visible + (gh - header) / ppm / 3) // 5 * 5
        column = 1 if len(rooms) > 1 else 0
        tx = gx + tcol + column * cw - vx + 30
        ty = gy + header + round((minute - layout["from"]) * ppm) - vy + 1
        expect(gy + header < ty < gy + gh - 100, f"{minute // 60:02d}:{minute % 60:02d} in view")

        # The fast drag: down on the row, then at once over the grid; a few small moves there, as
        # a hand makes while aiming, so that the grid hears of the drag.
        xdotool("mousemove", rx + 30, row_y)
        time.sleep(0.3)
        xdotool("mousedown", 1)
        time.sleep(0.05)
        xdotool("mousemove", tx, ty)
        for dx in (2, 0, 1, 0):
            time.sleep(0.15)
            xdotool("mousemove", tx + dx, ty)
        time.sleep(0.5)
        preview = None
        while (line := next_line("preview: ", 0.5)) is not None:
            preview = [int(v) for v in line.split()]
        expect(preview is not None and preview[1] - preview[0] == 40,
               f"the grid's preview lasts the session's 40 minutes: {preview}")
        expect(preview is not None and preview[0] == minute and preview[2] == column,
               f"the preview is at {minute} in column {column}: {preview}")
        image = screen()
        shot = os.path.join(scratch, "drag-preview.png")
        subprocess.run(["import", "-window", "root", shot], check=False, timeout=60)
        col_left = gx + tcol + column * cw - vx
        box = blue_box(image, col_left, col_left + cw, gy + header, gy + gh)
        want = 40 * ppm
        expect(box is not None and abs(box[3] - want) <= 6,
               f"the screenshot shows a box {box[3] if box else None} pixels tall "
               f"(40 minutes: {want:.0f}) in the column ({shot})")
        expect(box is not None and box[2] >= cw * 0.6,
               f"the box is as wide as the column: {box[2] if box else None} of {cw}")
        expect(box is not None and abs(box[1] - (ty - 1)) <= 4,
               f"the box starts where the pointer is: {box[1] if box else None} against {ty - 1}")
        xdotool("mouseup", 1)
        time.sleep(1.0)

        xdotool("mousemove", gx + gw // 2, gy + gh // 2)
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid), ""],
                               capture_output=True, text=True, timeout=20).stdout.split()
        if found:
            subprocess.run(["xdotool", "windowfocus", found[0]], timeout=20)
        xdotool("key", "--clearmodifiers", "ctrl+s")
        time.sleep(1.5)
        with open(path, encoding="utf-8") as f:
            saved = f.read()
        at = saved.index("  - id: fireside-chat\n")
        end = saved.find("\n  - id:", at + 1)
        chat = saved[at:end if end > 0 else len(saved)]
        start = re.search(r"^    start: (.*)$", chat, re.M)
        room = re.search(r"^    room: (.*)$", chat, re.M)
        want_start = f"2025-02-10 {minute // 60:02d}:{minute % 60:02d}"
        expect(start is not None and start.group(1) == want_start,
               f"the drop placed it at {want_start}: {start.group(1) if start else None}")
        expect(room is not None and room.group(1) == rooms[column],
               f"in {rooms[column]}: {room.group(1) if room else None}")
        r = subprocess.run([cli, "check", path], capture_output=True, text=True, timeout=60)
        expect(r.returncode in (0, 1), f"the saved file loads (check exits {r.returncode})")
        expect(proc.poll() is None, "the planner is still running")
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
