# SPDX-License-Identifier: MIT
"""What the command-line tests share: running summitry-cli as a user's script would."""
import os
import subprocess

import yaml

# libyaml's loaders, 7 times faster than PyYAML's own on a 1.8 MB import (2.1 s -> 0.29 s):
# the import and export tests read many such files, and the pure-Python parse was most of
# their time. python3-yaml is built with libyaml on Debian; the fallback keeps the meaning.
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BASE = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def load_yaml(text, strings_only=False):
    """A YAML document (a str or an open file) as Python values; strings_only: every scalar
    a str, as YAML's base schema reads it."""
    return yaml.load(text, Loader=_BASE if strings_only else _SAFE)

CLI = None  # the summitry-cli under test; each test script sets it from --cli


def run(*args, check_exit=0, text=True, timeout=120, drop_env=()):
    """Runs summitry-cli without a display (it must never need one); fails the test unless the
    exit status is `check_exit` (None: any)."""
    env = dict(os.environ)
    for name in ("DISPLAY", *drop_env):
        env.pop(name, None)
    p = subprocess.run([CLI, *map(str, args)], capture_output=True, text=text, env=env, timeout=timeout)
    if check_exit is not None and p.returncode != check_exit:
        out, err = (p.stdout, p.stderr) if text else (p.stdout.decode(errors="replace"),
                                                       p.stderr.decode(errors="replace"))
        raise AssertionError(f"{list(map(str, args))}: exit {p.returncode}, wanted {check_exit}\n"
                             f"stdout: {out[-2000:]}\nstderr: {err[-4000:]}")
    return p
