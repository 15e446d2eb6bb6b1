"""Dated events of a Document: each date and the clause or sentence it governs, in reading order."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from quizapp.source.model import Document, Section, Span
from quizapp.timeline.dates import DateContext, DateExpr, find_dates

# Sections whose dates are bibliography, not history (titles in either script).
NON_PROSE_TITLES = frozenset(
    ["注释", "註釋", "注解", "註解", "脚注", "腳註", "参见", "參見", "参考文献", "參考文獻", "参考资料", "參考資料", "参考", "參考", "引用", "来源", "來源", "外部链接", "外部連結", "外部鏈接", "延伸阅读", "延伸閱讀", "相关条目", "相關條目", "书籍", "書籍", "文献", "文獻"]
)

QUOTE_PAIRS = {"「": "」", "『": "』", "“": "”", "‘": "’", "﹁": "﹂"}
PAREN_PAIRS = {"（": "）", "(": ")"}
CLAUSE_DELIMITERS = frozenset("，,；;、：:")
SENTENCE_ENDS = frozenset("。！？!?")
# Characters left off the start and end of an event's text (the sentence's own 。 stays).
LEADING_TRIM = frozenset(" \t\n\u3000，,；;、：:")
TRAILING_TRIM = frozenset(" \t\n\u3000，,；;、：:…")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation 「…」 in a section's text: [start, end) is its content, ``intro`` the words that lead to it."""

    start: int
    end: int
    intro: str


@dataclass(slots=True)
class Event:
    """One dated happening: ``date`` governs ``text`` = section.text[span[0]:span[1]]."""

    id: str
    date: DateExpr  # offset indexes the section's text
    text: str
    section_id: str
    section_path: tuple[str, ...]
    span: tuple[int, int]
    entities: list[dict] = field(default_factory=list)  # {"text", "target", "start", "end"}: links in the span
    conflicts: list[str] = field(default_factory=list)
    same_happening: list[str] = field(default_factory=list)  # other events telling the same happening
    quote_of: Quotation | None = None  # set when the date is inside a quotation
    flags: tuple[str, ...] = ()  # "relative", "quote", "shared_clause"
    sentence: tuple[int, int] = (0, 0)  # the sentence the event was read from


def is_prose_section(section: Section) -> bool:
    """False for end matter (notes, references, see-also, external links) and anything under it."""
    if getattr(section, "back_matter", False):
        return False
    titles = (section.title, *section.path)
    return not any(title.strip() in NON_PROSE_TITLES for title in titles)


def extract_events(doc: Document) -> list[Event]:
    """Every dated happening of ``doc`` in reading order, ids e0001, e0002 …

    Relative dates (同年, 次年, a bare 12月29日) resolve against the most recent dated statement in
    reading order. That context is carried across sentences, paragraphs and subsections, and reset
    at each top-level section (level ≤ 2), whose narrative starts afresh. Dates inside a quotation
    are read with a copy of the context: they date their own clause and never move the narrative's.
    """
    events: list[Event] = []
    context = DateContext()
    for section in doc.sections:
        if section.level <= 2:
            context = DateContext()
        if not is_prose_section(section):
            continue
        for event in _section_events(section, context):
            event.id = f"e{len(events) + 1:04d}"
            events.append(event)
    return events


# ---------------------------------------------------------------- reading one section


@dataclass(slots=True)
class _Found:
    expr: DateExpr  # offsets into the section text
    quote: int | None  # index into the section's quotations, None outside any


def _section_events(section: Section, context: DateContext) -> Iterator[Event]:
    text = section.text
    quotes = find_quotations(text)
    masked = mask_asides(text)
    paragraph_ends = sorted(p.end for p in section.paragraphs)
    last_paragraph = -1
    quoted_roc = False
    for sentence in _sentences(section):
        paragraph = next((i for i, end in enumerate(paragraph_ends) if sentence.start < end), -1)
        if paragraph != last_paragraph:
            context.roc_seen = False  # a 民國 reading lasts one paragraph, as find_dates does
            quoted_roc = False
            last_paragraph = paragraph
        if _overlaps_any(sentence, section.broken):
            continue
        found: list[_Found] = []
        quote_context: DateContext | None = None  # the quotations of one sentence share one context
        for start, end, quote_index in _segments(sentence, quotes):
            if quote_index is None:
                ctx = context
            else:
                if quote_context is None:
                    quote_context = copy.copy(context)
                    quote_context.roc_seen = quote_context.roc_seen or quoted_roc
                ctx = quote_context
            for expr in find_dates(masked[start:end], ctx):
                shifted = dataclasses.replace(expr, offset=expr.offset + start, text=text[start + expr.offset : start + expr.end_offset])
                found.append(_Found(shifted, quote_index))
        if quote_context is not None:
            quoted_roc = quoted_roc or quote_context.roc_seen  # 「一、民國35年…」「三、…91年7月8日…」
        found = [f for f in found if not is_attribute(text, f.expr)]
        yield from _events_of_sentence(section, sentence, found, quotes)


def _sentences(section: Section) -> list[Span]:
    if section.sentences:
        return sorted(section.sentences, key=lambda s: s.start)
    spans, start = [], 0
    for i, char in enumerate(section.text):
        if char in SENTENCE_ENDS or char == "\n":
            if section.text[start : i + 1].strip():
                spans.append(Span(start, i + 1))
            start = i + 1
    if section.text[start:].strip():
        spans.append(Span(start, len(section.text)))
    return spans


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(o.start < span.end and span.start < o.end for o in others)


def _segments(sentence: Span, quotes: list[Quotation]) -> Iterator[tuple[int, int, int | None]]:
    """Split the sentence into runs outside quotations and runs inside one (outermost) quotation."""
    pos = sentence.start
    for index, quote in enumerate(quotes):
        if quote.end <= pos or quote.start >= sentence.end:
            continue
        start, end = max(quote.start, pos), min(quote.end, sentence.end)
        if start > pos:
            yield pos, start, None
        yield start, end, index
        pos = end
    if pos < sentence.end:
        yield pos, sentence.end, None


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations 「…」 “…” 『…』 of ``text`` (content spans), with the words that introduce them."""
    found: list[Quotation] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if stack and char == QUOTE_PAIRS[stack[-1][0]]:
            _, begin = stack.pop()
            if not stack:
                found.append(Quotation(begin, i, _intro(text, begin - 1)))
        elif char in QUOTE_PAIRS:
            stack.append((char, i + 1))
        elif char == "\n" and stack:
            # an unclosed mark runs to its paragraph's end, never past it
            found.append(Quotation(stack[0][1], i, _intro(text, stack[0][1] - 1)))
            stack.clear()
    if stack:
        found.append(Quotation(stack[0][1], len(text), _intro(text, stack[0][1] - 1)))
    return found


def _intro(text: str, mark: int) -> str:
    """The words before a quotation mark back to the previous clause or sentence boundary."""
    while mark > 0 and text[mark - 1] in "：:，, \u3000":
        mark -= 1
    i = mark
    while i > 0 and text[i - 1] not in CLAUSE_DELIMITERS and text[i - 1] not in SENTENCE_ENDS and text[i - 1] != "\n":
        i -= 1
    return text[i:mark].strip().rstrip("：:，,")


def mask_asides(text: str) -> str:
    """``text`` with the content of parenthetical asides blanked (same length).

    An aside （人民出版社，1972年3月出版） dates a book, not a happening. A parenthesis that only
    glosses a date — 宣统三年（1911年）, 1910年（宣统二年） — stays: it is part of the date expression.
    """
    chars = list(text)
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        if char in PAREN_PAIRS:
            stack.append((char, i))
        elif stack and char == PAREN_PAIRS[stack[-1][0]]:
            _, begin = stack.pop()
            if not stack and not _is_date_gloss(text[begin + 1 : i]):
                chars[begin + 1 : i] = "\u3000" * (i - begin - 1)
        elif char == "\n":
            stack.clear()
    return "".join(chars)


def _is_date_gloss(content: str) -> bool:
    content = content.strip()
    if not content:
        return True
    exprs = find_dates(content, DateContext())
    return len(exprs) == 1 and exprs[0].offset == 0 and exprs[0].end_offset == len(content)


# Characters right after a date that make it an attribute of a noun: 1945年的公民投票.
ATTRIBUTE_FOLLOWERS = ("的", "之")
# 以1911年作独立纪元 / 以1911年為紀元: the date is the object, not the time, of the clause.
OBJECT_PREFIXES = ("以",)
OBJECT_FOLLOWERS = ("作", "為", "为", "作為", "作为")
# A short relative clause after the date, 1945年8月14日中苏签订的条约: the date dates the noun, and the
# sentence's own happening (the treaty's loss of force) is another time. Publishing verbs are the
# exception: 1952年4月出版的《毛泽东选集》…提出 states what the book says as of that date.
_RELATIVE_CLAUSE_MAX = 6
_RELATIVE_CLAUSE_VERBS = ("签订", "簽訂", "签定", "簽定", "签署", "簽署", "订立", "訂立", "成立", "建立", "举行", "舉行",
                          "发生", "發生", "通过", "通過", "颁布", "頒布", "制定", "发动", "發動", "进行", "進行")
_PUNCTUATION = frozenset("，,；;、：:。！？!?（）()「」『』“”《》\n")


_COMPARISONS = ("一樣", "一样", "那樣", "那样", "似的", "般")
# What may stand right before a date that is the time of its clause: a boundary or a locative.
_OPENERS = frozenset("，,；;、：:。！？!?\n「『“（(在於于到至自從从")


def is_attribute(text: str, expr: DateExpr) -> bool:
    """True when the date qualifies a noun (1945年的條約, 1945年8月14日中苏签订的条约) or is an object
    (以1911年作紀元), not the time of its clause."""
    after = text[expr.end_offset : expr.end_offset + _RELATIVE_CLAUSE_MAX + 1]
    if after.startswith(ATTRIBUTE_FOLLOWERS):
        return not expr.text.endswith(("後", "后", "前", "間", "间"))
    before = text[max(0, expr.offset - 1) : expr.offset]
    if before in OBJECT_PREFIXES and after.startswith(OBJECT_FOLLOWERS):
        return True
    if after.startswith(_COMPARISONS):
        return True  # 像1922到1944年一樣獨立成國: a comparison, not this clause's time
    if after.startswith("《") and before and before not in _OPENERS:
        return True  # 外蒙古承认1913年11月5日《中俄声明文件》: the date names the document
    cut = after.find("的")
    if cut > 0 and not any(char in _PUNCTUATION for char in after[:cut]):
        return after[:cut].endswith(_RELATIVE_CLAUSE_VERBS)
    return False


# ---------------------------------------------------------------- clauses


def _events_of_sentence(section: Section, sentence: Span, found: list[_Found], quotes: list[Quotation]) -> Iterator[Event]:
    text = section.text
    groups: dict[int | None, list[_Found]] = {}
    for item in found:
        groups.setdefault(item.quote, []).append(item)
    events: list[Event] = []
    for quote_index, items in groups.items():
        if quote_index is None:
            bounds = (sentence.start, sentence.end)
            blocked = [(q.start, q.end) for q in quotes]
        else:
            quote = quotes[quote_index]
            bounds = (max(sentence.start, quote.start), min(sentence.end, quote.end))
            blocked = [(q.start, q.end) for q in find_quotations(text[bounds[0] : bounds[1]])]
            blocked = [(s + bounds[0], e + bounds[0]) for s, e in blocked]
        # a 《title》 is one name: its ？ or ， splits nothing (《我们应该怎样认识外蒙古独立？》)
        blocked += [(m.start() + 1, m.end() - 1) for m in _TITLE_RE.finditer(text, bounds[0], bounds[1])]
        for clause_start, clause_end, members in _clauses(text, bounds, items, blocked):
            shared = len(members) > 1
            for item in members:
                start, end = _trim(text, clause_start, clause_end, [m.expr for m in members])
                if start >= end:
                    continue
                flags = []
                if item.expr.relative:
                    flags.append("relative")
                if quote_index is not None:
                    flags.append("quote")
                if shared:
                    flags.append("shared_clause")
                events.append(
                    Event(
                        id="",
                        date=item.expr,
                        text=text[start:end],
                        section_id=section.id,
                        section_path=tuple(section.path),
                        span=(start, end),
                        entities=[
                            {"text": link.text, "target": link.target, "start": link.start, "end": link.end}
                            for link in section.links
                            if start <= link.start and link.end <= end
                        ],
                        quote_of=quotes[quote_index] if quote_index is not None else None,
                        flags=tuple(flags),
                        sentence=(sentence.start, sentence.end),
                    )
                )
    events.sort(key=lambda e: (e.date.offset, e.span))
    yield from events


_CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())
# Words that open a new clause of their own: in 而且民國三十六年內政部所編印的… the date governs what follows.
_CONJUNCTIONS = ("而且", "並且", "并且", "但是", "然而", "此後", "此后", "其後", "其后", "隨後", "随后", "後來", "后来",
                 "於是", "于是", "因此", "此外", "另外", "同時", "同时", "其間", "其间", "直到", "但", "而", "且", "又", "並", "并")
# What may stand between two dates of one expression list: 5月、6月泛蒙運動到達高峰.
_DATE_JOINERS = frozenset(" \u3000、，,和及与與或至到－-")


_TITLE_RE = re.compile(r"《[^《》\n]*》")
# A clause opening with one of these tells another time (or the teller's conclusion), not the date's.
_ANOTHER_TIME = ("年底", "年初", "年末", "年中", "月底", "月初", "月末", "上旬", "中旬", "下旬", "翌年", "次年", "隔年",
                 "之後", "之后", "此後", "此后", "其後", "其后", "後來", "后来", "隨後", "随后", "不久", "現在", "现在",
                 "因此", "所以")


def _is_strong(text: str, i: int, blocked: list[tuple[int, int]]) -> bool:
    """A sentence end inside the bounds: 。！？ outside quotations, or a quotation closing on one (。」)."""
    if any(s <= i < e for s, e in blocked):
        return False
    if text[i] in SENTENCE_ENDS or (text[i] == "…" and i > 0 and text[i - 1] == "…"):
        return True  # 。！？ and an ellipsis ……
    return text[i] in _CLOSING_QUOTES and i > 0 and text[i - 1] in SENTENCE_ENDS


def _is_delimiter(text: str, i: int, blocked: list[tuple[int, int]]) -> bool:
    return text[i] in CLAUSE_DELIMITERS and not any(s <= i < e for s, e in blocked)


def _clause_opening(text: str, lower: int, expr: DateExpr, blocked: list[tuple[int, int]]) -> int:
    """Where the clause that ``expr`` governs starts: after the last sentence end before it, or, when the
    date opens its own clause (，1947年中共…, ，而且民國三十六年…), at that clause."""
    start = lower
    for i in range(expr.offset - 1, lower - 1, -1):
        if _is_strong(text, i, blocked):
            start = i + 1
            break
    for i in range(expr.offset - 1, start - 1, -1):
        if _is_delimiter(text, i, blocked):
            lead = text[i + 1 : expr.offset].strip(" \u3000")
            if not lead or lead in _CONJUNCTIONS:
                return i + 1
            break
    return start


def _clauses(
    text: str, bounds: tuple[int, int], items: list[_Found], blocked: list[tuple[int, int]]
) -> Iterator[tuple[int, int, list[_Found]]]:
    """Group the dates of one sentence (or quotation) into clauses, each with the span it governs.

    A later date opens a new clause at the last sentence end, else the last clause delimiter (，；、：),
    before it, provided the previous date's clause has words of its own by then: in
    1905年日俄戰爭，1907年兩國和好簽訂密約 the treaty is 1907's. Dates with no delimiter between them
    (1917年和1919年两次发表宣言) share one clause. A clause ends at the next one or at its sentence end.
    """
    items = sorted(items, key=lambda f: f.expr.offset)
    starts = [_clause_opening(text, bounds[0], items[0].expr, blocked)]
    groups: list[list[_Found]] = [[items[0]]]
    for previous, current in zip(items, items[1:], strict=False):
        cut = _split_point(text, previous.expr.end_offset, current.expr.offset, blocked)
        if cut is None:
            groups[-1].append(current)
        else:
            starts.append(cut)
            groups.append([current])
    for i, group in enumerate(groups):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else bounds[1]
        last = group[-1].expr.end_offset
        for j in range(last, end):
            if _is_strong(text, j, blocked):
                end = j + 1
                if j + 1 < bounds[1] and text[j + 1] in _CLOSING_QUOTES and text[j] in SENTENCE_ENDS:
                    end = j + 2
                break
            if _is_delimiter(text, j, blocked) and text[j + 1 : end].lstrip(" \u3000").startswith(_ANOTHER_TIME):
                end = j  # ，之后再没有进入外蒙古 / ，年底开始撤军: a later time that the date does not govern
                break
        members = _main_dates(text, starts[i], group)
        yield _list_opening(text, starts[i], members), end, members


def _main_dates(text: str, clause_start: int, group: list[_Found]) -> list[_Found]:
    """Drop a date nested inside a clause that another date opens: in 1949年8月14日，人民日报刊載郭沫若
    在8月12日為…的文作, the clause is 14 August's. Dates listed together (5月、6月) all stay."""
    head = text[clause_start : group[0].expr.offset].strip(" \u3000")
    if len(group) == 1 or (head and head not in _CONJUNCTIONS):
        return group
    kept = [group[0]]
    for previous, current in zip(group, group[1:], strict=False):
        if set(text[previous.expr.end_offset : current.expr.offset]) <= _DATE_JOINERS:
            kept.append(current)
        else:
            break
    return kept


_LIST_MIN = 3


def _list_opening(text: str, clause_start: int, members: list[_Found]) -> int:
    """A list of three or more dates inside a clause (將民三、民九、民十五、民卅二各年蘇方對唐努進行侵略時…)
    opens the event's text: the words before the list are another time's (the order given in 1948)."""
    if len(members) < _LIST_MIN:
        return clause_start
    joined = all(set(text[a.expr.end_offset : b.expr.offset]) <= _DATE_JOINERS for a, b in zip(members, members[1:], strict=False))
    return members[0].expr.offset if joined else clause_start


def _split_point(text: str, after: int, before: int, blocked: list[tuple[int, int]]) -> int | None:
    """Start of the clause that the date at ``before`` opens, or None if it shares the previous clause."""
    for test in (_is_strong, _is_delimiter):
        for i in range(before - 1, after - 1, -1):
            if test(text, i, blocked):
                words = text[after:i].strip(" \u3000，,；;、：:")
                if words:
                    return i + 1
                break
    return None


# 1998年後，…: a date followed by one of these keeps it in the text (後，… alone reads wrong).
_TIME_SUFFIXES = ("後", "后", "前", "起", "間", "间", "以後", "以后", "以前", "以來", "以来")


def _date_run_end(text: str, start: int, dates: list[DateExpr]) -> int:
    """End of the last date in the run of dates that opens the clause at ``start``."""
    end = start
    for expr in sorted(dates, key=lambda d: d.offset):
        if expr.offset < end or not set(text[end : expr.offset]) <= _DATE_JOINERS:
            break
        end = expr.end_offset
    return min(end, len(text) - 1)


def _trim(text: str, start: int, end: int, dates: list[DateExpr]) -> tuple[int, int]:
    """Trim delimiters off the clause; dates that open it are left out of the text (they are its date),
    unless what is left is a fragment (生效。) or a relative clause (1931年11月7日公布的《…》)."""
    while start < end and text[start] in LEADING_TRIM:
        start += 1
    while end > start and text[end - 1] in TRAILING_TRIM:
        end -= 1
    rest = start
    for expr in sorted(dates, key=lambda d: d.offset):
        if expr.offset != rest:
            break
        rest = expr.end_offset
        while rest < end and text[rest] in _DATE_JOINERS | LEADING_TRIM:
            rest += 1
    if rest == start or end - rest < 4 or len(dates) >= _LIST_MIN:
        return start, end
    if text[_date_run_end(text, start, dates) :].startswith(_TIME_SUFFIXES):
        return start, end
    delimited = text[rest - 1] in LEADING_TRIM
    if delimited or "的" not in text[rest : rest + 4]:
        start = rest
    return start, end
