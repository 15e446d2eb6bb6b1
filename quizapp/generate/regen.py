"""Regeneration: merge a freshly generated question list into an existing bank without losing teacher work."""

from __future__ import annotations

import copy
from typing import Any

TEACHER_STATUSES = ("approved", "edited")


def regenerate(existing_bank: dict[str, Any], new_questions: list[dict[str, Any]],
               source: dict[str, Any] | None = None) -> dict[str, Any]:
    """The existing bank with its questions replaced by ``new_questions``, except:

    - a question the teacher approved or edited keeps the teacher's version (ids are stable across runs);
    - an approved/edited question whose passage vanished from the source is kept, status "flagged",
      with a flag_reason naming its former status — never dropped;
    - a generated or flagged question that the new run no longer produces is dropped (it was never reviewed).
    ``source`` (title, file, sha256) replaces the bank's source record when given.
    """
    bank = copy.deepcopy(existing_bank)
    old = {q.get("id"): q for q in existing_bank.get("questions", [])}
    fresh_ids = {q["id"] for q in new_questions}
    merged: list[dict[str, Any]] = []
    for question in new_questions:
        previous = old.get(question["id"])
        if previous is not None and previous.get("status") in TEACHER_STATUSES:
            merged.append(copy.deepcopy(previous))
        else:
            merged.append(copy.deepcopy(question))
    for qid, previous in old.items():
        if qid in fresh_ids or previous.get("status") not in TEACHER_STATUSES:
            continue
        kept = copy.deepcopy(previous)
        kept["flag_reason"] = (f"原文已變，找不到出處，請教師核對（原狀態：{previous['status']}）。"
                               f"The source passage changed; this {previous['status']} question needs review.")
        kept["status"] = "flagged"
        merged.append(kept)
    bank["questions"] = merged
    if source is not None:
        bank.setdefault("bank", {})["source"] = dict(source)
    return bank
