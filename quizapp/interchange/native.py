"""The native JSON bank file: read with validation, write deterministically (same bank, same bytes)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from quizapp.bankformat import BankFile, RawBank, parse_bank
from quizapp.errors import BankError

SUFFIXES = (".json",)


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class LazyQuestions(Sequence):
    """The "questions" array of a bank file's text, each element decoded only when it is read.

    A 100,000-question file then costs its text and one question at a time, not a full tree of dicts.
    """

    def __init__(self, text: str, offsets: list[int]) -> None:
        self._text, self._offsets = text, offsets

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _DECODER.raw_decode(self._text, self._offsets[index])[0]


def _skip(text: str, pos: int) -> int:
    return _WHITESPACE.match(text, pos).end()


def _expect(text: str, pos: int, char: str) -> int:
    if text[pos:pos + 1] != char:
        found = repr(text[pos]) if pos < len(text) else "end of file"
        raise json.JSONDecodeError(f"Expecting {char!r}, found {found}", text, pos)
    return pos + 1


def _decode_top(text: str) -> dict:
    """Decode a top-level object like json.loads, but keep "questions" as LazyQuestions (positions only)."""
    data: dict = {}
    pos = _expect(text, _skip(text, 0), "{")
    pos = _skip(text, pos)
    if text[pos:pos + 1] == "}":
        return data if _skip(text, pos + 1) == len(text) else _DECODER.decode(text)
    while True:
        if text[pos:pos + 1] != '"':
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, _expect(text, _skip(text, pos), ":"))
        if key == "questions" and text[pos:pos + 1] == "[":
            offsets: list[int] = []
            pos = _skip(text, pos + 1)
            if text[pos:pos + 1] == "]":
                pos += 1
            else:
                while True:
                    offsets.append(pos)
                    _, pos = _DECODER.raw_decode(text, pos)  # decoded to find its end, then dropped
                    pos = _skip(text, pos)
                    if text[pos:pos + 1] == "]":
                        pos += 1
                        break
                    pos = _skip(text, _expect(text, pos, ","))
            data[key] = LazyQuestions(text, offsets)
        else:
            data[key], pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos:pos + 1] == "}":
            break
        pos = _skip(text, _expect(text, pos, ","))
    if _skip(text, pos + 1) != len(text):
        raise json.JSONDecodeError("Extra data", text, _skip(text, pos + 1))
    return data


def loads_raw(text: str, *, file: str | None = None) -> RawBank:
    """Decode a bank file's text without validating it; its questions are decoded lazily."""
    try:
        data = _decode_top(text) if text.lstrip().startswith("{") else json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(f"not valid JSON: {exc.msg} (column {exc.colno})", file=file, line=exc.lineno) from None
    except RecursionError:
        raise BankError("not valid JSON: nested too deeply", file=file) from None
    return RawBank(data, file, text)


def loads_bank(text: str, *, file: str | None = None) -> BankFile:
    """Decode and validate a bank file's text; errors name the file, the line and the question."""
    raw = loads_raw(text, file=file)
    return parse_bank(raw.data, file=raw.file, raw_text=raw.text)


def read_raw(path: str | Path) -> RawBank:
    """The decoded file, not yet validated (crud.import_bank validates it without keeping models)."""
    path = Path(path)
    try:
        content = path.read_bytes()
        # bytes → str in one step: TextIOWrapper.read() would peak near three times the file's size
        text = content.decode("utf-8", errors="strict")
        del content
        text = text.removeprefix("\ufeff")
    except FileNotFoundError:
        raise BankError("no such file", file=str(path)) from None
    except UnicodeDecodeError as exc:
        raise BankError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)) from None
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return loads_raw(text, file=str(path))


def read_bank(path: str | Path) -> BankFile:
    raw = read_raw(path)
    return parse_bank(raw.data, file=raw.file, raw_text=raw.text)


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
