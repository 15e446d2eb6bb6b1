"""Run a command as a child and measure that child's own peak RSS and time.

Linux carries a process's peak RSS across fork and exec, so a child of a large process would report the parent's
size; a small launcher (python -S, ~10 MB) starts the command and reports the command's own peak instead.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCHER = """
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
"""


def run_child(args: list[str], *, timeout: float = 600) -> tuple[int, float, float, str]:
    """(exit code, seconds, peak RSS in MB, stderr) of ``args`` run to completion."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "maxrss"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-S", "-c", LAUNCHER, str(report), *args], capture_output=True,
                              text=True, timeout=timeout)
        seconds = time.perf_counter() - start
        peak_kb = int(report.read_text() or 0) if report.exists() else 0
    return done.returncode, seconds, peak_kb / 1024, done.stderr
