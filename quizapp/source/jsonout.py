"""Document → the `parse --json` dict, in any output script, with offsets that index the converted text."""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.source.model import Document, Section, Span
from quizapp.text import SCRIPTS, convert


def document_to_json(doc: Document, script: str = "original") -> dict:
    """The contract's `parse --json` object; ``script`` is original|hans|hant|tw|hk."""
    if script not in SCRIPTS:
        raise QuizappError(f"unknown script {script!r} (choose one of {', '.join(SCRIPTS)})")
    return {
        "title": convert(doc.title, script),
        "file": doc.file,
        "sha256": doc.sha256,
        "script": script,
        "sections": [_section_json(section, script) for section in doc.sections],
    }


def _section_json(section: Section, script: str) -> dict:
    text, move = convert_section_text(section, script)

    def spans(items: list[Span]) -> list[dict]:
        return [{"start": move(span.start), "end": move(span.end)} for span in items]

    links = []
    for link in section.links:
        start, end = move(link.start), move(link.end)
        links.append(
            {"start": start, "end": end, "text": text[start:end], "target": link.target,
             "internal": link.internal, "url": link.url}
        )
    return {
        "id": section.id,
        "title": convert(section.title, script),
        "level": section.level,
        "path": [convert(title, script) for title in section.path],
        "parent_id": section.parent_id,
        "back_matter": section.back_matter,
        "text": text,
        "paragraphs": spans(section.paragraphs),
        "sentences": spans(section.sentences),
        "links": links,
        "notes": [
            {"offset": move(note.offset), "number": note.number, "text": convert(note.text, script)}
            for note in section.notes
        ],
        "protected": spans(section.protected),
        "broken": spans(section.broken),
    }


def convert_section_text(section: Section, script: str):
    """(converted text, offset mapper). Guards stay as written.

    OpenCC keeps the length for these scripts, so offsets carry over unchanged. Should a conversion ever
    change the length, the text is converted piece by piece between every offset that is used, and the
    mapper sends each old offset to the start of its piece in the converted text.
    """
    text = section.text
    protected = [(span.start, span.end) for span in section.protected]
    converted = convert(text, script, protected=protected)
    if len(converted) == len(text):
        return converted, lambda offset: offset
    cuts = {0, len(text)}
    for span in (*section.paragraphs, *section.sentences, *section.protected, *section.broken, *section.links):
        cuts.update((span.start, span.end))
    cuts.update(note.offset for note in section.notes)
    bounds = sorted(cut for cut in cuts if 0 <= cut <= len(text))
    guarded = set(protected)
    pieces, moved, length = [], {0: 0}, 0
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = text[start:end]
        if not any(a <= start and end <= b for a, b in guarded):
            piece = convert(piece, script)
        pieces.append(piece)
        length += len(piece)
        moved[end] = length
    return "".join(pieces), lambda offset: moved[offset]
