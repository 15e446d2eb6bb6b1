"""Main window: menus translate live, script menu re-renders, geometry is remembered, Show in source."""

from quizapp.gui import settings as S
from quizapp.gui.qt import QApplication, QColor, QTextBrowser, QTextDocument


def test_language_switch_translates_the_menus(window, state):
    assert window.file_menu.title() == "&File"
    window.language_actions["zh_CN"].trigger()
    QApplication.processEvents()
    assert state.language == "zh_CN"
    assert window.file_menu.title() == "文件(&F)"
    assert window.view_menu.title() == "视图(&V)"
    assert window.home.start_button.text() == "开始测验(&S)"
    window.language_actions["zh_TW"].trigger()
    QApplication.processEvents()
    assert window.file_menu.title() == "檔案(&F)"
    assert window.help_menu.title() == "說明(&H)"
    assert state.settings.get(S.LANGUAGE) == "zh_TW"
    window.language_actions["en"].trigger()
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_script_menu_switches_the_content_script(window, state):
    window.script_actions["hant"].trigger()
    assert state.script == "hant" and state.settings.get(S.SCRIPT) == "hant"
    assert window.home.bank.currentText() == "外蒙古獨立（測試題庫）"
    window.script_actions["hans"].trigger()
    assert window.home.bank.currentText() == "外蒙古独立（测试题库）"


def test_zoom_changes_the_application_font(window, state):
    base = QApplication.font().pointSizeF()
    window.zoom_in_action.trigger()
    assert state.zoom == 110
    assert abs(QApplication.font().pointSizeF() - base * 1.1) < 0.01
    assert abs(window.home.title.font().pointSizeF() - base * 1.1 * 1.6) < 0.01  # scaled widgets follow
    window.zoom_reset_action.trigger()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01


def test_window_geometry_is_remembered(qtbot, window, state, data):
    from quizapp.gui.main_window import MainWindow

    window.resize(777, 555)
    window.close()
    again = MainWindow(state, data)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (777, 555)


def test_accessible_names_on_home_controls(window):
    home = window.home
    for widget in (home.student, home.bank, home.count, home.minutes, home.start_button, home.read_button):
        assert widget.accessibleName(), widget


def test_show_in_source_opens_the_reader_at_the_quote(qtbot, window, state, bank):
    window.start_quiz({"bank": bank.path, "mode": "practice", "count": 50, "minutes": 0, "student": "amy"})
    page = window.quiz_page
    question = page.session.current
    page.view.set_given(question["answer"])
    page.submit()
    page.feedback.source_link.linkActivated.emit("source")
    reader_window = window.reader_window
    assert reader_window is not None and reader_window.isVisible()
    reader = reader_window.reader
    start, end = question["source"]["span"]
    assert (reader.quote.section_id, reader.quote.start, reader.quote.end) == (question["source"]["section_id"], start, end)
    assert reader.current_section_id() == question["source"]["section_id"]
    quote = state.convert(question["source"]["quote"])
    cursor = reader.browser.document().find(quote, 0, QTextDocument.FindFlag(0))
    assert not cursor.isNull(), "the quote is not in the article view"
    inside = reader.browser.document().find(quote[len(quote) // 2], cursor.selectionStart())
    assert inside.charFormat().background().color() == QColor("#ffd54f")
    assert reader.browser.verticalScrollBar().value() > 0  # scrolled down to the passage


def test_about_shows_the_attribution(qtbot, window):
    from quizapp.gui.dialogs import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser)
    assert "CC BY-SA" in browser.toPlainText() and "Wikipedia contributors" in browser.toPlainText()


def test_real_bank_quiz_from_the_home_page_by_keys_only(qtbot, window, state):
    """The bundled default bank, end to end: Enter on Start, then 1 / T / typed text and Enter for each."""
    from quizapp.gui.qt import QInputMethodEvent, Qt
    from quizapp.paths import QUESTIONS

    home = window.home
    home.select_bank(str(QUESTIONS / "外蒙古独立.json"))
    window.data.flush()
    QApplication.processEvents()
    for kind, box in home.type_boxes.items():  # matching needs two keys per row: left out here
        box.setChecked(kind != "matching")
    home.count.setValue(8)
    home.student.setCurrentText("")
    window.activateWindow()
    home.start_button.setFocus()
    qtbot.keyClick(home.start_button, Qt.Key.Key_Space)
    page = window.quiz_page
    assert page is not None and page.session.total == 8 and window.pages.currentWidget() is page

    def key(code):
        qtbot.keyClick(page.window().focusWidget() or page, code)

    for number in range(8):
        question = page.session.current
        assert page.progress_label.text() == f"{number + 1} / 8"
        if question["type"] == "true_false":
            key(Qt.Key.Key_T)
        elif question["type"] in ("cloze_typed", "year_typed"):
            event = QInputMethodEvent()
            event.setCommitString("1911")
            assert page.window().focusWidget() is page.view.edit  # the answer field has the focus
            QApplication.sendEvent(page.window().focusWidget(), event)
        elif question["type"] != "ordering":  # an ordering is submitted in the order shown
            key(Qt.Key.Key_1)
        key(Qt.Key.Key_Return)
        assert page.feedback.isVisible() and page.feedback.verdict.text(), question["type"]
        key(Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.results
    assert len(page.session.responses) == 8
    assert "/ 8" in page.results.score.text()
