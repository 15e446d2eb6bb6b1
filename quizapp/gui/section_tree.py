"""The checkable section tree of the quiz setup: a QStandardItemModel built from a bank's questions.

Each item is one section (its title path taken from the questions' ``source.section_path``), showing how
many questions it holds. Ticking or clearing a section does the same to its subsections.
"""

from __future__ import annotations

from collections import Counter

from quizapp.gui.qt import QStandardItem, QStandardItemModel, Qt

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the section ids an item stands for (list of str)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # the title in the source script (shown converted)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # questions in this section alone


class SectionModel(QStandardItemModel):
    """Sections of one bank, all ticked at first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cascading = False
        self.itemChanged.connect(self._cascade)

    def load(self, questions: list[dict], convert, lead_title: str) -> None:
        """Rebuild from ``questions``; titles through ``convert`` (the content script)."""
        self.clear()
        counts: Counter = Counter()
        ids_by_path: dict[tuple, set] = {}
        for question in questions:
            source = question.get("source", {})
            path = tuple(source.get("section_path") or ())
            counts[path] += 1
            ids_by_path.setdefault(path, set()).add(source.get("section_id", ""))
        items: dict[tuple, QStandardItem] = {}
        for path in sorted(ids_by_path, key=lambda p: (len(p) > 0, min(ids_by_path[p], key=_section_order))):
            for depth in range(1, len(path) + 1):
                self._item(items, path[:depth])
            if not path:
                item = QStandardItem()
                item.setData("", TITLE_ROLE)  # the lead (text before the first heading) has no title
                self._setup(item)
                self.appendRow(item)
                items[()] = item
            items[path].setData(sorted(ids_by_path[path]), SECTION_ID_ROLE)
            items[path].setData(counts[path], COUNT_ROLE)
        self.retitle(convert, lead_title)

    def _item(self, items: dict, path: tuple) -> QStandardItem:
        if path not in items:
            item = QStandardItem()
            item.setData(path[-1], TITLE_ROLE)
            item.setData([], SECTION_ID_ROLE)
            item.setData(0, COUNT_ROLE)
            self._setup(item)
            parent = items[path[:-1]] if len(path) > 1 else self.invisibleRootItem()
            parent.appendRow(item)
            items[path] = item
        return items[path]

    @staticmethod
    def _setup(item: QStandardItem) -> None:
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked)
        item.setEditable(False)

    def retitle(self, convert, lead_title: str) -> None:
        """Titles in the current script (and language, for the lead section), with question counts."""
        self._cascading = True
        try:
            for item in self._all_items():
                title = item.data(TITLE_ROLE)
                item.setText(f"{convert(title) if title else lead_title} ({self._total(item)})")
        finally:
            self._cascading = False

    def _total(self, item: QStandardItem) -> int:
        return int(item.data(COUNT_ROLE) or 0) + sum(self._total(item.child(r)) for r in range(item.rowCount()))

    def _all_items(self, parent: QStandardItem | None = None):
        parent = parent or self.invisibleRootItem()
        for row in range(parent.rowCount()):
            child = parent.child(row)
            yield child
            yield from self._all_items(child)

    def _cascade(self, item: QStandardItem) -> None:
        if self._cascading:
            return
        self._cascading = True
        try:
            self._set_children(item, item.checkState())
        finally:
            self._cascading = False

    def _set_children(self, item: QStandardItem, state) -> None:
        for row in range(item.rowCount()):
            child = item.child(row)
            child.setCheckState(state)
            self._set_children(child, state)

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._cascading = True
        try:
            for item in self._all_items():
                item.setCheckState(state)
        finally:
            self._cascading = False

    def checked_sections(self) -> set[str] | None:
        """Section ids ticked; None when every one is (no filter)."""
        chosen, every = set(), True
        for item in self._all_items():
            ids = item.data(SECTION_ID_ROLE) or []
            if item.checkState() == Qt.CheckState.Checked:
                chosen.update(ids)
            elif ids:
                every = False
        return None if every else chosen


def _section_order(section_id: str) -> tuple:
    """s0 < s2 < s10: sections in article order."""
    digits = "".join(ch for ch in section_id if ch.isdigit())
    return (int(digits) if digits else 0, section_id)
