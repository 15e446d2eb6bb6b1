"""The question browser: bulk approve, flag, tag, move and delete, each undone and redone."""

import pytest

from quizapp.gui.qt import QUndoStack
from quizapp.gui.teacher.browser import QuestionBrowser
from quizapp.store import crud


@pytest.fixture
def browser(qtbot, state, sessions, bank_id):
    widget = QuestionBrowser(state, sessions, QUndoStack())
    qtbot.addWidget(widget)
    widget.set_bank(bank_id)
    return widget


def statuses(sessions, ids):
    with sessions() as session:
        return [crud.get_question(session, question_id=i).status for i in ids]


def test_bulk_approve_and_flag_undo_redo(browser, sessions):
    for row in (0, 1, 2):
        browser.table.selectionModel().select(browser.model.index(row, 0),
                                              browser.table.selectionModel().SelectionFlag.Select
                                              | browser.table.selectionModel().SelectionFlag.Rows)
    ids = browser.selected_ids()
    assert len(ids) == 3 and browser.approve_button.isEnabled()
    original = statuses(sessions, ids)
    browser.approve(ids)
    assert statuses(sessions, ids) == ["approved"] * 3
    browser.flag(ids, "出處不對")
    assert statuses(sessions, ids) == ["flagged"] * 3
    stack = browser.undo_stack
    stack.undo()
    assert statuses(sessions, ids) == ["approved"] * 3
    stack.undo()
    assert statuses(sessions, ids) == original
    stack.redo()
    stack.redo()
    assert statuses(sessions, ids) == ["flagged"] * 3
    assert browser.model.rows[0].status == "flagged"  # the table follows undo/redo


def test_bulk_tag_move_and_delete_undo(browser, sessions, bank_id):
    ids = [browser.model.question_id(r) for r in range(5)]
    total = browser.model.total
    browser.tag(ids, ["期中考"])
    with sessions() as session:
        assert crud.count_questions(session, bank_id, filters=crud.QuestionFilters(tag="期中考")) == 5
        other = crud.create_bank(session, name="另一個").id
    browser.move(ids[:2], other)
    assert browser.model.total == total - 2
    browser.delete(ids[2:])
    assert browser.model.total == total - 5
    stack = browser.undo_stack
    stack.undo()  # delete
    assert browser.model.total == total - 2
    with sessions() as session:
        assert [q.id for q in crud.list_questions(session, bank_id, limit=3)] == ids[2:]
    stack.undo()  # move
    assert browser.model.total == total
    stack.undo()  # tag
    with sessions() as session:
        assert crud.count_questions(session, bank_id, filters=crud.QuestionFilters(tag="期中考")) == 0
        assert crud.count_questions(session, other) == 0
    for _ in range(3):
        stack.redo()
    assert browser.model.total == total - 5


def test_filters_reach_the_model(browser):
    browser.type_filter.setCurrentIndex(browser.type_filter.findData("true_false"))
    assert {row.type for row in browser.model.rows} == {"true_false"}
    browser.search.setText("蒙古")
    browser.apply_query()
    assert browser.model.total > 0 and all(row.type == "true_false" for row in browser.model.rows)
