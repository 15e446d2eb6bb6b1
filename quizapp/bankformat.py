"""The bank file (format "quizapp-bank", version 1) as pydantic models; every file read is validated here."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from quizapp.errors import BankError

FORMAT_NAME = "quizapp-bank"
FORMAT_VERSION = 1
CHOICE_TYPES = ("date_choice", "event_choice", "cloze_choice")
QUESTION_TYPES = (*CHOICE_TYPES, "true_false", "ordering", "matching", "cloze_typed", "year_typed")
STATUSES = ("generated", "approved", "edited", "flagged")
# Keys of a question that live in Question.data in the store (everything type-specific).
DATA_KEYS = ("left", "choices", "answer")
# Canonical key order of a question when written; keys a type does not have are left out.
QUESTION_KEY_ORDER = (
    "id", "type", "prompt", "stem", "left", "choices", "answer", "explanation", "source", "events",
    "difficulty", "tags", "status", "flag_reason", "gloss_en",
)
# Written only when they differ from the default, so files without them round-trip byte for byte.
OMIT_WHEN_EMPTY = ("flag_reason", "gloss_en")

NonEmptyStr = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    # Unknown keys are refused, not dropped: a typo ("anwser") must not silently lose data.
    model_config = ConfigDict(extra="forbid", strict=True)


class SourceRef(_Strict):
    """Where in the article the answer is proven: section, offsets into its clean text, the quote."""

    section_id: NonEmptyStr
    section_path: list[str]
    span: tuple[StrictInt, StrictInt]
    quote: NonEmptyStr

    @field_validator("span", mode="before")
    @classmethod
    def _span_from_list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    @model_validator(mode="after")
    def _span_ordered(self) -> SourceRef:
        start, end = self.span
        if not 0 <= start <= end:
            raise ValueError(f"span: must be [start, end] with 0 <= start <= end, got {list(self.span)}")
        return self


class QuestionBase(_Strict):
    """Fields every question type has."""

    id: Annotated[str, Field(pattern=r"^q-\S+$")]
    prompt: NonEmptyStr
    # bounded so the (bank, stem) sort index stays under PostgreSQL's btree entry limit (~2.7 kB)
    stem: Annotated[str, Field(min_length=1, max_length=600)]
    explanation: str = ""
    source: SourceRef
    events: list[str] = Field(default_factory=list)
    difficulty: Annotated[StrictInt, Field(ge=1, le=3)] = 2
    tags: list[str] = Field(default_factory=list)
    status: Literal["generated", "approved", "edited", "flagged"] = "generated"
    flag_reason: str = ""
    gloss_en: str = ""

    @model_validator(mode="after")
    def _flag_reason_when_flagged(self) -> QuestionBase:
        if self.status == "flagged" and not self.flag_reason.strip():
            raise ValueError("flag_reason: a flagged question needs a non-empty flag_reason")
        return self

    def to_file_dict(self) -> dict[str, Any]:
        """The question as written in a bank file: canonical key order, empty optional keys left out."""
        raw = self.model_dump(mode="json")
        raw["source"]["span"] = list(self.source.span)
        out = {}
        for key in QUESTION_KEY_ORDER:
            if key not in raw or (key in OMIT_WHEN_EMPTY and not raw[key]):
                continue
            out[key] = raw[key]
        return out


def _check_unique_choices(choices: list[str], field: str = "choices") -> None:
    from quizapp.text import normalize_for_match

    seen: dict[str, int] = {}
    for index, choice in enumerate(choices):
        key = normalize_for_match(choice)
        if not key:
            raise ValueError(f"{field}: item {index} is empty once punctuation and spaces are ignored ({choice!r})")
        if key in seen:
            raise ValueError(
                f"{field}: item {index} {choice!r} duplicates item {seen[key]} {choices[seen[key]]!r} "
                "once script and punctuation are ignored"
            )
        seen[key] = index


def _check_permutation(answer: list[int], size: int) -> None:
    if sorted(answer) != list(range(size)):
        raise ValueError(f"answer: must be a permutation of 0..{size - 1}, got {answer}")


class ChoiceQuestion(QuestionBase):
    """date_choice, event_choice, cloze_choice: one right index into choices."""

    type: Literal["date_choice", "event_choice", "cloze_choice"]
    choices: Annotated[list[str], Field(min_length=2)]
    answer: StrictInt

    @model_validator(mode="after")
    def _answer_in_choices(self) -> ChoiceQuestion:
        _check_unique_choices(self.choices)
        if not 0 <= self.answer < len(self.choices):
            raise ValueError(f"answer: {self.answer} is not an index into {len(self.choices)} choices")
        return self


class TrueFalseQuestion(QuestionBase):
    """The stem is a statement; answer tells whether it is true."""

    type: Literal["true_false"]
    answer: StrictBool


class OrderingQuestion(QuestionBase):
    """Items as presented; answer lists their indices in chronological order."""

    type: Literal["ordering"]
    choices: Annotated[list[str], Field(min_length=3)]
    answer: list[StrictInt]

    @model_validator(mode="after")
    def _answer_is_order(self) -> OrderingQuestion:
        _check_unique_choices(self.choices)
        _check_permutation(self.answer, len(self.choices))
        return self


class MatchingQuestion(QuestionBase):
    """answer[i] is the index in choices matched to left[i]."""

    type: Literal["matching"]
    left: Annotated[list[str], Field(min_length=2)]
    choices: Annotated[list[str], Field(min_length=2)]
    answer: list[StrictInt]

    @model_validator(mode="after")
    def _answer_is_matching(self) -> MatchingQuestion:
        if len(self.left) != len(self.choices):
            raise ValueError(f"left: has {len(self.left)} items but choices has {len(self.choices)}")
        _check_unique_choices(self.left, "left")
        _check_unique_choices(self.choices)
        _check_permutation(self.answer, len(self.choices))
        return self


class ClozeTypedQuestion(QuestionBase):
    """The student types the gap; answer lists accepted forms, the first is canonical."""

    type: Literal["cloze_typed"]
    answer: Annotated[list[NonEmptyStr], Field(min_length=1)]


class YearTypedQuestion(QuestionBase):
    """The student types a year; negative years are BC, there is no year 0."""

    type: Literal["year_typed"]
    answer: Annotated[StrictInt, Field(ge=-9999, le=9999)]

    @field_validator("answer")
    @classmethod
    def _no_year_zero(cls, value: int) -> int:
        if value == 0:
            raise ValueError("there is no year 0 (1 BC is -1)")
        return value


BankQuestion = Annotated[
    ChoiceQuestion | TrueFalseQuestion | OrderingQuestion | MatchingQuestion | ClozeTypedQuestion
    | YearTypedQuestion,
    Field(discriminator="type"),
]
QUESTION_ADAPTER: TypeAdapter[BankQuestion] = TypeAdapter(BankQuestion)


class BankSource(_Strict):
    title: str
    file: str
    sha256: str


class BankInfo(_Strict):
    name: NonEmptyStr
    source: BankSource | None = None


class BankFile(_Strict):
    """A whole bank file. Build one with parse_bank(), which names the failing question on error."""

    format: Literal["quizapp-bank"]
    version: Literal[1]
    bank: BankInfo
    questions: list[BankQuestion]

    def to_file_dict(self) -> dict[str, Any]:
        bank: dict[str, Any] = {"name": self.bank.name}
        if self.bank.source is not None:
            bank["source"] = self.bank.source.model_dump()
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "bank": bank,
            "questions": [q.to_file_dict() for q in self.questions],
        }


def _describe(error: ValidationError, skip_tag: bool = True) -> str:
    first = error.errors()[0]
    loc = [str(part) for part in first["loc"]]
    if skip_tag and loc and loc[0] in QUESTION_TYPES:
        loc = loc[1:]  # the discriminated union puts the type name first
    message = first["msg"].removeprefix("Value error, ")
    named = re.match(r"^([a-z_]+): (.*)$", message, re.S)
    if named and first["type"] == "value_error":
        # a check over several fields names the one it blames as "field: why"
        loc, message = [*loc, named.group(1)], named.group(2)
    if first["type"] == "extra_forbidden":
        message = "unknown key (the bank format refuses keys it does not define)"
    elif first["type"] in ("union_tag_invalid", "union_tag_not_found"):
        loc = ["type"]
        message = f"missing or unknown question type; known types: {', '.join(QUESTION_TYPES)}"
    field = ".".join(loc) or "(question)"
    return f"field {field!r}: {message}"


def _line_of_question(raw_text: str | None, qid: Any) -> int | None:
    if not raw_text or not isinstance(qid, str):
        return None
    match = re.search(r'"id"\s*:\s*' + re.escape(json.dumps(qid, ensure_ascii=False)), raw_text)
    if match is None:
        match = re.search(r'"id"\s*:\s*' + re.escape(json.dumps(qid)), raw_text)
    return raw_text.count("\n", 0, match.start()) + 1 if match else None


def parse_question(data: Any, *, index: int | None = None, file: str | None = None,
                   raw_text: str | None = None) -> BankQuestion:
    """Validate one question dict; a BankError names the question id/index, the field and the file."""
    qid = data.get("id") if isinstance(data, dict) else None
    where = f"question {index}" if index is not None else "question"
    if qid is not None:
        where += f" ({qid})"
    if not isinstance(data, dict):
        raise BankError(f"{where}: must be a JSON object, got {type(data).__name__}", file=file)
    try:
        return QUESTION_ADAPTER.validate_python(data)
    except ValidationError as exc:
        raise BankError(f"{where}: {_describe(exc)}", file=file, line=_line_of_question(raw_text, qid)) from None


@dataclass
class RawBank:
    """A decoded bank file not yet validated, with where it came from (for error locations)."""

    data: Any
    file: str | None = None
    text: str | None = None  # the file's text, to find a bad question's line


def _envelope(data: Any, file: str | None) -> _Envelope:
    if not isinstance(data, dict):
        raise BankError("a bank file must be a JSON object", file=file, line=1)
    if data.get("format") != FORMAT_NAME:
        raise BankError(f"not a quizapp bank file: 'format' must be {FORMAT_NAME!r}", file=file)
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise BankError(f"bank file version {version} is newer than this quizapp reads ({FORMAT_VERSION})",
                        file=file)
    extra = sorted(set(data) - {"format", "version", "bank", "questions"})
    if extra:
        raise BankError(f"unknown top-level key(s): {', '.join(extra)}", file=file)
    try:
        envelope = _Envelope.model_validate({k: data.get(k) for k in ("format", "version", "bank")})
    except ValidationError as exc:
        raise BankError(_describe(exc, skip_tag=False), file=file) from None
    if not isinstance(data.get("questions"), Sequence) or isinstance(data.get("questions"), str):
        raise BankError("'questions' must be a list", file=file)
    return envelope


def iter_questions(data: Any, *, file: str | None = None, raw_text: str | None = None) -> Iterator[BankQuestion]:
    """Validate the questions one by one as they are consumed (the envelope must be checked first)."""
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["questions"]):
        question = parse_question(raw, index=index, file=file, raw_text=raw_text)
        if question.id in seen:
            raise BankError(f"question {index} ({question.id}): field 'id': duplicates question {seen[question.id]}",
                            file=file, line=_line_of_question(raw_text, question.id))
        seen[question.id] = index
        yield question


def check_bank(raw: RawBank) -> BankInfo:
    """Validate a whole bank file keeping nothing but its bank info: a 100,000-question file stays cheap."""
    envelope = _envelope(raw.data, raw.file)
    for _ in iter_questions(raw.data, file=raw.file, raw_text=raw.text):
        pass
    return envelope.bank


def parse_bank(data: Any, *, file: str | None = None, raw_text: str | None = None) -> BankFile:
    """Validate a decoded bank file into models; refuses the whole file at the first bad question."""
    envelope = _envelope(data, file)
    questions = list(iter_questions(data, file=file, raw_text=raw_text))
    return BankFile.model_construct(format=envelope.format, version=envelope.version, bank=envelope.bank,
                                    questions=questions)


class _Envelope(_Strict):
    format: Literal["quizapp-bank"]
    version: Literal[1]
    bank: BankInfo
