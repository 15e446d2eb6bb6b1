"""Build a question bank from an article: every type per fact, quality-checked, deterministic bytes."""

from __future__ import annotations

import json
from typing import Any

from quizapp.generate.context import Context
from quizapp.generate.dated import date_choice, date_statement, event_choice, sentence_statement, year_typed
from quizapp.generate.facts import build_facts
from quizapp.generate.question import question_id, seeded_rng
from quizapp.generate.rules import DATE_ASKING, bank_violations, duplicate_key, question_violations
from quizapp.generate.series import groups, matching, ordering
from quizapp.source.model import Document

FORMAT, VERSION = "quizapp-bank", 1
TYPE_ORDER = ("date_choice", "event_choice", "year_typed", "true_false", "cloze_choice", "cloze_typed",
              "ordering", "matching")


def _catalog(ctx: Context, entities: Any = None):
    from quizapp.generate.catalog import Catalog

    return Catalog(ctx, entities)


def true_false(ctx: Context, catalog, fact) -> dict[str, Any] | None:
    from quizapp.generate.cloze import entity_statement

    qid = question_id("true_false", fact.text)
    rng = seeded_rng(ctx.seed, qid)
    want_true = rng.random() < 0.5
    by_date = lambda: date_statement(ctx, fact, want_true, qid, rng)  # noqa: E731
    by_entity = lambda: entity_statement(ctx, catalog, fact, want_true, qid, rng) if catalog else None  # noqa: E731
    builders = (by_date, by_entity) if rng.random() < 0.5 else (by_entity, by_date)
    for build in builders:
        question = build()
        if question is not None:
            return question
    return sentence_statement(ctx, fact, qid)


def generate_questions(doc: Document, events: list[Any], seed: int = 0, entities: Any = None
                       ) -> list[dict[str, Any]]:
    """All questions for ``doc`` and its timeline ``events``, each passing every quality rule, in a stable
    order (reading order of their first event, then type)."""
    from quizapp.generate.cloze import CLOZE_PER_FACT, cloze_choice, cloze_typed, mentions_to_ask

    facts = build_facts(doc, events)
    ctx = Context(doc, facts, seed)
    catalog = _catalog(ctx, entities)
    candidates: list[dict[str, Any]] = []
    taken_dates: set[tuple] = set()
    for fact in facts:
        candidates += [date_choice(ctx, fact), event_choice(ctx, fact, taken_dates), year_typed(ctx, fact),
                       true_false(ctx, catalog, fact)]
        asked = 0
        for mention, entity in mentions_to_ask(ctx, catalog, fact):
            if asked == CLOZE_PER_FACT:
                break
            choice = cloze_choice(ctx, catalog, fact, mention, entity)
            typed = cloze_typed(ctx, catalog, fact, mention, entity) if asked == 0 else None
            candidates += [choice, typed]
            asked += choice is not None or typed is not None
    for size, offset, build in ((5, 0, ordering), (4, 2, ordering), (4, 1, matching), (4, 3, matching)):
        candidates += [build(ctx, run) for run in groups(ctx, size, offset)]
    return select(candidates, ctx)


def select(candidates: list[dict[str, Any] | None], ctx: Context) -> list[dict[str, Any]]:
    """Keep candidates that pass every rule and are not duplicates, in a stable order."""
    conflicted = {f.event_id for f in ctx.facts if ctx.conflicting(f)}
    position = {fact.event_id: index for index, fact in enumerate(ctx.facts)}
    kept: list[dict[str, Any]] = []
    seen_keys: dict[tuple[str, ...], dict[str, Any]] = {}
    seen_ids: dict[str, dict[str, Any]] = {}
    for question in candidates:
        if question is None:
            continue
        key = duplicate_key(question)
        if key in seen_keys or question["id"] in seen_ids:
            first = seen_keys.get(key) or seen_ids[question["id"]]
            # one sentence, two dated facts (1917年和1919年…): a question not asking the date covers both
            if question["type"] not in DATE_ASKING and first["source"]["span"] == question["source"]["span"]:
                first["events"] += [e for e in question["events"] if e not in first["events"]]
            continue
        if question_violations(question, ctx.sections, conflicted):
            continue
        seen_keys[key] = question
        seen_ids[question["id"]] = question
        kept.append(question)
    kept.sort(key=lambda q: (min(position.get(e, 0) for e in q["events"]), TYPE_ORDER.index(q["type"]), q["id"]))
    return kept


def build_bank(doc: Document, questions: list[dict[str, Any]], name: str | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "bank": {"name": name or doc.title,
                 "source": {"title": doc.title, "file": doc.file, "sha256": doc.sha256}},
        "questions": questions,
    }


def bank_bytes(bank: dict[str, Any]) -> bytes:
    """The bank file's bytes: UTF-8, 1-space indent, keys in insertion order, trailing newline."""
    return (json.dumps(bank, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def generate_bank(doc: Document, events: list[Any], seed: int = 0, entities: Any = None) -> dict[str, Any]:
    return build_bank(doc, generate_questions(doc, events, seed, entities))


__all__ = ["bank_bytes", "bank_violations", "build_bank", "generate_bank", "generate_questions", "select"]


def generate_from_file(path: Any, seed: int = 0) -> dict[str, Any]:
    """Parse the article at ``path``, extract its timeline and generate its bank."""
    from quizapp.source import parse_file
    from quizapp.timeline import build_timeline

    doc = parse_file(path)
    return generate_bank(doc, build_timeline(doc), seed)
