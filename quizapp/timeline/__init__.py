"""Dates, events and conflicts of an article: build_timeline(doc) is the one call most callers need."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.source.model import Document
    from quizapp.timeline.events import Event


def build_timeline(doc: Document) -> list[Event]:
    """Events of ``doc`` in reading order, with ``conflicts`` and ``same_happening`` filled in."""
    from quizapp.timeline.conflicts import glossary_aliases, link_conflicts
    from quizapp.timeline.events import extract_events

    events = extract_events(doc)
    link_conflicts(doc, events, glossary_aliases())
    return events


def timeline_to_json(doc: Document, events: list[Event], script: str = "original") -> dict:
    from quizapp.timeline.export import timeline_to_json as to_json

    return to_json(doc, events, script)


__all__ = ["build_timeline", "timeline_to_json"]
