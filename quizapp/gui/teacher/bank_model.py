"""The teacher window's bank list: a list model of (id, name, question count) rows read from the store."""

from __future__ import annotations

from typing import NamedTuple

from quizapp.gui.qt import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

BANK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BANK_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ROOT = QModelIndex()


class BankRow(NamedTuple):
    id: int
    name: str
    count: int


def bank_rows(session) -> list[BankRow]:
    """Every stored bank with its question count, by name."""
    from quizapp.store import crud

    return [BankRow(bank.id, bank.name, count) for bank, count in crud.list_banks(session)]


class BankListModel(QAbstractListModel):
    """One row per bank, shown as ``name  (count)``; the id and the bare name through their own roles."""

    BankIdRole = BANK_ID_ROLE
    BankNameRole = BANK_NAME_ROLE

    def __init__(self, rows: list[BankRow] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BankRow] = list(rows or [])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{row.name}  ({row.count})"
        if role == BANK_ID_ROLE:
            return row.id
        if role == BANK_NAME_ROLE:
            return row.name
        return None

    def roleNames(self) -> dict[int, bytes]:
        return {**super().roleNames(), BANK_ID_ROLE: b"bankId", BANK_NAME_ROLE: b"bankName"}

    def refresh(self, rows: list[BankRow]) -> None:
        """Replace every row (views lose their selection: the caller sets the current bank again)."""
        self.beginResetModel()
        self._rows = [BankRow(*row) for row in rows]
        self.endResetModel()

    def row_of(self, bank_id: int | None) -> int | None:
        """The row showing ``bank_id``; None when it is not listed."""
        return next((n for n, row in enumerate(self._rows) if row.id == bank_id), None)

    def bank_at(self, row: int) -> BankRow | None:
        """The bank shown at ``row``; None outside the list."""
        return self._rows[row] if 0 <= row < len(self._rows) else None
