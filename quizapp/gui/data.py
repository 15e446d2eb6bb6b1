"""The GUI's one door to data: banks, the article Document, student profiles and where responses are recorded.

Banks are read from bank files (bundled questions/*.json and files the user opens). When the database
layer (quizapp.store.crud) is present, this is the one place that switches to it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.errors import BankError, QuizappError
from quizapp.paths import QUESTIONS, SOURCES


@dataclass
class Bank:
    name: str
    key: str  # a bank file's path, or "db:<id>" for a bank that exists only in the database
    source_file: str  # article file name in assets/sources, e.g. 外蒙古独立.md
    questions: list[dict] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.key


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


DEFAULT_ARTICLE = "外蒙古独立"  # the article the app is about; its bank is chosen on first start


class DataAccess:
    """Lists banks (files and database) and loads them, parses articles (cached), opens quiz sessions.

    The database is opened on first need (after the window is shown); when it cannot be opened, quizzes
    still run and ``store_error`` says why nothing is saved.
    """

    def __init__(self, extra_bank_files: list[str] = (), db_url: str | None = None, use_store: bool = True,
                 import_bundled: bool = True) -> None:
        self.db_url = db_url
        self.use_store = use_store
        self.import_bundled = import_bundled
        self._link_lock = threading.Lock()
        self.review_clock = lambda: None  # when reviews are due: None is now (tests look ahead)
        self.store_error = ""
        self._link = None
        self.bank_keys: list[str] = [str(p) for p in sorted(QUESTIONS.glob("*.json"))]
        self.default_bank = QUESTIONS / f"{DEFAULT_ARTICLE}.json"
        for path in extra_bank_files:
            self.add_bank_file(path)
        self._banks: dict[str, Bank] = {}
        self._labels: dict[str, str] = {}
        self._documents: dict[str, object] = {}
        self._timelines: dict[str, list] = {}
        self._writer = None

    @property
    def writer(self):
        """The background writer for responses (created on first quiz)."""
        if self._writer is None:
            from quizapp.gui.worker import BackgroundWriter

            self._writer = BackgroundWriter()
        return self._writer

    def flush(self) -> None:
        """Wait for pending writes, so reads see them."""
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    # -- banks -----------------------------------------------------------------------------------
    def add_bank_file(self, path: str) -> str:
        path = str(Path(path).resolve())
        if path not in self.bank_keys:
            self.bank_keys.insert(0, path)
        return path

    def prepare_store(self) -> dict:
        """On the writer thread after the window shows: open (create) the database, import the bundled
        banks on first start, and read what the home page lists (banks, students)."""
        link = self.link()
        if link is None:
            return {"students": []}
        if self.import_bundled:
            link.import_missing([str(p) for p in sorted(QUESTIONS.glob("*.json"))])
        return {"banks": link.banks(), "students": link.students()}

    def load_store_banks(self, banks: list | None = None) -> None:
        """Add the database's banks that no listed file already stands for (same name)."""
        link = self.link()
        if link is None:
            return
        named = {self.bank_label(key) for key in self.bank_keys}
        for bank_id, name, _count in banks if banks is not None else link.banks():
            key = f"db:{bank_id}"
            self._labels[key] = name
            if name not in named and key not in self.bank_keys:
                self.bank_keys.append(key)

    def bank(self, key: str) -> Bank:
        if key not in self._banks:
            if key.startswith("db:"):
                link = self.link()
                if link is None:
                    raise QuizappError(f"the database cannot be opened: {self.store_error}")
                name, source_file, questions, _ids = link.questions(int(key[3:]))
                self._banks[key] = Bank(name, key, source_file, questions)
            else:
                self._banks[key] = load_bank_file(key)
        return self._banks[key]

    def bank_label(self, key: str) -> str:
        """The bank's name once known, its file name until then (listing reads no file)."""
        bank = self._banks.get(key)
        if bank is not None:
            return bank.name
        return self._labels.get(key) or Path(key).stem

    # -- articles --------------------------------------------------------------------------------
    def document(self, source_file: str):
        """The parsed bundled article ``source_file`` (a quizapp.source Document)."""
        if source_file not in self._documents:
            from quizapp.source import parse_file

            path = SOURCES / Path(source_file).name
            if not path.exists():
                raise QuizappError("article not bundled", file=str(path))
            self._documents[source_file] = parse_file(path)
        return self._documents[source_file]

    def timeline(self, source_file: str) -> list:
        """The dated events of a bundled article (quizapp.timeline.build_timeline), cached."""
        if source_file not in self._timelines:
            from quizapp.timeline import build_timeline

            self._timelines[source_file] = build_timeline(self.document(source_file))
        return self._timelines[source_file]

    def event_periods(self, source_file: str) -> dict[str, tuple[str, str]]:
        """Event id → (start, end) ISO dates, for picking the questions about a period."""
        return {e.id: (e.date.start.iso(), e.date.end.iso()) for e in self.timeline(source_file)}

    @staticmethod
    def article_files() -> list[str]:
        return [p.name for p in sorted(SOURCES.glob("*.md"))]

    # -- quizzes ---------------------------------------------------------------------------------
    def link(self):
        """The database link, opened on first use; None (with ``store_error``) when it cannot be."""
        with self._link_lock:  # the writer thread may be opening it right now
            if self._link is None:
                self._link = False
                if self.use_store:
                    from quizapp.gui.store_link import StoreLink

                    try:
                        self._link = StoreLink(self.db_url)
                    except QuizappError as exc:
                        self.store_error = str(exc)
        return self._link or None

    def _stored_bank(self, bank: Bank, flush: bool = True):
        """(link, bank id, question id → Question.id, questions as stored) or None without a database.

        ``flush=False`` on the writer thread itself (waiting for its own queue would never end)."""
        if flush:
            self.flush()
        link = self.link()
        if link is None:
            return None
        bank_id = self._bank_id(link, bank)
        _name, _file, questions, db_ids = link.questions(bank_id)
        return link, bank_id, db_ids, questions

    def unfinished_quiz(self, bank: Bank, student: str):
        """The student's unfinished quiz on this bank (a store_link.StoredQuiz), or None."""
        stored = self._stored_bank(bank) if student else None
        if stored is None:
            return None
        link, bank_id, _ids, _questions = stored
        return link.unfinished(link.student_id(student), bank_id)

    def abandon_quiz(self, quiz) -> None:
        link = self.link()
        if link is not None:
            self.flush()
            link.abandon(quiz.id)

    def students(self) -> list[str]:
        link = self.link()
        return link.students() if link is not None else []

    def home_status(self, key: str, student: str) -> dict:
        """For the home page, on the writer thread: reviews due now on bank ``key`` and the student's
        unfinished quiz there as (answered, asked) or None. Nothing without a database or profile."""
        link = self.link()
        student_id = link.find_student(student) if link is not None and student else None
        if student_id is None:
            return {"due": 0, "unfinished": None}
        bank_id = self._bank_id(link, self.bank(key))
        stored = link.unfinished(student_id, bank_id)
        return {"due": link.due_count(student_id, bank_id, now=self.review_clock()),
                "unfinished": (len(stored.responses), len(stored.question_ids)) if stored else None}

    @staticmethod
    def _bank_id(link, bank: Bank) -> int:
        """The stored bank's id (a bank file is imported on first use)."""
        return int(bank.key[3:]) if bank.key.startswith("db:") else link.bank_id_for_file(bank.key, bank.name)

    def open_quiz(self, bank: Bank, choices: dict, resume=None):
        """A QuizSession: resumed from ``resume`` (a StoredQuiz) or new; recorded in the database if any.

        ``choices`` as HomePage.choices(): student, mode, count, minutes, and optionally types, sections,
        difficulties (sets; None for any) and shuffle.
        """
        from quizapp.quiz import pick_questions

        def pick(questions):
            return pick_questions(questions, mode=choices["mode"], count=choices["count"],
                                  types=choices.get("types"), sections=choices.get("sections"),
                                  difficulties=choices.get("difficulties"), shuffle=choices.get("shuffle", True))

        if resume is not None:
            return self._resume(bank, resume)
        return self.open_questions(bank, choices.get("student", ""), pick, mode=choices["mode"],
                                   time_limit=choices["minutes"] * 60 or None, count=choices["count"])

    def open_review(self, bank: Bank, student: str, limit: int = 50):
        """A practice session over the student's reviews due on this bank (stored as a "review" quiz)."""

        def due(stored_questions):
            link, bank_id, db_ids, _questions = self._stored_bank(bank)
            by_db_id = {db_id: qid for qid, db_id in db_ids.items()}
            wanted = [by_db_id[i] for i in link.due_question_ids(link.student_id(student), bank_id, limit, now=self.review_clock())
                      if i in by_db_id]
            by_qid = {q["id"]: q for q in stored_questions}
            return [by_qid[qid] for qid in wanted if qid in by_qid]

        return self.open_questions(bank, student, due, mode="practice", stored_mode="review")

    def open_questions(self, bank: Bank, student: str, pick, *, mode: str, time_limit: float | None = None,
                       count: int | None = None, stored_mode: str | None = None):
        """A new QuizSession over ``pick(bank questions)`` (the stored copies when there is a database)."""
        from quizapp.gui.store_link import StoreRecorder
        from quizapp.quiz import MemoryRecorder, QuizSession

        stored = self._stored_bank(bank) if student else None
        if stored is None:
            return QuizSession(pick(bank.questions), mode=mode, time_limit=time_limit, recorder=MemoryRecorder())
        link, bank_id, db_ids, stored_questions = stored
        questions = pick(stored_questions)
        student_id = link.student_id(student)
        quiz_id = link.start(student_id=student_id, bank_id=bank_id,
                             question_ids=[db_ids[q["id"]] for q in questions], mode=stored_mode or mode,
                             settings={"time_limit": time_limit, "count": count or len(questions)})
        return QuizSession(questions, mode=mode, time_limit=time_limit,
                           recorder=StoreRecorder(link, quiz_id, student_id, db_ids, run=self.writer.submit))

    def _resume(self, bank: Bank, resume):
        from quizapp.gui.store_link import StoreRecorder
        from quizapp.quiz import QuizSession, Response

        link, _id, db_ids, stored_questions = self._stored_bank(bank)
        by_db_id = {db_id: qid for qid, db_id in db_ids.items()}
        by_qid = {q["id"]: q for q in stored_questions}
        questions = [by_qid[by_db_id[i]] for i in resume.question_ids if i in by_db_id]
        responses = [Response(by_db_id[r.question_id], r.given, r.correct, r.time_ms / 1000)
                     for r in resume.responses if r.question_id in by_db_id]
        recorder = StoreRecorder(link, resume.id, resume.student_id, db_ids, run=self.writer.submit)
        mode = "exam" if resume.mode == "exam" else "practice"  # a review is asked like practice
        return QuizSession(questions, mode=mode, time_limit=resume.settings.get("time_limit"), recorder=recorder,
                           responses=responses, time_used=float(resume.settings.get("time_used") or 0))
