"""Regeneration keeps what the teacher approved or edited, adds new questions, retires vanished ones."""

import copy

from quizapp.generate.bank import build_bank, generate_questions
from quizapp.generate.regen import regenerate
from tests.generate.synthetic import TIMELINE, build_article, provider


def test_teacher_work_survives_regeneration(article, questions):
    doc, _ = article
    bank = build_bank(doc, copy.deepcopy(questions))
    edited, approved, untouched = bank["questions"][0], bank["questions"][1], bank["questions"][2]
    edited["stem"] = "教師改寫的題幹"
    edited["status"] = "edited"
    approved["status"] = "approved"
    untouched_id = untouched["id"]

    # the source loses one item (the edited question's event) and gains one
    new_timeline = [item for item in TIMELINE if item is not TIMELINE[0]]
    new_timeline.append(("1990年", "1990", "year", "[蒙古人民共和國]舉行首次多黨選舉"))
    new_doc, new_events = build_article(new_timeline)
    fresh = generate_questions(new_doc, new_events, entities=provider())
    merged = regenerate(bank, fresh)["questions"]
    by_id = {q["id"]: q for q in merged}

    assert by_id[edited["id"]]["stem"] == "教師改寫的題幹"
    assert by_id[approved["id"]]["status"] in ("approved", "flagged")
    assert all(q["id"] in by_id for q in fresh)
    vanished = {q["id"] for q in questions} - {q["id"] for q in fresh}
    for qid in vanished:
        if qid in (edited["id"], approved["id"]):
            assert by_id[qid]["status"] == "flagged" and by_id[qid]["flag_reason"]
        else:
            assert qid not in by_id
    assert untouched_id in by_id or untouched_id in vanished


def test_regenerating_an_untouched_bank_gives_the_fresh_bank(article, questions):
    doc, _ = article
    bank = build_bank(doc, copy.deepcopy(questions))
    assert regenerate(bank, questions)["questions"] == questions
