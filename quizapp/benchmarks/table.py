"""Bench results as one Markdown table: median and spread over repeated runs, the target and whether it is met."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Result:
    """One row: ``samples`` in ``unit`` (s, ms or MB); ``target`` is the bound the median must not exceed."""

    measure: str
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"
    target: float | None = None
    note: str = ""  # shown instead of figures when there are no samples ("n/a: …"), else appended
    lower_is_better: bool = True

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def met(self) -> str:
        if self.target is None or self.median is None:
            return "—"
        return "met" if self.median <= self.target else "NOT met"


def _number(value: float, unit: str) -> str:
    if unit == "×":
        return f"{value:.2f}×"
    if abs(value) >= 100:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def spread(result: Result) -> str:
    """min–max, and the interquartile range when there are enough runs for it to mean something."""
    if len(result.samples) < 2:
        return "(1 run)"
    low, high = min(result.samples), max(result.samples)
    text = f"{_number(low, result.unit)} – {_number(high, result.unit)}"
    if len(result.samples) >= 8:
        q1, _, q3 = statistics.quantiles(result.samples, n=4)
        text += f" (IQR {_number(q1, result.unit)} – {_number(q3, result.unit)})"
    return text


def format_table(results: list[Result]) -> str:
    lines = ["| measure | median | spread (min – max) | runs | target | met |", "|---|---:|---:|---:|---:|---|"]
    for result in results:
        if not result.samples:
            lines.append(f"| {result.measure} | {result.note or 'n/a'} | | 0 | "
                         f"{'≤ ' + _number(result.target, result.unit) if result.target is not None else '—'} | — |")
            continue
        target = f"≤ {_number(result.target, result.unit)}" if result.target is not None else "—"
        note = f" ({result.note})" if result.note else ""
        lines.append(f"| {result.measure}{note} | {_number(result.median, result.unit)} | {spread(result)} | "
                     f"{len(result.samples)} | {target} | {result.met} |")
    return "\n".join(lines)
