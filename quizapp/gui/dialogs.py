"""Small dialogs: About (with the articles' attribution and licence) and Preferences."""

from __future__ import annotations

from quizapp.gui.i18n import LANGUAGE_NAMES
from quizapp.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)
from quizapp.gui.settings import ZOOM_MAX, ZOOM_MIN
from quizapp.paths import SOURCES
from quizapp.version import __version__

# script names are shown in their own script, whatever the interface language
SCRIPT_NAMES = {"hans": "简体", "hant": "繁體", "tw": "繁體（台灣）", "hk": "繁體（香港）"}


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About quizapp"))
        header = QLabel(self.tr("<b>quizapp</b> %1<br>Quizzes from a Chinese history article.").replace("%1", __version__)
                        + "<br>" + self.tr("The article texts are by Wikipedia contributors, under the CC BY-SA licence."))
        header.setWordWrap(True)
        notice = QTextBrowser()
        notice.setOpenLinks(False)
        attribution = (SOURCES / "ATTRIBUTION.md").read_text(encoding="utf-8")
        notice.setMarkdown(attribution)
        notice.setAccessibleName(self.tr("Source articles: attribution and licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(notice)
        layout.addWidget(buttons)
        self.resize(640, 420)


class PreferencesDialog(QDialog):
    """Interface language, content script (including Taiwan and Hong Kong standards) and zoom."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(state.language))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.script = QComboBox()
        for code, name in SCRIPT_NAMES.items():
            self.script.addItem(name, code)
        self.script.setCurrentIndex(self.script.findData(state.script))
        self.script.setAccessibleName(self.tr("Script of the article and questions"))
        self.zoom = QSpinBox()
        self.zoom.setRange(ZOOM_MIN, ZOOM_MAX)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.zoom.setValue(state.zoom)
        self.zoom.setAccessibleName(self.tr("Zoom"))
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Chinese script:"), self.script)
        form.addRow(self.tr("Zoom:"), self.zoom)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.state.set_language(self.language.currentData())
        self.state.set_script(self.script.currentData())
        self.state.set_zoom(self.zoom.value())
        super().accept()
