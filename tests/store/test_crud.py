"""CRUD of banks and questions on in-memory SQLite, a SQLite file and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.errors import BankError, StoreError
from quizapp.store import crud
from quizapp.store.models import Question, Response
from tests.store import samples
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("db_url", BACKENDS, indirect=True)


def _bank_with_samples(session, name="b"):
    bank = crud.create_bank(session, name=name)
    crud.add_questions(session, bank_id=bank.id, questions=samples.questions())
    return bank


def _qids(rows):
    return [row.qid for row in rows]


def test_bank_lifecycle(session):
    bank = _bank_with_samples(session, "外蒙古")
    assert crud.get_bank(session, name="外蒙古").id == bank.id
    with pytest.raises(StoreError, match="already exists"):
        crud.create_bank(session, name="外蒙古")
    crud.rename_bank(session, bank_id=bank.id, name="外蒙古独立")
    copy = crud.duplicate_bank(session, bank_id=bank.id, name="副本")
    listed = {b.name: n for b, n in crud.list_banks(session)}
    assert listed == {"外蒙古独立": 8, "副本": 8}
    assert crud.export_bank(session, bank_id=copy.id).questions == crud.export_bank(session, bank_id=bank.id).questions
    crud.delete_bank(session, bank_id=bank.id)
    assert [b.name for b, _ in crud.list_banks(session)] == ["副本"]
    assert crud.count_questions(session, copy.id) == 8
    with pytest.raises(StoreError, match="no bank"):
        crud.get_bank(session, bank_id=bank.id)


def test_add_list_sort_filter_page(session):
    bank = _bank_with_samples(session)
    assert _qids(crud.list_questions(session, bank.id)) == [q["id"] for q in samples.QUESTIONS]
    page = crud.list_questions(session, bank.id, offset=2, limit=3)
    assert _qids(page) == ["q-cloze", "q-tf", "q-order"]
    by_difficulty = crud.list_questions(session, bank.id, sort_by="difficulty", descending=True)
    assert by_difficulty[0].qid == "q-order" and [q.difficulty for q in by_difficulty] == sorted(
        [q.difficulty for q in by_difficulty], reverse=True)
    f = crud.QuestionFilters
    assert _qids(crud.list_questions(session, bank.id, filters=f(status="flagged"))) == ["q-match"]
    assert _qids(crud.list_questions(session, bank.id, filters=f(type=["true_false", "year_typed"]))) == [
        "q-tf", "q-year"]
    assert _qids(crud.list_questions(session, bank.id, filters=f(section_id="s5"))) == ["q-event"]
    assert _qids(crud.list_questions(session, bank.id, filters=f(tag="條約"))) == ["q-year"]
    assert _qids(crud.list_questions(session, bank.id, filters=f(tag="1915"))) == ["q-year"]
    assert crud.list_questions(session, bank.id, filters=f(tag="條")) == []  # whole tags only
    assert crud.count_questions(session, bank.id, filters=f(status=["generated", "approved"])) == 7
    assert _qids(crud.list_questions(session, bank.id, filters=f(difficulty=3))) == ["q-order"]
    assert crud.count_questions(session, bank.id, filters=f(difficulty=[2, 3], type="date_choice")) == 1
    with pytest.raises(StoreError, match="cannot sort"):
        crud.list_questions(session, bank.id, sort_by="stem; drop table question")


def test_add_question_validates_and_makes_an_id(session):
    bank = crud.create_bank(session, name="b")
    item = samples.questions()[0]
    del item["id"]
    row = crud.add_question(session, bank_id=bank.id, question=item)
    assert row.qid.startswith("q-") and row.position == 0
    bad = samples.questions()[0] | {"answer": 9}
    with pytest.raises(BankError, match="answer"):
        crud.add_question(session, bank_id=bank.id, question=bad)
    with pytest.raises(BankError, match=r"question 1 \(q-event\)"):
        crud.add_questions(session, bank_id=bank.id, questions=[samples.questions()[2],
                                                                samples.questions()[1] | {"choices": ["x"]}])
    assert crud.count_questions(session, bank.id) == 1  # the batch with a bad question added nothing


def test_update_question_marks_edited_and_keeps_search_in_sync(session):
    bank = _bank_with_samples(session)
    row = crud.list_questions(session, bank.id, filters=crud.QuestionFilters(type="cloze_choice"))[0]
    updated = crud.update_question(session, question_id=row.id,
                                   changes={"stem": "____赴莫斯科談判", "choices": ["宋子文", "孫科"], "answer": 0})
    assert updated.status == "edited" and updated.data["choices"] == ["宋子文", "孫科"]
    assert _qids(crud.list_questions(session, bank.id, search="莫斯科")) == ["q-cloze"]
    assert crud.list_questions(session, bank.id, search="史達林會談") == []
    with pytest.raises(BankError, match="answer"):
        crud.update_question(session, question_id=row.id, changes={"answer": 5})
    retyped = crud.update_question(session, question_id=row.id,
                                   changes={"type": "true_false", "choices": None, "answer": False,
                                            "stem": "宋子文赴莫斯科談判"})
    assert (retyped.type, retyped.data) == ("true_false", {"answer": False})
    flagged = crud.list_questions(session, bank.id, filters=crud.QuestionFilters(status="flagged"))[0]
    assert crud.update_question(session, question_id=flagged.id, changes={"stem": "配對"}).flag_reason == ""


def test_bulk_actions(session):
    bank = _bank_with_samples(session)
    ids = [q.id for q in crud.list_questions(session, bank.id)]
    assert crud.bulk_approve(session, question_ids=ids[:3]) == 3
    assert crud.count_questions(session, bank.id, filters=crud.QuestionFilters(status="approved")) == 3
    with pytest.raises(StoreError, match="reason"):
        crud.bulk_set_status(session, question_ids=ids[3:5], status="flagged")
    crud.bulk_set_status(session, question_ids=ids[3:5], status="flagged", flag_reason="日期可疑")
    flagged = crud.list_questions(session, bank.id, filters=crud.QuestionFilters(status="flagged"))
    assert {q.flag_reason for q in flagged} == {"日期可疑", "兩個日期都需要核對"} and len(flagged) == 3
    assert crud.bulk_tag(session, question_ids=ids[:2], add=["複習"], remove=["相關歷史事件年表"]) == 2
    assert [q.tags for q in crud.list_questions(session, bank.id, limit=2)] == [["複習"], ["複習"]]
    other = crud.create_bank(session, name="other")
    assert crud.move_questions(session, question_ids=ids[6:], to_bank_id=other.id) == 2
    assert _qids(crud.list_questions(session, other.id)) == ["q-typed", "q-year"]
    assert crud.bulk_delete(session, question_ids=ids[:2]) == 2
    assert crud.count_questions(session, bank.id) == 4


def test_move_refuses_a_clash(session):
    first = _bank_with_samples(session, "one")
    second = _bank_with_samples(session, "two")
    ids = [q.id for q in crud.list_questions(session, first.id, limit=1)]
    with pytest.raises(StoreError, match="q-date"):
        crud.move_questions(session, question_ids=ids, to_bank_id=second.id)
    assert crud.count_questions(session, first.id) == 8


def test_quiz_session_history_and_resume(session):
    bank = _bank_with_samples(session)
    student = crud.get_or_create_student(session, name="小明")
    assert crud.get_or_create_student(session, name="小明").id == student.id
    ids = [q.id for q in crud.list_questions(session, bank.id)]
    quiz = crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=ids[:3],
                                   mode="exam", settings={"script": "hant"})
    assert crud.unfinished_session(session, student_id=student.id).id == quiz.id
    crud.record_response(session, quiz_session_id=quiz.id, question_id=ids[0], given=1, correct=True, time_ms=900)
    crud.record_response(session, quiz_session_id=quiz.id, question_id=ids[1], given=[0, 1], correct=False,
                         time_ms=1500)
    crud.finish_quiz_session(session, quiz_session_id=quiz.id)
    assert crud.unfinished_session(session, student_id=student.id) is None
    [summary] = crud.student_history(session, student_id=student.id)
    assert (summary.answered, summary.correct, summary.time_ms) == (2, 1, 2400)
    assert summary.quiz.question_order == ids[:3] and summary.quiz.settings == {"script": "hant"}
    assert [r.given for r in crud.session_responses(session, quiz_session_id=quiz.id)] == [1, [0, 1]]
    with pytest.raises(StoreError, match="mode"):
        crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=[], mode="x")


def test_deleting_a_question_deletes_its_responses(session):
    bank = _bank_with_samples(session)
    student = crud.get_or_create_student(session, name="a")
    qid = crud.list_questions(session, bank.id, limit=1)[0].id
    quiz = crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=[qid])
    crud.record_response(session, quiz_session_id=quiz.id, question_id=qid, given=0, correct=False)
    crud.bulk_delete(session, question_ids=[qid])
    assert session.execute(select(Response)).all() == []


def test_review_state_and_settings(session):
    from datetime import UTC, datetime, timedelta

    bank = _bank_with_samples(session)
    student = crud.get_or_create_student(session, name="a")
    first, second = (q.id for q in crud.list_questions(session, bank.id, limit=2))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    crud.save_review_state(session, student_id=student.id, question_id=first, card={"state": 1}, due=now)
    crud.save_review_state(session, student_id=student.id, question_id=second, card={}, due=now + timedelta(days=2))
    crud.save_review_state(session, student_id=student.id, question_id=first, card={"state": 2},
                           due=now - timedelta(hours=1))
    due = crud.due_reviews(session, student_id=student.id, bank_id=bank.id, now=now)
    assert [(r.question_id, r.card) for r in due] == [(first, {"state": 2})]
    assert due[0].due == now - timedelta(hours=1)
    assert crud.get_setting(session, key="teacher_pin", default=None) is None
    crud.set_setting(session, key="teacher_pin", value={"hash": "x", "salt": "y"})
    crud.set_setting(session, key="teacher_pin", value={"hash": "z", "salt": "y"})
    assert crud.get_setting(session, key="teacher_pin") == {"hash": "z", "salt": "y"}


def test_import_is_all_or_nothing(session):
    items = samples.questions()
    items[5] = items[5] | {"status": "flagged", "flag_reason": ""}
    with pytest.raises(BankError, match=r"question 5 \(q-match\).*flag_reason"):
        crud.import_bank(session, samples.bank_file(items=items))
    assert crud.list_banks(session) == []
    assert session.execute(select(Question)).all() == []
    bank = crud.import_bank(session, samples.bank_file())
    with pytest.raises(StoreError, match="already exists"):
        crud.import_bank(session, samples.bank_file())
    renamed = crud.import_bank(session, samples.bank_file(), name="第二份")
    assert crud.count_questions(session, renamed.id) == crud.count_questions(session, bank.id) == 8
    assert bank.source_document_id == renamed.source_document_id is not None


def test_export_round_trip(session):
    original = samples.bank_file()
    bank = crud.import_bank(session, original)
    exported = crud.export_bank(session, bank_id=bank.id).to_file_dict()
    assert exported["bank"] == original["bank"]
    expected = [q | {"explanation": q.get("explanation", "")} for q in original["questions"]]
    for got, want in zip(exported["questions"], expected, strict=True):
        for key, value in want.items():
            assert got[key] == value, (want["id"], key)
