"""The source reader: the whole article in the chosen script, a section tree, script-insensitive search,
and ``show_passage`` to open a quoted span highlighted. Nothing is ever loaded from the network."""

from __future__ import annotations

from urllib.parse import unquote

from quizapp.errors import QuizappError
from quizapp.gui import settings as S
from quizapp.gui.article_html import MISSING_HREF, Highlight, document_html, find_matches
from quizapp.gui.qt import (
    QAbstractItemView,
    QByteArray,
    QCursor,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QShortcut,
    QSplitter,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTextBrowser,
    QTimer,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from quizapp.paths import SOURCES

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that follows no link by itself and fetches no resource."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind, url):
        return None  # no images, style sheets or pages from anywhere


class ReaderWidget(QWidget):
    article_requested = Signal(str)  # file name of a bundled article

    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.data = data
        self.document = None
        self.source_file = ""
        self.quote: Highlight | None = None
        self.hits: list[Highlight] = []
        self.hit_index = -1
        self._html_cache: dict[tuple, str] = {}  # (article, script, highlights) → HTML, the last few

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_status = QLabel()
        self.next_button = QPushButton()
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.browser = ArticleBrowser()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_status)
        search_row.addWidget(self.next_button)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addLayout(search_row)
        right_column.addWidget(self.browser, 1)
        right_column.addWidget(self.note)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.next_hit)
        self.next_button.clicked.connect(self.next_hit)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.next_hit)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.tree.clicked.connect(self._tree_clicked)
        self.tree.activated.connect(self._tree_clicked)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.highlighted.connect(self._link_hovered)
        state.script_changed.connect(self.render)
        self.retranslate()

    # -- content ---------------------------------------------------------------------------------
    def open_article(self, source_file: str) -> None:
        if source_file == self.source_file and self.document is not None:
            return
        self.document = self.data.document(source_file)
        self.source_file = source_file
        self.quote = None
        self.hits = []
        self.render()

    def render(self, *_args) -> None:
        if self.document is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        highlights = list(self.hits) + ([self.quote] if self.quote else [])
        key = (self.source_file, self.state.script, tuple(highlights))
        html = self._html_cache.pop(key, None)
        if html is None:
            html = document_html(self.document, self.state.script, highlights)
        self._html_cache[key] = html  # most recent last; switching scripts back and forth costs no conversion
        while len(self._html_cache) > 6:
            del self._html_cache[next(iter(self._html_cache))]
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self._fill_tree()
        self.window().setWindowTitle(self.state.convert(self.document.title) + " — quizapp")

    def _fill_tree(self) -> None:
        current = self.current_section_id()
        self.tree_model.clear()
        items: dict[str, QStandardItem] = {}
        for section in self.document.sections:
            item = QStandardItem(self.state.convert(section.title))
            item.setData(section.id, SECTION_ID_ROLE)
            item.setEditable(False)
            parent = items.get(section.parent_id) if section.parent_id else None
            (parent or self.tree_model.invisibleRootItem()).appendRow(item)
            items[section.id] = item
        self.tree.expandAll()
        if current:
            self.select_section(current)

    def current_section_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(SECTION_ID_ROLE) if index.isValid() else None

    def select_section(self, section_id: str) -> None:
        matches = self.tree_model.match(
            self.tree_model.index(0, 0), SECTION_ID_ROLE, section_id, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if matches:
            self.tree.setCurrentIndex(matches[0])
            self.tree.scrollTo(matches[0])

    def scroll_to_section(self, section_id: str) -> None:
        self.browser.scrollToAnchor(section_id)

    def show_passage(self, section_id: str, start: int, end: int) -> None:
        """Scroll to ``section_id`` and highlight [start, end) of its clean text (the question's quote)."""
        if self.document is None:
            raise QuizappError("no article is open")
        section = self.document.section(section_id)
        start, end = max(0, start), min(len(section.text), end)
        self.quote = Highlight(section_id, start, end, "quote", "quote")
        self.render()
        self.select_section(section_id)
        self.scroll_to_quote()
        QTimer.singleShot(0, self, self.scroll_to_quote)  # again once a window shown just now has its final size

    def scroll_to_quote(self) -> None:
        if self.quote is None:
            return
        self.browser.scrollToAnchor("quote")
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() - self.browser.viewport().height() // 4)  # some context above the quote

    # -- search ----------------------------------------------------------------------------------
    def run_search(self) -> None:
        query = self.search.text()
        self.hits = []
        if self.document is not None and query.strip():
            for section in self.document.sections:
                for start, end in find_matches(section.text, query):
                    self.hits.append(Highlight(section.id, start, end, "hit", f"hit{len(self.hits)}"))
        self.hit_index = -1
        self.render()
        self._update_search_status()
        if self.hits:
            self.next_hit()

    def next_hit(self) -> None:
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.run_search()
            return
        if not self.hits:
            return
        self.hit_index = (self.hit_index + 1) % len(self.hits)
        self.browser.scrollToAnchor(f"hit{self.hit_index}")
        self.select_section(self.hits[self.hit_index].section_id)
        self._update_search_status()

    def _update_search_status(self) -> None:
        if not self.search.text().strip():
            self.search_status.setText("")
        elif not self.hits:
            self.search_status.setText(self.tr("No match"))
        else:
            self.search_status.setText(
                self.tr("%1 of %2").replace("%1", str(self.hit_index + 1)).replace("%2", str(len(self.hits)))
            )

    # -- links -----------------------------------------------------------------------------------
    def _tree_clicked(self, index) -> None:
        section_id = index.data(SECTION_ID_ROLE)
        if section_id:
            self.scroll_to_section(section_id)

    def missing_text_hint(self) -> str:
        return self.tr("Words are missing here in the source article (a template the wiki removed).")

    def _link_hovered(self, url) -> None:
        if url.toString() == MISSING_HREF:
            QToolTip.showText(QCursor.pos(), self.missing_text_hint(), self.browser)

    def _anchor_clicked(self, url) -> None:
        text = url.toString()
        if text == MISSING_HREF:
            QToolTip.showText(QCursor.pos(), self.missing_text_hint(), self.browser)
        if text.startswith("article:"):
            target = unquote(text[len("article:"):])
            if (SOURCES / f"{target}.md").exists():
                self.article_requested.emit(f"{target}.md")
        elif text.startswith("note:"):
            number = int(text[len("note:"):])
            note = next((n for s in self.document.sections for n in s.notes if n.number == number), None)
            body = self.state.convert(note.text) if note and note.text else self.tr("(the article has no text for this note)")
            self.note.setText(self.tr("Note %1: %2").replace("%1", str(number)).replace("%2", body))
            self.note.show()
            QToolTip.showText(self.browser.mapToGlobal(self.browser.rect().center()), self.note.text())

    # -- strings ---------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the article (简体 or 繁體)"))
        self.search.setAccessibleName(self.tr("Search the article"))
        self.next_button.setText(self.tr("Next match"))
        self.tree.setAccessibleName(self.tr("Sections"))
        self.browser.setAccessibleName(self.tr("Article text"))
        self._update_search_status()


class ReaderWindow(QMainWindow):
    """The reader in its own window, so the quiz stays where it was."""

    def __init__(self, state, data, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.reader = ReaderWidget(state, data)
        self.setCentralWidget(self.reader)
        self.reader.article_requested.connect(self.open_article)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, state.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, state.zoom_out)
        geometry = state.settings.get(S.READER_GEOMETRY)
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            self.resize(1000, 700)
        splitter = state.settings.get(S.READER_SPLITTER)
        if splitter:
            self.reader.splitter.restoreState(QByteArray(splitter))

    def open_article(self, source_file: str) -> None:
        self.reader.open_article(source_file)

    def closeEvent(self, event) -> None:
        self.state.settings.set(S.READER_GEOMETRY, bytes(self.saveGeometry().data()))
        self.state.settings.set(S.READER_SPLITTER, bytes(self.reader.splitter.saveState().data()))
        super().closeEvent(event)
