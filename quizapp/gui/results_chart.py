"""A light horizontal bar chart of right answers per row (section, question type), drawn with QPainter.

QtCharts is not used: it would add a large module to the installer for a few bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.gui.qt import (
    QColor,
    QEvent,
    QFontMetricsF,
    QPainter,
    QPen,
    QPointF,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QWidget,
)

BAR_HEIGHT_EM = 1.1  # bar thickness in line heights
LABEL_SHARE = 0.4  # the label column takes at most this share of the width


def percent(correct: int, total: int) -> int:
    return round(100 * correct / total) if total else 0


class ResultsChart(QWidget):
    """Labelled horizontal bars, one per (label, correct, total) row, each with its percentage and count.

    Colours come from the palette (Highlight for the right share, Mid for the rest, Text for labels), so the
    chart follows light and dark themes. Labels are shown as given: convert them to the script first.
    """

    def __init__(self, rows: Sequence[tuple[str, int, int]] = (), *, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.title = title
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so screen readers announce the description
        self.set_data(rows, title=title)

    def set_data(self, rows: Sequence[tuple[str, int, int]], *, title: str | None = None) -> None:
        """Show these rows: label, number right, number asked (rows with nothing asked show 0 %)."""
        self.rows = [(str(label), max(0, int(correct)), max(0, int(total))) for label, correct, total in rows]
        if title is not None:
            self.title = title
        self._describe()
        self.updateGeometry()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleName(self.title or self.tr("Results by part"))
        if not self.rows:
            self.setAccessibleDescription(self.tr("No answers to show yet."))
            return
        parts = [self.tr("%1: %2 of %3 right, %4 percent").replace("%1", label or self.tr("Introduction"))
                 .replace("%2", str(correct)).replace("%3", str(total)).replace("%4", str(percent(correct, total)))
                 for label, correct, total in self.rows]
        self.setAccessibleDescription("; ".join(parts))

    # ------------------------------------------------------------ geometry

    def _row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * (BAR_HEIGHT_EM + 0.6)

    def _title_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.6 if self.title else 0.0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetricsF(self.font())
        rows = max(1, len(self.rows))
        height = self._title_height() + rows * self._row_height() + metrics.height() / 2
        return QSize(int(metrics.horizontalAdvance("M") * 36), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(int(QFontMetricsF(self.font()).horizontalAdvance("M") * 18), self.sizeHint().height())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self._describe()
            self.updateGeometry()
        super().changeEvent(event)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        text_colour = palette.windowText().color()
        top = 0.0
        if self.title:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_colour)
            painter.drawText(QPointF(0, metrics.ascent() + 2), self.title)
            painter.setFont(self.font())
            top = self._title_height()
        if not self.rows:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No answers to show yet."))
            painter.end()
            return
        width = float(self.width())
        value_width = metrics.horizontalAdvance("100 %  (000/000)")
        label_width = min(width * LABEL_SHARE, max(metrics.horizontalAdvance(label or self.tr("Introduction"))
                                                   for label, _, _ in self.rows) + metrics.horizontalAdvance("M"))
        track_left = label_width
        track_width = max(10.0, width - label_width - value_width)
        row_height = self._row_height()
        bar_height = metrics.height() * BAR_HEIGHT_EM
        fill = palette.highlight().color()
        track = QColor(palette.mid().color())
        track.setAlpha(90)
        for index, (label, correct, total) in enumerate(self.rows):
            y = top + index * row_height
            bar = QRectF(track_left, y + (row_height - bar_height) / 2, track_width, bar_height)
            baseline = bar.center().y() + (metrics.ascent() - metrics.descent()) / 2
            painter.setPen(text_colour)
            shown = metrics.elidedText(label or self.tr("Introduction"), Qt.TextElideMode.ElideRight,
                                       label_width - metrics.horizontalAdvance(" "))
            painter.drawText(QPointF(0, baseline), shown)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            if total and correct:
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(1.0, correct / total),
                                               bar.height()), 3, 3)
            painter.setPen(QPen(text_colour))
            value = f"{percent(correct, total)} %  ({correct}/{total})"
            painter.drawText(QPointF(bar.right() + metrics.horizontalAdvance(" "), baseline), value)
        painter.end()
