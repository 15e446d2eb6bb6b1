"""Questions over several events of one passage: ordering (4–5 events) and matching (4 dates ↔ 4 events)."""

from __future__ import annotations

from typing import Any

from quizapp.generate.context import Context
from quizapp.generate.dateforms import format_date
from quizapp.generate.explain import explain_many
from quizapp.generate.facts import Fact, overlaps
from quizapp.generate.question import make_question, question_id, seeded_rng, source_of
from quizapp.generate.wording import event_label
from quizapp.text import normalize_for_match

MAX_PASSAGE = 900  # characters: a longer quote is no longer "a passage"


def eligible(ctx: Context, fact: Fact) -> bool:
    return fact.single and fact.year > 0 and not ctx.conflicting(fact) and event_label(fact) is not None \
        and fact.proven


def groups(ctx: Context, size: int, offset: int) -> list[list[Fact]]:
    """Runs of ``size`` eligible facts in reading order within one section, pairwise non-overlapping in
    date, distinct in label; one run starts every ``size`` facts (shifted by ``offset``) so runs barely overlap."""
    by_section: dict[str, list[Fact]] = {}
    for fact in ctx.facts:
        if eligible(ctx, fact):
            by_section.setdefault(fact.section_id, []).append(fact)
    runs = []
    for facts in by_section.values():
        facts.sort(key=lambda f: f.span)
        start = offset
        while start < len(facts):
            run: list[Fact] = []
            labels: set[str] = set()
            for fact in facts[start:]:
                text = normalize_for_match(event_label(fact) or "")
                if text in labels or any(overlaps(fact.interval(), other.interval())
                                         or overlaps(fact.shown_interval(), other.shown_interval()) for other in run):
                    continue
                if run and max(fact.quote_span[1], run[0].quote_span[1]) - min(
                        fact.quote_span[0], run[0].quote_span[0]) > MAX_PASSAGE:
                    break
                run.append(fact)
                labels.add(text)
                if len(run) == size:
                    break
            if len(run) == size:
                runs.append(run)
            start += size
    return runs


def _stem(ctx: Context, facts: list[Fact]) -> str:
    return "．".join(facts[0].section_path) or ctx.title


def ordering(ctx: Context, facts: list[Fact]) -> dict[str, Any]:
    anchor = "|".join(sorted(normalize_for_match(f.text) for f in facts))
    qid = question_id("ordering", anchor, str(len(facts)))
    rng = seeded_rng(ctx.seed, qid)
    presented = list(facts)
    rng.shuffle(presented)
    chronological = sorted(presented, key=lambda f: f.interval())
    answer = [presented.index(f) for f in chronological]
    gaps = [b.start[0] - a.start[0] for a, b in zip(chronological, chronological[1:], strict=False)]
    difficulty = 1 + (min(gaps) <= 2) + (len(facts) == 5)
    return make_question(
        qid=qid, qtype="ordering", prompt="ordering.chronological", stem=_stem(ctx, facts),
        choices=[event_label(f) or f.text for f in presented], answer=answer,
        explanation=explain_many(facts, ctx.title), source=source_of(facts, ctx.section_of(facts[0]).text),
        facts=chronological, difficulty=difficulty)


def matching(ctx: Context, facts: list[Fact]) -> dict[str, Any] | None:
    chronological = sorted(facts, key=lambda f: f.interval())
    left = [format_date(f.start, f.precision) for f in chronological]
    if len({normalize_for_match(t) for t in left}) != len(left):
        return None
    anchor = "|".join(sorted(normalize_for_match(f.text) for f in facts))
    qid = question_id("matching", anchor)
    rng = seeded_rng(ctx.seed, qid)
    presented = list(chronological)
    rng.shuffle(presented)
    answer = [presented.index(f) for f in chronological]
    gaps = [b.start[0] - a.start[0] for a, b in zip(chronological, chronological[1:], strict=False)]
    same_precision = len({f.precision for f in facts}) == 1
    difficulty = 1 + (min(gaps) <= 2) + (same_precision and facts[0].precision != "year")
    return make_question(
        qid=qid, qtype="matching", prompt="matching.date_event", stem=_stem(ctx, facts), left=left,
        choices=[event_label(f) or f.text for f in presented], answer=answer,
        explanation=explain_many(facts, ctx.title), source=source_of(facts, ctx.section_of(facts[0]).text),
        facts=chronological, difficulty=difficulty)
