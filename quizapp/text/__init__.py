"""Script conversion (OpenCC) and normalization for matching: the floor, imports nothing else of ours."""

from quizapp.text.convert import SCRIPTS, convert, to_simplified, to_traditional
from quizapp.text.normalize import normalize_for_match

__all__ = ["SCRIPTS", "convert", "normalize_for_match", "to_simplified", "to_traditional"]
