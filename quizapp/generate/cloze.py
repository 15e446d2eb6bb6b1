"""Questions that blank a linked entity: cloze_choice, cloze_typed, and true_false with a swapped entity."""

from __future__ import annotations

import random
import re
from typing import Any

from quizapp.generate.catalog import Catalog, Entity
from quizapp.generate.context import Context
from quizapp.generate.dateforms import format_date
from quizapp.generate.explain import explain
from quizapp.generate.facts import Fact, Mention
from quizapp.generate.question import make_question, question_id, seeded_rng, shuffled_choices, source_of
from quizapp.generate.rules import shared_part
from quizapp.generate.wording import BLANK, STEM_LIMIT, balanced, drop_opener, fit, sentence, stands_alone
from quizapp.text import normalize_for_match, to_simplified, to_traditional

CLOZE_PER_FACT = 2  # entities blanked per fact (the least frequent first: they carry the fact)


def _blank_all(text: str, written: str) -> str:
    """Replace every spelling (as written, Simplified, Traditional) of the entity by the blank."""
    for form in sorted({written, to_simplified(written), to_traditional(written)}, key=len, reverse=True):
        text = text.replace(form, BLANK)
    return text


def cloze_stem(ctx: Context, fact: Fact, mention: Mention) -> str | None:
    """The fact's sentence from its date to the end of its clause, with the entity blanked; it must name
    the year (a relative date such as 同年6月9日 gets the fact's full date in front of the clause)."""
    section_text = ctx.section_of(fact).text
    lo = min(fact.quote_span[0], fact.span[0])
    hi = max(fact.quote_span[1], mention.end)  # to the sentence end: fit() cuts it back at a clause
    full_date = format_date(fact.start, fact.precision) if fact.single else fact.date_text
    # the stem must say when: the year in digits, or the date as written when that is absolute
    when = (str(abs(fact.year)),) if fact.single else ()
    if fact.date_text and not fact.relative:
        when += (fact.date_text,)
    for start, prefix in ((lo, ""), (fact.span[0], full_date + "，")):
        if start > mention.start:
            continue
        raw = section_text[start:mention.start] + BLANK + section_text[mention.end:hi]
        raw = drop_opener(_blank_all(raw, mention.text))
        if prefix and fact.date_text and fact.date_text in raw:
            raw, prefix = raw.replace(fact.date_text, full_date, 1), ""  # 兩天后的4月13日 → …1941年4月13日
        raw = prefix + raw
        stem = fit(raw, STEM_LIMIT)
        if not stem or BLANK not in stem or not balanced(stem) or len(stem.replace(BLANK, "")) < 8:
            continue
        if not any(w in stem for w in when) or not stands_alone(stem):
            continue
        context = stem.replace(BLANK, "")
        for w in when:
            context = context.replace(w, "")
        if len(normalize_for_match(context)) < 6:
            continue  # "1917年，＿＿＿爆發": too little around the blank to rule out other answers
        return stem
    return None


def fits_blank(ctx: Context, catalog: Catalog, fact: Fact, answer: Entity, candidate: Entity) -> bool:
    """True when the candidate could also be right: same name, in the same sentence, or named by a fact of
    the same year (the treaty also signed in 1915) or of the same happening."""
    if candidate.key == answer.key or candidate.target == answer.target:
        return True
    if candidate.key in answer.key or answer.key in candidate.key:
        return True
    if candidate.key in catalog.alias_keys(answer):
        return True
    if candidate.key in _quote_key(fact):
        return True
    # a treaty named after the same place as one in the sentence may be the same treaty under another name:
    # 1727年中俄签定《布连斯奇界约》和《恰克图界约》（合称…）: 恰克圖條約 would fit the blank too
    if _kind(candidate) == "document" and _kind(answer) == "document" \
            and shared_part(candidate.key.strip("《》"), _quote_key(fact), size=3):
        return True
    if any(candidate.key in catalog.years_mentioned.get(year, ()) for year in range(fact.start[0], fact.end[0] + 1)):
        return True
    return candidate.key in ctx.happening_quotes(fact)


def _kind(entity: Entity) -> str:
    return str(getattr(entity.kind, "value", entity.kind))


def _quote_key(fact: Fact) -> str:
    return fact.quote_key or normalize_for_match(fact.quote)


def entity_distractors(ctx: Context, catalog: Catalog, fact: Fact, answer: Entity, rng: random.Random,
                       level: int, count: int = 3) -> list[Entity]:
    """Same-kind entities of the article that cannot fit the blank; nearer in time for higher ``level``."""
    pool = []
    for candidate in catalog.of_kind(answer):
        if not catalog.same_kind(answer, candidate) or fits_blank(ctx, catalog, fact, answer, candidate):
            continue
        gap = min((abs(y - fact.year) for y in candidate.years), default=99)
        near = gap <= {1: 60, 2: 30, 3: 10}[level]  # a name from another age is no plausible option
        # same head character (…國 for …國, …條約 for …條約) reads as the same sort of name
        same_head = normalize_for_match(candidate.text)[-1:] == answer.key[-1:]
        pool.append((not same_head, not near, rng.random(), candidate))
    pool.sort(key=lambda item: item[:3])
    picks: list[Entity] = []
    targets = {normalize_for_match(answer.target)}
    for *_, candidate in pool:
        # one option per thing: not the same page (滿洲國/滿州國), not one name inside another (立法院)
        target = normalize_for_match(candidate.target)
        if target in targets or any(_nested(candidate.key, p.key) or _near_spelling(candidate.key, p.key)
                                    for p in picks):
            continue
        targets.add(target)
        picks.append(candidate)
        if len(picks) == count:
            break
    return picks


def _names_the_person(stem: str, entity: Entity) -> bool:
    """A person's surname or given name elsewhere in the stem gives the blank away (…接見松冈 for 松冈洋右)."""
    if str(getattr(entity.kind, "value", entity.kind)) != "person":
        return False
    return shared_part(entity.key, normalize_for_match(stem), size=2) is not None


def _nested(a: str, b: str) -> bool:
    return a in b or b in a


def _near_spelling(a: str, b: str) -> bool:
    """Same length, one character apart: two spellings of one name (滿洲國 / 滿州國)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1


def mentions_to_ask(ctx: Context, catalog: Catalog, fact: Fact) -> list[tuple[Mention, Entity]]:
    """The fact's askable entities, rarest first, one per entity."""
    seen, out = set(), []
    for mention in fact.mentions:
        entity = catalog.get(mention.text)
        if entity is None or entity.key in seen or not catalog.askable(entity):
            continue
        if re.search(r"\d", mention.text):
            continue  # a number in the answer is a date question in disguise
        if _in_brackets(ctx.section_of(fact).text, mention):
            continue  # an aside (今海拉尔市) is trivia, not the fact
        if _in_list(ctx.section_of(fact).text, mention):
            continue  # one name of a list (陳婉真、＿＿＿、彭百顯…) is trivia, and others would fit
        seen.add(entity.key)
        out.append((mention, entity))
    out.sort(key=lambda pair: (pair[1].count, pair[0].start))
    return out


_ASIDE = ("今", "即", "又稱", "又称", "原", "舊", "旧", "俗稱", "俗称", "現", "现")


def _in_brackets(text: str, mention: Mention) -> bool:
    """True when the mention sits in an aside such as （今海拉尔市） or （即现俄罗斯联邦）: trivia, not the fact."""
    before = text[max(0, mention.start - 40):mention.start]
    opened = max(before.rfind("（"), before.rfind("("))
    closed = max(before.rfind("）"), before.rfind(")"))
    return opened > closed and before[opened + 1:].startswith(_ASIDE)


_TOKEN_END = "，。；：（）「」“”《》、\n"


def _in_list(text: str, mention: Mention) -> bool:
    """True when the mention is (part of) an item of a 、-enumeration (陳婉真、沈富雄…, 黑喇嘛丹毕坚赞、…)."""
    lo = mention.start
    while lo > 0 and text[lo - 1] not in _TOKEN_END:
        lo -= 1
    hi = mention.end
    while hi < len(text) and text[hi] not in _TOKEN_END:
        hi += 1
    if "、" in (text[mention.start - 1:mention.start], text[mention.end:mention.end + 1]):
        return True
    if hi - lo > 10:
        return False  # a whole clause after "俄、蒙军队…" is no list item
    return (lo > 0 and text[lo - 1] == "、") or (hi < len(text) and text[hi] == "、")


def _askable_stem(ctx: Context, fact: Fact, mention: Mention, entity: Entity) -> str | None:
    """The cloze stem for ``mention``, or None when the fact is contested or the stem gives the name away."""
    if ctx.conflicting(fact):
        return None
    stem = cloze_stem(ctx, fact, mention)
    if stem is None or _names_the_person(stem, entity):
        return None
    return stem


def _difficulty(entity: Entity, typed: bool, near: bool) -> int:
    return 1 + (entity.count <= 1) + (typed or near)


def cloze_choice(ctx: Context, catalog: Catalog, fact: Fact, mention: Mention, entity: Entity
                 ) -> dict[str, Any] | None:
    stem = _askable_stem(ctx, fact, mention, entity)
    if stem is None:
        return None
    qid = question_id("cloze_choice", fact.text, entity.key)
    rng = seeded_rng(ctx.seed, qid)
    level = rng.choice((1, 2, 3))
    picks = entity_distractors(ctx, catalog, fact, entity, rng, level)
    if len(picks) < 3:
        return None
    choices, index = shuffled_choices(mention.text, [p.text for p in picks], rng)
    near = all(min((abs(y - fact.year) for y in p.years), default=99) <= 10 for p in picks)
    return make_question(
        qid=qid, qtype="cloze_choice", prompt="cloze_choice.blank", stem=stem, choices=choices, answer=index,
        explanation=explain(fact, ctx.section_of(fact), ctx.title),
        source=source_of([fact], ctx.section_of(fact).text), facts=[fact],
        difficulty=_difficulty(entity, False, near))


def cloze_typed(ctx: Context, catalog: Catalog, fact: Fact, mention: Mention, entity: Entity
                ) -> dict[str, Any] | None:
    stem = _askable_stem(ctx, fact, mention, entity)
    if stem is None:
        return None
    qid = question_id("cloze_typed", fact.text, entity.key)
    return make_question(
        qid=qid, qtype="cloze_typed", prompt="cloze_typed.blank", stem=stem,
        answer=catalog.accepted_forms(entity, mention.text),
        explanation=explain(fact, ctx.section_of(fact), ctx.title),
        source=source_of([fact], ctx.section_of(fact).text), facts=[fact],
        difficulty=_difficulty(entity, True, False))


def entity_statement(ctx: Context, catalog: Catalog, fact: Fact, want_true: bool, qid: str,
                     rng: random.Random) -> dict[str, Any] | None:
    """True/false with the sentence as written, or with one entity swapped for one that cannot fit."""
    if ctx.conflicting(fact):
        return None
    for mention, entity in mentions_to_ask(ctx, catalog, fact):
        stem = cloze_stem(ctx, fact, mention)
        if stem is None or len(stem) > STEM_LIMIT - 10:
            continue
        correction = ""
        filler = mention.text
        if not want_true:
            picks = entity_distractors(ctx, catalog, fact, entity, rng, rng.choice((1, 2, 3)), count=1)
            if not picks:
                continue
            filler = picks[0].text
            correction = f"錯誤：應為「{mention.text}」，不是「{filler}」。"
        statement = sentence(stem.replace(BLANK, filler))
        return make_question(
            qid=qid, qtype="true_false", prompt="true_false.statement", stem=statement, answer=want_true,
            explanation=explain(fact, ctx.section_of(fact), ctx.title, correction=correction),
            source=source_of([fact], ctx.section_of(fact).text), facts=[fact],
            difficulty=1 + (entity.count <= 1) + (not want_true))
    return None
