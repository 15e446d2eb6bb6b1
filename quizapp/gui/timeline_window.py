"""The timeline in its own window: the article's events (quizapp.timeline) shown by TimelineView, following
the content script; its passages open in the reader and its periods start quizzes (through the main window)."""

from __future__ import annotations

from quizapp.gui import settings as S
from quizapp.gui.qt import QByteArray, QEvent, QKeySequence, QMainWindow, QShortcut, Signal
from quizapp.gui.timeline_view import TimelineView


class TimelineWindow(QMainWindow):
    show_in_source = Signal(str, str, int, int)  # article file, section id, start, end
    quiz_period = Signal(str, str, str)  # article file, start ISO, end ISO

    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = data
        self.source_file = ""
        self.view = TimelineView(script=state.script)
        self.setCentralWidget(self.view)
        self.view.show_in_source.connect(
            lambda section_id, start, end: self.show_in_source.emit(self.source_file, section_id, start, end))
        self.view.quiz_period.connect(lambda start, end: self.quiz_period.emit(self.source_file, start, end))
        state.script_changed.connect(self.view.set_script)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        geometry = state.settings.get(S.TIMELINE_GEOMETRY)
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            self.resize(1100, 650)

    def open_article(self, source_file: str) -> None:
        """Show the events of a bundled article (QuizappError if it cannot be read)."""
        if source_file != self.source_file:
            document = self.data.document(source_file)
            self.view.set_events(self.data.timeline(source_file), title=document.title)
            self.source_file = source_file
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.state.convert(self.data.document(self.source_file).title) if self.source_file else ""
        self.setWindowTitle(self.tr("Timeline — %1").replace("%1", title) if title else self.tr("Timeline"))

    def closeEvent(self, event) -> None:
        self.state.settings.set(S.TIMELINE_GEOMETRY, bytes(self.saveGeometry().data()))
        super().closeEvent(event)
