"""Each quality rule catches its own deliberately bad question, and passes the good ones."""

import copy

import pytest

from quizapp.generate.rules import bank_violations, question_violations


def _first(questions, qtype):
    return copy.deepcopy(next(q for q in questions if q["type"] == qtype))


def _rules(question, ctx, conflicted=frozenset()):
    return {v.rule for v in question_violations(question, ctx.sections, set(conflicted))}


def _mutations(questions):
    """(rule, bad question) pairs, one per rule."""
    out = []
    q = _first(questions, "date_choice")
    q["stem"] = q["stem"] + "[1](../Page/x.md \"wikilink\")"
    out.append(("markup", q))
    q = _first(questions, "cloze_choice")
    q["stem"] = q["stem"] + "，簽訂《》"
    out.append(("broken", q))
    q = _first(questions, "date_choice")
    q["stem"] = q["choices"][q["answer"]] + "，" + q["stem"]
    out.append(("giveaway", q))
    q = _first(questions, "cloze_typed")
    q["stem"] = q["stem"] + "（" + q["answer"][1 if len(q["answer"]) > 1 else 0] + "）"
    out.append(("giveaway", q))
    q = _first(questions, "year_typed")
    q["stem"] = q["stem"] + "，即" + str(q["answer"]) + "年"
    out.append(("giveaway", q))
    q = _first(questions, "date_choice")
    q["source"]["span"] = [q["source"]["span"][0] + 1, q["source"]["span"][1] + 1]
    out.append(("quote", q))
    q = _first(questions, "cloze_choice")
    wrong = q["choices"][(q["answer"] + 1) % len(q["choices"])]
    q["choices"][q["answer"]] = wrong + "之"  # the answer no longer appears in the quote
    out.append(("quote", q))
    q = _first(questions, "date_choice")
    q["stem"] = "很長的題幹" * 30
    out.append(("length", q))
    q = _first(questions, "date_choice")
    q["choices"][(q["answer"] + 1) % 4] = q["choices"][q["answer"]]
    out.append(("answer", q))
    q = _first(questions, "ordering")
    q["answer"] = [0, 0, 1, 2, 3][: len(q["choices"])]
    out.append(("answer", q))
    q = _first(questions, "true_false")
    q["answer"] = "yes"
    out.append(("answer", q))
    q = _first(questions, "date_choice")
    q["status"] = "flagged"
    out.append(("status", q))
    q = _first(questions, "date_choice")
    q["prompt"] = "date_choice.century"
    out.append(("prompt", q))
    q = _first(questions, "date_choice")
    q["difficulty"] = 5
    out.append(("difficulty", q))
    return out


@pytest.mark.parametrize("index", range(14))
def test_each_rule_catches_its_bad_question(ctx, questions, index):
    rule, question = _mutations(questions)[index]
    assert rule in _rules(question, ctx), (rule, question["stem"])


def test_good_questions_pass(ctx, questions):
    assert bank_violations(questions, ctx.sections, set()) == []


def test_a_conflicting_event_asked_unflagged_is_caught(ctx, questions):
    question = _first(questions, "date_choice")
    assert "conflict" in _rules(question, ctx, conflicted=question["events"])
    question["status"] = "flagged"
    question["flag_reason"] = "史料記載日期不一"
    assert "conflict" not in _rules(question, ctx, conflicted=question["events"])


def test_a_distractor_in_the_quoted_sentence_is_ambiguous(ctx, questions):
    question = _first(questions, "cloze_choice")
    quote = question["source"]["quote"]
    other = next(m.text for m in ctx.sections[question["source"]["section_id"]].links
                 if m.text in quote and m.text != question["choices"][question["answer"]])
    question["choices"][(question["answer"] + 1) % 4] = other
    assert "ambiguous" in _rules(question, ctx)


def test_duplicates_are_caught(ctx, questions):
    copy_of = copy.deepcopy(questions[0])
    copy_of["id"] = "q-duplicate"
    rules = {v.rule for v in bank_violations([*questions, copy_of], ctx.sections, set())}
    assert rules == {"duplicate"}
    same_id = copy.deepcopy(questions[1])
    same_id["stem"] += "。"
    same_id["id"] = questions[0]["id"]
    assert "duplicate" in {v.rule for v in bank_violations([questions[0], same_id], None, None)}


def test_a_stem_naming_the_year_in_the_roc_calendar_gives_it_away(ctx, questions):
    question = next(copy.deepcopy(q) for q in questions if q["type"] == "date_choice"
                    and int(q["choices"][q["answer"]][:4]) > 1911)
    year = int(question["choices"][question["answer"]][:4])
    question["stem"] = f"民國{year - 1911}年，" + question["stem"]
    assert "giveaway" in _rules(question, ctx)
