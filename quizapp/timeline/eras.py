"""The Chinese era-name (年号) table from assets/eras.csv, loaded once, looked up in either script."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from quizapp.errors import QuizappError
from quizapp.paths import ERAS_CSV

ROC_NAME = "民國"


@dataclass(frozen=True, slots=True)
class Era:
    name: str  # Traditional, as in the source table
    name_hans: str
    variants: tuple[str, ...]
    dynasty: str
    first_day: str  # ISO, astronomical year numbering (Julian before 1582-10-15)
    last_day: str
    year1_first_day: str
    year1_inferred: bool  # the table gives no year-1 day; counted from the era it continues

    @property
    def year1(self) -> int:
        """Gregorian (astronomical) year in which era year 1 begins."""
        return _iso_year(self.year1_first_day)

    @property
    def last_year(self) -> int:
        return _iso_year(self.last_day)

    @property
    def span_years(self) -> int:
        """How many era years the era reached (its last numbered year)."""
        return self.last_year - self.year1 + 1

    def gregorian_year(self, era_year: int) -> int:
        """Era year N falls mostly in year(year1_first_day) + N - 1 (its last lunar months may spill over)."""
        return self.year1 + era_year - 1

    def names(self) -> tuple[str, ...]:
        """Every spelling that means this era, in both scripts."""
        spellings = [self.name, self.name_hans, *self.variants]
        return tuple(dict.fromkeys(spellings))


def _iso_year(iso: str) -> int:
    return -int(iso[1:].split("-")[0]) if iso.startswith("-") else int(iso.split("-")[0])


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Era, ...]]:
    try:
        with ERAS_CSV.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise QuizappError(f"cannot read the era table: {exc}", file=str(ERAS_CSV)) from exc
    index: dict[str, list[Era]] = {}
    for line, row in enumerate(rows, start=2):
        try:
            era = Era(
                name=row["name"],
                name_hans=row["name_hans"],
                variants=tuple(
                    dict.fromkeys(v for v in (row["variants"] + "|" + row["variants_hans"]).split("|") if v)
                ),
                dynasty=row["dynasty"],
                first_day=row["first_day"],
                last_day=row["last_day"],
                year1_first_day=row["year1_first_day"],
                year1_inferred=row["year1_inferred"] == "1",
            )
            era.year1  # noqa: B018 — validates the date now, not at first lookup
        except (KeyError, ValueError, IndexError) as exc:
            raise QuizappError(f"malformed era row: {exc}", file=str(ERAS_CSV), line=line) from exc
        for spelling in era.names():
            index.setdefault(spelling, []).append(era)
    return {name: tuple(sorted(eras, key=lambda e: e.year1)) for name, eras in index.items()}


def lookup(name: str) -> tuple[Era, ...]:
    """All eras spelled ``name`` (Traditional, Simplified or a listed variant), oldest first; () if none."""
    return _index().get(name, ())


@lru_cache(maxsize=1)
def name_lengths() -> tuple[int, ...]:
    """Distinct lengths of era spellings, longest first (for matching backwards from 年)."""
    return tuple(sorted({len(name) for name in _index()}, reverse=True))


def is_era_name(name: str) -> bool:
    return name in _index()
