"""The results bar chart: draws its bars, describes them for screen readers, follows the palette, shows empty data."""

import pytest

from quizapp.gui.qt import QColor, QPalette
from quizapp.gui.results_chart import ResultsChart, percent
from tests.gui.test_timeline_view import pyside_drops_none

pytestmark = pytest.mark.skipif(pyside_drops_none(), reason="this PySide6 build drops references to None on "
                                "every void call (fatal in painting code): use PySide6-Essentials<6.12 on Python 3.11")

ROWS = [("相關歷史事件年表", 13, 20), ("歷史背景", 2, 3), ("", 1, 2), ("清末和中華民國北洋政府時期", 0, 4)]


def colours(widget) -> dict[int, int]:
    """How many pixels of each colour the widget draws."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


@pytest.fixture
def chart(qtbot):
    widget = ResultsChart(ROWS, title="By section")
    qtbot.addWidget(widget)
    widget.resize(600, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_bars_are_drawn_in_the_highlight_colour(chart):
    drawn = colours(chart)
    background = chart.palette().window().color().rgb()
    assert sum(n for rgb, n in drawn.items() if rgb != background) > 500
    assert drawn.get(chart.palette().highlight().color().rgb(), 0) > 100


def test_size_hint_grows_with_the_rows(chart):
    three = chart.sizeHint().height()
    chart.set_data(ROWS[:1])
    assert chart.sizeHint().height() < three
    assert chart.minimumSizeHint().width() < chart.sizeHint().width()


def test_accessible_description_reads_every_row(chart):
    assert chart.accessibleName() == "By section"
    description = chart.accessibleDescription()
    assert "相關歷史事件年表: 13 of 20 right, 65 percent" in description
    assert "Introduction: 1 of 2 right, 50 percent" in description  # the lead has no section title
    assert "0 of 4 right, 0 percent" in description


def test_empty_data_says_so(qtbot):
    chart = ResultsChart([])
    qtbot.addWidget(chart)
    chart.resize(400, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.accessibleDescription() == "No answers to show yet."
    background = chart.palette().window().color().rgb()
    assert any(rgb != background for rgb in colours(chart))  # the message is drawn
    chart.set_data([("nothing asked", 0, 0)])
    assert "0 of 0 right, 0 percent" in chart.accessibleDescription()


def test_dark_palette_is_followed(chart):
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3d8ee0"))
    chart.setPalette(dark)
    chart.setAutoFillBackground(True)
    drawn = colours(chart)
    assert drawn.get(QColor("#3d8ee0").rgb(), 0) > 100
    assert drawn.get(QColor("#f0f0f0").rgb(), 0) > 0  # labels in the light text colour


def test_percent_rounds_and_survives_zero():
    assert percent(2, 3) == 67 and percent(0, 0) == 0 and percent(4, 4) == 100
