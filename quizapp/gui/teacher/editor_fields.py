"""The type-specific part of the question editor: lists of options/items/pairs/forms that grow and shrink."""

from __future__ import annotations

from quizapp.bankformat import CHOICE_TYPES
from quizapp.gui.qt import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)


class RowList(QWidget):
    """Rows of line edits (one or two per row, plus an optional "correct" check box), with add/remove."""

    changed = Signal()

    def __init__(self, columns: int = 1, check: bool = False, minimum: int = 1, parent=None) -> None:
        super().__init__(parent)
        self.columns, self.check, self.minimum = columns, check, minimum
        self.rows: list[tuple[list[QLineEdit], QCheckBox | None, QPushButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headers = [QLabel() for _ in range(columns)]
        for number, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, number + 1)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: (self.add_row(), self.changed.emit()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_headers(self, *titles: str) -> None:
        for header, title in zip(self.headers, titles, strict=False):
            header.setText(title)
            header.setVisible(bool(title))

    def add_row(self, values: tuple[str, ...] = (), checked: bool = False) -> None:
        line = len(self.rows) + 1
        self.grid.addWidget(QLabel(f"{line}."), line, 0)
        edits = []
        for column in range(self.columns):
            edit = QLineEdit(values[column] if column < len(values) else "")
            edit.setCursorPosition(0)  # show the start of a long item
            edit.textChanged.connect(self.changed)
            self.grid.addWidget(edit, line, column + 1)
            edits.append(edit)
        box = None
        if self.check:
            box = QCheckBox(self.tr("correct"))
            box.setChecked(checked)
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, line, self.columns + 1)
        remove = QPushButton("−")
        remove.setAccessibleName(self.tr("Remove row %1").replace("%1", str(line)))
        remove.setFixedWidth(remove.fontMetrics().horizontalAdvance("−") * 3 + 12)
        remove.clicked.connect(lambda _=False, e=edits: self.remove_row(e))
        self.grid.addWidget(remove, line, self.columns + 2)
        self.rows.append((edits, box, remove))
        self._update_remove()

    def remove_row(self, edits: list[QLineEdit]) -> None:
        values = [(tuple(e.text() for e in row_edits), box.isChecked() if box else False)
                  for row_edits, box, _r in self.rows if row_edits is not edits]
        self.set_rows(values)
        self.changed.emit()

    def set_rows(self, values: list[tuple[tuple[str, ...], bool]]) -> None:
        while self.grid.count() > len(self.headers):
            item = self.grid.takeAt(len(self.headers))
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        for row_values, checked in values:
            self.add_row(row_values, checked)

    def values(self, column: int = 0) -> list[str]:
        return [edits[column].text() for edits, _b, _r in self.rows]

    def checked(self) -> list[int]:
        return [n for n, (_e, box, _r) in enumerate(self.rows) if box is not None and box.isChecked()]

    def edit(self, row: int, column: int = 0) -> QLineEdit:
        return self.rows[row][0][column]

    def _update_remove(self) -> None:
        for _e, _b, remove in self.rows:
            remove.setEnabled(len(self.rows) > self.minimum)


class AnswerFields(QWidget):
    """The answer part of the form for one question type; ``read`` and ``write`` the draft's keys."""

    changed = Signal()

    def __init__(self, qtype: str, parent=None) -> None:
        super().__init__(parent)
        self.qtype = qtype
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows = None
        if qtype in CHOICE_TYPES:
            self.rows = RowList(1, check=True, minimum=2)
        elif qtype == "ordering":
            self.rows = RowList(2, minimum=3)
        elif qtype == "matching":
            self.rows = RowList(2, minimum=2)
        elif qtype == "cloze_typed":
            self.rows = RowList(1, minimum=1)
        if self.rows is not None:
            self.rows.changed.connect(self.changed)
            layout.addWidget(self.rows)
        if qtype == "true_false":
            self.true_button, self.false_button = QRadioButton(), QRadioButton()
            row = QHBoxLayout()
            for button in (self.true_button, self.false_button):
                button.toggled.connect(self.changed)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        if qtype == "year_typed":
            self.year = QSpinBox()
            self.year.setRange(-9999, 9999)
            self.year.valueChanged.connect(self.changed)
            layout.addWidget(self.year)
        self.retranslate()

    def retranslate(self) -> None:
        if self.rows is not None:
            self.rows.add_button.setText({
                "ordering": self.tr("Add item"), "matching": self.tr("Add pair"),
                "cloze_typed": self.tr("Add accepted answer"),
            }.get(self.qtype, self.tr("Add option")))
            if self.qtype == "ordering":
                self.rows.set_headers(self.tr("Item"), self.tr("Date"))
            elif self.qtype == "matching":
                self.rows.set_headers(self.tr("Left"), self.tr("Matches"))
            else:
                self.rows.set_headers("")
        if self.qtype == "true_false":
            self.true_button.setText(self.tr("True (對)"))
            self.false_button.setText(self.tr("False (錯)"))

    def write(self, draft: dict) -> None:
        """Show the draft's answer."""
        qtype, answer = self.qtype, draft.get("answer")
        if qtype in CHOICE_TYPES:
            marked = answer if isinstance(answer, list) else [answer]
            self.rows.set_rows([((c,), n in marked) for n, c in enumerate(draft.get("choices") or [])])
        elif qtype == "ordering":
            dates = draft.get("dates") or []
            self.rows.set_rows([((c, dates[n] if n < len(dates) else ""), False)
                                for n, c in enumerate(draft.get("choices") or [])])
        elif qtype == "matching":
            left, choices = draft.get("left") or [], draft.get("choices") or []
            answer = answer or list(range(len(left)))
            self.rows.set_rows([((item, choices[answer[n]] if n < len(answer) and answer[n] < len(choices) else ""),
                                 False) for n, item in enumerate(left)])
        elif qtype == "cloze_typed":
            self.rows.set_rows([((form,), False) for form in (answer or [""])])
        elif qtype == "true_false":
            (self.true_button if answer else self.false_button).setChecked(answer is not None)
        elif qtype == "year_typed":
            self.year.setValue(int(answer or 0))

    def read(self, draft: dict) -> None:
        """Put the form's answer into the draft."""
        qtype = self.qtype
        if qtype in CHOICE_TYPES:
            draft["choices"], draft["answer"] = self.rows.values(), self.rows.checked()
        elif qtype == "ordering":
            draft["choices"], draft["dates"] = self.rows.values(0), self.rows.values(1)
        elif qtype == "matching":
            # pairs are edited side by side; students see the right column in a fixed order that does not
            # follow the pairs (sorted by text), and the answer maps each left item to its match there
            left, right = self.rows.values(0), self.rows.values(1)
            shown = sorted(range(len(right)), key=lambda n: (right[n], n))
            draft["left"], draft["choices"] = left, [right[n] for n in shown]
            draft["answer"] = [shown.index(n) for n in range(len(right))]
        elif qtype == "cloze_typed":
            draft["answer"] = self.rows.values()
        elif qtype == "true_false":
            checked = self.true_button.isChecked() or self.false_button.isChecked()
            draft["answer"] = self.true_button.isChecked() if checked else None
        elif qtype == "year_typed":
            draft["answer"] = self.year.value()
