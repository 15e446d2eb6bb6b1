"""File reading: every bad file is a SourceError with the file and, where known, the line."""

import pytest

from quizapp.errors import SourceError
from quizapp.source import parse_file
from quizapp.source.reader import MAX_BYTES, read_source

PROSE = "外蒙古獨立是指外蒙古地區於二十世紀上半葉脫離中國獨立成為主權國家的歷史事件。\n"


def error(path):
    with pytest.raises(SourceError) as info:
        parse_file(path)
    return info.value


def test_missing_file(tmp_path):
    exc = error(tmp_path / "nope.md")
    assert exc.file.endswith("nope.md") and "no such file" in str(exc)


def test_not_utf8_gives_the_line(tmp_path):
    path = tmp_path / "gbk.md"
    path.write_bytes(PROSE.encode() * 3 + "蒙古".encode("gbk") + b"\n")
    exc = error(path)
    assert exc.line == 4 and "UTF-8" in exc.message


def test_binary(tmp_path):
    path = tmp_path / "bin.md"
    path.write_bytes(PROSE.encode() + b"\x00\x01\x02")
    exc = error(path)
    assert exc.line == 2 and "binary" in exc.message


def test_empty(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert "empty" in error(path).message
    path.write_bytes(b" \n\n\t")
    assert "empty" in error(path).message


def test_oversized(tmp_path):
    path = tmp_path / "big.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    assert "limit" in error(path).message


def test_sha256_is_of_the_file_bytes(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + PROSE.encode())
    text, digest = read_source(path)
    assert text == PROSE
    import hashlib

    assert digest == hashlib.sha256(path.read_bytes()).hexdigest() == parse_file(path).sha256
