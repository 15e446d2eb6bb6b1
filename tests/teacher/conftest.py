"""Teacher-tool fixtures: an in-memory store and a bank of the bundled 外蒙古独立 questions."""

from __future__ import annotations

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
