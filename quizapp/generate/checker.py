"""`quizapp check`: read a bank file, find its source, and list every quality-rule violation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quizapp.errors import BankError, QuizappError
from quizapp.generate.rules import Violation, bank_violations


def read_bank(path: str | Path) -> tuple[dict[str, Any], str]:
    """The decoded bank file and its raw text; BankError (exit 2) when it cannot be read as a bank."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BankError("no such file", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(f"cannot read bank: {exc}", file=str(path)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BankError(f"not JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    if not isinstance(data, dict) or data.get("format") != "quizapp-bank":
        raise BankError("not a quizapp bank file ('format' must be 'quizapp-bank')", file=str(path))
    if not isinstance(data.get("questions"), list):
        raise BankError("'questions' must be a list", file=str(path))
    return data, raw


def format_violations(data: dict[str, Any], file: str, raw: str) -> list[Violation]:
    """Bank-format (pydantic) problems, one per bad question, so the report lists them all."""
    from quizapp.bankformat import parse_question

    out = []
    for index, question in enumerate(data["questions"]):
        try:
            parse_question(question, index=index, file=file, raw_text=raw)
        except BankError as exc:
            qid = question.get("id", f"#{index}") if isinstance(question, dict) else f"#{index}"
            out.append(Violation(str(qid), "format", exc.message))
    return out


def find_source(data: dict[str, Any], explicit: str | None) -> tuple[Path | None, str]:
    """The source article: ``explicit``, else the bundled article named by bank.source.file/sha256."""
    if explicit:
        return Path(explicit), ""
    from quizapp.paths import bundled_sources
    from quizapp.source.reader import read_source

    source = (data.get("bank") or {}).get("source") or {}
    wanted_sha, wanted_file = source.get("sha256"), source.get("file")
    for path in bundled_sources():
        if path.name == wanted_file or (wanted_sha and read_source(path)[1] == wanted_sha):
            return path, ""
    return None, f"source {wanted_file!r} not found among the bundled articles: quote rules skipped"


def check_bank(bank_path: str | Path, source_path: str | None = None) -> tuple[list[Violation], list[str]]:
    """(violations, notes) for the bank at ``bank_path``; notes say what could not be checked."""
    data, raw = read_bank(bank_path)
    violations = format_violations(data, str(bank_path), raw)
    path, note = find_source(data, source_path)
    notes = [note] if note else []
    sections = conflicted = None
    if path is not None:
        from quizapp.source import parse_file

        doc = parse_file(path)
        recorded = ((data.get("bank") or {}).get("source") or {}).get("sha256")
        if recorded and doc.sha256 and recorded != doc.sha256:
            violations.append(Violation("(bank)", "source", f"the bank was generated from another version of "
                                        f"{path.name} (sha256 {recorded[:12]}…, now {doc.sha256[:12]}…)"))
        sections = {section.id: section for section in doc.sections}
        conflicted = _conflicted_events(doc)
    questions = [q for q in data["questions"] if isinstance(q, dict)]
    violations.extend(bank_violations(questions, sections, conflicted))
    return violations, notes


def _conflicted_events(doc: Any) -> set[str] | None:
    try:
        from quizapp.timeline import build_timeline
    except ImportError:
        return None
    from quizapp.generate.context import Context
    from quizapp.generate.facts import build_facts

    try:
        facts = build_facts(doc, build_timeline(doc))
    except QuizappError:
        return None
    ctx = Context(doc, facts)
    return {f.event_id for f in facts if ctx.conflicting(f)}
