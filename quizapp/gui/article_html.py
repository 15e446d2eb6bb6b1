"""The article as HTML for the reader (no Qt here): script conversion, links, note marks, highlighted spans,
and script-insensitive search that maps hits back to offsets in a section's clean text."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

QUOTE_STYLE = "background-color:#ffd54f; color:#000000; font-weight:bold"
HIT_STYLE = "background-color:#fff59d; color:#000000"
MISSING_STYLE = "color:#888888; text-decoration:none"
# an empty pair left where the wiki removed a template (外蒙古建立“”，並與蘇聯訂立了《》): the reader explains it
EMPTY_PAIR = re.compile("(“|《|「|『|（)(”|》|」|』|）)")
MISSING_HREF = "missing:"
SKIPPED_CATEGORIES = ("P", "Z", "C", "S")  # as quizapp.text.normalize_for_match: no punctuation, spaces, symbols


@dataclass(frozen=True)
class Highlight:
    section_id: str
    start: int
    end: int
    kind: str  # "quote" or "hit"
    anchor: str = ""  # an anchor name placed at the start, to scroll to


@lru_cache(maxsize=8192)
def _char_key(ch: str) -> str:
    from quizapp.text import to_simplified

    folded = to_simplified(unicodedata.normalize("NFKC", ch))
    return "".join(c.lower() for c in folded if not unicodedata.category(c).startswith(SKIPPED_CATEGORIES))


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of every match of ``query``, ignoring script, width, case and punctuation."""
    from quizapp.text import normalize_for_match

    needle = normalize_for_match(query)
    if not needle:
        return []
    keys: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for key_char in _char_key(ch):
            keys.append(key_char)
            origin.append(index)
    haystack = "".join(keys)
    matches, at = [], haystack.find(needle)
    while at >= 0:
        matches.append((origin[at], origin[at + len(needle) - 1] + 1))
        at = haystack.find(needle, at + len(needle))
    return matches


def _link_href(link) -> str:
    return "article:" + quote(link.target) if link.internal else ""


def section_html(section, script: str, highlights: list[Highlight] = (), level_offset: int = 0) -> str:
    """One section: heading (with an anchor named after the section id) and its paragraphs."""
    from quizapp.text import convert, convert_spans

    level = min(6, max(1, section.level + level_offset))
    title = html.escape(convert(section.title, script))
    parts = [f"<h{level}><a name='{section.id}'></a>{title}</h{level}>"]
    if not section.text:
        return "".join(parts)
    marks = [(h.start, h.end) for h in highlights]
    spans = [(p.start, p.end) for p in section.paragraphs] or [(0, len(section.text))]
    spans += [(link.start, link.end) for link in section.links]
    spans += [(note.offset, note.offset) for note in section.notes]
    spans += marks
    converted, mapped = convert_spans(section.text, script, spans, section.protected)
    count_p = len(section.paragraphs) or 1
    paragraphs = mapped[:count_p]
    link_spans = mapped[count_p:count_p + len(section.links)]
    note_offsets = [start for start, _ in mapped[count_p + len(section.links):count_p + len(section.links) + len(section.notes)]]
    mark_spans = mapped[count_p + len(section.links) + len(section.notes):]
    links = list(zip(link_spans, section.links, strict=True))
    notes = sorted(zip(note_offsets, section.notes, strict=True), key=lambda pair: pair[0])
    marks = list(zip(mark_spans, highlights, strict=True))
    for p_start, p_end in paragraphs:
        cuts = {p_start, p_end}
        for (start, end), _ in links + marks:
            cuts.update(c for c in (start, end) if p_start <= c <= p_end)
        cuts.update(offset for offset, _ in notes if p_start <= offset <= p_end)
        cuts = sorted(cuts)
        out = []
        for seg_start, seg_end in zip(cuts, cuts[1:], strict=False):
            for offset, note in notes:
                if offset == seg_start:
                    out.append(_note_html(note, script))
            if seg_end <= seg_start:
                continue
            out.append(_segment_html(converted[seg_start:seg_end], seg_start, seg_end, links, marks, script))
        for offset, note in notes:
            if offset == p_end:
                out.append(_note_html(note, script))
        parts.append("<p>" + "".join(out) + "</p>")
    return "".join(parts)


def _segment_html(text: str, start: int, end: int, links, marks, script: str) -> str:
    body = EMPTY_PAIR.sub(rf"\1<a href='{MISSING_HREF}' style='{MISSING_STYLE}'>⋯</a>\2", html.escape(text))
    for (m_start, m_end), mark in sorted(marks, key=lambda pair: pair[1].kind != "quote"):
        if m_start <= start and end <= m_end and m_end > m_start:
            style = QUOTE_STYLE if mark.kind == "quote" else HIT_STYLE
            body = f"<span style='{style}'>{body}</span>"
            break
    for (l_start, l_end), link in links:
        if l_start <= start and end <= l_end:
            from quizapp.text import convert

            target = html.escape(convert(link.target, script), quote=True)
            if link.internal:
                body = f"<a href='{_link_href(link)}' title='{target}'>{body}</a>"
            else:
                url = link.url if link.url.startswith(("http://", "https://")) else ""
                tip = html.escape(f"{convert(link.target, script)} — {url}" if url else convert(link.target, script), quote=True)
                body = f"<span title='{tip}'>{body}</span>"
            break
    anchors = "".join(f"<a name='{mark.anchor}'></a>" for (m_start, _), mark in marks if mark.anchor and m_start == start)
    return anchors + body


def _note_html(note, script: str) -> str:
    from quizapp.text import convert

    tip = html.escape(convert(note.text, script) if note.text else f"[{note.number}]", quote=True)
    return f"<sup><a href='note:{note.number}' title='{tip}'>[{note.number}]</a></sup>"


def document_html(document, script: str, highlights: list[Highlight] = ()) -> str:
    """The whole article: every section in reading order."""
    by_section: dict[str, list[Highlight]] = {}
    for highlight in highlights:
        by_section.setdefault(highlight.section_id, []).append(highlight)
    body = "".join(section_html(s, script, by_section.get(s.id, [])) for s in document.sections)
    return f"<html><body>{body}</body></html>"
