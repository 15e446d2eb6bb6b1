"""Rows for the results chart: a finished quiz's answers counted per top-level section and per question type.

No Qt here: the rows are plain (key, correct, total) tuples; the caller turns keys into display labels
(section titles through the script conversion, types through quizapp.gui.names.type_name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

Row = tuple[str, int, int]  # label, correct, total


def top_section(question: Mapping) -> str:
    """The top-level section a question's passage is in ("" for the article's lead or no source)."""
    path = (question.get("source") or {}).get("section_path") or []
    return str(path[0]) if path else ""


def question_type(question: Mapping) -> str:
    return str(question.get("type", ""))


def breakdown(questions: Iterable[Mapping], responses: Mapping[str, object], key: Callable[[Mapping], str]) -> list[Row]:
    """(key, correct, total) per key in order of first appearance; a question with no response counts as
    wrong, as the quiz's score does. ``responses`` maps question id to anything with a ``correct`` attribute."""
    counts: dict[str, list[int]] = {}
    for question in questions:
        tally = counts.setdefault(key(question), [0, 0])
        response = responses.get(question.get("id"))
        tally[0] += bool(response is not None and getattr(response, "correct", False))
        tally[1] += 1
    return [(name, correct, total) for name, (correct, total) in counts.items()]


def by_section(questions: Iterable[Mapping], responses: Mapping[str, object]) -> list[Row]:
    return breakdown(questions, responses, top_section)


def by_type(questions: Iterable[Mapping], responses: Mapping[str, object]) -> list[Row]:
    return breakdown(questions, responses, question_type)
