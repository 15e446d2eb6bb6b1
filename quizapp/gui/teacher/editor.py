"""The question editor: a form per type validated as the teacher types, the article beside it to pick the
source passage from, and a live preview in both scripts. Saving commits at once and is undoable."""

from __future__ import annotations

from quizapp.errors import QuizappError
from quizapp.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    Qt,
    QTextBrowser,
    QTextCursor,
    QVBoxLayout,
    QWidget,
)
from quizapp.gui.teacher.commands import apply_change
from quizapp.gui.teacher.editor_fields import AnswerFields
from quizapp.teacher.validate import Problem, draft_from_question, to_question, validate

PREVIEW_SCRIPTS = (("hans", "简体"), ("hant", "繁體"))


def python_offset(text: str, utf16_position: int) -> int:
    """A Qt text position (UTF-16 code units) as an index into the Python string."""
    return len(text.encode("utf-16-le")[: 2 * utf16_position].decode("utf-16-le", errors="ignore"))


def utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class SourcePane(QWidget):
    """The article's sections; the teacher selects the passage that proves the answer."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.section = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.use_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.section)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.use_button)
        if document is not None:
            for section in document.sections:
                if not section.back_matter and section.text:
                    label = " › ".join(section.path) or document.title
                    self.section.addItem(f"{section.id}  {label}", section.id)
        self.section.currentIndexChanged.connect(self._show_section)
        self._show_section()

    def current(self):
        section_id = self.section.currentData()
        return self.document.section(section_id) if self.document is not None and section_id else None

    def _show_section(self, *_args) -> None:
        section = self.current()
        self.text.setPlainText(section.text if section else "")

    def show_span(self, section_id: str, start: int, end: int) -> None:
        index = self.section.findData(section_id)
        if index < 0:
            return
        self.section.setCurrentIndex(index)
        text = self.text.toPlainText()
        cursor = self.text.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def selection(self) -> dict | None:
        """The selected passage as a bank-file source (section, path, span, quote); None without one."""
        section, cursor = self.current(), self.text.textCursor()
        if section is None or not cursor.hasSelection():
            return None
        text = section.text
        start = python_offset(text, cursor.selectionStart())
        end = python_offset(text, cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        return {"section_id": section.id, "section_path": list(section.path), "span": [start, end],
                "quote": text[start:end]}


class QuestionEditor(QDialog):
    """Edit one stored question (``question_id``) or write a new one (``bank_id`` and ``qtype``)."""

    def __init__(self, state, sessions, undo_stack, *, question_id: int | None = None, bank_id: int | None = None,
                 qtype: str | None = None, document=None, on_saved=None, parent=None) -> None:
        super().__init__(parent)
        from quizapp.store import crud

        self.state, self.sessions, self.undo_stack = state, sessions, undo_stack
        self.question_id, self.bank_id, self.on_saved = question_id, bank_id, on_saved or (lambda: None)
        if question_id is not None:
            with sessions() as session:
                row = crud.get_question(session, question_id=question_id)
                self.bank_id = row.bank_id
                question = crud.question_to_dict(row)
        else:
            from quizapp.quiz.prompts import TYPE_DEFAULTS

            question = {"id": crud.new_question_id(), "type": qtype, "prompt": TYPE_DEFAULTS[qtype], "stem": "",
                        "source": {"section_id": "", "section_path": [], "span": [0, 0], "quote": ""},
                        "difficulty": 2, "tags": [], "status": "edited"}
            question.update(_blank_answer(qtype))
        self.draft = draft_from_question(question)
        self.problems: list[Problem] = []

        self.type_label = QLabel(self.draft["type"])
        self.stem = QPlainTextEdit(self.draft.get("stem", ""))
        self.stem.setTabChangesFocus(True)
        self.stem.setMaximumHeight(self.fontMetrics().height() * 5)
        self.answer = AnswerFields(self.draft["type"])
        self.answer.write(self.draft)
        self.explanation = QPlainTextEdit(self.draft.get("explanation", ""))
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMaximumHeight(self.fontMetrics().height() * 5)
        self.gloss = QLineEdit(self.draft.get("gloss_en", ""))
        self.difficulty = QSpinBox()
        self.difficulty.setRange(1, 3)
        self.difficulty.setValue(int(self.draft.get("difficulty", 2)))
        self.tags = QLineEdit(", ".join(self.draft.get("tags") or []))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")

        self.form = QFormLayout()
        self.form.addRow(self.tr("Type:"), self.type_label)
        self.form.addRow(self.tr("&Question:"), self.stem)
        self.form.addRow(self.tr("Answer:"), self.answer)
        self.form.addRow(self.tr("E&xplanation:"), self.explanation)
        self.form.addRow(self.tr("English &gloss:"), self.gloss)
        self.form.addRow(self.tr("&Difficulty:"), self.difficulty)
        self.form.addRow(self.tr("T&ags:"), self.tags)
        self.form.addRow(self.tr("Source:"), self.source_label)
        form_widget = QWidget()
        form_box = QVBoxLayout(form_widget)
        form_box.addLayout(self.form)
        form_box.addWidget(self.problems_label)
        form_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.source_pane = SourcePane(document)
        self.source_pane.use_button.setText(self.tr("Use the &selected passage as the source"))
        self.source_pane.use_button.clicked.connect(self.use_selection)
        self.previews = {}
        preview_row = QHBoxLayout()
        for script, name in PREVIEW_SCRIPTS:
            column = QVBoxLayout()
            column.addWidget(QLabel(name))
            browser = QTextBrowser()
            browser.setOpenLinks(False)
            column.addWidget(browser)
            preview_row.addLayout(column)
            self.previews[script] = browser
        preview = QWidget()
        preview_box = QVBoxLayout(preview)
        preview_box.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("What students see:"))
        preview_box.addWidget(self.preview_title)
        preview_box.addLayout(preview_row)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.source_pane)
        right.addWidget(preview)
        right.setSizes([380, 220])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setSizes([560, 560])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit question") if question_id is not None else self.tr("New question"))
        self.resize(1180, 720)

        for signal in (self.stem.textChanged, self.answer.changed, self.explanation.textChanged,
                       self.gloss.textChanged, self.difficulty.valueChanged, self.tags.textChanged):
            signal.connect(self.revalidate)
        source = self.draft.get("source") or {}
        if source.get("section_id"):
            self.source_pane.show_span(source["section_id"], *source.get("span", [0, 0]))
        self.revalidate()

    # -- draft -----------------------------------------------------------------------------------
    def read_form(self) -> dict:
        draft = dict(self.draft)
        draft["stem"] = self.stem.toPlainText()
        self.answer.read(draft)
        draft["explanation"] = self.explanation.toPlainText().strip()
        draft["gloss_en"] = self.gloss.text().strip()
        draft["difficulty"] = self.difficulty.value()
        draft["tags"] = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        return draft

    def revalidate(self, *_args) -> list[Problem]:
        self.draft = self.read_form()
        self.problems = validate(self.draft)
        self.problems_label.setText("\n".join(f"• {p.message}" for p in self.problems))
        self.problems_label.setVisible(bool(self.problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.problems)
        source = self.draft.get("source") or {}
        quote = source.get("quote") or ""
        if len(quote) > 120:
            quote = quote[:60] + " … " + quote[-50:]
        self.source_label.setText(
            f"{' › '.join(source.get('section_path') or []) or source.get('section_id', '')}：「{quote}」" if quote
            else self.tr("Select the passage in the article on the right, then use it."))
        self._preview()
        return self.problems

    def _preview(self) -> None:
        from quizapp.teacher.printing import preview_html

        question = to_question(self.draft)
        for script, browser in self.previews.items():
            try:
                browser.setHtml(preview_html(question, script=script))
            except (QuizappError, KeyError, IndexError, TypeError):  # an incomplete draft shows what it can
                browser.setPlainText(self.draft.get("stem", ""))

    def use_selection(self) -> bool:
        source = self.source_pane.selection()
        if source is None:
            QMessageBox.information(self, self.tr("No passage selected"),
                                    self.tr("Select the words of the article that prove the answer first."))
            return False
        self.draft["source"] = source
        self.revalidate()
        return True

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        from quizapp.store import crud

        if self.revalidate():
            return False
        question = to_question(self.draft)
        try:
            if self.question_id is not None:
                question_id = self.question_id
                apply_change(self.undo_stack, self.sessions, self.tr("Edit question"), [question_id],
                             lambda s: crud.update_question(s, question_id=question_id, changes=question),
                             self.on_saved)
            else:
                bank_id = self.bank_id
                result = apply_change(self.undo_stack, self.sessions, self.tr("New question"), [],
                                      lambda s: [crud.add_question(s, bank_id=bank_id, question=question).id],
                                      self.on_saved)
                self.question_id = result[0]
        except QuizappError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the question"), str(exc))
            return False
        self.accept()
        return True


def _blank_answer(qtype: str) -> dict:
    if qtype in ("date_choice", "event_choice", "cloze_choice"):
        return {"choices": ["", ""], "answer": []}
    if qtype == "ordering":
        return {"choices": ["", "", ""], "answer": [0, 1, 2], "dates": ["", "", ""]}
    if qtype == "matching":
        return {"left": ["", ""], "choices": ["", ""], "answer": [0, 1]}
    if qtype == "cloze_typed":
        return {"answer": [""]}
    if qtype == "year_typed":
        return {"answer": 1911}
    return {"answer": None}
