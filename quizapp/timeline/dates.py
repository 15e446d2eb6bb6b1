"""Chinese date expressions: find them in text, resolve eras and relative dates, cut them to their precision."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import total_ordering
from typing import Literal

from quizapp.errors import DateParseError

Precision = Literal["century", "decade", "year", "season", "month", "day"]
PRECISIONS: tuple[str, ...] = ("century", "decade", "year", "season", "month", "day")
ROC_OFFSET = 1911  # 民國 N年 = 1911 + N


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date cut to its precision: only ``year``, or year and month, or a full day.

    Years use astronomical numbering (1 BC = 0, 200 BC = -199), as ISO 8601 does.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        year = f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()


@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression found in a text, resolved to a start and an end at a precision."""

    start: PartialDate
    end: PartialDate
    precision: Precision
    text: str  # exactly input[offset:offset + len(text)]
    offset: int  # code-point offset in the input
    relative: bool = False  # resolved from the running context (同年, 次年, a bare 12月29日 ...)
    flags: tuple[str, ...] = ()

    @property
    def end_offset(self) -> int:
        return self.offset + len(self.text)


@dataclass
class DateContext:
    """The running context: the most recent dated statement in reading order.

    ``roc`` is set by the caller for text that is about the Republic of China as a whole (a bare
    ``91年`` or ``三十六年`` is then a 民國 year). ``roc_seen`` is set by reading a 民國 date and
    cleared by find_dates at the next line break: the same rule, limited to one paragraph.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    roc: bool = False
    roc_seen: bool = False

    def update(self, expr: DateExpr) -> None:
        """Take year, month and day from the expression's start, as far as its precision goes.

        A century or decade names no year, so it clears the context instead: relative dates after it
        are skipped rather than guessed.
        """
        if expr.precision in ("century", "decade"):
            self.year = self.month = self.day = None
            return
        self.year = expr.start.year
        self.month = expr.start.month if expr.precision in ("month", "day") else None
        self.day = expr.start.day if expr.precision == "day" else None
        if "roc" in expr.flags:
            self.roc_seen = True

    @property
    def in_roc(self) -> bool:
        return self.roc or self.roc_seen


def find_dates(text: str, context: DateContext | None = None) -> list[DateExpr]:
    """Every date expression in ``text``, in order. Relative ones are resolved against ``context``,
    which is updated in place as the text is read; with no context they are skipped, not guessed."""
    from quizapp.timeline.date_parser import Parser

    ctx = context if context is not None else DateContext()
    parser = Parser(text, ctx)
    found: list[DateExpr] = []
    pos = 0
    checked_breaks = 0
    for start in parser.candidates():
        if start < pos:
            continue
        if ctx.roc_seen and "\n" in text[checked_breaks:start]:
            ctx.roc_seen = False
        checked_breaks = start
        try:
            point = parser.expression(start)
        except (ValueError, OverflowError):
            point = None  # an impossible date (day 31 in a 30-day month ...) is no date
        if point is None:
            continue
        expr = point.to_expr(text)
        found.append(expr)
        ctx.update(expr)
        pos = point.stop
    return found


def parse_date(expression: str, context: DateContext | None = None) -> DateExpr:
    """The one date expression that ``expression`` is, whole (white space around it aside);
    DateParseError otherwise. Relative expressions are resolved against ``context``, which is not changed."""
    from quizapp.timeline.date_parser import Parser

    if not isinstance(expression, str) or not expression.strip():
        raise DateParseError(f"not a date expression: {expression!r}")
    ctx = DateContext(**vars(context)) if context is not None else DateContext()
    parser = Parser(expression, ctx)
    first = len(expression) - len(expression.lstrip())  # surrounding white space is allowed
    try:
        point = parser.expression(first)
    except (ValueError, OverflowError):
        point = None
    if point is None:
        if parser.needed_context:
            raise DateParseError(f"relative date needs a context year: {expression!r}")
        raise DateParseError(f"not a date expression: {expression!r}")
    if point.stop != len(expression.rstrip()):
        raise DateParseError(
            f"not one date expression: {expression!r} (only {expression[: point.stop]!r} is a date)"
        )
    return point.to_expr(expression)


@dataclass(slots=True)
class Point:
    """A parsed (part of a) date expression, before it becomes a DateExpr."""

    start: PartialDate
    end: PartialDate
    precision: str
    begin: int
    stop: int
    relative: bool = False
    flags: set[str] = field(default_factory=set)

    def to_expr(self, text: str) -> DateExpr:
        return DateExpr(
            start=self.start,
            end=self.end,
            precision=self.precision,  # type: ignore[arg-type]
            text=text[self.begin : self.stop],
            offset=self.begin,
            relative=self.relative,
            flags=tuple(sorted(self.flags)),
        )


def coarser(a: str, b: str) -> str:
    return a if PRECISIONS.index(a) <= PRECISIONS.index(b) else b


def cut(date: PartialDate, precision: str) -> PartialDate:
    """``date`` cut to ``precision`` (season keeps the month, as month does)."""
    if precision in ("century", "decade", "year"):
        return PartialDate(date.year)
    if precision in ("season", "month"):
        return PartialDate(date.year, date.month)
    return date


def year_label(year: int) -> str:
    """How Chinese text writes an astronomical year: 1945 → 1945年, -199 → 公元前200年."""
    return f"{year}年" if year > 0 else f"公元前{1 - year}年"


