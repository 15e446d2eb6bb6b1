"""The main window's Teacher menu opens the teacher window only through the PIN gate."""

from quizapp.gui.teacher.pin_dialog import PinDialog


def test_teacher_menu_goes_through_the_pin(qtbot, window, monkeypatch):
    refused = []
    monkeypatch.setattr(PinDialog, "exec", lambda self: refused.append(True) or PinDialog.DialogCode.Rejected)
    assert window.open_teacher() is None and refused  # student mode: no PIN, no editor
    assert not window.teacher_mode.unlocked

    def set_pin(self):
        self.pin.setText("9753")
        self.again.setText("9753")
        self.accept()
        return PinDialog.DialogCode.Accepted

    monkeypatch.setattr(PinDialog, "exec", set_pin)
    teacher = window.open_teacher()
    assert teacher is not None and teacher.isVisible() and window.teacher_mode.unlocked
    teacher.lock()
    assert not window.teacher_mode.unlocked
