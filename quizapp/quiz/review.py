"""Spaced review of missed questions with FSRS: one scheduling card per student and question, due dates in the store.

A question enters review when the student misses it (rated Again). Every later answer to a question that has a
card reviews that card: Again when wrong, Good when right. A question answered right while it has no card is
not scheduled: reviews are for what the student got wrong, and a bank of hundreds of questions answered right
once would otherwise flood the review queue.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler
from sqlalchemy import func, select
from sqlmodel import Session

from quizapp.errors import StoreError
from quizapp.store.models import Question, ReviewState
from quizapp.store.quizdata import get_review_state, save_review_state

DEFAULT_SCHEDULER = Scheduler()  # FSRS-6 defaults: 90 % retention, 1 min / 10 min learning steps, fuzzed intervals


def _utc(moment: datetime | None) -> datetime:
    """``moment`` as an aware UTC datetime (naive means UTC, as the store writes them); now when None."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def schedule_after_response(session: Session, *, student_id: int, question_id: int, correct: bool,
                            now: datetime | None = None, scheduler: Scheduler | None = None) -> ReviewState | None:
    """Review the student's card of this question after an answer and store its next due date (commits).

    Wrong: the card is made if needed and rated Again (due again within minutes). Right: an existing card
    is rated Good (its due date moves later); with no card nothing is stored and None is returned.
    """
    scheduler = scheduler or DEFAULT_SCHEDULER
    reviewed_at = _utc(now)
    state = get_review_state(session, student_id=student_id, question_id=question_id)
    if state is None:
        if correct:
            return None
        card = Card(card_id=question_id, due=reviewed_at)
    else:
        try:
            card = Card.from_dict(state.card)
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"review card of question {question_id} for student {student_id} is unreadable: "
                             f"{exc}") from None
    card, _log = scheduler.review_card(card, Rating.Good if correct else Rating.Again, reviewed_at)
    return save_review_state(session, student_id=student_id, question_id=question_id, card=card.to_dict(),
                             due=card.due)


def _student_statement(columns, *, student_id: int, bank_id: int | None):
    statement = select(*columns).where(ReviewState.student_id == student_id)
    if bank_id is not None:
        statement = statement.join(Question, Question.id == ReviewState.question_id).where(
            Question.bank_id == bank_id)
    return statement


def due_questions(session: Session, *, student_id: int, bank_id: int | None = None, now: datetime | None = None,
                  limit: int | None = None) -> list[int]:
    """Ids of the student's questions due for review at ``now`` (of one bank, or all), most overdue first."""
    statement = _student_statement([ReviewState.question_id], student_id=student_id, bank_id=bank_id)
    statement = statement.where(ReviewState.due <= _utc(now)).order_by(ReviewState.due, ReviewState.question_id)
    if limit is not None:
        statement = statement.limit(limit)
    return [int(question_id) for question_id in session.exec(statement).scalars()]


def due_count(session: Session, *, student_id: int, bank_id: int | None = None, now: datetime | None = None) -> int:
    """How many of the student's questions are due for review at ``now`` (of one bank, or all)."""
    statement = _student_statement([func.count(ReviewState.id)], student_id=student_id, bank_id=bank_id)
    statement = statement.where(ReviewState.due <= _utc(now))
    return int(session.exec(statement).scalar_one())


def next_due(session: Session, *, student_id: int, bank_id: int | None = None) -> datetime | None:
    """When the student's next review falls due (None when nothing is scheduled): for "next review in 2 days"."""
    statement = _student_statement([func.min(ReviewState.due)], student_id=student_id, bank_id=bank_id)
    due = session.exec(statement).scalar_one()
    return None if due is None else _utc(due)
