"""Synthetic banks of any size, built from the main article's real sentences (real section ids, spans, quotes)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from quizapp.paths import SOURCES

MAIN_ARTICLE = SOURCES / "外蒙古独立.md"
_SENTENCE = re.compile(r"[^。！？]+[。！？]?")
QUESTION_TYPES = ("date_choice", "event_choice", "cloze_choice", "true_false", "ordering", "matching",
                  "cloze_typed", "year_typed")


@cache
def article_sentences() -> tuple[tuple[str, tuple[str, ...], int, int, str], ...]:
    """(section id, section path, start, end, sentence) of every sentence of 8+ characters of the main article."""
    from quizapp.source import parse_file

    found = []
    for section in parse_file(MAIN_ARTICLE).sections:
        for match in _SENTENCE.finditer(section.text):
            sentence = match.group().strip()
            if len(sentence) >= 8:
                start = section.text.index(sentence, match.start())
                found.append((section.id, tuple(section.path), start, start + len(sentence), sentence))
    return tuple(found)


def synthetic_questions(count: int, *, prefix: str = "q-s") -> Iterator[dict]:
    """``count`` valid bank-file questions, every type in turn, stems from article sentences."""
    sentences = article_sentences()
    statuses = ("generated", "approved", "edited", "flagged")
    for n in range(count):
        section_id, path, start, end, sentence = sentences[n % len(sentences)]
        qtype = QUESTION_TYPES[n % len(QUESTION_TYPES)]
        year = 1900 + n % 80
        question = {
            "id": f"{prefix}{n:06d}", "type": qtype, "prompt": f"{qtype}.bench", "stem": f"{sentence[:60]}（{n}）",
            "explanation": sentences[(n * 7) % len(sentences)][4][:80],
            "source": {"section_id": section_id, "section_path": list(path), "span": [start, end], "quote": sentence},
            "events": [], "difficulty": 1 + n % 3, "tags": [path[-1] if path else "導言"], "status": statuses[n % 4],
        }
        if question["status"] == "flagged":
            question["flag_reason"] = "synthetic"
        if qtype in ("date_choice", "event_choice", "cloze_choice"):
            question |= {"choices": [f"{year + k}年" for k in range(4)], "answer": n % 4}
        elif qtype == "true_false":
            question |= {"answer": n % 2 == 0}
        elif qtype == "ordering":
            question |= {"choices": [f"{year + k}年事件" for k in range(4)], "answer": [2, 0, 3, 1]}
        elif qtype == "matching":
            question |= {"left": [f"{year + k}年" for k in range(3)], "choices": ["甲事", "乙事", "丙事"],
                         "answer": [1, 2, 0]}
        elif qtype == "cloze_typed":
            question |= {"answer": [sentence[:2]]}
        else:
            question |= {"answer": year}
        yield question


def write_bank_file(path: Path, count: int, *, name: str = "synthetic") -> Path:
    """A quizapp bank file of ``count`` questions, written question by question (never held whole)."""
    header = {"format": "quizapp-bank", "version": 1,
              "bank": {"name": name, "source": {"title": "外蒙古独立", "file": "外蒙古独立.md", "sha256": "0" * 64}}}
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps(header, ensure_ascii=False, indent=2)[:-2] + ',\n  "questions": [\n')
        for n, question in enumerate(synthetic_questions(count)):
            out.write((",\n" if n else "") + json.dumps(question, ensure_ascii=False))
        out.write("\n  ]\n}\n")
    return path
