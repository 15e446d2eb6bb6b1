"""Script conversion (OpenCC) and normalization for matching: the floor, imports nothing else of ours."""

from quizapp.text.backend import Backend, backend
from quizapp.text.convert import (
    SCRIPTS,
    convert,
    convert_spans,
    convert_with_offsets,
    to_simplified,
    to_traditional,
)
from quizapp.text.normalize import normalize_for_match
from quizapp.text.offsets import OffsetMap
from quizapp.text.overrides import (
    effective_overrides,
    load_overrides,
    read_overrides,
    set_overrides,
)

__all__ = [
    "SCRIPTS",
    "Backend",
    "OffsetMap",
    "backend",
    "convert",
    "convert_spans",
    "convert_with_offsets",
    "effective_overrides",
    "load_overrides",
    "normalize_for_match",
    "read_overrides",
    "set_overrides",
    "to_simplified",
    "to_traditional",
]
