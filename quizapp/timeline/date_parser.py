"""The grammar of Chinese date expressions: a small hand-written parser run at each candidate position."""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field

from quizapp.timeline import eras
from quizapp.timeline.date_words import (
    ABBREVIATED_RANGE_RE,
    AD_PREFIXES,
    BARE_BC_AFTER,
    BC_PREFIXES,
    BETWEEN,
    CANDIDATE_RE,
    CENTURY_PARTS,
    CENTURY_WORDS,
    CLOSE_BRACKETS,
    DAYS_LATER,
    DECADE_PARTS,
    DECADE_WORD,
    DURATION_AFTER,
    DURATION_BEFORE,
    ERA_YEAR_RE,
    KEY_CHAR_RE,
    KEY_REACH,
    MONTH_PARTS,
    NOT_AFTER_PART,
    NOT_AFTER_RELATIVE,
    NOT_BEFORE_NUMBER,
    NOT_BEFORE_SHORT_ROC,
    NUMBER_RE,
    OPEN_BRACKETS,
    RANGE_SEPARATORS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_YEARS,
    SEASON_TAILS,
    SEASONS,
    SHORT_ROC_FOLLOWERS,
    YEAR_PARTS,
)
from quizapp.timeline.dates import ROC_OFFSET, DateContext, PartialDate, Point, coarser, cut
from quizapp.timeline.numerals import ARABIC, chinese_value, is_digit_by_digit


@dataclass(slots=True)
class YearCore:
    """The year part of an expression: 1945年, 民國35年, 宣统三年（1911年）, 同年 ..."""

    year: int
    stop: int
    relative: bool = False
    flags: set[str] = field(default_factory=set)
    gregorian: bool = False  # written as a Gregorian year (wins over an era year when both are given)


def days_in_month(year: int, month: int) -> int:
    # calendar needs years 1..9999; the Gregorian leap cycle repeats every 400 years
    return calendar.monthrange(year % 400 + 400, month)[1]


class Parser:
    """Parse date expressions at given positions of one text, against one running context."""

    def __init__(self, text: str, context: DateContext) -> None:
        self.text = text
        self.ctx = context
        self.needed_context = False  # set when a relative expression could not be resolved
        self.era_at = self._era_positions()
        self._key_positions: list[int] | None = None

    # ---- scanning ----------------------------------------------------------------------------

    def _era_positions(self) -> dict[int, tuple[str, int]]:
        """Start of every era name directly followed by a year number: {start: (name, name_end)}."""
        found: dict[int, tuple[str, int]] = {}
        text = self.text
        for match in ERA_YEAR_RE.finditer(text):
            end = match.start()
            for length in eras.name_lengths():
                if end - length >= 0 and eras.is_era_name(text[end - length : end]):
                    found[end - length] = (text[end - length : end], end)
                    break
        return found

    def key_char_near(self, i: int) -> bool:
        """Every date expression has one of KEY_CHARS within its first KEY_REACH characters: a cheap
        test that spares the grammar most numbers of ordinary text."""
        if self._key_positions is None:
            self._key_positions = [m.start() for m in KEY_CHAR_RE.finditer(self.text)]
        k = bisect.bisect_left(self._key_positions, i)
        return k < len(self._key_positions) and self._key_positions[k] < i + KEY_REACH

    def candidates(self) -> Iterator[int]:
        """Positions where a date expression may begin, in order."""
        starts = {m.start() for m in CANDIDATE_RE.finditer(self.text)}
        starts.update(self.era_at)
        return iter(sorted(starts))

    def at(self, i: int, word: str) -> bool:
        return self.text.startswith(word, i)

    def startswith_any(self, i: int, words) -> str | None:
        for word in words:
            if self.text.startswith(word, i):
                return word
        return None

    def number(self, i: int) -> tuple[int, int, str] | None:
        """(value, end, kind) of the number at i; kind is arabic, digits (一九二九) or chinese."""
        match = NUMBER_RE.match(self.text, i)
        if match is None:
            return None
        run = match.group()
        if ARABIC.fullmatch(run):
            return int(run), match.end(), "arabic"
        value = chinese_value(run)
        if value is None:
            return None
        return value, match.end(), "digits" if is_digit_by_digit(run) else "chinese"

    def next_char_in(self, i: int, chars: str) -> bool:
        return i < len(self.text) and self.text[i] in chars

    def starts_other_word(self, part: str, stop: int) -> bool:
        """初 / 末 that begin another word (初次, 末代) rather than close the date."""
        return part in ("初", "末") and self.next_char_in(stop, NOT_AFTER_PART)

    def char_before(self, i: int) -> str:
        return self.text[i - 1] if i > 0 else ""

    # ---- expressions -------------------------------------------------------------------------

    def expression(self, i: int) -> Point | None:
        """The longest date expression starting at i: a point, a list closed by 間, or a range."""
        if not self.key_char_near(i):
            return None
        point = self.abbreviated_range(i) or self.point(i, None)
        if point is None:
            return None
        point = self.listed(point) or point
        point = self.ranged(point) or point
        word = self.startswith_any(point.stop, BETWEEN)
        if word and point.start != point.end:
            point.stop += len(word)
        if self.at(point.stop, "起"):
            point.stop += 1
            point.flags.add("from")
        elif self.at(point.stop, "止"):
            point.stop += 1
            point.flags.add("until")
        return point

    def abbreviated_range(self, i: int) -> Point | None:
        """1936-37年, 647－648年, 2002-2003年: a year range with 年 written once."""
        match = ABBREVIATED_RANGE_RE.match(self.text, i)
        if match is None or self.char_before(i) in NOT_BEFORE_NUMBER:
            return None
        first, second = match.group(1), match.group(2)
        if len(second) < len(first):
            second = first[: len(first) - len(second)] + second
        start, end = int(first), int(second)
        if not start < end <= 2999:
            return None
        return Point(PartialDate(start), PartialDate(end), "year", i, match.end())

    def listed(self, first: Point) -> Point | None:
        """1919年2月、3月間: items joined by 、 and closed by 間 make one range (flag "list")."""
        last, j = first, first.stop
        while self.at(j, "、"):
            item = self.point(j + 1, last.end)
            if item is None or item.start < last.start:
                return None
            last, j = item, item.stop
        if last is first or not self.startswith_any(j, BETWEEN):
            return None
        merged = self.merge(first, last)
        merged.flags.add("list")
        return merged

    def ranged(self, first: Point) -> Point | None:
        """1860年至1911年, 1949年12月至1950年3月, 5月至6月: a range from a point to a point."""
        separator = self.startswith_any(first.stop, RANGE_SEPARATORS)
        if separator is None:
            return None
        second = self.point(first.stop + len(separator), first.end)
        if second is None or second.end < first.start or second.start == first.start:
            return None
        return self.merge(first, second)

    def merge(self, first: Point, last: Point) -> Point:
        precision = coarser(first.precision, last.precision)
        return Point(
            cut(first.start, precision), cut(last.end, precision), precision, first.begin, last.stop,
            first.relative, first.flags | last.flags,
        )

    # ---- points ------------------------------------------------------------------------------

    def point(self, i: int, anchor: PartialDate | None) -> Point | None:
        """One date at i. ``anchor`` is the date a range or list item inherits year and month from;
        without it, a bare month or day takes them from the running context (relative)."""
        return (
            self.century_or_decade(i)
            or self.dated_year(i, anchor)
            or self.relative_month_or_day(i, anchor)
            or self.bare_month(i, anchor)
            or self.bare_season(i, anchor)
            or self.anchored_day(i, anchor)
            or self.days_later(i, anchor)
        )

    def century_or_decade(self, i: int) -> Point | None:
        bc = self.startswith_any(i, BC_PREFIXES)
        j = i + len(bc) if bc else i
        number = self.number(j)
        if number is None or (not bc and self.char_before(i) in NOT_BEFORE_NUMBER):
            return None
        value, j, kind = number
        century_word = self.startswith_any(j, CENTURY_WORDS)
        if century_word and 1 <= value <= 30:
            j += len(century_word)
            first = (-value * 100 + 1) if bc else (value - 1) * 100 + 1
            decade = self.number(j)
            if not bc and decade and decade[0] % 10 == 0 and decade[0] < 100 and self.at(decade[1], DECADE_WORD):
                return self.decade(i, (value - 1) * 100 + decade[0], decade[1] + len(DECADE_WORD), set())
            part = self.startswith_any(j, CENTURY_PARTS)
            flags: set[str] = set()
            last = first + 99
            if part:
                low, high = CENTURY_PARTS[part]
                first, last = first + low, first + high
                j += len(part)
                flags.add("approximate")
            return Point(PartialDate(first), PartialDate(last), "century", i, j, flags=flags)
        if bc or not self.at(j, DECADE_WORD) or value % 10:
            return None
        j += len(DECADE_WORD)
        if kind in ("arabic", "digits") and 1000 <= value <= 2990:
            return self.decade(i, value, j, set())
        if 10 <= value <= 90:
            # 六十年代 / 60年代 with no century: the 20th century is meant in modern text
            return self.decade(i, 1900 + value, j, {"century-assumed"})
        return None

    def decade(self, i: int, first: int, j: int, flags: set[str]) -> Point:
        last = first + 9
        part = self.startswith_any(j, DECADE_PARTS)
        if part:
            low, high = DECADE_PARTS[part]
            first, last = first + low, first + high
            j += len(part)
            flags = flags | {"approximate"}
        return Point(PartialDate(first), PartialDate(last), "decade", i, j, flags=flags)

    def dated_year(self, i: int, anchor: PartialDate | None) -> Point | None:
        core = self.year_core(i, anchor)
        if core is None:
            return None
        point = self.after_year(i, core)
        point.relative = core.relative
        point.flags |= core.flags
        return point

    def after_year(self, i: int, core: YearCore) -> Point:
        """What follows a year: a month (and day), a season, a part of the year, or nothing."""
        j, year = core.stop, core.year
        month = self.month_and_day(j, year, allow_chinese_bare=True)
        if month is not None:
            month.begin = i
            if "era" in core.flags and not core.gregorian:
                month.flags.add("lunar-month")  # 康熙三十六年五月: the era's own (lunar) month, not converted
            return month
        season = self.startswith_any(j, SEASONS)
        if season:
            return self.season(i, j + len(season), year, season)
        part = self.startswith_any(j, ("年初", "年底", "年末", "上半年", "下半年", "初", "底", "末"))
        if part and not self.starts_other_word(part, j + len(part)):
            low, high = YEAR_PARTS[part]
            return Point(PartialDate(year, low), PartialDate(year, high), "season", i, j + len(part))
        return Point(PartialDate(year), PartialDate(year), "year", i, j)

    def season(self, i: int, j: int, year: int, season: str) -> Point:
        low, high = SEASONS[season]
        tail = self.startswith_any(j, SEASON_TAILS)
        if tail:
            j += len(tail)
        end = PartialDate(year + 1, high - 12) if high > 12 else PartialDate(year, high)
        return Point(PartialDate(year, low), end, "season", i, j)

    def month_and_day(self, j: int, year: int, allow_chinese_bare: bool) -> Point | None:
        """N月 [M日|号], N-M月, N月上旬/初/底 at j, in ``year``."""
        number = self.number(j)
        if number is None:
            return None
        month, k, kind = number
        month_end = month
        separator = self.startswith_any(k, ("-", "－", "–", "~", "～"))
        if separator and kind == "arabic":
            second = self.number(k + len(separator))
            if second and second[2] == "arabic" and month < second[0] <= 12 and self.at(second[1], "月"):
                month_end, k = second[0], second[1]
        if not (1 <= month <= 12) or not self.at(k, "月"):
            return None
        k += 1
        if month_end != month:
            return Point(PartialDate(year, month), PartialDate(year, month_end), "month", j, k)
        day = self.number(k)
        if day is not None and 1 <= day[0] <= days_in_month(year, month):
            stop = day[1]
            if self.startswith_any(stop, ("日", "号", "號")):
                return Point(PartialDate(year, month, day[0]), PartialDate(year, month, day[0]), "day", j, stop + 1)
        if kind != "arabic" and not allow_chinese_bare:
            return None  # 十月革命, 八月風暴: a Chinese-numeral month alone is a name, not a date
        if self.at(k, "份"):
            k += 1
        part = self.startswith_any(k, MONTH_PARTS)
        if part and not self.starts_other_word(part, k + len(part)):
            low, high, approximate = MONTH_PARTS[part]
            high = min(high, days_in_month(year, month))
            point = Point(PartialDate(year, month, low), PartialDate(year, month, high), "day", j, k + len(part))
            if approximate:
                point.flags.add("approximate")
            return point
        return Point(PartialDate(year, month), PartialDate(year, month), "month", j, k)

    # ---- the year ----------------------------------------------------------------------------

    def context_year(self, anchor: PartialDate | None) -> int | None:
        if anchor is not None:
            return anchor.year
        if self.ctx.year is None:
            self.needed_context = True
        return self.ctx.year

    def year_core(self, i: int, anchor: PartialDate | None, in_bracket: bool = False) -> YearCore | None:
        core = (
            (None if in_bracket else self.relative_year(i, anchor))
            or self.prefixed_year(i)
            or self.era_year(i)
            or (None if in_bracket else self.short_roc_year(i))
            or self.numbered_year(i, in_bracket)
        )
        if core is None or in_bracket:
            return core
        return self.bracketed(core)

    def relative_year(self, i: int, anchor: PartialDate | None) -> YearCore | None:
        word = self.startswith_any(i, RELATIVE_YEARS)
        if word is None or self.next_char_in(i + len(word), NOT_AFTER_RELATIVE["年"]):
            return None
        base = self.context_year(anchor)
        if base is None:
            return None
        return YearCore(base + RELATIVE_YEARS[word], i + len(word), relative=anchor is None)

    def prefixed_year(self, i: int) -> YearCore | None:
        """公元前200年, 公元9年: an explicit BC/AD year of any size."""
        prefix = self.startswith_any(i, BC_PREFIXES) or self.startswith_any(i, AD_PREFIXES)
        if prefix is None and self.at(i, "前") and (i == 0 or self.text[i - 1] in BARE_BC_AFTER):
            prefix = "前"  # 前221年
        if prefix is None:
            return None
        number = self.number(i + len(prefix))
        if number is None or number[0] == 0 or not self.at(number[1], "年") or self.at(number[1], DECADE_WORD):
            return None
        year = 1 - number[0] if prefix.endswith("前") else number[0]
        return YearCore(year, number[1] + 1, gregorian=True)

    def era_year(self, i: int) -> YearCore | None:
        """宣统三年, 康熙三十六年, 民國35年, 民國元年: an era name and the year of the era."""
        era_match = self.era_at.get(i)
        if era_match is None:
            return None
        name, j = era_match
        if self.at(j, "元年"):
            era_year, stop = 1, j + 2
        else:
            number = self.number(j)
            if number is None or number[0] == 0 or not self.at(number[1], "年") or self.at(number[1], DECADE_WORD):
                return None
            era_year, stop = number[0], number[1] + 1
        if eras.lookup(name)[0].name == eras.ROC_NAME:
            return YearCore(ROC_OFFSET + era_year, stop, flags={"roc"})
        if all(era_year > era.span_years + 1 for era in eras.lookup(name)):
            return None  # no era of that name lasted so long: a word that looks like an era name
        era, ambiguous = self.choose_era(name, era_year)
        flags = {"era"}
        if ambiguous:
            flags.add("ambiguous-era")
        if era.year1_inferred:
            flags.add("approximate")
        return YearCore(era.gregorian_year(era_year), stop, flags=flags)

    def choose_era(self, name: str, era_year: int) -> tuple[eras.Era, bool]:
        """The era a name means: among eras that lasted at least ``era_year`` years, the one closest to
        the context year, else the most recent. Ambiguous when more than one lasted that long."""
        candidates = eras.lookup(name)
        fitting = [era for era in candidates if era_year <= era.span_years] or list(candidates)
        if len(fitting) == 1:
            return fitting[0], False
        if self.ctx.year is not None:
            best = min(fitting, key=lambda era: (abs(era.gregorian_year(era_year) - self.ctx.year), -era.year1))
        else:
            best = max(fitting, key=lambda era: era.year1)
        return best, True

    def short_roc_year(self, i: int) -> YearCore | None:
        """民三, 民卅二, 民十五年: 民 and a Chinese-numeral 民國 year, in a list or before 年."""
        if not self.at(i, "民") or self.char_before(i) in NOT_BEFORE_SHORT_ROC:
            return None
        number = self.number(i + 1)
        if number is None or number[2] == "arabic" or not 1 <= number[0] <= 120:
            return None
        stop = number[1]
        if self.at(stop, "年"):
            stop += 1
        elif not (stop == len(self.text) or self.text[stop] in SHORT_ROC_FOLLOWERS or self.at(stop, "各年")):
            return None
        return YearCore(ROC_OFFSET + number[0], stop, flags={"roc"})

    def numbered_year(self, i: int, in_bracket: bool) -> YearCore | None:
        """A number and 年 with no prefix: 1945年, 647年, 一九二九年; a small number only as a 民國 year."""
        number = self.number(i)
        if number is None or self.char_before(i) in NOT_BEFORE_NUMBER:
            return None
        value, j, kind = number
        if not self.at(j, "年") or self.at(j, DECADE_WORD) or value == 0:
            return None
        stop = j + 1
        digits = j - i
        if kind == "digits":
            return YearCore(value, stop, gregorian=True) if digits >= 3 else None
        if kind == "arabic" and digits == 4 and 1000 <= value <= 2999:
            return YearCore(value, stop, gregorian=True)
        if in_bracket or self.text[i] in "0０":
            return None
        if self.is_duration(i, stop):
            return None
        if value < 200 and self.confirmed_roc(value, stop):
            return YearCore(ROC_OFFSET + value, stop, flags={"roc"})
        if value < 200 and self.ctx.in_roc:
            return YearCore(ROC_OFFSET + value, stop, flags={"roc", "roc-context"})
        if kind == "arabic" and 100 <= value <= 999:
            return YearCore(value, stop, gregorian=True)
        return None

    def is_duration(self, i: int, stop: int) -> bool:
        return self.char_before(i) in DURATION_BEFORE or self.startswith_any(stop, DURATION_AFTER) is not None

    def confirmed_roc(self, value: int, stop: int) -> bool:
        """68年（1979年）: a small year whose bracketed Gregorian year is 1911 + it is a 民國 year."""
        if not self.text[stop : stop + 1] or self.text[stop] not in OPEN_BRACKETS:
            return False
        inner = self.year_core(stop + 1, None, in_bracket=True)
        return inner is not None and inner.gregorian and inner.year == ROC_OFFSET + value

    def bracketed(self, core: YearCore) -> YearCore:
        """宣统三年（1911年）, 1910年（宣统二年）, 1941年(民國30年): the bracket confirms the year.

        When the two disagree the Gregorian year as written wins (an era year's last lunar months
        fall in the next Gregorian year), and the expression is flagged "era-mismatch"."""
        j = core.stop
        if not self.text[j : j + 1] or self.text[j] not in OPEN_BRACKETS:
            return core
        inner = self.year_core(j + 1, None, in_bracket=True)
        if inner is None or not self.text[inner.stop : inner.stop + 1] or self.text[inner.stop] not in CLOSE_BRACKETS:
            return core
        if inner.gregorian == core.gregorian:
            return core  # two Gregorian years or two era years: not a confirmation, leave the bracket
        gregorian, era = (core, inner) if core.gregorian else (inner, core)
        flags = core.flags | inner.flags
        if gregorian.year != era.year:
            flags.add("era-mismatch")
        return YearCore(gregorian.year, inner.stop + 1, core.relative, flags, gregorian=True)

    # ---- dates without a year ----------------------------------------------------------------

    def relative_month_or_day(self, i: int, anchor: PartialDate | None) -> Point | None:
        """同月下旬, 同月26日, 次月, 同日, 次日: month or day relative to the context."""
        word = self.startswith_any(i, RELATIVE_MONTHS)
        if word and not self.next_char_in(i + len(word), NOT_AFTER_RELATIVE["月"]):
            base = anchor or self.context_date(need_day=False)
            if base is None or base.month is None:
                return None
            year, month = divmod(base.year * 12 + base.month - 1 + RELATIVE_MONTHS[word], 12)
            month += 1
            j = i + len(word)
            day = self.number(j)
            if day and 1 <= day[0] <= days_in_month(year, month) and self.startswith_any(day[1], ("日", "号", "號")):
                return Point(PartialDate(year, month, day[0]), PartialDate(year, month, day[0]), "day",
                             i, day[1] + 1, relative=anchor is None)
            part = self.startswith_any(j, MONTH_PARTS)
            if part and part in ("上旬", "中旬", "下旬", "初", "底", "末"):
                low, high, approximate = MONTH_PARTS[part]
                high = min(high, days_in_month(year, month))
                return Point(PartialDate(year, month, low), PartialDate(year, month, high), "day", i,
                             j + len(part), relative=anchor is None, flags={"approximate"} if approximate else set())
            return Point(PartialDate(year, month), PartialDate(year, month), "month", i, j, relative=anchor is None)
        word = self.startswith_any(i, RELATIVE_DAYS)
        if word and not self.next_char_in(i + len(word), NOT_AFTER_RELATIVE["日"]):
            base = anchor if anchor is not None and anchor.day is not None else self.context_date(need_day=True)
            if base is None or base.day is None:
                return None
            day = _add_days(base, RELATIVE_DAYS[word])
            return Point(day, day, "day", i, i + len(word), relative=anchor is None)
        return None

    def context_date(self, need_day: bool) -> PartialDate | None:
        ctx = self.ctx
        if ctx.year is None or ctx.month is None or (need_day and ctx.day is None):
            self.needed_context = True
            return None
        return PartialDate(ctx.year, ctx.month, ctx.day)

    def bare_month(self, i: int, anchor: PartialDate | None) -> Point | None:
        """12月29日, 7月, 十月四日: a month (and day) whose year comes from the anchor or the context."""
        if self.char_before(i) in NOT_BEFORE_NUMBER or self.char_before(i) == "年":
            return None  # after 年 the month belongs to a year that was not a date (28年7月 ...): no guess
        number = self.number(i)
        if number is None or not (self.at(number[1], "月") or self.startswith_any(number[1], ("-", "－", "～", "~"))):
            return None
        year = self.context_year(anchor)
        if year is None:
            return None
        point = self.month_and_day(i, year, allow_chinese_bare=False)
        if point is None:
            return None
        if anchor is None:
            point.relative = True
        elif point.start < anchor:
            return None
        return point

    def anchored_day(self, i: int, anchor: PartialDate | None) -> Point | None:
        """15日 in 8月9日至15日: a day alone only ends a range or list that gave it its month."""
        if anchor is None or anchor.month is None:
            return None
        number = self.number(i)
        if number is None or not self.startswith_any(number[1], ("日", "号", "號")):
            return None
        if not 1 <= number[0] <= days_in_month(anchor.year, anchor.month):
            return None
        day = PartialDate(anchor.year, anchor.month, number[0])
        return Point(day, day, "day", i, number[1] + 1)

    def days_later(self, i: int, anchor: PartialDate | None) -> Point | None:
        """兩天后, 3日後: days after the context day. In 兩天后的4月13日 the written date wins, so the
        phrase yields nothing and 4月13日 is read on its own."""
        number = self.number(i)
        if number is None or not 1 <= number[0] <= 366 or self.char_before(i) in NOT_BEFORE_NUMBER:
            return None
        word = self.startswith_any(number[1], DAYS_LATER)
        if word is None:
            return None
        stop = number[1] + len(word)
        if self.at(stop, "的") and self.point(stop + 1, None) is not None:
            return None
        base = anchor if anchor is not None and anchor.day is not None else self.context_date(need_day=True)
        if base is None:
            return None
        day = _add_days(base, number[0])
        return Point(day, day, "day", i, stop, relative=anchor is None)

    def bare_season(self, i: int, anchor: PartialDate | None) -> Point | None:
        """春夏之交 with no year: the context year's."""
        word = self.startswith_any(i, ("春夏之交", "夏秋之交", "秋冬之交", "冬春之交"))
        if word is None:
            return None
        year = self.context_year(anchor)
        if year is None:
            return None
        point = self.season(i, i + len(word), year, word)
        point.relative = anchor is None
        return point


def _add_days(date: PartialDate, days: int) -> PartialDate:
    import datetime as dt

    moved = dt.date(date.year, date.month or 1, date.day or 1) + dt.timedelta(days=days)
    return PartialDate(moved.year, moved.month, moved.day)
