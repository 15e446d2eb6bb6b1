"""Parse a pandoc wiki-Markdown article into a Document: sections, paragraphs, sentences, links, notes, guards."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from quizapp.errors import SourceError
from quizapp.source.blocks import RawSection, remove_images, split_notes, split_sections
from quizapp.source.inline import Inline, clean, render_inline, tidy
from quizapp.source.links import is_bundled, mention_span, wiki_target
from quizapp.source.model import Document, Link, NoteRef, Section, Span
from quizapp.source.reader import check_text, read_source
from quizapp.source.sentences import broken_sentences, split_sentences
from quizapp.text import to_simplified

# An article must have Chinese prose: at least MIN_HAN Han characters in its clean text, making up at
# least MIN_HAN_SHARE of its non-space characters. Markup-only files, random text and data dumps fail.
MIN_HAN = 20
MIN_HAN_SHARE = 0.3
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_DATA_START_RE = re.compile(r"^\s*(?:\{|<\?xml|<!doctype|<html|<svg)", re.I)
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_SPACE_RE = re.compile(r"\s")

# end matter: no prose for quizzes (reference lists, see-also, external links); children inherit the flag
BACK_MATTER = frozenset(
    ["注释", "注解", "脚注", "参考文献", "参考资料", "参考", "引用", "来源", "资料来源", "文献", "参见", "相关条目",
     "外部链接", "外部连结", "延伸阅读", "扩展阅读"]
)


def parse_file(path: str | Path) -> Document:
    """Parse the article at ``path``; any problem with the file is a SourceError naming it."""
    path = Path(path)
    text, digest = read_source(path)
    document = _parse(text, path.stem, str(path))
    document.sha256 = digest
    return document


def parse_text(text: str, *, title: str | None = None, file: str = "") -> Document:
    """Parse article text. ``title`` defaults to the file stem, else the first bold phrase of the lead."""
    check_text(text, file)
    return _parse(text, title, file)


def _parse(text: str, title: str | None, file: str) -> Document:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _DATA_START_RE.match(text):
        raise SourceError("not a wiki-Markdown article (looks like JSON, XML or HTML)", file=file or None, line=1)
    lines, raw_notes = split_notes(text.split("\n"))
    notes = {number: clean(raw) for number, raw in raw_notes.items()}
    raw_sections = split_sections(remove_images("\n".join(lines)).split("\n"))
    if title is None:
        title = Path(file).stem if file else _lead_title(raw_sections[0])
    sections = _build_sections(raw_sections, title, notes)
    _check_article(sections, file)
    return Document(
        title=title,
        sections=sections,
        file=Path(file).name if file else "",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        notes=notes,
    )


def _lead_title(lead: RawSection) -> str:
    for block, _ in lead.blocks:
        match = _BOLD_RE.search(block)
        if match:
            return clean(match.group(1))
    return ""


def _build_sections(raw_sections: list[RawSection], title: str, notes: dict[int, str]) -> list[Section]:
    sections: list[Section] = []
    stack: list[Section] = []  # open ancestors of the next heading, top level first
    for index, raw in enumerate(raw_sections):
        if index == 0:
            section = Section(id="s0", title=title, level=1, path=(), text="")
        else:
            while stack and stack[-1].level >= raw.level:
                stack.pop()
            heading = clean(raw.title)
            parent = stack[-1] if stack else None
            section = Section(
                id=f"s{index}",
                title=heading,
                level=raw.level,
                path=(*(parent.path if parent else ()), heading),
                text="",
                parent_id=parent.id if parent else None,
            )
            section.back_matter = bool(parent and parent.back_matter) or to_simplified(heading) in BACK_MATTER
            stack.append(section)
        _fill(section, raw.blocks, notes)
        sections.append(section)
    return sections


def _fill(section: Section, blocks: list[tuple[str, bool]], notes: dict[int, str]) -> None:
    """Clean each block and append it as a paragraph, with its sentences, links, notes and guards."""
    parts: list[str] = []
    items: list[bool] = []
    length = 0
    for block, is_item in blocks:
        inline: Inline = tidy(render_inline(block))
        if not inline.text:
            continue
        if parts:
            parts.append("\n")
            length += 1
        base = length
        parts.append(inline.text)
        length += len(inline.text)
        section.paragraphs.append(Span(base, length))
        items.append(is_item)
        for raw_link in inline.links:
            target = wiki_target(raw_link.href)
            if target is None:
                continue  # a web link: its text stays, it names no page
            anchor = inline.text[raw_link.start : raw_link.end]
            start, end = mention_span(anchor, target)
            if end <= start:
                continue
            section.links.append(
                Link(
                    start=base + raw_link.start + start,
                    end=base + raw_link.start + end,
                    text=anchor[start:end],
                    target=target,
                    internal=is_bundled(target),
                    url=raw_link.href,
                )
            )
        section.notes.extend(NoteRef(base + offset, number, notes.get(number, "")) for offset, number in inline.notes)
        section.protected.extend(Span(base + a, base + b) for a, b in inline.protected)
    section.text = "".join(parts)
    for paragraph in section.paragraphs:
        section.sentences.extend(split_sentences(section.text, paragraph.start, paragraph.end))
    # a paragraph is dangling when no list follows it (a colon there announced a block that was lost)
    dangling = [p for i, p in enumerate(section.paragraphs) if i + 1 == len(items) or not items[i + 1]]
    section.broken = broken_sentences(section.text, section.sentences, dangling)


def _check_article(sections: list[Section], file: str) -> None:
    prose = "".join(section.text for section in sections)
    han = len(_HAN_RE.findall(prose))
    visible = len(prose) - len(_SPACE_RE.findall(prose))
    if han < MIN_HAN or han < MIN_HAN_SHARE * visible:
        raise SourceError(
            f"not an article of the supported form: {han} Han characters in {visible} characters of text "
            f"(need at least {MIN_HAN} and {MIN_HAN_SHARE:.0%} Chinese prose)",
            file=file or None,
        )
