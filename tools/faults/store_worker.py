"""Fault-test worker: drives the store as the app does and prints one line after each commit, so a test can
SIGKILL it at a known point. Usage: store_worker.py MODE SQLITE_URL ROUNDS  (MODE: quiz, edit, bulk, fill)."""

from __future__ import annotations

import sys

from quizapp.errors import StoreError
from quizapp.store import crud
from quizapp.store.db import make_engine, session_factory


def main() -> int:
    mode, url, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    engine = make_engine(url)
    with session_factory(engine)() as session:
        bank = crud.get_bank(session, name="faults")
        ids = [q.id for q in crud.list_questions(session, bank.id, limit=1_000_000)]
        student = crud.get_or_create_student(session, name="學生")
        print("ready", flush=True)
        if mode in ("quiz", "fill"):
            quiz = crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=ids)
            print(f"quiz {quiz.id}", flush=True)
            for k in range(rounds):
                given = "答" * 50_000 if mode == "fill" else k % 4  # fill: big answers until the disk is full
                try:
                    crud.record_response(session, quiz_session_id=quiz.id, question_id=ids[k % len(ids)],
                                         given=given, correct=k % 3 == 0, time_ms=700)
                except StoreError as exc:
                    print(f"error {exc}", flush=True)
                    return 2
                print(f"answered {k + 1}", flush=True)
        elif mode == "edit":
            for k in range(rounds):
                question_id = ids[k % len(ids)]
                stem = f"改過的題幹 {sys.argv[4] if len(sys.argv) > 4 else ''}-{k}"
                crud.update_question(session, question_id=question_id, changes={"stem": stem})
                print(f"edited {question_id} {stem}", flush=True)
        elif mode == "bulk":
            label = sys.argv[4] if len(sys.argv) > 4 else ""
            for k in range(rounds):
                status = ("approved", "flagged")[k % 2]
                crud.bulk_set_status(session, question_ids=ids, status=status, flag_reason="待核對")
                print(f"status {status}", flush=True)
                crud.bulk_tag(session, question_ids=ids, add=[f"{label}r{k}"], remove=[f"{label}r{k - 1}"])
                print(f"tagged {label}r{k}", flush=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
