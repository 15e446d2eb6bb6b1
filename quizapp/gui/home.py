"""The home page: who is studying, which bank, which mode, and the buttons to start a quiz or read the article."""

from __future__ import annotations

from quizapp.gui import settings as S
from quizapp.gui.fonts import scale_font
from quizapp.gui.qt import (
    QButtonGroup,
    QComboBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class HomePage(QWidget):
    """Emits ``start_requested`` / ``read_requested``; the main window does the work."""

    start_requested = Signal()
    read_requested = Signal()

    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = data
        self.title = QLabel()
        scale_font(self.title, 1.8, bold=True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)

        self.student = QComboBox()
        self.student.setEditable(True)
        self.student.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.bank = QComboBox()
        self.practice = QRadioButton()
        self.exam = QRadioButton()
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.practice)
        self.mode_group.addButton(self.exam)
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(40)
        self.read_button = QPushButton()
        self.read_button.setMinimumHeight(40)

        self.form = QFormLayout()
        modes = QHBoxLayout()
        modes.addWidget(self.practice)
        modes.addWidget(self.exam)
        modes.addStretch(1)
        self.form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.form_labels, (self.student, self.bank, modes, self.count, self.minutes),
                                strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.form_labels[2].setBuddy(self.practice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.read_button)

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(16)
        column.addLayout(self.form)
        column.addSpacing(8)
        column.addWidget(self.due)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        self.start_button.clicked.connect(self.start_requested)
        self.read_button.clicked.connect(self.read_requested)
        self.exam.toggled.connect(self.minutes.setEnabled)
        self.state.script_changed.connect(self.refresh_banks)
        self.load_settings()
        self.retranslate()

    # -- content ---------------------------------------------------------------------------------
    def load_settings(self) -> None:
        settings = self.state.settings
        self.student.addItems(settings.get(S.STUDENTS))
        self.student.setCurrentText(settings.get(S.LAST_STUDENT))
        (self.exam if settings.get(S.QUIZ_MODE) == "exam" else self.practice).setChecked(True)
        self.minutes.setEnabled(self.exam.isChecked())
        self.count.setValue(settings.get(S.QUIZ_LENGTH))
        self.minutes.setValue(settings.get(S.EXAM_MINUTES))
        self.refresh_banks()
        last = settings.get(S.LAST_BANK)
        index = self.bank.findData(last)
        if index >= 0:
            self.bank.setCurrentIndex(index)

    def refresh_banks(self) -> None:
        """Bank names are content: shown in the chosen script."""
        current = self.bank.currentData()
        self.bank.clear()
        for path in self.data.bank_keys:
            self.bank.addItem(self.state.convert(self.data.bank_label(path)), path)
        index = self.bank.findData(current)
        if index >= 0:
            self.bank.setCurrentIndex(index)
        self.start_button.setEnabled(self.bank.count() > 0)

    def select_bank(self, path: str) -> None:
        self.refresh_banks()
        self.bank.setCurrentIndex(max(0, self.bank.findData(path)))

    def set_bank_label(self, path: str, name: str) -> None:
        index = self.bank.findData(path)
        if index >= 0:
            self.bank.setItemText(index, self.state.convert(name))

    def choices(self) -> dict:
        """What the student chose, saved for next time."""
        student = self.student.currentText().strip()
        settings = self.state.settings
        known = settings.get(S.STUDENTS)
        if student and student not in known:
            settings.set(S.STUDENTS, [*known, student])
            self.student.addItem(student)
        mode = "exam" if self.exam.isChecked() else "practice"
        settings.set(S.LAST_STUDENT, student)
        settings.set(S.LAST_BANK, self.bank.currentData() or "")
        settings.set(S.QUIZ_MODE, mode)
        settings.set(S.QUIZ_LENGTH, self.count.value())
        settings.set(S.EXAM_MINUTES, self.minutes.value())
        return {
            "student": student,
            "bank": self.bank.currentData(),
            "mode": mode,
            "count": self.count.value(),
            "minutes": self.minutes.value() if mode == "exam" else 0,
        }

    # -- strings ---------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("quizapp"))
        self.subtitle.setText(self.tr("Quizzes on the history of Outer Mongolia's independence, from the Chinese Wikipedia article."))
        labels = [self.tr("S&tudent:"), self.tr("Question &bank:"), self.tr("Mode:"),
                  self.tr("&Questions:"), self.tr("T&ime limit:")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.student.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.student.setAccessibleName(self.tr("Student profile"))
        self.bank.setAccessibleName(self.tr("Question bank"))
        self.practice.setText(self.tr("&Practice (feedback after each answer)"))
        self.exam.setText(self.tr("&Exam (feedback at the end)"))
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.minutes.setSpecialValueText(self.tr("none"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Exam time limit in minutes"))
        self.due.setText(self.tr("Reviews due: review scheduling is not available in this version yet."))
        self.start_button.setText(self.tr("&Start quiz"))
        self.start_button.setAccessibleName(self.tr("Start quiz"))
        self.read_button.setText(self.tr("&Read the article"))
        self.read_button.setAccessibleName(self.tr("Read the article"))
        self.start_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
