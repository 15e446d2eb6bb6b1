"""Shared fixtures: the bundled articles parsed once per test session."""

import pytest

from quizapp.paths import SOURCES
from quizapp.source import parse_file

ARTICLES = ("外蒙古独立", "中俄蒙协约", "唐努乌梁海")


@pytest.fixture(scope="session")
def documents():
    return {name: parse_file(SOURCES / f"{name}.md") for name in ARTICLES}


@pytest.fixture(scope="session")
def main_doc(documents):
    return documents["外蒙古独立"]
