"""Startup time of the desktop app: process start until the main window is shown and the event loop idle.

Runs `python -m quizapp gui --quit-after-idle` N times (offscreen unless a display is set). The app prints
the wall time from the moment the bench spawned it (QUIZAPP_STARTUP_T0) to the first idle turn of its event
loop, after the window was shown; the bench also reports the whole run (spawn to exit) as an upper bound.
Usage: python bench/bench_startup.py [-n 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.5


def one_run(settings: Path, env: dict) -> tuple[float, float]:
    """(seconds to idle as the app measured it, seconds to exit)."""
    start = time.perf_counter()
    env = {**env, "QUIZAPP_STARTUP_T0": repr(time.time())}
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "gui", "--quit-after-idle", "--settings", str(settings)],
        env=env, check=True, capture_output=True, text=True,
    )
    total = time.perf_counter() - start
    idle_ms = float(result.stdout.split("idle after ")[1].split()[0])
    return idle_ms / 1000, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="number of runs (default 15)")
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.ini"
        one_run(settings, env)  # warm the file cache; not counted
        runs = [one_run(settings, env) for _ in range(args.n)]
    idle = [run[0] for run in runs]
    total = [run[1] for run in runs]
    median = statistics.median(idle)
    print(f"gui startup, {args.n} runs, platform {env.get('QT_QPA_PLATFORM', 'default')}:")
    print(f"  spawn → window shown, event loop idle: median {median * 1000:.0f} ms "
          f"(min {min(idle) * 1000:.0f}, max {max(idle) * 1000:.0f}); "
          f"target ≤ {TARGET_SECONDS * 1000:.0f} ms: {'met' if median <= TARGET_SECONDS else 'NOT met'}")
    print(f"  spawn → exit: median {statistics.median(total) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
