"""The project's own error type: every bad input becomes one of these, with a location when there is one."""

from __future__ import annotations


class QuizappError(Exception):
    """A user-facing error. ``str()`` gives ``<file>:<line>: <message>`` when a location is known."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file and not self.message.startswith(self.file):
            where = f"{self.file}:{self.line}: " if self.line is not None else f"{self.file}: "
        return f"{where}{self.message}"


class SourceError(QuizappError):
    """The article cannot be read or is not an article of the supported wiki-Markdown form."""


class DateParseError(QuizappError):
    """A date expression could not be understood."""


class BankError(QuizappError):
    """A bank file or an interchange file violates its format."""


class StoreError(QuizappError):
    """The database cannot be opened, migrated or written."""
