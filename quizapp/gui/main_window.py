"""The main window: menus (File, View, Help), the home page and the quiz page; opens the reader window."""

from __future__ import annotations

import contextlib

from quizapp.errors import QuizappError
from quizapp.gui import settings as S
from quizapp.gui.data import DEFAULT_ARTICLE
from quizapp.gui.dialogs import SCRIPT_NAMES, AboutDialog, PreferencesDialog
from quizapp.gui.home import HomePage
from quizapp.gui.i18n import LANGUAGE_NAMES
from quizapp.gui.qt import (
    QAction,
    QActionGroup,
    QByteArray,
    QCoreApplication,
    QEvent,
    QKeySequence,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

MENU_SCRIPTS = ("hans", "hant")  # the View menu offers the two scripts; Taiwan/Hong Kong are in Preferences


class MainWindow(QMainWindow):
    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = data
        self.reader_window = None
        self.timeline_window = None
        self.quiz_page = None
        self.pages = QStackedWidget()
        self.home = HomePage(state, data)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        self.home.start_requested.connect(self.start_quiz)
        self.home.review_requested.connect(self.start_review)
        self.home.resume_requested.connect(self.resume_quiz)
        self.home.read_requested.connect(lambda: self.open_reader())
        self.home.timeline_requested.connect(lambda: self.open_timeline())
        self.home.bank_changed.connect(self.load_bank_details)
        self.home.student_changed.connect(lambda _name: self.refresh_due())
        self._build_menus()
        self.data.writer.failed.connect(self.show_store_error)
        self.state.script_changed.connect(self._sync_checks)
        self.state.language_changed.connect(self._sync_checks)
        self.retranslate()
        self._sync_checks()
        geometry = state.settings.get(S.MAIN_GEOMETRY)
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            self.resize(900, 640)

    # -- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self.file_menu.addAction("", self.open_bank_file)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.preferences_action = self.file_menu.addAction("", self.show_preferences)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.view_menu = bar.addMenu("")
        self.script_menu = self.view_menu.addMenu("")
        self.script_group = QActionGroup(self)
        self.script_actions = {}
        for code in MENU_SCRIPTS:
            action = self.script_menu.addAction(SCRIPT_NAMES[code])
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.state.set_script(c))
            self.script_group.addAction(action)
            self.script_actions[code] = action
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGE_NAMES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.state.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.view_menu.addSeparator()
        self.zoom_in_action = self.view_menu.addAction("", self.state.zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_out_action = self.view_menu.addAction("", self.state.zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self.view_menu.addAction("", lambda: self.state.set_zoom(100))
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.view_menu.addSeparator()
        self.reader_action = self.view_menu.addAction("", lambda: self.open_reader())
        self.reader_action.setShortcut(QKeySequence("Ctrl+R"))
        self.timeline_action = self.view_menu.addAction("", lambda: self.open_timeline())
        self.timeline_action.setShortcut(QKeySequence("Ctrl+T"))

        self.teacher_menu = bar.addMenu("")
        self.teacher_action = self.teacher_menu.addAction("", self.open_teacher)

        self.help_menu = bar.addMenu("")
        self.about_action = self.help_menu.addAction("", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _sync_checks(self, *_args) -> None:
        script = "hans" if self.state.script == "hans" else "hant"
        self.script_actions[script].setChecked(True)
        self.language_actions[self.state.language].setChecked(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("quizapp"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open bank file…"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.script_menu.setTitle(self.tr("&Script"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Actual size"))
        self.reader_action.setText(self.tr("&Read the article"))
        self.timeline_action.setText(self.tr("&Timeline"))
        self.teacher_menu.setTitle(self.tr("T&eacher"))
        self.teacher_action.setText(self.tr("&Teacher tools…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About quizapp"))

    # -- actions ---------------------------------------------------------------------------------
    def finish_loading(self, wait: bool = False) -> None:
        """Work deferred until the window is on screen, on the database thread: open (on first start: create)
        the database and import the bundled banks, then list its banks and students. ``wait`` blocks
        until done (screenshots, tests)."""
        self.statusBar().showMessage(self.tr("Opening your answers…"))
        self.data.writer.submit_then(self.data.prepare_store, self._store_ready)
        if wait:
            self.data.flush()
            QCoreApplication.processEvents()

    def _store_ready(self, listing: dict) -> None:
        self.statusBar().clearMessage()
        if self.data.store_error:
            self.statusBar().showMessage(self.tr("Answers are not saved: %1").replace("%1", self.data.store_error))
        else:
            self.data.load_store_banks(listing["banks"])
        self.home.set_students(listing["students"])
        self.home.refresh_banks()
        self.load_bank_details(self.home.bank.currentData() or "")

    def load_bank_details(self, key: str) -> None:
        """Read the chosen bank off the GUI thread, then fill the section tree and the reviews due."""
        if not key:
            return

        def loaded(bank) -> None:
            self.home.set_bank_label(key, bank.name)
            self.home.set_sections(key, bank.questions)

        self.data.writer.submit_then(self.data.bank, loaded, key)
        self.refresh_due()

    def refresh_due(self) -> None:
        """Reviews due and any unfinished quiz of the chosen student on the chosen bank (read in the background)."""
        key, student = self.home.bank.currentData() or "", self.home.student_name()
        if not key or not student:
            self.home.set_status({"due": 0, "unfinished": None})
            return
        self.data.writer.submit_then(self.data.home_status, self.home.set_status, key, student)

    def open_bank_file(self) -> None:
        from quizapp.gui.qt import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open bank file"), "", self.tr("Bank files (*.json)"))
        if path:
            self.add_bank(path)

    def add_bank(self, path: str) -> None:
        try:
            bank = self.data.bank(self.data.add_bank_file(path))
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot open bank"), str(exc))
            return
        self.home.select_bank(bank.path)
        self.home.set_bank_label(bank.path, bank.name)

    def show_preferences(self) -> None:
        PreferencesDialog(self.state, self).exec()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def open_teacher(self):
        """The teacher tools (quizapp.gui.teacher), behind the teacher PIN."""
        from quizapp.gui.teacher.window import open_teacher_window
        from quizapp.teacher.pin import TeacherMode

        link = self.data.link()
        if link is None:
            QMessageBox.warning(self, self.tr("Teacher tools"),
                                self.tr("The database cannot be opened: %1").replace("%1", self.data.store_error))
            return None
        if getattr(self, "teacher_mode", None) is None:
            self.teacher_mode = TeacherMode(link.session)
        return open_teacher_window(self.state, link.session, self.teacher_mode, self)

    def start_quiz(self, choices: dict | None = None) -> None:
        """A quiz with the home page's choices (or ``choices``). A request from the home page counts only
        while it is shown (Enter in the editable name box was seen to emit it twice)."""
        if choices is None and self.pages.currentWidget() is not self.home:
            return
        choices = choices or self.home.choices()
        if not choices["bank"]:
            return
        try:
            bank = self.data.bank(choices["bank"])
            resume = self.data.unfinished_quiz(bank, choices["student"])
            if resume is not None and not self.ask_resume(resume):
                self.data.abandon_quiz(resume)
                resume = None
            session = self.data.open_quiz(bank, choices, resume)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the quiz"), str(exc))
            return
        self.show_quiz(session, bank)

    def show_quiz(self, session, bank) -> None:
        from quizapp.gui.quiz.page import QuizPage

        if not session.questions:
            QMessageBox.information(self, self.tr("No questions"),
                                    self.tr("No question of this bank matches the quiz setup."))
            return
        if self.quiz_page is not None:
            self.pages.removeWidget(self.quiz_page)
            self.quiz_page.deleteLater()
        self.quiz_page = QuizPage(self.state, session, bank)
        self.quiz_page.show_source_requested.connect(self.show_source)
        self.quiz_page.practice_mistakes_requested.connect(self.practice_mistakes)
        self.quiz_page.closed.connect(self.show_home)
        self.pages.addWidget(self.quiz_page)
        self.pages.setCurrentWidget(self.quiz_page)
        self.quiz_page.focus_current()

    def start_review(self) -> None:
        """A practice session over the reviews due on the chosen bank."""
        choices = self.home.choices()
        if not choices["bank"] or not choices["student"]:
            return
        try:
            bank = self.data.bank(choices["bank"])
            session = self.data.open_review(bank, choices["student"])
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the review"), str(exc))
            return
        self.show_quiz(session, bank)

    def practice_mistakes(self) -> None:
        """A practice quiz of the questions the last quiz missed."""
        page = self.quiz_page
        if page is None:
            return
        missed = [q["id"] for q in page.session.missed()]

        def pick(questions):
            by_id = {q["id"]: q for q in questions}
            return [by_id[qid] for qid in missed if qid in by_id]

        try:
            session = self.data.open_questions(page.bank, self.home.student_name(), pick, mode="practice")
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the quiz"), str(exc))
            return
        self.show_quiz(session, page.bank)

    def resume_quiz(self) -> None:
        """Go on with the unfinished quiz the home page offers (no question asked)."""
        choices = self.home.choices()
        try:
            bank = self.data.bank(choices["bank"])
            stored = self.data.unfinished_quiz(bank, choices["student"])
            if stored is None:
                self.refresh_due()
                return
            session = self.data.open_quiz(bank, choices, stored)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot start the quiz"), str(exc))
            return
        self.show_quiz(session, bank)

    def ask_resume(self, stored) -> bool:
        """Offer to resume an unfinished quiz; False means start afresh (the old one is closed)."""
        text = self.tr("You have an unfinished quiz on this bank (%1 of %2 answered). Resume it?")
        text = text.replace("%1", str(len(stored.responses))).replace("%2", str(len(stored.question_ids)))
        answer = QMessageBox.question(self, self.tr("Resume quiz"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def show_store_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not save an answer: %1").replace("%1", message))

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.data.writer.submit_then(self.data.students, self.home.set_students)  # a new name is a profile now
        self.refresh_due()

    def current_article(self) -> str:
        """The article of the chosen bank (the main article when the bank names none)."""
        path = self.home.bank.currentData()
        source_file = ""
        if path:
            with contextlib.suppress(QuizappError):
                source_file = self.data.bank(path).source_file
        return source_file or f"{DEFAULT_ARTICLE}.md"

    def open_timeline(self, source_file: str | None = None):
        from quizapp.gui.timeline_window import TimelineWindow

        if self.timeline_window is None:
            self.timeline_window = TimelineWindow(self.state, self.data)
            self.timeline_window.show_in_source.connect(self.show_source)
            self.timeline_window.quiz_period.connect(self.quiz_period)
        try:
            self.timeline_window.open_article(source_file or self.current_article())
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the timeline"), str(exc))
            return None
        self.timeline_window.show()
        self.timeline_window.raise_()
        return self.timeline_window

    def quiz_period(self, source_file: str, start: str, end: str) -> None:
        """A practice quiz on the chosen bank's questions about events of this period."""
        from quizapp.quiz.period import questions_in_period

        key = self.home.bank.currentData()
        try:
            bank = self.data.bank(key)
            if bank.source_file != source_file:  # the timeline shows another article: use its bundled bank
                key = next(k for k in self.data.bank_keys if self.data.bank(k).source_file == source_file)
                bank = self.data.bank(key)
            periods = self.data.event_periods(source_file)
            session = self.data.open_questions(
                bank, self.home.student_name(), lambda qs: questions_in_period(qs, periods, start, end),
                mode="practice")
        except (QuizappError, StopIteration) as exc:
            QMessageBox.warning(self, self.tr("Cannot start the quiz"), str(exc))
            return
        if not session.questions:
            QMessageBox.information(self, self.tr("No questions"),
                                    self.tr("No question of this bank is about events of this period."))
            return
        self.show_quiz(session, bank)
        self.raise_()
        self.activateWindow()

    def open_reader(self, source_file: str | None = None):
        from quizapp.gui.reader import ReaderWindow

        source_file = source_file or self.current_article()
        if self.reader_window is None:
            self.reader_window = ReaderWindow(self.state, self.data)
        try:
            self.reader_window.open_article(source_file)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the article"), str(exc))
            return None
        self.reader_window.show()
        self.reader_window.raise_()
        return self.reader_window

    def show_source(self, source_file: str, section_id: str, start: int, end: int) -> None:
        reader = self.open_reader(source_file)
        if reader is not None:
            reader.reader.show_passage(section_id, start, end)

    def closeEvent(self, event) -> None:
        self.state.settings.set(S.MAIN_GEOMETRY, bytes(self.saveGeometry().data()))
        if self.quiz_page is not None:
            self.quiz_page.save_time_used()
        if self.timeline_window is not None:
            self.timeline_window.close()
        if self.reader_window is not None:
            self.reader_window.close()
        self.state.settings.sync()
        self.data.close()  # waits for answers still being written
        super().closeEvent(event)
