"""Bank operations: generate from a new article (refusing non-articles), regenerate, merge, import, export."""

import shutil

import pytest
from sqlalchemy import select

from quizapp.errors import QuizappError, SourceError
from quizapp.paths import SOURCES
from quizapp.store import crud
from quizapp.store.models import SourceDocument
from quizapp.teacher import banks
from quizapp.teacher.progress import Cancelled


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "唐努乌梁海.md"
    shutil.copy(SOURCES / "唐努乌梁海.md", path)
    return path


def test_generate_from_a_new_article_stores_it_as_a_source(sessions, article):
    steps = []
    bank_id, count = banks.generate_from_article(sessions, article, progress=lambda d, t: steps.append((d, t)))
    assert count > 10 and steps[0] == (0, 4) and steps[-1] == (4, 4)
    with sessions() as session:
        bank = crud.get_bank(session, bank_id=bank_id)
        document = session.get(SourceDocument, bank.source_document_id)
        assert document.text == article.read_text(encoding="utf-8") and document.file_name == article.name
        assert banks.bank_document(session, bank_id).title == document.title
    again, _count = banks.generate_from_article(sessions, article)
    with sessions() as session:
        assert crud.get_bank(session, bank_id=again).name == f"{bank.name} (2)"


def test_a_file_that_is_not_an_article_writes_nothing(sessions, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Shopping\n\nmilk, eggs, bread and some more English prose here.\n", encoding="utf-8")
    with pytest.raises(SourceError):
        banks.generate_from_article(sessions, notes)
    with sessions() as session:
        assert crud.list_banks(session) == []
        assert session.exec(select(SourceDocument)).first() is None


def test_cancel_writes_nothing(sessions, article):
    with pytest.raises(Cancelled):
        banks.generate_from_article(sessions, article, should_stop=lambda: True)
    with sessions() as session:
        assert crud.list_banks(session) == []


def test_regenerate_keeps_edited_and_approved_questions(sessions, article):
    bank_id, count = banks.generate_from_article(sessions, article)
    with sessions() as session:
        first, second = crud.list_questions(session, bank_id, limit=2)
        crud.update_question(session, question_id=first.id, changes={"stem": first.stem + "（教師改）"})
        crud.bulk_approve(session, question_ids=[second.id])
    counts = banks.regenerate_bank(sessions, bank_id)
    assert counts["kept"] >= 2
    with sessions() as session:
        assert crud.get_question(session, question_id=first.id).stem.endswith("（教師改）")
        assert crud.get_question(session, question_id=second.id).status == "approved"
        assert crud.count_questions(session, bank_id) == count


def test_merge_banks(sessions, bank_id, article):
    other, count = banks.generate_from_article(sessions, article)
    with sessions() as session:
        first = crud.count_questions(session, bank_id)
    merged, total = banks.merge_banks(sessions, [bank_id, other, bank_id], "合併")
    assert total == 2 * first + count
    with sessions() as session:
        assert crud.count_questions(session, merged) == total


@pytest.mark.parametrize("fmt", ["json", "gift", "moodle-xml", "csv"])
def test_export_then_preview_and_import(sessions, bank_id, tmp_path, fmt):
    path = tmp_path / f"bank{banks.EXPORT_FORMATS[fmt]}"
    written = banks.export_bank(sessions, bank_id, fmt, path)
    bank_file, report = banks.read_import(path)
    assert len(bank_file.questions) == written and report == []
    with sessions() as session:
        before = len(crud.list_banks(session))
    new_id, count = banks.store_import(sessions, bank_file, name=f"re-{fmt}")
    assert count == written
    with sessions() as session:
        assert len(crud.list_banks(session)) == before + 1


def test_apkg_export_and_bad_import(sessions, bank_id, tmp_path):
    assert banks.export_bank(sessions, bank_id, "apkg", tmp_path / "b.apkg") > 0
    assert (tmp_path / "b.apkg").stat().st_size > 1000
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "quizapp-bank", "version": 1, "bank": {"name": "x"}, "questions": [{}]}')
    with pytest.raises(QuizappError):
        banks.read_import(broken)
