"""Engine set-up: URL resolution, SQLite pragmas, and two writers on one database losing nothing."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from quizapp.errors import StoreError
from quizapp.store import crud
from quizapp.store.db import ENV_VAR, make_engine, open_store, resolve_url, session_factory
from quizapp.store.models import Response
from tests.store import samples


def test_resolve_url_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'data' / 'quizapp.sqlite3'}"
    monkeypatch.setenv(ENV_VAR, "sqlite:///from-env.db")
    assert resolve_url() == "sqlite:///from-env.db"
    assert resolve_url("postgresql://u@localhost/q") == "postgresql://u@localhost/q"
    with pytest.raises(StoreError, match="not a database URL"):
        resolve_url("no url at all")


def test_sqlite_connections_get_wal_foreign_keys_and_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'q.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_open_store_in_memory_keeps_its_schema():
    engine = open_store("sqlite://")
    with session_factory(engine)() as session:
        bank = crud.create_bank(session, name="m")
        assert crud.get_bank(session, name="m").id == bank.id
    engine.dispose()


@pytest.mark.parametrize("db_url", ["sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres)],
                         indirect=True)
def test_two_engines_two_writer_threads_lose_nothing(engine, db_url):
    with session_factory(engine)() as session:
        bank = crud.import_bank(session, samples.bank_file())
        student = crud.get_or_create_student(session, name="s")
        qids = [q.id for q in crud.list_questions(session, bank.id)]
        quizzes = [crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=qids).id
                   for _ in range(2)]
    engines = [engine, make_engine(db_url)]
    per_thread = 150
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(index: int) -> None:
        try:
            start.wait()
            with session_factory(engines[index])() as session:
                for n in range(per_thread):
                    crud.record_response(session, quiz_session_id=quizzes[index], question_id=qids[n % len(qids)],
                                         given=n, correct=n % 2 == 0, time_ms=n)
                    if n % 25 == 0:  # a different kind of write in between
                        crud.set_setting(session, key=f"writer{index}", value=n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    engines[1].dispose()
    assert errors == []
    with session_factory(engine)() as session:
        for quiz_id in quizzes:
            given = session.execute(select(Response.given).where(Response.session_id == quiz_id)
                                    .order_by(Response.id)).scalars().all()
            assert given == list(range(per_thread))
        assert session.execute(select(func.count(Response.id))).scalar() == 2 * per_thread
        assert [crud.get_setting(session, key=f"writer{i}") for i in range(2)] == [125, 125]



def test_a_failed_commit_leaves_the_session_usable(tmp_path, monkeypatch):
    """A database locked past the busy timeout gives StoreError, and the same session works once it is free."""
    import sqlite3

    from quizapp.store import db as store_db

    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "locked.sqlite3"
    engine = open_store(f"sqlite:///{path}")
    try:
        with session_factory(engine)() as session:
            crud.create_bank(session, name="first")
            blocker = sqlite3.connect(path)
            blocker.execute("BEGIN EXCLUSIVE")
            try:
                with pytest.raises(StoreError):
                    crud.create_bank(session, name="blocked")
            finally:
                blocker.rollback()
                blocker.close()
            crud.create_bank(session, name="after")
            names = sorted(bank.name for bank, _count in crud.list_banks(session))
        assert names == ["after", "first"]
    finally:
        engine.dispose()
