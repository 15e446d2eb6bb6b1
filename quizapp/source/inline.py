"""Inline pandoc markup → clean text: links, footnote marks, -{…}- guards, bold, escapes, leftovers removed."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# [anchor](href "title") as pandoc writes it; anchors hold no unescaped brackets, titles stay on one line.
LINK_RE = re.compile(
    r'(?<!\\)\[(?P<anchor>(?:[^\[\]\\]|\\.)*)\]'
    r'\((?P<href>(?:[^\s()\\]|\\.|\([^\s()]*\))*)(?:[ \t]+"(?P<title>(?:[^"\\\n]|\\.)*)")?[ \t]*\)',
    re.S,
)
_ESCAPE_RE = re.compile(r"\\(.)", re.S)

_TOKEN_RE = re.compile(
    r"(?P<note>\\\[(?P<num>\d{1,6})\\\])"
    r"|(?P<closer>\\\]\\\])"  # the end of an image whose caption pandoc could not parse
    r"|(?P<esc>\\(?P<ch>.))"
    r"|(?P<gopen>-\{)"
    r"|(?P<gclose>\}-)"
    r"|(?P<bold>\*\*)"
    r"|(?P<link>\[)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>)"
    r"|(?P<template>\{\{[^{}\n]*\}\})",
    re.S,
)
# a -{…}- guard may hold variants: zh-hans:甲;zh-hant:乙; — the first variant is the text
_VARIANT_RE = re.compile(r"^\s*(?:zh(?:-[a-z]+)?\s*:[^;]*;?\s*)+$")
_EMPTY_BRACKETS_RE = re.compile(r"[（(][\s，,、；;：:]*[）)]")
_SPACE_RE = re.compile(r"\s+")
# characters between which a space (or a pandoc line wrap) carries no meaning: CJK and full-width forms
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2014\u2026\u00b7]")

IMAGE_HREF_RE = re.compile(r"/wiki/(?:File|Image|文件|檔案|档案|图像|圖像):", re.I)
CATEGORY_HREF_RE = re.compile(r"/wiki/(?:Category|分类|分類):", re.I)


def unescape(raw: str) -> str:
    return _ESCAPE_RE.sub(r"\1", raw)


def is_image(href: str, title: str | None) -> bool:
    return bool((title or "").startswith("fig:") or IMAGE_HREF_RE.search(href))


@dataclass(slots=True)
class RawLink:
    """A link as found: [start, end) of its whole anchor in the clean text, href and title unescaped."""

    start: int
    end: int
    href: str
    title: str


@dataclass(slots=True)
class Inline:
    text: str = ""
    links: list[RawLink] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)  # (offset, number)
    protected: list[tuple[int, int]] = field(default_factory=list)


def render_inline(raw: str, *, with_links: bool = True) -> Inline:
    """Clean text of one block of inline markup, with links, note marks and guards located in it."""
    out: list[str] = []
    length = 0
    result = Inline()
    guards: list[tuple[int, int]] = []  # (text length, piece count) where a -{ opened
    pos = 0
    for match in _TOKEN_RE.finditer(raw):
        if match.start() < pos:  # inside a link consumed below
            continue
        if match.start() > pos:
            chunk = raw[pos : match.start()]
            out.append(chunk)
            length += len(chunk)
        pos = match.end()
        kind = match.lastgroup
        if kind == "num" or kind == "note":
            result.notes.append((length, int(match.group("num"))))
        elif kind in ("esc", "ch"):
            ch = match.group("ch")
            out.append(ch)
            length += 1
        elif kind == "gopen":
            guards.append((length, len(out)))
        elif kind == "gclose":
            if guards:
                start, piece = guards.pop()
                inner = "".join(out[piece:])
                if _VARIANT_RE.match(inner):  # keep the first variant's text only
                    first = inner.split(";", 1)[0].split(":", 1)[1].strip()
                    out[piece:] = [first]
                    length = start + len(first)
                if length > start:
                    result.protected.append((start, length))
        elif kind == "link":
            link = LINK_RE.match(raw, match.start())
            if link is None:
                out.append("[")
                length += 1
                continue
            pos = link.end()
            href = unescape(link.group("href"))
            title = unescape(link.group("title") or "")
            if is_image(href, title) or CATEGORY_HREF_RE.search(href):
                continue  # images and category tags are no part of the prose
            inner = render_inline(link.group("anchor"), with_links=False)
            start = length
            out.append(inner.text)
            length += len(inner.text)
            result.notes.extend((start + offset, number) for offset, number in inner.notes)
            result.protected.extend((start + a, start + b) for a, b in inner.protected)
            if with_links and length > start:
                result.links.append(RawLink(start, length, href, title))
        # bold, closer, comment, tag, template: dropped
    if pos < len(raw):
        out.append(raw[pos:])
    result.text = "".join(out)
    return result


class Edits:
    """Replacements applied to a text at once, with a map from old offsets to new ones."""

    def __init__(self, text: str, edits: list[tuple[int, int, str]]) -> None:
        self.starts = [start for start, _, _ in edits]
        self.ends = [end for _, end, _ in edits]
        pieces, new_starts, new_ends, pos, length = [], [], [], 0, 0
        for start, end, replacement in edits:
            pieces.append(text[pos:start])
            length += start - pos
            new_starts.append(length)
            pieces.append(replacement)
            length += len(replacement)
            new_ends.append(length)
            pos = end
        pieces.append(text[pos:])
        self.text = "".join(pieces)
        self.new_starts, self.new_ends = new_starts, new_ends

    def map(self, offset: int, *, end: bool = False) -> int:
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return offset
        if offset >= self.ends[k]:
            return offset - self.ends[k] + self.new_ends[k]
        if offset == self.starts[k]:
            return self.new_starts[k]
        return self.new_ends[k] if end else self.new_starts[k]

    def apply(self, inline: Inline) -> Inline:
        links = []
        for link in inline.links:
            start, stop = self.map(link.start), self.map(link.end, end=True)
            if stop > start:
                links.append(RawLink(start, stop, link.href, link.title))
        protected = [(self.map(a), self.map(b, end=True)) for a, b in inline.protected]
        return Inline(
            self.text,
            links,
            [(self.map(offset), number) for offset, number in inline.notes],
            [(a, b) for a, b in protected if b > a],
        )


def tidy(inline: Inline) -> Inline:
    """Drop empty （） left by removed templates and normalise white space (none between CJK characters)."""
    text = inline.text
    empties = [(m.start(), m.end(), "") for m in _EMPTY_BRACKETS_RE.finditer(text)]
    if empties:
        inline = Edits(text, empties).apply(inline)
        text = inline.text
    spaces = []
    for m in _SPACE_RE.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text) or _WIDE.match(text[start - 1]) or _WIDE.match(text[end]):
            spaces.append((start, end, ""))
        elif m.group() != " ":
            spaces.append((start, end, " "))
    if spaces:
        inline = Edits(text, spaces).apply(inline)
    return inline


def clean(raw: str) -> str:
    """Clean text only (headings, note texts)."""
    return tidy(render_inline(raw, with_links=False)).text
