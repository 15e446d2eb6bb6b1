"""Script-insensitive search over stems, choices and explanations, kept in sync on every write."""

from __future__ import annotations

import pytest

from quizapp.store import crud
from quizapp.store.search import search_text_for
from tests.store import samples
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("db_url", BACKENDS, indirect=True)


def _found(session, bank_id, query):
    return [row.qid for row in crud.list_questions(session, bank_id, search=query)]


def _bank(session):
    items = samples.questions()
    items[0]["explanation"] = "蔣介石政府於1946年承認外蒙古獨立"
    items[1]["stem"] = "蒋介石与斯大林"
    return crud.import_bank(session, samples.bank_file(items=items))


def test_traditional_finds_simplified_and_back(session):
    bank = _bank(session)
    expected = ["q-date", "q-event", "q-cloze"]  # an explanation, a stem, a choice
    assert _found(session, bank.id, "蔣介石") == expected
    assert _found(session, bank.id, "蒋介石") == expected
    assert crud.count_questions(session, bank.id, search="蒋介石") == 3


def test_choices_left_and_short_queries(session):
    bank = _bank(session)
    assert _found(session, bank.id, "宋子文") == ["q-cloze"]  # a choice
    assert _found(session, bank.id, "1915年") == ["q-match"]  # a left item (a source quote is not searched)
    assert _found(session, bank.id, "协约") == ["q-event", "q-order", "q-match", "q-year"]  # 2 chars: LIKE path
    assert _found(session, bank.id, "，。 ") == _found(session, bank.id, "")  # punctuation only: no filter
    assert _found(session, bank.id, "不存在的詞") == []


def test_search_combines_with_filters_and_follows_edits(session):
    bank = _bank(session)
    only_choice = crud.QuestionFilters(type="event_choice")
    assert [r.qid for r in crud.list_questions(session, bank.id, search="蔣介石", filters=only_choice)] == ["q-event"]
    row = crud.list_questions(session, bank.id, filters=only_choice)[0]
    crud.update_question(session, question_id=row.id, changes={"stem": "孫科與斯大林"})
    assert _found(session, bank.id, "蒋介石") == ["q-date", "q-cloze"]
    assert _found(session, bank.id, "孙科与") == ["q-event"]
    crud.bulk_delete(session, question_ids=[row.id])
    assert _found(session, bank.id, "孙科与") == []


def test_search_text_is_normalized_per_part(db_url):
    text = search_text_for(stem="蔣介石，Ｂｏｇｄ Khan！", choices=["宋子文"], explanation="")
    assert text == "蒋介石bogdkhan\n宋子文"
