"""Single-answer choice (date_choice, event_choice, cloze_choice): large buttons, keys 1–9."""

from __future__ import annotations

from quizapp.gui.qt import QButtonGroup, Qt, QVBoxLayout
from quizapp.gui.quiz.base import QuestionView, answer_button, mark_buttons

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}


class ChoiceView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = []
        for index, _choice in enumerate(question["choices"]):
            button = answer_button(self)
            self.group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(lambda _id: self.answer_changed.emit())
        self.render()

    def given(self):
        checked = self.group.checkedId()
        return checked if checked >= 0 else None

    def set_given(self, given) -> None:
        if isinstance(given, int) and 0 <= given < len(self.buttons):
            self.buttons[given].setChecked(True)

    def handle_key(self, event) -> bool:
        index = DIGIT_KEYS.get(event.key())
        if index is None or index >= len(self.buttons) or self.locked:
            return False
        self.buttons[index].setChecked(True)
        self.answer_changed.emit()
        return True

    def lock(self, correct_answer=None) -> None:
        self.locked = True
        mark_buttons(self.buttons, self.given(), correct_answer)

    def render(self) -> None:
        for index, (button, choice) in enumerate(zip(self.buttons, self.question["choices"], strict=True)):
            text = self.content(choice)
            prefix = ""
            if self.locked:
                prefix = "✓ " if index == self.question["answer"] else "✗ " if index == self.given() else ""
            button.setText(prefix + (f"{index + 1}   {text}" if index < 9 else text))
            button.setAccessibleName(text)
