"""Sentences of a paragraph (split on 。！？；, never inside a quotation) and broken-sentence detection."""

from __future__ import annotations

import re
from itertools import accumulate

from quizapp.source.model import Span

TERMINATORS = frozenset("。！？；")
# quotation and bracket pairs whose inside is never split; an opener without its closer is ignored
PAIRS = {"「": "」", "『": "』", "“": "”", "‘": "’", "（": "）", "《": "》", "﹁": "﹂"}
_CLOSERS = {closer: opener for opener, closer in PAIRS.items()}
_TRAILING = frozenset("」』”’）》﹂")
_PAIR_CHAR_RE = re.compile("[" + "".join(PAIRS) + "".join(PAIRS.values()) + "]")
_TERMINATOR_RE = re.compile("[。！？；]")

# A removed template leaves an empty quotation (“” 《》 「」) or stacked punctuation (，。); a paragraph that
# ends in a colon with no list after it lost the quoted block it announced. Such sentences are broken.
_BROKEN_RE = re.compile(r"“\s*”|《\s*》|「\s*」|『\s*』|‘\s*’|[，、；：,;:]\s*[。，；！？,;]")
_COLON_END = ("：", ":")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of matched quotations/brackets, nested ones included."""
    stack: list[tuple[str, int]] = []
    ranges = []
    for match in _PAIR_CHAR_RE.finditer(text):
        ch, index = match.group(), match.start()
        if ch in PAIRS:
            stack.append((ch, index))
            continue
        opener = _CLOSERS[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == opener:
                ranges.append((stack[depth][1], index))
                del stack[depth:]
                break
    return ranges


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of the paragraph text[start:end] (offsets into ``text``), white space trimmed."""
    paragraph = text[start:end]
    ranges = _quoted_ranges(paragraph)
    size = len(paragraph)
    change = [0] * (size + 1)
    for open_index, close_index in ranges:
        change[open_index + 1] += 1
        change[close_index] -= 1
    depth = list(accumulate(change))

    def quoted(index: int) -> bool:
        return depth[index] > 0

    # a sentence ends after a terminator outside quotations, or after a quotation that ends in one
    ends = [m.start() for m in _TERMINATOR_RE.finditer(paragraph) if not quoted(m.start())]
    ends += [c for o, c in ranges if paragraph[c - 1] in TERMINATORS and not quoted(c)]
    cuts: list[int] = []
    for index in sorted(ends):
        stop = index + 1
        while stop < size and (paragraph[stop] in TERMINATORS or paragraph[stop] in _TRAILING and not quoted(stop)):
            stop += 1
        if not cuts or stop > cuts[-1]:
            cuts.append(stop)
    spans, begin = [], 0
    for stop in cuts:
        spans.append((begin, stop))
        begin = stop
    if begin < size:
        spans.append((begin, size))
    result = []
    for a, b in spans:
        while a < b and paragraph[a].isspace():
            a += 1
        while b > a and paragraph[b - 1].isspace():
            b -= 1
        if b > a:
            result.append(Span(start + a, start + b))
    return result


def broken_sentences(text: str, sentences: list[Span], dangling: list[Span] = ()) -> list[Span]:
    """Sentences with template leftovers, plus those ending a ``dangling`` paragraph on a colon."""
    ends = {paragraph.end for paragraph in dangling}
    return [
        span
        for span in sentences
        if _BROKEN_RE.search(text, span.start, span.end) or span.end in ends and text[span.end - 1] in _COLON_END
    ]
