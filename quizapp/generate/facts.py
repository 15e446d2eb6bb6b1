"""Facts: timeline events joined with their section, quote and entities — the generator's only input."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.source.model import Document, Section
from quizapp.text import normalize_for_match

Ymd = tuple[int, int, int]  # (year, month or 0, day or 0)
PRECISIONS_ASKED = ("year", "month", "day")  # precisions a date question can ask at
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_YEAR = re.compile(r"(?<!\d)(\d{3,4})(?!\d)")
_SPEECH_VERB = re.compile(r"[，,]?(?:曾经|曾經|曾)?(?:说过|說過|说|說|表示|指出|称|稱|写道|寫道|回答)$")
_YEAR_DATE = re.compile(r"\d{3,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?")


@dataclass(frozen=True, slots=True)
class Mention:
    """A linked entity inside a fact's quote: ``start``/``end`` index the section text."""

    text: str
    target: str
    start: int
    end: int


@dataclass(slots=True)
class Fact:
    """One dated happening as the generator sees it."""

    event_id: str
    start: Ymd
    end: Ymd
    precision: str
    date_text: str
    relative: bool
    text: str  # the clause the date governs, clean
    section_id: str
    section_path: tuple[str, ...]
    span: tuple[int, int]  # the clause in the section text
    quote_span: tuple[int, int]  # whole sentence(s) holding the date and the clause
    quote: str
    mentions: list[Mention] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    speaker: str = ""  # who said it, when the clause is a quotation
    key: str = ""  # normalized clause: facts with equal keys tell the same happening
    covers: tuple[Ymd, Ymd] | None = None  # the source's own start/end, before reduction to a point
    sentence: str = ""  # the whole sentence(s) holding the date and the clause, before reaching back
    quote_key: str = ""  # the quote, normalized for matching

    @property
    def year(self) -> int:
        return self.start[0]

    @property
    def proven(self) -> bool:
        """The quote states the year: in digits, or as the date written absolutely (民國35年)."""
        return str(abs(self.year)) in self.quote or bool(
            self.date_text and not self.relative and self.date_text in self.quote)

    @property
    def single(self) -> bool:
        """True when the date names one point at its precision (not a range)."""
        return self.start == self.end and self.precision in PRECISIONS_ASKED

    def shown_interval(self) -> tuple[Ymd, Ymd]:
        """The days the date covers as a question writes it (1913年初 asked as 1913年 covers all of 1913)."""
        return interval(self.start, self.end)

    def interval(self) -> tuple[Ymd, Ymd]:
        """The days the source's date covers (11月初 covers 1–10 November even when asked as 1911年11月)."""
        start, end = self.covers or (self.start, self.end)
        return interval(start, end)


def as_point(start: Ymd, end: Ymd, precision: str) -> tuple[Ymd, str] | None:
    """The finest date the source fixes as one point: 1911年11月初 → (1911, 11) at month; 1912年初 → 1912
    at year; a century, a decade or a range over years → None."""
    if start[0] == 0 or start[0] != end[0] or precision not in (*PRECISIONS_ASKED, "season"):
        return None
    if start == end and precision in PRECISIONS_ASKED:
        return start, precision
    if precision in ("month", "day", "season") and start[1] and start[1] == end[1]:
        return (start[0], start[1], 0), "month"
    return (start[0], 0, 0), "year"


def interval(start: Ymd, end: Ymd, precision: str = "") -> tuple[Ymd, Ymd]:
    """The closed day range a date covers, unknown parts widened (1911 → 1911-01-01..1911-12-31)."""
    return (start[0], start[1] or 1, start[2] or 1), (end[0], end[1] or 12, end[2] or 31)


def overlaps(a: tuple[Ymd, Ymd], b: tuple[Ymd, Ymd]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _ymd(value: Any) -> Ymd:
    """Accept a PartialDate-like object, an ISO string cut to its precision, or a (y, m, d) tuple."""
    if value is None:
        raise ValueError("event without a date")
    if isinstance(value, tuple):
        parts = list(value) + [0, 0]
        return int(parts[0]), int(parts[1] or 0), int(parts[2] or 0)
    if hasattr(value, "year"):
        return int(value.year), int(getattr(value, "month", 0) or 0), int(getattr(value, "day", 0) or 0)
    text = str(value)
    sign = -1 if text.startswith("-") else 1
    parts = text.lstrip("-").split("-")
    nums = [int(p) for p in parts[:3]] + [0, 0]
    return sign * nums[0], nums[1], nums[2]


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _sentence_bounds(section: Section, start: int, end: int) -> tuple[int, int]:
    """Extend [start, end) to whole sentences of the section."""
    text = section.text
    if section.sentences:
        lo, hi = start, end
        for sentence in section.sentences:
            if sentence.start <= start < sentence.end or (sentence.start < end and sentence.end > start):
                lo = min(lo, sentence.start)
                hi = max(hi, sentence.end)
        return lo, hi
    lo = start
    while lo > 0 and not _SENTENCE_END.match(text[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(text) and not _SENTENCE_END.match(text[hi - 1] if hi > 0 else ""):
        hi += 1
    return lo, hi


def _reach_back(section: Section, lo: int, hi: int, year: str, sentences: int = 8, limit: int = 700) -> int:
    """Move the quote's start back over whole sentences until it names ``year`` (a relative date such as
    同年6月9日 or 11月30日 is proven by the sentence that set the year), within ``sentences`` and ``limit``."""
    text = section.text
    if year in text[lo:hi]:
        return lo
    starts = sorted({s.start for s in section.sentences if s.start < lo}, reverse=True)
    for start in starts[:sentences]:
        if hi - start > limit:
            break
        if year in text[start:lo]:
            return start
    return lo


def _trim_quote(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in " \n\t，、；：,;:":
        lo += 1
    while hi > lo and text[hi - 1] in " \n\t":
        hi -= 1
    return lo, hi


def _date_offset(section: Section, date: Any, span: tuple[int, int]) -> int | None:
    date_text = str(_get(date, "text", "") or "")
    offset = _get(date, "offset")
    if isinstance(offset, int) and date_text and section.text[offset:offset + len(date_text)] == date_text:
        return offset
    if not date_text:
        return None
    found = section.text.rfind(date_text, 0, span[1])
    return found if found >= 0 else None


def build_facts(doc: Document, events: list[Any]) -> list[Fact]:
    """Join each event with its section: quote = the sentence(s) holding both the date and the clause."""
    sections = {section.id: section for section in doc.sections}
    facts: list[Fact] = []
    for event in events:
        section_id = _get(event, "section_id") or _get(_get(event, "section", {}) or {}, "id")
        section = sections.get(section_id)
        date = _get(event, "date")
        if section is None or date is None:
            continue
        span_value = _get(event, "span")
        span = (int(_get(span_value, "start", span_value[0] if isinstance(span_value, (list, tuple)) else 0)),
                int(_get(span_value, "end", span_value[1] if isinstance(span_value, (list, tuple)) else 0)))
        try:
            start = _ymd(_get(date, "start"))
            end = _ymd(_get(date, "end") or _get(date, "start"))
        except (ValueError, TypeError):
            continue
        date_at = _date_offset(section, date, span)
        lo = min(span[0], date_at) if date_at is not None else span[0]
        lo, hi = _sentence_bounds(section, lo, span[1])
        if any(b.start < hi and lo < b.end for b in section.broken):
            continue  # the parser marked this sentence broken (template leftovers): nothing to ask
        own_sentence = section.text[lo:hi].strip()
        date_text = str(_get(date, "text", "") or "")
        if not (date_text and not _get(date, "relative", False) and date_text in section.text[lo:hi]):
            lo = _reach_back(section, lo, hi, str(abs(start[0])))
        lo, hi = _trim_quote(section.text, lo, hi)
        precision = str(_get(date, "precision", "year"))
        point = as_point(start, end, precision)
        covers = (start, end)
        if point is not None:
            start = end = point[0]
            precision = point[1]
        mentions = []
        links = sorted(section.links, key=lambda link: link.start)
        for link in links:
            if span[0] <= link.start and link.end <= span[1] and link.text.strip():
                mentions.append(Mention(link.text, link.target or link.text, link.start, link.end))
        text = str(_get(event, "text", "") or section.text[span[0]:span[1]])
        quoted = _get(event, "quote_of") or _get(event, "speaker") or ""
        speaker = str(getattr(quoted, "intro", quoted) or "").strip("：:，, 」「“")
        quote_start = getattr(quoted, "start", None)
        if len(speaker) < 4 and isinstance(quote_start, int) and lo <= quote_start <= span[0]:
            # a bare "表示": the speaker is the sentence up to the quotation, without its date
            lead = section.text[lo:quote_start]
            lead = lead.replace(date_text, "") if date_text else lead
            lead = _YEAR_DATE.sub("", lead).strip("：:，, 」「“")
            speaker = lead if 4 <= len(lead) <= 40 and not years_in(lead) else speaker
        speaker = _SPEECH_VERB.sub("", speaker)
        facts.append(Fact(
            event_id=str(_get(event, "id")),
            start=start,
            end=end,
            precision=precision,
            date_text=str(_get(date, "text", "") or ""),
            relative=bool(_get(date, "relative", False)),
            text=text,
            section_id=section.id,
            section_path=tuple(_get(event, "section_path", None) or section.path),
            span=span,
            quote_span=(lo, hi),
            quote=section.text[lo:hi],
            mentions=mentions,
            conflicts=list(_get(event, "conflicts", None) or []),
            speaker=speaker,
            key=normalize_for_match(text),
            covers=covers,
            sentence=own_sentence,
            quote_key=normalize_for_match(section.text[lo:hi]),
        ))
    return facts


def years_in(text: str) -> set[int]:
    """The 3–4 digit numbers a text contains (candidate years)."""
    return {int(match) for match in _YEAR.findall(text)}
