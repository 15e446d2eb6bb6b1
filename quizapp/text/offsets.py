"""Offsets into converted text: a piecewise map from positions in the input to positions in the output."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class OffsetMap:
    """Maps input offsets to output offsets of one conversion.

    The conversion is a sequence of pieces. A piece whose output has the input's length is *linear*:
    every offset inside it maps one to one. Any other piece (an override of a different length, or an OpenCC
    phrase that changed length) is *atomic*: an offset inside it maps to the piece's output start (``side=
    "start"``) or end (``side="end"``), so a mapped span always covers the converted text of the original.
    Piece boundaries always map exactly.
    """

    src: list[int] = field(default_factory=lambda: [0])  # piece starts in the input, then the input length
    dst: list[int] = field(default_factory=lambda: [0])  # the same in the output
    linear: list[bool] = field(default_factory=list)  # per piece

    @property
    def identity(self) -> bool:
        """True when every offset maps to itself (the usual case: OpenCC t2s/s2t keep the length)."""
        return all(self.linear) and self.src == self.dst

    def add(self, src_len: int, dst_len: int) -> None:
        if src_len == 0 and dst_len == 0:
            return
        self.src.append(self.src[-1] + src_len)
        self.dst.append(self.dst[-1] + dst_len)
        self.linear.append(src_len == dst_len)

    def map(self, offset: int, side: str = "start") -> int:
        """Output offset for input ``offset`` (clamped to the text); ``side`` decides inside atomic pieces."""
        if offset <= 0:
            return 0
        if offset >= self.src[-1]:
            return self.dst[-1]
        index = bisect_right(self.src, offset) - 1  # the piece containing offset
        start = self.src[index]
        if offset == start or self.linear[index]:
            return self.dst[index] + (offset - start)
        return self.dst[index + 1] if side == "end" else self.dst[index]

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map(start, "start"), max(self.map(start, "start"), self.map(end, "end"))


_CLAUSE_BREAKS = frozenset("\n\t 　，。、；：？！,.;:?!「」『』（）()《》〈〉“”‘’[]")


def aligned_pieces(convert: Callable[[str], str], text: str, converted: str) -> list[tuple[int, str]]:
    """Split a conversion whose length changed into (input length, output) pieces as small as is exact.

    ``converted`` is ``convert(text)``. Cuts are tried after punctuation and whitespace first, then after
    every character of the pieces that still change length; a cut is kept only when converting the two
    sides separately gives exactly ``converted``, so the result never differs from the whole conversion.
    """
    pieces = _split_where_exact(convert, text, converted, _clause_cuts(text))
    refined: list[tuple[int, str]] = []
    for piece_text, piece_out in pieces:
        if len(piece_text) == len(piece_out) or len(piece_text) < 2:
            refined.append((len(piece_text), piece_out))
            continue
        cuts = range(1, len(piece_text))
        refined.extend(
            (len(sub_text), sub_out)
            for sub_text, sub_out in _split_where_exact(convert, piece_text, piece_out, cuts)
        )
    return refined


def _clause_cuts(text: str) -> list[int]:
    return [i + 1 for i, ch in enumerate(text[:-1]) if ch in _CLAUSE_BREAKS]


def _split_where_exact(convert, text: str, converted: str, cuts) -> list[tuple[str, str]]:
    """Greedy left-to-right: keep a cut when prefix and rest convert independently to ``converted``."""
    pieces: list[tuple[str, str]] = []
    done_in = done_out = 0  # consumed input/output
    for cut in cuts:
        if cut <= done_in:
            continue
        head = convert(text[done_in:cut])
        if converted.startswith(head, done_out) and convert(text[cut:]) == converted[done_out + len(head) :]:
            pieces.append((text[done_in:cut], head))
            done_in, done_out = cut, done_out + len(head)
    pieces.append((text[done_in:], converted[done_out:]))
    return pieces
