"""Read an article file safely: size limit, binary and encoding checks, sha256 — every failure a SourceError."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from quizapp.errors import SourceError

# The bundled main article is 85 kB; 20 MB leaves room for any real article while refusing dumps and junk
# that would take seconds to parse and megabytes of JSON to print.
MAX_BYTES = 20 * 1024 * 1024
MAX_CHARS = MAX_BYTES  # the same bound for text handed to parse_text directly

# C0 controls other than tab and line breaks, DEL, and lone surrogates: never in a text article
_BAD_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")


def line_of(data: bytes | str, index: int) -> int:
    """1-based line number of position ``index`` in ``data``."""
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, index) + 1


def read_source(path: str | Path) -> tuple[str, str]:
    """Return (text, sha256 of the file bytes) or raise SourceError naming the file (and line when known)."""
    path = Path(path)
    name = str(path)
    try:
        if not path.exists():
            raise SourceError("no such file", file=name)
        if not path.is_file():
            raise SourceError("not a regular file", file=name)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(
                f"file is {size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB limit for an article",
                file=name,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}", file=name) from None
    if len(data) > MAX_BYTES:  # the file grew between stat and read
        raise SourceError(f"file is over the {MAX_BYTES // 1024 // 1024} MB limit for an article", file=name)
    return decode_source(data, name), hashlib.sha256(data).hexdigest()


def decode_source(data: bytes, name: str = "") -> str:
    """UTF-8 text of ``data`` (a BOM is dropped); binary or non-UTF-8 input raises SourceError with its line."""
    if not data.strip():
        raise SourceError("empty file: no article text", file=name or None, line=None)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError("binary data (NUL byte), not a text article", file=name or None, line=line_of(data, nul))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)",
            file=name or None,
            line=line_of(data, exc.start),
        ) from None
    check_text(text, name)
    return text


def check_text(text: str, name: str = "") -> None:
    """Reject text no article can be: empty, oversized, NUL/control bytes, lone surrogates."""
    file = name or None
    if len(text) > MAX_CHARS:
        raise SourceError(f"text is over the {MAX_CHARS // 1024 // 1024} M characters limit for an article", file=file)
    if not text.strip():
        raise SourceError("empty: no article text", file=file)
    bad = _BAD_CHAR.search(text)
    if bad:
        code = ord(bad.group())
        line = line_of(text, bad.start())
        if 0xD800 <= code <= 0xDFFF:
            raise SourceError("not valid Unicode text (lone surrogate)", file=file, line=line)
        what = "NUL byte" if code == 0 else f"control character U+{code:04X}"
        raise SourceError(f"binary data ({what}), not a text article", file=file, line=line)
