"""Bank operations of the teacher window: generate from a new article, regenerate, merge, import, export.

Each takes a session factory and may run off the GUI thread; the long ones report progress and stop
between steps when asked (raising progress.Cancelled) with nothing written.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update

from quizapp.errors import BankError
from quizapp.paths import SOURCES
from quizapp.teacher.progress import Progress, ShouldStop, step

EXPORT_FORMATS = {"json": ".json", "gift": ".gift", "moodle-xml": ".xml", "csv": ".csv", "apkg": ".apkg"}


def free_name(session, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … when a bank already has it."""
    from quizapp.store.models import Bank

    taken = set(session.exec(select(Bank.name)).scalars())
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def bank_document(session, bank_id: int):
    """The parsed article of a bank: its stored text, else the bundled file; None when neither exists."""
    from quizapp.source import parse_file, parse_text
    from quizapp.store import crud
    from quizapp.store.models import SourceDocument

    bank = crud.get_bank(session, bank_id=bank_id)
    document = session.get(SourceDocument, bank.source_document_id) if bank.source_document_id else None
    if document is None:
        return None
    if document.text:
        return parse_text(document.text, title=document.title, file=document.file_name)
    bundled = SOURCES / Path(document.file_name).name
    return parse_file(bundled) if bundled.exists() else None


def generate_from_article(sessions, path: str | Path, *, name: str | None = None, seed: int = 0,
                          progress: Progress = None, should_stop: ShouldStop = None) -> tuple[int, int]:
    """Parse, generate and store a new bank with the article kept as its source; (bank id, questions).

    A file that is not an article of the supported form raises SourceError before anything is written.
    """
    from quizapp.generate.bank import build_bank, generate_questions
    from quizapp.source import parse_file
    from quizapp.source.reader import read_source
    from quizapp.store import crud
    from quizapp.store.models import SourceDocument
    from quizapp.timeline.events import extract_events

    total = 4
    step(progress, should_stop, 0, total)
    document = parse_file(path)  # SourceError for anything that is not an article
    text, _sha256 = read_source(path)
    step(progress, should_stop, 1, total)
    events = extract_events(document)
    step(progress, should_stop, 2, total)
    questions = generate_questions(document, events, seed)
    if not questions:
        raise BankError("no question could be made from this article", file=str(path))
    step(progress, should_stop, 3, total)
    with sessions() as session:
        bank_name = free_name(session, name or document.title)
        stored = SourceDocument(title=document.title, file_name=Path(path).name, sha256=document.sha256,
                                text=text, path=str(Path(path).resolve()))
        session.add(stored)
        session.flush()  # import_bank finds this document by sha256 and file name; one transaction in all
        bank = crud.import_bank(session, build_bank(document, questions, name=bank_name), name=bank_name)
        count = crud.count_questions(session, bank.id)
        bank_id = bank.id
    step(progress, should_stop, total, total)
    return bank_id, count


def regenerate_bank(sessions, bank_id: int, *, seed: int = 0, progress: Progress = None,
                    should_stop: ShouldStop = None) -> dict[str, int]:
    """Generate the bank's article again; approved and edited questions are kept as they are (regen.py).

    Questions keep their rows (and their answer history) when their id survives. Returns counts.
    """
    from quizapp.generate.bank import generate_questions
    from quizapp.generate.regen import regenerate
    from quizapp.store import crud
    from quizapp.store.models import Question, utcnow
    from quizapp.timeline.events import extract_events

    total = 4
    step(progress, should_stop, 0, total)
    with sessions() as session:
        document = bank_document(session, bank_id)
        if document is None:
            raise BankError("this bank has no article to generate from")
        existing = crud.export_bank(session, bank_id=bank_id)
    existing_dict = {"bank": {"name": existing.bank.name},
                     "questions": [q.to_file_dict() for q in existing.questions]}
    step(progress, should_stop, 1, total)
    events = extract_events(document)
    step(progress, should_stop, 2, total)
    fresh = generate_questions(document, events, seed)
    merged = regenerate(existing_dict, fresh)["questions"]
    step(progress, should_stop, 3, total)
    old = {q["id"]: q for q in existing_dict["questions"]}
    counts = {"kept": 0, "updated": 0, "added": 0, "removed": 0}
    with sessions() as session:
        rows = dict(session.exec(select(Question.qid, Question.id).where(Question.bank_id == bank_id)).all())
        try:
            keep = {q["id"] for q in merged}
            gone = [rows[qid] for qid in rows if qid not in keep]
            for start in range(0, len(gone), 500):
                session.execute(delete(Question).where(Question.id.in_(gone[start:start + 500])))
            counts["removed"] = len(gone)
            new_rows = []
            for position, question in enumerate(merged):
                values = crud.question_values(crud._validated(question))
                if question["id"] not in rows:
                    new_rows.append({**values, "bank_id": bank_id, "position": position,
                                     "created": utcnow(), "modified": utcnow()})
                    counts["added"] += 1
                    continue
                unchanged = old.get(question["id"]) == question
                counts["kept" if unchanged else "updated"] += 1
                changes = {"position": position} if unchanged else {**values, "position": position,
                                                                    "modified": utcnow()}
                session.execute(update(Question).where(Question.id == rows[question["id"]]).values(changes))
            if new_rows:
                session.execute(Question.__table__.insert(), new_rows)
            session.commit()
        except BaseException:
            session.rollback()
            raise
    step(progress, should_stop, total, total)
    return counts


def merge_banks(sessions, bank_ids: list[int], name: str) -> tuple[int, int]:
    """A new bank with every question of the given banks, in order; repeated ids get fresh ones."""
    from quizapp.store import crud

    with sessions() as session:
        questions, seen = [], set()
        for bank_id in bank_ids:
            for question in crud.export_bank(session, bank_id=bank_id).questions:
                raw = question.to_file_dict()
                if raw["id"] in seen:
                    raw["id"] = crud.new_question_id()
                seen.add(raw["id"])
                questions.append(raw)
        bank = crud.create_bank(session, name=name)
        try:
            crud.add_questions(session, bank_id=bank.id, questions=questions)
        except BaseException:
            crud.delete_bank(session, bank_id=bank.id)
            raise
        return bank.id, len(questions)


def import_format(path: str | Path) -> str:
    from quizapp.commands.import_ import format_for

    return format_for(Path(path))


def read_import(path: str | Path, fmt: str | None = None) -> tuple[Any, list[str]]:
    """The file as a validated BankFile and the report lines (skipped questions, warnings); nothing stored."""
    from quizapp.commands.import_ import IMPORTERS, format_for

    module = importlib.import_module(IMPORTERS[format_for(Path(path), fmt)])
    if hasattr(module, "read_with_report"):
        result = module.read_with_report(path)
        return result.bank, [str(item) for item in result.report.skipped] + list(result.report.warnings)
    return module.read_bank(path), []


def store_import(sessions, bank_file, *, name: str) -> tuple[int, int]:
    """Write a previewed BankFile as a new bank, all or nothing; (bank id, questions)."""
    from quizapp.store import crud

    with sessions() as session:
        bank = crud.import_bank(session, bank_file, name=name)
        return bank.id, crud.count_questions(session, bank.id)


def export_bank(sessions, bank_id: int, fmt: str, path: str | Path) -> int:
    """Write the bank in ``fmt`` (json, gift, moodle-xml, csv, apkg); returns the question count."""
    from quizapp.commands.export import EXPORTERS
    from quizapp.store import crud

    if fmt not in EXPORTERS:
        raise BankError(f"unknown export format {fmt!r}; available: {', '.join(sorted(EXPORTERS))}")
    with sessions() as session:
        bank_file = crud.export_bank(session, bank_id=bank_id)
    importlib.import_module(EXPORTERS[fmt]).write_bank(bank_file, path)
    return len(bank_file.questions)

