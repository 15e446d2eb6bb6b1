"""Headless core figures: script switch of the whole article, generation at 1×, 4× and 16× the article."""

from __future__ import annotations

import re
import statistics
import tempfile
from pathlib import Path

from quizapp.benchmarks.synthetic import MAIN_ARTICLE
from quizapp.benchmarks.table import Result
from quizapp.benchmarks.timing import repeat_ms, timed

SCRIPT_SWITCH_TARGET_MS = 100
GENERATION_TARGET_S = 2.0
_HEADING = re.compile(r"^(#{2,6})\s*(.+?)\s*$", re.M)


def script_switch(runs: int) -> Result:
    """Convert every section of the article (its content, guards kept) to the other script, alternately
    hans → hant and hant → hans; OpenCC is loaded by a warm-up call, as the app does on first use."""
    from quizapp.source import parse_file
    from quizapp.text import convert

    sections = parse_file(MAIN_ARTICLE).sections
    chars = sum(len(section.text) for section in sections)
    scripts = iter(["hant", "hans"] * runs)

    def switch() -> None:
        script = next(scripts)
        for section in sections:
            convert(section.text, script, section.protected)

    for script in ("hans", "hant"):  # warm-up: both converters loaded
        for section in sections:
            convert(section.text, script, section.protected)
    samples = repeat_ms(switch, runs)
    return Result(f"script switch: whole article ({chars:,} chars) hans ↔ hant", samples, "ms",
                  SCRIPT_SWITCH_TARGET_MS)


def scaled_article(text: str, copies: int) -> str:
    """``copies`` copies of the article; copy k > 1 gets a heading for its lead and "（k）" on every title."""
    parts = [text]
    for k in range(2, copies + 1):
        retitled = _HEADING.sub(lambda m, k=k: f"{m.group(1)} {m.group(2)}（{k}）", text)
        parts.append(f"## 副本{k}\n\n{retitled}")
    return "\n\n".join(parts)


def _clear_generation_caches() -> None:
    """Every run starts cold, as a real `quizapp generate` process does."""
    from quizapp.generate import wording

    for name in ("label", "without_date"):
        cached = getattr(wording, name, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def generate_command(runs: int) -> Result:
    """`quizapp generate` of the main article in its own process each time: imports, OpenCC and caches cold."""
    import sys

    from quizapp.benchmarks.child import run_child

    result = Result("`quizapp generate` of the 1× article, own process (cold start included)", unit="s",
                    target=GENERATION_TARGET_S)
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            code, seconds, _, stderr = run_child([sys.executable, "-m", "quizapp", "generate", str(MAIN_ARTICLE),
                                                  "--out", str(Path(folder) / "bank.json"), "--fresh"])
            if code != 0:
                result.samples.clear()
                result.note = f"n/a: generate failed ({(stderr.strip().splitlines() or ['?'])[-1][:60]})"
                break
            result.samples.append(seconds)
    return result


def _generate(path: Path, generate_from_file, bank_bytes) -> int:
    bank = generate_from_file(path, seed=0)
    bank_bytes(bank)  # the file `quizapp generate` writes
    return len(bank["questions"])


def generation(sizes: dict[int, int]) -> list[Result]:
    """Parse + timeline + questions + bank file from an article of ``copies``× the main one ({copies: runs})."""
    from quizapp.generate.bank import bank_bytes, generate_from_file

    text = MAIN_ARTICLE.read_text(encoding="utf-8")
    results: list[Result] = []
    medians: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for copies, runs in sizes.items():
            path = Path(folder) / f"外蒙古独立x{copies}.md"
            path.write_text(scaled_article(text, copies), encoding="utf-8")
            samples, questions = [], 0
            for _ in range(runs):
                _clear_generation_caches()
                seconds, questions = timed(lambda p=path: _generate(p, generate_from_file, bank_bytes))
                samples.append(seconds)
            medians[copies] = statistics.median(samples)
            results.append(Result(f"generation at {copies}× article ({path.stat().st_size / 1024:,.0f} kB → "
                                  f"{questions:,} questions)", samples, "s",
                                  GENERATION_TARGET_S if copies == 1 else None))
    for copies in sizes:
        if copies != 1 and 1 in medians:
            factor = medians[copies] / medians[1]
            results.append(Result(f"growth {copies}× / 1× (linear = {copies}×; per unit of text "
                                  f"{factor / copies:.2f})", [factor], "×"))
    return results
