"""The home page: who is studying, the quiz setup (bank, count, types, sections, difficulty, mode, shuffle),
reviews due, and the buttons to start a quiz or a review, read the article or open its timeline."""

from __future__ import annotations

from quizapp.gui import settings as S
from quizapp.gui.fonts import scale_font
from quizapp.gui.names import DIFFICULTIES, TYPES, difficulty_name, type_name
from quizapp.gui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.gui.section_tree import SectionModel


class HomePage(QWidget):
    """Emits requests; the main window does the work (and feeds back banks, students, sections, due counts)."""

    start_requested = Signal()
    review_requested = Signal()
    resume_requested = Signal()
    read_requested = Signal()
    timeline_requested = Signal()
    bank_changed = Signal(str)  # bank key
    student_changed = Signal(str)

    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = data
        self.section_questions: list[dict] = []
        self.sections_key = ""  # the bank the section tree shows
        self.due_count = 0
        self.unfinished: tuple[int, int] | None = None  # (answered, asked) of the student's unfinished quiz
        self.title = QLabel()
        scale_font(self.title, 1.6, bold=True)
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
        self.shuffle = QCheckBox()
        self.difficulty_boxes = {level: QCheckBox() for level in DIFFICULTIES}
        self.type_boxes = {kind: QCheckBox() for kind in TYPES}

        self.form = QFormLayout()
        modes = QHBoxLayout()
        modes.addWidget(self.practice)
        modes.addWidget(self.exam)
        modes.addStretch(1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count)
        count_row.addWidget(self.shuffle)
        count_row.addStretch(1)
        difficulty_row = QHBoxLayout()
        for box in self.difficulty_boxes.values():
            difficulty_row.addWidget(box)
        difficulty_row.addStretch(1)
        self.types_grid = QGridLayout()
        for number, box in enumerate(self.type_boxes.values()):
            self.types_grid.addWidget(box, number // 2, number % 2)
        self.form_labels = [QLabel() for _ in range(7)]
        fields = (self.student, self.bank, modes, self.minutes, count_row, difficulty_row, self.types_grid)
        for label, field in zip(self.form_labels, fields, strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.form_labels[2].setBuddy(self.practice)
        self.form_labels[4].setBuddy(self.count)
        self.form_labels[5].setBuddy(self.difficulty_boxes[1])
        self.form_labels[6].setBuddy(self.type_boxes[TYPES[0]])

        self.sections = SectionModel(self)
        self.section_view = QTreeView()
        self.section_view.setModel(self.sections)
        self.section_view.setHeaderHidden(True)
        self.section_view.setUniformRowHeights(True)
        self.all_sections = QPushButton()
        self.no_sections = QPushButton()
        self.all_sections.clicked.connect(lambda: self.sections.set_all(True))
        self.no_sections.clicked.connect(lambda: self.sections.set_all(False))
        self.sections_box = QGroupBox()
        sections_column = QVBoxLayout(self.sections_box)
        sections_column.addWidget(self.section_view, 1)
        section_buttons = QHBoxLayout()
        section_buttons.addWidget(self.all_sections)
        section_buttons.addWidget(self.no_sections)
        section_buttons.addStretch(1)
        sections_column.addLayout(section_buttons)

        self.due = QLabel()
        self.due.setWordWrap(True)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_row = QWidget()
        resume_layout = QHBoxLayout(self.resume_row)
        resume_layout.setContentsMargins(0, 0, 0, 0)
        resume_layout.addWidget(self.resume_label, 1)
        resume_layout.addWidget(self.resume_button)
        self.resume_row.hide()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.review_button = QPushButton()
        self.read_button = QPushButton()
        self.timeline_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.review_button, self.read_button, self.timeline_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)

        self.setup_box = QGroupBox()
        self.setup_box.setLayout(self.form)
        middle = QHBoxLayout()
        middle.addWidget(self.setup_box, 3)
        middle.addWidget(self.sections_box, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addLayout(middle, 1)
        column.addWidget(self.resume_row)
        column.addWidget(self.due)
        column.addLayout(buttons)

        self.start_button.clicked.connect(self.start_requested)
        self.review_button.clicked.connect(self.review_requested)
        self.read_button.clicked.connect(self.read_requested)
        self.timeline_button.clicked.connect(self.timeline_requested)
        self.exam.toggled.connect(self.minutes.setEnabled)
        self.bank.currentIndexChanged.connect(lambda _i: self.bank_changed.emit(self.bank.currentData() or ""))
        self.student.activated.connect(lambda _i: self.student_changed.emit(self.student_name()))
        self.student.lineEdit().editingFinished.connect(lambda: self.student_changed.emit(self.student_name()))
        self.student.lineEdit().returnPressed.connect(self.start_requested)  # name, Enter: the quiz starts
        self.state.script_changed.connect(self.refresh_banks)
        self.state.script_changed.connect(self.retitle_sections)
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
        self.shuffle.setChecked(settings.get(S.QUIZ_SHUFFLE))
        left_out = set(settings.get(S.QUIZ_TYPES))
        for kind, box in self.type_boxes.items():
            box.setChecked(kind not in left_out)
        levels_off = set(settings.get(S.QUIZ_DIFFICULTIES))
        for level, box in self.difficulty_boxes.items():
            box.setChecked(str(level) not in levels_off)
        self.refresh_banks()
        index = self.bank.findData(settings.get(S.LAST_BANK))
        if index < 0:  # first start: the bank of the main article
            index = self.bank.findData(str(self.data.default_bank))
        if index >= 0:
            self.bank.setCurrentIndex(index)

    def set_students(self, names: list[str]) -> None:
        """The profiles stored in the database (plus any typed before), keeping the current choice."""
        current = self.student.currentText()
        known = list(dict.fromkeys([*names, *self.state.settings.get(S.STUDENTS)]))
        self.student.blockSignals(True)
        self.student.clear()
        self.student.addItems(known)
        self.student.setCurrentText(current)
        self.student.blockSignals(False)

    def student_name(self) -> str:
        return self.student.currentText().strip()

    def refresh_banks(self) -> None:
        """Bank names are content: shown in the chosen script."""
        current = self.bank.currentData()
        self.bank.blockSignals(True)
        self.bank.clear()
        for path in self.data.bank_keys:
            self.bank.addItem(self.state.convert(self.data.bank_label(path)), path)
        index = self.bank.findData(current)
        if index >= 0:
            self.bank.setCurrentIndex(index)
        self.bank.blockSignals(False)
        self.start_button.setEnabled(self.bank.count() > 0)
        if self.bank.currentData() != current:
            self.bank_changed.emit(self.bank.currentData() or "")

    def select_bank(self, path: str) -> None:
        self.refresh_banks()
        self.bank.setCurrentIndex(max(0, self.bank.findData(path)))

    def set_bank_label(self, path: str, name: str) -> None:
        index = self.bank.findData(path)
        if index >= 0:
            self.bank.setItemText(index, self.state.convert(name))

    def set_sections(self, key: str, questions: list[dict]) -> None:
        """Fill the section tree from the bank ``key``'s questions (ignored if another bank is chosen now)."""
        if key != self.bank.currentData():
            return
        self.sections_key = key
        self.section_questions = questions
        self.sections.load(questions, self.state.convert, self.tr("Introduction"))
        self.section_view.expandToDepth(0)

    def retitle_sections(self, *_args) -> None:
        self.sections.retitle(self.state.convert, self.tr("Introduction"))

    def set_due_count(self, count: int) -> None:
        self.due_count = count
        self.render_due()

    def set_status(self, status: dict) -> None:
        """Reviews due and the unfinished quiz (see DataAccess.home_status)."""
        self.unfinished = status["unfinished"]
        self.set_due_count(status["due"])

    def render_due(self) -> None:
        if not self.student_name():
            self.due.setText(self.tr("Type your name above: your answers and reviews are kept under it."))
        elif self.due_count:
            self.due.setText(self.tr("Reviews due on this bank: %1").replace("%1", str(self.due_count)))
        else:
            self.due.setText(self.tr("No reviews due on this bank. Questions you miss come back here for review."))
        self.review_button.setText(self.tr("Re&view (%1)").replace("%1", str(self.due_count)))
        self.review_button.setEnabled(self.due_count > 0)
        self.resume_row.setVisible(self.unfinished is not None)
        if self.unfinished is not None:
            answered, asked = self.unfinished
            self.resume_label.setText(self.tr("You have an unfinished quiz on this bank (%1 of %2 answered).")
                                      .replace("%1", str(answered)).replace("%2", str(asked)))
        self.resume_button.setText(self.tr("Resu&me it"))
        self.resume_button.setAccessibleName(self.tr("Resume the unfinished quiz"))

    def choices(self) -> dict:
        """What the student chose, saved for next time. types/sections/difficulties are None for "any"."""
        student = self.student_name()
        settings = self.state.settings
        mode = "exam" if self.exam.isChecked() else "practice"
        settings.set(S.LAST_STUDENT, student)
        settings.set(S.LAST_BANK, self.bank.currentData() or "")
        settings.set(S.QUIZ_MODE, mode)
        settings.set(S.QUIZ_LENGTH, self.count.value())
        settings.set(S.EXAM_MINUTES, self.minutes.value())
        settings.set(S.QUIZ_SHUFFLE, self.shuffle.isChecked())
        types = {kind for kind, box in self.type_boxes.items() if box.isChecked()}
        levels = {level for level, box in self.difficulty_boxes.items() if box.isChecked()}
        settings.set(S.QUIZ_TYPES, [kind for kind in TYPES if kind not in types])
        settings.set(S.QUIZ_DIFFICULTIES, [str(level) for level in DIFFICULTIES if level not in levels])
        same_bank = self.sections_key == self.bank.currentData()
        return {
            "student": student,
            "bank": self.bank.currentData(),
            "mode": mode,
            "count": self.count.value(),
            "minutes": self.minutes.value() if mode == "exam" else 0,
            "types": None if len(types) == len(TYPES) else types,
            "difficulties": None if len(levels) == len(DIFFICULTIES) else levels,
            "sections": self.sections.checked_sections() if same_bank else None,
            "shuffle": self.shuffle.isChecked(),
        }

    # -- strings ---------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("quizapp"))
        self.subtitle.setText(self.tr("Quizzes on the history of Outer Mongolia's independence, from the Chinese Wikipedia article."))
        labels = [self.tr("S&tudent:"), self.tr("Question &bank:"), self.tr("Mode:"), self.tr("T&ime limit:"),
                  self.tr("&Questions:"), self.tr("&Difficulty:"), self.tr("T&ypes:")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.setup_box.setTitle(self.tr("Quiz setup"))
        self.sections_box.setTitle(self.tr("Sections"))
        self.all_sections.setText(self.tr("&All"))
        self.no_sections.setText(self.tr("&None"))
        self.section_view.setAccessibleName(self.tr("Sections to quiz on"))
        self.student.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.student.setAccessibleName(self.tr("Student profile"))
        self.bank.setAccessibleName(self.tr("Question bank"))
        self.practice.setText(self.tr("&Practice (feedback after each answer)"))
        self.exam.setText(self.tr("&Exam (feedback at the end)"))
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.shuffle.setText(self.tr("S&huffle"))
        self.minutes.setSpecialValueText(self.tr("none"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Exam time limit in minutes"))
        for level, box in self.difficulty_boxes.items():
            box.setText(difficulty_name(level))
        for kind, box in self.type_boxes.items():
            box.setText(type_name(kind))
        self.start_button.setText(self.tr("&Start quiz"))
        self.start_button.setAccessibleName(self.tr("Start quiz"))
        self.review_button.setAccessibleName(self.tr("Review the questions due"))
        self.read_button.setText(self.tr("&Read the article"))
        self.read_button.setAccessibleName(self.tr("Read the article"))
        self.timeline_button.setText(self.tr("Time&line"))
        self.timeline_button.setAccessibleName(self.tr("Timeline of the article's events"))
        self.start_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retitle_sections()
        self.render_due()
