"""Same happening, told twice: group the events that share an action on the same entity, flag differing dates."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quizapp import paths
from quizapp.errors import QuizappError
from quizapp.source.model import Document
from quizapp.text import to_simplified
from quizapp.timeline.dates import PartialDate
from quizapp.timeline.events import Event, find_quotations

# Action classes and the verbs that name them, in both scripts. A happening is an action on an entity.
ACTIONS: dict[str, tuple[str, ...]] = {
    "relations": ("建立外交關係", "建立外交关系", "建交"),
    "independence": ("宣布獨立", "宣佈獨立", "宣布独立", "宣佈独立"),
    "sign": ("簽訂", "签订", "簽定", "签定", "簽署", "签署", "訂立", "订立", "締結", "缔结", "達成", "达成"),
    "found": ("成立", "建立", "建國", "建国"),
    "recognize": ("承認", "承认"),
    "referendum": ("公民投票", "公投"),
    "pass": ("通過", "通过"),
    "join": ("加入",),
    "withdraw": ("撤軍", "撤军", "撤走", "撤離", "撤离"),
    "abolish": ("廢除", "废除", "廢止", "废止", "撕毀", "撕毁"),
    "void": ("失效",),
    "die": ("去世", "逝世", "病逝", "駕崩", "驾崩"),
    "annex": ("併入", "并入", "吞併", "吞并", "兼併", "兼并"),
}
_VERB_CLASS = {verb: name for name, verbs in ACTIONS.items() for verb in verbs}
_VERB_RE = re.compile("|".join(sorted(map(re.escape, _VERB_CLASS), key=len, reverse=True)))
# Actions whose entity must follow the verb: 通過X決議, 承認X獨立 (not 俄國承認…, 經X通過).
_OBJECT_AFTER = frozenset({"pass", "recognize"})

# A verb right after one of these is denied, planned or asked for, not told as done.
_MODAL_BEFORE = ("不", "未", "沒", "没", "拒", "否", "無", "无", "非", "將", "将", "而")
# ... and so is a verb anywhere after one of these in its clause: 建議聯合國大會接受蒙古加入聯合國.
_MODAL_IN_CLAUSE = ("要求", "希望", "請求", "请求", "申請", "申请", "反對", "反对", "建議", "建议", "主張", "主张",
                    "企圖", "企图", "試圖", "试图", "準備", "准备", "是否", "允許", "允许", "應", "应", "必須", "必须")
# A clause that ends in one of these tells a proposal, not its outcome: 通過了廢除「…」決議.
_PROPOSAL_ENDS = ("決議", "决议", "議案", "议案", "草案", "提案", "建議", "建议", "申請", "申请")
# A verb followed by these is background time (中華人民共和國成立後), not the clause's happening.
_BACKGROUND_AFTER = ("後", "后", "之後", "之后", "以後", "以后", "以來", "以来", "時", "时", "前", "之前", "期間", "期间")
_NEGATORS = frozenset("不未沒没拒否")
_NOT_NEGATION_RE = re.compile(r"不平等|不可|不斷|不断|不久|不少|不同|未來|未来|不僅|不仅|不得不")
_SUBCLAUSE_END = frozenset("，,；;。！？!?：:\n")
_TITLE_RE = re.compile(r"《([^《》]{2,40})》|「([^「」]{2,20}(?:法|條例|条例|約|约|協定|协定|宣言))」")
_QUOTE_MASK_MIN = 9  # longer quotations are speech, not narration: their verbs are not the event's


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # offsets into the event's text
    end: int
    key: str  # normalized entity name
    title: bool = False  # a 《title》: a treaty, law or document


@dataclass(frozen=True, slots=True)
class Happening:
    """One action told by an event: ``action`` on ``target``, by ``actors`` (the entities before the verb)."""

    action: str
    target: str
    actors: frozenset[str]


@dataclass(slots=True)
class ConflictReport:
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # event id pairs, dates differ
    groups: list[list[str]] = field(default_factory=list)  # events telling one happening (2 or more)


def normalize_entity(name: str) -> str:
    name = re.sub(r"\s+|[《》「」“”\"]", "", name)
    name = re.sub(r"^[sS]:|_?\(.*\)$|（.*）$", "", name)
    return _simplified(name)


@lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    return to_simplified(text)


def glossary_aliases(path: Path | None = None) -> dict[str, str]:
    """Alias → entry name (both normalized) from the bundled glossary: 哲布尊丹巴 → 博克多汗.

    A missing glossary gives no aliases; an unreadable one is an error, as everywhere else.
    """
    path = path or paths.GLOSSARY
    if not path.exists():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["entries"]
        aliases = {}
        for name, fields in entries.items():
            for alias in fields.get("aliases", ()):
                aliases[normalize_entity(alias)] = normalize_entity(name)
        return aliases
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise QuizappError(f"cannot read the glossary's aliases: {exc}", file=str(path)) from exc


def entity_lexicon(doc: Document, aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every entity the article names: link text and targets, and 《titles》, each → its normalized key;
    with ``aliases``, every alias the glossary knows too, and keys are the glossary's entry names."""
    aliases = aliases or {}
    folded_text = _simplified("\n".join(section.text for section in doc.sections))
    lexicon: dict[str, str] = {alias: name for alias, name in aliases.items() if alias in folded_text}
    for section in doc.sections:
        for link in section.links:
            key = normalize_entity(link.target)
            key = aliases.get(key, key)
            if len(key) < 2:
                continue
            lexicon.setdefault(key, key)
            alias = normalize_entity(link.text)
            if len(alias) >= 3:  # 大蒙古国 → 博克多汗國; a two-character anchor (外蒙, 自治) is too vague
                lexicon.setdefault(alias, key)
    for section in doc.sections:  # titles after links: 《恰克圖條約》 is the linked page 中俄蒙协约
        for match in _TITLE_RE.finditer(section.text):
            folded = normalize_entity(match.group(1) or match.group(2))
            lexicon.setdefault(folded, aliases.get(folded, folded))
    return lexicon


def _masked_quotes(event: Event) -> str:
    """The event's text with long quotations blanked: a speaker's words are not the event's happening."""
    if "quote" in event.flags:
        return event.text
    chars = list(event.text)
    for quote in find_quotations(event.text):
        if quote.end - quote.start >= _QUOTE_MASK_MIN:
            chars[quote.start : quote.end] = "\u3000" * (quote.end - quote.start)
    return "".join(chars)


def mentions(text: str, event: Event, lexicon: dict[str, str], pattern: re.Pattern[str] | None) -> list[Mention]:
    """Entities named in ``text`` (the event's, masked): its links, its titles, plain names from the lexicon."""
    found: list[Mention] = []
    for entity in event.entities:
        start, end = entity["start"] - event.span[0], entity["end"] - event.span[0]
        if text[start:end].strip():  # not inside a masked quotation
            key = normalize_entity(entity["target"])
            found.append(Mention(start, end, lexicon.get(key, key)))
    for match in _TITLE_RE.finditer(text):
        folded = normalize_entity(match.group(1) or match.group(2))
        found.append(Mention(match.start(), match.end(), lexicon.get(folded, folded), title=True))
    folded_text = _simplified(text)
    if pattern is not None and len(folded_text) == len(text):
        for match in pattern.finditer(folded_text):
            found.append(Mention(match.start(), match.end(), lexicon[match.group(0)]))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in found:  # longest first at a position, no overlaps
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def happenings(text: str, entity_mentions: list[Mention]) -> set[Happening]:
    """The actions ``text`` tells as done, each with the entity it acts on."""
    found: set[Happening] = set()
    for match in _VERB_RE.finditer(text):
        begin, end = match.span()
        action = _VERB_CLASS[match.group(0)]
        clause_start = begin
        while clause_start > 0 and text[clause_start - 1] not in _SUBCLAUSE_END:
            clause_start -= 1
        clause_end = end
        while clause_end < len(text) and text[clause_end] not in _SUBCLAUSE_END:
            clause_end += 1
        if _is_modal(text, clause_start, begin, end, clause_end):
            continue
        next_verb = _VERB_RE.search(text, end, clause_end)
        reach = next_verb.start() if next_verb else clause_end
        target = _target(text, action, match.group(0), begin, end, reach,
                         [m for m in entity_mentions if clause_start <= m.start and m.end <= clause_end])
        if target is None:
            continue
        before = [m for m in entity_mentions if clause_start <= m.start and m.end <= begin]
        # each actor by its key and by its name as written: 中華民國國民政府 (key 国民政府) is 中华民国's
        actors = frozenset(name for m in before if m is not target for name in (m.key, _simplified(text[m.start : m.end])))
        key = target.key
        if action == "recognize":  # 承認外蒙古獨立 and 承認外蒙自治 recognize different things
            rest = _simplified(text[target.end : target.end + 4])
            key += ":" + next((word for word in _RECOGNIZED if rest.startswith(word)), "")
        found.add(Happening(action, key, actors))
    return found


_RECOGNIZED = ("独立", "自治", "宗主权", "主权", "为", "是")
_LOCATIVE = ("在", "於", "于", "從", "从", "由", "自")
_NEAR = 2  # at most this many characters between a verb and an entity it acts on


def _target(text: str, action: str, verb: str, begin: int, end: int, reach: int, inside: list[Mention]) -> Mention | None:
    """The entity the verb acts on: one named after the action (外蒙古獨立公民投票), a 《title》 before the
    next verb (簽訂…《雅尔塔协定》), an entity right after the verb, or right before it (博克多汗國成立)."""
    folded_verb = _simplified(verb)
    named = [m for m in inside if folded_verb in m.key]
    if named:
        return max(named, key=lambda m: len(m.key))
    covering = [m for m in inside if m.start <= begin and end <= m.end]
    if covering:
        return covering[0]
    after = [m for m in inside if end <= m.start < reach]
    titles = [m for m in after if m.title]
    if titles and action not in _OBJECT_AFTER:
        return titles[0]
    near_after = [m for m in after if m.start - end <= _NEAR]
    if action in _OBJECT_AFTER:
        near_after = [m for m in near_after if len(text) - m.end <= 7 or text[m.end : m.end + 7].count("，") > 0
                      or _clause_rest(text, m.end) <= 6]
        return near_after[0] if near_after else None
    if near_after:
        return near_after[0]
    near_before = [m for m in inside if m.end <= begin and begin - m.end <= _NEAR]
    if action == "sign":  # 日本與俄國簽訂: the names before a signing are its parties; only 《X》簽訂 is its object
        near_before = [m for m in near_before if m.title]
    if near_before and not text[: near_before[-1].start].endswith(_LOCATIVE):
        return near_before[-1]
    return None


def _clause_rest(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] not in _SUBCLAUSE_END:
        end += 1
    return end - start


def _is_modal(text: str, clause_start: int, begin: int, end: int, clause_end: int) -> bool:
    """True when the verb at [begin, end) is denied, wished, proposed or only background time."""
    head, tail = text[clause_start:begin], text[end:clause_end]
    if head.endswith(_MODAL_BEFORE) or tail.startswith(_BACKGROUND_AFTER):
        return True
    proposal = _VERB_CLASS[text[begin:end]] != "pass" and tail.rstrip("。").endswith(_PROPOSAL_ENDS)
    if proposal or any(word in head for word in _MODAL_IN_CLAUSE):
        return True
    # 未被當時清朝政府承認, 加入联合国时机未到: a negator in the verb's clause denies it
    plain = _NOT_NEGATION_RE.sub("", head[-16:] + "|" + tail[:8])
    if any(char in _NEGATORS for char in plain):
        return True
    # 加入联合国的部分: the verb names a thing, not a happening
    return bool(re.match(r"[^，。的]{0,8}的", tail)) and not tail.startswith("了")


def _actors_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two tellings share their actors, or one names none; 中華民國 agrees with 中華民國國民政府."""
    if not a or not b:
        return True
    return any(x in y or y in x for x in a for y in b)


def _bounds(start: PartialDate, end: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    return (start.year, start.month or 1, start.day or 1), (end.year, end.month or 12, end.day or 31)


def dates_agree(a: Event, b: Event) -> bool:
    """Two dates agree when their ranges overlap: 1913年 agrees with 1913年9月18日."""
    a0, a1 = _bounds(a.date.start, a.date.end)
    b0, b1 = _bounds(b.date.start, b.date.end)
    return a0 <= b1 and b0 <= a1


def link_conflicts(doc: Document, events: list[Event], aliases: Mapping[str, str] | None = None) -> ConflictReport:
    """Fill each event's ``conflicts`` and ``same_happening``; return the pairs and the groups.

    ``aliases`` (alias → name, see :func:`glossary_aliases`) lets two names of one person or state meet.
    """
    lexicon = entity_lexicon(doc, aliases)
    pattern = re.compile("|".join(sorted(map(re.escape, lexicon), key=len, reverse=True))) if lexicon else None
    told: list[set[Happening]] = []
    for event in events:
        text = _masked_quotes(event)
        told.append(happenings(text, mentions(text, event, lexicon, pattern)))
    by_key: dict[tuple[str, str], list[int]] = {}
    for index, items in enumerate(told):
        for happening in items:
            by_key.setdefault((happening.action, happening.target), []).append(index)

    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    report = ConflictReport()
    seen: set[tuple[int, int]] = set()
    for (action, target), indexes in by_key.items():
        for x, i in enumerate(indexes):
            for j in indexes[x + 1 :]:
                a, b = events[i], events[j]
                if (i, j) in seen or (a.section_id == b.section_id and a.sentence == b.sentence):
                    continue
                actors_a = next(h.actors for h in told[i] if (h.action, h.target) == (action, target))
                actors_b = next(h.actors for h in told[j] if (h.action, h.target) == (action, target))
                if not _actors_agree(actors_a, actors_b):
                    continue
                seen.add((i, j))
                if dates_agree(a, b):
                    parent[root(i)] = root(j)
                elif "quote" not in a.flags and "quote" not in b.flags:
                    # a quotation's date is its speaker's: only the narrative contradicts itself
                    a.conflicts.append(b.id)
                    b.conflicts.append(a.id)
                    report.conflicts.append((a.id, b.id))
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(root(i), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        ids = [events[i].id for i in members]
        report.groups.append(ids)
        for i in members:
            events[i].same_happening = [other for other in ids if other != events[i].id]
    for event in events:
        event.conflicts.sort()
    report.conflicts.sort()
    return report
