"""Questions that ask a date: date_choice, year_typed, event_choice, and true_false with a swapped date."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

from quizapp.generate.context import Context
from quizapp.generate.dateforms import cut, date_distractors, distance, format_date, is_false_for
from quizapp.generate.explain import explain
from quizapp.generate.facts import Fact, overlaps, years_in
from quizapp.generate.question import make_question, question_id, seeded_rng, shuffled_choices, source_of
from quizapp.generate.wording import (
    STEM_LIMIT,
    drop_opener,
    event_label,
    fit,
    sentence,
    stands_alone,
    without_date,
)
from quizapp.text import normalize_for_match

NEAR_YEARS = 2  # a distractor this close (years, or months for month questions) makes a question harder


def clause_stem(fact: Fact) -> str | None:
    """The clause as a stem, its own date taken out; when the clause leans on the sentence (即和…建交),
    the whole sentence. None if nothing stands alone without naming the fact's year. Words a speaker
    says as 我 are refused: "when did this happen" would be ambiguous between the speech and its content."""
    for text in (fact.text, fact.sentence):
        stem = fit(without_date(drop_opener(text), fact.date_text), STEM_LIMIT)
        if stem is None or len(stem) < 4 or not stands_alone(stem):
            continue
        if any(abs(year) in years_in(stem) for year in range(fact.start[0], fact.end[0] + 1)):
            continue
        if text is fact.sentence and (years_in(stem) or _clause_core(fact) not in normalize_for_match(stem)):
            continue  # the sentence must still tell this fact, and no other date
        return stem
    return None


def _clause_core(fact: Fact) -> str:
    return normalize_for_match(without_date(fact.text, fact.date_text))[:8]


def _askable(ctx: Context, fact: Fact) -> bool:
    """A date can be asked when it is one point at year/month/day precision and the quote proves it."""
    return fact.single and fact.year > 0 and fact.proven


def _section_text(ctx: Context, fact: Fact) -> str:
    return ctx.section_of(fact).text


def date_choice(ctx: Context, fact: Fact) -> dict[str, Any] | None:
    if not _askable(ctx, fact):
        return None
    stem = clause_stem(fact)
    if stem is None:
        return None
    precision = fact.precision
    if precision in ("month", "day") and f"{fact.start[1]}月" not in fact.quote:
        precision = "year"  # a relative month ("同月") the quote cannot prove: ask the year only
    qid = question_id("date_choice", fact.text, precision)
    rng = seeded_rng(ctx.seed, qid)
    level = rng.choice((1, 2, 3))
    view = _at(fact, precision)
    quote_years = years_in(fact.quote)
    # a year the quote itself names (for another happening) would be a trap, not a distractor
    picks = [d for d in date_distractors(view, ctx.same_happening(fact), level, rng, count=8)
             if d[0] == fact.year or d[0] not in quote_years][:3]
    if len(picks) < 3:
        return None
    answer = cut(fact.start, precision)
    choices, index = shuffled_choices(format_date(answer, precision),
                                      [format_date(d, precision) for d in picks], rng)
    near = min(distance(answer, d, precision) for d in picks) <= NEAR_YEARS
    difficulty = 1 + (precision in ("month", "day")) + near
    conflict = ctx.conflicting(fact)
    return make_question(
        qid=qid, qtype="date_choice", prompt=f"date_choice.{precision}", stem=stem, choices=choices,
        answer=index, explanation=explain(fact, ctx.section_of(fact), ctx.title, same_year=ctx.same_year(fact)),
        source=source_of([fact], _section_text(ctx, fact)), facts=[fact], difficulty=difficulty,
        flag_reason=ctx.flag_reason(fact) if conflict else "")


def _at(fact: Fact, precision: str) -> Fact:
    """The fact viewed at a coarser precision (its date cut), for distractor picking."""
    if precision == fact.precision:
        return fact
    start = cut(fact.start, precision)
    return dataclasses.replace(fact, start=start, end=start, precision=precision)


def year_typed(ctx: Context, fact: Fact) -> dict[str, Any] | None:
    if not _askable(ctx, fact) or ctx.conflicting(fact):
        return None
    stem = clause_stem(fact)
    if stem is None:
        return None
    qid = question_id("year_typed", fact.text)
    # a year the article mentions often is easier to recall
    busy = len(ctx.by_year.get(fact.year, [])) >= 3
    return make_question(
        qid=qid, qtype="year_typed", prompt="year_typed.year", stem=stem, answer=fact.year,
        explanation=explain(fact, ctx.section_of(fact), ctx.title, same_year=ctx.same_year(fact)),
        source=source_of([fact], _section_text(ctx, fact)), facts=[fact], difficulty=2 + (not busy))


def event_choice(ctx: Context, fact: Fact, taken_dates: set[tuple]) -> dict[str, Any] | None:
    """What happened at this date? — one question per distinct date (same stem would be a duplicate)."""
    if not _askable(ctx, fact) or ctx.conflicting(fact):
        return None
    date_key = (cut(fact.start, fact.precision), fact.precision)
    if date_key in taken_dates:
        return None
    correct = event_label(fact)
    if correct is None:
        return None
    stem = format_date(fact.start, fact.precision)
    qid = question_id("event_choice", fact.text, stem)
    rng = seeded_rng(ctx.seed, qid)
    level = rng.choice((1, 2, 3))
    low, high = {1: (5, 15), 2: (2, 6), 3: (0, 3)}[level]
    own = fact.shown_interval()  # the stem shows the date at its precision: 1913年 covers all of 1913
    happening = {f.key for f in ctx.same_happening(fact)} | {fact.key}
    # years in the level's band first, then the rest within 15 years, each in a seeded order; stop at 3
    in_band = [d for d in range(-high, high + 1) if low <= abs(d)]
    rest = [d for d in range(-15, 16) if d not in in_band]
    rng.shuffle(in_band)
    rng.shuffle(rest)
    picks: list[tuple[int, str]] = []
    seen = {correct}
    for delta in in_band + rest:
        pool = ctx.by_year.get(fact.year + delta, ())
        # a few seeded draws per year keep the work constant however many events a year has
        for other in (pool[i] for i in rng.sample(range(len(pool)), min(len(pool), 8))):
            if other.key in happening or not other.single or overlaps(own, other.interval()) \
                    or overlaps(own, other.shown_interval()):
                continue
            text = event_label(other)
            if text is None or text in seen:
                continue
            seen.add(text)
            picks.append((abs(delta), text))
            break  # one event per year: options spread over time
        if len(picks) == 3:
            break
    if len(picks) < 3:
        return None
    taken_dates.add(date_key)
    choices, index = shuffled_choices(correct, [text for _, text in picks], rng)
    near = min(gap for gap, _ in picks) <= NEAR_YEARS
    difficulty = 1 + (fact.precision in ("month", "day")) + near
    return make_question(
        qid=qid, qtype="event_choice", prompt="event_choice.event", stem=stem, choices=choices, answer=index,
        explanation=explain(fact, ctx.section_of(fact), ctx.title, same_year=ctx.same_year(fact)),
        source=source_of([fact], _section_text(ctx, fact)), facts=[fact], difficulty=difficulty)


def date_statement(ctx: Context, fact: Fact, want_true: bool, qid: str, rng: random.Random
                   ) -> dict[str, Any] | None:
    """True/false on the date: the clause with its own date, or with a near date the source rules out."""
    if not _askable(ctx, fact) or ctx.conflicting(fact):
        return None
    clause = fit(without_date(drop_opener(fact.text), fact.date_text), STEM_LIMIT - 14)
    if clause is None or years_in(clause) or len(clause) < 4 or not stands_alone(clause):
        return None
    precision = fact.precision
    if precision in ("month", "day") and f"{fact.start[1]}月" not in fact.quote:
        precision = "year"
    date = cut(fact.start, precision)
    correction = ""
    if not want_true:
        level = rng.choice((1, 2, 3))
        picks = [d for d in date_distractors(_at(fact, precision), ctx.same_happening(fact), level, rng, count=3)
                 if is_false_for(d, precision, fact, ctx.same_happening(fact))]
        if not picks:
            return None
        date = picks[0]
        correction = f"錯誤：此事在{format_date(fact.start, precision)}，不是{format_date(date, precision)}。"
    stem = sentence(f"{format_date(date, precision)}，{clause}")
    difficulty = 1 + (precision in ("month", "day"))
    if not want_true and distance(cut(fact.start, precision), date, precision) <= NEAR_YEARS:
        difficulty += 1
    return make_question(
        qid=qid, qtype="true_false", prompt="true_false.statement", stem=stem, answer=want_true,
        explanation=explain(fact, ctx.section_of(fact), ctx.title, correction=correction),
        source=source_of([fact], _section_text(ctx, fact)), facts=[fact], difficulty=difficulty)


def sentence_statement(ctx: Context, fact: Fact, qid: str) -> dict[str, Any] | None:
    """A true statement: the source sentence as written, when it names its year and stands alone — the
    last resort for a fact no other question can ask (同年秋肃清其残余势力 inside its sentence)."""
    if ctx.conflicting(fact) or not fact.sentence:
        return None
    statement = fit(fact.sentence, STEM_LIMIT - 1)
    if statement is None or not stands_alone(statement) or normalize_for_match(statement) not in fact.quote_key:
        return None
    if not (str(abs(fact.year)) in statement or (fact.date_text and not fact.relative
                                                 and fact.date_text in statement)):
        return None
    if _clause_core(fact) not in normalize_for_match(statement):
        return None
    return make_question(
        qid=qid, qtype="true_false", prompt="true_false.statement", stem=sentence(statement), answer=True,
        explanation=explain(fact, ctx.section_of(fact), ctx.title),
        source=source_of([fact], _section_text(ctx, fact)), facts=[fact], difficulty=1)
