"""Questions about a period of time: those whose events (timeline event ids) overlap the period."""

from __future__ import annotations

import re

_ISO = re.compile(r"^(-?\d{1,6})(?:-(\d{2}))?(?:-(\d{2}))?$")


def iso_bounds(start_iso: str, end_iso: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day a partial-date period covers: ("1911", "1912-02") → (1911-01-01, 1912-02-31)."""
    return _day(start_iso, low=True), _day(end_iso, low=False)


def _day(iso: str, *, low: bool) -> tuple[int, int, int]:
    match = _ISO.match(iso.strip())
    if not match:
        raise ValueError(f"not an ISO date: {iso!r}")
    year, month, day = match.groups()
    month_value = int(month) if month else (1 if low else 12)
    return int(year), month_value, int(day) if day else (1 if low else 31)


def questions_in_period(questions: list[dict], event_periods: dict[str, tuple[str, str]], start_iso: str,
                        end_iso: str) -> list[dict]:
    """The questions with at least one event (``event_periods``: event id → (start, end) ISO) in the period."""
    first, last = iso_bounds(start_iso, end_iso)

    def overlaps(event_id: str) -> bool:
        period = event_periods.get(event_id)
        if period is None:
            return False
        start, end = iso_bounds(*period)
        return start <= last and end >= first

    return [q for q in questions if any(overlaps(e) for e in q.get("events") or ())]
