"""Dates as the questions write them (1911年12月1日) and near, never-correct date distractors."""

from __future__ import annotations

import random

from quizapp.generate.facts import Fact, Ymd, interval, overlaps

# distance bands (years for year/day questions, months for month questions) per target difficulty
_YEAR_BANDS = {1: (5, 10), 2: (2, 5), 3: (1, 2)}
_MONTH_BANDS = {1: (4, 9), 2: (2, 4), 3: (1, 2)}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def format_date(ymd: Ymd, precision: str) -> str:
    """1911年, 1911年12月, 1911年12月1日 (前221年 for years before the common era)."""
    year, month, day = ymd
    text = f"前{-year}年" if year < 0 else f"{year}年"
    if precision in ("month", "day") and month:
        text += f"{month}月"
    if precision == "day" and month and day:
        text += f"{day}日"
    return text


def cut(ymd: Ymd, precision: str) -> Ymd:
    year, month, day = ymd
    if precision == "year":
        return year, 0, 0
    if precision == "month":
        return year, month, 0
    return year, month, day


def is_false_for(candidate: Ymd, precision: str, fact: Fact, same_happening: list[Fact]) -> bool:
    """True when the source dates neither this fact nor any telling of the same happening at ``candidate``."""
    cand = interval(candidate, candidate, precision)
    return all(not overlaps(cand, other.interval()) for other in [fact, *same_happening])


def date_distractors(fact: Fact, same_happening: list[Fact], level: int, rng: random.Random,
                     count: int = 3) -> list[Ymd]:
    """``count`` dates at the fact's precision, near it (closer for higher ``level``), none correct."""
    precision = fact.precision
    answer = cut(fact.start, precision)
    candidates: list[Ymd] = []
    if precision == "month":
        lo, hi = _MONTH_BANDS[level]
        pool = [m for m in range(1, 13) if m != answer[1] and lo <= abs(m - answer[1]) <= hi]
        wider = [m for m in range(1, 13) if m != answer[1] and m not in pool]
        rng.shuffle(pool)
        rng.shuffle(wider)
        candidates = [(answer[0], m, 0) for m in pool + wider]
    else:
        lo, hi = _YEAR_BANDS[level]
        offsets = [d for d in range(-hi, hi + 1) if lo <= abs(d) <= hi]
        wider = [d for d in range(-12, 13) if d and d not in offsets]
        rng.shuffle(offsets)
        rng.shuffle(wider)
        for delta in offsets + wider:
            year = answer[0] + delta
            if year == 0:
                continue
            if precision == "day":
                day = min(answer[2], _DAYS_IN_MONTH[answer[1] - 1])
                candidates.append((year, answer[1], day))
            else:
                candidates.append((year, 0, 0))
    chosen: list[Ymd] = []
    for candidate in candidates:
        if candidate != answer and is_false_for(candidate, precision, fact, same_happening):
            chosen.append(candidate)
        if len(chosen) == count:
            break
    return chosen


def distance(a: Ymd, b: Ymd, precision: str) -> int:
    """Distance in the unit a question of this precision varies: months for month, else years."""
    if precision == "month":
        return abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1]))
    return abs(a[0] - b[0])
