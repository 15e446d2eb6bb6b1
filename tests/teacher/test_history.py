"""Snapshots restore edits, bulk changes, deletes (same ids, searchable again) and deleted banks."""

from quizapp.store import crud
from quizapp.teacher.history import restore_bank, restore_questions, snapshot_bank, snapshot_questions


def test_bulk_status_and_delete_undo_redo(sessions, bank_id):
    with sessions() as session:
        ids = [row.id for row in crud.list_questions(session, bank_id, limit=30)]
        original = [row.status for row in crud.list_questions(session, bank_id, limit=30)]
        before = snapshot_questions(session, ids)
        crud.bulk_set_status(session, question_ids=ids, status="flagged", flag_reason="check")
        after = snapshot_questions(session, ids)
        restore_questions(session, before)
        assert [r.status for r in crud.list_questions(session, bank_id, limit=30)] == original
        restore_questions(session, after)
        assert {r.status for r in crud.list_questions(session, bank_id, limit=30)} == {"flagged"}

        stem = crud.get_question(session, question_id=ids[3]).stem
        total = crud.count_questions(session, bank_id)
        before = snapshot_questions(session, ids)
        crud.bulk_delete(session, question_ids=ids)
        assert crud.count_questions(session, bank_id) == total - 30
        restore_questions(session, before)
        assert crud.count_questions(session, bank_id) == total
        assert [r.id for r in crud.list_questions(session, bank_id, limit=30)] == ids
        assert ids[3] in [r.id for r in crud.list_questions(session, bank_id, search=stem[:6], limit=50)]
        restore_questions(session, dict.fromkeys(ids))
        assert crud.count_questions(session, bank_id) == total - 30


def test_deleted_bank_comes_back(sessions, bank_id):
    with sessions() as session:
        total = crud.count_questions(session, bank_id)
        snap = snapshot_bank(session, bank_id)
        crud.delete_bank(session, bank_id=bank_id)
        restore_bank(session, snap)
        assert crud.count_questions(session, bank_id) == total
        assert crud.get_bank(session, bank_id=bank_id).name == snap["bank"]["name"]
