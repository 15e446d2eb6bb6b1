"""Translated names of question types, statuses and difficulty levels (setup, results, teacher tools)."""

from __future__ import annotations

from quizapp.gui.qt import QCoreApplication

TYPES = ("date_choice", "event_choice", "cloze_choice", "true_false", "cloze_typed", "year_typed", "ordering",
         "matching")
DIFFICULTIES = (1, 2, 3)


def type_name(kind: str) -> str:
    names = {
        "date_choice": QCoreApplication.translate("QuestionType", "Dates"),
        "event_choice": QCoreApplication.translate("QuestionType", "Events"),
        "cloze_choice": QCoreApplication.translate("QuestionType", "Fill the blank"),
        "true_false": QCoreApplication.translate("QuestionType", "True or false"),
        "cloze_typed": QCoreApplication.translate("QuestionType", "Type the word"),
        "year_typed": QCoreApplication.translate("QuestionType", "Type the year"),
        "ordering": QCoreApplication.translate("QuestionType", "Ordering"),
        "matching": QCoreApplication.translate("QuestionType", "Matching"),
    }
    return names.get(kind, kind)


def difficulty_name(level: int) -> str:
    names = {
        1: QCoreApplication.translate("Difficulty", "Easy"),
        2: QCoreApplication.translate("Difficulty", "Medium"),
        3: QCoreApplication.translate("Difficulty", "Hard"),
    }
    return names.get(level, str(level))


def status_name(status: str) -> str:
    names = {
        "generated": QCoreApplication.translate("QuestionStatus", "generated"),
        "approved": QCoreApplication.translate("QuestionStatus", "approved"),
        "edited": QCoreApplication.translate("QuestionStatus", "edited"),
        "flagged": QCoreApplication.translate("QuestionStatus", "flagged"),
    }
    return names.get(status, status)
