"""Undoable teacher edits: every change (one question or many, delete included) is a QUndoCommand that
restores database snapshots (quizapp.teacher.history)."""

from __future__ import annotations

from quizapp.gui.qt import QUndoCommand


class SnapshotCommand(QUndoCommand):
    """A change already committed; undo/redo restore the rows' states before and after it."""

    def __init__(self, sessions, text: str, before: dict, after: dict, on_change) -> None:
        super().__init__(text)
        self.sessions, self.before, self.after, self.on_change = sessions, before, after, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made (and committed) before the command was pushed
            self._first = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, snapshot: dict) -> None:
        from quizapp.teacher.history import restore_questions

        with self.sessions() as session:
            restore_questions(session, snapshot)
        self.on_change()


def apply_change(stack, sessions, text: str, question_ids, action, on_change):
    """Run ``action(session)`` (a crud call that commits), then push its undo command.

    ``action`` may return the ids of questions it created (their "before" state is "absent"). A failing
    action raises before anything is pushed. Returns the action's result.
    """
    from quizapp.teacher.history import snapshot_questions

    ids = list(question_ids)
    with sessions() as session:
        before = snapshot_questions(session, ids)
        result = action(session)
        created = [i for i in result if isinstance(i, int)] if isinstance(result, list) else []
        before.update(dict.fromkeys(created))
        after = snapshot_questions(session, list(before))
    stack.push(SnapshotCommand(sessions, text, before, after, on_change))
    on_change()
    return result


class DeleteBankCommand(QUndoCommand):
    """A deleted bank, brought back (same ids) on undo for as long as the window's session lasts."""

    def __init__(self, sessions, text: str, snapshot: dict, on_change) -> None:
        super().__init__(text)
        self.sessions, self.snapshot, self.on_change = sessions, snapshot, on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        from quizapp.store import crud

        with self.sessions() as session:
            crud.delete_bank(session, bank_id=self.snapshot["bank"]["id"])
        self.on_change()

    def undo(self) -> None:
        from quizapp.teacher.history import restore_bank

        with self.sessions() as session:
            restore_bank(session, self.snapshot)
        self.on_change()


def delete_bank(stack, sessions, bank_id: int, text: str, on_change) -> None:
    from quizapp.store import crud
    from quizapp.teacher.history import snapshot_bank

    with sessions() as session:
        snapshot = snapshot_bank(session, bank_id)
        crud.delete_bank(session, bank_id=bank_id)
    stack.push(DeleteBankCommand(sessions, text, snapshot, on_change))
    on_change()
