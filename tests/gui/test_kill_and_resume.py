"""Kill-and-resume: a quiz process killed with SIGKILL after N answers; the next start finds the N responses
and offers to resume where the student stopped (exam countdown included)."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from tests.gui.conftest import FIXTURE_BANK

CHILD = textwrap.dedent("""
    import sys, time
    from quizapp.gui.app import create_application
    from quizapp.gui.data import DataAccess
    from quizapp.gui.main_window import MainWindow
    from PySide6.QtTest import QTest
    from quizapp.gui.qt import Qt
    from quizapp.gui.settings import Settings
    from quizapp.gui.state import DisplayState

    db, settings_file, bank_file, answers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = create_application(["quizapp"])
    state = DisplayState(Settings.from_file(settings_file), language="en", script="hans")
    data = DataAccess([bank_file], db_url=db, import_bundled=False)
    window = MainWindow(state, data)
    window.show()
    window.finish_loading(wait=True)
    bank = data.add_bank_file(bank_file)
    window.start_quiz({"bank": bank, "mode": "exam", "count": 50, "minutes": 30, "student": "amy",
                       "shuffle": False})
    page = window.quiz_page
    for _ in range(answers):  # keys, as the student gives them: choose 1, Enter
        QTest.keyClick(page.window().focusWidget() or page, Qt.Key.Key_1)
        QTest.keyClick(page.window().focusWidget() or page, Qt.Key.Key_Return)
    time.sleep(1.2)  # some exam time goes by
    page.save_time_used()
    data.flush()  # the answers are on disk (each committed as it was given)
    print("answered", len(page.session.responses), flush=True)
    app.exec()  # and wait to be killed
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_quiz_keeps_its_responses_and_is_resumed(qtbot, tmp_path, state):
    from quizapp.gui.data import DataAccess
    from quizapp.gui.main_window import MainWindow
    from quizapp.gui.qt import QApplication

    db = f"sqlite:///{tmp_path / 'answers.db'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, db, str(tmp_path / "child.ini"), str(FIXTURE_BANK), "3"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.strip() == "answered 3", line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    data = DataAccess([str(FIXTURE_BANK)], db_url=db, import_bundled=False)
    window = MainWindow(state, data)
    qtbot.addWidget(window)
    window.home.student.setCurrentText("amy")
    window.home.select_bank(data.add_bank_file(str(FIXTURE_BANK)))
    window.finish_loading(wait=True)
    data.flush()
    QApplication.processEvents()
    bank = data.bank(data.add_bank_file(str(FIXTURE_BANK)))
    stored = data.unfinished_quiz(bank, "amy")
    assert stored is not None and len(stored.responses) == 3  # the three answers survived the kill
    assert window.home.resume_row.isVisibleTo(window) and "3 of" in window.home.resume_label.text()  # offered
    window.home.resume_button.click()
    page = window.quiz_page
    assert page.session.index == 3 and page.progress_label.text().startswith("4 /")
    assert len(page.session.responses) == 3
    assert page.session.time_used >= 1.0  # the countdown goes on from where it was
    assert page.remaining_seconds() <= 30 * 60 - 1.0
