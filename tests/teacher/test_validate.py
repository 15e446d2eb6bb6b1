"""Editor validation per question type: what the teacher is told while typing."""

import copy

import pytest

from quizapp.bankformat import parse_question
from quizapp.teacher.validate import draft_from_question, to_question, validate
from tests.store.samples import QUESTIONS

BY_TYPE = {q["type"]: q for q in QUESTIONS}


def sample(qtype):
    return copy.deepcopy(BY_TYPE[qtype])


def fields(draft):
    return {p.field for p in validate(draft)}


@pytest.mark.parametrize("qtype", sorted(BY_TYPE))
def test_every_sample_type_is_valid_and_round_trips(qtype):
    draft = draft_from_question(sample(qtype))
    if qtype == "ordering":
        draft["dates"] = ["1945年", "1911年", "1915年"]
    assert validate(draft) == []
    parse_question(to_question(draft))


def test_choice_needs_two_options_and_exactly_one_mark():
    draft = sample("date_choice")
    draft["choices"] = ["1911年"]
    draft["answer"] = 0
    assert {"choices"} <= fields(draft)
    draft = sample("date_choice")
    draft["answer"] = [0, 1]
    assert "answer" in fields(draft)
    draft["answer"] = []
    assert "answer" in fields(draft)
    draft["answer"] = [2]
    assert validate(draft) == [] and to_question(draft)["answer"] == 2


def test_choice_duplicates_across_scripts_are_refused():
    draft = sample("cloze_choice")
    draft["choices"] = ["蒋介石", "蔣介石", "毛澤東"]
    problems = validate(draft)
    assert [p.field for p in problems] == ["choices[1]"]
    assert "repeats item 1" in problems[0].message


def test_ordering_needs_three_items_with_distinct_dates():
    draft = draft_from_question(sample("ordering"))
    draft["dates"] = ["1945年", "1911年", "1911年"]
    assert fields(draft) == {"dates[2]"}
    draft["dates"] = ["1945年", "", "1915年"]
    assert fields(draft) == {"dates[1]"}
    draft["dates"] = ["1945年", "not a date", "1915年"]
    assert fields(draft) == {"dates[1]"}
    draft["choices"], draft["dates"] = draft["choices"][:2], ["1945年", "1911年"]
    assert "choices" in fields(draft)


def test_ordering_answer_is_computed_from_the_dates():
    draft = draft_from_question(sample("ordering"))  # 雅爾達會議, 博克多汗國成立, 中俄蒙協約
    draft["dates"] = ["1945年2月", "1911年12月1日", "民國四年"]
    assert validate(draft) == []
    assert to_question(draft)["answer"] == [1, 2, 0]


def test_ordering_dates_read_from_generated_explanation():
    question = sample("ordering")
    question["explanation"] = "1911年：博克多汗國成立（年表）\n1915年：中俄蒙協約（年表）\n1945年：雅爾達會議（年表）"
    assert draft_from_question(question)["dates"] == ["1945年", "1911年", "1915年"]


def test_typed_needs_an_accepted_form():
    draft = sample("cloze_typed")
    draft["answer"] = ["  "]
    assert fields(draft) == {"answer"}
    draft["answer"] = ["哲布尊丹巴", "哲布尊丹巴"]
    assert fields(draft) == {"answer[1]"}


def test_year_and_true_false_answers():
    draft = sample("year_typed")
    draft["answer"] = 0
    assert fields(draft) == {"answer"}
    draft = sample("true_false")
    draft["answer"] = None
    assert fields(draft) == {"answer"}


def test_matching_pairs():
    draft = sample("matching")
    draft["left"] = ["1911年", "1911年"]
    assert fields(draft) == {"left[1]"}
    draft["left"] = ["1911年"]
    assert {"left", "choices"} <= fields(draft)


def test_common_fields():
    draft = sample("true_false")
    draft["stem"] = "  "
    draft["source"]["quote"] = ""
    assert fields(draft) == {"stem", "source"}
    draft = sample("true_false")
    draft["stem"] = "長" * 601
    assert fields(draft) == {"stem"}
