"""Run quizapp (or any Python snippet) in a real child process and measure that child alone: peak RSS, time."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from quizapp.benchmarks.child import LAUNCHER  # measures the child's own peak RSS, not pytest's

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Measured:
    returncode: int
    stdout: str
    stderr: str
    peak_rss_mb: float  # ru_maxrss of this child only (os.wait4), not of earlier children
    seconds: float

    def error_line(self) -> str:
        """The one line a failing quizapp command prints; asserts there is exactly one and no traceback."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert "Traceback" not in self.stderr, self.stderr
        assert len(lines) == 1, f"expected one line on stderr, got:\n{self.stderr}"
        assert lines[0].startswith("quizapp: "), lines[0]
        return lines[0]


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1", **extra}
    env.pop("QUIZAPP_DB", None)  # every test passes --db: never the user's own database
    return env


def run_measured(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 120,
                 cwd: Path | None = None) -> Measured:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "maxrss"
        out_path, err_path = Path(folder) / "out", Path(folder) / "err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-S", "-c", LAUNCHER, str(report), *args], stdout=out,
                                    stderr=err, env=env or child_env(), cwd=cwd or REPO)
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                proc.wait()
            finally:
                killer.cancel()
            seconds = time.perf_counter() - start
        peak_kb = int(report.read_text() or 0) if report.exists() else 0
        return Measured(proc.returncode, out_path.read_text("utf-8", "replace"),
                        err_path.read_text("utf-8", "replace"), peak_kb / 1024, seconds)


def quizapp(*args: str, **kwargs) -> Measured:
    return run_measured([sys.executable, "-m", "quizapp", *args], **kwargs)
