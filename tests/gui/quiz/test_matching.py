"""Matching: combo boxes per left item, right-hand chips that drop onto a row, a well-behaved chip model."""

from quizapp.gui.qt import QDropEvent, QPointF, Qt
from quizapp.gui.quiz.matching import ChoiceChipModel, MatchingView


def test_chip_model_passes_qtmodeltester(qtmodeltester):
    qtmodeltester.check(ChoiceChipModel(["1911年", "1924年"], lambda text: text))


def test_dropping_a_chip_on_a_row_chooses_it(qtbot, state, bank):
    question = next(q for q in bank.questions if q["type"] == "matching")
    view = MatchingView(state, question)
    qtbot.addWidget(view)
    view.show()
    mime = view.chips_model.mimeData([view.chips_model.index(2)])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.combos[0].dropEvent(event)
    assert view.draft() == [2, -1, -1]
    view.set_given([2, 0, 1])
    assert view.given() == question["answer"]
