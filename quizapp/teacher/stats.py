"""Class statistics from every student's responses on this computer: per question and per student by section.

Queries are plain SQLAlchemy (no dialect SQL), so they run on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, String, case, cast, func, select
from sqlmodel import Session

from quizapp.store import crud
from quizapp.store.models import Question, QuizSession, Response, Student

STAT_SORTS = ("times_asked", "pct_correct")
BROKEN_MIN_ANSWERS = 5
BROKEN_MAX_SHARE = 0.25  # fewer right than this, over at least BROKEN_MIN_ANSWERS answers: "may be broken"


def _response_totals():
    return (
        select(Response.question_id.label("question_id"),
               func.count(Response.id).label("asked"),
               func.sum(case((Response.correct, 1), else_=0)).label("correct"))
        .group_by(Response.question_id).subquery()
    )


def answer_counts(session: Session, question_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """Question.id → (times answered, times right), for the given questions (missing = never asked)."""
    totals = _response_totals()
    out: dict[int, tuple[int, int]] = {}
    ids = list(question_ids)
    for start in range(0, len(ids), 500):
        rows = session.exec(select(totals.c.question_id, totals.c.asked, totals.c.correct)
                            .where(totals.c.question_id.in_(ids[start:start + 500]))).all()
        out.update({qid: (int(asked), int(correct or 0)) for qid, asked, correct in rows})
    return out


def list_questions_with_stats(session: Session, bank_id: int, *, offset: int = 0, limit: int = 200,
                              sort_by: str = "position", descending: bool = False,
                              filters: crud.QuestionFilters | None = None,
                              search: str | None = None) -> list[tuple[Question, int, int]]:
    """One page of (question, times asked, times right), sorted in SQL by any table column or a statistic.

    Column sorts read the page through crud.list_questions (index order) and then count the page's
    responses; statistic sorts join the response totals and order by them (ties by position).
    """
    if sort_by not in STAT_SORTS:
        rows = crud.list_questions(session, bank_id, offset=offset, limit=limit, sort_by=sort_by,
                                   descending=descending, filters=filters, search=search)
        counts = answer_counts(session, [row.id for row in rows])
        return [(row, *counts.get(row.id, (0, 0))) for row in rows]
    totals = _response_totals()
    asked = func.coalesce(totals.c.asked, 0)
    correct = func.coalesce(totals.c.correct, 0)
    # never-asked questions sort below every asked one (share -1)
    share = case((asked > 0, cast(correct, Float) / asked), else_=-1.0)
    key = asked if sort_by == "times_asked" else share
    statement = select(Question, asked, correct).outerjoin(totals, totals.c.question_id == Question.id)
    statement = crud._filtered(session, statement, bank_id, filters, search)  # the table's own filters
    order = [key.desc(), Question.position.desc()] if descending else [key.asc(), Question.position.asc()]
    rows = session.exec(statement.order_by(*order).offset(offset).limit(limit)).all()
    return [(row, int(n), int(c)) for row, n, c in rows]


@dataclass(frozen=True)
class QuestionStat:
    question_id: int
    qid: str
    type: str
    stem: str
    asked: int
    correct: int
    most_chosen_wrong: str  # the wrong answer given most often, as shown to students ("" when none)
    most_chosen_wrong_count: int

    @property
    def share_correct(self) -> float | None:
        return self.correct / self.asked if self.asked else None

    @property
    def may_be_broken(self) -> bool:
        """Almost everyone gets it wrong: the key, the stem or the source may be wrong."""
        return self.asked >= BROKEN_MIN_ANSWERS and self.correct < BROKEN_MAX_SHARE * self.asked


def given_label(question: Question, given: Any) -> str:
    """A response's answer as the student saw it: the option text for choice types."""
    options = (question.data or {}).get("choices") or []
    if isinstance(given, bool):
        return "對 / True" if given else "錯 / False"
    if isinstance(given, int) and 0 <= given < len(options):
        return options[given]
    if isinstance(given, list) and question.type == "ordering":
        return " → ".join(options[i] for i in given if isinstance(i, int) and 0 <= i < len(options))
    if isinstance(given, list) and question.type == "matching":
        left = (question.data or {}).get("left") or []
        return "; ".join(f"{left[n]}={options[i]}" for n, i in enumerate(given)
                         if n < len(left) and isinstance(i, int) and 0 <= i < len(options))
    return "" if given is None else str(given)


def question_stats(session: Session, bank_id: int) -> list[QuestionStat]:
    """Every asked question of the bank with its answer counts and most chosen wrong answer, worst first."""
    totals = _response_totals()
    rows = session.exec(select(Question, totals.c.asked, totals.c.correct)
                        .join(totals, totals.c.question_id == Question.id)
                        .where(Question.bank_id == bank_id)).all()
    by_id = {row.id: row for row, _a, _c in rows}
    given_text = cast(Response.given, String)
    wrong = session.exec(
        select(Response.question_id, given_text, func.count(Response.id))
        .join(Question, Question.id == Response.question_id)
        .where(Question.bank_id == bank_id, Response.correct.is_(False))
        .group_by(Response.question_id, given_text)
    ).all()
    top: dict[int, tuple[str, int]] = {}
    for question_id, text, count in wrong:
        if count > top.get(question_id, ("", 0))[1]:
            top[question_id] = (text, int(count))
    stats = []
    for row, asked, correct in rows:
        raw, count = top.get(row.id, ("", 0))
        label = given_label(by_id[row.id], _decode(raw)) if count else ""
        stats.append(QuestionStat(row.id, row.qid, row.type, row.stem, int(asked), int(correct or 0), label, count))
    stats.sort(key=lambda s: (s.correct / s.asked, -s.asked, s.qid))
    return stats


def _decode(raw: str | None) -> Any:
    import json

    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


@dataclass(frozen=True)
class SectionMastery:
    section_id: str
    title: str
    answered: int
    correct: int

    @property
    def share(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def section_titles(session: Session, bank_id: int) -> dict[str, str]:
    """section_id → the section's path as shown ("A › B"), from one question of each section ("" for the lead)."""
    firsts = session.exec(select(func.min(Question.id)).where(Question.bank_id == bank_id)
                          .group_by(Question.section_id)).scalars().all()
    titles = {}
    for start in range(0, len(firsts), 500):
        for row in session.exec(select(Question).where(Question.id.in_(firsts[start:start + 500]))).scalars():
            path = (row.source or {}).get("section_path") or []
            titles[row.section_id] = " › ".join(path)
    return titles


def student_mastery(session: Session, bank_id: int) -> dict[str, list[SectionMastery]]:
    """Student name → answers and right answers per section of the bank, sections in article order."""
    rows = session.exec(
        select(Student.name, Question.section_id, func.count(Response.id),
               func.sum(case((Response.correct, 1), else_=0)))
        .join(QuizSession, QuizSession.student_id == Student.id)
        .join(Response, Response.session_id == QuizSession.id)
        .join(Question, Question.id == Response.question_id)
        .where(Question.bank_id == bank_id)
        .group_by(Student.name, Question.section_id)
    ).all()
    titles = section_titles(session, bank_id)
    out: dict[str, list[SectionMastery]] = {}
    for name, section_id, answered, correct in rows:
        out.setdefault(name, []).append(
            SectionMastery(section_id, titles.get(section_id, section_id), int(answered), int(correct or 0)))
    for sections in out.values():
        sections.sort(key=lambda m: _section_order(m.section_id))
    return dict(sorted(out.items()))


def _section_order(section_id: str) -> tuple[int, str]:
    digits = section_id.lstrip("s")
    return (int(digits), section_id) if digits.isdigit() else (1 << 30, section_id)
