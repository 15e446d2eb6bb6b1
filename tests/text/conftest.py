"""Every text test starts and ends with no user phrase overrides installed."""

import pytest

from quizapp.text import set_overrides


@pytest.fixture(autouse=True)
def no_user_overrides():
    set_overrides(None)
    yield
    set_overrides(None)
