"""Quiz sessions, grading (script-insensitive) and the prompt texts: headless, no Qt."""

from quizapp.quiz.grading import grade, parse_year
from quizapp.quiz.prompts import prompt_text
from quizapp.quiz.session import MemoryRecorder, QuizSession, Response, pick_questions

__all__ = ["MemoryRecorder", "QuizSession", "Response", "grade", "parse_year", "pick_questions", "prompt_text"]
