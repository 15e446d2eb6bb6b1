"""Grade a given answer against a bank question: script-, width- and form-insensitive for typed answers."""

from __future__ import annotations

import re
import unicodedata

from quizapp.text import normalize_for_match

CHOICE_TYPES = ("date_choice", "event_choice", "cloze_choice")
TYPED_TYPES = ("cloze_typed", "year_typed")
_YEAR = re.compile(r"^(?:公元|西元|AD)?(前|公元前|西元前|BC)?(\d{1,4})(?:年)?$", re.IGNORECASE)


def parse_year(text: str) -> int | None:
    """The year a student typed: "1945", "１９４５", "1945年", "公元前221年" (→ -221); None if not a year."""
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    match = _YEAR.match(compact)
    if not match:
        return None
    year = int(match.group(2))
    return -year if match.group(1) else year


def grade(question: dict, given) -> bool:
    """True when ``given`` answers ``question`` correctly; shapes follow the bank file contract.

    choice types and true_false: the chosen index / bool; ordering and matching: a list of indices;
    cloze_typed and year_typed: the text typed. An unanswered question (None) is wrong.
    """
    kind = question["type"]
    answer = question["answer"]
    if given is None:
        return False
    if kind in CHOICE_TYPES:
        return isinstance(given, int) and not isinstance(given, bool) and given == answer
    if kind == "true_false":
        return isinstance(given, bool) and given == answer
    if kind in ("ordering", "matching"):
        return [int(i) for i in given] == [int(i) for i in answer]
    if kind == "cloze_typed":
        typed = normalize_for_match(str(given))
        return bool(typed) and typed in {normalize_for_match(form) for form in answer}
    if kind == "year_typed":
        return parse_year(str(given)) == int(answer)
    raise ValueError(f"cannot grade question type {kind!r}")


def correct_answer_text(question: dict) -> str:
    """The correct answer as content text (in the source's script; the caller converts it)."""
    kind, answer = question["type"], question["answer"]
    if kind in CHOICE_TYPES:
        return question["choices"][answer]
    if kind == "ordering":
        return " → ".join(question["choices"][i] for i in answer)
    if kind == "matching":
        return "；".join(f"{left} — {question['choices'][j]}" for left, j in zip(question["left"], answer, strict=False))
    if kind == "cloze_typed":
        return answer[0]
    if kind == "year_typed":
        return f"{answer}年"
    if kind == "true_false":
        return "✓" if answer else "✗"
    raise ValueError(f"unknown question type {kind!r}")
