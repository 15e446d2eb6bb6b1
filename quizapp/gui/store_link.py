"""The GUI's link to the database (quizapp.store): banks, students, quiz sessions and responses.

No Qt here. Every call opens a short session; record_response commits at once, so a crash loses at most
the answer being given.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.quiz.session import Response


@dataclass
class StoredQuiz:
    id: int
    student_id: int
    mode: str
    question_ids: list[int]  # Question.id in the order asked
    settings: dict
    responses: list  # store Response rows


class StoreRecorder:
    """A quiz recorder that writes each response to the database the moment it is submitted.

    ``run`` decides where the write happens: called directly by default, or handed to a background writer
    (which keeps the order), so a slow database never freezes the quiz.
    """

    def __init__(self, link: StoreLink, quiz_id: int, student_id: int, db_ids: dict[str, int], run=None) -> None:
        self.link, self.quiz_id, self.student_id, self.db_ids = link, quiz_id, student_id, db_ids
        self.run = run or (lambda function, *args: function(*args))

    def record(self, question: dict, response: Response) -> None:
        self.run(self.link.record, self.quiz_id, self.student_id, self.db_ids[question["id"]], response)

    def finish(self, correct: int, total: int) -> None:
        self.run(self.link.abandon, self.quiz_id)

    def save_time_used(self, seconds: float) -> None:
        self.run(self.link.save_time_used, self.quiz_id, seconds)


class StoreLink:
    def __init__(self, url: str | None) -> None:
        from quizapp.store.db import open_store, session_factory

        self.session = session_factory(open_store(url))

    def banks(self) -> list[tuple[int, str, int]]:
        """(bank id, name, question count) of every stored bank."""
        from quizapp.store import crud

        with self.session() as session:
            return [(bank.id, bank.name, count) for bank, count in crud.list_banks(session)]

    def bank_id_for_file(self, path: str, name: str) -> int:
        """The stored bank of this name, imported from the file on first use."""
        from quizapp.errors import StoreError
        from quizapp.store import crud

        with self.session() as session:
            try:
                return crud.get_bank(session, name=name).id
            except StoreError:
                return crud.import_bank(session, path).id

    def questions(self, bank_id: int) -> tuple[str, str, list[dict], dict[str, int]]:
        """(bank name, article file, questions in bank-file form, question id → Question.id)."""
        from quizapp.store import crud
        from quizapp.store.models import SourceDocument

        with self.session() as session:
            bank = crud.get_bank(session, bank_id=bank_id)
            document = session.get(SourceDocument, bank.source_document_id) if bank.source_document_id else None
            rows, offset = [], 0
            while True:
                page = crud.list_questions(session, bank_id, offset=offset, limit=500)
                rows += page
                offset += len(page)
                if len(page) < 500:
                    break
            questions = [crud.question_to_dict(row) for row in rows]
            return bank.name, document.file_name if document else "", questions, {r.qid: r.id for r in rows}

    def students(self) -> list[str]:
        """Every student profile's name, in the order they were made."""
        from sqlalchemy import select

        from quizapp.store.models import Student

        with self.session() as session:
            return list(session.exec(select(Student.name).order_by(Student.id)).scalars())

    def import_missing(self, paths: list[str]) -> list[str]:
        """Import the bank files whose bank name is not stored yet (first start); the names imported."""
        import json

        from quizapp.errors import QuizappError

        stored = {name for _id, name, _count in self.banks()}
        imported = []
        for path in paths:
            try:
                with open(path, encoding="utf-8") as handle:
                    name = json.load(handle)["bank"]["name"]
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a broken bundled file is reported when the student picks it
            if name in stored:
                continue
            try:
                self.bank_id_for_file(path, name)
            except QuizappError:
                continue
            imported.append(name)
        return imported

    def find_student(self, name: str) -> int | None:
        """The id of the student of this name, without making one."""
        from sqlalchemy import select

        from quizapp.store.models import Student

        with self.session() as session:
            return session.exec(select(Student.id).where(Student.name == name.strip())).scalars().first()

    def due_count(self, student_id: int, bank_id: int, now=None) -> int:
        from quizapp.quiz import review

        with self.session() as session:
            return review.due_count(session, student_id=student_id, bank_id=bank_id, now=now)

    def due_question_ids(self, student_id: int, bank_id: int, limit: int | None = None, now=None) -> list[int]:
        """Question.id of the reviews due at ``now`` (default: now), most overdue first."""
        from quizapp.quiz import review

        with self.session() as session:
            return review.due_questions(session, student_id=student_id, bank_id=bank_id, limit=limit, now=now)

    def student_id(self, name: str) -> int:
        from quizapp.store import crud

        with self.session() as session:
            return crud.get_or_create_student(session, name=name).id

    def unfinished(self, student_id: int, bank_id: int) -> StoredQuiz | None:
        from quizapp.store import crud

        with self.session() as session:
            quiz = crud.unfinished_session(session, student_id=student_id, bank_id=bank_id)
            if quiz is None:
                return None
            responses = crud.session_responses(session, quiz_session_id=quiz.id)
            return StoredQuiz(quiz.id, quiz.student_id, quiz.mode, list(quiz.question_order), dict(quiz.settings or {}), responses)

    def start(self, *, student_id: int, bank_id: int, question_ids: list[int], mode: str, settings: dict) -> int:
        from quizapp.store import crud

        with self.session() as session:
            return crud.start_quiz_session(session, student_id=student_id, bank_id=bank_id,
                                           question_ids=question_ids, mode=mode, settings=settings).id

    def record(self, quiz_id: int, student_id: int, question_id: int, response: Response) -> None:
        """Store the answer, then reschedule the question's spaced review (a miss enters review)."""
        from quizapp.quiz import review
        from quizapp.store import crud

        with self.session() as session:
            crud.record_response(session, quiz_session_id=quiz_id, question_id=question_id, given=response.given,
                                 correct=response.correct, time_ms=int(response.seconds * 1000))
            review.schedule_after_response(session, student_id=student_id, question_id=question_id,
                                           correct=response.correct)

    def save_time_used(self, quiz_id: int, seconds: float) -> None:
        """Keep the exam time used in the quiz's settings, so a resumed exam continues its countdown."""
        from quizapp.store.models import QuizSession

        with self.session() as session:
            quiz = session.get(QuizSession, quiz_id)
            if quiz is not None:
                quiz.settings = {**(quiz.settings or {}), "time_used": round(seconds, 1)}
                session.add(quiz)
                session.commit()

    def abandon(self, quiz_id: int) -> None:
        """Mark the quiz finished (also when it ends normally)."""
        from quizapp.store import crud

        with self.session() as session:
            crud.finish_quiz_session(session, quiz_session_id=quiz_id)
