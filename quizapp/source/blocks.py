"""Block structure of a pandoc wiki-Markdown article: headings, paragraphs, list items, the trailing note list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.source.inline import LINK_RE, is_image, unescape

_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,4}[.)])(?:[ \t]+(.*))?$")
_NOTE_ITEM_RE = re.compile(r"^(\d{1,4})\.(?:[ \t]+(.*))?$")
_CONTINUATION_RE = re.compile(r"^[ \t]+(?![-*+][ \t])\S")
_SEPARATOR_RE = re.compile(r"^[ \t]*(?:<!--.*-->|\{\{-\}\})[ \t]*$")  # <!-- end list -->, {{-}}
_CENTER_LINE_RE = re.compile(r"^[ \t]*</?center>[ \t]*$", re.I)
_CLOSER = "\\]\\]"


@dataclass(slots=True)
class RawSection:
    title: str  # raw heading text (markup not yet removed); "" for the lead
    level: int
    blocks: list[tuple[str, bool]] = field(default_factory=list)  # (raw paragraph, is a list item)


def split_notes(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """Split off the numbered note list that pandoc put at the end; return body lines and raw note texts."""
    index = len(lines)
    while index > 0:
        line = lines[index - 1]
        if not line.strip() or _NOTE_ITEM_RE.match(line) or _CONTINUATION_RE.match(line):
            index -= 1
        else:
            break
    while index < len(lines) and not re.match(r"^1\.(?:[ \t]|$)", lines[index]):
        index += 1
    notes: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in lines[index:]:
        match = _NOTE_ITEM_RE.match(line)
        if match:
            current = notes.setdefault(int(match.group(1)), [])
            if match.group(2):
                current.append(match.group(2))
        elif line.strip() and current is not None:
            current.append(line.strip())
    return lines[:index], {number: "\n".join(parts) for number, parts in notes.items()}


def remove_images(text: str) -> str:
    """Drop image links and the caption pandoc left after them, up to the ``\\]\\]`` that closes it.

    The caption ends at a ``\\]\\]`` on the same line (when no other image starts before it) or at a
    ``\\]\\]`` that opens a later line with only blank or ``</center>`` lines in between. Without such a
    closer the text after the image is prose and is kept.
    """
    pieces: list[str] = []
    pos = 0
    for match in LINK_RE.finditer(text):
        if match.start() < pos or not is_image(unescape(match.group("href")), match.group("title")):
            continue
        pieces.append(text[pos : match.start()])
        pos = match.end()
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        closer = text.find(_CLOSER, pos, line_end)
        if closer >= 0 and not _has_image(text[pos:closer]):
            pos = closer + len(_CLOSER)
            continue
        if text[pos:line_end].strip():
            continue
        scan = line_end + 1
        while scan < len(text):
            next_end = text.find("\n", scan)
            next_end = len(text) if next_end < 0 else next_end
            line = text[scan:next_end]
            if line.strip() and not _CENTER_LINE_RE.match(line):
                if line.lstrip().startswith(_CLOSER):
                    pos = scan + line.index(_CLOSER) + len(_CLOSER)
                break
            scan = next_end + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def _has_image(text: str) -> bool:
    return any(is_image(unescape(m.group("href")), m.group("title")) for m in LINK_RE.finditer(text))


def split_sections(lines: list[str]) -> list[RawSection]:
    """The lead and one RawSection per heading, each with its raw blocks (paragraphs, list items)."""
    sections = [RawSection("", 1)]
    block: list[str] | None = None
    is_item = False

    def close() -> None:
        nonlocal block
        if block and any(line.strip() for line in block):
            sections[-1].blocks.append(("\n".join(block), is_item))
        block = None

    for line in lines:
        heading = _HEADING_RE.match(line)
        if heading:
            close()
            sections.append(RawSection(heading.group(2), max(2, len(heading.group(1)))))
        elif not line.strip() or _SEPARATOR_RE.match(line):
            close()
        elif item := _ITEM_RE.match(line):
            close()
            block, is_item = [item.group(1) or ""], True
        elif block is not None:
            block.append(line)
        else:
            block, is_item = [line], False
    close()
    return sections
