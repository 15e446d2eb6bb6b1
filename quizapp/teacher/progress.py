"""Cancellation and progress reporting for long teacher operations (generation, import, export)."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.errors import QuizappError

Progress = Callable[[int, int], None] | None
ShouldStop = Callable[[], bool] | None


class Cancelled(QuizappError):
    """The user cancelled the operation; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def step(progress: Progress, should_stop: ShouldStop, done: int, total: int) -> None:
    """Report ``done`` of ``total`` and stop here (raise Cancelled) if asked to."""
    if should_stop is not None and should_stop():
        raise Cancelled()
    if progress is not None:
        progress(done, total)
