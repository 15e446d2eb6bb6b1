"""Stems and option labels cut from source clauses: trimmed, balanced, within a readable length."""

from __future__ import annotations

import re

STEM_LIMIT = 120  # characters; longer stems are cut at a clause boundary or not asked
LABEL_LIMIT = 48  # an event as an option (event_choice, ordering, matching)
BLANK = "＿＿＿"

_PAIRS = {"《": "》", "「": "」", "『": "』", "（": "）", "(": ")", "“": "”", "‘": "’", "〈": "〉", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_LEAD_JUNK = " \t\n，、：；。,.;:）)」』》”"
_TAIL_JUNK = " \t\n，、：；,;:（(「『《“"
_CLAUSE_BREAK = re.compile(r"[，；。！？]")
_YEARISH = re.compile(r"\d{3,4}")


def balanced(text: str) -> bool:
    """True when every bracket and quotation mark in ``text`` opens and closes in order."""
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch in _CLOSERS:
            if not stack or stack[-1] != ch:
                return False
            stack.pop()
    return not stack


def tidy(text: str, keep_stop: bool = False) -> str:
    """Strip dangling punctuation at both ends and collapse whitespace."""
    text = re.sub(r"\s+", "", text)
    text = text.lstrip(_LEAD_JUNK)
    text = text.rstrip(_TAIL_JUNK)
    if not keep_stop:
        text = text.rstrip("。！？!?.")
    return text


def fit(text: str, limit: int) -> str | None:
    """``text`` tidied and, when too long, cut at the last clause break that keeps it whole; None if impossible."""
    text = tidy(text)
    if len(text) <= limit and balanced(text):
        return text or None
    cut_points = [m.start() for m in _CLAUSE_BREAK.finditer(text) if 6 <= m.start() <= limit]
    for point in reversed(cut_points):
        candidate = tidy(text[:point])
        if candidate and balanced(candidate):
            return candidate
    return None


def label(text: str, limit: int = LABEL_LIMIT) -> str | None:
    """An event as an option: its first clauses within ``limit``; no year digits (they would give dates away)."""
    result = fit(text, limit)
    if result is None or _YEARISH.search(result) or len(result) < 4:
        return None
    return result
