"""Where the database is (default file, --db, QUIZAPP_DB) and how engines and sessions are made."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from quizapp.errors import StoreError

ENV_VAR = "QUIZAPP_DB"
DEFAULT_FILE_NAME = "quizapp.sqlite3"
SQLITE_BUSY_TIMEOUT_MS = 5000


def default_url() -> str:
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("quizapp", appauthor=False))
    return f"sqlite:///{folder / DEFAULT_FILE_NAME}"


def resolve_url(cli_url: str | None = None) -> str:
    """The database URL in force: --db beats $QUIZAPP_DB beats the per-user default file."""
    url = cli_url or os.environ.get(ENV_VAR) or default_url()
    try:
        make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r} ({exc})") from None
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for in-memory SQLite and other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def _json_dumps(value: object) -> str:
    # ensure_ascii=False keeps CJK readable in the column and lets tag filters match the stored text
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a commit then costs no fsync
    cursor.close()


# SQLite's own words for conditions the user can act on -> what quizapp tells them
_SQLITE_CONDITIONS = (
    (("full",), "no space left for the database (SQLite: {error}): free some space; this change was not saved"),
    (("readonly", "read-only"), "the database cannot be written (SQLite: {error}): check the file's permissions "
                                "or use another --db"),
    (("locked", "busy"), "the database is in use by another program for longer than "
                         f"{SQLITE_BUSY_TIMEOUT_MS // 1000} s (SQLite: {{error}}): close other quizapp windows and "
                         "try again"),
    (("unable to open",), "cannot open the database file (SQLite: {error})"),
    (("disk i/o",), "disk I/O error on the database (SQLite: {error})"),
)


def _sqlite_store_error(context) -> None:
    """An OperationalError of SQLite that means full disk, read-only file or lock becomes a one-line StoreError."""
    import sqlite3

    error = context.original_exception
    if not isinstance(error, sqlite3.OperationalError):
        return
    words = str(error).lower()
    for needles, message in _SQLITE_CONDITIONS:
        if any(needle in words for needle in needles):
            raise StoreError(message.format(error=error), file=context.engine.url.database or None) from error


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    parsed = make_url(url)
    kwargs: dict = {"echo": echo, "json_serializer": _json_dumps}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False}
        if sqlite_path(url) is None:
            kwargs["poolclass"] = StaticPool  # one shared connection, or every session sees a new empty db
        else:
            sqlite_path(url).parent.mkdir(parents=True, exist_ok=True)
    elif parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not the psycopg2 default
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:  # missing driver, bad options
        raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if is_sqlite:
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "handle_error", _sqlite_store_error)
    return engine


def session_factory(engine: Engine) -> Callable[[], Session]:
    """Sessions whose objects stay readable after commit (the GUI keeps them in item models)."""
    return sessionmaker(bind=engine, class_=Session, expire_on_commit=False)


def open_store(cli_url: str | None = None) -> Engine:
    """Resolve the URL, bring the schema to head (backing up a file first) and return an engine."""
    from quizapp.store.migrate import upgrade, upgrade_engine

    url = resolve_url(cli_url)
    if make_url(url).get_backend_name() == "sqlite" and sqlite_path(url) is None:
        engine = make_engine(url)  # in-memory: the schema must be made on the engine that keeps the data
        upgrade_engine(engine)
        return engine
    upgrade(url)
    return make_engine(url)
