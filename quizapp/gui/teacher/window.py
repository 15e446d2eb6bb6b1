"""The teacher window (opened behind the PIN): banks on the left, the question browser and class statistics."""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.gui.qt import (
    QAbstractItemView,
    QEvent,
    QFileDialog,
    QInputDialog,
    QItemSelectionModel,
    QKeySequence,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    Qt,
    QTabWidget,
    QUndoStack,
    Signal,
)
from quizapp.gui.teacher import commands
from quizapp.gui.teacher.bank_dialogs import EXPORT_LABELS, ImportPreview, PrintOptions, run_with_progress
from quizapp.gui.teacher.bank_model import BankListModel, bank_rows
from quizapp.gui.teacher.browser import QuestionBrowser
from quizapp.gui.teacher.stats_view import StatsView


class StoredArticles:
    """The reader's data source for a bank's article (stored text or bundled file), by file name."""

    def __init__(self, document) -> None:
        self._document = document

    def document(self, source_file: str):
        if self._document is not None and source_file == self._document.file:
            return self._document
        from quizapp.paths import SOURCES
        from quizapp.source import parse_file

        path = SOURCES / source_file
        if not path.exists():
            raise QuizappError("article not stored or bundled", file=source_file)
        return parse_file(path)


class TeacherWindow(QMainWindow):
    locked = Signal()

    def __init__(self, state, sessions, mode, parent=None) -> None:
        super().__init__(parent)
        self.state, self.sessions, self.mode = state, sessions, mode
        self.undo_stack = QUndoStack(self)
        self.operations = []
        self.last_import = None  # the storing operation of the latest import (tests wait on it)
        self.reader_window = None
        self._refreshing = False  # the bank list is being reloaded: its selection changes are not the user's
        self.bank_model = BankListModel(parent=self)
        self.banks = QListView()
        self.banks.setModel(self.bank_model)
        self.banks.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.banks.selectionModel().currentChanged.connect(self._bank_changed)
        self.browser = QuestionBrowser(state, sessions, self.undo_stack)
        self.browser.edit_requested.connect(self.edit_question)
        self.stats = StatsView(state, sessions)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.stats, "")
        self.tabs.currentChanged.connect(lambda i: self.stats.refresh() if self.tabs.widget(i) is self.stats else None)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.banks)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.retranslate()
        self.refresh_banks()
        self.resize(1280, 760)

    # -- menus -----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.bank_menu = bar.addMenu("")
        self.new_bank_action = self.bank_menu.addAction("", self.new_bank)
        self.generate_action = self.bank_menu.addAction("", self.generate_from_article)
        self.regenerate_action = self.bank_menu.addAction("", self.regenerate)
        self.bank_menu.addSeparator()
        self.rename_action = self.bank_menu.addAction("", self.rename_bank)
        self.duplicate_action = self.bank_menu.addAction("", self.duplicate_bank)
        self.merge_action = self.bank_menu.addAction("", self.merge_banks)
        self.delete_bank_action = self.bank_menu.addAction("", self.delete_bank)
        self.bank_menu.addSeparator()
        self.import_action = self.bank_menu.addAction("", self.import_file)
        self.export_action = self.bank_menu.addAction("", self.export_bank)
        self.bank_menu.addSeparator()
        self.print_quiz_action = self.bank_menu.addAction("", lambda: self.print_pdf(answer_key=False))
        self.print_quiz_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_key_action = self.bank_menu.addAction("", lambda: self.print_pdf(answer_key=True))
        self.read_action = self.bank_menu.addAction("", self.read_article)
        self.bank_menu.addSeparator()
        self.lock_action = self.bank_menu.addAction("", self.lock)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))

        self.edit_menu = bar.addMenu("")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.new_question_action = self.edit_menu.addAction("", self.new_question)

        self.toolbar = self.addToolBar("teacher")
        self.toolbar.setObjectName("teacher-toolbar")
        for action in (self.undo_action, self.redo_action, None, self.generate_action, self.import_action,
                       self.export_action, self.print_quiz_action, None, self.lock_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("quizapp — teacher"))
        self.tabs.setTabText(0, self.tr("&Questions"))
        self.tabs.setTabText(1, self.tr("Class &statistics"))
        self.bank_menu.setTitle(self.tr("&Bank"))
        self.new_bank_action.setText(self.tr("&New empty bank…"))
        self.generate_action.setText(self.tr("&Generate from an article…"))
        self.regenerate_action.setText(self.tr("&Regenerate (keeps approved and edited)"))
        self.rename_action.setText(self.tr("Re&name…"))
        self.duplicate_action.setText(self.tr("&Duplicate…"))
        self.merge_action.setText(self.tr("&Merge selected banks…"))
        self.delete_bank_action.setText(self.tr("De&lete bank…"))
        self.import_action.setText(self.tr("&Import…"))
        self.export_action.setText(self.tr("&Export…"))
        self.print_quiz_action.setText(self.tr("&Print quiz…"))
        self.print_key_action.setText(self.tr("Print &answer key…"))
        self.read_action.setText(self.tr("Read the bank's &article"))
        self.lock_action.setText(self.tr("&Lock (back to student mode)"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.new_question_action.setText(self.tr("New &question…"))

    # -- banks -----------------------------------------------------------------------------------
    def _current_bank(self):
        return self.bank_model.bank_at(self.banks.selectionModel().currentIndex().row())

    def bank_id(self) -> int | None:
        """The current bank's id; None when there is no bank."""
        bank = self._current_bank()
        return bank.id if bank is not None else None

    def bank_name(self) -> str:
        """The current bank's name; empty when there is no bank."""
        bank = self._current_bank()
        return bank.name if bank is not None else ""

    def selected_bank_ids(self) -> list[int]:
        """The ids of every selected bank (the banks to merge)."""
        return [index.data(BankListModel.BankIdRole) for index in self.banks.selectionModel().selectedRows()]

    def refresh_banks(self, select: int | None = None) -> None:
        """Reload the list and make ``select`` (else the bank current before, else the first) current."""
        select = select if select is not None else self.bank_id()
        with self.sessions() as session:
            rows = bank_rows(session)
        self._refreshing = True
        try:
            self.bank_model.refresh(rows)
            row = self.bank_model.row_of(select)
            if row is None and rows:
                row = 0
            if row is not None:
                self.banks.selectionModel().setCurrentIndex(
                    self.bank_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refreshing = False
        self._bank_changed()

    def _bank_changed(self, *_args) -> None:
        if self._refreshing:
            return
        bank_id = self.bank_id()
        if bank_id != self.browser.bank_id:
            self.browser.set_bank(bank_id)
            self.stats.set_bank(bank_id)
        for action in (self.regenerate_action, self.rename_action, self.duplicate_action, self.delete_bank_action,
                       self.export_action, self.print_quiz_action, self.print_key_action, self.read_action,
                       self.new_question_action):
            action.setEnabled(bank_id is not None)

    def _after_change(self) -> None:
        self.refresh_banks()
        self.browser.refresh()

    def _ask_name(self, title: str, default: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Bank name:"), text=default)
        return name.strip() if ok and name.strip() else None

    def _store(self, title: str, action) -> object:
        try:
            with self.sessions() as session:
                return action(session)
        except QuizappError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None

    def new_bank(self) -> None:
        from quizapp.store import crud

        name = self._ask_name(self.tr("New bank"))
        if name and (bank := self._store(self.tr("New bank"), lambda s: crud.create_bank(s, name=name))):
            self.refresh_banks(bank.id)

    def rename_bank(self) -> None:
        from quizapp.store import crud

        bank_id = self.bank_id()
        name = self._ask_name(self.tr("Rename bank"), self.bank_name())
        if name and self._store(self.tr("Rename bank"), lambda s: crud.rename_bank(s, bank_id=bank_id, name=name)):
            self.refresh_banks(bank_id)

    def duplicate_bank(self) -> None:
        from quizapp.store import crud

        bank_id = self.bank_id()
        name = self._ask_name(self.tr("Duplicate bank"), self.bank_name() + " 2")
        if name and (bank := self._store(self.tr("Duplicate bank"),
                                         lambda s: crud.duplicate_bank(s, bank_id=bank_id, name=name))):
            self.refresh_banks(bank.id)

    def delete_bank(self, confirm: bool = True) -> None:
        bank_id = self.bank_id()
        if bank_id is None:
            return
        name = self.bank_name()
        if confirm and QMessageBox.question(
                self, self.tr("Delete bank"),
                self.tr("Delete the bank %1 and its answer history? Edit › Undo brings the bank back while this "
                        "window stays open.").replace("%1", name)) != QMessageBox.StandardButton.Yes:
            return
        try:
            commands.delete_bank(self.undo_stack, self.sessions, bank_id, self.tr("Delete bank"), self._after_change)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Delete bank"), str(exc))

    def merge_banks(self):
        from quizapp.teacher.banks import merge_banks

        ids = self.selected_bank_ids()
        if len(ids) < 2:
            QMessageBox.information(self, self.tr("Merge banks"), self.tr("Select two or more banks (Ctrl+click)."))
            return None
        name = self._ask_name(self.tr("Merge banks"))
        if name:
            return self._background(self.tr("Merge banks"), merge_banks, self.sessions, ids, name, reports=False,
                                    on_result=lambda r: self.refresh_banks(r[0]))
        return None

    def _background(self, title, function, *args, reports=True, on_result=None, **kwargs):
        operation = run_with_progress(self, title, function, *args, reports=reports, on_result=on_result, **kwargs)
        self.operations.append(operation)
        operation.done.connect(lambda: self.operations.remove(operation))
        return operation

    def generate_from_article(self, path: str | None = None):
        from quizapp.teacher.banks import generate_from_article

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Generate from an article"), "",
                                                  self.tr("Articles (*.md)"))
        if path:
            return self._background(self.tr("Generating questions…"), generate_from_article, self.sessions, path,
                                    on_result=lambda r: self.refresh_banks(r[0]))
        return None

    def regenerate(self):
        from quizapp.teacher.banks import regenerate_bank

        def done(counts):
            self._after_change()
            self.statusBar().showMessage(
                self.tr("Regenerated: %1 kept, %2 updated, %3 new, %4 removed.")
                .replace("%1", str(counts["kept"])).replace("%2", str(counts["updated"]))
                .replace("%3", str(counts["added"])).replace("%4", str(counts["removed"])))

        return self._background(self.tr("Regenerating…"), regenerate_bank, self.sessions, self.bank_id(),
                                on_result=done)

    def import_file(self, path: str | None = None, ask: bool = True):
        """Read the file off the GUI thread, show what it holds (``ask``), then store it all or nothing."""
        from quizapp.teacher.banks import read_import

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "",
                                                  self.tr("Question files (*.json *.gift *.txt *.xml *.csv)"))
        if path:
            return self._background(self.tr("Reading %1…").replace("%1", path), read_import, path, reports=False,
                                    on_result=lambda result: self.preview_import(result, path, ask))
        return None

    def preview_import(self, result, path: str, ask: bool = True):
        from quizapp.teacher.banks import free_name, store_import

        self.last_import = None

        bank_file, report = result
        dialog = ImportPreview(bank_file, report, path, self)
        with self.sessions() as session:
            dialog.name.setText(free_name(session, bank_file.bank.name))
        if ask and dialog.exec() != ImportPreview.DialogCode.Accepted:
            return None
        self.last_import = self._background(self.tr("Importing…"), store_import, self.sessions, bank_file,
                                            name=dialog.name.text().strip(), reports=False,
                                            on_result=lambda r: self.refresh_banks(r[0]))
        return self.last_import

    def export_bank(self, fmt: str | None = None, path: str | None = None):
        from quizapp.interchange.common import safe_file_stem
        from quizapp.teacher.banks import EXPORT_FORMATS, export_bank

        if fmt is None:
            label, ok = QInputDialog.getItem(self, self.tr("Export"), self.tr("Format:"),
                                             list(EXPORT_LABELS.values()), 2, False)
            if not ok:
                return None
            fmt = {v: k for k, v in EXPORT_LABELS.items()}[label]
        if path is None:
            name = safe_file_stem(self.bank_name()) + EXPORT_FORMATS[fmt]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name, EXPORT_LABELS[fmt])
        if path:
            return self._background(self.tr("Exporting…"), export_bank, self.sessions, self.bank_id(), fmt, path,
                                    reports=False,
                                    on_result=lambda n: self.statusBar().showMessage(
                                        self.tr("Exported %1 questions to %2").replace("%1", str(n))
                                        .replace("%2", path)))
        return None

    # -- questions -------------------------------------------------------------------------------
    def document(self):
        from quizapp.teacher.banks import bank_document

        bank_id = self.bank_id()
        if bank_id is None:
            return None
        try:
            with self.sessions() as session:
                return bank_document(session, bank_id)
        except QuizappError as exc:
            self.statusBar().showMessage(str(exc))
            return None

    def edit_question(self, question_id: int):
        from quizapp.gui.teacher.editor import QuestionEditor

        editor = QuestionEditor(self.state, self.sessions, self.undo_stack, question_id=question_id,
                                document=self.document(), on_saved=self._after_change, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def new_question(self, qtype: str | None = None):
        from quizapp.bankformat import QUESTION_TYPES
        from quizapp.gui.teacher.editor import QuestionEditor

        if qtype is None:
            qtype, ok = QInputDialog.getItem(self, self.tr("New question"), self.tr("Type:"), list(QUESTION_TYPES),
                                             0, False)
            if not ok:
                return None
        editor = QuestionEditor(self.state, self.sessions, self.undo_stack, bank_id=self.bank_id(), qtype=qtype,
                                document=self.document(), on_saved=self._after_change, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def read_article(self):
        from quizapp.gui.reader import ReaderWindow

        document = self.document()
        if document is None:
            QMessageBox.information(self, self.tr("Read the article"), self.tr("This bank has no stored article."))
            return None
        self.reader_window = ReaderWindow(self.state, StoredArticles(document), self)
        self.reader_window.open_article(document.file)
        self.reader_window.show()
        return self.reader_window

    def questions_to_print(self, which: str, count: int) -> list[dict]:
        from quizapp.store import crud

        if which == "selected":
            ids = self.browser.selected_ids()
        else:
            model = self.browser.model
            while model.rowCount() < count and model.canFetchMore(model.index(-1, -1)):
                model.fetchMore(model.index(-1, -1))
            ids = [model.question_id(r) for r in range(min(count, model.rowCount()))]
        with self.sessions() as session:
            return [crud.question_to_dict(crud.get_question(session, question_id=i)) for i in ids]

    def print_pdf(self, answer_key: bool, *, script: str | None = None, which: str | None = None,
                  count: int = 20, path: str | None = None) -> int | None:
        from quizapp.gui.teacher.printing import print_quiz
        from quizapp.interchange.common import safe_file_stem

        if script is None:
            options = PrintOptions(self.browser.model.total, len(self.browser.selected_ids()), self.state.script, self)
            if options.exec() != PrintOptions.DialogCode.Accepted:
                return None
            script, which, count = options.script.currentData(), options.which.currentData(), options.count.value()
        title = self.bank_name()
        if path is None:
            suffix = "answer-key" if answer_key else "quiz"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print to PDF"), f"{safe_file_stem(title)}-{suffix}.pdf",
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return None
        try:
            pages = print_quiz(self.questions_to_print(which or "first", count), path, title=title, script=script,
                               answer_key=answer_key)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Print to PDF"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Wrote %1 (%2 pages)").replace("%1", path).replace("%2", str(pages)))
        return pages

    # -- lock ------------------------------------------------------------------------------------
    def lock(self) -> None:
        self.mode.lock()
        self.close()

    def closeEvent(self, event) -> None:
        for operation in list(self.operations):
            operation.cancel()
        if self.reader_window is not None:
            self.reader_window.close()
        self.mode.lock()  # closing the teacher window always returns to student mode
        self.locked.emit()
        super().closeEvent(event)


def open_teacher_window(state, sessions, mode, parent=None) -> TeacherWindow | None:
    """The PIN gate: ask for (or set) the PIN, then open the teacher window; None when not unlocked."""
    from quizapp.gui.teacher.pin_dialog import PinDialog

    if not mode.unlocked and PinDialog(mode, parent).exec() != PinDialog.DialogCode.Accepted:
        return None
    window = TeacherWindow(state, sessions, mode, parent)  # a window of its own, closed with its parent
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
