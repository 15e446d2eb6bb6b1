"""A quiz in progress, headless: the questions, the position, every answer given (and drafts not yet submitted)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Protocol

from quizapp.quiz.grading import grade

MODES = ("practice", "exam")


@dataclass(frozen=True)
class Response:
    question_id: str
    given: object
    correct: bool
    seconds: float = 0.0


class Recorder(Protocol):
    """Where responses go the moment they are submitted (the database, or memory in tests)."""

    def record(self, question: dict, response: Response) -> None: ...

    def finish(self, correct: int, total: int) -> None: ...

    def save_time_used(self, seconds: float) -> None: ...


@dataclass
class MemoryRecorder:
    """Keeps responses in a list: for tests and for running without a database."""

    responses: list[Response] = field(default_factory=list)
    finished: tuple[int, int] | None = None
    time_used: float = 0.0

    def record(self, question: dict, response: Response) -> None:
        self.responses.append(response)

    def finish(self, correct: int, total: int) -> None:
        self.finished = (correct, total)

    def save_time_used(self, seconds: float) -> None:
        self.time_used = seconds


def pick_questions(questions: list[dict], *, mode: str, count: int | None = None, seed: int | None = None,
                   types: set[str] | None = None, sections: set[str] | None = None,
                   difficulties: set[int] | None = None, shuffle: bool = True) -> list[dict]:
    """The questions of one quiz, filtered by type, section id and difficulty (None: any).

    Flagged questions never appear in an exam. With ``shuffle`` the quiz is drawn and asked in random
    order; without it, the first ``count`` in bank order are asked in that order.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    pool = [
        q for q in questions
        if not (mode == "exam" and q.get("status") == "flagged")
        and (types is None or q["type"] in types)
        and (sections is None or q.get("source", {}).get("section_id") in sections)
        and (difficulties is None or q.get("difficulty") in difficulties)
    ]
    if shuffle:
        return random.Random(seed).sample(pool, len(pool) if count is None else min(count, len(pool)))
    return pool if count is None else pool[:count]


class QuizSession:
    """The state of one quiz; views render from it, so re-rendering (new script, new language) loses nothing."""

    def __init__(
        self,
        questions: list[dict],
        *,
        mode: str = "practice",
        time_limit: float | None = None,
        recorder: Recorder | None = None,
        responses: list[Response] = (),
        time_used: float = 0.0,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if mode == "exam":
            questions = [q for q in questions if q.get("status") != "flagged"]
        self.questions = list(questions)
        self.mode = mode
        self.time_limit = time_limit if time_limit and time_limit > 0 else None
        self.recorder = recorder if recorder is not None else MemoryRecorder()
        self.responses: dict[str, Response] = {r.question_id: r for r in responses}
        self.drafts: dict[str, object] = {}
        self.time_used = time_used  # exam seconds used before this run (a resumed exam goes on counting down)
        self.ended = False
        self.index = next(
            (i for i, q in enumerate(self.questions) if q["id"] not in self.responses), len(self.questions)
        )

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def current(self) -> dict | None:
        if self.ended or self.index >= self.total:
            return None
        return self.questions[self.index]

    @property
    def finished(self) -> bool:
        return self.current is None

    def response(self, question_id: str) -> Response | None:
        return self.responses.get(question_id)

    def set_draft(self, question_id: str, given) -> None:
        self.drafts[question_id] = given

    def draft(self, question_id: str):
        return self.drafts.get(question_id)

    def submit(self, given, seconds: float = 0.0) -> Response:
        """Grade and record the answer to the current question; submitting twice keeps the first answer."""
        question = self.current
        if question is None:
            raise RuntimeError("the quiz is over")
        existing = self.responses.get(question["id"])
        if existing is not None:
            return existing
        response = Response(question["id"], given, grade(question, given), seconds)
        self.responses[question["id"]] = response
        self.drafts.pop(question["id"], None)
        self.recorder.record(question, response)
        return response

    def advance(self) -> bool:
        """Move to the next question; False when there is none (the quiz is then finished)."""
        if self.current is not None and self.current["id"] in self.responses:
            self.index += 1
        if self.index >= self.total:
            self.finish()
        return not self.finished

    def finish(self) -> None:
        """End the quiz (last answer given, or the exam's time ran out): unanswered questions count as wrong."""
        if self.ended:
            return
        for question in self.questions:
            if question["id"] not in self.responses:
                response = Response(question["id"], self.drafts.get(question["id"]), False)
                if response.given is not None:
                    response = Response(question["id"], response.given, grade(question, response.given))
                self.responses[question["id"]] = response
                self.recorder.record(question, response)
        self.ended = True
        self.recorder.finish(*self.score())

    def save_time_used(self, seconds: float) -> None:
        """Remember the exam time used so far (a resumed exam continues the countdown from there)."""
        self.time_used = seconds
        self.recorder.save_time_used(seconds)

    def seconds_spent(self) -> float:
        """Time spent answering: the sum of the seconds on each question."""
        return sum(r.seconds for r in self.responses.values())

    def missed(self) -> list[dict]:
        """The questions answered wrong or not at all (for "Practice my mistakes")."""
        return [q for q in self.questions if not (r := self.responses.get(q["id"])) or not r.correct]

    def score(self) -> tuple[int, int]:
        return sum(r.correct for r in self.responses.values()), self.total
