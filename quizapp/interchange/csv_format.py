"""CSV bank files (UTF-8 with BOM, one question per row, COLUMNS below); errors name file and line.

List cells (left, choices, section_path, events, tags) are JSON arrays when written; the reader also takes
`a|b|c`. `answer` is JSON: an index for choice types, true/false, a list of indices for ordering and matching,
a list of accepted forms for cloze_typed (or `a|b`), a year for year_typed. Only type, stem and answer are
required: a row without source columns is an imported question (flagged, no source passage).
A file of more than MAX_ROWS question rows is refused before any row is validated.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quizapp.bankformat import BankFile
from quizapp.errors import BankError
from quizapp.interchange.common import (
    BankBuilder,
    ImportResult,
    bank_info,
    imported_defaults,
    read_text,
    write_text,
)

SUFFIXES = (".csv",)
COLUMNS = ("id", "type", "prompt", "stem", "left", "choices", "answer", "explanation", "section_id", "section_path",
           "span_start", "span_end", "quote", "events", "difficulty", "tags", "status", "flag_reason", "gloss_en")
REQUIRED = ("type", "stem", "answer")
LIST_COLUMNS = ("left", "choices", "section_path", "events", "tags")
SOURCE_COLUMNS = ("section_id", "section_path", "span_start", "span_end", "quote")
# The bank size quizapp is built and measured for; validating a row costs ~3 kB of memory while the file is read,
# so a million-row file (47 MB, under the 50 MB file limit) would need gigabytes.
MAX_ROWS = 100_000


def _list_cell(value: str, column: str, fail: Any) -> list[str]:
    value = value.strip()
    if not value:
        return []
    if value.startswith("["):
        try:
            items = json.loads(value)
        except json.JSONDecodeError:
            items = None
        if isinstance(items, list):
            if not all(isinstance(item, str) for item in items):
                raise fail(f"column {column!r}: every item of the JSON list must be a string")
            return items
    return [item.strip() for item in value.split("|")]


def _answer_cell(value: str, qtype: str, fail: Any) -> Any:
    value = value.strip()
    if qtype == "true_false" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if qtype == "cloze_typed" and not value.startswith("["):
        return [form.strip() for form in value.split("|") if form.strip()]
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        raise fail(f"column 'answer': {value!r} is not JSON (an index, true/false, a list or a year)") from None


def _int_cell(value: str, column: str, fail: Any) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise fail(f"column {column!r}: {value!r} is not a whole number") from None


def _row_to_question(row: dict[str, str], fail: Any, path: Path, number: int) -> tuple[dict[str, Any], bool]:
    qtype = row["type"].strip()
    data: dict[str, Any] = {"type": qtype, "stem": row["stem"], "answer": _answer_cell(row["answer"], qtype, fail)}
    for column in ("left", "choices"):
        if row.get(column, "").strip():
            data[column] = _list_cell(row[column], column, fail)
    grounded = bool(row.get("section_id", "").strip() and row.get("quote", "").strip())
    if grounded:
        data["source"] = {
            "section_id": row["section_id"].strip(),
            "section_path": _list_cell(row.get("section_path", ""), "section_path", fail),
            "span": [_int_cell(row.get("span_start", ""), "span_start", fail),
                     _int_cell(row.get("span_end", ""), "span_end", fail)],
            "quote": row["quote"],
        }
    else:
        data.update(imported_defaults(name=f"row {number}", text=row["stem"], category=[],
                                      origin=f"CSV {path.name}", fmt="csv"))
    if row.get("id", "").strip():
        data["id"] = row["id"].strip()
    if row.get("prompt", "").strip():
        data["prompt"] = row["prompt"].strip()
    if row.get("explanation"):
        data["explanation"] = row["explanation"]
    if row.get("events", "").strip():
        data["events"] = _list_cell(row["events"], "events", fail)
    if row.get("tags", "").strip():
        data["tags"] = _list_cell(row["tags"], "tags", fail)
    if row.get("difficulty", "").strip():
        data["difficulty"] = _int_cell(row["difficulty"], "difficulty", fail)
    if grounded:  # an ungrounded row stays flagged whatever its status column says
        for column in ("status", "flag_reason"):
            if row.get(column, "").strip():
                data[column] = row[column].strip()
    if row.get("gloss_en"):
        data["gloss_en"] = row["gloss_en"]
    return data, grounded


def _lines(text: str) -> Iterator[str]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _check_row_count(text: str, path: Path) -> None:
    """Refuse a file of more than MAX_ROWS question rows after a quick count (the header is not a question).

    The count reads lines lazily (no second copy of the text); rows that end in a bare CR are caught by the
    same limit in the reading pass instead."""
    counter = csv.reader(_lines(text))
    rows = 0
    try:
        for cells in counter:
            rows += any(cells)
            if rows > MAX_ROWS + 1:
                raise BankError(f"more than {MAX_ROWS:,} question rows: files this big are refused (split the file)",
                                file=str(path), line=counter.line_num)
    except csv.Error:
        return  # the reading pass reports malformed CSV with its line


def loads_csv(text: str, path: str | Path) -> ImportResult:
    path = Path(path)
    _check_row_count(text, path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    builder = BankBuilder(path)
    try:
        header = next(reader, None)
        if header is None:
            raise BankError("empty CSV file: the first row must name the columns", file=str(path), line=1)
        header = [name.strip() for name in header]
        unknown = [name for name in header if name not in COLUMNS]
        if unknown:
            raise BankError(f"unknown column(s) {', '.join(map(repr, unknown))}; known: {', '.join(COLUMNS)}",
                            file=str(path), line=1)
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise BankError(f"missing required column(s): {', '.join(missing)}", file=str(path), line=1)
        row_start = reader.line_num + 1
        rows = 0
        for cells in reader:
            line = row_start
            row_start = reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            rows += 1
            if rows > MAX_ROWS:
                raise BankError(f"more than {MAX_ROWS:,} question rows: files this big are refused (split the file)",
                                file=str(path), line=line)
            if len(cells) != len(header):
                raise BankError(f"row has {len(cells)} cells, the header has {len(header)}", file=str(path),
                                line=line)

            def fail(message: str, line: int = line) -> BankError:
                return BankError(message, file=str(path), line=line)

            data, grounded = _row_to_question(dict(zip(header, cells, strict=True)), fail, path, line)
            builder.add(data, line=line, ours=grounded or "id" in header)
    except csv.Error as exc:
        raise BankError(f"malformed CSV: {exc}", file=str(path), line=reader.line_num) from None
    return builder.finish(bank_info(None, path))


def read_with_report(path: str | Path) -> ImportResult:
    return loads_csv(read_text(path), path)


def read_bank(path: str | Path) -> BankFile:
    """The whole file as a BankFile, or BankError(file, line)."""
    return read_with_report(path).bank


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def dumps_csv(bank: BankFile) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for question in bank.questions:
        data = question.to_file_dict()
        source = data.pop("source")
        data.update(section_id=source["section_id"], section_path=source["section_path"],
                    span_start=source["span"][0], span_end=source["span"][1], quote=source["quote"])
        writer.writerow([_cell(data[column]) if column in data else "" for column in COLUMNS])
    return out.getvalue()


def write_bank(bank: BankFile, path: str | Path) -> None:
    """UTF-8 with a BOM so that spreadsheet programs detect the encoding; the bank's name is the file's name."""
    write_text(path, dumps_csv(bank), bom=True)
