"""Startup of the frozen app: time from launch to an idle main window (`gui --quit-after-idle`), and --version.

"idle" is what the app reports itself: it prints `idle after N ms` measured from QUIZAPP_STARTUP_T0 (the spawn
time, set here) once the window is shown and the event loop is idle. "process" is the whole run, including
the shutdown, which waits for the first start's background work (database, bank import) to finish.

Usage: .venv/bin/python bench/bench_frozen.py [dist/quizapp/quizapp] [--runs N]
Runs offscreen with a throw-away HOME/XDG folders and database; reports min/median/max of N runs after one
warm-up run (the first launch after a build also pays for the OS reading ~100 MB from disk), and the same for a
source run (python -m quizapp) for comparison.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed_runs(command: list[str], env: dict, runs: int) -> tuple[list[float], list[float]]:
    """(process wall times, app-reported idle times) in seconds; the idle list is empty if the app prints none."""
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)  # warm-up (disk cache)
    process, idle = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, env={**env, "QUIZAPP_STARTUP_T0": repr(time.time())},
                              check=True, capture_output=True, text=True, timeout=120)
        process.append(time.perf_counter() - start)
        reported = re.search(r"idle after ([\d.]+) ms", done.stdout)
        if reported:
            idle.append(float(reported.group(1)) / 1000)
    return process, idle


def report(label: str, times: list[float]) -> None:
    if times:
        print(f"{label:<44} median {statistics.median(times) * 1000:6.0f} ms   "
              f"min {min(times) * 1000:6.0f}   max {max(times) * 1000:6.0f}   (n={len(times)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default=str(ROOT / "dist" / "quizapp" / "quizapp"))
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    binary = Path(args.binary)
    if not binary.exists():
        print(f"bench_frozen: no frozen app at {binary} (run packaging/build_linux.sh first)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_DATA_HOME=f"{tmp}/data",
                   XDG_CONFIG_HOME=f"{tmp}/config", XDG_CACHE_HOME=f"{tmp}/cache")
        env.pop("QUIZAPP_DB", None)
        idle = ["gui", "--quit-after-idle", "--db", f"sqlite:///{tmp}/bench.sqlite3"]
        for label, command in (("frozen", [str(binary)]), ("source", [sys.executable, "-m", "quizapp"])):
            process, reported = timed_runs([*command, *idle], env, args.runs)
            report(f"{label}: launch to idle main window", reported)
            report(f"{label}: whole run (launch, idle, quit)", process)
            report(f"{label}: --version", timed_runs([*command, "--version"], env, args.runs)[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
