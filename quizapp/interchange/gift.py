"""GIFT (Moodle's plain-text quiz format): a reader after Moodle's GIFT rules and a writer; errors name file and line.

Our fields that GIFT cannot show ride in a `// quizapp: {json}` comment line before each question
(and `// quizapp-bank: {json}` at the top), which Moodle ignores and our reader reads back.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from quizapp.bankformat import BankFile
from quizapp.errors import BankError
from quizapp.interchange.common import (
    BankBuilder,
    ImportResult,
    bank_info,
    bank_meta,
    category_path,
    dumps_meta,
    feedback_lines,
    loads_meta,
    prompt_line,
    question_meta,
    read_text,
    write_text,
)
from quizapp.interchange.html_sanitize import html_to_text
from quizapp.interchange.moodle_types import Answer, ParsedQuestion, add_parsed

SUFFIXES = (".gift", ".txt")
META_PREFIX = "// quizapp:"
BANK_META_PREFIX = "// quizapp-bank:"
# Escaped characters are swapped for private-use placeholders while the structure is parsed.
_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004", "}": "\ue005",
            ":": "\ue006", "n": "\ue007"}
_RESTORE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_PLACEHOLDERS = re.compile("[\ue000-\ue007]")
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}


# ---------------------------------------------------------------- reading

def _protect(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            out.append(_ESCAPES[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return _PLACEHOLDERS.sub(lambda m: _RESTORE[m.group()], text)


class _Block:
    """One question's lines (comments apart) and the helpers to turn offsets into file lines."""

    def __init__(self, path: Path, lines: list[tuple[int, str]], category: list[str]) -> None:
        self.path = path
        self.comments = [text.strip() for _, text in lines if text.lstrip().startswith("//")]
        self.body = [(n, text) for n, text in lines if not text.lstrip().startswith("//")]
        self.category = category
        self.line = self.body[0][0] if self.body else lines[0][0]
        self.text = _protect("\n".join(text for _, text in self.body))

    def line_at(self, offset: int) -> int:
        return self.body[min(self.text.count("\n", 0, offset), len(self.body) - 1)][0]

    def error(self, message: str, offset: int | None = None) -> BankError:
        return BankError(message, file=str(self.path), line=self.line if offset is None else self.line_at(offset))


def _plain(raw: str, default_format: str) -> str:
    """Placeholders restored, a leading [format] honoured; HTML becomes sanitized plain text."""
    match = _FORMAT.match(raw)
    fmt = match.group(1).lower() if match else default_format
    text = _restore(raw[match.end():] if match else raw)
    return html_to_text(text) if fmt == "html" else text.strip()


def _split_items(block: _Block, answers: str, start: int) -> list[tuple[str, str, int]]:
    """`=a ~b` -> [('=', 'a', offset), ('~', 'b', offset)]."""
    marks = [m.start() for m in re.finditer(r"[=~]", answers)]
    if not marks or answers[:marks[0]].strip():
        raise block.error("answers must start with '=' or '~' (or be T/F, #number, or >ordering)", start)
    bounds = [*marks, len(answers)]
    return [(answers[a], answers[a + 1:b], start + a) for a, b in pairwise(bounds)]


def _answer(mark: str, body: str, fmt: str) -> Answer:
    weight = _WEIGHT.match(body)
    fraction = 100.0 if mark == "=" else 0.0
    if weight:
        fraction = float(weight.group(1))
        body = body[weight.end():]
    text, _, feedback = body.partition("#")
    return Answer(text=_plain(text, fmt), fraction=fraction, feedback=_plain(feedback, fmt))


def _numeric(block: _Block, text: str, offset: int) -> tuple[str, float]:
    """`1945:0` or `1..5` -> (value, tolerance); anything else is an error."""
    text = text.strip()
    number = r"-?\d+(?:\.\d+)?"
    if match := re.fullmatch(rf"({number})\s*:\s*({number})", text):
        return match.group(1), abs(float(match.group(2)))
    if match := re.fullmatch(rf"({number})\s*\.\.\s*({number})", text):
        low, high = float(match.group(1)), float(match.group(2))
        return f"{(low + high) / 2:g}", abs(high - low) / 2
    if re.fullmatch(number, text):
        return text, 0.0
    raise block.error(f"numerical answer {_restore(text)!r} is not a number, number:tolerance or low..high", offset)


def _parse_question(block: _Block) -> ParsedQuestion:
    text = block.text
    name, pos = "", 0
    if text.lstrip().startswith("::"):
        start = text.index("::")
        end = text.find("::", start + 2)
        if end < 0:
            raise block.error("question title '::' is not closed", start)
        name, pos = _restore(text[start + 2:end]).strip(), end + 2
    open_at = text.find("{", pos)
    if open_at < 0:
        return ParsedQuestion(kind="description", name=name, text=_plain(text[pos:], "moodle"), line=block.line)
    close_at = text.find("}", open_at)
    if close_at < 0:
        raise block.error("'{' of the answers is never closed with '}'", open_at)
    if (inner := text.find("{", open_at + 1, close_at)) >= 0:
        raise block.error("a second '{' inside the answers (write \\{ for a literal brace)", inner)
    before, answers, after = text[pos:open_at], text[open_at + 1:close_at], text[close_at + 1:]
    fmt_match = _FORMAT.match(before)
    fmt = fmt_match.group(1).lower() if fmt_match else "moodle"
    question_raw = before + ("_____" + after if after.strip() else "")
    parsed = ParsedQuestion(kind="", name=name, text=_plain(question_raw, fmt), line=block.line,
                            category=block.category)
    answers_at = open_at + 1
    if "####" in answers:
        answers, _, general = answers.partition("####")
        parsed.general_feedback = _plain(general, fmt)
    stripped = answers.strip()
    lead = answers_at + len(answers) - len(answers.lstrip())
    if not stripped:
        parsed.kind = "essay"
    elif stripped.startswith(">"):
        parsed.kind = "ordering"
        lines = stripped[1:].split("\n")
        parsed.items = [_plain(item, fmt) for item in lines[1:] if item.strip()]
        if not parsed.items:
            raise block.error("ordering question without items (one item per line after '{>N ...')", lead)
    elif stripped.startswith("#"):
        parsed.kind = "numerical"
        body = stripped[1:]
        body = body if body.lstrip().startswith(("=", "~")) else "=" + body
        for mark, item, offset in _split_items(block, body, lead):
            weight = _WEIGHT.match(item)
            fraction = float(weight.group(1)) if weight else (100.0 if mark == "=" else 0.0)
            item = item[weight.end():] if weight else item
            value_text, _, feedback = item.partition("#")
            if not value_text.strip():  # `~#feedback`: feedback for any other answer
                continue
            value, tolerance = _numeric(block, value_text, offset)
            parsed.answers.append(Answer(text=value, fraction=fraction, feedback=_plain(feedback, fmt),
                                         tolerance=tolerance))
    elif stripped.split("#", 1)[0].strip().upper() in _TF:
        parsed.kind = "truefalse"
        head, *feedbacks = stripped.split("#")
        truth = _TF[head.strip().upper()]
        wrong_fb, right_fb = (feedbacks + ["", ""])[:2]
        parsed.answers = [Answer("true" if truth else "false", 100.0, _plain(right_fb, fmt)),
                          Answer("false" if truth else "true", 0.0, _plain(wrong_fb, fmt))]
    else:
        items = _split_items(block, answers, answers_at)
        if any("->" in body for _, body, _ in items):
            parsed.kind = "matching"
            for mark, body, offset in items:
                if mark != "=" or "->" not in body:
                    raise block.error("every answer of a matching question must be '=left -> right'", offset)
                left, _, right = body.partition("->")
                parsed.pairs.append((_plain(left, fmt), _plain(right, fmt)))
        else:
            parsed.kind = "multichoice" if any(mark == "~" for mark, _, _ in items) else "shortanswer"
            parsed.answers = [_answer(mark, body, fmt) for mark, body, _ in items]
    return parsed


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def loads_gift(text: str, path: str | Path) -> ImportResult:
    """Parse GIFT text; quizapp's own files come back exactly, others as flagged imported questions."""
    path = Path(path)
    if match := _PLACEHOLDERS.search(text):
        line = text.count("\n", 0, match.start()) + 1
        raise BankError("private-use character U+E000..U+E007 is not allowed in a GIFT file", file=str(path),
                        line=line)
    builder = BankBuilder(path)
    category: list[str] = []
    file_meta: dict[str, Any] | None = None
    for lines in _blocks(text):
        block = _Block(path, lines, category)
        meta = None
        tags: list[str] = []
        idnumber = ""
        for number, line in lines:
            stripped = line.strip()
            if stripped.startswith(BANK_META_PREFIX):
                file_meta = loads_meta(stripped[len(BANK_META_PREFIX):], file=str(path), line=number)
            elif stripped.startswith(META_PREFIX):
                meta = loads_meta(stripped[len(META_PREFIX):], file=str(path), line=number)
            elif match := re.match(r"//\s*\[tag:(.+?)\]\s*$", stripped):
                tags.append(match.group(1).strip())
            elif match := re.match(r"//\s*\[id:(.+?)\]\s*$", stripped):
                idnumber = match.group(1).strip()
        if not block.body:
            continue
        first = block.body[0][1].strip()
        if first.startswith("$CATEGORY:"):
            category = category_path(first[len("$CATEGORY:"):])
            category_line = block.body[0][0]
            rest = [pair for pair in lines if pair[0] != category_line]
            if not rest:  # a $CATEGORY line alone in its block
                continue
            block = _Block(path, rest, category)
            if not block.body:
                continue
        parsed = _parse_question(block)
        parsed.meta, parsed.tags, parsed.idnumber = meta, tags, idnumber
        add_parsed(parsed, builder, fmt="gift", origin=f"GIFT {path.name}")
    return builder.finish(bank_info(file_meta, path))


def read_with_report(path: str | Path) -> ImportResult:
    return loads_gift(read_text(path), path)


def read_bank(path: str | Path) -> BankFile:
    """The whole file as a BankFile, or BankError(file, line). Skipped questions are logged as warnings."""
    return read_with_report(path).bank


# ---------------------------------------------------------------- writing

def escape(text: str) -> str:
    """GIFT's escapes for its special characters; a line break becomes \\n so each question stays one block."""
    out = []
    for char in text:
        if char == "\n":
            out.append("\\n")
        elif char in "\\~=#{}:":
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _answers(question: Any) -> str:
    kind = question.type
    if kind in ("date_choice", "event_choice", "cloze_choice"):
        return "\n".join(("=" if i == question.answer else "~") + escape(choice)
                         for i, choice in enumerate(question.choices)) + "\n"
    if kind == "true_false":
        return "TRUE" if question.answer else "FALSE"
    if kind == "cloze_typed":
        return "\n".join("=" + escape(form) for form in question.answer) + "\n"
    if kind == "year_typed":
        return f"#{question.answer}:0"
    if kind == "matching":
        return "\n".join(f"={escape(left)} -> {escape(question.choices[question.answer[i]])}"
                         for i, left in enumerate(question.left)) + "\n"
    if kind == "ordering":
        items = [question.choices[i] for i in question.answer]
        return f">{len(items)} ALL VERTICAL ABSOLUTE_POSITION SHOW none\n" + "\n".join(map(escape, items)) + "\n"
    raise BankError(f"question {question.id}: type {kind!r} has no GIFT form")


def dumps_gift(bank: BankFile) -> str:
    out = [f"{BANK_META_PREFIX} {dumps_meta(bank_meta(bank))}",
           f"$CATEGORY: $course$/{escape(bank.bank.name).replace('/', '//')}", ""]
    for question in bank.questions:
        meta = question_meta(question)
        if question.type == "ordering":
            # Moodle's ordering plugin reads every line up to '}' as an item, so no ####feedback there
            meta["explanation"] = question.explanation
        out.append(f"{META_PREFIX} {dumps_meta(meta)}")
        out.append(f"// [id:{question.id}]")
        out.extend(f"// [tag:{tag}]" for tag in question.tags if "]" not in tag and "\n" not in tag)
        text = escape(prompt_line(question) + "\n" + question.stem)
        feedback = escape("\n".join(feedback_lines(question)))
        general = "" if question.type == "ordering" else f"####{feedback}"
        out.append(f"::{escape(question.id)}::{text}{{{_answers(question)}{general}}}")
        out.append("")
    return "\n".join(out)


def write_bank(bank: BankFile, path: str | Path) -> None:
    write_text(path, dumps_gift(bank))
