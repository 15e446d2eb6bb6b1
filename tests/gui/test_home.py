"""The home page: quiz setup (types, checkable section tree, difficulty, shuffle), students and reviews due."""

from datetime import UTC, datetime, timedelta

from quizapp.gui.qt import QApplication, Qt
from quizapp.gui.section_tree import SECTION_ID_ROLE
from quizapp.paths import QUESTIONS

REAL_BANK = str(QUESTIONS / "外蒙古独立.json")


def settle(window):
    """Let the database thread finish and its results arrive on the GUI thread."""
    window.data.flush()
    QApplication.processEvents()


def section_ids(item):
    ids = set(item.data(SECTION_ID_ROLE))
    for row in range(item.rowCount()):
        ids |= section_ids(item.child(row))
    return ids


def test_section_tree_ticks_subsections_and_filters_the_quiz(qtbot, window, data):
    window.home.select_bank(REAL_BANK)
    settle(window)
    model = window.home.sections
    assert model.rowCount() > 3 and window.home.choices()["sections"] is None  # all ticked: no filter
    chapter = next(model.item(r) for r in range(model.rowCount()) if model.item(r).hasChildren())
    chapter.setCheckState(Qt.CheckState.Unchecked)
    assert all(chapter.child(r).checkState() == Qt.CheckState.Unchecked for r in range(chapter.rowCount()))
    model.set_all(False)
    chapter.child(0).setCheckState(Qt.CheckState.Checked)
    wanted = section_ids(chapter.child(0))  # with its subsections
    choices = window.home.choices()
    assert choices["sections"] == wanted
    window.home.type_boxes["true_false"].setChecked(False)
    window.home.difficulty_boxes[3].setChecked(False)
    choices = {**window.home.choices(), "count": 500, "student": ""}
    assert choices["types"] is not None and "true_false" not in choices["types"]
    window.start_quiz(choices)
    questions = window.quiz_page.session.questions
    assert questions
    assert all(q["source"]["section_id"] in wanted and q["type"] != "true_false" and q["difficulty"] != 3
               for q in questions)


def test_setup_choices_are_remembered(qtbot, window, state):
    from quizapp.gui.home import HomePage

    window.home.type_boxes["ordering"].setChecked(False)
    window.home.shuffle.setChecked(False)
    window.home.choices()
    again = HomePage(state, window.data)
    qtbot.addWidget(again)
    assert not again.type_boxes["ordering"].isChecked() and again.type_boxes["matching"].isChecked()
    assert not again.shuffle.isChecked()


def test_students_come_from_the_database_and_misses_become_reviews(qtbot, window, bank):
    home = window.home
    window.start_quiz({"bank": bank.path, "mode": "practice", "count": 50, "minutes": 0, "student": "王小明",
                       "shuffle": False})
    page = window.quiz_page
    first = page.session.current
    wrong = (first["answer"] + 1) % len(first["choices"])
    page.view.set_given(wrong)
    page.submit()
    page.end_quiz()  # the rest count as missed too
    settle(window)
    window.finish_loading(wait=True)
    assert "王小明" in [home.student.itemText(i) for i in range(home.student.count())]
    home.select_bank(bank.path)
    home.student.setCurrentText("王小明")
    window.refresh_due()
    settle(window)
    assert home.due_count == 0  # FSRS "Again": due again in a minute, not at once
    window.data.review_clock = lambda: datetime.now(UTC) + timedelta(minutes=5)
    window.refresh_due()
    settle(window)
    assert home.due_count == page.session.total  # every missed question
    assert home.review_button.isEnabled() and str(home.due_count) in home.due.text()
    window.start_review()
    review = window.quiz_page.session
    assert {q["id"] for q in review.questions} == {q["id"] for q in page.session.missed()}
    for question in list(review.questions):  # answered right this time
        answer = question["answer"]
        window.quiz_page.view.set_given(answer[0] if question["type"] == "cloze_typed" else answer)
        window.quiz_page.submit()
        window.quiz_page.next_question()
    window.show_home()
    settle(window)
    assert home.due_count == 0  # right answers push the reviews further (the next learning step, 10 min)


def test_practice_my_mistakes_starts_a_quiz_of_the_missed_ones(qtbot, window, bank):
    window.start_quiz({"bank": bank.path, "mode": "practice", "count": 50, "minutes": 0, "student": "",
                       "shuffle": False})
    page = window.quiz_page
    right = page.session.current
    page.view.set_given(right["answer"])
    page.submit()
    page.end_quiz()
    assert page.results.mistakes_button.isEnabled()
    page.results.mistakes_button.click()
    again = window.quiz_page
    assert again is not page
    assert [q["id"] for q in again.session.questions] == [q["id"] for q in page.session.questions[1:]]


def test_a_new_name_and_enter_start_the_quiz_and_make_a_profile(qtbot, window, bank):
    home = window.home
    home.select_bank(bank.path)
    window.activateWindow()
    home.student.setFocus()
    home.student.setCurrentText("")
    qtbot.keyClicks(home.student.lineEdit(), "Bolor")
    qtbot.keyClick(home.student.lineEdit(), Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.quiz_page
    window.quiz_page.end_quiz()
    window.quiz_page.results.home_button.click()
    settle(window)
    assert window.pages.currentWidget() is home
    assert "Bolor" in [home.student.itemText(i) for i in range(home.student.count())]
