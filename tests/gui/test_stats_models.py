"""Rows for the results chart: answers counted per top-level section and per question type."""

from quizapp.gui.stats_models import by_section, by_type, top_section
from quizapp.quiz import Response


def question(qid, kind, path):
    return {"id": qid, "type": kind, "source": {"section_id": "s1", "section_path": path}}


QUESTIONS = [
    question("q1", "date_choice", ["相關歷史事件年表"]),
    question("q2", "true_false", ["中國與外蒙古關係", "承認獨立"]),
    question("q3", "date_choice", ["中國與外蒙古關係"]),
    question("q4", "ordering", []),
]


def test_rows_per_top_level_section_in_quiz_order_unanswered_counts_wrong():
    responses = {"q1": Response("q1", 1, True), "q2": Response("q2", True, True), "q3": Response("q3", 0, False)}
    assert by_section(QUESTIONS, responses) == [("相關歷史事件年表", 1, 1), ("中國與外蒙古關係", 1, 2), ("", 0, 1)]
    assert by_type(QUESTIONS, responses) == [("date_choice", 1, 2), ("true_false", 1, 1), ("ordering", 0, 1)]


def test_no_source_is_the_lead():
    assert top_section({"id": "q"}) == "" and by_section([], {}) == []
