"""Class statistics: answer counts, sorting by them in SQL, most chosen wrong option, broken questions, mastery."""

from quizapp.store import crud
from quizapp.teacher.stats import list_questions_with_stats, question_stats, student_mastery


def answer(session, bank_id, student, plan):
    """plan: list of (Question row, given, correct)."""
    pupil = crud.get_or_create_student(session, name=student)
    quiz = crud.start_quiz_session(session, student_id=pupil.id, bank_id=bank_id,
                                   question_ids=[row.id for row, _g, _c in plan])
    for row, given, correct in plan:
        crud.record_response(session, quiz_session_id=quiz.id, question_id=row.id, given=given, correct=correct)


def choice_rows(session, bank_id, n):
    filters = crud.QuestionFilters(type="date_choice")
    return crud.list_questions(session, bank_id, limit=n, filters=filters)


def test_counts_sorting_and_broken_questions(sessions, bank_id):
    with sessions() as session:
        easy, hard, _never = choice_rows(session, bank_id, 3)
        right = easy.data["answer"]
        wrong = (hard.data["answer"] + 1) % len(hard.data["choices"])
        for pupil in ("甲", "乙", "丙", "丁", "戊", "己"):
            answer(session, bank_id, pupil, [(easy, right, True), (hard, wrong, False)])
        answer(session, bank_id, "庚", [(hard, hard.data["answer"], True)])

        page = list_questions_with_stats(session, bank_id, limit=2, sort_by="times_asked", descending=True)
        assert [(row.id, asked, correct) for row, asked, correct in page] == [(hard.id, 7, 1), (easy.id, 6, 6)]
        page = list_questions_with_stats(session, bank_id, limit=1, sort_by="pct_correct", descending=True)
        assert page[0][0].id == easy.id
        page = list_questions_with_stats(session, bank_id, limit=1, sort_by="pct_correct")
        assert page[0][1] == 0  # never asked sorts first ascending
        total = crud.count_questions(session, bank_id)
        every = list_questions_with_stats(session, bank_id, limit=total + 5, sort_by="pct_correct")
        assert len(every) == total

        stats = question_stats(session, bank_id)
        assert [s.question_id for s in stats] == [hard.id, easy.id]
        worst = stats[0]
        assert worst.may_be_broken and not stats[1].may_be_broken
        assert worst.most_chosen_wrong == hard.data["choices"][wrong] and worst.most_chosen_wrong_count == 6


def test_column_sort_pages_carry_counts(sessions, bank_id):
    with sessions() as session:
        row = choice_rows(session, bank_id, 1)[0]
        answer(session, bank_id, "甲", [(row, row.data["answer"], True)])
        page = list_questions_with_stats(session, bank_id, limit=500, sort_by="type",
                                         filters=crud.QuestionFilters(type="date_choice"))
        counts = {r.id: (asked, correct) for r, asked, correct in page}
        assert counts[row.id] == (1, 1)
        assert sum(asked for asked, _c in counts.values()) == 1


def test_student_mastery_by_section(sessions, bank_id):
    with sessions() as session:
        rows = crud.list_questions(session, bank_id, limit=400)
        first, other = rows[0], next(r for r in rows if r.section_id != rows[0].section_id)
        answer(session, bank_id, "甲", [(first, None, True), (other, None, False)])
        answer(session, bank_id, "乙", [(first, None, False)])
        mastery = student_mastery(session, bank_id)
        assert list(mastery) == ["乙", "甲"]
        by_section = {m.section_id: (m.answered, m.correct) for m in mastery["甲"]}
        assert by_section == {first.section_id: (1, 1), other.section_id: (1, 0)}
        assert {m.section_id: m.title for m in mastery["甲"]} == {
            row.section_id: " › ".join(row.source["section_path"]) for row in (first, other)}
