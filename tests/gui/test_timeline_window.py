"""The timeline window on the real article: its passage opens the reader, its period starts a quiz."""

from quizapp.gui.qt import QApplication
from quizapp.paths import QUESTIONS
from quizapp.quiz.period import iso_bounds

REAL_BANK = str(QUESTIONS / "外蒙古独立.json")


def test_timeline_opens_on_the_bank_article_and_leads_to_source_and_quiz(qtbot, window, state):
    window.home.select_bank(REAL_BANK)
    window.timeline_action.trigger()
    timeline = window.timeline_window
    assert timeline is not None and timeline.isVisible()
    assert "外蒙古独立" in timeline.windowTitle()
    event = next(e for e in window.data.timeline("外蒙古独立.md") if e.date.start.year == 1911)
    timeline.view.select_event(event.id)
    timeline.view.source_button.click()
    reader = window.reader_window.reader
    assert (reader.quote.section_id, reader.quote.start, reader.quote.end) == (event.section_id, *event.span)
    timeline.view.quiz_button.click()
    session = window.quiz_page.session
    assert session.questions and window.pages.currentWidget() is window.quiz_page
    periods = window.data.event_periods("外蒙古独立.md")
    first, last = iso_bounds(event.date.start.iso(), event.date.end.iso())
    for question in session.questions:  # each is about an event of that period
        assert any(iso_bounds(*periods[e])[0] <= last and iso_bounds(*periods[e])[1] >= first
                   for e in question["events"] if e in periods)
    state.set_script("hant")
    QApplication.processEvents()
    assert timeline.view.script == "hant"
