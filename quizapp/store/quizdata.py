"""Students, quiz sessions, responses, review states and app settings (re-exported by quizapp.store.crud)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from quizapp.errors import StoreError
from quizapp.store.models import AppSetting, Question, QuizSession, Response, ReviewState, Student, utcnow

MODES = ("practice", "exam", "review")


def commit(session: Session) -> None:
    """Commit, or roll back and raise StoreError: the session stays usable after a full disk or a lock."""
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise StoreError(f"the change conflicts with stored data: {exc.orig}") from None
    except BaseException:
        session.rollback()
        raise


def get_or_create_student(session: Session, *, name: str) -> Student:
    """The local student of this name, made on first use."""
    name = name.strip()
    if not name:
        raise StoreError("a student needs a name")
    student = session.exec(select(Student).where(Student.name == name)).scalars().first()
    if student is None:
        student = Student(name=name)
        session.add(student)
        commit(session)
    return student


def start_quiz_session(session: Session, *, student_id: int, bank_id: int, question_ids: Sequence[int],
                       mode: str = "practice", settings: dict[str, Any] | None = None) -> QuizSession:
    """Start a quiz over ``question_ids`` in the order they will be asked."""
    if mode not in MODES:
        raise StoreError(f"unknown quiz mode {mode!r}; known: {', '.join(MODES)}")
    quiz = QuizSession(student_id=student_id, bank_id=bank_id, mode=mode, settings=dict(settings or {}),
                       question_order=[int(i) for i in question_ids])
    session.add(quiz)
    commit(session)
    return quiz


def record_response(session: Session, *, quiz_session_id: int, question_id: int, given: Any, correct: bool,
                    time_ms: int = 0) -> Response:
    """Store one answer and commit at once, so a crash loses at most the answer being given."""
    response = Response(session_id=quiz_session_id, question_id=question_id, given=given,
                        correct=bool(correct), time_ms=int(time_ms))
    session.add(response)
    commit(session)
    return response


def finish_quiz_session(session: Session, *, quiz_session_id: int) -> QuizSession:
    quiz = session.get(QuizSession, quiz_session_id)
    if quiz is None:
        raise StoreError(f"no quiz session with id {quiz_session_id}")
    if quiz.finished is None:
        quiz.finished = utcnow()
        commit(session)
    return quiz


def unfinished_session(session: Session, *, student_id: int, bank_id: int | None = None) -> QuizSession | None:
    """The student's latest quiz that was started and not finished (to offer resuming it)."""
    statement = select(QuizSession).where(QuizSession.student_id == student_id, QuizSession.finished.is_(None))
    if bank_id is not None:
        statement = statement.where(QuizSession.bank_id == bank_id)
    return session.exec(statement.order_by(QuizSession.started.desc(), QuizSession.id.desc())).scalars().first()


def session_responses(session: Session, *, quiz_session_id: int) -> list[Response]:
    statement = select(Response).where(Response.session_id == quiz_session_id).order_by(Response.id)
    return list(session.exec(statement).scalars())


@dataclass(frozen=True)
class SessionSummary:
    quiz: QuizSession
    answered: int
    correct: int
    time_ms: int


def student_history(session: Session, *, student_id: int, bank_id: int | None = None) -> list[SessionSummary]:
    """The student's quiz sessions, newest first, with answered/correct counts and time spent."""
    totals = (
        select(
            Response.session_id,
            func.count(Response.id).label("answered"),
            func.sum(case((Response.correct, 1), else_=0)).label("correct"),
            func.sum(Response.time_ms).label("time_ms"),
        ).group_by(Response.session_id).subquery()
    )
    statement = (
        select(QuizSession, totals.c.answered, totals.c.correct, totals.c.time_ms)
        .outerjoin(totals, totals.c.session_id == QuizSession.id)
        .where(QuizSession.student_id == student_id)
    )
    if bank_id is not None:
        statement = statement.where(QuizSession.bank_id == bank_id)
    rows = session.exec(statement.order_by(QuizSession.started.desc(), QuizSession.id.desc())).all()
    return [SessionSummary(quiz, int(answered or 0), int(correct or 0), int(time_ms or 0))
            for quiz, answered, correct, time_ms in rows]


def get_review_state(session: Session, *, student_id: int, question_id: int) -> ReviewState | None:
    statement = select(ReviewState).where(ReviewState.student_id == student_id,
                                          ReviewState.question_id == question_id)
    return session.exec(statement).scalars().first()


def save_review_state(session: Session, *, student_id: int, question_id: int, card: dict[str, Any],
                      due: datetime) -> ReviewState:
    """Insert or replace the scheduling card (fsrs Card.to_dict()) of one student and question."""
    state = get_review_state(session, student_id=student_id, question_id=question_id)
    if state is None:
        state = ReviewState(student_id=student_id, question_id=question_id, card=card, due=due)
        session.add(state)
    else:
        state.card, state.due = card, due
    commit(session)
    return state


def due_reviews(session: Session, *, student_id: int, bank_id: int, now: datetime | None = None,
                limit: int = 50) -> list[ReviewState]:
    """Review states of this bank due at ``now`` (default: now), most overdue first."""
    statement = (
        select(ReviewState).join(Question, Question.id == ReviewState.question_id)
        .where(ReviewState.student_id == student_id, Question.bank_id == bank_id,
               ReviewState.due <= (now or utcnow()))
        .order_by(ReviewState.due).limit(limit)
    )
    return list(session.exec(statement).scalars())


def get_setting(session: Session, *, key: str, default: Any = None) -> Any:
    setting = session.get(AppSetting, key)
    return default if setting is None else setting.value


def set_setting(session: Session, *, key: str, value: Any) -> None:
    """Store a JSON-able value under ``key`` (e.g. the teacher PIN hash)."""
    setting = session.get(AppSetting, key)
    if setting is None:
        session.add(AppSetting(key=key, value=value))
    else:
        setting.value = value
    commit(session)
