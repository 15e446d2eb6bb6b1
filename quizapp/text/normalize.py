"""Normalization for matching: one script, half-width, no punctuation, symbols or spaces, case-folded."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from quizapp.text import overrides
from quizapp.text.convert import to_simplified

# Dropped categories: punctuation, separators (spaces), symbols, control and format characters (ZWSP, BOM,
# soft hyphen). Unassigned code points (Cn) are kept: they may be ideographs newer than Python's Unicode.
_DROPPED = ("P", "Z", "S", "Cc", "Cf")


class _DeletionTable(dict):
    """``str.translate`` table that decides each character once: None (drop) or missing (keep)."""

    def __missing__(self, char_code: int):
        if unicodedata.category(chr(char_code)).startswith(_DROPPED):
            self[char_code] = None
            return None
        self[char_code] = char_code
        return char_code


_DELETE = _DeletionTable()


@lru_cache(maxsize=1 << 17)
def normalize_for_match(text: str) -> str:
    """A key under which two spellings of the same answer compare equal, whatever script or width.

    蔣介石 ≡ 蒋介石, "１９４５" ≡ "1945", "外蒙古 " ≡ "外蒙古", "蘇赫-巴托爾" ≡ "苏赫巴托尔", "ABC" ≡ "abc".
    Results are cached; the cache is cleared when the phrase overrides change.
    """
    text = unicodedata.normalize("NFKC", text).casefold()  # full-width → half-width, ligatures, case
    return to_simplified(text).translate(_DELETE)


overrides.on_change(normalize_for_match.cache_clear)
