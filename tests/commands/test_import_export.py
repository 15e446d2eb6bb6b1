"""quizapp import / export / db upgrade through the command line, on a temporary SQLite file."""

from __future__ import annotations

import json

import pytest

from quizapp.bankformat import parse_bank
from quizapp.cli import main
from quizapp.interchange.native import dumps_bank
from quizapp.store import crud
from quizapp.store.db import make_engine, session_factory
from tests.store import samples


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def _canonical_file(tmp_path, data=None, name="bank.json"):
    path = tmp_path / name
    path.write_text(dumps_bank(parse_bank(data or samples.bank_file())), encoding="utf-8")
    return path


def _bank_names(db):
    engine = make_engine(db)
    with session_factory(engine)() as session:
        names = [bank.name for bank, _ in crud.list_banks(session)]
    engine.dispose()
    return names


def test_round_trip_is_lossless_and_deterministic(tmp_path, db, capsys):
    source = _canonical_file(tmp_path)
    assert main(["import", str(source), "--db", db]) == 0
    assert "imported 8 questions into bank '外蒙古独立'" in capsys.readouterr().out
    out1, out2 = tmp_path / "out1.json", tmp_path / "out2.json"
    assert main(["export", "外蒙古独立", "--format", "json", "--out", str(out1), "--db", db]) == 0
    assert main(["export", "外蒙古独立", "--out", str(out2), "--db", db]) == 0
    assert out1.read_bytes() == source.read_bytes() == out2.read_bytes()
    assert main(["import", str(out1), "--db", db, "--bank", "copy"]) == 0
    out3 = tmp_path / "out3.json"
    assert main(["export", "copy", "--out", str(out3), "--db", db]) == 0
    assert json.loads(out3.read_text("utf-8"))["questions"] == json.loads(source.read_text("utf-8"))["questions"]


def test_one_bad_question_imports_nothing(tmp_path, db, capsys):
    data = samples.bank_file()
    data["questions"][6]["answer"] = []
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    assert main(["import", str(path), "--db", db]) == 2
    err = capsys.readouterr().err.strip()
    line = next(i for i, text in enumerate(path.read_text("utf-8").splitlines(), 1) if '"q-typed"' in text)
    assert err.startswith(f"quizapp: {path}:{line}: question 6 (q-typed): field 'answer'")
    assert "Traceback" not in err
    assert main(["db", "upgrade", "--db", db]) == 0
    assert _bank_names(db) == []


def test_name_clash_and_bank_option(tmp_path, db, capsys):
    source = _canonical_file(tmp_path)
    assert main(["import", str(source), "--db", db]) == 0
    assert main(["import", str(source), "--db", db]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(source), "--db", db, "--bank", "第二"]) == 0
    assert sorted(_bank_names(db)) == sorted(["外蒙古独立", "第二"])
    assert main(["export", "沒有這個", "--out", str(tmp_path / "x.json"), "--db", db]) == 2
    assert "no bank '沒有這個'" in capsys.readouterr().err


def test_unknown_and_planned_formats_are_clear_errors(tmp_path, db, capsys):
    anki = tmp_path / "bank.apkg"
    anki.write_bytes(b"PK\x03\x04")
    assert main(["import", str(anki), "--db", db]) == 2
    assert "apkg files is not available" in capsys.readouterr().err
    odd = tmp_path / "bank.docx"
    odd.write_text("x", encoding="utf-8")
    assert main(["import", str(odd), "--db", db]) == 2
    assert "unknown bank file type '.docx'" in capsys.readouterr().err
    assert main(["export", "b", "--format", "pdf", "--out", str(tmp_path / "b.pdf"), "--db", db]) == 2
    assert "unknown export format 'pdf'" in capsys.readouterr().err


def test_db_upgrade_and_env_override(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("QUIZAPP_DB", url)
    assert main(["db", "upgrade"]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at schema revision" in capsys.readouterr().out
    assert (tmp_path / "env.sqlite3").exists()
