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


def test_translation_sources_list_every_string_of_the_code(tmp_path):
    """pyside6-lupdate over quizapp/gui finds no string that the committed .ts files lack."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import quizapp.gui

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in Path(quizapp.gui.__file__).parent.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)

    def keys(path):
        return {(context.findtext("name"), message.findtext("source"))
                for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")}

    for language in ("zh_CN", "zh_TW"):  # quizapp_<lang>.ts and the parts kept apart, quizapp_<part>_<lang>.ts
        known = set().union(*(keys(path) for path in I18N.glob(f"quizapp*_{language}.ts")))
        assert sorted(keys(fresh) - known) == [], language
