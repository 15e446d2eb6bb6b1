"""Where bundled data lives: one __file__-relative lookup shared by source, editable and frozen runs."""

from __future__ import annotations

from pathlib import Path

from quizapp.errors import QuizappError

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
SOURCES = ASSETS / "sources"
QUESTIONS = ROOT / "questions"
ERAS_CSV = ASSETS / "eras.csv"
GLOSSARY = ASSETS / "glossary.json"
I18N = ASSETS / "i18n"
MIGRATIONS = Path(__file__).resolve().parent / "store" / "migrations"


def asset(*parts: str) -> Path:
    """Path of a bundled asset; a clear error (not a later crash) when the install lost it."""
    path = ASSETS.joinpath(*parts)
    if not path.exists():
        raise QuizappError(f"bundled file missing: {path} (reinstall quizapp)", file=str(path))
    return path


def bundled_sources() -> list[Path]:
    return sorted(SOURCES.glob("*.md"))
