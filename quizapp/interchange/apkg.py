"""Anki package (.apkg) export through genanki: one note per question, stable ids so a re-export updates notes."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from typing import Any

from quizapp.bankformat import CHOICE_TYPES, BankFile
from quizapp.errors import BankError
from quizapp.interchange.common import prompt_line

SUFFIXES = (".apkg",)
FIELDS = ("QuestionId", "Type", "Front", "Back", "Explanation", "Quote", "Section")
MODEL_NAME = "quizapp question"
CSS = """.card { font-family: sans-serif; font-size: 22px; text-align: left; }
.prompt { color: #555; font-size: 16px; }
.source { color: #555; font-size: 15px; }
ol, ul { margin-top: 4px; }"""
FRONT_TEMPLATE = "{{Front}}"
BACK_TEMPLATE = ("{{FrontSide}}<hr id=answer>{{Back}}"
                 "{{#Explanation}}<p>{{Explanation}}</p>{{/Explanation}}"
                 "<p class=source>{{Section}}<br>{{Quote}}</p>")


def stable_id(text: str) -> int:
    """A positive id in Anki's customary range [2^30, 2^31), the same for the same text on every machine."""
    digest = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


MODEL_ID = stable_id("quizapp-model-v1")


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _list(items: list[str], tag: str = "ol") -> str:
    return f"<{tag}>" + "".join(f"<li>{_html(item)}</li>" for item in items) + f"</{tag}>"


def front_html(question: Any) -> str:
    """Prompt, stem and the options the student chooses from."""
    parts = [f"<div class=prompt>{_html(prompt_line(question))}</div>", f"<div>{_html(question.stem)}</div>"]
    if question.type in CHOICE_TYPES or question.type == "ordering":
        parts.append(_list(question.choices))
    elif question.type == "matching":
        parts.append("<table><tr><td>" + _list(question.left) + "</td><td>" + _list(question.choices, "ul")
                     + "</td></tr></table>")
    return "".join(parts)


def back_html(question: Any) -> str:
    kind, answer = question.type, question.answer
    if kind in CHOICE_TYPES:
        return f"<b>{answer + 1}. {_html(question.choices[answer])}</b>"
    if kind == "true_false":
        return "<b>✓ 正確 (true)</b>" if answer else "<b>✗ 錯誤 (false)</b>"
    if kind == "ordering":
        return "<b>" + _list([question.choices[i] for i in answer]) + "</b>"
    if kind == "matching":
        pairs = [f"{left} — {question.choices[answer[i]]}" for i, left in enumerate(question.left)]
        return "<b>" + _list(pairs, "ul") + "</b>"
    if kind == "cloze_typed":
        return "<b>" + " / ".join(_html(form) for form in answer) + "</b>"
    if kind == "year_typed":
        return f"<b>{answer}年</b>" if answer > 0 else f"<b>前{-answer}年</b>"
    raise BankError(f"question {question.id}: type {kind!r} has no Anki form")


def _tags(question: Any) -> list[str]:
    tags = [re.sub(r"\s+", "_", tag.strip()) for tag in question.tags if tag.strip()]
    return [*dict.fromkeys(tags), f"quizapp::{question.type}", f"quizapp::difficulty::{question.difficulty}",
            f"quizapp::status::{question.status}"]


def build_package(bank: BankFile) -> Any:
    import genanki

    model = genanki.Model(MODEL_ID, MODEL_NAME, fields=[{"name": name} for name in FIELDS],
                          templates=[{"name": "Card 1", "qfmt": FRONT_TEMPLATE, "afmt": BACK_TEMPLATE}], css=CSS)
    deck = genanki.Deck(stable_id("quizapp-deck:" + bank.bank.name), bank.bank.name)
    for question in bank.questions:
        section = " > ".join(question.source.section_path) or question.source.section_id
        fields = [question.id, question.type, front_html(question), back_html(question), _html(question.explanation),
                  _html(question.source.quote), _html(section)]
        deck.add_note(genanki.Note(model=model, fields=fields, tags=_tags(question),
                                   guid=genanki.guid_for(bank.bank.name, question.id)))
    return genanki.Package(deck)


def write_bank(bank: BankFile, path: str | Path) -> None:
    """Write the .apkg (model, deck and note ids are stable, so re-importing into Anki updates notes)."""
    try:
        build_package(bank).write_to_file(str(path))
    except OSError as exc:
        raise BankError(f"cannot write: {exc.strerror or exc}", file=str(path)) from None

