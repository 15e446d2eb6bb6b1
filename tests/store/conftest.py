"""Engines for the store tests: in-memory SQLite, a SQLite file and (marked postgres) a PostgreSQL database."""

from __future__ import annotations

import pytest

from quizapp.store.db import make_engine, session_factory
from quizapp.store.migrate import upgrade, upgrade_engine
from tests.store import pg

BACKENDS = ["sqlite-memory", "sqlite-file", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_server():
    try:
        url, stop = pg.start_server()
    except pg.Unavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield url
    stop()


@pytest.fixture
def pg_url(pg_server):
    url, drop = pg.fresh_database(pg_server)
    yield url
    drop()


@pytest.fixture
def db_url(request, tmp_path):
    """A URL of an empty database of the requested backend (parametrize indirectly with BACKENDS)."""
    backend = getattr(request, "param", "sqlite-file")
    if backend == "sqlite-memory":
        yield "sqlite://"
    elif backend == "sqlite-file":
        yield f"sqlite:///{tmp_path / 'quizapp.sqlite3'}"
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def engine(db_url):
    """An engine on a database migrated to head."""
    engine = make_engine(db_url)
    if db_url == "sqlite://":
        upgrade_engine(engine)
    else:
        upgrade(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with session_factory(engine)() as session:
        yield session
