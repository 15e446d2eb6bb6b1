"""The question table model: Qt's model tester, lazy pages of 200, SQL sorting, filters and search."""

from quizapp.gui.qt import QModelIndex, Qt
from quizapp.gui.teacher.browser_model import COLUMNS, PAGE_SIZE, QUESTION_ID_ROLE, QuestionTableModel
from quizapp.store import crud


def column(name):
    return [c for c, _key in COLUMNS].index(name)


def test_model_passes_qt_model_tester(qtmodeltester, sessions, bank_id):
    model = QuestionTableModel(sessions, bank_id)
    qtmodeltester.check(model)
    model.sort(column("stem"), Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_pages_are_fetched_lazily(qtbot, sessions, big_bank_id):
    model = QuestionTableModel(sessions, big_bank_id)
    with sessions() as session:
        total = crud.count_questions(session, big_bank_id)
    assert total > 3000 and model.total == total
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    assert inserted == [(PAGE_SIZE, 2 * PAGE_SIZE - 1)] and model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    ids = [model.data(model.index(r, 0), QUESTION_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == total


def test_sorting_requeries_in_order(sessions, big_bank_id):
    model = QuestionTableModel(sessions, big_bank_id)
    model.sort(column("difficulty"), Qt.SortOrder.DescendingOrder)
    values = [int(model.data(model.index(r, column("difficulty")))) for r in range(model.rowCount())]
    assert values[0] == 3 and values == sorted(values, reverse=True)
    model.sort(column("stem"), Qt.SortOrder.AscendingOrder)
    stems = [row.stem for row in model.rows]
    assert stems == sorted(stems)
    with sessions() as session:
        expected = [q.id for q in crud.list_questions(session, big_bank_id, sort_by="stem", limit=PAGE_SIZE)]
    assert [row.id for row in model.rows] == expected
    before = [row.id for row in model.rows]
    model.sort(column("answer"))  # not sortable: nothing changes
    assert [row.id for row in model.rows] == before


def test_filters_and_script_insensitive_search(sessions, bank_id):
    model = QuestionTableModel(sessions, bank_id)
    model.set_query(filters=crud.QuestionFilters(type="ordering"))
    assert model.total > 0 and {row.type for row in model.rows} == {"ordering"}
    model.set_query(search="蒙古独立")  # the article writes both 獨立 and 独立
    hans = {row.id for row in model.rows}
    model.set_query(search="蒙古獨立")
    assert {row.id for row in model.rows} == hans and hans


def test_status_column_and_refresh_after_a_change(sessions, bank_id):
    model = QuestionTableModel(sessions, bank_id)
    first = model.question_id(0)
    with sessions() as session:
        crud.bulk_set_status(session, question_ids=[first], status="flagged", flag_reason="日期可疑")
    model.refresh()
    status = model.index(0, column("status"))
    assert model.data(status) == "flagged"
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == "日期可疑"
    assert model.data(model.index(0, column("correct"))) == "–"
