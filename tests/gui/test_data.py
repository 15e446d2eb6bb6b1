"""Data access: bank files and database banks, responses recorded as submitted, resuming an unfinished quiz."""

import pytest

from quizapp.errors import BankError
from quizapp.gui.data import DataAccess, load_bank_file
from quizapp.gui.qt import QMessageBox

CHOICES = {"mode": "practice", "count": 50, "minutes": 0, "student": "王小明", "shuffle": False}


def test_bank_file_is_validated(tmp_path, bank):
    assert bank.name == "外蒙古独立（測試題庫）" and bank.source_file == "外蒙古独立.md"
    assert {q["type"] for q in bank.questions} >= {
        "date_choice", "event_choice", "cloze_choice", "true_false", "ordering", "matching", "cloze_typed", "year_typed"}
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "quizapp-bank", "version": 1, "bank": {"name": "x"}, "questions": [{"id": 1}]}')
    with pytest.raises(BankError):
        load_bank_file(broken)
    broken.write_text("{not json")
    with pytest.raises(BankError, match="not JSON"):
        load_bank_file(broken)


def test_fixture_quotes_are_in_the_article(data, bank):
    document = data.document(bank.source_file)
    for question in bank.questions:
        source = question["source"]
        start, end = source["span"]
        assert document.section(source["section_id"]).text[start:end] == source["quote"], question["id"]


def test_responses_are_recorded_and_an_unfinished_quiz_resumes(data, bank):
    session = data.open_quiz(bank, CHOICES)
    first, second = session.questions[:2]
    session.submit(first["answer"])
    session.advance()
    session.submit(-1 if second["type"] != "true_false" else not second["answer"])
    session.advance()
    stored = data.unfinished_quiz(bank, "王小明")
    assert stored is not None and len(stored.responses) == 2
    assert [r.correct for r in stored.responses] == [True, False]
    resumed = data.open_quiz(bank, CHOICES, resume=stored)
    assert resumed.index == 2 and resumed.current["id"] == session.questions[2]["id"]
    assert resumed.response(first["id"]).correct
    resumed.finish()
    assert data.unfinished_quiz(bank, "王小明") is None


def test_without_a_student_nothing_is_stored(data, bank):
    session = data.open_quiz(bank, {**CHOICES, "student": ""})
    assert type(session.recorder).__name__ == "MemoryRecorder"


def test_database_banks_are_listed(data, bank):
    link = data.link()
    link.bank_id_for_file(bank.key, bank.name)  # imports the file bank
    other = DataAccess([], db_url=None, use_store=False)
    assert other.link() is None
    data.load_store_banks()
    assert not any(key.startswith("db:") for key in data.bank_keys)  # the file already stands for it


def test_main_window_offers_to_resume(qtbot, window, data, bank, monkeypatch):
    session = data.open_quiz(bank, CHOICES)
    session.submit(session.current["answer"])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    window.start_quiz({**CHOICES, "bank": bank.key})
    assert window.quiz_page.session.index == 1
    assert window.quiz_page.progress_label.text().startswith("2 /")


def test_first_start_creates_the_database_and_imports_the_bundled_banks(qapp, tmp_path):
    from quizapp.gui.data import DataAccess
    from quizapp.paths import QUESTIONS

    data = DataAccess(db_url=f"sqlite:///{tmp_path / 'new' / 'quizapp.db'}")
    listing = data.prepare_store()
    assert (tmp_path / "new" / "quizapp.db").exists()
    bundled = sorted(p.stem for p in QUESTIONS.glob("*.json"))
    assert sorted(name for _id, name, _count in listing["banks"]) == bundled
    assert all(count > 0 for _id, _name, count in listing["banks"])
    assert data.prepare_store()["banks"] == listing["banks"]  # the next start imports nothing again
    data.close()
