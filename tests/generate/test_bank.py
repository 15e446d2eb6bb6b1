"""The whole bank: every type present, every rule passed, deterministic bytes, conflicts never asked."""

import copy

from quizapp.bankformat import parse_bank
from quizapp.generate.bank import bank_bytes, build_bank, generate_bank, generate_questions
from quizapp.generate.rules import TYPES, bank_violations
from tests.generate.synthetic import TIMELINE, build_article, provider


def test_all_eight_types_and_no_violation(article, questions):
    doc, _ = article
    assert {q["type"] for q in questions} == set(TYPES)
    sections = {s.id: s for s in doc.sections}
    assert bank_violations(questions, sections, set()) == []
    parse_bank(build_bank(doc, questions))  # the pydantic bank model accepts it


def test_every_event_has_a_question(article, questions):
    _, events = article
    covered = {e for q in questions for e in q["events"]}
    assert {e["id"] for e in events} <= covered


def test_same_seed_same_bytes_other_seed_other_order(article):
    doc, events = article
    first = bank_bytes(generate_bank(doc, events, seed=3, entities=provider()))
    again = bank_bytes(generate_bank(copy.deepcopy(doc), copy.deepcopy(events), seed=3, entities=provider()))
    other = bank_bytes(generate_bank(doc, events, seed=4, entities=provider()))
    assert first == again
    assert first != other


def test_ids_survive_shifted_offsets_and_renumbered_events(article):
    doc, events = article
    before = {q["id"] for q in generate_questions(doc, events, entities=provider())}
    # a new first item shifts every offset and event id
    shifted_doc, shifted_events = build_article([("1900年", "1900", "year", "[俄國]出兵[庫倫]"), *TIMELINE])
    after = {q["id"] for q in generate_questions(shifted_doc, shifted_events, entities=provider())}
    assert len(before & after) >= 0.8 * len(before)


def test_a_conflict_is_never_asked_as_a_plain_question():
    # TIMELINE dates the recognition 1946年1月5日; another section dates it 1946年2月13日
    contradiction = ("1946年2月13日", "1946-02-13", "day", "[中華民國]承認[外蒙古]獨立")
    doc, events = build_article(TIMELINE, more=[("另一說", [contradiction, *TIMELINE[:4]])],
                                conflicts={})
    ids = [e["id"] for e in events if e["text"] == "中華民國承認外蒙古獨立"]
    assert len(ids) == 2
    for event in events:
        if event["id"] in ids:
            event["conflicts"] = [i for i in ids if i != event["id"]]
    questions = generate_questions(doc, events, entities=provider())
    asking = [q for q in questions if set(q["events"]) & set(ids)]
    assert asking, "the conflicting events are still reviewed, as flagged questions"
    for question in asking:
        assert question["status"] == "flagged", question
        assert question["type"] == "date_choice"
        assert "1946年1月5日" in question["flag_reason"] and "1946年2月13日" in question["flag_reason"]


def test_same_clause_dated_differently_in_two_places_is_a_conflict_even_undeclared():
    one = ("1911年12月1日", "1911-12-01", "day", "[博克多汗國]在[庫倫]宣佈成立")
    two = ("1911年12月29日", "1911-12-29", "day", "[博克多汗國]在[庫倫]宣佈成立")
    doc, events = build_article([one, *TIMELINE[3:]], more=[("另一說", [two])])
    questions = generate_questions(doc, events, entities=provider())
    for question in questions:
        if any(e["text"] == "博克多汗國在庫倫宣佈成立" and e["id"] in question["events"] for e in events):
            assert question["status"] == "flagged"
