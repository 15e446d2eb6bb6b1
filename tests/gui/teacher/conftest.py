"""Teacher GUI fixtures: an in-memory store with the bundled bank, and a bank of a few thousand questions."""

from __future__ import annotations

import json

import pytest

from quizapp.paths import QUESTIONS


@pytest.fixture
def sessions():
    from quizapp.store.db import open_store, session_factory

    engine = open_store("sqlite://")
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def bank_id(sessions):
    from quizapp.store import crud

    with sessions() as session:
        return crud.import_bank(session, QUESTIONS / "外蒙古独立.json").id


@pytest.fixture
def big_bank_id(sessions):
    """The bundled bank four times over (fresh ids): a few thousand questions."""
    from quizapp.store import crud

    questions = json.loads((QUESTIONS / "外蒙古独立.json").read_text(encoding="utf-8"))["questions"]
    with sessions() as session:
        bank = crud.create_bank(session, name="big")
        copies = []
        for copy in range(4):
            for question in questions:
                copies.append({**question, "id": f"{question['id']}-{copy}"})
        crud.add_questions(session, bank_id=bank.id, questions=copies)
        return bank.id


@pytest.fixture
def state(qapp, tmp_path):
    from quizapp.gui.settings import Settings
    from quizapp.gui.state import DisplayState

    display = DisplayState(Settings.from_file(str(tmp_path / "settings.ini")), language="en", script="hans")
    yield display
    display.set_zoom(100)
