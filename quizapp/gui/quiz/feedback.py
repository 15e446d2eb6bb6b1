"""Feedback on an answer: the practice panel after each answer (right or wrong, answer, explanation, source)."""

from __future__ import annotations

import html

from quizapp.gui.qt import QCoreApplication, QEvent, QLabel, Qt, QVBoxLayout, QWidget, Signal
from quizapp.quiz.grading import CHOICE_TYPES, correct_answer_text


def given_text(question: dict, given) -> str:
    """The student's answer as text (content in the source script; the caller converts)."""
    if given is None:
        return QCoreApplication.translate("Feedback", "(no answer)")
    kind = question["type"]
    if kind in CHOICE_TYPES:
        return question["choices"][given] if 0 <= given < len(question["choices"]) else "?"
    if kind == "true_false":
        return QCoreApplication.translate("Feedback", "True") if given else QCoreApplication.translate("Feedback", "False")
    if kind == "ordering":
        return " → ".join(question["choices"][i] for i in given)
    if kind == "matching":
        return "；".join(
            f"{left} — {question['choices'][j] if j >= 0 else '?'}" for left, j in zip(question["left"], given, strict=False)
        )
    return str(given)


def answer_text(question: dict) -> str:
    if question["type"] == "true_false":
        return given_text(question, question["answer"])
    return correct_answer_text(question)


class FeedbackPanel(QWidget):
    """Right or wrong, the correct answer, the explanation, and a "Show in source" link."""

    show_source_requested = Signal()

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.question = None
        self.correct = False
        self.verdict = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.source_link = QLabel()
        self.source_link.setTextFormat(Qt.TextFormat.RichText)
        self.source_link.linkActivated.connect(lambda _link: self.show_source_requested.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.detail)
        layout.addWidget(self.source_link)

    def show_result(self, question: dict, correct: bool) -> None:
        self.question, self.correct = question, correct
        self.render()
        self.show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.question is not None:
            self.render()
        super().changeEvent(event)

    def render(self) -> None:
        question = self.question
        if question is None:
            return
        convert = self.state.convert
        if self.correct:
            self.verdict.setText("<b style='color:#1a7f37'>✓ " + html.escape(self.tr("Correct")) + "</b>")
        else:
            self.verdict.setText("<b style='color:#c62828'>✗ " + html.escape(self.tr("Wrong")) + "</b>")
        parts = [html.escape(self.tr("Answer: %1").replace("%1", convert(answer_text(question))))]
        if question.get("explanation"):
            parts.append(html.escape(convert(question["explanation"])))
        quote = question.get("source", {}).get("quote")
        if quote and quote not in question.get("explanation", ""):  # generated explanations quote it already
            parts.append("<i>「" + html.escape(convert(quote)) + "」</i>")
        self.detail.setText("<br>".join(parts))
        self.source_link.setText(f"<a href='source'>{html.escape(self.tr('Show in source'))}</a>")
        self.source_link.setAccessibleName(self.tr("Show in source"))
        self.verdict.setAccessibleName(self.verdict.text())
