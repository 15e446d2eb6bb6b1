"""The quiz page driven like a student would: keys only, exam countdown, script and language switches."""

import pytest

from quizapp.gui.qt import QApplication, QInputMethodEvent, QLabel, QPushButton, Qt
from quizapp.quiz import MemoryRecorder, QuizSession
from quizapp.text import convert


def make_page(qtbot, state, bank, *, mode="practice", time_limit=None, only=None):
    from quizapp.gui.quiz.page import QuizPage

    questions = [q for q in bank.questions if only is None or q["type"] in only]
    session = QuizSession(questions, mode=mode, time_limit=time_limit, recorder=MemoryRecorder())
    page = QuizPage(state, session, bank)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key goes where a real key would: to the focus widget (then up to its parents if unused).

    The offscreen platform never activates a window, so the window's own focus widget is asked."""
    target = page.window().focusWidget() or page
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, page, text):
    """Text arrives as an input method commits it (Chinese is typed through one)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(page.window().focusWidget() or page, event)


def visible_texts(widget):
    texts = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
        if child.isVisibleTo(widget) and child.text():
            texts.append(child.text())
    return texts


def test_practice_quiz_by_keys_only(qtbot, state, bank):
    page = make_page(qtbot, state, bank)
    assert page.progress_label.text() == f"1 / {len(bank.questions)}"
    K = Qt.Key
    # date_choice: 2nd choice, Enter submits and shows feedback, Enter goes on
    press(qtbot, page, K.Key_2)
    press(qtbot, page, K.Key_Return)
    assert page.feedback.isVisible() and "Correct" in page.feedback.verdict.text()
    press(qtbot, page, K.Key_Return)
    assert page.progress_label.text().startswith("2 /")
    # event_choice, then Space to go on
    press(qtbot, page, K.Key_1)
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Space)
    # cloze_choice
    press(qtbot, page, K.Key_2)
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Return)
    # true_false (true), then the flagged false one: practice shows flagged questions
    press(qtbot, page, K.Key_T)
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_F)
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Return)
    # ordering: items 0..3 shown; chronological is [1, 3, 0, 2]
    assert page.session.current["type"] == "ordering"
    press(qtbot, page, K.Key_Down)
    press(qtbot, page, K.Key_Up, Qt.KeyboardModifier.AltModifier)
    for _ in range(3):
        press(qtbot, page, K.Key_Down)
    press(qtbot, page, K.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, page, K.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.view.given() == [1, 3, 0, 2]
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Return)
    # matching: answer [2, 0, 1]; Down picks in the combo box (row 0 is "choose"), Tab to the next
    assert page.session.current["type"] == "matching"
    for downs in (3, 1, 2):
        for _ in range(downs):
            press(qtbot, page, K.Key_Down)
        press(qtbot, page, K.Key_Tab)
    assert page.view.given() == [2, 0, 1]
    press(qtbot, page, K.Key_Return)
    press(qtbot, page, K.Key_Return)
    # cloze_typed: the other script's form is accepted
    assert page.session.current["type"] == "cloze_typed"
    type_text(qtbot, page, "羅曼·馮·恩琴")
    press(qtbot, page, K.Key_Return)
    assert "Correct" in page.feedback.verdict.text()
    press(qtbot, page, K.Key_Return)
    # year_typed: full-width digits with 年
    type_text(qtbot, page, "１９４５年")
    press(qtbot, page, K.Key_Return)
    assert page.feedback.isVisible() and "Correct" in page.feedback.verdict.text()  # Enter in the field: feedback
    press(qtbot, page, K.Key_Return)
    # last one answered wrong on purpose
    press(qtbot, page, K.Key_1)
    press(qtbot, page, K.Key_Return)
    assert "Wrong" in page.feedback.verdict.text()
    press(qtbot, page, K.Key_Return)
    assert page.stack.currentWidget() is page.results
    correct, total = page.session.score()
    assert (correct, total) == (len(bank.questions) - 1, len(bank.questions))
    recorder = page.session.recorder
    assert len(recorder.responses) == total and recorder.finished == (correct, total)
    assert f"{correct} / {total}" in page.results.score.text()
    assert page.results.mistakes_button.isEnabled() and "(1)" in page.results.mistakes_button.text()
    assert sum(total for _label, _right, total in page.results.type_chart.rows) == total


def test_enter_without_an_answer_does_nothing_in_practice(qtbot, state, bank):
    page = make_page(qtbot, state, bank)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.session.responses == {} and not page.feedback.isVisible()


def test_escape_pauses_and_resumes(qtbot, state, bank):
    page = make_page(qtbot, state, bank)
    press(qtbot, page, Qt.Key.Key_Escape)
    assert page.paused and page.stack.currentIndex() == 1
    press(qtbot, page, Qt.Key.Key_2)  # ignored while paused
    press(qtbot, page, Qt.Key.Key_Escape)
    assert not page.paused and page.view.given() is None


def test_exam_time_limit_auto_submits(qtbot, state, bank):
    page = make_page(qtbot, state, bank, mode="exam", time_limit=1.0)
    total = page.session.total
    assert total == len(bank.questions) - 1  # the flagged question never appears in an exam
    assert all(q["status"] != "flagged" for q in page.session.questions)
    assert page.countdown.isVisible() and "0:01" in page.countdown.text()
    press(qtbot, page, Qt.Key.Key_2)
    press(qtbot, page, Qt.Key.Key_Return)  # exam: no feedback, straight to the next question
    assert not page.feedback.isVisible() and page.progress_label.text().startswith("2 /")
    press(qtbot, page, Qt.Key.Key_1)  # chosen but not submitted when time runs out
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=4000)
    assert page.session.ended
    assert page.session.score() == (2, total)  # the draft was graded at the deadline
    assert len(page.session.recorder.responses) == total


def test_resumed_exam_continues_its_countdown(qtbot, state, bank):
    from quizapp.gui.quiz.page import QuizPage

    recorder = MemoryRecorder()
    session = QuizSession(bank.questions, mode="exam", time_limit=600, recorder=recorder, time_used=540)
    page = QuizPage(state, session, bank)
    qtbot.addWidget(page)
    assert 59 <= page.remaining_seconds() <= 60  # a minute left, not the full ten
    assert "1:00" in page.countdown.text() or "0:59" in page.countdown.text()
    press(qtbot, page, Qt.Key.Key_Escape)  # pausing stores the time used
    assert 540 <= recorder.time_used < 545


def test_ordering_by_keyboard(qtbot, state, bank):
    page = make_page(qtbot, state, bank, only={"ordering"})
    view = page.view
    assert page.window().focusWidget() is view.list
    press(qtbot, page, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # item 0 down one place
    assert view.given() == [1, 0, 2, 3]
    assert view.list.currentIndex().row() == 1  # the moved item stays selected
    press(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: no change
    assert view.given() == [0, 1, 2, 3]
    assert page.session.draft(page.session.current["id"]) == [0, 1, 2, 3]


@pytest.mark.parametrize("target", ["hant", "tw"])
def test_script_switch_mid_quiz_rerenders_and_keeps_answers(qtbot, state, bank, target):
    page = make_page(qtbot, state, bank, only={"date_choice", "matching", "cloze_typed"})
    press(qtbot, page, Qt.Key.Key_2)
    before = visible_texts(page)
    assert page.stem.text() == "博克多汗国成立"
    state.set_script(target)
    after = visible_texts(page)
    assert page.stem.text() == "博克多汗國成立"
    assert page.view.given() == 1  # the choice survived
    changed = [t for t in after if t not in before]
    assert changed, "nothing was re-rendered"
    for text in after:  # every visible string is now in the target script
        assert convert(text, target) == text, text
    # feedback after submitting is in the new script too, and switching back converts it again
    press(qtbot, page, Qt.Key.Key_Return)
    assert "博克多汗國成立" in page.feedback.detail.text()
    state.set_script("hans")
    assert "博克多汗国成立" in page.feedback.detail.text()
    press(qtbot, page, Qt.Key.Key_Return)
    # matching: a partial answer survives a switch
    press(qtbot, page, Qt.Key.Key_Down)
    state.set_script(target)
    assert page.view.draft() == [0, -1, -1]
    assert all(convert(c.itemText(1), target) == c.itemText(1) for c in page.view.combos)
    # typed: what the student typed stays as typed
    page.view.set_given([2, 0, 1])
    press(qtbot, page, Qt.Key.Key_Return)
    press(qtbot, page, Qt.Key.Key_Return)
    type_text(qtbot, page, "恩琴")
    state.set_script("hans")
    assert page.view.edit.text() == "恩琴"


def test_language_switch_translates_the_prompt_and_buttons(qtbot, state, bank):
    page = make_page(qtbot, state, bank)
    assert page.prompt.text() == "In which year did this happen?"
    state.set_language("zh_CN")
    QApplication.processEvents()  # Qt posts LanguageChange to every window
    assert page.prompt.text() == "下列事件发生在哪一年？"
    assert page.submit_button.text() != "Submit (Enter)"
    state.set_language("zh_TW")
    QApplication.processEvents()
    assert page.prompt.text() == "下列事件發生在哪一年？"
    assert page.submit_button.text() == "送出 (Enter)"
    state.set_language("en")
    QApplication.processEvents()
    assert page.submit_button.text() == "Submit (Enter)"


def test_answer_buttons_are_reachable_with_tab(qtbot, state, bank):
    page = make_page(qtbot, state, bank, only={"date_choice"})
    page.view.buttons[1].setFocus()  # where Tab lands from the previous control
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.view.given() == 1
    press(qtbot, page, Qt.Key.Key_Return)  # a focused answer button does not swallow Enter
    assert page.submitted and page.session.response(page.session.current["id"]).correct
    assert page.view.buttons[1].focusPolicy() == Qt.FocusPolicy.NoFocus  # locked after submitting
