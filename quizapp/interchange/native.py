"""The native JSON bank file: read with validation, write deterministically (same bank, same bytes)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from quizapp.bankformat import BankFile, parse_bank
from quizapp.errors import BankError

SUFFIXES = (".json",)


def loads_bank(text: str, *, file: str | None = None) -> BankFile:
    """Decode and validate a bank file's text; errors name the file, the line and the question."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(f"not valid JSON: {exc.msg} (column {exc.colno})", file=file, line=exc.lineno) from None
    return parse_bank(data, file=file, raw_text=text)


def read_bank(path: str | Path) -> BankFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BankError("no such file", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise BankError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)) from None
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return loads_bank(text, file=str(path))


def dumps_bank(bank: BankFile) -> str:
    """Stable text: canonical key order, two-space indent, CJK as written, one trailing newline."""
    return json.dumps(bank.to_file_dict(), ensure_ascii=False, indent=2) + "\n"


def write_bank(bank: BankFile, path: str | Path) -> None:
    """Write atomically: a crash mid-write never leaves half a bank file behind."""
    path = Path(path)
    text = dumps_bank(bank)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp_name, path)
    except OSError as exc:
        raise BankError(f"cannot write: {exc.strerror or exc}", file=str(path)) from None
