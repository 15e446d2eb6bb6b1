"""The live display state shared by every window: interface language, content script, zoom."""

from __future__ import annotations

from quizapp.gui import settings as S
from quizapp.gui.fonts import application_font, refresh_scaled_fonts
from quizapp.gui.i18n import Translations, default_script, system_language
from quizapp.gui.qt import QApplication, QObject, Signal


class DisplayState(QObject):
    """Changes language/script/zoom, saves them, and tells the views (script and zoom via signals;
    language via Qt's LanguageChange event, which every widget receives)."""

    script_changed = Signal(str)
    language_changed = Signal(str)
    zoom_changed = Signal(int)

    def __init__(self, settings: S.Settings, *, language: str | None = None, script: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.translations = Translations()
        self._base_font = QApplication.font()
        self._base_point_size = self._base_font.pointSizeF()
        self.language = language or settings.get(S.LANGUAGE) or system_language()
        self.translations.apply(self.language)
        self.language = self.translations.language
        self.script = script or settings.get(S.SCRIPT) or default_script(self.language)
        self.zoom = settings.get(S.ZOOM)
        self._apply_zoom()

    def convert(self, text: str) -> str:
        """Content text in the chosen script (OpenCC is loaded on first use, not at startup)."""
        from quizapp.text import convert

        return convert(text, self.script)

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.translations.apply(language)
        self.language = self.translations.language
        self.settings.set(S.LANGUAGE, self.language)
        self.language_changed.emit(self.language)

    def set_script(self, script: str) -> None:
        if script == self.script:
            return
        self.script = script
        self.settings.set(S.SCRIPT, script)
        self._apply_zoom()
        self.script_changed.emit(script)

    def set_zoom(self, percent: int) -> None:
        percent = max(S.ZOOM_MIN, min(S.ZOOM_MAX, int(percent)))
        if percent == self.zoom:
            return
        self.zoom = percent
        self.settings.set(S.ZOOM, percent)
        self._apply_zoom()
        self.zoom_changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom + S.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom - S.ZOOM_STEP)

    def _apply_zoom(self) -> None:
        """Application font: zoomed system size, with the CJK face that suits the script."""
        QApplication.setFont(application_font(self._base_font, self._base_point_size * self.zoom / 100, self.script))
        refresh_scaled_fonts()
