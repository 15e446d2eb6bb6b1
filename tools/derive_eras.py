"""Derive assets/eras.csv from the shared DDBC era table: merge continuation rows, add Simplified names."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/data/eras.csv")
DEFAULT_TARGET = ROOT / "assets" / "eras.csv"
COLUMNS = [
    "era_ids", "name", "name_hans", "variants", "variants_hans", "dynasty", "dynasty_hans",
    "first_day", "last_day", "year1_first_day", "year1_inferred",
]


def parse_day(iso: str) -> tuple[int, int, int]:
    """ISO day with a possibly negative (astronomical) year, as a sortable tuple."""
    sign = -1 if iso.startswith("-") else 1
    year, month, day = iso.lstrip("-").split("-")
    return sign * int(year), int(month), int(day)


def ordinal(iso: str) -> int:
    """A day count good enough to test adjacency (the calendar before 1 AD only needs to be monotonic)."""
    year, month, day = parse_day(iso)
    if year >= 1:
        return dt.date(year, month, day).toordinal()
    # shift negative years by a multiple of 400 years so date() accepts them; adjacency is preserved
    return dt.date(year + 2000, month, day).toordinal() - 730485


def adjacent_or_overlapping(earlier: dict, later: dict) -> bool:
    return ordinal(later["first_day"]) <= ordinal(earlier["last_day"]) + 1


def merge_rows(rows: list[dict]) -> list[dict]:
    """One record per era: rows of the same name and dynasty whose spans touch are one era."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["name"], row["dynasty"]), []).append(row)
    merged: list[dict] = []
    for (name, dynasty), members in groups.items():
        members.sort(key=lambda r: parse_day(r["first_day"]))
        current: dict | None = None
        for row in members:
            if current is not None and (not row["year1_first_day"] or adjacent_or_overlapping(current, row)):
                current["era_ids"].append(row["era_id"])
                if parse_day(row["last_day"]) > parse_day(current["last_day"]):
                    current["last_day"] = row["last_day"]
                current["variants"] |= set(filter(None, row["variants"].split("|")))
                if not current["year1_first_day"]:
                    current["year1_first_day"] = row["year1_first_day"]
                continue
            current = {
                "era_ids": [row["era_id"]], "name": name, "dynasty": dynasty,
                "variants": set(filter(None, row["variants"].split("|"))),
                "first_day": row["first_day"], "last_day": row["last_day"],
                "year1_first_day": row["year1_first_day"],
            }
            merged.append(current)
    return merged


def infer_missing_year1(eras: list[dict]) -> None:
    """An era listed only as a continuation (e.g. 天祐 kept by 後唐 after 唐 fell) counts years from the
    same-named era it continues; failing that, from its own first day (marked as inferred)."""
    for era in eras:
        era["year1_inferred"] = ""
        if era["year1_first_day"]:
            continue
        era["year1_inferred"] = "1"
        donors = [
            other for other in eras
            if other is not era and other["name"] == era["name"] and other["year1_first_day"]
            and ordinal(other["first_day"]) <= ordinal(era["first_day"]) <= ordinal(other["last_day"]) + 1
        ]
        era["year1_first_day"] = donors[0]["year1_first_day"] if donors else era["first_day"]


def derive(source: Path, target: Path) -> int:
    import opencc

    to_hans = opencc.OpenCC("t2s").convert
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    eras = merge_rows(rows)
    infer_missing_year1(eras)
    eras.sort(key=lambda e: (parse_day(e["first_day"]), int(e["era_ids"][0])))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for era in eras:
            variants = sorted(era["variants"])
            writer.writerow({
                "era_ids": "|".join(era["era_ids"]),
                "name": era["name"],
                "name_hans": to_hans(era["name"]),
                "variants": "|".join(variants),
                "variants_hans": "|".join(to_hans(v) for v in variants),
                "dynasty": era["dynasty"],
                "dynasty_hans": to_hans(era["dynasty"]),
                "first_day": era["first_day"],
                "last_day": era["last_day"],
                "year1_first_day": era["year1_first_day"],
                "year1_inferred": era["year1_inferred"],
            })
    return len(eras)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_TARGET)
    args = parser.parse_args(argv)
    count = derive(args.source, args.out)
    print(f"{count} eras written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
