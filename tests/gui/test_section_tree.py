"""The quiz setup's section model: a valid item model, titles in the chosen script with question counts."""

from quizapp.gui.qt import Qt
from quizapp.gui.section_tree import SectionModel
from quizapp.paths import QUESTIONS
from quizapp.text import convert

REAL_BANK = str(QUESTIONS / "外蒙古独立.json")


def test_section_model_passes_the_model_tester(qtmodeltester, data):
    model = SectionModel()
    bank = data.bank(REAL_BANK)
    model.load(bank.questions, lambda text: text, "Introduction")
    qtmodeltester.check(model)
    assert model.rowCount() > 3


def test_titles_follow_the_script_and_count_questions(qapp, data):
    questions = data.bank(REAL_BANK).questions
    model = SectionModel()
    model.load(questions, lambda text: convert(text, "hant"), "Introduction")
    top = [model.item(r).text() for r in range(model.rowCount())]
    assert top[0].startswith("Introduction (")
    assert any(text.startswith("清末和中華民國北洋政府時期 (") for text in top)
    total = sum(int(text.rsplit("(", 1)[1].rstrip(")")) for text in top)
    assert total == len(questions)
    model.retitle(lambda text: convert(text, "hans"), "导言")
    assert model.item(0).text().startswith("导言 (")
    assert model.checked_sections() is None
    model.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "s0" not in model.checked_sections()
