"""Grading: indices for choices, bools, index lists, and typed answers in either script, width or listed form."""

import pytest

from quizapp.quiz.grading import correct_answer_text, grade, parse_year


def q(kind, answer, **extra):
    return {"id": "q1", "type": kind, "answer": answer, **extra}


@pytest.mark.parametrize("kind", ["date_choice", "event_choice", "cloze_choice"])
def test_single_choice_compares_the_index(kind):
    question = q(kind, 1, choices=["1910年", "1911年", "1912年"])
    assert grade(question, 1)
    assert not grade(question, 0)
    assert not grade(question, True)  # a bool is not an index
    assert not grade(question, None)


def test_true_false():
    assert grade(q("true_false", False), False)
    assert not grade(q("true_false", False), True)
    assert not grade(q("true_false", True), 1)


def test_ordering_and_matching_compare_index_lists():
    assert grade(q("ordering", [2, 0, 1]), [2, 0, 1])
    assert not grade(q("ordering", [2, 0, 1]), [0, 1, 2])
    assert grade(q("matching", [1, 0]), (1, 0))
    assert not grade(q("matching", [1, 0]), [1, 1])


@pytest.mark.parametrize("typed", ["恰克圖條約", "恰克图条约", "《恰克圖條約》", " 恰克图 条约 "])
def test_cloze_typed_accepts_either_script_and_ignores_punctuation(typed):
    assert grade(q("cloze_typed", ["恰克圖條約"]), typed)


def test_cloze_typed_accepts_listed_alternatives_and_full_width():
    question = q("cloze_typed", ["庫倫", "Urga"])
    assert grade(question, "库伦")
    assert grade(question, "ＵＲＧＡ")
    assert not grade(question, "")
    assert not grade(question, "烏蘭巴托")


@pytest.mark.parametrize("typed", ["1945", "１９４５", "1945年", "１９４５年", " 1945 ", "公元1945年"])
def test_year_typed_forms(typed):
    assert grade(q("year_typed", 1945), typed)


@pytest.mark.parametrize("typed", ["1946", "一九四五", "1945年10月", "", "19455"])
def test_year_typed_rejects_other_years_and_non_years(typed):
    assert not grade(q("year_typed", 1945), typed)


def test_parse_year_before_common_era():
    assert parse_year("前221年") == -221
    assert parse_year("公元前221") == -221


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError):
        grade(q("essay", "x"), "x")


def test_correct_answer_text():
    assert correct_answer_text(q("date_choice", 1, choices=["a", "b"])) == "b"
    assert correct_answer_text(q("ordering", [1, 0], choices=["甲", "乙"])) == "乙 → 甲"
    assert correct_answer_text(q("year_typed", 1945)) == "1945年"
    assert correct_answer_text(q("cloze_typed", ["庫倫", "库伦"])) == "庫倫"
