"""Spaced review: missed questions fall due soon, right answers push them later, each student has their own queue."""

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Scheduler, State

from quizapp.errors import StoreError
from quizapp.quiz.review import due_count, due_questions, next_due, schedule_after_response
from quizapp.store import crud
from quizapp.store.db import make_engine, session_factory
from quizapp.store.migrate import upgrade_engine
from tests.store.samples import questions

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
UNFUZZED = Scheduler(enable_fuzzing=False)


@pytest.fixture
def session():
    engine = make_engine("sqlite://")  # in-memory, one shared connection (StaticPool)
    upgrade_engine(engine)
    with session_factory(engine)() as session:
        yield session
    engine.dispose()


@pytest.fixture
def world(session):
    """Two banks of sample questions and two students."""
    banks = []
    for name in ("甲", "乙"):
        bank = crud.create_bank(session, name=name)
        crud.add_questions(session, bank_id=bank.id, questions=questions()[:4])
        banks.append((bank.id, [q.id for q in crud.list_questions(session, bank.id)]))
    ana = crud.get_or_create_student(session, name="Ana").id
    bo = crud.get_or_create_student(session, name="Bo").id
    return banks, ana, bo


def test_a_missed_question_is_due_within_minutes(session, world):
    [(bank, ids), _], ana, _ = world
    state = schedule_after_response(session, student_id=ana, question_id=ids[0], correct=False, now=T0)
    assert state is not None and T0 < state.due <= T0 + timedelta(minutes=10)
    assert Card.from_dict(state.card).state == State.Learning
    assert due_questions(session, student_id=ana, now=T0) == []  # not yet: the first learning step
    assert due_questions(session, student_id=ana, now=T0 + timedelta(minutes=10)) == [ids[0]]
    assert due_count(session, student_id=ana, bank_id=bank, now=T0 + timedelta(minutes=10)) == 1
    assert next_due(session, student_id=ana) == state.due


def test_a_right_first_answer_schedules_nothing(session, world):
    [(_, ids), _], ana, _ = world
    assert schedule_after_response(session, student_id=ana, question_id=ids[1], correct=True, now=T0) is None
    assert crud.get_review_state(session, student_id=ana, question_id=ids[1]) is None
    assert next_due(session, student_id=ana) is None


def test_right_answers_move_the_due_date_later_and_a_miss_brings_it_back(session, world):
    [(_, ids), _], ana, _ = world
    question = ids[0]
    state = schedule_after_response(session, student_id=ana, question_id=question, correct=False, now=T0,
                                    scheduler=UNFUZZED)
    intervals = []
    now = T0
    for _ in range(4):
        now = state.due
        state = schedule_after_response(session, student_id=ana, question_id=question, correct=True, now=now,
                                        scheduler=UNFUZZED)
        intervals.append(state.due - now)
    assert Card.from_dict(state.card).state == State.Review
    assert intervals == sorted(intervals) and intervals[-1] >= timedelta(days=2)
    assert due_questions(session, student_id=ana, now=now) == []
    assert due_questions(session, student_id=ana, now=state.due) == [question]
    state = schedule_after_response(session, student_id=ana, question_id=question, correct=False, now=state.due,
                                    scheduler=UNFUZZED)
    assert Card.from_dict(state.card).state == State.Relearning
    assert state.due - Card.from_dict(state.card).last_review <= timedelta(minutes=10)


def test_queues_are_per_student_and_per_bank(session, world):
    [(bank_a, ids_a), (bank_b, ids_b)], ana, bo = world
    for question in ids_a[:3]:
        schedule_after_response(session, student_id=ana, question_id=question, correct=False, now=T0)
    schedule_after_response(session, student_id=ana, question_id=ids_b[0], correct=False, now=T0)
    schedule_after_response(session, student_id=bo, question_id=ids_a[3], correct=False, now=T0)
    later = T0 + timedelta(hours=1)
    assert due_count(session, student_id=ana, now=later) == 4
    assert due_count(session, student_id=ana, bank_id=bank_a, now=later) == 3
    assert due_count(session, student_id=ana, bank_id=bank_b, now=later) == 1
    assert due_count(session, student_id=bo, now=later) == 1
    assert due_questions(session, student_id=bo, now=later) == [ids_a[3]]
    assert len(due_questions(session, student_id=ana, bank_id=bank_a, now=later, limit=2)) == 2


def test_most_overdue_comes_first_and_naive_times_are_utc(session, world):
    [(_, ids), _], ana, _ = world
    schedule_after_response(session, student_id=ana, question_id=ids[2], correct=False, now=T0 + timedelta(hours=1))
    schedule_after_response(session, student_id=ana, question_id=ids[1], correct=False, now=T0)
    naive_later = (T0 + timedelta(days=1)).replace(tzinfo=None)
    assert due_questions(session, student_id=ana, now=naive_later) == [ids[1], ids[2]]


def test_an_unreadable_card_is_a_store_error(session, world):
    [(_, ids), _], ana, _ = world
    crud.save_review_state(session, student_id=ana, question_id=ids[0], card={"state": "?"}, due=T0)
    with pytest.raises(StoreError, match="unreadable"):
        schedule_after_response(session, student_id=ana, question_id=ids[0], correct=True, now=T0)
