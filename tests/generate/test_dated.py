"""date_choice, year_typed, event_choice and date-swapped true_false on the synthetic article."""

import re

from quizapp.generate.dated import (
    clause_stem,
    date_choice,
    date_statement,
    event_choice,
    without_date,
    year_typed,
)
from quizapp.generate.question import seeded_rng
from quizapp.generate.rules import question_violations
from quizapp.text import normalize_for_match
from tests.generate.conftest import fact_by_text


def test_date_choice_asks_at_the_events_own_precision(ctx):
    day = date_choice(ctx, fact_by_text(ctx, "承認"))
    assert day["prompt"] == "date_choice.day"
    assert day["choices"][day["answer"]] == "1946年1月5日"
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", c) for c in day["choices"])
    month = date_choice(ctx, fact_by_text(ctx, "恩琴"))
    assert month["prompt"] == "date_choice.month"
    assert month["choices"][month["answer"]] == "1921年2月"
    year = date_choice(ctx, fact_by_text(ctx, "十月革命"))
    assert year["prompt"] == "date_choice.year"
    assert year["choices"][year["answer"]] == "1917年"
    assert all(re.fullmatch(r"\d{4}年", c) for c in year["choices"])


def test_date_choice_distractors_are_near_distinct_and_wrong(ctx):
    for fact in ctx.facts:
        question = date_choice(ctx, fact)
        if question is None:
            continue
        choices = question["choices"]
        assert len({normalize_for_match(c) for c in choices}) == 4
        answer_year = int(choices[question["answer"]][:4])
        for index, choice in enumerate(choices):
            if index != question["answer"]:
                assert choice != choices[question["answer"]]
                assert abs(int(choice[:4]) - answer_year) <= 12
        assert not question_violations(question, ctx.sections, set())


def test_stem_never_names_the_answer_year(ctx):
    for fact in ctx.facts:
        for question in (date_choice(ctx, fact), year_typed(ctx, fact)):
            if question is not None:
                assert str(fact.year) not in question["stem"]


def test_without_date_removes_the_date_and_its_preposition():
    assert without_date("聯合國大會在1946年11月19日通過35號決議", "1946年11月19日") == "聯合國大會通過35號決議"
    assert without_date("经过谈判，1913年9月18日，中国外长同俄国达成声明", "1913年9月18日") == "经过谈判，中国外长同俄国达成声明"


def test_clause_stem_refuses_a_clause_leaning_on_its_context(ctx):
    fact = fact_by_text(ctx, "十月革命")
    fact.text = "肃清其残余势力"
    fact.sentence = "1917年，肃清其残余势力。"
    assert clause_stem(fact) is None
    fact.sentence = "1917年，俄國肅清其殘餘勢力。"  # the whole sentence stands alone
    assert clause_stem(fact) == "俄國肅清其殘餘勢力"


def test_year_typed_answer_is_the_year(ctx):
    question = year_typed(ctx, fact_by_text(ctx, "日俄戰爭"))
    assert question["answer"] == 1905
    assert question["stem"] == "日本與俄國爆發日俄戰爭"
    assert question["prompt"] == "year_typed.year"


def test_event_choice_has_exactly_one_event_of_that_date(ctx):
    taken = set()
    fact = fact_by_text(ctx, "承認")
    question = event_choice(ctx, fact, taken)
    assert question["stem"] == "1946年1月5日"
    assert question["choices"][question["answer"]] == "中華民國承認外蒙古獨立"
    others = [c for i, c in enumerate(question["choices"]) if i != question["answer"]]
    by_label = {f.text: f for f in ctx.facts}
    for label in others:
        assert by_label[label].start != fact.start
    # a second fact with the same date would repeat the stem: refused
    assert event_choice(ctx, fact, taken) is None


def test_true_false_by_date_true_and_false(ctx):
    fact = fact_by_text(ctx, "十月革命")
    true_q = date_statement(ctx, fact, True, "q-t", seeded_rng(0, "q-t"))
    assert true_q["stem"] == "1917年，俄國爆發十月革命。" and true_q["answer"] is True
    false_q = date_statement(ctx, fact, False, "q-f", seeded_rng(0, "q-f"))
    assert false_q["answer"] is False
    swapped = int(false_q["stem"][:4])
    assert swapped != 1917
    assert "錯誤" in false_q["explanation"] and "1917年" in false_q["explanation"]


def test_sentence_statement_is_the_source_sentence_as_true(ctx):
    from quizapp.generate.dated import sentence_statement

    fact = fact_by_text(ctx, "十月革命")
    question = sentence_statement(ctx, fact, "q-s")
    assert question["answer"] is True
    assert question["stem"] == "1917年，俄國爆發十月革命。"
    assert question["stem"].rstrip("。") in question["source"]["quote"]


def test_a_date_coordinated_with_another_stays():
    text = "苏维埃俄国政府在1917年和1919年两次发表对华宣言"
    assert without_date(text, "1917年") == text


def test_clause_with_also_after_its_subject_does_not_stand_alone():
    from quizapp.generate.wording import stands_alone

    assert not stands_alone("阿尔巴尼亚也与其建交")
    assert not stands_alone("美國亦表示支持")
    assert stands_alone("中华民国国民政府承认蒙古人民共和國独立")
