"""Prompt keys for generated questions: the one table lives in quizapp.quiz.prompts, shared with the app."""

from __future__ import annotations

from quizapp.quiz.prompts import PROMPTS, TYPE_DEFAULTS

LANGUAGES = ("en", "zh_CN", "zh_TW")

__all__ = ["LANGUAGES", "PROMPTS", "TYPE_DEFAULTS", "render_prompt"]


def render_prompt(key: str, language: str = "en") -> str:
    """The instruction line for ``key`` in ``language`` (en, zh_CN, zh_TW); KeyError for an unknown key."""
    entry = PROMPTS.get(key)
    if entry is None:
        raise KeyError(key)
    return entry.get(language) or entry["en"]
