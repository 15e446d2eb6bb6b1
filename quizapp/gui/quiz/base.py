"""What every question view shares: content rendered in the chosen script, a draft answer, locking after submit."""

from __future__ import annotations

from quizapp.gui.fonts import scale_font
from quizapp.gui.qt import QEvent, QPushButton, QSizePolicy, Qt, QWidget, Signal


class QuestionView(QWidget):
    """One question's answer area. Subclasses implement ``given``, ``set_given``, ``render`` and keys."""

    answer_changed = Signal()  # the draft changed (saved in the session, so a re-render keeps it)
    submit_requested = Signal()

    def __init__(self, state, question: dict, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.question = question
        self.locked = False

    def given(self):
        """The answer as the grader expects it, or None while nothing is chosen."""
        raise NotImplementedError

    def set_given(self, given) -> None:
        raise NotImplementedError

    def draft(self):
        """What to keep while the answer is incomplete (defaults to ``given``)."""
        return self.given()

    def render(self) -> None:
        """(Re)write every content string in the current script."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """(Re)write interface strings; most views have none."""

    def handle_key(self, event) -> bool:
        """Answer keys (1–9, T/F, Alt+Up/Down); True when the key was used."""
        return False

    def lock(self, correct_answer=None) -> None:
        """No more changes: the answer was submitted. Views may mark the right and wrong parts."""
        self.locked = True
        self.setEnabled(False)

    def focus_target(self) -> QWidget | None:
        """The widget that should have keyboard focus while answering (None: the page keeps it)."""
        return None

    def content(self, text: str) -> str:
        return self.state.convert(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


BUTTON_STYLE = "QPushButton { text-align: left; padding: 6px 12px; }"
MARK_STYLES = {
    "right": "QPushButton { text-align: left; padding: 6px 12px; border: 2px solid #1a7f37; background: #dff5e3; color: #000; }",
    "wrong": "QPushButton { text-align: left; padding: 6px 12px; border: 2px solid #c62828; background: #fde2e1; color: #000; }",
}


def mark_buttons(buttons, chosen, correct) -> None:
    """After submitting: the right answer framed green (✓), a wrong choice framed red (✗); no more clicks."""
    for index, button in enumerate(buttons):
        button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if index == correct:
            button.setStyleSheet(MARK_STYLES["right"])
            button.setText("✓ " + button.text())
        elif index == chosen:
            button.setStyleSheet(MARK_STYLES["wrong"])
            button.setText("✗ " + button.text())


def answer_button(parent=None) -> QPushButton:
    """A large, checkable answer button. Keys 1–9 and T/F choose from anywhere on the page; Tab reaches the
    buttons (Space chooses the focused one) but a click never takes focus, so Enter keeps submitting."""
    button = QPushButton(parent)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setCheckable(True)
    button.setMinimumHeight(44)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(BUTTON_STYLE)
    scale_font(button, 1.2)
    return button
