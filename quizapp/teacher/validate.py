"""Validation of a question as the teacher edits it, per type, with one message per faulty field.

The editor's draft is a bank-file question dict with two editing conveniences: a choice question's
``answer`` may be the list of options marked correct (exactly one is required), and an ordering question
carries ``dates`` (one date expression per item) from which its answer order is computed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from quizapp.bankformat import CHOICE_TYPES
from quizapp.errors import QuizappError
from quizapp.text import normalize_for_match

MAX_STEM = 600


@dataclass(frozen=True)
class Problem:
    field: str  # "stem", "choices", "choices[2]", "answer", "dates[1]", "source", ...
    message: str


def _duplicates(items: list[str], field: str) -> list[Problem]:
    """Empty items, and items equal to an earlier one once script, width, case and punctuation are ignored."""
    problems, seen = [], {}
    for index, item in enumerate(items):
        key = normalize_for_match(item or "")
        if not key:
            problems.append(Problem(f"{field}[{index}]", f"item {index + 1} is empty"))
        elif key in seen:
            problems.append(Problem(f"{field}[{index}]",
                                    f"item {index + 1} repeats item {seen[key] + 1} (in either script)"))
        else:
            seen[key] = index
    return problems


def _marked(answer: Any) -> list[int]:
    if isinstance(answer, bool):
        return []
    if isinstance(answer, int):
        return [answer]
    if isinstance(answer, list):
        return [i for i in answer if isinstance(i, int) and not isinstance(i, bool)]
    return []


def _check_choice(draft: dict) -> list[Problem]:
    choices = list(draft.get("choices") or [])
    problems = []
    if len(choices) < 2:
        problems.append(Problem("choices", "a choice question needs at least 2 options"))
    problems += _duplicates(choices, "choices")
    marked = [i for i in _marked(draft.get("answer")) if 0 <= i < len(choices)]
    if len(marked) != 1:
        problems.append(Problem("answer", f"exactly one option must be marked correct ({len(marked)} marked)"))
    return problems


def ordering_dates(draft: dict) -> tuple[list[Any], list[Problem]]:
    """Each item's parsed date (None when unreadable) and the problems with them."""
    from quizapp.timeline.dates import parse_date

    items = list(draft.get("choices") or [])
    dates = list(draft.get("dates") or [])
    parsed, problems, seen = [], [], {}
    for index in range(len(items)):
        text = dates[index].strip() if index < len(dates) and dates[index] else ""
        if not text:
            problems.append(Problem(f"dates[{index}]", f"item {index + 1} needs a date"))
            parsed.append(None)
            continue
        try:
            start = parse_date(text).start
        except QuizappError:
            problems.append(Problem(f"dates[{index}]", f"item {index + 1}: {text!r} is not a date"))
            parsed.append(None)
            continue
        if start in seen:
            problems.append(Problem(f"dates[{index}]", f"item {index + 1} has the same date as item {seen[start] + 1}"))
        seen.setdefault(start, index)
        parsed.append(start)
    return parsed, problems


def _check_ordering(draft: dict) -> list[Problem]:
    items = list(draft.get("choices") or [])
    problems = []
    if len(items) < 3:
        problems.append(Problem("choices", "an ordering question needs at least 3 items"))
    problems += _duplicates(items, "choices")
    if "dates" in draft:
        problems += ordering_dates(draft)[1]
    return problems


def _check_matching(draft: dict) -> list[Problem]:
    left, right = list(draft.get("left") or []), list(draft.get("choices") or [])
    problems = []
    if len(left) < 2:
        problems.append(Problem("left", "a matching question needs at least 2 pairs"))
    if len(left) != len(right):
        problems.append(Problem("choices", "every left item needs exactly one match"))
    return problems + _duplicates(left, "left") + _duplicates(right, "choices")


def _check_typed(draft: dict) -> list[Problem]:
    forms = [f for f in (draft.get("answer") or []) if isinstance(f, str)]
    problems = []
    if not [f for f in forms if f.strip()]:
        problems.append(Problem("answer", "give at least one accepted answer"))
    return problems + [p for p in _duplicates(forms, "answer") if "repeats" in p.message]


def _check_year(draft: dict) -> list[Problem]:
    year = draft.get("answer")
    if not isinstance(year, int) or isinstance(year, bool):
        return [Problem("answer", "the answer must be a year")]
    if year == 0:
        return [Problem("answer", "there is no year 0 (1 BC is -1)")]
    if not -9999 <= year <= 9999:
        return [Problem("answer", "the year is out of range")]
    return []


def _check_true_false(draft: dict) -> list[Problem]:
    return [] if isinstance(draft.get("answer"), bool) else [Problem("answer", "choose true or false")]


CHECKS = {
    **dict.fromkeys(CHOICE_TYPES, _check_choice),
    "true_false": _check_true_false,
    "ordering": _check_ordering,
    "matching": _check_matching,
    "cloze_typed": _check_typed,
    "year_typed": _check_year,
}


def validate(draft: dict) -> list[Problem]:
    """Every problem of the draft; empty when it can be saved."""
    qtype = draft.get("type")
    if qtype not in CHECKS:
        return [Problem("type", f"unknown question type {qtype!r}")]
    problems = []
    stem = (draft.get("stem") or "").strip()
    if not stem:
        problems.append(Problem("stem", "the question text is empty"))
    elif len(stem) > MAX_STEM:
        problems.append(Problem("stem", f"the question text is longer than {MAX_STEM} characters"))
    source = draft.get("source") or {}
    if not (source.get("quote") or "").strip():
        problems.append(Problem("source", "select the passage that proves the answer"))
    problems += CHECKS[qtype](draft)
    if not problems:
        from quizapp.bankformat import parse_question

        try:
            parse_question(to_question(draft))
        except QuizappError as exc:  # anything the bank format refuses that the checks above missed
            problems.append(Problem("question", exc.message))
    return problems


def to_question(draft: dict) -> dict:
    """The bank-file question of a valid draft (answer index, computed ordering, no editing keys)."""
    question = copy.deepcopy(draft)
    if question.get("type") in CHOICE_TYPES:
        marked = _marked(question.get("answer"))
        question["answer"] = marked[0] if marked else -1
    if question.get("type") == "ordering":
        dates = question.pop("dates", None)
        if dates is not None:
            parsed, _problems = ordering_dates({**question, "dates": dates})
            if None not in parsed:
                question["answer"] = sorted(range(len(parsed)), key=lambda i: parsed[i])
    if question.get("type") == "cloze_typed":
        question["answer"] = [f.strip() for f in question.get("answer") or [] if f.strip()]
    question["stem"] = (question.get("stem") or "").strip()
    return question


def draft_from_question(question: dict) -> dict:
    """The editable draft of a stored question (ordering items get their dates from the explanation)."""
    draft = copy.deepcopy(question)
    if draft.get("type") == "ordering":
        draft["dates"] = [_date_in_explanation(item, draft.get("explanation", "")) for item in draft["choices"]]
    return draft


def _date_in_explanation(item: str, explanation: str) -> str:
    # the generator writes one "date：item（section）" line per item
    for line in explanation.splitlines():
        date, sep, rest = line.partition("：")
        if sep and rest.startswith(item):
            return date
    return ""
