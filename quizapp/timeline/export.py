"""Events → the `timeline --json` dict, in any output script, spans indexing the section text of `parse`."""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.source.model import Document, Section
from quizapp.text import SCRIPTS, convert
from quizapp.timeline.events import Event


def timeline_to_json(doc: Document, events: list[Event], script: str = "original") -> dict:
    """The contract's `timeline --json` object; ``script`` is original|hans|hant|tw|hk.

    Text fields are cut from the converted section text at the event's offsets, so ``text`` is always
    ``section.text[span]`` of `parse --json` in the same script.
    """
    if script not in SCRIPTS:
        raise QuizappError(f"unknown script {script!r} (choose one of {', '.join(SCRIPTS)})")
    converted: dict[str, str] = {}
    for section in doc.sections:
        if any(event.section_id == section.id for event in events):
            converted[section.id] = _section_text(section, script)
    groups = sorted({tuple(sorted([event.id, *event.same_happening])) for event in events if event.same_happening})
    pairs = sorted({tuple(sorted((event.id, other))) for event in events for other in event.conflicts})
    return {
        "title": convert(doc.title, script),
        "file": doc.file,
        "sha256": doc.sha256,
        "script": script,
        "events": [_event_json(event, converted[event.section_id], script) for event in events],
        "conflicts": [list(pair) for pair in pairs],
        "same_happening": [list(group) for group in groups],
    }


def _event_json(event: Event, text: str, script: str) -> dict:
    start, end = event.span
    date = event.date
    data = {
        "id": event.id,
        "date": {
            "start": date.start.iso(),
            "end": date.end.iso(),
            "precision": date.precision,
            "text": text[date.offset : date.end_offset],
        },
        "text": text[start:end],
        "section": {"id": event.section_id, "path": [convert(title, script) for title in event.section_path]},
        "span": [start, end],
        "entities": [
            {"text": text[entity["start"] : entity["end"]], "target": entity["target"]} for entity in event.entities
        ],
        "conflicts": list(event.conflicts),
        "same_happening": list(event.same_happening),
        "date_offset": date.offset,
        "flags": list(event.flags),
    }
    if event.quote_of is not None:
        quote = event.quote_of
        data["quote"] = {"span": [quote.start, quote.end], "intro": convert(quote.intro, script)}
    return data


def _section_text(section: Section, script: str) -> str:
    """The section text in ``script`` as `parse --json` gives it (OpenCC keeps the length for these scripts)."""
    from quizapp.source.jsonout import convert_section_text

    text, _ = convert_section_text(section, script)
    if len(text) != len(section.text):
        raise QuizappError(f"script conversion to {script!r} changed the length of section {section.id}; "
                           "event offsets would not line up")
    return text
