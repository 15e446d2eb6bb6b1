"""`quizapp export --format gift|moodle-xml|csv|apkg` and `quizapp import FILE` as subprocesses on a SQLite file."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from quizapp.interchange import native


def _quizapp(*args, cwd):
    return subprocess.run([sys.executable, "-m", "quizapp", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture
def db_with_bank(bank, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    source = tmp_path / "bank.json"
    native.write_bank(bank, source)
    done = _quizapp("import", source, "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return db


@pytest.mark.parametrize(("fmt", "suffix"), [("gift", ".gift"), ("moodle-xml", ".xml"), ("csv", ".csv")])
def test_export_then_import_each_format(fmt, suffix, bank, db_with_bank, tmp_path):
    out = tmp_path / f"exported{suffix}"
    done = _quizapp("export", "外蒙古独立", "--format", fmt, "--out", out, "--db", db_with_bank, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"exported {len(bank.questions)} questions" in done.stdout
    done = _quizapp("import", out, "--db", db_with_bank, "--bank", f"again-{fmt}", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"imported {len(bank.questions)} questions into bank 'again-{fmt}'" in done.stdout
    back = tmp_path / "back.json"
    done = _quizapp("export", f"again-{fmt}", "--out", back, "--db", db_with_bank, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert native.read_bank(back).to_file_dict()["questions"] == bank.to_file_dict()["questions"]


def test_export_apkg(bank, db_with_bank, tmp_path):
    out = tmp_path / "deck.apkg"
    done = _quizapp("export", "外蒙古独立", "--format", "apkg", "--out", out, "--db", db_with_bank, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "collection.anki2" in zipfile.ZipFile(out).namelist()


def test_import_of_foreign_file_reports_skipped_questions(moodle_fixtures, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    done = _quizapp("import", moodle_fixtures / "questions.gift.txt", "--db", db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "imported 6 questions into bank 'questions'" in done.stdout
    assert "essay question 'Q8' skipped" in done.stderr


def test_refused_file_is_one_error_line(moodle_fixtures, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    done = _quizapp("import", moodle_fixtures / "broken_cloze_questions.xml", "--db", db, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("quizapp: ") and "no question could be imported" in done.stderr
    assert "Traceback" not in done.stderr
