"""True or false: two large buttons, keys T and F (and 1 / 2)."""

from __future__ import annotations

from quizapp.gui.qt import QButtonGroup, QHBoxLayout, Qt
from quizapp.gui.quiz.base import QuestionView, answer_button, mark_buttons

KEYS = {Qt.Key.Key_T: True, Qt.Key.Key_1: True, Qt.Key.Key_F: False, Qt.Key.Key_2: False}


class TrueFalseView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.group = QButtonGroup(self)
        self.true_button = answer_button(self)
        self.false_button = answer_button(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.true_button, self.false_button):
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonClicked.connect(lambda _b: self.answer_changed.emit())
        self.retranslate()

    def render(self) -> None:
        """The statement is the stem, rendered by the page; the buttons carry interface strings only."""

    def retranslate(self) -> None:
        right = 0 if self.question["answer"] else 1
        chosen = self.given()
        chosen = None if chosen is None else (0 if chosen else 1)
        texts = [self.tr("T   True"), self.tr("F   False")]
        for index, (button, text) in enumerate(zip((self.true_button, self.false_button), texts, strict=True)):
            prefix = ("✓ " if index == right else "✗ " if index == chosen else "") if self.locked else ""
            button.setText(prefix + text)
        self.true_button.setAccessibleName(self.tr("True"))
        self.false_button.setAccessibleName(self.tr("False"))

    def given(self):
        if self.true_button.isChecked():
            return True
        if self.false_button.isChecked():
            return False
        return None

    def set_given(self, given) -> None:
        if given is True:
            self.true_button.setChecked(True)
        elif given is False:
            self.false_button.setChecked(True)

    def lock(self, correct_answer=None) -> None:
        self.locked = True
        given = self.given()
        buttons = [self.true_button, self.false_button]
        mark_buttons(buttons, None if given is None else (0 if given else 1), 0 if self.question["answer"] else 1)

    def handle_key(self, event) -> bool:
        if self.locked or event.key() not in KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        (self.true_button if KEYS[event.key()] else self.false_button).setChecked(True)
        self.answer_changed.emit()
        return True
