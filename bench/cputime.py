# SPDX-License-Identifier: MIT
"""The CPU time of one process, as the benchmark scripts measure it (bench/yaml.sh,
bench/versions.sh): user + system time of the child alone, its output thrown away, so that what
the machine's other work costs the wall clock does not count."""
import os
import sys


def cpu(argv, env=None, ok=(0, 1)):
    """Runs argv (env: its environment, default this one's) and returns its CPU time in seconds.
    Ends the script when the exit code is not one of `ok`."""
    pid = os.fork()
    if pid == 0:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execve(argv[0], argv, os.environ if env is None else env)
        finally:
            os._exit(127)  # only when the program could not be run
    _, status, usage = os.wait4(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"{argv}: exit {code}")
    return usage.ru_utime + usage.ru_stime
