"""Timeline speed: extract_events and link_conflicts on each bundled article, and the whole `quizapp timeline --json`."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from quizapp.paths import SOURCES
from quizapp.source import parse_file
from quizapp.timeline.conflicts import glossary_aliases, link_conflicts
from quizapp.timeline.events import extract_events

RUNS = 10
ROOT = Path(__file__).resolve().parent.parent


def median_ms(action, runs: int = RUNS) -> float:
    action()  # warm up: OpenCC dictionaries, era table, regex compilation
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _median_link_ms(document, aliases) -> float:
    """link_conflicts alone: it fills the events in place, so each run gets freshly extracted ones."""
    times = []
    for _ in range(RUNS + 1):
        events = extract_events(document)
        start = time.perf_counter()
        link_conflicts(document, events, aliases)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:]) * 1000


def main() -> None:
    aliases = glossary_aliases()
    for name in ("外蒙古独立.md", "唐努乌梁海.md", "中俄蒙协约.md"):
        document = parse_file(SOURCES / name)
        events = extract_events(document)
        report = link_conflicts(document, events, aliases)
        extract = median_ms(lambda document=document: extract_events(document))
        conflicts = _median_link_ms(document, aliases)
        print(f"{name}: {len(events)} events, {len(report.conflicts)} conflict pairs, {len(report.groups)} same-happening "
              f"groups; extract_events median {extract:.1f} ms, link_conflicts median {conflicts:.1f} ms of {RUNS} runs")
    command = [sys.executable, "-m", "quizapp", "timeline", str(SOURCES / "外蒙古独立.md"), "--json"]
    whole = median_ms(lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT))
    hant = median_ms(lambda: subprocess.run([*command, "--script", "hant"], check=True, capture_output=True, cwd=ROOT))
    print(f"quizapp timeline 外蒙古独立.md --json: median {whole:.0f} ms (whole process), --script hant {hant:.0f} ms")


if __name__ == "__main__":
    main()
