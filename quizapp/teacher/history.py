"""Snapshots of stored rows, so every teacher edit (single or bulk, delete included) can be undone and redone.

A snapshot maps a row id to all its column values, or to None when the row does not exist; restoring one
brings the rows back to exactly that state (updating, re-inserting with the same id, or deleting).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from quizapp.store.models import Bank, Question

Snapshot = dict[int, dict[str, Any] | None]
CHUNK = 500


def _rows(session: Session, table, ids: list[int]) -> dict[int, dict[str, Any]]:
    found = {}
    for start in range(0, len(ids), CHUNK):
        result = session.connection().execute(select(table).where(table.c.id.in_(ids[start:start + CHUNK])))
        found.update({row["id"]: dict(row) for row in result.mappings()})
    return found


def snapshot_questions(session: Session, question_ids: Iterable[int]) -> Snapshot:
    ids = list(dict.fromkeys(int(i) for i in question_ids))
    found = _rows(session, Question.__table__, ids)
    return {i: found.get(i) for i in ids}


def restore_questions(session: Session, snapshot: Snapshot) -> None:
    """Bring the snapshot's questions back to their recorded state, in one transaction."""
    table = Question.__table__
    try:
        present = set(_rows(session, table, list(snapshot)))
        gone = [i for i, values in snapshot.items() if values is None and i in present]
        for start in range(0, len(gone), CHUNK):
            session.execute(delete(table).where(table.c.id.in_(gone[start:start + CHUNK])))
        missing = [values for i, values in snapshot.items() if values is not None and i not in present]
        for start in range(0, len(missing), CHUNK):
            session.execute(insert(table), missing[start:start + CHUNK])
        for i, values in snapshot.items():
            if values is not None and i in present:
                session.execute(update(table).where(table.c.id == i).values(values))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    session.expunge_all()


def snapshot_bank(session: Session, bank_id: int) -> dict[str, Any]:
    """A bank row and all its question rows (ids kept), to restore a deleted bank."""
    bank = session.connection().execute(select(Bank.__table__).where(Bank.__table__.c.id == bank_id)).mappings().one()
    questions = session.connection().execute(
        select(Question.__table__).where(Question.__table__.c.bank_id == bank_id)).mappings().all()
    return {"bank": dict(bank), "questions": [dict(row) for row in questions]}


def restore_bank(session: Session, snapshot: dict[str, Any]) -> None:
    """Re-insert a bank deleted after ``snapshot_bank`` (same ids; responses to it are not brought back)."""
    try:
        session.execute(insert(Bank.__table__), [snapshot["bank"]])
        rows = snapshot["questions"]
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(Question.__table__), rows[start:start + CHUNK])
        session.commit()
    except BaseException:
        session.rollback()
        raise
