"""The article's events on a zoomable time axis, one lane per top-level section, with the passage of the chosen one.

The axis is linear in years except across long empty stretches: a gap of more than GAP_CAP years between
two consecutive event boundaries is drawn GAP_CAP years wide and marked with a break (≈). The 13th and
16th-century items then sit just left of 1727 and 1854 instead of pushing 1900–2017 into a sliver, and a
century-long bar with nothing inside it stays short. Zoom (Ctrl+wheel, +/-, the buttons) scales the axis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.gui.qt import (
    QAbstractScrollArea,
    QApplication,
    QColor,
    QEvent,
    QFont,
    QFontMetricsF,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPen,
    QPointF,
    QPolygonF,
    QPushButton,
    QRectF,
    QSplitter,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.gui.timeline_axis import GAP_CAP, BrokenAxis, date_label, end_fraction, is_range, year_fraction
from quizapp.timeline.dates import year_label

GROUP_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#999999", "#F0E442")  # Okabe–Ito
CONFLICT_COLOUR = "#D55E00"
LABEL_TEXT_EM = 6.0  # event text shown after the date label, elided to this many em
ZOOM_STEP = 1.25
MAX_PX_PER_YEAR = 4000.0  # about 11 px a day
MARGIN = 16.0


@dataclass
class _Item:
    """One event as drawn: its row, its extent on the axis (years) and the rectangle it was last drawn in."""

    event: object
    group: int
    start: float
    end: float
    ranged: bool
    label: str = ""
    text: str = ""
    row: int = 0
    rect: QRectF | None = None  # content coordinates of marker and label


class TimelineCanvas(QAbstractScrollArea):
    """The drawn time axis and lanes; scrolls itself so the axis row and lane names stay in view."""

    item_clicked = Signal(str)
    scale_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[_Item] = []
        self.groups: list[str] = []  # lane names, already in the display script
        self.axis = BrokenAxis([])
        self.px_per_year = 10.0
        self.selected: str | None = None
        self._lane_rows: list[int] = []
        self._lane_tops: list[float] = [0.0]
        self._press: tuple[QPointF, int, int] | None = None
        self._dragging = False
        self._fitted = True  # follow the width until the user zooms
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.setMouseTracking(True)

    # ------------------------------------------------------------ geometry

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def row_height(self) -> float:
        return self.metrics().height() + 10

    def axis_height(self) -> float:
        return self.metrics().height() * 2 + 8

    def x_of(self, year: float) -> float:
        return MARGIN + self.axis.to_axis(year) * self.px_per_year

    def set_items(self, items: list[_Item], groups: list[str]) -> None:
        self.items, self.groups = items, groups
        knots = [item.start for item in items] + [item.end for item in items if item.ranged]
        self.axis = BrokenAxis(knots)
        if self._fitted:
            self.px_per_year = self.fit_scale()
        self.relayout()

    def fit_scale(self) -> float:
        width = max(200.0, self.viewport().width() - 2 * MARGIN - self.metrics().horizontalAdvance("M") * 10)
        return min(MAX_PX_PER_YEAR, width / max(self.axis.length, 1.0))

    def relayout(self) -> None:
        """Pack each lane's items into rows so that no two markers or labels overlap."""
        metrics = self.metrics()
        gap = metrics.horizontalAdvance(" ") * 2
        self._lane_rows = []
        for group in range(len(self.groups)):
            row_ends: list[float] = []
            for item in sorted((i for i in self.items if i.group == group), key=lambda i: i.start):
                left = self.x_of(item.start) - 6
                label_right = left + 14 + metrics.horizontalAdvance(item.label)
                right = max(self.x_of(item.end), label_right) if item.ranged else label_right
                row = next((r for r, end in enumerate(row_ends) if end + gap <= left), len(row_ends))
                if row == len(row_ends):
                    row_ends.append(right)
                else:
                    row_ends[row] = right
                item.row = row
                item.rect = QRectF(left, 0, right - left, self.row_height())  # y set by lane_top at paint
            self._lane_rows.append(max(1, len(row_ends)))
        self._measure_lanes()
        content_width = self.x_of(self.axis.knots[-1]) + MARGIN + max(
            (metrics.horizontalAdvance(i.label) for i in self.items), default=0)
        content_height = self.lane_top(len(self.groups)) + MARGIN
        self.horizontalScrollBar().setRange(0, max(0, int(content_width - self.viewport().width())))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.verticalScrollBar().setRange(0, max(0, int(content_height - self.viewport().height())))
        self.verticalScrollBar().setPageStep(self.viewport().height())
        self.viewport().update()

    def lane_top(self, group: int) -> float:
        """Top of a lane in content coordinates (below the axis row); lane 0 starts at the axis' foot."""
        return self._lane_tops[min(group, len(self._lane_tops) - 1)]

    def _measure_lanes(self) -> None:
        self._lane_tops = [self.axis_height()]
        for rows in self._lane_rows:
            self._lane_tops.append(self._lane_tops[-1] + (rows + 1) * self.row_height())  # +1: the name row

    def item_rect(self, item: _Item) -> QRectF:
        rect = QRectF(item.rect)
        rect.moveTop(self.lane_top(item.group) + (item.row + 1) * self.row_height())
        return rect

    def item_at(self, viewport_pos: QPointF) -> _Item | None:
        point = QPointF(viewport_pos.x() + self.horizontalScrollBar().value(),
                        viewport_pos.y() + self.verticalScrollBar().value())
        if viewport_pos.y() < self.axis_height():
            return None
        return next((item for item in self.items if self.item_rect(item).contains(point)), None)

    # ------------------------------------------------------------ zoom and scrolling

    def set_scale(self, px_per_year: float, anchor_x: float | None = None) -> None:
        """Scale the axis, keeping the year under ``anchor_x`` (viewport x; default the middle) in place."""
        px_per_year = max(self.fit_scale() / 2, min(MAX_PX_PER_YEAR, px_per_year))
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        anchored = (anchor_x + self.horizontalScrollBar().value() - MARGIN) / self.px_per_year
        self.px_per_year = px_per_year
        self._fitted = False
        self.relayout()
        self.horizontalScrollBar().setValue(int(MARGIN + anchored * px_per_year - anchor_x))
        self.scale_changed.emit(px_per_year)

    def zoom(self, steps: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.px_per_year * ZOOM_STEP ** steps, anchor_x)

    def fit(self) -> None:
        self.px_per_year = self.fit_scale()
        self._fitted = True
        self.relayout()
        self.horizontalScrollBar().setValue(0)
        self.scale_changed.emit(self.px_per_year)

    def ensure_visible(self, item: _Item) -> None:
        rect = self.item_rect(item)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        width, height = self.viewport().width(), self.viewport().height() - self.axis_height()
        if rect.left() < h.value() or rect.left() > h.value() + width - 40:
            h.setValue(int(rect.left() - width / 3))
        top = rect.top() - self.axis_height()
        if top < v.value() or top + rect.height() > v.value() + height:
            v.setValue(int(top - height / 3))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FontChange:  # zoom or script changed the application font
            self.relayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitted:
            self.px_per_year = self.fit_scale()
        self.relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(event.angleDelta().y() / 120, event.position().x())
            event.accept()
        else:
            super().wheelEvent(event)  # the lanes are taller than the view: the plain wheel scrolls them

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, h, v = self._press
            moved = event.position() - start
            if self._dragging or moved.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.horizontalScrollBar().setValue(int(h - moved.x()))
                self.verticalScrollBar().setValue(int(v - moved.y()))
        else:
            item = self.item_at(event.position())
            self.viewport().setToolTip(item.text if item else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                item = self.item_at(event.position())
                if item is not None:
                    self.item_clicked.emit(item.event.id)
            self._press = None
            self._dragging = False
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        if text in ("+", "="):
            self.zoom(1)
        elif text in ("-", "_"):
            self.zoom(-1)
        elif text == "0":
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and self.items:
            self._step_selection(key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step_selection(self, key) -> None:
        ordered = sorted(self.items, key=lambda i: (i.start, i.event.id))
        ids = [i.event.id for i in ordered]
        if key == Qt.Key.Key_Home or self.selected not in ids:
            index = 0 if key != Qt.Key.Key_End else len(ids) - 1
        elif key == Qt.Key.Key_End:
            index = len(ids) - 1
        else:
            index = ids.index(self.selected) + (1 if key == Qt.Key.Key_Right else -1)
            index = max(0, min(len(ids) - 1, index))
        self.item_clicked.emit(ids[index])

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.base())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        axis_h = self.axis_height()
        painter.save()
        painter.setClipRect(QRectF(0, axis_h, self.viewport().width(), self.viewport().height() - axis_h))
        painter.translate(-dx, -dy)
        self._paint_lanes(painter, dx)
        self._paint_breaks(painter, dy)
        visible = QRectF(dx, dy + axis_h, self.viewport().width(), self.viewport().height() - axis_h)
        for item in self.items:
            if self.item_rect(item).intersects(visible):
                self._paint_item(painter, item)
        painter.restore()
        painter.translate(-dx, 0)
        self._paint_axis(painter, dx)
        painter.end()

    def _paint_lanes(self, painter: QPainter, dx: int) -> None:
        palette = self.palette()
        width = self.horizontalScrollBar().maximum() + self.viewport().width()
        metrics = self.metrics()
        bold = QFont(self.font())
        bold.setBold(True)
        for group, name in enumerate(self.groups):
            top = self.lane_top(group)
            height = self.lane_top(group + 1) - top
            if group % 2:
                painter.fillRect(QRectF(0, top, width, height), palette.alternateBase())
            colour = QColor(GROUP_COLOURS[group % len(GROUP_COLOURS)])
            painter.fillRect(QRectF(dx + 4, top + 6, 10, metrics.height() - 4), colour)
            painter.setFont(bold)
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(dx + 20, top + 4 + metrics.ascent()), name)  # stays at the view's left
            painter.setFont(self.font())

    def _paint_breaks(self, painter: QPainter, dy: int) -> None:
        pen = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        bottom = dy + self.viewport().height()
        for position in self.axis.breaks:
            x = MARGIN + position * self.px_per_year
            painter.drawLine(QPointF(x, dy), QPointF(x, bottom))

    def _paint_item(self, painter: QPainter, item: _Item) -> None:
        palette = self.palette()
        rect = self.item_rect(item)
        colour = QColor(GROUP_COLOURS[item.group % len(GROUP_COLOURS)])
        selected = item.event.id == self.selected
        if selected:
            highlight = QColor(palette.highlight().color())
            highlight.setAlpha(60)
            painter.fillRect(rect.adjusted(-2, 0, 2, 0), highlight)
        x = self.x_of(item.start)
        middle = rect.top() + rect.height() / 2
        metrics = self.metrics()
        if item.ranged:
            bar = QRectF(x, rect.bottom() - 7, max(3.0, self.x_of(item.end) - x), 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 2, 2)
            # the label follows the view's left edge along a bar that starts off-screen
            visible_left = self.horizontalScrollBar().value() + MARGIN
            label_room = self.x_of(item.end) - metrics.horizontalAdvance(item.label)
            text_x = max(x, min(visible_left, label_room))
            baseline = rect.bottom() - 10 - metrics.descent()
        else:
            diamond = QPolygonF([QPointF(x, middle - 6), QPointF(x + 6, middle), QPointF(x, middle + 6),
                                 QPointF(x - 6, middle)])
            painter.setPen(QPen(palette.text().color() if selected else colour.darker(130), 1))
            painter.setBrush(colour)
            painter.drawPolygon(diamond)
            text_x, baseline = x + 10, middle + (metrics.ascent() - metrics.descent()) / 2
        if item.event.conflicts:
            ring_x = x if not item.ranged else x + 3
            ring_y = middle if not item.ranged else rect.bottom() - 5
            painter.setPen(QPen(QColor(CONFLICT_COLOUR), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(ring_x, ring_y), 9, 9)
        font = QFont(self.font())
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(palette.text().color())
        painter.drawText(QPointF(text_x, baseline), item.label)
        painter.setFont(self.font())

    def _paint_axis(self, painter: QPainter, dx: int) -> None:
        palette = self.palette()
        height = self.axis_height()
        painter.fillRect(QRectF(dx, 0, self.viewport().width(), height), palette.window())
        painter.setPen(QPen(palette.text().color(), 1))
        baseline_y = height - 6
        painter.drawLine(QPointF(dx, baseline_y), QPointF(dx + self.viewport().width(), baseline_y))
        metrics = self.metrics()
        min_gap = metrics.horizontalAdvance("00000年")
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if s * self.px_per_year >= min_gap), 1000)
        first, last = int(self.axis.knots[0]) // step * step, int(self.axis.knots[-1]) + step
        # a tick at every multiple of the step on the linear stretches, and at the first year after each break
        years = {y for y in range(first, last + 1, step) if y >= self.axis.knots[0] and self.axis.is_linear_at(y)}
        years |= {int(right) for left, right in zip(self.axis.knots, self.axis.knots[1:], strict=False)
                  if right - left > GAP_CAP}
        years.add(int(self.axis.knots[0]))
        last_right = -1e9
        for year in sorted(years):
            x = self.x_of(year)
            if x < dx or x > dx + self.viewport().width():
                continue
            label = year_label(year)
            left = max(dx + 2.0, x - metrics.horizontalAdvance(label) / 2)
            if left < last_right + 8:
                continue
            painter.drawLine(QPointF(x, baseline_y - 5), QPointF(x, baseline_y))
            painter.drawText(QPointF(left, baseline_y - 8 - metrics.descent()), label)
            last_right = left + metrics.horizontalAdvance(label)
        for position in self.axis.breaks:  # ≈ across the axis line where a gap is shortened
            x = MARGIN + position * self.px_per_year
            painter.fillRect(QRectF(x - 4, baseline_y - 4, 8, 8), palette.window())
            for offset in (-3, 3):
                painter.drawLine(QPointF(x + offset - 2, baseline_y + 4), QPointF(x + offset + 2, baseline_y - 4))


class TimelineView(QWidget):
    """Timeline of an article's events with a passage panel. Construct with ``build_timeline(doc)``'s events.

    Signals: ``event_activated(event_id)`` when an event is chosen (click, arrow keys, select_event);
    ``show_in_source(section_id, start, end)`` for its passage (span in the section's clean text);
    ``quiz_period(start_iso, end_iso)`` to quiz the student on the event's period.
    """

    event_activated = Signal(str)
    show_in_source = Signal(str, int, int)
    quiz_period = Signal(str, str)

    def __init__(self, events: Sequence = (), *, title: str = "", script: str = "original",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list = []
        self._title = title
        self.script = script
        self.canvas = TimelineCanvas()
        self.canvas.item_clicked.connect(self.select_event)
        self.zoom_in_button, self.zoom_out_button, self.fit_button = QToolButton(), QToolButton(), QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_out_button.setText("−")
        self.zoom_in_button.clicked.connect(lambda: self.canvas.zoom(1))
        self.zoom_out_button.clicked.connect(lambda: self.canvas.zoom(-1))
        self.fit_button.clicked.connect(self.canvas.fit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        bar.addWidget(self.hint, 1)

        self.date_label, self.path_label, self.text_label, self.conflict_label = (QLabel() for _ in range(4))
        bold = QFont(self.date_label.font())
        bold.setBold(True)
        self.date_label.setFont(bold)
        for label in (self.path_label, self.text_label, self.conflict_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.conflict_label.linkActivated.connect(self.select_event)
        self.source_button, self.quiz_button = QPushButton(), QPushButton()
        self.source_button.clicked.connect(self._emit_show_in_source)
        self.quiz_button.clicked.connect(self._emit_quiz_period)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        for widget in (self.date_label, self.path_label, self.text_label, self.conflict_label):
            panel_layout.addWidget(widget)
        panel_layout.addStretch(1)
        panel_layout.addWidget(self.source_button)
        panel_layout.addWidget(self.quiz_button)
        self.panel = panel

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.set_events(events, title=title)

    # ------------------------------------------------------------ public API

    def set_events(self, events: Sequence, *, title: str | None = None) -> None:
        """Show these events (``build_timeline(doc)``); ``title`` names the lead section's lane."""
        if title is not None:
            self._title = title
        self._events = list(events)
        self.canvas.selected = None
        self._rebuild()
        self._show_passage(None)

    def set_script(self, script: str) -> None:
        """Show the article's text (labels, lanes, passage) in another script: original, hans, hant, tw, hk."""
        self.script = script
        self._rebuild()
        self._show_passage(self._selected_event())

    def select_event(self, event_id: str) -> None:
        """Choose an event as a click does: highlight it, show its passage, emit ``event_activated``."""
        item = next((i for i in self.canvas.items if i.event.id == event_id), None)
        if item is None:
            return
        self.canvas.selected = event_id
        self.canvas.ensure_visible(item)
        self.canvas.viewport().update()
        self._show_passage(item.event)
        self.canvas.setAccessibleDescription(self._describe(item))
        self.event_activated.emit(event_id)

    def selected_event_id(self) -> str | None:
        return self.canvas.selected

    def scale(self) -> float:
        """Pixels per year on the linear stretches of the axis."""
        return self.canvas.px_per_year

    # ------------------------------------------------------------ internals

    def _convert(self, text: str) -> str:
        if self.script == "original" or not text:
            return text
        from quizapp.text import convert

        return convert(text, self.script)

    def _rebuild(self) -> None:
        group_keys: list[str] = []
        items = []
        metrics = QFontMetricsF(self.canvas.font())
        text_width = metrics.horizontalAdvance("M") * LABEL_TEXT_EM
        for event in self._events:
            key = event.section_path[0] if event.section_path else ""
            if key not in group_keys:
                group_keys.append(key)
            start = year_fraction(event.date.start)
            end = end_fraction(event.date.end) if is_range(event) else start
            text = self._convert(event.text)
            label = f"{self._convert(date_label(event))}  " + metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, text_width)
            items.append(_Item(event, group_keys.index(key), start, end, is_range(event), label, text))
        groups = [self._convert(key) if key else (self._convert(self._title) or self.tr("Introduction"))
                  for key in group_keys]
        self.canvas.set_items(items, groups)

    def _selected_event(self):
        return next((e for e in self._events if e.id == self.canvas.selected), None)

    def _show_passage(self, event) -> None:
        has_event = event is not None
        self.source_button.setEnabled(has_event)
        self.quiz_button.setEnabled(has_event)
        if not has_event:
            self.date_label.setText(self.tr("No event chosen"))
            self.path_label.clear()
            self.text_label.setText(self.tr("Click an event, or use the arrow keys, to read its passage."))
            self.conflict_label.clear()
            return
        self.date_label.setText(self._convert(date_label(event)))
        path = [self._convert(part) for part in event.section_path] or [self._convert(self._title)]
        self.path_label.setText(" › ".join(part for part in path if part))
        self.text_label.setText(self._convert(event.text))
        by_id = {e.id: e for e in self._events}
        links = [f'<a href="{other}">{self._convert(date_label(by_id[other]))}</a>'
                 for other in event.conflicts if other in by_id]
        self.conflict_label.setText(self.tr("Other dates given for this: %1").replace("%1", ", ".join(links))
                                    if links else "")

    def _describe(self, item: _Item) -> str:
        event = item.event
        parts = [self._convert(date_label(event)), self.groups_name(item.group), item.text]
        if event.conflicts:
            parts.append(self.tr("Other passages give another date."))
        return ". ".join(parts)

    def groups_name(self, group: int) -> str:
        return self.canvas.groups[group] if 0 <= group < len(self.canvas.groups) else ""

    def _emit_show_in_source(self) -> None:
        event = self._selected_event()
        if event is not None:
            self.show_in_source.emit(event.section_id, int(event.span[0]), int(event.span[1]))

    def _emit_quiz_period(self) -> None:
        event = self._selected_event()
        if event is not None:
            self.quiz_period.emit(event.date.start.iso(), event.date.end.iso())

    def retranslate(self) -> None:
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-, Ctrl+wheel)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole timeline (0)"))
        self.fit_button.setAccessibleName(self.tr("Fit the whole timeline"))
        self.hint.setText(self.tr("Drag to move; ≈ marks a stretch of empty years drawn short."))
        self.canvas.setAccessibleName(self.tr("Timeline of the article's events"))
        self.canvas.setAccessibleDescription(self.tr(
            "Events by date, one lane per section. Left and Right arrows choose the previous or next event; "
            "plus and minus zoom."))
        self.source_button.setText(self.tr("Show in source"))
        self.source_button.setAccessibleDescription(self.tr("Open the article at this event's passage"))
        self.quiz_button.setText(self.tr("Quiz me on this period"))
        self.quiz_button.setAccessibleDescription(self.tr("Start a quiz on the questions about this period"))
        self.panel.setAccessibleName(self.tr("Chosen event"))
        if self._events:
            self._rebuild()  # the lead's lane may be named "Introduction"
        self._show_passage(self._selected_event())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and self._events:
            self._rebuild()  # labels are elided to a width in em
        super().changeEvent(event)
