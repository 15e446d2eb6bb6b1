"""The headless quiz session: order, drafts, recording, exam rules, finishing and resuming."""

import pytest

from quizapp.quiz import MemoryRecorder, QuizSession, Response, pick_questions

QUESTIONS = [
    {"id": "q-1", "type": "date_choice", "choices": ["1910年", "1911年"], "answer": 1, "status": "approved"},
    {"id": "q-2", "type": "true_false", "answer": False, "status": "flagged", "flag_reason": "x"},
    {"id": "q-3", "type": "year_typed", "answer": 1945, "status": "generated"},
]


def test_practice_goes_through_every_question_and_records_each_answer():
    recorder = MemoryRecorder()
    session = QuizSession(QUESTIONS, recorder=recorder)
    assert session.total == 3 and session.current["id"] == "q-1"
    assert session.submit(1).correct
    assert session.submit(0).correct  # a second submit keeps the first answer
    assert session.advance()
    session.submit(True)
    session.advance()
    session.submit("１９４５年")
    assert not session.advance() and session.finished
    assert [r.correct for r in recorder.responses] == [True, False, True]
    assert recorder.finished == (2, 3) and session.score() == (2, 3)


def test_exam_leaves_out_flagged_questions():
    assert [q["id"] for q in QuizSession(QUESTIONS, mode="exam").questions] == ["q-1", "q-3"]
    assert [q["id"] for q in pick_questions(QUESTIONS, mode="exam", shuffle=False)] == ["q-1", "q-3"]
    assert sorted(q["id"] for q in pick_questions(QUESTIONS, mode="exam")) == ["q-1", "q-3"]
    assert len(pick_questions(QUESTIONS, mode="practice", count=2, seed=1)) == 2
    with pytest.raises(ValueError):
        QuizSession(QUESTIONS, mode="homework")


def test_finishing_early_grades_drafts_and_counts_the_rest_wrong():
    recorder = MemoryRecorder()
    session = QuizSession(QUESTIONS, mode="exam", time_limit=60, recorder=recorder)
    session.set_draft("q-1", 1)
    session.finish()
    assert session.ended and session.current is None
    assert {r.question_id: r.correct for r in recorder.responses} == {"q-1": True, "q-3": False}
    with pytest.raises(RuntimeError):
        session.submit(1)


def test_resuming_starts_at_the_first_unanswered_question():
    session = QuizSession(QUESTIONS, responses=[Response("q-1", 1, True)])
    assert session.index == 1 and session.response("q-1").correct


def test_pick_filters_by_type_section_and_difficulty():
    bank = [
        {"id": f"q-{n}", "type": kind, "difficulty": level, "source": {"section_id": section}}
        for n, (kind, level, section) in enumerate(
            [("true_false", 1, "s1"), ("true_false", 3, "s2"), ("year_typed", 1, "s1"), ("ordering", 2, "s1")])
    ]
    assert [q["id"] for q in pick_questions(bank, mode="practice", types={"true_false"}, shuffle=False)] == ["q-0", "q-1"]
    assert [q["id"] for q in pick_questions(bank, mode="practice", sections={"s1"}, difficulties={1},
                                            shuffle=False)] == ["q-0", "q-2"]
    assert [q["id"] for q in pick_questions(bank, mode="practice", count=2, shuffle=False)] == ["q-0", "q-1"]
    drawn = pick_questions(bank, mode="practice", count=3, seed=4)
    assert len(drawn) == 3 and len({q["id"] for q in drawn}) == 3
    assert pick_questions(bank, mode="practice", types={"matching"}) == []


def test_time_used_and_missed_questions():
    recorder = MemoryRecorder()
    session = QuizSession(QUESTIONS, mode="practice", recorder=recorder, time_used=12.5)
    assert session.time_used == 12.5
    session.save_time_used(30.0)
    assert recorder.time_used == 30.0
    session.submit(0, 2.5)  # wrong
    session.advance()
    session.submit(False, 4.0)  # right
    session.finish()
    assert [q["id"] for q in session.missed()] == ["q-1", "q-3"]
    assert session.seconds_spent() == 6.5
