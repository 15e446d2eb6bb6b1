"""Schema migrations: fresh databases at head, old ones upgraded with their data and a backup, newer refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from quizapp.errors import StoreError
from quizapp.store import crud
from quizapp.store.db import make_engine, session_factory, sqlite_path
from quizapp.store.migrate import alembic_config, current_revision, head_revision, upgrade


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_revision_1_with_data(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO bank (id, name, created, modified) VALUES (1, '舊題庫', :t, :t)"),
                     {"t": "2025-01-01 00:00:00"})
        conn.execute(
            text("INSERT INTO question (id, bank_id, qid, type, prompt, stem, data, explanation, source, section_id,"
                 " events, difficulty, tags, status, flag_reason, position, search_text, created, modified)"
                 " VALUES (7, 1, 'q-old', 'year_typed', 'year_typed.year', '蔣介石何時訪問莫斯科', :data, '',"
                 " :source, 's1', '[]', 2, '[\"舊\"]', 'approved', '', 0, '蒋介石何时访问莫斯科', :t, :t)"),
            {"data": json.dumps({"answer": 1945}),
             "source": json.dumps({"section_id": "s1", "section_path": [], "span": [0, 2], "quote": "蔣介"}),
             "t": "2025-01-01 00:00:00"},
        )
    engine.dispose()


def test_fresh_database_is_created_at_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    result = upgrade(url)
    assert (result.before, result.after, result.backup) == (None, head_revision(), None)
    assert upgrade(url).changed is False
    assert list(tmp_path.glob("*.bak")) == []


@pytest.mark.parametrize("db_url", ["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_revision_1_database_is_upgraded_with_its_data(db_url):
    _make_revision_1_with_data(db_url)
    assert current_revision(db_url)[0] == "0001"
    result = upgrade(db_url)
    assert (result.before, result.after) == ("0001", "0002")
    path = sqlite_path(db_url)
    if path is not None:
        assert result.backup is not None and result.backup.exists()
        with sqlite3.connect(result.backup) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert backup.execute("SELECT stem FROM question").fetchone() == ("蔣介石何時訪問莫斯科",)
    engine = make_engine(db_url)
    with session_factory(engine)() as session:
        [(bank, count)] = crud.list_banks(session)
        assert (bank.name, count) == ("舊題庫", 1)
        [row] = crud.list_questions(session, bank.id, search="蒋介石")
        assert (row.qid, row.data, row.tags, row.status, row.gloss_en) == (
            "q-old", {"answer": 1945}, ["舊"], "approved", "")
        assert crud.export_bank(session, bank_id=bank.id).questions[0].answer == 1945
    engine.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    url = f"sqlite:///{path}"
    upgrade(url)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.close()
    before = _digest(path)
    names_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="0099_from_the_future.*newer quizapp") as caught:
        upgrade(url)
    assert caught.value.file == str(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before  # no backup, no stray files


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(StoreError, match="not a quizapp database"):
        upgrade(f"sqlite:///{path}")


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        upgrade(f"sqlite:///{path}")


@pytest.mark.parametrize("db_url", ["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_migrations_build_exactly_the_models_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    upgrade(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = [d for d in compare_metadata(context, SQLModel.metadata) if "question_fts" not in str(d)]
    engine.dispose()
    assert differences == []
