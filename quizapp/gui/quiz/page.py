"""The quiz page: progress, prompt and stem, the question's view, practice feedback, exam countdown, results.

Keys: 1–9 / T / F choose, Enter submits, Enter or Space goes on, Esc pauses (Esc again resumes).
"""

from __future__ import annotations

from quizapp.gui.data import DEFAULT_ARTICLE
from quizapp.gui.fonts import scale_font
from quizapp.gui.qt import (
    QElapsedTimer,
    QEvent,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.gui.quiz.choice import ChoiceView
from quizapp.gui.quiz.feedback import FeedbackPanel
from quizapp.gui.quiz.matching import MatchingView
from quizapp.gui.quiz.ordering import OrderingView
from quizapp.gui.quiz.true_false import TrueFalseView
from quizapp.gui.quiz.typed import TypedView
from quizapp.quiz.grading import CHOICE_TYPES
from quizapp.quiz.prompts import prompt_text

VIEWS = {
    **dict.fromkeys(CHOICE_TYPES, ChoiceView),
    "true_false": TrueFalseView,
    "ordering": OrderingView,
    "matching": MatchingView,
    "cloze_typed": TypedView,
    "year_typed": TypedView,
}


class QuizPage(QWidget):
    show_source_requested = Signal(str, str, int, int)  # article file, section id, start, end
    practice_mistakes_requested = Signal()
    closed = Signal()

    def __init__(self, state, session, bank, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = session
        self.bank = bank
        self.view = None
        self.submitted = False
        self.paused = False
        self.clock = QElapsedTimer()
        self.question_clock = QElapsedTimer()
        self.used_ms = 0  # exam time used before the last pause
        self._saved_at = session.time_used  # exam time used when last stored
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.countdown = QLabel()
        self.countdown.setVisible(session.time_limit is not None)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        top.addWidget(self.countdown)

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.stem = QLabel()
        self.stem.setWordWrap(True)
        self.stem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.stem, 1.5)
        self.view_holder = QVBoxLayout()
        self.feedback = FeedbackPanel(state)
        self.feedback.hide()
        self.feedback.show_source_requested.connect(self.show_current_source)

        self.submit_button = QPushButton()
        self.next_button = QPushButton()
        self.pause_button = QPushButton()
        self.end_button = QPushButton()
        for button in (self.submit_button, self.next_button, self.pause_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the page: Enter, Space, Esc
        self.submit_button.clicked.connect(self.submit)
        self.next_button.clicked.connect(self.next_question)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.end_button.clicked.connect(self.end_quiz)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)

        question_page = QWidget()
        column = QVBoxLayout(question_page)
        column.addLayout(top)
        column.addSpacing(12)
        column.addWidget(self.prompt)
        column.addWidget(self.stem)
        column.addSpacing(12)
        column.addLayout(self.view_holder)
        column.addWidget(self.feedback)
        column.addStretch(1)
        column.addLayout(buttons)

        self.paused_label = QLabel()
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.toggle_pause)
        paused_page = QWidget()
        paused_column = QVBoxLayout(paused_page)
        paused_column.addStretch(1)
        paused_column.addWidget(self.paused_label)
        paused_row = QHBoxLayout()
        paused_row.addStretch(1)
        paused_row.addWidget(self.resume_button)
        paused_row.addWidget(self.end_button)
        paused_row.addStretch(1)
        paused_column.addLayout(paused_row)
        paused_column.addStretch(1)

        self.results = None  # the ResultsPage, made when the quiz ends

        self.stack = QStackedWidget()
        self.stack.addWidget(question_page)
        self.stack.addWidget(paused_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.tick)
        state.script_changed.connect(self.render_content)
        if session.time_limit is not None:
            self.clock.start()
            self.ticker.start()
        self.retranslate()
        self.show_question()

    # -- flow ------------------------------------------------------------------------------------
    def show_question(self) -> None:
        question = self.session.current
        if question is None:
            self.show_results()
            return
        if self.view is not None:
            self.view_holder.removeWidget(self.view)
            self.view.hide()  # now, not at deletion: focus must not move after the new view took it
            self.view.deleteLater()
        self.view = VIEWS[question["type"]](self.state, question, self)
        self.view.set_given(self.session.draft(question["id"]))
        self.view.answer_changed.connect(self.save_draft)
        self.view.submit_requested.connect(self.enter)
        self.view_holder.addWidget(self.view)
        self.view.show()  # now, so that focus and Tab order work before the next event loop turn
        self.submitted = False
        self.feedback.hide()
        self.question_clock.start()
        self.render_content()
        self.update_buttons()
        (self.view.focus_target() or self).setFocus()

    def focus_current(self) -> None:
        """Focus where the student's next key goes: the answer field or list, else the page (its keys)."""
        if self.results is not None and self.stack.currentWidget() is self.results:
            self.results.home_button.setFocus()
            return
        target = self.view.focus_target() if self.view is not None and not self.submitted else None
        (target or self).setFocus()

    def save_draft(self) -> None:
        question = self.session.current
        if question is not None and not self.submitted:
            self.session.set_draft(question["id"], self.view.draft())

    def submit(self) -> None:
        question = self.session.current
        if question is None or self.submitted or self.paused:
            return
        given = self.view.given()
        if given is None and self.session.mode == "practice":
            return  # nothing chosen yet: Enter does nothing rather than marking it wrong
        response = self.session.submit(given, self.question_clock.elapsed() / 1000)
        self.submitted = True
        if self.session.mode == "exam":
            self.save_time_used()
            self.next_question()
            return
        self.view.lock(question["answer"] if question["type"] in CHOICE_TYPES else None)
        self.feedback.show_result(question, response.correct)
        self.update_buttons()
        self.setFocus()

    def next_question(self) -> None:
        if not self.submitted or self.paused:
            return
        self.session.advance()
        self.show_question()

    def enter(self) -> None:
        """Enter submits; once submitted, it goes on to the next question."""
        if self.submitted:
            self.next_question()
        else:
            self.submit()

    def end_quiz(self) -> None:
        self.paused = False
        self.session.finish()
        self.show_results()

    def show_results(self) -> None:
        self.ticker.stop()
        if not self.session.ended:
            self.session.finish()
        if self.results is None:
            from quizapp.gui.quiz.results import ResultsPage

            self.results = ResultsPage(self.state, self.session)
            self.results.show_source_requested.connect(self.show_source_of)
            self.results.practice_mistakes_requested.connect(self.practice_mistakes_requested)
            self.results.closed.connect(self.closed)
            self.stack.addWidget(self.results)
        self.stack.setCurrentWidget(self.results)
        self.results.home_button.setFocus()

    def toggle_pause(self) -> None:
        if self.session.finished:
            return
        self.paused = not self.paused
        if self.session.time_limit is not None:
            if self.paused:
                self.used_ms += self.clock.elapsed()
                self.ticker.stop()
                self.save_time_used()
            else:
                self.clock.restart()
                self.ticker.start()
        self.stack.setCurrentIndex(1 if self.paused else 0)
        if not self.paused:
            self.focus_current()

    def time_used(self) -> float:
        """Exam seconds used, including those of earlier runs of a resumed exam."""
        return self.session.time_used + (self.used_ms + (0 if self.paused else self.clock.elapsed())) / 1000

    def remaining_seconds(self) -> float:
        return max(0.0, self.session.time_limit - self.time_used())

    def save_time_used(self) -> None:
        """Store the time used (every few seconds, at each answer and pause), so a killed exam resumes fairly."""
        if self.session.time_limit is not None and not self.session.ended:
            self._saved_at = self.time_used()
            self.session.save_time_used(self._saved_at)

    def tick(self) -> None:
        if self.time_used() - self._saved_at >= 5:
            self.save_time_used()
        remaining = self.remaining_seconds()
        minutes, seconds = divmod(int(remaining + 0.999), 60)
        self.countdown.setText(self.tr("Time left %1").replace("%1", f"{minutes}:{seconds:02d}"))
        if remaining <= 0:
            self.time_up()

    def time_up(self) -> None:
        """Auto-submit: answers in progress are graded, unanswered ones count as wrong."""
        self.ticker.stop()
        if self.view is not None and not self.submitted:
            self.save_draft()
        self.session.finish()
        self.show_results()

    # -- source ----------------------------------------------------------------------------------
    def show_current_source(self) -> None:
        if self.session.current is not None:
            self._emit_source(self.session.current)

    def show_source_of(self, number: int) -> None:
        self._emit_source(self.session.questions[number])

    def _emit_source(self, question: dict) -> None:
        source = question["source"]
        start, end = source["span"]
        self.show_source_requested.emit(self.bank.source_file or f"{DEFAULT_ARTICLE}.md", source["section_id"], start, end)

    # -- keys and strings ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if not self.session.finished:
                self.toggle_pause()
            return
        if self.paused or self.session.finished:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter()
            return
        if key == Qt.Key.Key_Space and self.submitted:
            self.next_question()
            return
        if self.view is not None and not self.submitted and self.view.handle_key(event):
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def render_content(self, *_args) -> None:
        """Every string of the current question, in the current script and language."""
        question = self.session.current
        if question is None:
            return  # the results page follows the script itself
        self.progress_label.setText(f"{self.session.index + 1} / {self.session.total}")
        self.progress.setRange(0, self.session.total)
        self.progress.setValue(self.session.index + (1 if self.submitted else 0))
        self.prompt.setText(prompt_text(question.get("prompt", ""), self.state.language, question["type"]))
        self.stem.setText(self.state.convert(question["stem"]))
        self.stem.setAccessibleName(self.stem.text())
        if self.view is not None:
            self.view.render()
        self.feedback.render()

    def update_buttons(self) -> None:
        self.submit_button.setVisible(not self.submitted)
        self.next_button.setVisible(self.submitted)
        self.progress.setValue(self.session.index + (1 if self.submitted else 0))

    def retranslate(self) -> None:
        self.submit_button.setText(self.tr("Submit (Enter)"))
        self.next_button.setText(self.tr("Next (Enter)"))
        self.pause_button.setText(self.tr("Pause (Esc)"))
        self.end_button.setText(self.tr("End quiz"))
        self.resume_button.setText(self.tr("Resume (Esc)"))
        self.paused_label.setText(self.tr("Paused"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.countdown.setAccessibleName(self.tr("Time left"))
        if self.session.time_limit is not None:
            self.tick()
        self.render_content()
