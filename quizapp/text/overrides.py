"""Teacher-editable phrase overrides applied before OpenCC: bundled defaults plus an optional user file.

File format (JSON, UTF-8)::

    {
      "format": 1,
      "to_hans": {"spelling in the text": "spelling to show", ...},
      "to_hant": {...},   # Traditional; also the base table for tw and hk
      "to_tw":   {...},   # Taiwan, on top of to_hant
      "to_hk":   {...},   # Hong Kong, on top of to_hant
      "_notes": ["keys starting with '_' are ignored: use them for comments"]
    }

Every direction is optional. A key is matched literally in the unconverted text (longest match first, never
inside a protected span); the match is replaced by its value and the value is NOT passed through OpenCC.
A value is also kept as written wherever it already appears in the text. In the user file a value of
``null`` removes the bundled entry with that key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from pathlib import Path

from quizapp.errors import QuizappError
from quizapp.paths import ASSETS

FORMAT = 1
BUNDLED = ASSETS / "phrase_overrides.json"
DIRECTIONS = ("to_hans", "to_hant", "to_tw", "to_hk")
# script -> the directions whose tables apply, later ones winning
_CHAINS: dict[str, tuple[str, ...]] = {
    "hans": ("to_hans",),
    "hant": ("to_hant",),
    "tw": ("to_hant", "to_tw"),
    "hk": ("to_hant", "to_hk"),
}

Table = dict[str, dict[str, str | None]]

_user: Table = {}
_listeners: list[Callable[[], None]] = []


def validate_overrides(data: object, source: str = "<overrides>") -> Table:
    """Check the structure of an override table; a readable QuizappError when it is wrong."""
    if not isinstance(data, Mapping):
        raise QuizappError("phrase overrides must be a JSON object", file=source)
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise QuizappError(f"unsupported phrase-override format {fmt!r} (expected {FORMAT})", file=source)
    table: Table = {}
    for key, entries in data.items():
        if key == "format" or str(key).startswith("_"):
            continue
        if key not in DIRECTIONS:
            raise QuizappError(
                f"unknown direction {key!r} (expected one of {', '.join(DIRECTIONS)})", file=source
            )
        if not isinstance(entries, Mapping):
            raise QuizappError(f"{key} must map spellings to spellings", file=source)
        for phrase, replacement in entries.items():
            if not isinstance(phrase, str) or not phrase:
                raise QuizappError(f"{key}: empty phrase", file=source)
            if replacement is not None and not isinstance(replacement, str):
                raise QuizappError(f"{key}: {phrase!r} must map to a string or null", file=source)
        table[key] = dict(entries)
    return table


def read_overrides(path: str | Path) -> Table:
    """Parse and validate an override file (does not install it)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QuizappError(f"cannot read phrase overrides: {exc.strerror or exc}", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise QuizappError("phrase overrides are not UTF-8", file=str(path)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuizappError(f"invalid JSON: {exc.msg}", file=str(path), line=exc.lineno) from exc
    return validate_overrides(data, str(path))


@lru_cache(maxsize=1)
def bundled_overrides() -> Table:
    """The defaults shipped in assets/phrase_overrides.json (empty when the file is absent)."""
    return read_overrides(BUNDLED) if BUNDLED.is_file() else {}


def set_overrides(mapping: Mapping | None) -> None:
    """Install the user's table (same shape as the file) on top of the bundled one; None removes it."""
    global _user
    _user = validate_overrides(mapping) if mapping is not None else {}
    _changed()


def load_overrides(path: str | Path | None, *, missing_ok: bool = True) -> Table:
    """Read the user's override file and install it; a missing file (when ``missing_ok``) means no user table."""
    if path is None or (missing_ok and not Path(path).exists()):
        set_overrides(None)
        return {}
    table = read_overrides(path)
    set_overrides(table)
    return table


def user_overrides() -> Table:
    return {direction: dict(entries) for direction, entries in _user.items()}


def on_change(callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the user table changes (caches that depend on conversion clear themselves)."""
    _listeners.append(callback)


def _changed() -> None:
    effective_overrides.cache_clear()
    _matcher.cache_clear()
    for callback in _listeners:
        callback()


@cache
def effective_overrides(script: str) -> dict[str, str]:
    """Spelling -> replacement for ``script`` (bundled, then user; to_tw/to_hk over to_hant)."""
    merged: dict[str, str | None] = {}
    for direction in _CHAINS.get(script, ()):
        for layer in (bundled_overrides(), _user):
            merged.update(layer.get(direction, {}))
    return {phrase: value for phrase, value in merged.items() if value is not None}


@cache
def _matcher(script: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    table = effective_overrides(script)
    if not table:
        return None
    replacements = {value: value for value in table.values() if value}  # a correct spelling stays as written
    replacements.update(table)
    # longest first: Python's alternation takes the first alternative that matches at the leftmost position
    alternatives = sorted(replacements, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives))), replacements


def find_overrides(text: str, script: str, start: int = 0, end: int | None = None):
    """Yield (start, end, replacement) for every override match in ``text[start:end]``, left to right."""
    matcher = _matcher(script)
    if matcher is None:
        return
    pattern, replacements = matcher
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        yield match.start(), match.end(), replacements[match.group()]
