"""The timeline's time axis without Qt: dates as fractional years, and a linear axis with long empty gaps shortened."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quizapp.timeline.dates import PartialDate, year_label

GAP_CAP = 6.0  # years: longer empty stretches of the axis are drawn this wide


def year_fraction(date: PartialDate) -> float:
    """The date as a year number with a fraction (months of equal length: for drawing, not for arithmetic)."""
    return date.year + ((date.month or 1) - 1) / 12 + ((date.day or 1) - 1) / 372


def end_fraction(date: PartialDate) -> float:
    """Where the period named by ``date`` ends: the day, month or year after it starts."""
    if date.day is not None:
        return year_fraction(date) + 1 / 372
    if date.month is not None:
        return year_fraction(date) + 1 / 12
    return date.year + 1.0


def is_range(event) -> bool:
    return event.date.start != event.date.end or event.date.precision in ("century", "decade")


def date_label(event) -> str:
    """The date as the article writes it; relative dates (同年, 次年 …) spelled out from what they resolved to."""
    if not event.date.relative:
        return event.date.text
    start, end = event.date.start, event.date.end

    def one(date: PartialDate) -> str:
        return year_label(date.year) + (f"{date.month}月" if date.month else "") + (f"{date.day}日" if date.day else "")

    return one(start) if start == end else f"{one(start)}–{one(end)}"


class BrokenAxis:
    """Years → axis units: linear, except that gaps longer than GAP_CAP between knots are shortened to GAP_CAP."""

    def __init__(self, knots: Sequence[float]) -> None:
        self.knots = sorted(set(knots)) or [0.0, 1.0]
        if len(self.knots) == 1:
            self.knots.append(self.knots[0] + 1)
        self.positions = [0.0]
        self.breaks: list[float] = []  # axis positions of the middle of each shortened gap
        for left, right in zip(self.knots, self.knots[1:], strict=False):
            gap = right - left
            if gap > GAP_CAP:
                self.breaks.append(self.positions[-1] + GAP_CAP / 2)
            self.positions.append(self.positions[-1] + min(gap, GAP_CAP))

    @property
    def length(self) -> float:
        return self.positions[-1]

    def to_axis(self, year: float) -> float:
        knots, positions = self.knots, self.positions
        if year <= knots[0]:
            return positions[0] - (knots[0] - year)
        if year >= knots[-1]:
            return positions[-1] + (year - knots[-1])
        i = bisect.bisect_right(knots, year) - 1
        gap = knots[i + 1] - knots[i]
        return positions[i] + (year - knots[i]) * (positions[i + 1] - positions[i]) / gap

    def is_linear_at(self, year: float) -> bool:
        """False inside a shortened gap, where a year tick would be misplaced."""
        i = bisect.bisect_right(self.knots, year) - 1
        return not (0 <= i < len(self.knots) - 1 and self.knots[i + 1] - self.knots[i] > GAP_CAP)
