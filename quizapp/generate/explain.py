"""Explanations: the quoted passage with its section path, its context, and what else happened that year."""

from __future__ import annotations

from quizapp.generate.dateforms import format_date
from quizapp.generate.facts import Fact
from quizapp.generate.wording import event_label
from quizapp.source.model import Section

_SHORT_QUOTE = 40  # quotes shorter than this get the following sentence as context


def where(fact: Fact, title: str) -> str:
    return "．".join(fact.section_path) if fact.section_path else title


def _next_sentence(section: Section, end: int) -> str:
    for sentence in section.sentences:
        if sentence.start >= end:
            text = section.text[sentence.start:sentence.end].strip()
            return text if len(text) <= 120 else ""
    return ""


def explain(fact: Fact, section: Section, title: str, *, same_year: list[Fact] | None = None,
            correction: str = "") -> str:
    """「quote」（section path）, who said it, the next sentence when the quote is short, and other
    events of the same year (for date questions)."""
    parts = []
    if correction:
        parts.append(correction)
    parts.append(f"原文：「{fact.quote}」（{where(fact, title)}）")
    if fact.speaker:
        parts.append(f"（引語，出自：{fact.speaker}）")
    if len(fact.quote) < _SHORT_QUOTE:
        following = _next_sentence(section, fact.quote_span[1])
        if following:
            parts.append(f"下文：「{following}」")
    if same_year:
        labels = []
        for other in same_year:
            text = event_label(other)
            if text and text not in labels:
                labels.append(text)
            if len(labels) == 3:
                break
        if labels:
            parts.append(f"同在{format_date(fact.start, 'year')}：" + "；".join(labels) + "。")
    return "\n".join(parts)


def explain_many(facts: list[Fact], title: str) -> str:
    """For ordering and matching: each event with its date and where it is written."""
    lines = []
    for fact in sorted(facts, key=lambda f: f.interval()):
        text = event_label(fact) or fact.text
        lines.append(f"{format_date(fact.start, fact.precision)}：{text}（{where(fact, title)}）")
    return "\n".join(lines)
