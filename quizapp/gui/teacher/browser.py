"""The question browser: filters, script-insensitive search, the paged table and undoable bulk actions."""

from __future__ import annotations

from quizapp.bankformat import QUESTION_TYPES, STATUSES
from quizapp.errors import QuizappError
from quizapp.gui.names import status_name, type_name
from quizapp.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.gui.teacher.browser_model import COLUMNS, QuestionTableModel, column_titles
from quizapp.gui.teacher.commands import apply_change

SEARCH_DELAY_MS = 250


class QuestionBrowser(QWidget):
    edit_requested = Signal(int)  # Question.id
    changed = Signal()  # data changed (an edit, a bulk action, an undo)

    def __init__(self, state, sessions, undo_stack, parent=None) -> None:
        super().__init__(parent)
        self.state, self.sessions, self.undo_stack = state, sessions, undo_stack
        self.bank_id: int | None = None
        self.model = QuestionTableModel(sessions, None, convert=state.convert, parent=self)

        self.type_filter = QComboBox()
        self.type_filter.addItem("", None)
        for qtype in QUESTION_TYPES:
            self.type_filter.addItem(type_name(qtype), qtype)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", None)
        for status in STATUSES:
            self.status_filter.addItem(status_name(status), status)
        self.section_filter = QComboBox()
        self.section_filter.setMinimumContentsLength(12)
        self.tag_filter = QLineEdit()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.tag_filter.editingFinished.connect(self.apply_query)
        for combo in (self.type_filter, self.status_filter, self.section_filter):
            combo.currentIndexChanged.connect(self.apply_query)

        self.table = QTableView()
        self.table.setModel(self.model)
        # no sort indicator at first: rows come in bank order until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {"type": 100, "stem": 360, "answer": 160, "section": 120, "difficulty": 40, "status": 80,
                  "asked": 50, "correct": 60}
        titles = column_titles()
        for number, (name, _key) in enumerate(COLUMNS):
            title_width = self.table.fontMetrics().horizontalAdvance(titles[name]) + 28  # room for the sort arrow
            self.table.setColumnWidth(number, max(widths[name], title_width))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.edit_requested.emit(self.model.question_id(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit_current)
        self.approve_button = QPushButton()
        self.approve_button.clicked.connect(lambda: self._run(self.approve))
        self.flag_button = QPushButton()
        self.flag_button.clicked.connect(self._ask_flag)
        self.tag_button = QPushButton()
        self.tag_button.clicked.connect(self._ask_tag)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self._ask_move)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._ask_delete)
        self.count_label = QLabel()

        self.type_label, self.status_label, self.section_label = QLabel(), QLabel(), QLabel()
        self.tag_label, self.search_label = QLabel(), QLabel()
        filters = QHBoxLayout()
        for label, widget in ((self.search_label, self.search), (self.type_label, self.type_filter),
                              (self.section_label, self.section_filter), (self.status_label, self.status_filter),
                              (self.tag_label, self.tag_filter)):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.search else 1)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.approve_button, self.flag_button, self.tag_button,
                       self.move_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        state.script_changed.connect(lambda _s: self.model.refresh())
        self.retranslate()
        self._update_buttons()

    # -- bank and query --------------------------------------------------------------------------
    def set_bank(self, bank_id: int | None) -> None:
        self.bank_id = bank_id
        self._fill_sections()
        self.model.set_bank(bank_id)
        self._update_buttons()

    def _fill_sections(self) -> None:
        from quizapp.teacher.stats import section_titles

        self.section_filter.blockSignals(True)
        self.section_filter.clear()
        self.section_filter.addItem(self.tr("all"), None)
        if self.bank_id is not None:
            with self.sessions() as session:
                titles = section_titles(session, self.bank_id)
            for section_id, title in sorted(titles.items(), key=lambda item: _section_key(item[0])):
                self.section_filter.addItem(self.state.convert(title) if title else self.tr("(lead)"), section_id)
        self.section_filter.blockSignals(False)

    def filters(self):
        from quizapp.store.crud import QuestionFilters

        tags = [t.strip() for t in self.tag_filter.text().split(",") if t.strip()]
        return QuestionFilters(type=self.type_filter.currentData(), status=self.status_filter.currentData(),
                               section_id=self.section_filter.currentData(), tag=tags or None)

    def apply_query(self) -> None:
        self.search_timer.stop()
        self.model.set_query(filters=self.filters(), search=self.search.text())

    def refresh(self) -> None:
        self.model.refresh()
        self.changed.emit()

    # -- selection and bulk actions --------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.question_id(row) for row in rows]

    def approve(self, ids: list[int]) -> None:
        from quizapp.store import crud

        self._change(self.tr("Approve %n question(s)", "", len(ids)), ids,
                     lambda s: crud.bulk_approve(s, question_ids=ids))

    def flag(self, ids: list[int], reason: str) -> None:
        from quizapp.store import crud

        self._change(self.tr("Flag %n question(s)", "", len(ids)), ids,
                     lambda s: crud.bulk_set_status(s, question_ids=ids, status="flagged", flag_reason=reason))

    def tag(self, ids: list[int], add: list[str], remove: list[str] = ()) -> None:
        from quizapp.store import crud

        self._change(self.tr("Tag %n question(s)", "", len(ids)), ids,
                     lambda s: crud.bulk_tag(s, question_ids=ids, add=add, remove=list(remove)))

    def move(self, ids: list[int], to_bank_id: int) -> None:
        from quizapp.store import crud

        self._change(self.tr("Move %n question(s)", "", len(ids)), ids,
                     lambda s: crud.move_questions(s, question_ids=ids, to_bank_id=to_bank_id))

    def delete(self, ids: list[int]) -> None:
        from quizapp.store import crud

        self._change(self.tr("Delete %n question(s)", "", len(ids)), ids,
                     lambda s: crud.bulk_delete(s, question_ids=ids))

    def _change(self, text: str, ids: list[int], action) -> None:
        if ids:
            apply_change(self.undo_stack, self.sessions, text, ids, action, self.refresh)

    def _run(self, method, *args) -> None:
        try:
            method(self.selected_ids(), *args)
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the questions"), str(exc))

    def _edit_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    def _ask_flag(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Flag questions"), self.tr("Why do they need checking?"))
        if ok and reason.strip():
            self._run(self.flag, reason.strip())

    def _ask_tag(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Tag questions"),
                                        self.tr("Tags to add, separated by commas (-tag removes one):"))
        if ok:
            words = [w.strip() for w in text.split(",") if w.strip()]
            add = [w for w in words if not w.startswith("-")]
            remove = [w[1:].strip() for w in words if w.startswith("-")]
            self._run(self.tag, add, remove)

    def _ask_move(self) -> None:
        from quizapp.store import crud

        with self.sessions() as session:
            banks = [(bank.id, bank.name) for bank, _n in crud.list_banks(session) if bank.id != self.bank_id]
        if not banks:
            QMessageBox.information(self, self.tr("Move questions"), self.tr("There is no other bank to move to."))
            return
        name, ok = QInputDialog.getItem(self, self.tr("Move questions"), self.tr("Move to bank:"),
                                        [n for _i, n in banks], 0, False)
        if ok:
            self._run(self.move, dict((n, i) for i, n in banks)[name])

    def _ask_delete(self) -> None:
        count = len(self.selected_ids())
        answer = QMessageBox.question(self, self.tr("Delete questions"),
                                      self.tr("Delete %n question(s)? Edit › Undo brings them back.", "", count))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.delete)

    def _update_buttons(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        for button in (self.edit_button, self.approve_button, self.flag_button, self.tag_button,
                       self.move_button, self.delete_button):
            button.setEnabled(has)

    def _update_count(self, *_args) -> None:
        self.count_label.setText(self.tr("%n question(s)", "", self.model.total))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("either script"))
        self.type_label.setText(self.tr("&Type:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.section_label.setText(self.tr("Se&ction:"))
        self.tag_label.setText(self.tr("T&ag:"))
        for combo in (self.type_filter, self.status_filter, self.section_filter):
            combo.setItemText(0, self.tr("all"))
        for index in range(1, self.type_filter.count()):
            self.type_filter.setItemText(index, type_name(self.type_filter.itemData(index)))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(index, status_name(self.status_filter.itemData(index)))
        self.edit_button.setText(self.tr("&Edit…"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.flag_button.setText(self.tr("&Flag…"))
        self.tag_button.setText(self.tr("Ta&g…"))
        self.move_button.setText(self.tr("&Move…"))
        self.delete_button.setText(self.tr("&Delete"))
        self._update_count()


def _section_key(section_id: str) -> tuple[int, str]:
    digits = section_id.lstrip("s")
    return (int(digits), section_id) if digits.isdigit() else (1 << 30, section_id)
