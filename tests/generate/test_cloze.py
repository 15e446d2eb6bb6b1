"""cloze_choice, cloze_typed and entity-swapped true_false: same-kind distractors that cannot fit."""

import random

from quizapp.generate.cloze import (
    cloze_choice,
    cloze_typed,
    entity_distractors,
    entity_statement,
    fits_blank,
    mentions_to_ask,
)
from quizapp.generate.question import seeded_rng
from quizapp.generate.wording import BLANK
from quizapp.text import normalize_for_match, to_simplified, to_traditional
from tests.generate.conftest import fact_by_text
from tests.generate.synthetic import KINDS


def _mention(ctx, catalog, fact, text):
    return next((m, e) for m, e in mentions_to_ask(ctx, catalog, fact) if m.text == text)


def test_cloze_choice_blanks_the_entity_and_offers_its_kind(ctx, catalog):
    fact = fact_by_text(ctx, "恰克圖")
    mention, entity = _mention(ctx, catalog, fact, "中俄蒙協約")
    question = cloze_choice(ctx, catalog, fact, mention, entity)
    assert BLANK in question["stem"] and "中俄蒙協約" not in question["stem"]
    assert question["choices"][question["answer"]] == "中俄蒙協約"
    assert {KINDS[c] for c in question["choices"]} == {"treaty"}


def test_distractors_never_mix_kinds(ctx, catalog):
    for fact in ctx.facts:
        for mention, entity in mentions_to_ask(ctx, catalog, fact):
            question = cloze_choice(ctx, catalog, fact, mention, entity)
            if question is None:
                continue
            kinds = {KINDS[c] for c in question["choices"]}
            assert kinds == {KINDS[mention.text]}, question["choices"]


def test_a_distractor_from_the_same_sentence_or_time_is_out(ctx, catalog):
    fact = fact_by_text(ctx, "日俄戰爭")
    answer = catalog.get("日本")
    # 俄國 is in the same sentence; 中華民國 is not, and no 1905 fact names it
    assert fits_blank(ctx, catalog, fact, answer, catalog.get("俄國"))
    assert not fits_blank(ctx, catalog, fact, answer, catalog.get("中華民國"))
    picks = entity_distractors(ctx, catalog, fact, answer, random.Random(1), 3)
    assert "俄國" not in [p.text for p in picks]


def test_a_treaty_signed_the_same_year_is_no_distractor(article):
    from quizapp.generate.catalog import Catalog
    from quizapp.generate.context import Context
    from quizapp.generate.facts import build_facts
    from tests.generate.synthetic import TIMELINE, build_article, provider

    timeline = [*TIMELINE, ("1915年", "1915", "year", "[日本]向[中華民國]提出《[二十一條]》")]
    kinds = {**KINDS, "二十一條": "treaty"}
    doc, events = build_article(timeline)
    ctx = Context(doc, build_facts(doc, events))
    catalog = Catalog(ctx, provider(kinds))
    fact = fact_by_text(ctx, "恰克圖")
    assert fits_blank(ctx, catalog, fact, catalog.get("中俄蒙協約"), catalog.get("二十一條"))
    assert not fits_blank(ctx, catalog, fact, catalog.get("中俄蒙協約"), catalog.get("蒙俄協約"))


def test_cloze_typed_accepts_both_scripts(ctx, catalog):
    fact = fact_by_text(ctx, "恰克圖")
    mention, entity = _mention(ctx, catalog, fact, "恰克圖")
    question = cloze_typed(ctx, catalog, fact, mention, entity)
    forms = question["answer"]
    assert forms[0] == "恰克圖"
    assert to_simplified("恰克圖") in forms and to_traditional("恰克图") in forms
    typed = {normalize_for_match(f) for f in forms}
    assert normalize_for_match("恰克图") in typed and normalize_for_match("恰克圖") in typed


def test_true_false_by_entity_swaps_in_a_same_kind_wrong_name(ctx, catalog):
    fact = fact_by_text(ctx, "恰克圖")
    question = entity_statement(ctx, catalog, fact, False, "q-x", seeded_rng(0, "q-x"))
    assert question["answer"] is False
    assert question["stem"] != fact.quote
    true_q = entity_statement(ctx, catalog, fact, True, "q-y", seeded_rng(0, "q-y"))
    assert true_q["stem"].rstrip("。") in fact.quote


def test_polities_of_different_sorts_are_not_options_for_each_other():
    from quizapp.generate.catalog import Catalog, Entity, polity_sort

    def polity(name):
        return Entity(name, name, "polity", askable=True, key=normalize_for_match(name))

    assert polity_sort(polity("國民黨")) == "party"
    assert polity_sort(polity("關東軍")) == "army"
    assert polity_sort(polity("行政院")) == "body"
    assert polity_sort(polity("毛里塔尼亚")) == "state"
    same_kind = Catalog.same_kind
    assert same_kind(None, polity("毛里塔尼亚"), polity("日本"))
    assert not same_kind(None, polity("毛里塔尼亚"), polity("國民黨"))
    assert not same_kind(None, polity("日軍"), polity("行政院"))


def test_list_items_and_asides_are_not_blanked():
    from quizapp.generate.catalog import Catalog
    from quizapp.generate.context import Context
    from quizapp.generate.facts import build_facts
    from tests.generate.synthetic import TIMELINE, build_article, provider

    item = ("1912年5月", "1912-05", "month", "[丹毕坚赞]、[马克思尔扎布]和[海山]等人進攻[科布多]（今[吉爾格朗圖]）")
    kinds = {**KINDS, "丹毕坚赞": "person", "马克思尔扎布": "person", "海山": "person", "科布多": "place",
             "吉爾格朗圖": "place"}
    doc, events = build_article([*TIMELINE, item])
    ctx = Context(doc, build_facts(doc, events))
    catalog = Catalog(ctx, provider(kinds))
    fact = fact_by_text(ctx, "科布多")
    asked = {m.text for m, _ in mentions_to_ask(ctx, catalog, fact)}
    assert "科布多" in asked
    assert not asked & {"丹毕坚赞", "马克思尔扎布", "吉爾格朗圖"}


def test_grading_accepts_a_typed_answer_in_either_script(ctx, catalog):
    from quizapp.quiz.grading import grade

    fact = fact_by_text(ctx, "恰克圖")
    mention, entity = _mention(ctx, catalog, fact, "中俄蒙協約")
    question = cloze_typed(ctx, catalog, fact, mention, entity)
    assert grade(question, "中俄蒙協約") and grade(question, "中俄蒙协约")
    assert not grade(question, "蒙俄協約")


def test_no_treaty_distractor_shares_its_name_with_a_treaty_in_the_sentence():
    """1727年中俄签定《布连斯奇界约》和《恰克图界约》（合称…）: 恰克圖條約 would fit that blank too."""
    import json

    from quizapp.generate.entities import EntityKind, classify
    from quizapp.generate.rules import shared_part
    from quizapp.paths import QUESTIONS

    bank = json.loads((QUESTIONS / "外蒙古独立.json").read_text(encoding="utf-8"))
    checked = 0
    for question in bank["questions"]:
        if question["type"] != "cloze_choice":
            continue
        answer = question["choices"][question["answer"]]
        if classify(answer) != EntityKind.DOCUMENT:
            continue
        quote = normalize_for_match(question["source"]["quote"])
        for choice in question["choices"]:
            if choice != answer:
                assert shared_part(normalize_for_match(choice), quote, size=3) is None, (question["stem"], choice)
        checked += 1
    assert checked >= 10
