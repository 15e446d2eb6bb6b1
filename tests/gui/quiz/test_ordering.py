"""The ordering model: a well-behaved list model that moves rows by drag and drop and by keyboard."""

from quizapp.gui.qt import QModelIndex, Qt
from quizapp.gui.quiz.ordering import OrderingModel


def test_model_passes_qtmodeltester(qtmodeltester):
    model = OrderingModel(["甲", "乙", "丙"], lambda text: text)
    qtmodeltester.check(model)
    model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    qtmodeltester.check(model)


def test_drop_moves_a_row_and_keeps_every_item():
    model = OrderingModel(["甲", "乙", "丙", "丁"], lambda text: text)
    mime = model.mimeData([model.index(3)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.order == [3, 0, 1, 2]
    assert not model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert model.removeRows(0, 1) is False  # the view's "remove after move" finds nothing to remove
    assert model.data(model.index(0)) == "1.  丁"
