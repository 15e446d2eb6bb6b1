"""Start-to-idle time of the desktop app, measured in child processes (`python -m quizapp gui --quit-after-idle`)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizapp.benchmarks.table import Result

TARGET_S = 0.5


def gui_startup(runs: int) -> Result:
    """Spawn → window shown and event loop idle, as the app measures it from QUIZAPP_STARTUP_T0 (one warm-up run
    not counted). Offscreen when there is no display."""
    result = Result("start → main window shown, idle (`quizapp gui`)", unit="s", target=TARGET_S)
    if importlib.util.find_spec("PySide6") is None:
        result.note = "n/a: gui not available (PySide6 not installed)"
        return result
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        args = [sys.executable, "-m", "quizapp", "gui", "--quit-after-idle", "--settings",
                str(Path(folder) / "settings.ini"), "--db", f"sqlite:///{Path(folder) / 'bench.sqlite3'}"]
        for n in range(runs + 1):
            try:
                done = subprocess.run(args, env={**env, "QUIZAPP_STARTUP_T0": repr(time.time())},
                                      capture_output=True, text=True, timeout=120)
            except subprocess.TimeoutExpired:
                result.note = "n/a: gui did not reach idle within 120 s"
                result.samples.clear()
                return result
            if done.returncode != 0 or "idle after " not in done.stdout:
                reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:80]
                result.note = f"n/a: gui not available ({reason})"
                result.samples.clear()
                return result
            if n:  # the first run warms the file cache
                result.samples.append(float(done.stdout.split("idle after ")[1].split()[0]) / 1000)
    result.note = f"platform {env.get('QT_QPA_PLATFORM', 'native')}"
    return result
