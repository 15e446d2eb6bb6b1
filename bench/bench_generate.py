"""Benchmark question generation at 1×, 4× and 16× the main article (copies with distinct section titles)."""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from quizapp.generate.bank import bank_bytes, build_bank, generate_questions
from quizapp.generate.wording import label, without_date
from quizapp.paths import SOURCES
from quizapp.source import parse_file
from quizapp.timeline.events import extract_events

HEADING = re.compile(r"^(#{2,6})\s*(.+?)\s*$", re.M)


def scaled_article(text: str, copies: int) -> str:
    """``copies`` copies of the article; copy k > 1 gets a heading for its lead and "（k）" on every title."""
    parts = [text]
    for k in range(2, copies + 1):
        retitled = HEADING.sub(lambda m, k=k: f"{m.group(1)} {m.group(2)}（{k}）", text)
        parts.append(f"## 副本{k}\n\n{retitled}")
    return "\n\n".join(parts)


def measure(path: Path, repeats: int) -> tuple[float, float, int, int]:
    """(median parse+timeline seconds, median generation seconds, events, questions)."""
    prepare, generate = [], []
    for _ in range(repeats):
        label.cache_clear()  # every run starts cold, as a real `quizapp generate` does
        without_date.cache_clear()
        start = time.perf_counter()
        doc = parse_file(path)
        events = extract_events(doc)
        middle = time.perf_counter()
        questions = generate_questions(doc, events, seed=0)
        bank_bytes(build_bank(doc, questions))
        generate.append(time.perf_counter() - middle)
        prepare.append(middle - start)
    return statistics.median(prepare), statistics.median(generate), len(events), len(questions)


def main() -> int:
    source = SOURCES / "外蒙古独立.md"
    text = source.read_text(encoding="utf-8")
    quick = "--quick" in sys.argv
    sizes = (1, 4) if quick else (1, 4, 16)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for copies in sizes:
            path = Path(tmp) / f"外蒙古独立x{copies}.md"
            path.write_text(scaled_article(text, copies), encoding="utf-8")
            repeats = 3 if copies < 16 else 1
            results[copies] = measure(path, repeats)
            prep, gen, events, questions = results[copies]
            print(f"{copies:>3}× article: {events:>5} events → {questions:>6} questions; "
                  f"generate {gen:.2f} s (parse+timeline {prep:.2f} s)")
    base = results[1][1]
    for copies in sizes[1:]:
        factor = results[copies][1] / base
        print(f"growth {copies}×: generation took {factor:.1f}× as long ({factor / copies:.2f} per unit of text; "
              f"1.00 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
