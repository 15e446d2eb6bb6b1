"""Alembic owns the schema: upgrade a database to head, backing up a SQLite file first, refusing newer ones."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from quizapp.errors import StoreError
from quizapp.paths import MIGRATIONS


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None  # revision found (None: fresh database)
    after: str
    backup: Path | None  # copy of the SQLite file taken before migrating, if one was needed

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config(connection: Connection | None = None, url: str | None = None):
    """An Alembic Config built in code: no alembic.ini is needed at run time."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(url: str) -> tuple[str | None, bool]:
    """(revision, has_tables) read without changing the database (no WAL switch, no write)."""
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from quizapp.store.db import make_engine, sqlite_path

    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            return None, False
        # a plain connection: no WAL switch or other pragma, only SELECTs, so a file we refuse keeps its bytes
        # (a WAL file's -wal/-shm companions are removed again when this last connection closes)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(str(path)))
    else:
        engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
    except StoreError:
        raise
    except Exception as exc:
        # the driver's own message: SQLAlchemy's str() adds the SQL and a help link on further lines
        raise StoreError(f"cannot open database: {getattr(exc, 'orig', None) or exc}",
                         file=str(path) if path else None) from None
    finally:
        engine.dispose()
    return revision, has_tables


def backup_sqlite(path: Path) -> Path:
    """Copy a SQLite file (WAL contents included) next to it, with a UTC timestamp in the name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade_engine(engine) -> None:
    """Run the migrations to head on an engine's own connection (used for in-memory SQLite)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def upgrade(url: str) -> UpgradeResult:
    """Bring the database at ``url`` to the newest schema this quizapp knows.

    A fresh database is created at head. An existing SQLite file that needs migrating is first copied to
    ``<file>.<timestamp>.bak``. A database stamped with a revision this quizapp does not know (made by a
    newer version) is refused with a StoreError and left untouched.
    """
    from quizapp.store.db import make_engine, sqlite_path

    head = head_revision()
    before, has_tables = current_revision(url)
    path = sqlite_path(url)
    where = str(path) if path else None
    if before is not None and before not in known_revisions():
        raise StoreError(
            f"the database is at schema revision {before!r}, which this quizapp does not know (it knows up to "
            f"{head!r}); it was written by a newer quizapp: upgrade quizapp, or use another --db",
            file=where,
        )
    if before is None and has_tables:
        raise StoreError("the database has tables but no quizapp schema revision: not a quizapp database",
                         file=where)
    if before == head:
        return UpgradeResult(before, head, None)
    backup = backup_sqlite(path) if path is not None and before is not None else None
    engine = make_engine(url)
    try:
        upgrade_engine(engine)
    except Exception as exc:
        hint = f"; the file before migrating is kept at {backup}" if backup else ""
        reason = getattr(exc, "orig", None) or exc
        raise StoreError(f"migrating the database from {before} to {head} failed: {reason}{hint}",
                         file=where) from exc
    finally:
        engine.dispose()
    return UpgradeResult(before, head, backup)
