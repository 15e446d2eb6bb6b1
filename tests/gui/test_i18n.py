"""Interface language: the system locale decides the default; the translation files are complete."""

import xml.etree.ElementTree as ET

import pytest

from quizapp.gui.i18n import Translations, default_script, system_language
from quizapp.gui.qt import QCoreApplication, QLocale
from quizapp.paths import I18N


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("fr_FR", "en"), ("en_US", "en"),
])
def test_language_follows_the_system_locale(locale, language):
    assert system_language(QLocale(locale)) == language


def test_default_script_goes_with_the_language():
    assert default_script("zh_TW") == "tw"
    assert default_script("zh_CN") == default_script("en") == "hans"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_translation_sources_are_complete_and_compiled(language):
    ts = I18N / f"quizapp_{language}.ts"
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [m.find("source").text for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert (I18N / f"quizapp_{language}.qm").stat().st_mtime >= ts.stat().st_mtime - 1


def test_qt_own_strings_are_translated_too(qapp):
    translations = Translations()
    try:
        assert translations.apply("zh_CN")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        translations.apply("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
