"""What every question builder needs to know about the article: facts, sections, happenings, conflicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from quizapp.generate.facts import Fact, overlaps
from quizapp.source.model import Document, Section


@dataclass
class Context:
    doc: Document
    facts: list[Fact]
    seed: int = 0
    sections: dict[str, Section] = field(init=False)
    by_id: dict[str, Fact] = field(init=False)
    by_key: dict[str, list[Fact]] = field(init=False)
    by_year: dict[int, list[Fact]] = field(init=False)

    def __post_init__(self) -> None:
        self.sections = {section.id: section for section in self.doc.sections}
        self.by_id = {fact.event_id: fact for fact in self.facts}
        self.by_key = defaultdict(list)
        self.by_year = defaultdict(list)
        for fact in self.facts:
            self.by_key[fact.key].append(fact)
            for year in range(fact.start[0], fact.end[0] + 1) if fact.end[0] - fact.start[0] < 3 else ():
                self.by_year[year].append(fact)
        self._happening: dict[str, list[Fact]] = {}
        self._happening_quotes: dict[str, str] = {}
        self._conflicts: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            for other_id in fact.conflicts:
                other = self.by_id.get(other_id)
                if other is not None and other is not fact:
                    self._add_conflict(fact, other)
            # the same clause told twice (in two places) with dates that cannot both be right conflicts too
            for other in self.by_key[fact.key] if len(fact.key) >= 6 else ():
                if other is not fact and other.quote_span != fact.quote_span \
                        and not overlaps(fact.interval(), other.interval()):
                    self._add_conflict(fact, other)

    def _add_conflict(self, a: Fact, b: Fact) -> None:
        if b not in self._conflicts[a.event_id]:
            self._conflicts[a.event_id].append(b)
        if a not in self._conflicts[b.event_id]:
            self._conflicts[b.event_id].append(a)

    @property
    def title(self) -> str:
        return self.doc.title

    def section_of(self, fact: Fact) -> Section:
        return self.sections[fact.section_id]

    def conflicting(self, fact: Fact) -> list[Fact]:
        """Facts the source dates differently for the same happening."""
        return self._conflicts.get(fact.event_id, [])

    def same_happening(self, fact: Fact) -> list[Fact]:
        """Other tellings of this happening: same clause, or declared conflicts."""
        cached = self._happening.get(fact.event_id)
        if cached is None:
            seen = {id(fact)}
            cached = []
            for other in [*self.by_key[fact.key], *self.conflicting(fact)]:
                if id(other) not in seen:
                    seen.add(id(other))
                    cached.append(other)
            self._happening[fact.event_id] = cached
        return cached

    def happening_quotes(self, fact: Fact) -> str:
        """The normalized quotes of every telling of this happening, joined (one substring test for all)."""
        joined = self._happening_quotes.get(fact.event_id)
        if joined is None:
            joined = "\x1f".join(other.quote_key for other in self.same_happening(fact))
            self._happening_quotes[fact.event_id] = joined
        return joined

    def same_year(self, fact: Fact, limit: int = 6) -> list[Fact]:
        """Up to ``limit`` other happenings of the fact's year (for explanations), in reading order."""
        keys = {f.key for f in self.same_happening(fact)} | {fact.key}
        out = []
        for other in self.by_year.get(fact.start[0], []):
            if other.key not in keys:
                keys.add(other.key)
                out.append(other)
                if len(out) == limit:
                    break
        return out

    def flag_reason(self, fact: Fact) -> str:
        """Why a conflicting fact is only asked for review: the passages that disagree."""
        passages = [fact, *self.conflicting(fact)]
        quoted = "；".join(f"「{_short(p.quote)}」（{'．'.join(p.section_path) or self.title}，{p.date_text}）"
                          for p in passages)
        return f"史料記載日期不一，請教師核對：{quoted}"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
