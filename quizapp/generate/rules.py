"""Quality rules every question must pass, applied while generating and by `quizapp check`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizapp.generate.prompts import PROMPTS
from quizapp.generate.wording import STEM_LIMIT, balanced
from quizapp.text import normalize_for_match

CHOICE_TYPES = ("date_choice", "event_choice", "cloze_choice")
TYPES = (*CHOICE_TYPES, "true_false", "ordering", "matching", "cloze_typed", "year_typed")
DATE_ASKING = ("date_choice", "year_typed", "event_choice", "ordering", "matching", "true_false")
STATUSES = ("generated", "approved", "edited", "flagged")
OPTION_LIMIT = 60

_MARKUP = re.compile(
    r"\]\(|\[\[|\]\]|\{\{|\}\}|wikilink|\.md\b|\\\[|\\\]|\[\d+\]|<[a-zA-Z/!][^>]*>|\*\*|'''|-\{|\}-"
    r"|缩略图|縮略圖|\bthumb\b|\|"
)
_EMPTY_PAIR = re.compile(r"《\s*》|“\s*”|（\s*）|\(\s*\)|「\s*」|『\s*』|〈\s*〉|‘\s*’|【\s*】")
_NUMBER = re.compile(r"\d+")
_MONTH = re.compile(r"(\d{1,2})月")


@dataclass(frozen=True, slots=True)
class Violation:
    question_id: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.question_id}: [{self.rule}] {self.message}"


def _texts(question: dict[str, Any]) -> list[str]:
    """Every student-facing string of a question."""
    texts = [str(question.get("stem", ""))]
    for key in ("choices", "left"):
        values = question.get(key)
        if isinstance(values, list):
            texts.extend(str(v) for v in values)
    if question.get("type") == "cloze_typed" and isinstance(question.get("answer"), list):
        texts.extend(str(v) for v in question["answer"])
    return texts


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def _year_of(text: str) -> str | None:
    match = re.search(r"(前?)(\d{1,4})年", text)
    return match.group(2) if match else None


def answer_shape(question: dict[str, Any]) -> list[str]:
    """Problems with the ``answer`` for the question's type (empty when well formed)."""
    qtype, answer = question.get("type"), question.get("answer")
    choices = question.get("choices")
    problems: list[str] = []
    if qtype in CHOICE_TYPES:
        if not isinstance(choices, list) or not 2 <= len(choices) <= 6:
            return ["a choice question needs 2–6 choices"]
        if not isinstance(answer, int) or isinstance(answer, bool) or not 0 <= answer < len(choices):
            return ["answer must be the index of one choice"]
        keys = [normalize_for_match(str(c)) for c in choices]
        if len(set(keys)) != len(keys) or "" in keys:
            problems.append("choices are not distinct after script normalization")
    elif qtype == "true_false":
        if not isinstance(answer, bool):
            problems.append("true_false answer must be true or false")
    elif qtype == "ordering":
        if not isinstance(choices, list) or not 4 <= len(choices) <= 5:
            return ["ordering needs 4–5 items"]
        if not isinstance(answer, list) or sorted(answer) != list(range(len(choices))):
            problems.append("ordering answer must be a permutation of item indices")
        if len({normalize_for_match(str(c)) for c in choices}) != len(choices):
            problems.append("ordering items are not distinct")
    elif qtype == "matching":
        left = question.get("left")
        if not isinstance(left, list) or not isinstance(choices, list) or len(left) != 4 or len(choices) != 4:
            return ["matching needs 4 dates and 4 events"]
        if not isinstance(answer, list) or sorted(answer) != list(range(4)):
            problems.append("matching answer must map each date to a distinct event")
        if len({normalize_for_match(str(v)) for v in left}) != 4:
            problems.append("matching dates are not distinct")
        if len({normalize_for_match(str(c)) for c in choices}) != 4:
            problems.append("matching events are not distinct")
    elif qtype == "cloze_typed":
        if not isinstance(answer, list) or not answer or not all(isinstance(a, str) and a for a in answer):
            problems.append("cloze_typed answer must be a non-empty list of accepted forms")
    elif qtype == "year_typed":
        if not isinstance(answer, int) or isinstance(answer, bool):
            problems.append("year_typed answer must be an integer year")
    else:
        problems.append(f"unknown question type {qtype!r}")
    return problems


def correct_text(question: dict[str, Any]) -> str | None:
    """The correct option's text for single-answer and typed types."""
    qtype, answer = question.get("type"), question.get("answer")
    if qtype in CHOICE_TYPES:
        return str(question["choices"][answer])
    if qtype == "cloze_typed":
        return str(answer[0])
    if qtype == "year_typed":
        return str(answer)
    return None


def giveaways(question: dict[str, Any]) -> list[str]:
    """Ways the stem (or options) hand the answer to the student, compared in normalized form."""
    qtype, stem = question.get("type"), str(question.get("stem", ""))
    stem_key = normalize_for_match(stem)
    found: list[str] = []
    if qtype in ("date_choice", "year_typed"):
        text = correct_text(question) or ""
        year = str(question["answer"]) if qtype == "year_typed" else _year_of(text)
        if year and year in _numbers(stem):
            found.append(f"the stem names the answer's year {year}")
        elif year and re.search(r"年", stem) and year in _dates_in(stem):
            found.append(f"the stem names the answer's year {year} (in another calendar)")
        if qtype == "date_choice" and normalize_for_match(text) and normalize_for_match(text) in stem_key:
            found.append("the stem contains the answer")
    elif qtype in ("cloze_choice", "cloze_typed"):
        forms = question["answer"] if qtype == "cloze_typed" else [correct_text(question) or ""]
        for form in forms:
            key = normalize_for_match(str(form))
            if key and key in stem_key:
                found.append(f"the stem contains the answer {form!r}")
                break
            part = shared_part(key, stem_key)
            if part:
                found.append(f"the stem names part of the answer {form!r}: {part!r}")
                break
    elif qtype == "event_choice":
        year = _year_of(stem)
        if year and any(year in _numbers(str(c)) for c in question["choices"]):
            found.append(f"an option names the stem's year {year}")
    elif qtype in ("matching", "ordering"):
        for choice in question.get("choices", []):
            if re.search(r"\d{3,4}", str(choice)):
                found.append(f"an item names a year: {choice!r}")
                break
    return found


def shared_part(answer_key: str, stem_key: str, size: int | None = None) -> str | None:
    """A piece of a 4+ character answer that the stem spells out: all but one character by default
    (中俄聲明 for 中俄聲明文件); the generator asks for less with a person (松冈 for 松冈洋右)."""
    if len(answer_key) < 4:
        return None
    size = size or len(answer_key) - 1
    for start in range(len(answer_key) - size + 1):
        piece = answer_key[start:start + size]
        if piece in stem_key:
            return piece
    return None


def evidence(question: dict[str, Any]) -> list[str]:
    """What the quote must contain to prove the answer, as a list of strings (normalized compare)."""
    qtype = question.get("type")
    if qtype == "date_choice":
        text = correct_text(question) or ""
        needed = [_year_of(text) or text]
        needed += [f"{m}月" for m in _MONTH.findall(text)]
        return needed
    if qtype == "year_typed":
        return [str(question["answer"])]
    if qtype in ("cloze_choice", "cloze_typed"):
        return [correct_text(question) or ""]
    if qtype == "event_choice":
        year = _year_of(str(question.get("stem", "")))
        return [year] if year else []
    if qtype == "matching":
        return [y for y in (_year_of(str(v)) for v in question.get("left", [])) if y]
    return []


def question_violations(question: dict[str, Any], sections: dict[str, Any] | None = None,
                        conflicted: set[str] | None = None) -> list[Violation]:
    """Every rule one question breaks; ``sections`` (id → Section) enables the quote rules,
    ``conflicted`` (event ids the source dates in two ways) the conflict rule."""
    qid = str(question.get("id", "?"))
    out: list[Violation] = []

    def add(rule: str, message: str) -> None:
        out.append(Violation(qid, rule, message))

    qtype = question.get("type")
    if qtype not in TYPES:
        add("type", f"unknown question type {qtype!r}")
        return out
    if question.get("prompt") not in PROMPTS:
        add("prompt", f"prompt key {question.get('prompt')!r} has no rendering in prompts.PROMPTS")
    for problem in answer_shape(question):
        add("answer", problem)
    if out and any(v.rule == "answer" for v in out):
        return out  # the remaining rules read the answer
    texts = _texts(question)
    for text in [*texts, str(question.get("explanation", ""))]:
        match = _MARKUP.search(text)
        if match:
            add("markup", f"markup residue {match.group(0)!r} in {text[:40]!r}")
            break
    for text in texts:
        match = _EMPTY_PAIR.search(text)
        if match or not balanced(text):
            add("broken", f"broken sentence (empty or unbalanced brackets) in {text[:40]!r}")
            break
    stem = str(question.get("stem", ""))
    if not stem.strip():
        add("length", "empty stem")
    if len(stem) > STEM_LIMIT:
        add("length", f"stem is {len(stem)} characters (limit {STEM_LIMIT})")
    for option in [*(question.get("choices") or []), *(question.get("left") or [])]:
        if len(str(option)) > OPTION_LIMIT:
            add("length", f"option is {len(str(option))} characters (limit {OPTION_LIMIT})")
            break
    for problem in giveaways(question):
        add("giveaway", problem)
    status = question.get("status")
    if status not in STATUSES:
        add("status", f"status {status!r} is not one of {', '.join(STATUSES)}")
    if status == "flagged" and not str(question.get("flag_reason", "")).strip():
        add("status", "a flagged question needs a flag_reason")
    difficulty = question.get("difficulty")
    if not isinstance(difficulty, int) or not 1 <= difficulty <= 3:
        add("difficulty", f"difficulty {difficulty!r} is not 1–3")
    if conflicted is not None and qtype in DATE_ASKING and status != "flagged":
        hit = [e for e in question.get("events", []) if e in conflicted]
        if hit:
            add("conflict", f"asks the date of {', '.join(hit)}, which the source dates in conflicting ways")
    if sections is not None:
        out.extend(_quote_violations(qid, question, sections))
    return out


def _quote_violations(qid: str, question: dict[str, Any], sections: dict[str, Any]) -> list[Violation]:
    out: list[Violation] = []
    source = question.get("source") or {}
    section = sections.get(source.get("section_id"))
    if section is None:
        return [Violation(qid, "quote", f"section {source.get('section_id')!r} is not in the source")]
    span, quote = source.get("span") or [0, 0], str(source.get("quote", ""))
    if not quote or section.text[span[0]:span[1]] != quote:
        return [Violation(qid, "quote", f"quote is not the source text at {span} in {section.id}")]
    quote_key = normalize_for_match(quote)
    dated = None
    for needed in evidence(question):
        if normalize_for_match(needed) in quote_key:
            continue
        if dated is None:
            dated = _dates_in(quote)
        if needed not in dated:
            out.append(Violation(qid, "quote", f"quote lacks the evidence {needed!r}"))
    if question.get("type") == "cloze_choice":
        for index, choice in enumerate(question["choices"]):
            if index != question["answer"] and normalize_for_match(str(choice)) in quote_key:
                out.append(Violation(qid, "ambiguous", f"distractor {choice!r} appears in the quoted sentence"))
    return out


def _dates_in(quote: str) -> set[str]:
    """Years and months the quote states in any form the date parser reads (民國35年1月5日 → 1946, 1月)."""
    from quizapp.timeline.dates import find_dates

    found: set[str] = set()
    for expr in find_dates(quote):
        for point in (expr.start, expr.end):
            if point is None:
                continue
            found.add(str(abs(point.year)))
            if getattr(point, "month", None):
                found.add(f"{point.month}月")
    return found


def duplicate_key(question: dict[str, Any]) -> tuple[str, ...]:
    """Two questions with the same key are duplicates: normalized type + stem (+ items for ordering/matching,
    whose stem only names the section)."""
    key = (str(question.get("type")), normalize_for_match(str(question.get("stem", ""))))
    if question.get("type") in ("ordering", "matching"):
        items = sorted(normalize_for_match(str(c)) for c in question.get("choices", []))
        key += tuple(items)
    return key


def bank_violations(questions: Iterable[dict[str, Any]], sections: dict[str, Any] | None = None,
                    conflicted: set[str] | None = None) -> list[Violation]:
    """Every rule every question breaks, plus duplicates and repeated ids across the bank."""
    out: list[Violation] = []
    seen: dict[tuple[str, ...], str] = {}
    ids: set[str] = set()
    for question in questions:
        qid = str(question.get("id", "?"))
        if qid in ids:
            out.append(Violation(qid, "duplicate", "id used twice"))
        ids.add(qid)
        out.extend(question_violations(question, sections, conflicted))
        if question.get("type") not in TYPES:
            continue
        key = duplicate_key(question)
        if key in seen:
            out.append(Violation(qid, "duplicate", f"same type and stem as {seen[key]}"))
        else:
            seen[key] = qid
    return out
