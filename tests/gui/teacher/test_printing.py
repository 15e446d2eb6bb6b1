"""Printing to PDF: a 20-question quiz and its answer key, page counts read back with poppler's pdfinfo."""

import json
import re
import shutil
import subprocess

import pytest

from quizapp.gui.teacher.printing import print_quiz
from quizapp.paths import QUESTIONS


def twenty_questions():
    """Four of each of five types, in bank order (the same 20 every run)."""
    questions = json.loads((QUESTIONS / "外蒙古独立.json").read_text(encoding="utf-8"))["questions"]
    chosen, per_type = [], {}
    for question in questions:
        if question["type"] in ("true_false", "cloze_choice", "date_choice", "cloze_typed", "year_typed") \
                and per_type.get(question["type"], 0) < 4:
            per_type[question["type"]] = per_type.get(question["type"], 0) + 1
            chosen.append(question)
    assert len(chosen) == 20
    return chosen


def pdf_pages(path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_quiz_and_key_pdfs(qapp, tmp_path, script):
    questions = twenty_questions()
    quiz, key = tmp_path / "quiz.pdf", tmp_path / "key.pdf"
    laid_out = print_quiz(questions, quiz, title="外蒙古独立", script=script)
    key_pages = print_quiz(questions, key, title="外蒙古独立", script=script, answer_key=True)
    assert quiz.read_bytes().startswith(b"%PDF") and quiz.stat().st_size > 10_000
    # 20 questions with options and answer lines fill 3 to 5 A4 pages; the key (one answer and one
    # source line each) is shorter than the quiz
    assert pdf_pages(quiz) == laid_out and 3 <= laid_out <= 5
    assert pdf_pages(key) == key_pages and 1 <= key_pages <= laid_out
