"""The PIN gate: set the teacher PIN on first entry (typed twice), ask for it afterwards."""

from __future__ import annotations

from quizapp.gui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout
from quizapp.teacher.pin import MIN_PIN_LENGTH, PinError


class PinDialog(QDialog):
    """Unlocks ``mode`` (a quizapp.teacher.pin.TeacherMode); accepted only with the right PIN."""

    def __init__(self, mode, parent=None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.first = mode.needs_new_pin()
        self.setWindowTitle(self.tr("Teacher mode"))
        self.intro = QLabel(self.tr("Choose a teacher PIN (at least %1 characters). Students cannot open the "
                                    "teacher tools without it.").replace("%1", str(MIN_PIN_LENGTH))
                            if self.first else self.tr("Enter the teacher PIN."))
        self.intro.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        if self.first:
            form.addRow(self.tr("PIN &again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        pin = self.pin.text()
        if self.first:
            if pin != self.again.text():
                self.error.setText(self.tr("The two PINs differ."))
                return
            try:
                self.mode.set_first_pin(pin)
            except PinError as exc:
                self.error.setText(str(exc))
                return
        elif not self.mode.unlock(pin):
            self.error.setText(self.tr("Wrong PIN."))
            self.pin.clear()
            return
        super().accept()
