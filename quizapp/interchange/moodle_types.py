"""Moodle question kinds <-> quizapp question types, shared by the GIFT and Moodle XML readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.bankformat import CHOICE_TYPES
from quizapp.errors import BankError
from quizapp.interchange.common import (
    BankBuilder,
    imported_defaults,
    split_feedback,
    split_prompt,
)

# Our type -> the Moodle question type it is written as.
MOODLE_KIND = {
    "date_choice": "multichoice",
    "event_choice": "multichoice",
    "cloze_choice": "multichoice",
    "true_false": "truefalse",
    "cloze_typed": "shortanswer",
    "year_typed": "numerical",
    "matching": "matching",
    "ordering": "ordering",
}
# A Moodle question without quizapp metadata becomes this type.
DEFAULT_TYPE = {
    "multichoice": "event_choice",
    "truefalse": "true_false",
    "shortanswer": "cloze_typed",
    "numerical": "year_typed",
    "matching": "matching",
    "ordering": "ordering",
}
SUPPORTED_KINDS = frozenset(DEFAULT_TYPE)


@dataclass
class Answer:
    text: str
    fraction: float  # percent: 100 is fully right
    feedback: str = ""
    tolerance: float = 0.0


@dataclass
class ParsedQuestion:
    """One question as read from GIFT or Moodle XML, texts already plain."""

    kind: str
    name: str
    text: str
    line: int | None
    general_feedback: str = ""
    answers: list[Answer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    items: list[str] = field(default_factory=list)  # ordering: in the right order
    single: bool = True
    tags: list[str] = field(default_factory=list)
    idnumber: str = ""
    category: list[str] = field(default_factory=list)
    meta: dict[str, Any] | None = None


def _base(parsed: ParsedQuestion, fmt: str, origin: str, builder: BankBuilder) -> dict[str, Any]:
    meta = parsed.meta
    if meta:
        base = {k: v for k, v in meta.items() if k not in ("presented", "explanation")}
        kind_of_meta = MOODLE_KIND.get(str(meta.get("type")))
        if kind_of_meta != parsed.kind:
            builder.warn(f"question {parsed.name!r}: quizapp type {meta.get('type')!r} does not fit Moodle type "
                         f"{parsed.kind!r}; imported as {DEFAULT_TYPE[parsed.kind]}", line=parsed.line)
            base["type"] = DEFAULT_TYPE[parsed.kind]
        return base
    base = imported_defaults(name=parsed.name, text=parsed.text, category=parsed.category, origin=origin, fmt=fmt)
    if parsed.idnumber:
        idnumber = re.sub(r"\s+", "-", parsed.idnumber.strip())
        base["id"] = idnumber if idnumber.startswith("q-") else f"q-{idnumber}"
    base["type"] = DEFAULT_TYPE[parsed.kind]
    if parsed.tags:
        base["tags"] = list(dict.fromkeys(parsed.tags))
    return base


def _explanation(parsed: ParsedQuestion, right_feedback: str = "") -> str:
    if parsed.meta:
        if isinstance(parsed.meta.get("explanation"), str):  # GIFT ordering has no room for feedback
            return parsed.meta["explanation"]
        return split_feedback(parsed.general_feedback, parsed.meta)
    parts = [part for part in (parsed.general_feedback, right_feedback) if part]
    return "\n".join(dict.fromkeys(parts))


def _in_presented_order(meta: dict[str, Any] | None, right_order: list[str]) -> tuple[list[str], list[int]]:
    """Items as quizapp presented them (from metadata) and each right-order item's index among them."""
    presented = (meta or {}).get("presented")
    if isinstance(presented, list) and sorted(presented) == sorted(right_order) \
            and len(set(right_order)) == len(right_order):
        return presented, [presented.index(item) for item in right_order]
    return list(right_order), list(range(len(right_order)))


def add_parsed(parsed: ParsedQuestion, builder: BankBuilder, *, fmt: str, origin: str) -> None:
    """Map one parsed question to a bank question, or record why it cannot be one."""
    def skip(reason: str) -> None:
        if parsed.meta is not None:  # a question quizapp wrote must come back whole: the file was damaged
            raise BankError(f"question {parsed.name!r} ({parsed.kind}): {reason}", file=str(builder.path),
                            line=parsed.line)
        builder.skip(line=parsed.line, name=parsed.name, kind=parsed.kind, reason=reason)

    if parsed.kind not in SUPPORTED_KINDS:
        skip("this question type has no quizapp equivalent")
        return
    ours = parsed.meta is not None
    data = _base(parsed, fmt, origin, builder)
    data["stem"] = split_prompt(parsed.text, parsed.meta)
    right_feedback = ""
    if parsed.kind == "multichoice":
        right = [i for i, a in enumerate(parsed.answers) if a.fraction >= 100]
        partial = [a for a in parsed.answers if 0 < a.fraction < 100]
        if not parsed.single or len(right) != 1:
            skip("multiple-answer multichoice (no single fully right answer) is not supported")
            return
        if partial:
            builder.warn(f"question {parsed.name!r}: partial credit of {len(partial)} answer(s) dropped",
                         line=parsed.line)
        data["choices"] = [a.text for a in parsed.answers]
        data["answer"] = right[0]
        right_feedback = parsed.answers[right[0]].feedback
        if data["type"] not in CHOICE_TYPES:
            data["type"] = "event_choice"
    elif parsed.kind == "truefalse":
        right = [a for a in parsed.answers if a.fraction >= 100]
        if len(right) != 1 or right[0].text.lower() not in ("true", "false"):
            skip("true/false question without exactly one right answer 'true' or 'false'")
            return
        data["answer"] = right[0].text.lower() == "true"
        right_feedback = right[0].feedback
    elif parsed.kind == "shortanswer":
        accepted = [a for a in parsed.answers if a.fraction >= 100]
        if not accepted or any("*" in a.text for a in accepted):
            skip("no fully right answer, or a '*' wildcard as right answer")
            return
        dropped = [a.text for a in parsed.answers if 0 < a.fraction < 100]
        if dropped:
            builder.warn(f"question {parsed.name!r}: partially right answers dropped: {', '.join(dropped)}",
                         line=parsed.line)
        data["answer"] = [a.text for a in accepted]
        right_feedback = accepted[0].feedback
    elif parsed.kind == "numerical":
        right = [a for a in parsed.answers if a.fraction >= 100]
        if len(right) != 1:
            skip("numerical question without exactly one fully right answer")
            return
        value = float(right[0].text)
        if right[0].tolerance != 0 or not value.is_integer():
            skip(f"only an exact whole number fits year_typed (answer {right[0].text}, "
                 f"tolerance {right[0].tolerance:g})")
            return
        data["answer"] = int(value)
        right_feedback = right[0].feedback
    elif parsed.kind == "matching":
        pairs = [(left, right) for left, right in parsed.pairs if left]
        distractors = [right for left, right in parsed.pairs if not left]
        if distractors:
            builder.warn(f"question {parsed.name!r}: extra answers without a question dropped: "
                         f"{', '.join(distractors)}", line=parsed.line)
        rights = [right for _, right in pairs]
        data["left"] = [left for left, _ in pairs]
        data["choices"], data["answer"] = _in_presented_order(parsed.meta, rights)
    elif parsed.kind == "ordering":
        data["choices"], positions = _in_presented_order(parsed.meta, parsed.items)
        data["answer"] = positions
    data["explanation"] = _explanation(parsed, right_feedback)
    if ours:
        builder.add(data, line=parsed.line, ours=True)
        return
    try:
        builder.add(data, line=parsed.line, ours=False)
    except BankError as exc:  # a foreign question our model cannot hold is reported, not fatal
        skip(f"does not fit quizapp's {data['type']} model: {exc.message}")
