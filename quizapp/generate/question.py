"""Question records in the bank-file shape, with ids that survive regeneration."""

from __future__ import annotations

import hashlib
import random
from typing import Any

from quizapp.generate.facts import Fact
from quizapp.text import normalize_for_match


def question_id(qtype: str, fact_text: str, anchor: str = "") -> str:
    """Stable id from (type, normalized event text, anchor): event ids and offsets may shift, these don't."""
    material = "\x1f".join((qtype, normalize_for_match(fact_text), normalize_for_match(anchor) or anchor))
    return "q-" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:12]


def seeded_rng(seed: int, qid: str) -> random.Random:
    """The one RNG a question may use: the same seed and id always give the same draws."""
    return random.Random(f"{seed}:{qid}")


def shuffled_choices(correct: str, distractors: list[str], rng: random.Random) -> tuple[list[str], int]:
    """Options in a seeded random order and the index of the correct one."""
    options = [correct, *distractors]
    order = list(range(len(options)))
    rng.shuffle(order)
    return [options[i] for i in order], order.index(0)


def source_of(facts: list[Fact], text_of_section: str) -> dict[str, Any]:
    """The passage proving the answer: the union of the facts' quote spans (one section)."""
    lo = min(f.quote_span[0] for f in facts)
    hi = max(f.quote_span[1] for f in facts)
    first = facts[0]
    return {
        "section_id": first.section_id,
        "section_path": list(first.section_path),
        "span": [lo, hi],
        "quote": text_of_section[lo:hi],
    }


def make_question(*, qid: str, qtype: str, prompt: str, stem: str, answer: Any, explanation: str,
                  source: dict[str, Any], facts: list[Fact], difficulty: int, choices: list[str] | None = None,
                  left: list[str] | None = None, flag_reason: str = "") -> dict[str, Any]:
    """A question dict with the contract's keys in a fixed order (stable bytes)."""
    question: dict[str, Any] = {"id": qid, "type": qtype, "prompt": prompt, "stem": stem}
    if left is not None:
        question["left"] = left
    if choices is not None:
        question["choices"] = choices
    question["answer"] = answer
    question["explanation"] = explanation
    question["source"] = source
    question["events"] = [f.event_id for f in facts]
    question["difficulty"] = max(1, min(3, int(difficulty)))
    question["tags"] = [facts[0].section_path[-1]] if facts[0].section_path else []
    question["status"] = "flagged" if flag_reason else "generated"
    if flag_reason:
        question["flag_reason"] = flag_reason
    return question
