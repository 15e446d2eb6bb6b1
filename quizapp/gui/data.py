"""The GUI's one door to data: banks, the article Document, student profiles and where responses are recorded.

Banks are read from bank files (bundled questions/*.json and files the user opens). When the database
layer (quizapp.store.crud) is present, this is the one place that switches to it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import BankError, QuizappError
from quizapp.paths import QUESTIONS, SOURCES


@dataclass
class Bank:
    name: str
    path: str
    source_file: str  # article file name in assets/sources, e.g. 外蒙古独立.md
    questions: list[dict] = field(default_factory=list)


def load_bank_file(path: str | Path) -> Bank:
    """Read and validate a bank file (the pydantic models of quizapp.bankformat); BankError when invalid."""
    from quizapp.bankformat import parse_bank

    path = Path(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
        data = json.loads(raw_text)
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError:
        raise BankError("not UTF-8 text", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise BankError(f"not JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    bank = parse_bank(data, file=str(path), raw_text=raw_text)
    source_file = bank.bank.source.file if bank.bank.source else ""
    return Bank(bank.bank.name, str(path), source_file, [q.to_file_dict() for q in bank.questions])


class DataAccess:
    """Lists banks and loads them, parses articles (cached), remembers profiles."""

    def __init__(self, extra_bank_files: list[str] = (), db_url: str | None = None) -> None:
        self.db_url = db_url
        self.bank_files: list[str] = [str(p) for p in sorted(QUESTIONS.glob("*.json"))]
        for path in extra_bank_files:
            self.add_bank_file(path)
        self._banks: dict[str, Bank] = {}
        self._documents: dict[str, object] = {}

    def add_bank_file(self, path: str) -> str:
        path = str(Path(path).resolve())
        if path not in self.bank_files:
            self.bank_files.insert(0, path)
        return path

    def bank(self, path: str) -> Bank:
        if path not in self._banks:
            self._banks[path] = load_bank_file(path)
        return self._banks[path]

    def bank_label(self, path: str) -> str:
        """The bank's name once its file was read, its file name until then (listing reads no file)."""
        bank = self._banks.get(path)
        return bank.name if bank is not None else Path(path).stem

    def document(self, source_file: str):
        """The parsed bundled article ``source_file`` (a quizapp.source Document)."""
        if source_file not in self._documents:
            from quizapp.source import parse_file

            path = SOURCES / Path(source_file).name
            if not path.exists():
                raise QuizappError("article not bundled", file=str(path))
            self._documents[source_file] = parse_file(path)
        return self._documents[source_file]

    @staticmethod
    def article_files() -> list[str]:
        return [p.name for p in sorted(SOURCES.glob("*.md"))]

    def recorder(self, bank: Bank, choices: dict):
        """Where the quiz's responses are recorded as they are submitted.

        Memory only until quizapp.store.crud lands; then this returns a recorder that calls
        crud.record_response for each response (the one place to change).
        """
        from quizapp.quiz import MemoryRecorder

        return MemoryRecorder()
