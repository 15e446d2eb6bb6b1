"""SQLModel tables of the store: source documents, banks and questions, students, quiz sessions, reviews.

Datetimes are timezone-aware UTC (SQLModel's UTCDateTime) on every backend. JSON columns use SQLAlchemy's portable JSON type.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class SourceDocumentBase(SQLModel):
    title: str
    file_name: str
    sha256: str = Field(index=True)
    text: str | None = Field(default=None, sa_type=Text)  # raw article text, or None when only the path is kept
    path: str | None = None


class SourceDocument(SourceDocumentBase, table=True):
    __tablename__ = "source_document"
    id: int | None = Field(default=None, primary_key=True)
    created: datetime = Field(default_factory=utcnow)


class SourceSectionBase(SQLModel):
    section_id: str  # "s3"
    title: str
    level: int
    path: list[str] = Field(default_factory=list, sa_type=JSON)
    text: str = Field(default="", sa_type=Text)  # clean text; spans index it
    ordinal: int


class SourceSection(SourceSectionBase, table=True):
    __tablename__ = "source_section"
    __table_args__ = (UniqueConstraint("document_id", "section_id", name="uq_source_section_doc_section"),)
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="source_document.id", ondelete="CASCADE")


class EventBase(SQLModel):
    event_id: str  # "e0007"
    date_start: str  # ISO cut to precision: "1911", "1911-12", "1911-12-01"
    date_end: str
    precision: str
    date_text: str
    text: str = Field(sa_type=Text)
    section_id: str
    span: list[int] = Field(default_factory=list, sa_type=JSON)
    entities: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    conflicts: list[str] = Field(default_factory=list, sa_type=JSON)


class Event(EventBase, table=True):
    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("document_id", "event_id", name="uq_event_doc_event"),
        Index("ix_event_doc_start", "document_id", "date_start"),
    )
    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="source_document.id", ondelete="CASCADE")


class BankBase(SQLModel):
    name: str = Field(unique=True)
    source_document_id: int | None = Field(default=None, foreign_key="source_document.id", ondelete="SET NULL")


class Bank(BankBase, table=True):
    __tablename__ = "bank"
    id: int | None = Field(default=None, primary_key=True)
    created: datetime = Field(default_factory=utcnow)
    modified: datetime = Field(default_factory=utcnow)


class QuestionBase(SQLModel):
    qid: str  # "q-…", unique within its bank
    type: str
    prompt: str
    stem: str = Field(sa_type=Text)
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)  # choices / left / answer
    explanation: str = Field(default="", sa_type=Text)
    source: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    section_id: str = ""  # source.section_id, a column of its own for filtering
    events: list[str] = Field(default_factory=list, sa_type=JSON)
    difficulty: int = 2
    tags: list[str] = Field(default_factory=list, sa_type=JSON)
    status: str = "generated"
    flag_reason: str = ""
    gloss_en: str = Field(default="", sa_type=Text)  # added by migration 0002


class Question(QuestionBase, table=True):
    __tablename__ = "question"
    __table_args__ = (
        UniqueConstraint("bank_id", "qid", name="uq_question_bank_qid"),
        # one index per sortable column of the table view, ending in position (the tie-breaker), so a page
        # sorted by any of them is read in index order instead of sorting the whole bank
        Index("ix_question_bank_position", "bank_id", "position"),
        Index("ix_question_bank_type", "bank_id", "type", "position"),
        Index("ix_question_bank_stem", "bank_id", "stem", "position"),
        Index("ix_question_bank_status", "bank_id", "status", "position"),
        Index("ix_question_bank_difficulty", "bank_id", "difficulty", "position"),
        Index("ix_question_bank_section", "bank_id", "section_id", "position"),
        Index("ix_question_bank_modified", "bank_id", "modified", "position"),
    )
    id: int | None = Field(default=None, primary_key=True)
    bank_id: int = Field(foreign_key="bank.id", ondelete="CASCADE")
    position: int = 0  # order of the question in its bank (export keeps it)
    search_text: str = Field(default="", sa_type=Text)  # see quizapp.store.search.search_text_for
    created: datetime = Field(default_factory=utcnow)
    modified: datetime = Field(default_factory=utcnow)


class Student(SQLModel, table=True):
    __tablename__ = "student"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created: datetime = Field(default_factory=utcnow)


class QuizSessionBase(SQLModel):
    mode: str = "practice"  # practice | exam | review
    settings: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    question_order: list[int] = Field(default_factory=list, sa_type=JSON)  # Question.id in asked order


class QuizSession(QuizSessionBase, table=True):
    __tablename__ = "quiz_session"
    __table_args__ = (Index("ix_quiz_session_student_finished", "student_id", "finished"),)
    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", ondelete="CASCADE")
    bank_id: int = Field(foreign_key="bank.id", ondelete="CASCADE", index=True)
    started: datetime = Field(default_factory=utcnow)
    finished: datetime | None = None


class Response(SQLModel, table=True):
    __tablename__ = "response"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="quiz_session.id", ondelete="CASCADE", index=True)
    question_id: int = Field(foreign_key="question.id", ondelete="CASCADE", index=True)
    given: Any = Field(default=None, sa_type=JSON, nullable=True)  # index, bool, list of indices or typed text
    correct: bool
    time_ms: int = 0
    answered_at: datetime = Field(default_factory=utcnow)


class ReviewState(SQLModel, table=True):
    __tablename__ = "review_state"
    __table_args__ = (
        UniqueConstraint("student_id", "question_id", name="uq_review_state_student_question"),
        Index("ix_review_state_student_due", "student_id", "due"),
    )
    id: int | None = Field(default=None, primary_key=True)
    student_id: int = Field(foreign_key="student.id", ondelete="CASCADE")
    question_id: int = Field(foreign_key="question.id", ondelete="CASCADE", index=True)
    card: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)  # fsrs.Card.to_dict()
    due: datetime


class AppSetting(SQLModel, table=True):
    __tablename__ = "app_setting"
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_type=JSON, nullable=True)
