"""The bank list model: a well-behaved list model whose id and name come through roles, not the shown text."""

from quizapp.gui.qt import Qt
from quizapp.gui.teacher.bank_model import BankListModel, BankRow, bank_rows
from quizapp.store import crud

ROWS = [BankRow(3, "外蒙古独立", 412), BankRow(7, "唐努乌梁海  (2)", 0), BankRow(9, "x (1)", 5)]


def test_model_with_rows_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(BankListModel(ROWS))


def test_empty_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(BankListModel())


def test_refresh_passes_qtmodeltester_and_resets(qtmodeltester, qtbot):
    model = BankListModel(ROWS)
    qtmodeltester.check(model)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.refresh(ROWS[:1])
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.modelReset):
        model.refresh([])
    assert model.rowCount() == 0


def test_roles_give_the_id_and_the_bare_name():
    model = BankListModel(ROWS)
    index = model.index(1)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "唐努乌梁海  (2)  (0)"
    assert index.data(BankListModel.BankIdRole) == 7
    assert index.data(BankListModel.BankNameRole) == "唐努乌梁海  (2)"
    assert BankListModel.BankIdRole > Qt.ItemDataRole.UserRole
    assert BankListModel.BankNameRole not in (Qt.ItemDataRole.UserRole, BankListModel.BankIdRole)


def test_row_of_and_bank_at():
    model = BankListModel(ROWS)
    assert model.row_of(9) == 2 and model.row_of(4) is None and model.row_of(None) is None
    assert model.bank_at(0) == ROWS[0] and model.bank_at(3) is None and model.bank_at(-1) is None


def test_bank_rows_reads_every_bank_with_its_count(sessions, bank_id):
    with sessions() as session:
        empty = crud.create_bank(session, name="空")
        rows = bank_rows(session)
        count = crud.count_questions(session, bank_id)
    assert sorted(rows) == sorted([BankRow(bank_id, "外蒙古独立", count), BankRow(empty.id, "空", 0)])
