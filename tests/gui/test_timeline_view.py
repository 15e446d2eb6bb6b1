"""The timeline view on the real article: lanes, zoom, clicks and their signals, script switching, panning."""

import sys

import pytest

from quizapp.gui.qt import QObject, QPoint, QPointF, Qt
from quizapp.gui.timeline_view import TimelineView
from quizapp.paths import SOURCES


def pyside_drops_none() -> bool:
    """True on PySide6 builds (6.12.0 on Python 3.11) whose void methods return None without a reference:
    a drawn widget makes thousands of such calls per repaint and the process aborts in none_dealloc."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 25


pytestmark = pytest.mark.skipif(pyside_drops_none(), reason="this PySide6 build drops references to None on "
                                "every void call (fatal in painting code): use PySide6-Essentials<6.12 on Python 3.11")


@pytest.fixture(scope="module")
def article():
    from quizapp.source import parse_file
    from quizapp.timeline import build_timeline

    doc = parse_file(SOURCES / "外蒙古独立.md")
    return doc, build_timeline(doc)


@pytest.fixture
def view(qtbot, article):
    doc, events = article
    widget = TimelineView(events, title=doc.title, script="hans")
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def viewport_point(view, event_id) -> QPoint:
    """Where the marker of an event is on screen, after scrolling it into view."""
    canvas = view.canvas
    item = next(i for i in canvas.items if i.event.id == event_id)
    canvas.ensure_visible(item)
    rect = canvas.item_rect(item)
    x = canvas.x_of(item.start) + (2 if item.ranged else 0)
    y = rect.bottom() - 5 if item.ranged else rect.center().y()
    return QPoint(int(x - canvas.horizontalScrollBar().value()), int(y - canvas.verticalScrollBar().value()))


def test_every_event_is_drawn_in_the_lane_of_its_top_level_section(view, article):
    doc, events = article
    canvas = view.canvas
    assert len(canvas.items) == len(events)
    tops = list(dict.fromkeys(e.section_path[0] if e.section_path else "" for e in events))
    assert len(canvas.groups) == len(tops) and canvas.groups[0] == "外蒙古独立"  # the lead, named by the title
    assert "相关历史事件年表" in canvas.groups  # simplified, as the script asks
    for item in canvas.items:
        assert canvas.groups[item.group].startswith(("外蒙古", "相关", "历史", "清末", "中国"))
    ranged = {i.event.id for i in canvas.items if i.ranged}
    assert "e0001" in ranged  # 20世纪上半叶: a bar
    assert canvas.axis.breaks  # the 13th and 16th-century items are behind shortened gaps


def test_zoom_changes_the_scale_and_fit_restores_it(view, qtbot):
    fitted = view.scale()
    view.zoom_in_button.click()
    assert view.scale() == pytest.approx(fitted * 1.25)
    qtbot.keyClicks(view.canvas, "+")
    assert view.scale() == pytest.approx(fitted * 1.25 ** 2)
    qtbot.keyClicks(view.canvas, "-")
    view.zoom_out_button.click()
    assert view.scale() == pytest.approx(fitted)
    x_1945 = view.canvas.x_of(1945)
    view.canvas.zoom(3)
    assert view.canvas.x_of(1945) > x_1945 * 1.5  # the axis itself is stretched, not just the view
    view.fit_button.click()
    assert view.scale() == pytest.approx(fitted)


def test_ctrl_wheel_zooms_around_the_pointer(view, qtbot):
    from PySide6.QtGui import QWheelEvent

    from quizapp.gui.qt import QApplication
    from quizapp.gui.timeline_view import MARGIN

    canvas = view.canvas
    canvas.zoom(2)
    canvas.horizontalScrollBar().setValue(200)
    before = view.scale()
    anchor = QPointF(300, 200)

    def axis_at_anchor():
        return (anchor.x() + canvas.horizontalScrollBar().value() - MARGIN) / view.scale()

    year_under_pointer = axis_at_anchor()
    wheel = QWheelEvent(anchor, canvas.viewport().mapToGlobal(anchor), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(canvas.viewport(), wheel)
    assert view.scale() == pytest.approx(before * 1.25)
    assert axis_at_anchor() == pytest.approx(year_under_pointer, abs=1 / view.scale())


def test_clicking_an_event_shows_its_passage_and_emits_its_id_span_and_period(view, article, qtbot):
    _, events = article
    event = next(e for e in events if e.id == "e0005")  # 1911年12月1日 博克多汗國成立 (has a conflict)
    with qtbot.waitSignal(view.event_activated) as activated:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, "e0005"))
    assert activated.args == ["e0005"]
    assert view.selected_event_id() == "e0005"
    assert view.text_label.text().startswith("博克多汗国成立")
    assert view.path_label.text() == "相关历史事件年表"
    assert 'href="e0041"' in view.conflict_label.text()
    with qtbot.waitSignal(view.show_in_source) as source:
        view.source_button.click()
    assert source.args == [event.section_id, event.span[0], event.span[1]]
    with qtbot.waitSignal(view.quiz_period) as period:
        view.quiz_button.click()
    assert period.args == ["1911-12-01", "1911-12-01"]
    with qtbot.waitSignal(view.event_activated) as followed:
        view.conflict_label.linkActivated.emit("e0041")  # the other date given for it
    assert followed.args == ["e0041"]


def test_a_bar_gives_its_whole_period_to_the_quiz(view, qtbot):
    with qtbot.waitSignal(view.event_activated):
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(view, "e0001"))
    with qtbot.waitSignal(view.quiz_period) as period:
        view.quiz_button.click()
    assert period.args == ["1901", "1950"]


def test_dragging_pans_and_does_not_choose(view, qtbot):
    canvas = view.canvas
    canvas.zoom(4)
    canvas.horizontalScrollBar().setValue(400)
    start = QPoint(500, 300)
    with qtbot.assertNotEmitted(view.event_activated):
        qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas.viewport(), QPoint(400, 300))
        qtbot.mouseMove(canvas.viewport(), QPoint(300, 300))
        qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert canvas.horizontalScrollBar().value() == 600


def test_arrow_keys_walk_the_events_in_date_order(view, qtbot):
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    first = view.selected_event_id()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    second = view.selected_event_id()
    starts = {i.event.id: i.start for i in view.canvas.items}
    assert starts[first] == min(starts.values()) and starts[second] >= starts[first] and second != first
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    assert view.selected_event_id() == first
    assert view.canvas.accessibleDescription().startswith("13世纪初")


def test_set_script_converts_labels_lanes_and_passage(view, qtbot):
    view.select_event("e0005")
    before = view.canvas.viewport().grab().toImage()
    view.set_script("tw")
    assert "相關歷史事件年表" in view.canvas.groups
    assert view.text_label.text().startswith("博克多汗國成立")
    assert view.canvas.viewport().grab().toImage() != before
    assert view.selected_event_id() == "e0005"


def test_no_events_is_an_empty_axis_not_an_error(qtbot):
    view = TimelineView([])
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.zoom(2)
    view.grab()
    assert view.canvas.items == [] and not view.source_button.isEnabled()


@pytest.mark.parametrize(("language", "expected"), [("zh_CN", "在原文中查看"), ("zh_TW", "在原文中檢視")])
def test_extra_translations_are_complete_and_retranslate_live(view, qtbot, language, expected):
    """The timeline and chart strings live in quizapp_extra_<language>.ts/.qm (installed next to the main ones)."""
    import xml.etree.ElementTree as ET

    from quizapp.gui.qt import QCoreApplication, QTranslator
    from quizapp.paths import I18N

    ts = I18N / f"quizapp_extra_{language}.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages and all(m.find("translation").get("type") is None and m.findtext("translation")
                            for m in messages)
    translator = QTranslator()
    assert translator.load(f"quizapp_extra_{language}", str(I18N))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.source_button.text() == expected)  # LanguageChange reached the view
        assert view.canvas.groups[0] == "外蒙古独立"  # content stays in the content script
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.source_button.text() == "Show in source")


def test_extra_translation_sources_list_every_string(tmp_path):
    """pyside6-lupdate over the timeline and chart modules finds no string the extra .ts files lack."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import quizapp.gui
    from quizapp.paths import I18N

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    gui = Path(quizapp.gui.__file__).parent
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), str(gui / "timeline_view.py"),
                    str(gui / "results_chart.py"), "-ts", str(fresh)], check=True, capture_output=True)

    def keys(path):
        return {(context.findtext("name"), message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    for language in ("zh_CN", "zh_TW"):
        assert keys(fresh) <= keys(I18N / f"quizapp_extra_{language}.ts"), language
