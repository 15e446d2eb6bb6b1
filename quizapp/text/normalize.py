"""Normalization for matching: one script, half-width, no punctuation or spaces, lower case."""

from __future__ import annotations

import unicodedata

from quizapp.text.convert import to_simplified


def normalize_for_match(text: str) -> str:
    """A key under which two spellings of the same answer compare equal, whatever script or width."""
    text = unicodedata.normalize("NFKC", text)  # full-width → half-width, compatibility forms
    text = to_simplified(text)
    return "".join(
        ch.lower() for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "C", "S"))
    )
