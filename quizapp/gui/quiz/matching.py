"""Matching: one combo box per left-hand item, offering the right-hand side as presented; the right-hand
items are also listed as chips that can be dragged onto a row."""

from __future__ import annotations

from quizapp.gui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QByteArray,
    QComboBox,
    QGridLayout,
    QLabel,
    QListView,
    QMimeData,
    Qt,
    QWidget,
)
from quizapp.gui.quiz.base import QuestionView

UNSET = -1
MIME_TYPE = "application/x-quizapp-matching-choice"


class ChoiceChipModel(QAbstractListModel):
    """The right-hand items, draggable; a drag carries the item's index in ``choices``."""

    def __init__(self, choices: list[str], convert, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.convert = convert

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.choices)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.convert(self.choices[index.row()])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemNeverHasChildren)

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = [index.row() for index in indexes if index.isValid()]
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def refresh(self) -> None:
        if self.choices:
            self.dataChanged.emit(self.index(0), self.index(len(self.choices) - 1), [Qt.ItemDataRole.DisplayRole])


class DropComboBox(QComboBox):
    """A combo box that also takes a right-hand chip dropped on it (item 0 is "choose")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME_TYPE) and self.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            event.ignore()
            return
        choice = int(bytes(event.mimeData().data(MIME_TYPE).data()).decode())
        if 0 <= choice < self.count() - 1:
            self.setCurrentIndex(choice + 1)
            event.acceptProposedAction()


class MatchingView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.combos: list[DropComboBox] = []
        for row, _left in enumerate(question["left"]):
            label = QLabel(self)
            label.setWordWrap(True)
            combo = DropComboBox(self)
            combo.addItem("")
            for _choice in question["choices"]:
                combo.addItem("")
            combo.setMinimumHeight(32)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self.answer_changed.emit())
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.labels.append(label)
            self.combos.append(combo)
        for first, second in zip(self.combos, self.combos[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.chips_model = ChoiceChipModel(question["choices"], self.content, self)
        self.chips = QListView(self)
        self.chips.setModel(self.chips_model)
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setSpacing(6)
        self.chips.setDragEnabled(True)
        self.chips.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.chips.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the combo boxes are the keyboard way
        self.chips.setFrameShape(QListView.Shape.NoFrame)
        self.chips.setStyleSheet(
            "QListView { background: transparent; }"
            "QListView::item { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 10px; }"
        )
        self.chips.setMaximumHeight(self.chips.fontMetrics().height() * 4)
        self.grid.addWidget(self.chips, len(self.combos), 0, 1, 2)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.render()
        self.retranslate()

    def render(self) -> None:
        for label, combo, left in zip(self.labels, self.combos, self.question["left"], strict=True):
            label.setText(self.content(left))
            for index, choice in enumerate(self.question["choices"], start=1):
                combo.setItemText(index, self.content(choice))
            combo.setAccessibleName(self.content(left))
        self.chips_model.refresh()

    def retranslate(self) -> None:
        for combo in self.combos:
            combo.setItemText(0, self.tr("— choose —"))
        self.chips.setToolTip(self.tr("Drag an answer onto a row, or choose it in the list on that row"))
        self.chips.setAccessibleName(self.tr("Answers to match"))

    def given(self):
        chosen = [combo.currentIndex() - 1 for combo in self.combos]
        return None if UNSET in chosen else chosen

    def draft(self) -> list[int]:
        return [combo.currentIndex() - 1 for combo in self.combos]

    def set_given(self, given) -> None:
        if isinstance(given, list) and len(given) == len(self.combos):
            for combo, index in zip(self.combos, given, strict=True):
                combo.setCurrentIndex(index + 1)

    def focus_target(self):
        return self.combos[0] if self.combos else None

    def lock(self, correct_answer=None) -> None:
        self.locked = True
        self.chips.setDragEnabled(False)
        for combo in self.combos:
            combo.setEnabled(False)
