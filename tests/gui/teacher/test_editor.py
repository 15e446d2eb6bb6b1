"""The question editor: validation while typing, source from the selected passage, preview, undoable saves."""

import pytest

from quizapp.gui.qt import QDialogButtonBox, QTextCursor, QUndoStack
from quizapp.gui.teacher.editor import QuestionEditor, python_offset, utf16_offset
from quizapp.store import crud
from quizapp.teacher.banks import bank_document


@pytest.fixture
def open_editor(qtbot, state, sessions, bank_id):
    stack = QUndoStack()

    def make(qtype=None, question_id=None, new=False):
        with sessions() as session:
            if not new:
                question_id = crud.list_questions(session, bank_id, limit=1,
                                                  filters=crud.QuestionFilters(type=qtype))[0].id
            document = bank_document(session, bank_id)
        editor = QuestionEditor(state, sessions, stack, question_id=question_id, bank_id=bank_id,
                                qtype=qtype if new else None, document=document)
        qtbot.addWidget(editor)
        return editor

    make.stack = stack
    return make


def save_enabled(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_choice_duplicate_in_other_script_blocks_saving(open_editor):
    editor = open_editor("cloze_choice")
    assert editor.problems == [] and save_enabled(editor)
    first = editor.answer.rows.edit(0).text()
    from quizapp.text import convert

    editor.answer.rows.edit(1).setText(convert(first, "hant") if convert(first, "hant") != first else convert(first, "hans"))
    assert [p.field for p in editor.problems] == ["choices[1]"] and not save_enabled(editor)
    assert not editor.save()


def test_choice_needs_exactly_one_mark(open_editor):
    editor = open_editor("date_choice")
    boxes = [box for _e, box, _r in editor.answer.rows.rows]
    correct = editor.answer.rows.checked()[0]
    boxes[(correct + 1) % len(boxes)].setChecked(True)
    assert [p.field for p in editor.problems] == ["answer"]
    boxes[correct].setChecked(False)
    assert editor.problems == []


def test_edit_is_saved_as_edited_and_undone(open_editor, sessions):
    editor = open_editor("year_typed")
    with sessions() as session:
        before = crud.get_question(session, question_id=editor.question_id)
    editor.stem.setPlainText("外蒙古在哪一年宣佈獨立？")
    editor.answer.year.setValue(1911)
    assert editor.save()
    with sessions() as session:
        row = crud.get_question(session, question_id=editor.question_id)
        assert (row.stem, row.data["answer"], row.status) == ("外蒙古在哪一年宣佈獨立？", 1911, "edited")
    open_editor.stack.undo()
    with sessions() as session:
        row = crud.get_question(session, question_id=editor.question_id)
        assert (row.stem, row.data["answer"], row.status) == (before.stem, before.data["answer"], before.status)
    open_editor.stack.redo()
    with sessions() as session:
        assert crud.get_question(session, question_id=editor.question_id).stem == "外蒙古在哪一年宣佈獨立？"


def test_source_is_the_selected_passage(open_editor):
    editor = open_editor("true_false", new=True)
    assert {p.field for p in editor.problems} >= {"stem", "source", "answer"}
    pane = editor.source_pane
    text = pane.text.toPlainText()
    cursor = pane.text.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(utf16_offset(text, 10), QTextCursor.MoveMode.KeepAnchor)
    pane.text.setTextCursor(cursor)
    assert editor.use_selection()
    source = editor.draft["source"]
    assert source["span"] == [0, 10] and source["quote"] == pane.current().text[:10]
    editor.stem.setPlainText("外蒙古獨立是二十世紀的事。")
    editor.answer.true_button.setChecked(True)
    assert editor.problems == []
    assert editor.save()
    with sessions_of(editor)() as session:
        row = crud.get_question(session, question_id=editor.question_id)
        assert row.source["quote"] == source["quote"] and row.data["answer"] is True
    open_editor.stack.undo()  # undoing a new question removes it
    with sessions_of(editor)() as session:
        assert session.get(type(row), editor.question_id) is None


def sessions_of(editor):
    return editor.sessions


def test_preview_in_both_scripts(open_editor):
    editor = open_editor("event_choice")
    hans, hant = editor.previews["hans"].toPlainText(), editor.previews["hant"].toPlainText()
    assert hans != hant and "A." in hans and "A." in hant


def test_ordering_answer_follows_the_dates(open_editor, sessions):
    editor = open_editor("ordering")
    rows = editor.answer.rows
    count = len(rows.rows)
    for n in range(count):
        rows.edit(n, 1).setText(f"{1950 - n}年")  # latest first: the answer is the reverse order
    assert editor.problems == []
    assert editor.save()
    with sessions() as session:
        assert crud.get_question(session, question_id=editor.question_id).data["answer"] == list(range(count))[::-1]


def test_utf16_offsets_round_trip():
    text = "外𠀀蒙古"  # an astral character takes two UTF-16 units
    assert utf16_offset(text, 2) == 3 and python_offset(text, 3) == 2
