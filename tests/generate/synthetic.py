"""A hand-built article (Document + timeline events in the contract's JSON shape) for generator tests."""

from __future__ import annotations

import re
from types import SimpleNamespace

from quizapp.source.model import Document, Link, Section, Span

_LINK = re.compile(r"\[([^\]]+)\]")

# (date as written, ISO start, precision, clause with [linked entities])
TIMELINE = [
    ("1905年", "1905", "year", "[日本]與[俄國]爆發日俄戰爭"),
    ("1907年", "1907", "year", "[日本]與[俄國]簽訂第一次密約"),
    ("1911年12月1日", "1911-12-01", "day", "[博克多汗國]在[庫倫]宣佈成立"),
    ("1912年11月3日", "1912-11-03", "day", "[俄國]與[博克多汗國]簽訂《[蒙俄協約]》"),
    ("1913年", "1913", "year", "[中華民國]與[俄國]簽訂《[中俄聲明文件]》"),
    ("1915年6月7日", "1915-06-07", "day", "三方在[恰克圖]簽訂《[中俄蒙協約]》"),
    ("1917年", "1917", "year", "[俄國]爆發[十月革命]"),
    ("1919年11月22日", "1919-11-22", "day", "[徐世昌]宣佈撤銷外蒙古自治"),
    ("1921年2月", "1921-02", "month", "[恩琴]率部進入[庫倫]"),
    ("1924年11月26日", "1924-11-26", "day", "[博克多汗]去世，[蒙古人民共和國]成立"),
    ("1936年", "1936", "year", "[喬巴山]在[烏蘭巴托]發動大清洗"),
    ("1939年", "1939", "year", "[蒙古人民共和國]與[蘇聯]在[諾門罕]擊敗[日本]"),
    ("1945年8月14日", "1945-08-14", "day", "[中華民國]與[蘇聯]簽訂《[中蘇友好同盟條約]》"),
    ("1945年10月20日", "1945-10-20", "day", "[外蒙古]舉行獨立公民投票"),
    ("1946年1月5日", "1946-01-05", "day", "[中華民國]承認[外蒙古]獨立"),
    ("1949年10月6日", "1949-10-06", "day", "[中華人民共和國]與[蒙古人民共和國]建交"),
    ("1950年2月14日", "1950-02-14", "day", "[中華人民共和國]與[蘇聯]簽訂《[中蘇友好同盟互助條約]》"),
    ("1961年10月27日", "1961-10-27", "day", "[蒙古人民共和國]加入[聯合國]"),
]

# entity -> kind, standing in for glossary classification in tests that pin kinds explicitly
KINDS = {
    "日本": "state", "俄國": "state", "博克多汗國": "state", "中華民國": "state", "蘇聯": "state",
    "蒙古人民共和國": "state", "中華人民共和國": "state", "外蒙古": "region",
    "庫倫": "place", "恰克圖": "place", "烏蘭巴托": "place", "諾門罕": "place",
    "蒙俄協約": "treaty", "中俄聲明文件": "treaty", "中俄蒙協約": "treaty",
    "中蘇友好同盟條約": "treaty", "中蘇友好同盟互助條約": "treaty",
    "十月革命": "event", "徐世昌": "person", "恩琴": "person", "博克多汗": "person", "喬巴山": "person",
    "聯合國": "organization",
}


class DictKinds:
    """An entities provider with kinds from a table (same interface as quizapp.generate.entities)."""

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds

    def classify(self, name, *, context_text=None, target=None):
        return self.kinds.get(name, "other")

    def same_kind(self, a, b):
        return self.kinds.get(a, "other") != "other" and self.kinds.get(a) == self.kinds.get(b)

    def glossary(self):
        return None


def _section(section_id, title, timeline, first_event):
    text_parts, links, sentences, events = [], [], [], []
    offset = 0
    for index, (date_text, iso, precision, clause) in enumerate(timeline):
        plain_clause, clause_links, pos = "", [], 0
        for match in _LINK.finditer(clause):
            plain_clause += clause[pos:match.start()]
            start = len(plain_clause)
            plain_clause += match.group(1)
            clause_links.append((start, len(plain_clause), match.group(1)))
            pos = match.end()
        plain_clause += clause[pos:]
        sentence = f"{date_text}，{plain_clause}。"
        clause_start = offset + len(date_text) + 1
        for start, end, name in clause_links:
            links.append(Link(clause_start + start, clause_start + end, name, name))
        sentences.append(Span(offset, offset + len(sentence)))
        start_iso, _, end_iso = iso.partition("/")
        events.append({
            "id": f"e{first_event + index:04d}",
            "date": {"start": start_iso, "end": end_iso or start_iso, "precision": precision, "text": date_text,
                     "offset": offset},
            "text": plain_clause,
            "section": {"id": section_id, "path": [title]},
            "span": [clause_start, clause_start + len(plain_clause)],
            "entities": [{"text": n, "target": n} for _, _, n in clause_links],
            "conflicts": [],
        })
        text_parts.append(sentence)
        offset += len(sentence) + 1
    text = "\n".join(text_parts)
    section = Section(section_id, title, 2, (title,), text, list(sentences), list(sentences), links)
    return section, events


def build_article(timeline=TIMELINE, title="測試條目", section_title="年表", conflicts=None, more=()):
    """A Document with a section of dated list items (plus ``more`` (title, timeline) sections) and the
    matching timeline events as dicts; ``conflicts`` maps event ids to the ids they conflict with."""
    lead = Section("s0", title, 1, (), "這是一篇測試條目。", [Span(0, 9)], [Span(0, 9)])
    sections, events = [lead], []
    for number, (name, items) in enumerate([(section_title, timeline), *more], start=1):
        section, found = _section(f"s{number}", name, items, len(events) + 1)
        sections.append(section)
        events += found
    for event in events:
        event["conflicts"] = list((conflicts or {}).get(event["id"], []))
    doc = Document(title, sections, file=f"{title}.md", sha256="0" * 64)
    return doc, events


def provider(kinds=None):
    return DictKinds(KINDS if kinds is None else kinds)


def namespace_events(events):
    """The same events as attribute objects (the timeline's dataclasses), for adapter tests."""
    return [SimpleNamespace(**{**e, "section_id": e["section"]["id"], "section_path": e["section"]["path"],
                               "date": SimpleNamespace(**e["date"])}) for e in events]
