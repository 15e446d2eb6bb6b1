"""Moodle XML: a reader that parses only through defusedxml (no entity expansion, no external entities) and a writer.

Our fields that Moodle XML cannot show ride in an `<!-- quizapp: {json} -->` comment inside each <question>
(and `<!-- quizapp-bank: {json} -->` in the category question); the id is also the Moodle idnumber.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.bankformat import BankFile
from quizapp.errors import BankError
from quizapp.interchange.common import (
    BankBuilder,
    ImportResult,
    bank_info,
    bank_meta,
    category_path,
    check_size,
    dumps_meta,
    feedback_lines,
    loads_meta,
    prompt_line,
    question_meta,
    write_text,
)
from quizapp.interchange.html_sanitize import html_to_text, text_to_html
from quizapp.interchange.moodle_types import MOODLE_KIND, Answer, ParsedQuestion, add_parsed

SUFFIXES = (".xml",)
META_PREFIX = "quizapp:"
BANK_META_PREFIX = "quizapp-bank:"


# ---------------------------------------------------------------- reading

class _LineParser(DefusedXMLParser):
    """defusedxml's parser, keeping comments and the line of each element's start tag."""

    def __init__(self) -> None:
        super().__init__(target=ET.TreeBuilder(insert_comments=True))
        self.lines: dict[ET.Element, int] = {}
        expat = self.parser
        start = expat.StartElementHandler

        def start_with_line(tag: str, attrs: Any) -> ET.Element:
            element = start(tag, attrs)
            self.lines[element] = expat.CurrentLineNumber
            return element

        expat.StartElementHandler = start_with_line
        expat.StartDoctypeDeclHandler = self._refuse_external_dtd

    @staticmethod
    def _refuse_external_dtd(name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool) -> None:
        if sysid or pubid:  # expat would not fetch it, but a file that points outside is refused outright
            raise ExternalReferenceForbidden(None, None, sysid, pubid)


def _parse(data: bytes, path: Path) -> tuple[ET.Element, dict[ET.Element, int]]:
    parser = _LineParser()
    try:
        parser.feed(data)
        root = parser.close()
    except EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:
            message = (f"XML external entity {exc.name!r} ({exc.sysid or exc.pubid}) refused: it could read local "
                       "files or the network")
        else:
            message = (f"XML entity declaration {exc.name!r} refused: entities allow expansion attacks such as "
                       "'billion laughs', and Moodle never writes them")
        raise BankError(message, file=str(path), line=parser.parser.CurrentLineNumber) from None
    except ExternalReferenceForbidden as exc:
        raise BankError(f"XML external reference ({exc.sysid or exc.pubid}) refused: it could read local files "
                        "or the network", file=str(path), line=parser.parser.CurrentLineNumber) from None
    except (DTDForbidden, DefusedXmlException) as exc:
        raise BankError(f"refused XML construct: {exc}", file=str(path),
                        line=parser.parser.CurrentLineNumber) from None
    except (LookupError, ValueError) as exc:  # expat: unknown or multi-byte encoding (GB2312, Big5 ...)
        raise BankError(f"the XML declares an encoding this reader cannot read ({exc}): save the file as UTF-8",
                        file=str(path), line=parser.parser.CurrentLineNumber or 1) from None
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(": line")[0]
        raise BankError(f"not well-formed XML: {message} (column {column + 1})", file=str(path), line=line) from None
    return root, parser.lines


def _text(element: ET.Element | None, *, as_html: bool | None = None) -> str:
    """The <text> of a Moodle text element as plain text; HTML (by its format attribute) is sanitized first."""
    if element is None:
        return ""
    text_element = element.find("text")
    raw = (text_element.text or "") if text_element is not None else (element.text or "")
    if as_html is None:
        as_html = element.get("format", "html") == "html"
    return html_to_text(raw) if as_html else raw.strip()


def _comment_meta(question: ET.Element, prefix: str, path: Path, line: int | None) -> dict[str, Any] | None:
    for child in question:
        if child.tag is ET.Comment and (child.text or "").strip().startswith(prefix):
            return loads_meta((child.text or "").strip()[len(prefix):], file=str(path), line=line)
    return None


def _fraction(answer: ET.Element, path: Path, line: int | None) -> float:
    raw = answer.get("fraction", "0")
    try:
        return float(raw)
    except ValueError:
        raise BankError(f"answer fraction {raw!r} is not a number", file=str(path), line=line) from None


def _parse_question(question: ET.Element, lines: dict[ET.Element, int], path: Path,
                    category: list[str]) -> ParsedQuestion:
    line = lines.get(question)
    kind = question.get("type", "")
    parsed = ParsedQuestion(kind=kind, name=_text(question.find("name"), as_html=False),
                            text=_text(question.find("questiontext")), line=line, category=category)
    parsed.general_feedback = _text(question.find("generalfeedback"))
    parsed.idnumber = (question.findtext("idnumber") or "").strip()
    parsed.tags = [(tag.findtext("text") or "").strip() for tag in question.findall("tags/tag")]
    parsed.tags = [tag for tag in parsed.tags if tag]
    parsed.meta = _comment_meta(question, META_PREFIX, path, line)
    single = (question.findtext("single") or "true").strip().lower()
    parsed.single = single in ("true", "1")
    for answer in question.findall("answer"):
        answer_line = lines.get(answer, line)
        fraction = _fraction(answer, path, answer_line)
        as_html = answer.get("format") == "html"
        entry = Answer(text=_text(answer, as_html=as_html), fraction=fraction,
                       feedback=_text(answer.find("feedback")))
        if kind == "numerical":
            tolerance = (answer.findtext("tolerance") or "0").strip() or "0"
            if entry.text == "*":
                continue  # "any other answer" carries only feedback
            try:
                float(entry.text)
                entry.tolerance = abs(float(tolerance))
            except ValueError:
                raise BankError(f"numerical answer {entry.text!r} or tolerance {tolerance!r} is not a number",
                                file=str(path), line=answer_line) from None
        parsed.answers.append(entry)
    if kind == "matching":
        for sub in question.findall("subquestion"):
            parsed.pairs.append((_text(sub), _text(sub.find("answer"), as_html=False)))
    if kind == "ordering":
        parsed.items = [a.text for a in sorted(parsed.answers, key=lambda a: a.fraction)]
    return parsed


def loads_moodle_xml(data: bytes, path: str | Path) -> ImportResult:
    path = Path(path)
    root, lines = _parse(data, path)
    questions = [root] if root.tag == "question" else root.findall("question")
    if root.tag not in ("quiz", "question"):
        raise BankError(f"not a Moodle XML file: the root element is <{root.tag}>, not <quiz>", file=str(path),
                        line=lines.get(root))
    builder = BankBuilder(path)
    category: list[str] = []
    file_meta = None
    embedded = 0
    for question in questions:
        line = lines.get(question)
        if question.get("type") == "category":
            category = category_path(question.findtext("category/text") or "")
            file_meta = _comment_meta(question, BANK_META_PREFIX, path, line) or file_meta
            continue
        embedded += len(question.findall(".//file"))
        add_parsed(_parse_question(question, lines, path, category), builder, fmt="moodle",
                   origin=f"Moodle XML {path.name}")
    if embedded:
        builder.warn(f"{embedded} embedded file(s) (images, audio) not imported: quizapp shows text only")
    return builder.finish(bank_info(file_meta, path))


def read_with_report(path: str | Path) -> ImportResult:
    path = Path(path)
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", file=str(path)) from None
    return loads_moodle_xml(data, path)


def read_bank(path: str | Path) -> BankFile:
    """The whole file as a BankFile, or BankError(file, line). Skipped questions are logged as warnings."""
    return read_with_report(path).bank


# ---------------------------------------------------------------- writing

def _comment(meta: dict[str, Any], prefix: str) -> ET.Element:
    # "--" may not appear in an XML comment; inside JSON strings "\u002d" reads back as "-".
    safe_json = dumps_meta(meta).replace("--", "-\\u002d")
    return ET.Comment(f" {prefix} {safe_json} ")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _text_element(parent: ET.Element, tag: str, text: str, fmt: str = "html", **attrs: str) -> ET.Element:
    element = _sub(parent, tag, **({"format": fmt} if fmt else {}), **attrs)
    _sub(element, "text", text)
    return element


def _answer(parent: ET.Element, text: str, fraction: float | int, fmt: str = "html") -> ET.Element:
    element = _text_element(parent, "answer", text, fmt, fraction=f"{fraction:g}")
    _text_element(element, "feedback", "")
    return element


def _question_element(question: Any) -> ET.Element:
    kind = MOODLE_KIND[question.type]
    element = ET.Element("question", {"type": kind})
    element.append(_comment(question_meta(question), META_PREFIX))
    _sub(_sub(element, "name"), "text", question.id)
    html_text = f"<p>{text_to_html(prompt_line(question))}</p><p>{text_to_html(question.stem)}</p>"
    _text_element(element, "questiontext", html_text)
    feedback = "".join(f"<p>{text_to_html(line)}</p>" for line in feedback_lines(question))
    _text_element(element, "generalfeedback", feedback)
    _sub(element, "defaultgrade", "1")
    _sub(element, "penalty", "0.3333333")
    _sub(element, "hidden", "0")
    _sub(element, "idnumber", question.id)
    if kind == "multichoice":
        _sub(element, "single", "true")
        _sub(element, "shuffleanswers", "false")
        _sub(element, "answernumbering", "abc")
        for index, choice in enumerate(question.choices):
            _answer(element, text_to_html(choice), 100 if index == question.answer else 0)
    elif kind == "truefalse":
        _answer(element, "true", 100 if question.answer else 0, "moodle_auto_format")
        _answer(element, "false", 0 if question.answer else 100, "moodle_auto_format")
    elif kind == "shortanswer":
        _sub(element, "usecase", "0")
        for form in question.answer:
            _answer(element, form, 100, "moodle_auto_format")
    elif kind == "numerical":
        answer = _answer(element, str(question.answer), 100, "moodle_auto_format")
        _sub(answer, "tolerance", "0")
    elif kind == "matching":
        _sub(element, "shuffleanswers", "true")
        for index, left in enumerate(question.left):
            sub = _text_element(element, "subquestion", text_to_html(left))
            _sub(_sub(sub, "answer"), "text", question.choices[question.answer[index]])
    elif kind == "ordering":
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"),
                           ("numberingstyle", "none")):
            _sub(element, tag, value)
        for position, index in enumerate(question.answer, start=1):
            _answer(element, text_to_html(question.choices[index]), position)
    if question.tags:
        tags = _sub(element, "tags")
        for tag in question.tags:
            _sub(_sub(tags, "tag"), "text", tag)
    return element


def dumps_moodle_xml(bank: BankFile) -> str:
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    category.append(_comment(bank_meta(bank), BANK_META_PREFIX))
    _sub(_sub(category, "category"), "text", "$course$/" + bank.bank.name.replace("/", "//"))
    for question in bank.questions:
        quiz.append(_question_element(question))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def write_bank(bank: BankFile, path: str | Path) -> None:
    write_text(path, dumps_moodle_xml(bank))

