"""Convert Chinese text between scripts with OpenCC; protected spans stay as written, overrides go first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quizapp.errors import QuizappError
from quizapp.text import overrides
from quizapp.text.backend import opencc_convert
from quizapp.text.offsets import OffsetMap, aligned_pieces

# script name (CLI/GUI) -> OpenCC config; "original" means no conversion
SCRIPTS: dict[str, str | None] = {
    "original": None,
    "hans": "t2s",
    "hant": "s2t",
    "tw": "s2tw",
    "hk": "s2hk",
}

SpanLike = tuple[int, int] | Any  # (start, end) or any object with .start and .end

_KEEP, _REPLACE, _CONVERT = 0, 1, 2


def _config(script: str) -> str | None:
    try:
        return SCRIPTS[script]
    except KeyError:
        raise QuizappError(f"unknown script {script!r} (expected one of {', '.join(SCRIPTS)})") from None


def _bounds(span: SpanLike) -> tuple[int, int]:
    if isinstance(span, tuple | list):
        return int(span[0]), int(span[1])
    return int(span.start), int(span.end)


def _merged(spans: Iterable[SpanLike], length: int) -> list[tuple[int, int]]:
    """Spans clipped to the text, empty ones dropped, overlapping or touching ones merged, in order."""
    clipped = sorted(
        (max(0, s), min(length, e)) for s, e in map(_bounds, spans) if min(length, e) > max(0, s)
    )
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _plan(text: str, script: str, protected: Iterable[SpanLike], cuts: Iterable[int] = ()):
    """Pieces (kind, start, end, replacement) covering ``text``: kept, overridden or to be converted."""
    pieces: list[tuple[int, int, int, str | None]] = []
    pos = 0
    for start, end in [*_merged(protected, len(text)), (len(text), len(text))]:
        for found_start, found_end, replacement in overrides.find_overrides(text, script, pos, start):
            if found_start > pos:
                pieces.append((_CONVERT, pos, found_start, None))
            pieces.append((_REPLACE, found_start, found_end, replacement))
            pos = found_end
        if start > pos:
            pieces.append((_CONVERT, pos, start, None))
        if end > start:
            pieces.append((_KEEP, start, end, None))
        pos = max(pos, end)
    cut_points = sorted(set(cuts))
    if not cut_points:
        return pieces
    split: list[tuple[int, int, int, str | None]] = []
    for kind, start, end, replacement in pieces:
        if kind == _CONVERT:
            for cut in cut_points:
                if start < cut < end:
                    split.append((kind, start, cut, None))
                    start = cut
        split.append((kind, start, end, replacement))
    return split


def _run(text: str, script: str, protected, cuts=(), offsets: bool = False):
    config = _config(script)
    if config is None or not text:
        return text, (_identity(len(text)) if offsets else None)
    out: list[str] = []
    mapping = OffsetMap() if offsets else None
    for kind, start, end, replacement in _plan(text, script, protected, cuts):
        chunk = text[start:end]
        if kind == _KEEP:
            result = chunk
        elif kind == _REPLACE:
            result = replacement
        else:
            result = opencc_convert(config, chunk)
            if mapping is not None and len(result) != len(chunk):
                for src_len, piece in aligned_pieces(lambda s: opencc_convert(config, s), chunk, result):
                    mapping.add(src_len, len(piece))
                out.append(result)
                continue
        out.append(result)
        if mapping is not None:
            mapping.add(end - start, len(result))
    return "".join(out), mapping


def _identity(length: int) -> OffsetMap:
    mapping = OffsetMap()
    mapping.add(length, length)
    return mapping


def convert(text: str, script: str, protected: Iterable[SpanLike] = ()) -> str:
    """Return ``text`` in ``script`` (original|hans|hant|tw|hk).

    ``protected``: (start, end) pairs or objects with ``.start``/``.end`` (e.g. the -{…}- guards of a
    Section); those characters are copied as written. Phrase overrides are applied before OpenCC and their
    results are not converted again.
    """
    return _run(text, script, protected)[0]


def convert_with_offsets(text: str, script: str, protected: Iterable[SpanLike] = ()) -> tuple[str, OffsetMap]:
    """Like ``convert``, plus an ``OffsetMap`` from offsets in ``text`` to offsets in the result.

    With the official OpenCC and no length-changing override the map is the identity (``mapping.identity``),
    because the t2s/s2t/s2tw/s2hk dictionaries map every phrase to one of the same length.
    """
    converted, mapping = _run(text, script, protected, offsets=True)
    return converted, mapping


def convert_spans(
    text: str, script: str, spans: Iterable[SpanLike], protected: Iterable[SpanLike] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """Convert ``text`` and return the (start, end) of each of ``spans`` in the result, in the given order.

    The conversion is cut at every span boundary, so each boundary maps exactly and
    ``result[new_start:new_end]`` is the conversion of ``text[start:end]`` on its own, even when a phrase
    changes length. Only a boundary that falls inside an override match whose replacement has another length
    can move: to the replacement's start for a span start, to its end for a span end.
    """
    bounds = [_bounds(span) for span in spans]
    cuts = {offset for pair in bounds for offset in pair}
    converted, mapping = _run(text, script, protected, cuts, offsets=True)
    return converted, [mapping.map_span(start, end) for start, end in bounds]


def to_simplified(text: str) -> str:
    return convert(text, "hans")


def to_traditional(text: str) -> str:
    return convert(text, "hant")
