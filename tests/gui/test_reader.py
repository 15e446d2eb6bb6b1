"""The reader: section tree model, script-insensitive search with highlights, passages, no network."""

import pytest

from quizapp.gui.qt import QColor, QUrl
from quizapp.gui.reader import ReaderWidget


@pytest.fixture
def reader(qtbot, state, data):
    widget = ReaderWidget(state, data)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.open_article("外蒙古独立.md")
    return widget


def test_section_tree_model(qtmodeltester, reader):
    qtmodeltester.check(reader.tree_model)
    top = [reader.tree_model.item(row).text() for row in range(reader.tree_model.rowCount())]
    assert top[:3] == ["外蒙古独立", "相关历史事件年表", "历史背景"]
    nested = reader.tree_model.item(3).child(0)
    assert nested.text() == "第一次宣布独立"


def test_search_ignores_the_script(qtbot, reader):
    reader.search.setText("蘇聯紅軍")  # typed in Traditional; the source mixes both, the view shows Simplified
    reader.run_search()
    assert len(reader.hits) >= 3
    reader.search.setText("苏联红军")
    reader.run_search()
    assert len(reader.hits) >= 3
    assert reader.search_status.text().startswith("1 of ")
    first = reader.hits[0]
    cursor = reader.browser.document().find("苏联红军")
    assert not cursor.isNull()
    assert {"s0", "s1"} <= {h.section_id for h in reader.hits}
    reader.next_hit()
    assert reader.hit_index == 1
    assert first.kind == "hit"
    hit_format = reader.browser.document().find("苏联红军").charFormat()
    assert hit_format.background().color() == QColor("#fff59d")


def test_search_without_match(reader):
    reader.search.setText("不存在的词语")
    reader.run_search()
    assert reader.hits == [] and reader.search_status.text() == "No match"


def test_show_passage_highlights_and_selects_the_section(reader, state):
    section = reader.document.section("s2")
    start = section.text.index("1727年")
    reader.show_passage("s2", start, start + 5)
    assert reader.current_section_id() == "s2"
    cursor = reader.browser.document().find("1727年")
    assert cursor.charFormat().background().color() == QColor("#ffd54f")
    state.set_script("hant")  # the highlight survives a script switch
    cursor = reader.browser.document().find("1727年")
    assert cursor.charFormat().background().color() == QColor("#ffd54f")
    assert "歷史背景" in reader.browser.toPlainText()


def test_internal_link_opens_the_bundled_article_and_nothing_is_fetched(qtbot, reader):
    assert reader.browser.openLinks() is False and reader.browser.openExternalLinks() is False
    assert reader.browser.loadResource(0, QUrl("https://zh.wikipedia.org/wiki/x")) is None
    with qtbot.waitSignal(reader.article_requested) as blocker:
        reader.browser.anchorClicked.emit(QUrl("article:%E5%94%90%E5%8A%AA%E4%B9%8C%E6%A2%81%E6%B5%B7"))
    assert blocker.args == ["唐努乌梁海.md"]
    html = reader.browser.toHtml()
    assert "https://zh.wikipedia.org" not in html.split("title=")[0]  # external targets only in tooltips


def test_note_marks_are_superscripts(reader):
    reader.browser.anchorClicked.emit(QUrl("note:1"))
    assert reader.note.isVisibleTo(reader) and reader.note.text().startswith("Note 1")
