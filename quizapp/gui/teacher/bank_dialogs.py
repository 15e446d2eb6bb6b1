"""Bank-level dialogs: progress of a background operation (with Cancel), import preview, export and print choices."""

from __future__ import annotations

from collections import Counter

from quizapp.gui.ops import Operation
from quizapp.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    Qt,
    QTextBrowser,
    QVBoxLayout,
)

SCRIPT_CHOICES = (("hans", "简体"), ("hant", "繁體"))
EXPORT_LABELS = {"json": "quizapp JSON (*.json)", "gift": "GIFT (*.gift)", "moodle-xml": "Moodle XML (*.xml)",
                 "csv": "CSV (*.csv)", "apkg": "Anki (*.apkg)"}


def run_with_progress(parent, title: str, function, *args, reports: bool = True, on_result=None, on_finished=None,
                      **kwargs) -> Operation:
    """Run ``function`` off the GUI thread behind a modal progress dialog whose Cancel stops it.

    ``reports``: the function takes ``progress`` and ``should_stop``; otherwise the bar is a busy indicator
    and there is no Cancel (an import is one transaction: it cannot stop half-way). Errors are shown in a message box; ``on_result(result)`` runs on success, ``on_finished()`` always.
    """
    dialog = QProgressDialog(title, QCoreApplication.translate("TeacherWindow", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not reports:
        dialog.setCancelButton(None)
    operation = Operation(function, *args, reports=reports, **kwargs)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def finished() -> None:
        dialog.close()
        if on_finished is not None:
            on_finished()

    operation.progressed.connect(progressed)
    operation.failed.connect(failed)
    if on_result is not None:
        operation.succeeded.connect(on_result)
    operation.done.connect(finished)
    dialog.canceled.connect(operation.cancel)
    dialog.show()
    return operation.start()


class ImportPreview(QDialog):
    """What a file would import (count, types, skipped questions, first stems) before anything is written."""

    def __init__(self, bank_file, report: list[str], path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        questions = bank_file.questions
        types = Counter(q.type for q in questions)
        lines = [f"<p><b>{path}</b></p>",
                 "<p>" + self.tr("%1 questions will be imported, all or none.").replace("%1", str(len(questions)))
                 + "</p><p>" + "　".join(f"{t}: {n}" for t, n in sorted(types.items())) + "</p>"]
        if report:
            lines.append("<p><b>" + self.tr("Left out or changed:") + "</b></p><ul>"
                         + "".join(f"<li>{_escape(line)}</li>" for line in report) + "</ul>")
        else:
            lines.append("<p>" + self.tr("Validation: every question is valid.") + "</p>")
        lines.append("<ol>" + "".join(f"<li>{_escape(q.stem)}</li>" for q in questions[:15]) + "</ol>")
        view = QTextBrowser()
        view.setHtml("".join(lines))
        self.name = QLineEdit(bank_file.bank.name)
        form = QFormLayout()
        form.addRow(self.tr("New bank &name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(bool(questions))
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 480)


class PrintOptions(QDialog):
    """Script and number of questions for a printed quiz or answer key."""

    def __init__(self, available: int, selected: int, script: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.script = QComboBox()
        for code, name in SCRIPT_CHOICES:
            self.script.addItem(name, code)
        self.script.setCurrentIndex(max(0, self.script.findData("hans" if script == "hans" else "hant")))
        self.which = QComboBox()
        if selected:
            self.which.addItem(self.tr("the %1 selected questions").replace("%1", str(selected)), "selected")
        self.which.addItem(self.tr("the first questions of the list"), "first")
        self.count = QSpinBox()
        self.count.setRange(1, max(1, available))
        self.count.setValue(min(20, max(1, available)))
        self.which.currentIndexChanged.connect(lambda _i: self.count.setEnabled(self.which.currentData() == "first"))
        self.count.setEnabled(self.which.currentData() == "first")
        form = QFormLayout()
        form.addRow(self.tr("&Script:"), self.script)
        form.addRow(self.tr("&Questions:"), self.which)
        form.addRow(self.tr("&How many:"), self.count)
        note = QLabel(self.tr("The PDF is written to the file you choose next."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
