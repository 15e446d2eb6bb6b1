"""The results page at the end of a quiz: score and time, bar charts per section and per question type,
every question with the answer given against the right one (each with "Show in source"), and
"Practice my mistakes"."""

from __future__ import annotations

import html

from quizapp.gui.fonts import scale_font
from quizapp.gui.names import type_name
from quizapp.gui.qt import (
    QEvent,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.gui.quiz.feedback import answer_text, given_text
from quizapp.gui.results_chart import ResultsChart
from quizapp.gui.stats_models import by_section, by_type


def clock_text(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    return f"{minutes}:{seconds:02d}"


class ResultsView(QTextBrowser):
    """Every question with the answer given, the right answer and a link to its source."""

    show_source_requested = Signal(int)  # question number in the session

    def __init__(self, state, session, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = session
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.render()

    def loadResource(self, kind, url):  # nothing is ever fetched
        return None

    def _on_anchor(self, url) -> None:
        if url.scheme() == "source":
            self.show_source_requested.emit(int(url.path() or url.host() or 0))

    def render(self) -> None:
        convert = self.state.convert
        yours, right, link = self.tr("Your answer: %1"), self.tr("Answer: %1"), self.tr("Show in source")
        rows = []
        for number, question in enumerate(self.session.questions):
            response = self.session.response(question["id"])
            ok = bool(response and response.correct)
            mark = "<span style='color:#1a7f37'>✓</span>" if ok else "<span style='color:#c62828'>✗</span>"
            given = given_text(question, response.given if response else None)
            explanation = question.get("explanation")
            rows.append(
                f"<p>{mark} <b>{number + 1}.</b> {html.escape(convert(question['stem']))}<br>"
                f"{html.escape(yours.replace('%1', convert(given)))}<br>"
                f"{html.escape(right.replace('%1', convert(answer_text(question))))}"
                + (f"<br><small>{html.escape(convert(explanation))}</small>" if explanation else "")
                + f"<br><a href='source:{number}'>{html.escape(link)}</a></p>"
            )
        self.setHtml("".join(rows))
        self.setAccessibleName(self.tr("Answers"))


class ResultsPage(QWidget):
    show_source_requested = Signal(int)
    practice_mistakes_requested = Signal()
    closed = Signal()

    def __init__(self, state, session, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = session
        self.score = QLabel()
        scale_font(self.score, 1.6, bold=True)
        self.time = QLabel()
        self.section_chart = ResultsChart()
        self.type_chart = ResultsChart()
        self.answers = ResultsView(state, session)
        self.answers.show_source_requested.connect(self.show_source_requested)
        self.mistakes_button = QPushButton()
        self.mistakes_button.clicked.connect(self.practice_mistakes_requested)
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.closed)

        header = QHBoxLayout()
        header.addWidget(self.score)
        header.addSpacing(24)
        header.addWidget(self.time)
        header.addStretch(1)
        charts = QHBoxLayout()
        charts.addWidget(self.section_chart, 3, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.type_chart, 2, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.mistakes_button)
        buttons.addWidget(self.home_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addLayout(charts)
        column.addWidget(self.answers, 1)
        column.addLayout(buttons)
        state.script_changed.connect(self.render)
        self.render()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.render()
        super().changeEvent(event)

    def render(self, *_args) -> None:
        """Every string, in the current script and language."""
        correct, total = self.session.score()
        percent = round(100 * correct / total) if total else 0
        self.score.setText(self.tr("Score: %1 / %2 (%3 %)").replace("%1", str(correct)).replace("%2", str(total))
                           .replace("%3", str(percent)))
        self.time.setText(self.tr("Time: %1").replace("%1", clock_text(self.session.seconds_spent())))
        responses = self.session.responses
        sections = [(self.state.convert(key) if key else self.tr("Introduction"), right, count)
                    for key, right, count in by_section(self.session.questions, responses)]
        self.section_chart.set_data(sections, title=self.tr("By section"))
        types = [(type_name(key), right, count) for key, right, count in by_type(self.session.questions, responses)]
        self.type_chart.set_data(types, title=self.tr("By question type"))
        self.answers.render()
        missed = len(self.session.missed())
        self.mistakes_button.setText(self.tr("&Practice my mistakes (%1)").replace("%1", str(missed)))
        self.mistakes_button.setEnabled(missed > 0)
        self.mistakes_button.setAccessibleName(self.tr("Practice my mistakes"))
        self.home_button.setText(self.tr("&Back to start"))
        self.home_button.setAccessibleName(self.tr("Back to start"))
