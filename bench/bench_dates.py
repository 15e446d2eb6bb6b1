"""Time find_dates over the bundled main article (raw Markdown, and with links reduced to their text)."""

import re
import statistics
import time

from quizapp.paths import SOURCES
from quizapp.timeline import eras
from quizapp.timeline.dates import find_dates


def main() -> None:
    text = (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8")
    clean = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    started = time.perf_counter()
    eras.lookup("康熙")
    load = time.perf_counter() - started
    for name, body in (("raw", text), ("links-stripped", clean)):
        runs = []
        for _ in range(30):
            started = time.perf_counter()
            found = find_dates(body)
            runs.append(time.perf_counter() - started)
        print(f"{name}: {len(body)} chars, {len(found)} dates, median {statistics.median(runs) * 1000:.1f} ms, "
              f"max {max(runs) * 1000:.1f} ms")
    print(f"era table first load: {load * 1000:.1f} ms")


if __name__ == "__main__":
    main()
