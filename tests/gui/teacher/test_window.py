"""The teacher window behind the PIN gate: generate (off the GUI thread, cancellable), import, export, print,
delete a bank and undo it, lock."""

import shutil

import pytest

from quizapp.gui.qt import QFileDialog, QInputDialog, QItemSelectionModel, QMessageBox
from quizapp.gui.teacher.pin_dialog import PinDialog
from quizapp.gui.teacher.window import TeacherWindow
from quizapp.paths import SOURCES
from quizapp.store import crud
from quizapp.teacher.pin import TeacherMode


@pytest.fixture
def mode(sessions):
    teacher = TeacherMode(sessions)
    teacher.set_first_pin("2468")
    return teacher


@pytest.fixture
def window(qtbot, state, sessions, bank_id, mode):
    main = TeacherWindow(state, sessions, mode)
    qtbot.addWidget(main)
    return main


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    return shown


def wait_for(qtbot, operation):
    if not operation.finished:
        with qtbot.waitSignal(operation.done, timeout=60_000):
            pass


def test_pin_dialog_sets_then_checks_the_pin(qtbot, sessions):
    teacher = TeacherMode(sessions)
    first = PinDialog(teacher)
    qtbot.addWidget(first)
    first.pin.setText("1357")
    first.again.setText("1358")
    first.accept()
    assert first.error.text() and not teacher.unlocked
    first.again.setText("1357")
    first.accept()
    assert teacher.unlocked
    teacher.lock()
    gate = PinDialog(teacher)
    qtbot.addWidget(gate)
    assert not gate.again.isVisible() and not gate.first
    gate.pin.setText("0000")
    gate.accept()
    assert gate.error.text() and not teacher.unlocked
    gate.pin.setText("1357")
    gate.accept()
    assert teacher.unlocked


def test_lock_closes_the_window_and_returns_to_student_mode(window, mode):
    assert mode.unlocked
    window.lock_action.trigger()
    assert not mode.unlocked and not window.isVisible()


def test_generate_from_a_new_article_in_the_background(qtbot, window, sessions, tmp_path):
    article = tmp_path / "唐努乌梁海.md"
    shutil.copy(SOURCES / "唐努乌梁海.md", article)
    before = window.bank_model.rowCount()
    wait_for(qtbot, window.generate_from_article(str(article)))
    assert window.bank_model.rowCount() == before + 1
    assert window.bank_name() == "唐努乌梁海"
    assert window.browser.model.total > 10
    assert window.document().title == "唐努乌梁海"
    reader = window.read_article()
    qtbot.addWidget(reader)
    assert reader.reader.document.title == "唐努乌梁海"


def test_a_file_that_is_not_an_article_is_refused(qtbot, window, sessions, tmp_path, warnings):
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nNothing Chinese in here at all, only a shopping list.\n", encoding="utf-8")
    before = window.bank_model.rowCount()
    wait_for(qtbot, window.generate_from_article(str(notes)))
    assert window.bank_model.rowCount() == before
    assert warnings and "not an article" in warnings[0][1]


def test_generation_can_be_cancelled(qtbot, window, tmp_path):
    article = tmp_path / "唐努乌梁海.md"
    shutil.copy(SOURCES / "唐努乌梁海.md", article)
    before = window.bank_model.rowCount()
    operation = window.generate_from_article(str(article))
    operation.cancel()
    with qtbot.waitSignal(operation.cancelled, timeout=60_000):
        pass
    assert window.bank_model.rowCount() == before


def test_export_moodle_xml_then_import_with_preview(qtbot, window, tmp_path):
    path = tmp_path / "bank.xml"
    wait_for(qtbot, window.export_bank("moodle-xml", str(path)))
    assert path.stat().st_size > 0
    before = window.bank_model.rowCount()
    wait_for(qtbot, window.import_file(str(path), ask=False))
    wait_for(qtbot, window.last_import)
    assert window.bank_model.rowCount() == before + 1


def test_print_quiz_and_key(window, tmp_path):
    quiz, key = tmp_path / "quiz.pdf", tmp_path / "key.pdf"
    assert window.print_pdf(False, script="hant", which="first", count=20, path=str(quiz)) >= 2
    assert window.print_pdf(True, script="hans", which="first", count=20, path=str(key)) >= 1
    assert quiz.read_bytes().startswith(b"%PDF") and key.stat().st_size > 0


def test_delete_bank_is_undone_for_the_session(window, sessions, bank_id):
    with sessions() as session:
        count = crud.count_questions(session, bank_id)
    window.refresh_banks(bank_id)
    window.delete_bank(confirm=False)
    assert window.bank_id() != bank_id
    window.undo_stack.undo()
    window.refresh_banks(bank_id)
    assert window.bank_id() == bank_id and window.browser.model.total == count


def test_the_current_bank_comes_from_the_model(window, sessions, bank_id):
    with sessions() as session:
        other = crud.create_bank(session, name="唐努乌梁海  (3)").id
    window.refresh_banks(other)
    index = window.banks.selectionModel().currentIndex()
    assert index.data(window.bank_model.BankIdRole) == other
    assert window.bank_id() == other and window.bank_name() == "唐努乌梁海  (3)"
    assert window.browser.bank_id == other
    window.refresh_banks()  # a reload keeps the current bank
    assert window.bank_id() == other
    window.banks.setCurrentIndex(window.bank_model.index(window.bank_model.row_of(bank_id)))
    assert window.bank_id() == bank_id and window.browser.bank_id == bank_id


def test_rename_and_duplicate_start_from_the_bare_name(window, sessions, monkeypatch):
    with sessions() as session:
        window.refresh_banks(crud.create_bank(session, name="年表  (2)").id)
    asked = []

    def answer(_parent, _title, _label, text=""):
        asked.append(text)
        return text + " new", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window.rename_bank()
    assert window.bank_name() == "年表  (2) new"
    window.duplicate_bank()
    assert asked == ["年表  (2)", "年表  (2) new 2"]
    assert window.bank_name() == "年表  (2) new 2 new"


def test_merge_takes_every_selected_bank(qtbot, window, sessions, bank_id, monkeypatch):
    with sessions() as session:
        count = crud.count_questions(session, bank_id)
        copy = crud.duplicate_bank(session, bank_id=bank_id, name="copy").id
    window.refresh_banks(bank_id)
    selection = window.banks.selectionModel()
    selection.select(window.bank_model.index(window.bank_model.row_of(copy)),
                     QItemSelectionModel.SelectionFlag.Select)
    assert sorted(window.selected_bank_ids()) == sorted([bank_id, copy])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("merged", True))
    wait_for(qtbot, window.merge_banks())
    assert window.bank_name() == "merged"
    with sessions() as session:
        assert crud.count_questions(session, window.bank_id()) == 2 * count


def test_default_file_names_are_safe_stems_of_the_bank_name(window, sessions, monkeypatch):
    with sessions() as session:
        window.refresh_banks(crud.create_bank(session, name="../外蒙古:独立?").id)
    offered = []

    def cancel(_parent, _title, name, _filter):
        offered.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    assert window.export_bank("gift") is None
    assert window.print_pdf(True, script="hans", which="first", count=5) is None
    assert offered == ["外蒙古_独立_.gift", "外蒙古_独立_-answer-key.pdf"]
