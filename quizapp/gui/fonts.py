"""Fonts that follow the zoom and the chosen script: scaled widgets, and the CJK face that fits the script."""

from __future__ import annotations

from quizapp.gui.qt import QApplication, QFont, QFontDatabase

# Han characters look different in each standard; prefer the matching face when it is installed
CJK_FAMILIES = {
    "hans": "Noto Sans CJK SC",
    "hant": "Noto Sans CJK TC",
    "tw": "Noto Sans CJK TC",
    "hk": "Noto Sans CJK HK",
}
SCALE = "quizappFontScale"
BOLD = "quizappFontBold"


def scale_font(widget, factor: float, bold: bool = False) -> None:
    """Give ``widget`` the application font times ``factor``, now and after every zoom or script change."""
    widget.setProperty(SCALE, factor)
    widget.setProperty(BOLD, bold)
    _apply(widget)


def _apply(widget) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * float(widget.property(SCALE)))
    font.setBold(bool(widget.property(BOLD)))
    widget.setFont(font)


def refresh_scaled_fonts() -> None:
    for widget in QApplication.allWidgets():
        if widget.property(SCALE):
            _apply(widget)


def application_font(base: QFont, point_size: float, script: str) -> QFont:
    """The application font: the system face first, then the CJK face of ``script`` for Han characters."""
    font = QFont(base)
    font.setPointSizeF(point_size)
    cjk = CJK_FAMILIES.get(script)
    if cjk and QFontDatabase.hasFamily(cjk):
        font.setFamilies([base.family(), cjk])
    return font
