"""Script-insensitive question search: a normalized search_text column, FTS5 trigram on SQLite, LIKE elsewhere.

This is the one place with SQLite-specific SQL (the question_fts table made by migration 0001).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

from sqlalchemy import column, select, table, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from quizapp.text import normalize_for_match

TRIGRAM = 3  # FTS5's trigram tokenizer cannot match a query shorter than this
_fts_by_engine: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


# Private use: normalize_for_match keeps it, OpenCC passes it through, and no typed query contains it.
_SEPARATOR = "\ue000"
# The search text is unique per question: bypass normalize_for_match's cache instead of flooding it.
_normalize_uncached = getattr(normalize_for_match, "__wrapped__", normalize_for_match)


def search_text_for(*, stem: str, choices: Iterable[str] = (), left: Iterable[str] = (),
                    explanation: str = "") -> str:
    """The normalized text searched for a question: one line per stem, left item, choice and explanation.

    Each part is normalized as normalize_for_match does (Simplified script, half-width, case-folded, no
    punctuation or spaces), so 蒋介石 and 蔣介石 are stored and searched alike. Parts are joined by newlines,
    which no normalized query contains, so a match never straddles two parts. One conversion call per
    question: the parts travel joined by a private-use separator.
    """
    parts = [part for part in (stem, *left, *choices, explanation) if part]
    normalized = _normalize_uncached(_SEPARATOR.join(parts)).split(_SEPARATOR)
    return "\n".join(part for part in normalized if part)


def normalize_query(query: str) -> str:
    return normalize_for_match(query)


def _has_fts(connection: Connection) -> bool:
    engine = connection.engine
    if engine not in _fts_by_engine:
        found = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'question_fts'"
        ).first()
        _fts_by_engine[engine] = found is not None
    return _fts_by_engine[engine]


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on Question for ``query``; None when the query normalizes to nothing."""
    from quizapp.store.models import Question

    needle = normalize_query(query)
    if not needle:
        return None
    connection = session.connection()
    if connection.dialect.name == "sqlite" and len(needle) >= TRIGRAM and _has_fts(connection):
        phrase = '"' + needle.replace('"', '""') + '"'
        matching = (
            select(column("rowid"))
            .select_from(table("question_fts"))
            .where(text("question_fts MATCH :fts_query").bindparams(fts_query=phrase))
        )
        return Question.id.in_(matching)
    return Question.search_text.contains(needle, autoescape=True)

