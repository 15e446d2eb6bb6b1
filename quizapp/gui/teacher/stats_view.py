"""Class statistics: per question over every student on this computer, and each student's mastery by section."""

from __future__ import annotations

from quizapp.gui.qt import (
    QBrush,
    QColor,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from quizapp.gui.results_chart import ResultsChart

BROKEN_COLOUR = QColor(255, 224, 224)


class StatsView(QWidget):
    def __init__(self, state, sessions, parent=None) -> None:
        super().__init__(parent)
        self.state, self.sessions = state, sessions
        self.bank_id: int | None = None
        self.mastery: dict = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.table = QTreeView()
        self.table.setRootIsDecorated(False)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.student = QComboBox()
        self.student.currentIndexChanged.connect(self._show_student)
        self.student_label = QLabel()
        self.student_label.setBuddy(self.student)
        self.chart = ResultsChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.student_label)
        row.addWidget(self.student, 1)
        right_box.addLayout(row)
        right_box.addWidget(chart_scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def set_bank(self, bank_id: int | None) -> None:
        self.bank_id = bank_id
        self.refresh()

    def refresh(self) -> None:
        from quizapp.teacher.stats import question_stats, student_mastery

        stats, self.mastery = [], {}
        if self.bank_id is not None:
            with self.sessions() as session:
                stats = question_stats(session, self.bank_id)
                self.mastery = student_mastery(session, self.bank_id)
        self.model.removeRows(0, self.model.rowCount())
        self._set_headers()
        convert = self.state.convert
        broken = 0
        for stat in stats:
            share = stat.share_correct or 0.0
            cells = [QStandardItem(convert(stat.stem)), QStandardItem(stat.type), QStandardItem(),
                     QStandardItem(), QStandardItem(convert(stat.most_chosen_wrong)),
                     QStandardItem(self.tr("may be broken") if stat.may_be_broken else "")]
            cells[2].setData(stat.asked, Qt.ItemDataRole.DisplayRole)
            cells[3].setData(round(100 * share), Qt.ItemDataRole.DisplayRole)
            if stat.most_chosen_wrong_count:
                wrong = convert(stat.most_chosen_wrong) or self.tr("(no answer)")
                cells[4].setText(f"{wrong} ({stat.most_chosen_wrong_count}×)")
            for cell in cells:
                cell.setEditable(False)
                if stat.may_be_broken:
                    cell.setBackground(QBrush(BROKEN_COLOUR))
            cells[0].setData(stat.question_id, Qt.ItemDataRole.UserRole)
            cells[0].setToolTip(convert(stat.stem))
            broken += stat.may_be_broken
            self.model.appendRow(cells)
        for column, width in enumerate((300, 100, 80, 80, 240)):
            self.table.setColumnWidth(column, width)
        self.summary.setText(self.tr("%1 questions answered at least once; %2 may be broken (at least 5 answers "
                                     "and under 25 % right).").replace("%1", str(len(stats))).replace("%2", str(broken)))
        current = self.student.currentText()
        self.student.blockSignals(True)
        self.student.clear()
        self.student.addItems(list(self.mastery))
        if current in self.mastery:
            self.student.setCurrentText(current)
        self.student.blockSignals(False)
        self._show_student()

    def _show_student(self, *_args) -> None:
        name = self.student.currentText()
        rows = [(self.state.convert(m.title) if m.title else self.tr("(lead)"), m.correct, m.answered)
                for m in self.mastery.get(name, [])]
        self.chart.set_data(rows, title=self.tr("%1: right answers by section").replace("%1", name) if name else "")

    def _set_headers(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Type"), self.tr("Times asked"),
                                              self.tr("% correct"), self.tr("Most chosen wrong answer"),
                                              self.tr("Note")])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.student_label.setText(self.tr("&Student:"))
        self._set_headers()
