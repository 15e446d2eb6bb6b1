"""Convert Chinese text between scripts with the official OpenCC binding; protected spans stay as written."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

# script name (CLI/GUI) -> OpenCC config; "original" means no conversion
SCRIPTS: dict[str, str | None] = {
    "original": None,
    "hans": "t2s",
    "hant": "s2t",
    "tw": "s2tw",
    "hk": "s2hk",
}


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # imported lazily: loading dictionaries costs tens of ms

    return opencc.OpenCC(config)


def convert(text: str, script: str, protected: Iterable[tuple[int, int]] = ()) -> str:
    """Return ``text`` in ``script``; characters inside ``protected`` (start, end) spans are not converted."""
    config = SCRIPTS[script]
    if config is None or not text:
        return text
    spans = sorted(protected)
    if not spans:
        return _converter(config).convert(text)
    out, pos = [], 0
    for start, end in spans:
        if start > pos:
            out.append(_converter(config).convert(text[pos:start]))
        out.append(text[max(start, pos):end])
        pos = max(pos, end)
    if pos < len(text):
        out.append(_converter(config).convert(text[pos:]))
    return "".join(out)


def to_simplified(text: str) -> str:
    return convert(text, "hans")


def to_traditional(text: str) -> str:
    return convert(text, "hant")
