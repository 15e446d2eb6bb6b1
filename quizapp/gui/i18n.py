"""Interface language: Qt Linguist translations (ours and Qt's qtbase) installed and switched live."""

from __future__ import annotations

from quizapp.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from quizapp.paths import I18N

LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}  # each in its own language


def system_language(locale: QLocale | None = None) -> str:
    """en, zh_CN or zh_TW from the system locale; English for every non-Chinese locale."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    return "zh_TW" if traditional else "zh_CN"


def default_script(language: str) -> str:
    """The content script that goes with an interface language when the user has not chosen one."""
    return "tw" if language == "zh_TW" else "hans"


class Translations:
    """Owns the installed translators; ``apply`` swaps them, and Qt sends LanguageChange to every widget."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Install ``language``; False if its .qm file is missing (the interface then stays English)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        if language == "en":
            return True
        ours = QTranslator(app)
        if not ours.load(f"quizapp_{language}", str(I18N)):
            self.language = "en"
            return False
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        for extra in sorted(I18N.glob(f"quizapp_*_{language}.qm")):  # parts kept apart (timeline, teacher …)
            translator = QTranslator(app)
            if translator.load(str(extra)):
                app.installTranslator(translator)
                self._installed.append(translator)
        return True
