"""The OpenCC backend: one cached converter per config, built the same way for either `opencc` distribution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from quizapp.errors import QuizappError

OFFICIAL = "opencc"  # the official binding (C++ OpenCC), distribution "OpenCC"/"opencc"
REIMPLEMENTED = "opencc-python-reimplemented"  # pure-Python port, installs the same `opencc` import package

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Backend:
    name: str  # OFFICIAL or REIMPLEMENTED
    version: str


@lru_cache(maxsize=1)
def backend() -> Backend:
    """Which distribution provides the installed ``opencc`` import package."""
    from importlib import metadata

    try:
        import opencc
    except ImportError as exc:
        raise QuizappError("OpenCC is not installed: pip install opencc") from exc
    owners = metadata.packages_distributions().get("opencc", [])
    for dist in owners:
        if dist.lower().replace("_", "-") == REIMPLEMENTED:
            return Backend(REIMPLEMENTED, metadata.version(dist))
    if owners:
        return Backend(OFFICIAL, metadata.version(owners[0]))
    # no metadata (e.g. a frozen build): the official binding exposes __version__, the port does not
    version = getattr(opencc, "__version__", "")
    return Backend(OFFICIAL if version else REIMPLEMENTED, version or "unknown")


@cache
def opencc_converter(config: str):
    """An ``opencc.OpenCC`` for ``config`` ('t2s' or 't2s.json'), built once per config.

    The official binding accepts both spellings; the reimplementation appends '.json' itself and accepts only
    the bare name; older official releases wanted the file name. So try the bare name, then the file name.
    """
    import opencc  # imported lazily: loading dictionaries costs tens of ms

    stem = config.removesuffix(".json")
    errors = []
    for name in (stem, stem + ".json"):
        try:
            return opencc.OpenCC(name)
        except Exception as exc:  # RuntimeError (official), FileNotFoundError (port), ...
            errors.append(f"{name}: {exc}")
    raise QuizappError(f"OpenCC cannot load config {config!r} ({'; '.join(errors)})")


def opencc_convert(config: str, text: str) -> str:
    """``OpenCC(config).convert(text)``; lone surrogates (not encodable as UTF-8) are passed through as is."""
    if not text:
        return text
    converter = opencc_converter(config)
    try:
        return converter.convert(text)
    except UnicodeEncodeError:
        pieces, pos = [], 0
        for match in _SURROGATE.finditer(text):
            pieces.append(converter.convert(text[pos : match.start()]) if match.start() > pos else "")
            pieces.append(match.group())
            pos = match.end()
        pieces.append(converter.convert(text[pos:]) if pos < len(text) else "")
        return "".join(pieces)
