"""Parse speed of the main article and the cost of converting the whole Document to Traditional (hant)."""

from __future__ import annotations

import statistics
import time

from quizapp.paths import SOURCES
from quizapp.source import document_to_json, parse_file

RUNS = 20


def median_ms(action) -> float:
    action()  # warm up: OpenCC dictionaries, regex compilation
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    path = SOURCES / "外蒙古独立.md"
    document = parse_file(path)
    print(f"{path.name}: {path.stat().st_size} bytes, {len(document.sections)} sections, "
          f"{sum(len(s.links) for s in document.sections)} links")
    print(f"parse_file:               median {median_ms(lambda: parse_file(path)):6.1f} ms of {RUNS} runs")
    print(f"document_to_json(hant):   median {median_ms(lambda: document_to_json(document, 'hant')):6.1f} ms")
    print(f"document_to_json(original): median {median_ms(lambda: document_to_json(document)):6.1f} ms")


if __name__ == "__main__":
    main()
