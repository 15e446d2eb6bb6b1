"""Matching: one combo box per left-hand item, offering the right-hand side as presented."""

from __future__ import annotations

from quizapp.gui.qt import QComboBox, QGridLayout, QLabel, QWidget
from quizapp.gui.quiz.base import QuestionView

UNSET = -1


class MatchingView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.combos: list[QComboBox] = []
        for row, _left in enumerate(question["left"]):
            label = QLabel(self)
            label.setWordWrap(True)
            combo = QComboBox(self)
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

    def retranslate(self) -> None:
        for combo in self.combos:
            combo.setItemText(0, self.tr("— choose —"))

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
        for combo in self.combos:
            combo.setEnabled(False)
