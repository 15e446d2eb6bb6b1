"""Shared parts of the interchange formats: size limit, quizapp metadata, import report, foreign-question defaults."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.bankformat import BankFile, BankInfo, BankSource, parse_question
from quizapp.errors import BankError

# Files over this size are refused before they are read: a question bank is never this big.
MAX_BYTES = 50 * 1024 * 1024
# Our own fields that a foreign format has no place for travel in one JSON object per question.
META_KEYS = ("id", "type", "prompt", "source", "events", "difficulty", "tags", "status", "flag_reason", "gloss_en")
# Questions from another program are not grounded in the article: they arrive flagged, with this prompt key.
IMPORTED_PROMPT = "imported.question"
IMPORTED_SECTION = "imported"
IMPORTED_FLAG = "imported: no source passage"
# Language of the instruction line written into exported question texts (the bank's content is Chinese).
EXPORT_LANGUAGE = "zh_TW"

log = logging.getLogger("quizapp.interchange")


@dataclass
class Skipped:
    """A question of the input file that was not imported, and why."""

    line: int | None
    name: str
    kind: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.kind} question {self.name!r} skipped: {self.reason}"


@dataclass
class ImportReport:
    """What an import left out or changed; empty for a file written by quizapp."""

    file: str
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{self.file}: {item}" for item in self.skipped] + [f"{self.file}: {w}" for w in self.warnings]


@dataclass
class ImportResult:
    bank: BankFile
    report: ImportReport


def check_size(path: Path) -> None:
    """Refuse a missing file or one over MAX_BYTES before reading a byte of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BankError("no such file", file=str(path)) from None
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", file=str(path)) from None
    if size > MAX_BYTES:
        raise BankError(f"file is {size / 1024 / 1024:.1f} MB; files over {MAX_BYTES // (1024 * 1024)} MB "
                        "are refused", file=str(path))


def read_text(path: str | Path) -> str:
    """The file's text (UTF-8, with or without BOM), size-checked first."""
    path = Path(path)
    check_size(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)) from None
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", file=str(path)) from None


def write_text(path: str | Path, text: str, *, bom: bool = False) -> None:
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")
    except OSError as exc:
        raise BankError(f"cannot write: {exc.strerror or exc}", file=str(path)) from None


# Characters Windows refuses in a file name (path separators are handled before) and control characters.
_UNSAFE_IN_NAME = re.compile(r'[:*?"<>|\x00-\x1f\x7f-\x9f]+')
_PATH_SEPARATORS = re.compile(r"[/\\]+")
# Device names Windows reserves whatever the extension ("con.json" too), compared case-insensitively.
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{dev}{n}" for dev in ("COM", "LPT") for n in "123456789¹²³"])
STEM_MAX_CHARS = 100
# Linux file names are limited to 255 bytes: 100 CJK characters are 300 in UTF-8. This leaves room for a suffix.
STEM_MAX_BYTES = 200


def safe_file_stem(name: str, fallback: str = "bank") -> str:
    """A file name (without extension) made from ``name`` that is valid on Windows, macOS and Linux.

    Path parts are joined with ``_`` (``../../etc/passwd`` → ``etc_passwd``), forbidden and control characters
    become ``_``, leading and trailing dots and spaces go, and the result is cut to STEM_MAX_CHARS characters
    and STEM_MAX_BYTES UTF-8 bytes. ``fallback`` when nothing usable is left or the name is a Windows device.
    """
    parts = [part for part in _PATH_SEPARATORS.split(name) if part.strip(" .")]
    stem = _UNSAFE_IN_NAME.sub("_", "_".join(parts)).strip(" .")
    stem = stem[:STEM_MAX_CHARS].encode("utf-8")[:STEM_MAX_BYTES].decode("utf-8", "ignore").strip(" .")
    if not stem or stem.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_RESERVED:
        return fallback
    return stem


def question_meta(question: Any) -> dict[str, Any]:
    """The fields of a bank question that a foreign format cannot show, as a JSON-ready dict."""
    data = question.to_file_dict()
    meta = {key: data[key] for key in META_KEYS if key in data}
    if question.type in ("ordering", "matching"):
        meta["presented"] = data["choices"]  # foreign formats list items in answer order
    return meta


def dumps_meta(meta: dict[str, Any]) -> str:
    return json.dumps(meta, ensure_ascii=False, separators=(",", ":"))


def loads_meta(text: str, *, file: str, line: int | None) -> dict[str, Any]:
    try:
        meta = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(f"quizapp metadata is not valid JSON: {exc.msg}", file=file, line=line) from None
    if not isinstance(meta, dict):
        raise BankError("quizapp metadata must be a JSON object", file=file, line=line)
    for key, value in (*meta.items(), *(meta["source"].items() if isinstance(meta.get("source"), dict) else ())):
        kind = _META_TYPES.get(key)
        if kind is not None and not (isinstance(value, kind) and not isinstance(value, bool)
                                     and (kind is not list or all(isinstance(item, str) for item in value))):
            what = {str: "a string", int: "a whole number", dict: "an object", list: "a list of strings"}[kind]
            raise BankError(f"quizapp metadata: {key!r} must be {what}", file=file, line=line)
    return meta


# JSON types of the metadata fields quizapp writes (checked on reading, before the fields are used)
_META_TYPES: dict[str, type] = {
    "id": str, "type": str, "prompt": str, "status": str, "flag_reason": str, "gloss_en": str, "explanation": str,
    "name": str, "difficulty": int, "source": dict, "events": list, "tags": list, "presented": list,
    "section_id": str, "section_path": list, "quote": str, "title": str, "file": str, "sha256": str,
}


def bank_meta(bank: BankFile) -> dict[str, Any]:
    return bank.to_file_dict()["bank"]


def bank_info(meta: dict[str, Any] | None, path: Path) -> BankInfo:
    """The bank's name and source from quizapp's file-level metadata, else named after the file."""
    if meta:
        try:
            source = meta.get("source")
            return BankInfo(name=meta["name"], source=BankSource(**source) if source else None)
        except (KeyError, TypeError, ValueError) as exc:
            raise BankError(f"quizapp bank metadata is invalid: {exc}", file=str(path)) from None
    name = path.name.split(".")[0] or "imported"
    return BankInfo(name=name)


def prompt_line(question: Any) -> str:
    from quizapp.quiz.prompts import prompt_text

    return prompt_text(question.prompt, EXPORT_LANGUAGE, question.type)


def source_line(source: dict[str, Any] | Any) -> str:
    """The visible citation written after the explanation: section path and quote."""
    data = source if isinstance(source, dict) else source.model_dump()
    path = " > ".join(data.get("section_path") or []) or data.get("section_id", "")
    return f"出處：{path}：「{data.get('quote', '')}」"


def feedback_lines(question: Any) -> list[str]:
    lines = [question.explanation] if question.explanation else []
    return [*lines, source_line(question.source)]


def split_prompt(text: str, meta: dict[str, Any] | None) -> str:
    """Drop the instruction line quizapp wrote in front of the stem, when this question came from quizapp."""
    from quizapp.quiz.prompts import PROMPTS, prompt_text

    if not meta or "prompt" not in meta:
        return text
    first, sep, rest = text.partition("\n")
    key = meta["prompt"]
    known = set(PROMPTS.get(key, {}).values()) | {prompt_text(key, EXPORT_LANGUAGE, meta.get("type"))}
    return rest if sep and first.strip() in known else text


def split_feedback(text: str, meta: dict[str, Any] | None) -> str:
    """The explanation out of a general feedback quizapp wrote (explanation, then the citation line)."""
    if not meta or "source" not in meta:
        return text
    cite = source_line(meta["source"])
    if text == cite:
        return ""
    return text.removesuffix("\n" + cite)


def imported_defaults(*, name: str, text: str, category: list[str], origin: str, fmt: str) -> dict[str, Any]:
    """Fields a question from another program gets: flagged, a placeholder source naming where it came from."""
    digest = hashlib.sha1(f"{fmt}\0{name}\0{text}".encode()).hexdigest()[:10]
    return {
        "id": f"q-{fmt}-{digest}",
        "prompt": IMPORTED_PROMPT,
        "source": {"section_id": IMPORTED_SECTION, "section_path": category, "span": [0, 0],
                   "quote": f"{origin}: {name}" if name else origin},
        "status": "flagged",
        "flag_reason": IMPORTED_FLAG,
    }


def category_path(text: str) -> list[str]:
    """`$course$/Default for X/Sub` -> ['Default for X', 'Sub'] (Moodle's context prefix dropped)."""
    parts = [part.strip() for part in re.split(r"(?<!/)/(?!/)", text.strip()) if part.strip()]
    if parts and re.fullmatch(r"\$\w+\$", parts[0]):
        parts = parts[1:]
    return [part.replace("//", "/") for part in parts]


class BankBuilder:
    """Collects validated questions; duplicate ids of foreign questions get a suffix, of ours are refused."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.questions: list[Any] = []
        self.ids: set[str] = set()
        self.report = ImportReport(file=str(path))

    def add(self, data: dict[str, Any], *, line: int | None, ours: bool) -> None:
        qid = data.get("id")
        if not qid:
            raise BankError("question without an id (its quizapp metadata names none)", file=str(self.path),
                            line=line)
        if qid in self.ids:
            if ours:
                raise BankError(f"question id {qid!r} appears twice", file=str(self.path), line=line)
            n = 2
            while f"{qid}-{n}" in self.ids:
                n += 1
            data["id"] = qid = f"{qid}-{n}"
        try:
            question = parse_question(data, file=str(self.path))
        except BankError as exc:
            raise BankError(exc.message, file=str(self.path), line=line) from None
        self.ids.add(qid)
        self.questions.append(question)

    def skip(self, *, line: int | None, name: str, kind: str, reason: str) -> None:
        self.report.skipped.append(Skipped(line=line, name=name, kind=kind, reason=reason))

    def warn(self, message: str, *, line: int | None = None) -> None:
        self.report.warnings.append(f"line {line}: {message}" if line else message)

    def finish(self, info: BankInfo) -> ImportResult:
        if not self.questions:
            what = "; ".join(str(s) for s in self.report.skipped[:5]) or "the file holds no question"
            raise BankError(f"no question could be imported ({what})", file=str(self.path))
        bank = BankFile.model_construct(format="quizapp-bank", version=1, bank=info, questions=self.questions)
        for line in self.report.lines():
            log.warning("%s", line)
        return ImportResult(bank=bank, report=self.report)
