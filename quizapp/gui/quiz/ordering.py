"""Ordering: the items in a list view over a model; drag and drop, or Alt+Up / Alt+Down moves the current item."""

from __future__ import annotations

from quizapp.gui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QByteArray,
    QEvent,
    QLabel,
    QListView,
    QMimeData,
    QModelIndex,
    Qt,
    QVBoxLayout,
)
from quizapp.gui.quiz.base import QuestionView

MIME_TYPE = "application/x-quizapp-ordering-row"


class OrderingModel(QAbstractListModel):
    """Rows are the question's item indices in the student's current order; text in the chosen script."""

    def __init__(self, items: list[str], convert, parent=None) -> None:
        super().__init__(parent)
        self.items = items
        self.convert = convert
        self.order = list(range(len(items)))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.order)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.order):
            return None
        item = self.order[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}.  {self.convert(self.items[item])}"
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop between rows only, never onto a row
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction and not parent.isValid()

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Move the dragged row to ``row``; nothing is removed afterwards (removeRows is not supported)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rows = [int(r) for r in bytes(data.data(MIME_TYPE).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False
        destination = len(self.order) if row < 0 else row
        return self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), destination)

    def moveRows(self, source_parent, source_row, count, destination_parent, destination_child) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self.order) or not 0 <= destination_child <= len(self.order):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_child):
            return False
        item = self.order.pop(source_row)
        self.order.insert(destination_child - (1 if destination_child > source_row else 0), item)
        self.endMoveRows()
        self.refresh()  # row numbers in the labels changed
        return True

    def set_order(self, order: list[int]) -> None:
        if sorted(order) == list(range(len(self.items))):
            self.beginResetModel()
            self.order = list(order)
            self.endResetModel()

    def refresh(self) -> None:
        if self.order:
            self.dataChanged.emit(self.index(0), self.index(len(self.order) - 1), [Qt.ItemDataRole.DisplayRole])


class OrderingView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.model = OrderingModel(question["choices"], self.content, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(4)
        self.list.setCurrentIndex(self.model.index(0))
        rows = self.model.rowCount()
        row_height = self.list.sizeHintForRow(0) + 2 * self.list.spacing() if rows else 0
        self.list.setMaximumHeight(rows * row_height + 2 * self.list.frameWidth() + 2 * self.list.spacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)  # drawn in the palette's quieter colour
        layout.addWidget(self.hint)
        self.model.rowsMoved.connect(lambda *_: self.answer_changed.emit())
        self.list.installEventFilter(self)  # Alt+Up/Down before the list uses Up/Down to move the cursor
        self.retranslate()

    def render(self) -> None:
        self.model.refresh()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Events to put in order"))
        self.list.setAccessibleDescription(self.tr("Alt+Up and Alt+Down move the selected event"))
        self.list.setToolTip(self.tr("Drag the events, or move the selected one with Alt+Up / Alt+Down"))
        self.hint.setText(self.list.toolTip())

    def given(self):
        return list(self.model.order)

    def set_given(self, given) -> None:
        if isinstance(given, list):
            self.model.set_order(given)

    def focus_target(self):
        return self.list

    def move_current(self, step: int) -> bool:
        row = self.list.currentIndex().row()
        target = row + step
        if self.locked or row < 0 or not 0 <= target < self.model.rowCount():
            return False
        destination = target + 1 if step > 0 else target
        if self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            self.list.setCurrentIndex(self.model.index(target))
            return True
        return False

    def handle_key(self, event) -> bool:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            if event.key() == Qt.Key.Key_Up:
                return self.move_current(-1) or True
            if event.key() == Qt.Key.Key_Down:
                return self.move_current(+1) or True
        return False

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and self.handle_key(event):
            return True
        return super().eventFilter(watched, event)

    def lock(self, correct_answer=None) -> None:
        self.locked = True
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
