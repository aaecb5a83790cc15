#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Crash safety of saving (issue 6): `summitry-cli set` saves through the planner's save path
(edit/document.h: atomic write, backup). Killed with SIGKILL at random moments while it loads,
edits and writes a large event, it leaves the file as it was or as edited, never a mix, and
never a truncated file.

    test_crash.py --cli build/src/cli/summitry-cli --shared ../shared
"""
import argparse
import os
import pathlib
import random
import signal
import subprocess
import sys
import tempfile
import time
import unittest

CLI = None
SHARED = None


class KillDuringSave(unittest.TestCase):
    def test_the_file_is_old_or_new_never_a_mix(self):
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "big.yaml"
            subprocess.run(["/usr/bin/python3", str(SHARED / "bench" / "gen_event.py"), "--sessions", "6000",
                            "--seed", "5", "-o", str(path)], check=True, capture_output=True)
            old = path.read_bytes()
            env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
            # How long one run takes, to kill within it.
            t0 = time.monotonic()
            subprocess.run([CLI, "set", path, "event.title", "Edited once"], check=True, env=env,
                           capture_output=True)
            duration = time.monotonic() - t0
            new = path.read_bytes()
            self.assertNotEqual(new, old)
            path.write_bytes(old)
            rng = random.Random(7)
            outcomes = {"old": 0, "new": 0}
            for _ in range(20):
                p = subprocess.Popen([CLI, "set", path, "event.title", "Edited once"], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0.0, duration * 1.1))
                p.send_signal(signal.SIGKILL)
                p.wait()
                now = path.read_bytes()
                if now == old:
                    outcomes["old"] += 1
                elif now == new:
                    outcomes["new"] += 1
                    path.write_bytes(old)
                else:
                    self.fail(f"after a kill the file is neither the old nor the new one ({len(now)} bytes)")
            # Both outcomes happened, so the kills did land around the write.
            print(f"20 kills in {duration:.2f} s runs: {outcomes}", file=sys.stderr)
            self.assertEqual(outcomes["old"] + outcomes["new"], 20)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", required=True)
    args, rest = ap.parse_known_args()
    CLI = os.path.abspath(args.cli)
    SHARED = pathlib.Path(args.shared).resolve()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
