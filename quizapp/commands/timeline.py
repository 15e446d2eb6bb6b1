"""quizapp timeline: not built yet."""

from __future__ import annotations

import argparse

from quizapp.errors import QuizappError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rest", nargs=argparse.REMAINDER)


def run(args: argparse.Namespace) -> int:
    raise QuizappError("'timeline' is not available in this build yet")
