"""Fixtures for generator tests: the synthetic article, its facts, context and catalog."""

import pytest

from quizapp.generate.bank import generate_questions
from quizapp.generate.catalog import Catalog
from quizapp.generate.context import Context
from quizapp.generate.facts import build_facts
from tests.generate.synthetic import build_article, provider


@pytest.fixture
def article():
    return build_article()


@pytest.fixture
def ctx(article):
    doc, events = article
    return Context(doc, build_facts(doc, events), seed=0)


@pytest.fixture
def catalog(ctx):
    return Catalog(ctx, provider())


@pytest.fixture
def questions(article):
    doc, events = article
    return generate_questions(doc, events, seed=0, entities=provider())


def fact_by_text(ctx, needle):
    return next(f for f in ctx.facts if needle in f.text)
