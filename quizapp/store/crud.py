"""Banks and questions: create, edit, bulk actions, paged listing, import and export of bank files.

Every function takes a Session first and its other arguments by keyword. Functions that change data commit
before returning (each is one transaction); on error they roll back and raise StoreError or BankError.
Students, quiz sessions, responses, reviews and settings are in quizapp.store.quizdata, re-exported here.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, delete, func, insert, literal, or_, select, update
from sqlmodel import Session

from quizapp.bankformat import (
    DATA_KEYS,
    BankFile,
    BankInfo,
    BankQuestion,
    BankSource,
    RawBank,
    check_bank,
    iter_questions,
    parse_question,
)
from quizapp.errors import BankError, StoreError
from quizapp.store.models import Bank, Question, SourceDocument, utcnow
from quizapp.store.quizdata import (  # noqa: F401  (re-exported: one crud namespace for callers)
    commit,
    due_reviews,
    finish_quiz_session,
    get_or_create_student,
    get_review_state,
    get_setting,
    record_response,
    save_review_state,
    session_responses,
    set_setting,
    start_quiz_session,
    student_history,
    unfinished_session,
)
from quizapp.store.search import search_condition, search_text_for

INSERT_CHUNK = 2000
SORTABLE = ("position", "qid", "type", "stem", "status", "difficulty", "section_id", "created", "modified")


@dataclass(frozen=True)
class QuestionFilters:
    """Filters of the question table; each is one value or a list of accepted values, None = any."""

    type: str | Sequence[str] | None = None
    status: str | Sequence[str] | None = None
    section_id: str | Sequence[str] | None = None
    tag: str | Sequence[str] | None = None  # a question passes when it has any of these tags
    difficulty: int | Sequence[int] | None = None


# ---------------------------------------------------------------- banks

def get_bank(session: Session, *, bank_id: int | None = None, name: str | None = None) -> Bank:
    """The bank with this id or name; StoreError when there is none."""
    if bank_id is not None:
        bank = session.get(Bank, bank_id)
    else:
        bank = session.exec(select(Bank).where(Bank.name == name)).scalars().first()
    if bank is None:
        raise StoreError(f"no bank {name!r}" if bank_id is None else f"no bank with id {bank_id}")
    return bank


def list_banks(session: Session) -> list[tuple[Bank, int]]:
    """Every bank with its question count, by name."""
    counts = (
        select(Question.bank_id, func.count(Question.id).label("n")).group_by(Question.bank_id).subquery()
    )
    rows = session.exec(
        select(Bank, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.bank_id == Bank.id).order_by(Bank.name)
    ).all()
    return [(bank, int(n)) for bank, n in rows]


def _check_name_free(session: Session, name: str, *, except_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise StoreError("a bank needs a name")
    existing = session.exec(select(Bank.id).where(Bank.name == name)).scalars().first()
    if existing is not None and existing != except_id:
        raise StoreError(f"a bank named {name!r} already exists")
    return name


def create_bank(session: Session, *, name: str, source_document_id: int | None = None) -> Bank:
    bank = Bank(name=_check_name_free(session, name), source_document_id=source_document_id)
    session.add(bank)
    commit(session)
    return bank


def rename_bank(session: Session, *, bank_id: int, name: str) -> Bank:
    bank = get_bank(session, bank_id=bank_id)
    bank.name = _check_name_free(session, name, except_id=bank_id)
    bank.modified = utcnow()
    commit(session)
    return bank


def duplicate_bank(session: Session, *, bank_id: int, name: str) -> Bank:
    """A new bank holding copies of every question (same ids, order and status); history is not copied."""
    original = get_bank(session, bank_id=bank_id)
    copy = Bank(name=_check_name_free(session, name), source_document_id=original.source_document_id)
    session.add(copy)
    session.flush()
    columns = [c.name for c in Question.__table__.columns if c.name not in ("id", "bank_id", "created", "modified")]
    now = utcnow()
    source_columns = [getattr(Question, c) for c in columns]
    session.execute(
        insert(Question).from_select(
            [*columns, "bank_id", "created", "modified"],
            select(*source_columns, literal(copy.id), literal(now, Question.created.type),
                   literal(now, Question.modified.type)).where(Question.bank_id == bank_id),
        )
    )
    commit(session)
    return copy


def delete_bank(session: Session, *, bank_id: int) -> None:
    """Delete a bank with its questions and the quiz sessions, responses and reviews that used them."""
    get_bank(session, bank_id=bank_id)
    session.execute(delete(Bank).where(Bank.id == bank_id))
    commit(session)
    session.expunge_all()


# ---------------------------------------------------------------- questions

def new_question_id() -> str:
    return f"q-{uuid.uuid4().hex[:12]}"


def question_values(question: BankQuestion) -> dict[str, Any]:
    """Column values of a validated bank-file question."""
    dumped = question.model_dump(mode="json")
    data = {key: dumped[key] for key in DATA_KEYS if key in dumped}
    source = dict(dumped["source"])
    source["span"] = list(question.source.span)
    choices = data.get("choices", [])
    left = data.get("left", [])
    return {
        "qid": question.id, "type": question.type, "prompt": question.prompt, "stem": question.stem,
        "data": data, "explanation": question.explanation, "source": source,
        "section_id": question.source.section_id, "events": list(question.events),
        "difficulty": question.difficulty, "tags": list(question.tags), "status": question.status,
        "flag_reason": question.flag_reason, "gloss_en": question.gloss_en,
        "search_text": search_text_for(stem=question.stem, choices=choices, left=left,
                                       explanation=question.explanation),
    }


def question_to_dict(row: Question) -> dict[str, Any]:
    """A stored question in bank-file form (canonical key order), validated on the way out."""
    raw = {
        "id": row.qid, "type": row.type, "prompt": row.prompt, "stem": row.stem, **(row.data or {}),
        "explanation": row.explanation, "source": row.source, "events": row.events,
        "difficulty": row.difficulty, "tags": row.tags, "status": row.status,
        "flag_reason": row.flag_reason, "gloss_en": row.gloss_en,
    }
    return parse_question(raw).to_file_dict()


def _validated(question: Mapping[str, Any] | BankQuestion, index: int | None = None) -> BankQuestion:
    if isinstance(question, Mapping):
        raw = dict(question)
        raw.setdefault("id", new_question_id())
        return parse_question(raw, index=index)
    return question


def _next_position(session: Session, bank_id: int) -> int:
    top = session.exec(select(func.max(Question.position)).where(Question.bank_id == bank_id)).scalars().one()
    return 0 if top is None else top + 1


def _insert_questions(session: Session, bank_id: int, questions: Iterable[BankQuestion]) -> int:
    """Append validated questions in chunks (Core inserts: no ORM objects for a 100,000-question import)."""
    position = _next_position(session, bank_id)
    now = utcnow()
    connection = session.connection()
    table = Question.__table__
    inserted = 0
    iterator = iter(questions)
    while chunk := list(itertools.islice(iterator, INSERT_CHUNK)):
        rows = []
        for question in chunk:
            rows.append({**question_values(question), "bank_id": bank_id, "position": position,
                         "created": now, "modified": now})
            position += 1
        connection.execute(table.insert(), rows)
        inserted += len(rows)
    return inserted


def add_question(session: Session, *, bank_id: int, question: Mapping[str, Any] | BankQuestion) -> Question:
    """Validate one bank-file question (an id is made when it has none) and append it to the bank."""
    validated = _validated(question)
    get_bank(session, bank_id=bank_id)
    row = Question(**question_values(validated), bank_id=bank_id, position=_next_position(session, bank_id))
    session.add(row)
    commit(session)
    return row


def add_questions(session: Session, *, bank_id: int,
                  questions: Iterable[Mapping[str, Any] | BankQuestion]) -> int:
    """Validate every question first, then append them all in one transaction; returns how many."""
    validated = [_validated(q, index) for index, q in enumerate(questions)]
    get_bank(session, bank_id=bank_id)
    _insert_questions(session, bank_id, validated)
    _touch_bank(session, bank_id)
    commit(session)
    return len(validated)


def get_question(session: Session, *, question_id: int) -> Question:
    row = session.get(Question, question_id)
    if row is None:
        raise StoreError(f"no question with id {question_id}")
    return row


def update_question(session: Session, *, question_id: int, changes: Mapping[str, Any]) -> Question:
    """Apply bank-file-shaped ``changes`` (stem, choices, answer, …), re-validate, set status "edited".

    A value of None removes that key (needed when the type changes); the flag reason is cleared.
    """
    row = get_question(session, question_id=question_id)
    merged = {**question_to_dict(row), **dict(changes)}
    for key in [k for k, v in changes.items() if v is None]:
        del merged[key]  # None removes a key, e.g. "choices" when a question becomes true_false
    if "id" in changes and changes["id"] != row.qid:
        raise StoreError("a question's id cannot be changed")
    merged["status"] = "edited"
    merged.pop("flag_reason", None)
    validated = parse_question(merged)
    for key, value in question_values(validated).items():
        setattr(row, key, value)
    row.modified = utcnow()
    commit(session)
    return row


def _ids(question_ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in question_ids))


def bulk_set_status(session: Session, *, question_ids: Iterable[int], status: str,
                    flag_reason: str = "") -> int:
    """Set the status of many questions; "flagged" needs a reason. Returns how many changed."""
    if status not in ("generated", "approved", "edited", "flagged"):
        raise StoreError(f"unknown status {status!r}")
    if status == "flagged" and not flag_reason.strip():
        raise StoreError("flagging needs a reason")
    ids = _ids(question_ids)
    changed = 0
    for chunk in range(0, len(ids), 500):
        result = session.execute(
            update(Question).where(Question.id.in_(ids[chunk:chunk + 500]))
            .values(status=status, flag_reason=flag_reason if status == "flagged" else "", modified=utcnow())
        )
        changed += result.rowcount
    commit(session)
    return changed


def bulk_approve(session: Session, *, question_ids: Iterable[int]) -> int:
    return bulk_set_status(session, question_ids=question_ids, status="approved")


def bulk_tag(session: Session, *, question_ids: Iterable[int], add: Iterable[str] = (),
             remove: Iterable[str] = ()) -> int:
    """Add and/or remove tags on many questions; returns how many questions changed."""
    add_tags, remove_tags = [t.strip() for t in add if t.strip()], set(remove)
    ids = _ids(question_ids)
    changed = 0
    for chunk in range(0, len(ids), 500):
        for row in session.exec(select(Question).where(Question.id.in_(ids[chunk:chunk + 500]))).scalars():
            tags = [t for t in row.tags if t not in remove_tags]
            tags += [t for t in add_tags if t not in tags]
            if tags != row.tags:
                row.tags = tags
                row.modified = utcnow()
                changed += 1
    commit(session)
    return changed


def bulk_delete(session: Session, *, question_ids: Iterable[int]) -> int:
    ids = _ids(question_ids)
    deleted = 0
    for chunk in range(0, len(ids), 500):
        deleted += session.execute(delete(Question).where(Question.id.in_(ids[chunk:chunk + 500]))).rowcount
    commit(session)
    session.expunge_all()
    return deleted


def move_questions(session: Session, *, question_ids: Iterable[int], to_bank_id: int) -> int:
    """Move questions (keeping their order) to the end of another bank; refuses ids already there."""
    ids = _ids(question_ids)
    get_bank(session, bank_id=to_bank_id)
    rows = session.exec(select(Question).where(Question.id.in_(ids)).order_by(Question.bank_id,
                                                                              Question.position)).scalars().all()
    moving = [row for row in rows if row.bank_id != to_bank_id]
    taken = set(session.exec(select(Question.qid).where(Question.bank_id == to_bank_id,
                                                        Question.qid.in_([r.qid for r in moving]))).scalars())
    if taken:
        raise StoreError(f"the target bank already has question(s) {', '.join(sorted(taken)[:5])}")
    position = _next_position(session, to_bank_id)
    for offset, row in enumerate(moving):
        row.bank_id, row.position, row.modified = to_bank_id, position + offset, utcnow()
    commit(session)
    return len(moving)


def _one_or_many(value):
    return [value] if isinstance(value, str | int) else list(value)


def _filtered(session: Session, statement, bank_id: int, filters: QuestionFilters | None, search: str | None):
    statement = statement.where(Question.bank_id == bank_id)
    if filters is not None:
        for name in ("type", "status", "section_id", "difficulty"):
            value = getattr(filters, name)
            if value is not None:
                statement = statement.where(getattr(Question, name).in_(_one_or_many(value)))
        if filters.tag is not None:
            # tags are stored as JSON text written with ensure_ascii=False (store.db), so a quoted tag is a
            # substring of the column exactly when the list holds that tag; portable to PostgreSQL's json
            tags_text = cast(Question.tags, String)
            statement = statement.where(or_(*(
                tags_text.contains(json.dumps(tag, ensure_ascii=False), autoescape=True)
                for tag in _one_or_many(filters.tag)
            )))
    if search:
        condition = search_condition(session, search)
        if condition is not None:
            statement = statement.where(condition)
    return statement


def list_questions(session: Session, bank_id: int, *, offset: int = 0, limit: int = 200,
                   sort_by: str = "position", descending: bool = False,
                   filters: QuestionFilters | None = None, search: str | None = None) -> list[Question]:
    """One page of a bank's questions for the table view, sorted by a column (ties by position)."""
    if sort_by not in SORTABLE:
        raise StoreError(f"cannot sort by {sort_by!r}; sortable: {', '.join(SORTABLE)}")
    column = getattr(Question, sort_by)
    order = [column.desc() if descending else column.asc()]
    if sort_by not in ("position", "qid"):  # both unique within a bank
        order.append(Question.position.desc() if descending else Question.position.asc())
    statement = _filtered(session, select(Question), bank_id, filters, search)
    return list(session.exec(statement.order_by(*order).offset(offset).limit(limit)).scalars())


def count_questions(session: Session, bank_id: int, *, filters: QuestionFilters | None = None,
                    search: str | None = None) -> int:
    statement = _filtered(session, select(func.count(Question.id)), bank_id, filters, search)
    return int(session.exec(statement).scalars().one())


# ---------------------------------------------------------------- bank files

def import_bank(session: Session, source: Mapping[str, Any] | str | Path | RawBank | BankFile, *,
                name: str | None = None) -> Bank:
    """Import a bank file as a new bank, all or nothing.

    ``source`` is a path, a decoded bank-file dict, a RawBank or a BankFile. Everything is validated first
    (a BankError names the question, the field, the file and line); then one transaction inserts it all.
    Validation keeps no models, so memory stays near the size of the decoded file.
    """
    if isinstance(source, str | Path):
        from quizapp.interchange.native import read_raw

        source = read_raw(source)
    elif isinstance(source, Mapping):
        source = RawBank(dict(source))
    if isinstance(source, BankFile):
        info, questions = source.bank, iter(source.questions)
    else:
        info = check_bank(source)
        questions = iter_questions(source.data, file=source.file)  # validated again, one at a time
    bank_name = _check_name_free(session, name or info.name)
    try:
        document_id = _source_document_id(session, info.source) if info.source is not None else None
        bank = Bank(name=bank_name, source_document_id=document_id)
        session.add(bank)
        session.flush()
        _insert_questions(session, bank.id, questions)
        commit(session)
    except BaseException:
        session.rollback()
        raise
    return bank


def _source_document_id(session: Session, source: BankSource) -> int:
    found = session.exec(select(SourceDocument).where(SourceDocument.sha256 == source.sha256,
                                                      SourceDocument.file_name == source.file)).scalars().first()
    if found is None:
        found = SourceDocument(title=source.title, file_name=source.file, sha256=source.sha256)
        session.add(found)
        session.flush()
    return found.id


def export_bank(session: Session, *, bank_id: int) -> BankFile:
    """The bank as a validated BankFile, questions in bank order."""
    bank = get_bank(session, bank_id=bank_id)
    source = None
    if bank.source_document_id is not None:
        doc = session.get(SourceDocument, bank.source_document_id)
        if doc is not None:
            source = BankSource(title=doc.title, file=doc.file_name, sha256=doc.sha256)
    rows = session.exec(select(Question).where(Question.bank_id == bank_id).order_by(Question.position)).scalars()
    questions = []
    for row in rows:
        try:
            questions.append(parse_question(question_to_dict(row)))
        except BankError as exc:
            raise StoreError(f"bank {bank.name!r}: stored {exc.message}") from None
    return BankFile.model_construct(format="quizapp-bank", version=1,
                                    bank=BankInfo(name=bank.name, source=source), questions=questions)


# ---------------------------------------------------------------- helpers

def _touch_bank(session: Session, bank_id: int) -> None:
    session.execute(update(Bank).where(Bank.id == bank_id).values(modified=utcnow()))
