"""The question table: a lazy, paged model over the database (pages of 200, sorted and filtered in SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.gui.names import status_name, type_name
from quizapp.gui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

PAGE_SIZE = 200
# column → sort key understood by quizapp.teacher.stats.list_questions_with_stats (None: not sortable)
COLUMNS = (
    ("type", "type"), ("stem", "stem"), ("answer", None), ("section", "section_id"),
    ("difficulty", "difficulty"), ("status", "status"), ("asked", "times_asked"), ("correct", "pct_correct"),
)
ROOT = QModelIndex()


def column_titles() -> dict[str, str]:
    """Header titles in the interface language in force."""
    return {  # spelled out in full so that pyside6-lupdate finds every title
        "type": QCoreApplication.translate("BrowserModel", "Type"),
        "stem": QCoreApplication.translate("BrowserModel", "Question"),
        "answer": QCoreApplication.translate("BrowserModel", "Answer"),
        "section": QCoreApplication.translate("BrowserModel", "Section"),
        "difficulty": QCoreApplication.translate("BrowserModel", "Difficulty"),
        "status": QCoreApplication.translate("BrowserModel", "Status"),
        "asked": QCoreApplication.translate("BrowserModel", "Times asked"),
        "correct": QCoreApplication.translate("BrowserModel", "% correct"),
    }


QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole


def answer_text(qtype: str, data: dict) -> str:
    """The right answer as one line of text."""
    choices, answer = data.get("choices") or [], data.get("answer")
    if qtype == "true_false":
        return "對" if answer else "錯"
    if qtype in ("date_choice", "event_choice", "cloze_choice") and isinstance(answer, int) \
            and 0 <= answer < len(choices):
        return choices[answer]
    if qtype == "ordering" and isinstance(answer, list):
        return " → ".join(choices[i] for i in answer if 0 <= i < len(choices))
    if qtype == "matching" and isinstance(answer, list):
        left = data.get("left") or []
        return "；".join(f"{left[n]}＝{choices[i]}" for n, i in enumerate(answer) if n < len(left) and i < len(choices))
    if isinstance(answer, list):
        return " / ".join(str(a) for a in answer)
    return "" if answer is None else str(answer)


@dataclass(frozen=True)
class Row:
    id: int
    type: str
    stem: str
    answer: str
    section: str
    difficulty: int
    status: str
    flag_reason: str
    asked: int
    correct: int

    @classmethod
    def from_stored(cls, question, asked: int, correct: int) -> Row:
        path = (question.source or {}).get("section_path") or []
        return cls(question.id, question.type, question.stem, answer_text(question.type, question.data or {}),
                   path[-1] if path else "", question.difficulty, question.status,
                   question.flag_reason, asked, correct)


class QuestionTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time as the view scrolls (canFetchMore/fetchMore); sorting and
    filtering re-query the database. ``convert`` shows content in the reader's chosen script."""

    def __init__(self, session_factory, bank_id: int | None = None, convert=None, parent=None) -> None:
        super().__init__(parent)
        self.session_factory = session_factory
        self.bank_id = bank_id
        self.convert = convert or (lambda text: text)
        self.rows: list[Row] = []
        self.total = 0
        self.sort_key, self.descending = "position", False
        self.filters = None
        self.search = ""
        self._changing = False
        self._reload()

    # -- queries ---------------------------------------------------------------------------------
    def set_bank(self, bank_id: int | None) -> None:
        self.bank_id = bank_id
        self._reset()

    def set_query(self, *, filters=None, search: str = "") -> None:
        """Filters (a crud.QuestionFilters) and the script-insensitive search text."""
        self.filters, self.search = filters, search.strip()
        self._reset()

    def refresh(self) -> None:
        """Re-read the rows loaded so far (after an edit), keeping the scroll depth."""
        self._reset(keep=max(len(self.rows), PAGE_SIZE))

    def _reset(self, keep: int = PAGE_SIZE) -> None:
        self._changing = True  # no fetching while views are told about the reset
        self.beginResetModel()
        self._reload(keep)
        self.endResetModel()
        self._changing = False

    def _reload(self, count: int = PAGE_SIZE) -> None:
        from quizapp.store import crud

        self.rows, self.total = [], 0
        if self.bank_id is None:
            return
        with self.session_factory() as session:
            self.total = crud.count_questions(session, self.bank_id, filters=self.filters, search=self.search or None)
            self.rows = self._page(session, 0, min(count, max(self.total, PAGE_SIZE)))

    def _page(self, session, offset: int, limit: int) -> list[Row]:
        from quizapp.teacher.stats import list_questions_with_stats

        page = list_questions_with_stats(session, self.bank_id, offset=offset, limit=limit, sort_by=self.sort_key,
                                         descending=self.descending, filters=self.filters,
                                         search=self.search or None)
        return [Row.from_stored(question, asked, correct) for question, asked, correct in page]

    # -- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent=ROOT) -> bool:
        return not parent.isValid() and not self._changing and len(self.rows) < self.total

    def fetchMore(self, parent=ROOT) -> None:
        if parent.isValid() or self.bank_id is None or self._changing:
            return
        with self.session_factory() as session:
            page = self._page(session, len(self.rows), PAGE_SIZE)
        if not page:
            self.total = len(self.rows)
            return
        self._changing = True  # nor while the insertion is announced (a view may ask for more then)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()
        self._changing = False

    # -- table -----------------------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return column_titles()[COLUMNS[section][0]]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()][0]
        if role == QUESTION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status" and row.flag_reason:
                return self.convert(row.flag_reason)
            if column in ("stem", "answer"):
                return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("difficulty", "asked", "correct"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: Row, column: str) -> str:
        if column == "type":
            return type_name(row.type)
        if column == "stem":
            return self.convert(row.stem)
        if column == "answer":  # accepted forms in both scripts read the same once converted
            return " / ".join(dict.fromkeys(self.convert(row.answer).split(" / ")))
        if column == "section":
            return self.convert(row.section) if row.section else QCoreApplication.translate("BrowserModel", "(lead)")
        if column == "difficulty":
            return str(row.difficulty)
        if column == "status":
            return status_name(row.status)
        if column == "asked":
            return str(row.asked)
        return f"{100 * row.correct / row.asked:.0f} %" if row.asked else "–"

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        # a reset, not a layout change: the loaded rows are a different page of a re-sorted query
        self.sort_key = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._reset()

    def question_id(self, row: int) -> int:
        return self.rows[row].id
