"""Typed answers (cloze_typed, year_typed): a line edit graded on submit, never per keystroke (input methods)."""

from __future__ import annotations

from quizapp.gui.fonts import scale_font
from quizapp.gui.qt import QLineEdit, QVBoxLayout
from quizapp.gui.quiz.base import QuestionView


class TypedView(QuestionView):
    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(state, question, parent)
        self.edit = QLineEdit(self)
        scale_font(self.edit, 1.3)
        self.edit.setMinimumHeight(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        # textEdited, not textChanged: committed input only, so an input method's pre-edit is left alone
        self.edit.textEdited.connect(lambda _t: self.answer_changed.emit())
        # Enter is not taken from returnPressed: QLineEdit passes the key on to the page as well, which
        # would submit and then go straight on, skipping the feedback. The page's Enter handling does it once.
        self.retranslate()

    def render(self) -> None:
        """Nothing to convert: what the student typed stays as typed (grading ignores the script)."""

    def retranslate(self) -> None:
        if self.question["type"] == "year_typed":
            self.edit.setPlaceholderText(self.tr("Year, e.g. 1945"))
            self.edit.setAccessibleName(self.tr("Your answer: a year"))
        else:
            self.edit.setPlaceholderText(self.tr("Type your answer, then press Enter"))
            self.edit.setAccessibleName(self.tr("Your answer"))

    def given(self):
        text = self.edit.text().strip()
        return text or None

    def set_given(self, given) -> None:
        if given is not None:
            self.edit.setText(str(given))

    def focus_target(self):
        return self.edit

    def lock(self, correct_answer=None) -> None:
        self.locked = True
        self.edit.setReadOnly(True)
