"""Fuzz the article reader and parser (quizapp.source) from real article lines, mutated as text and as bytes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import SourceError
from quizapp.paths import SOURCES
from quizapp.source import document_to_json, parse_file, parse_text
from tests.fuzz.budget import fuzz_settings, record
from tests.fuzz.mutate import mutated, mutated_bytes

ARTICLE_LINES = (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8").splitlines()
# what the wiki-Markdown grammar is made of: headings, list items, note lines, links, images, bold, tables
SYNTHETIC_LINES = [
    "## 歷史背景", "### 1911年", "#######", "# ", "  - 1911年[辛亥革命爆發](../Page/辛亥革命.md \"wikilink\")。",
    "1.  ^ 《中俄聲明文件》", "2.  ", "![fig:蒙古.png](https://upload.wikimedia.org/x.png \"fig:蒙古.png\")",
    "**外蒙古独立**（）是指", "| 年份 | 事件 |", "|---|---|", "<div>", "</div>", "-{zh-hans:蒙古; zh-hant:蒙古}-",
    "\\[1\\]", "[", "](", "{{-}}", "<!-- 註 -->", "> 引文", "```", "    code", "",
]
TOKENS = ["\n", "\n\n", "## ", "  - ", "**", "[", "]", "](../Page/", ".md \"wikilink\")", "\\[", "\\]", "![",
          "<", ">", "{", "}-", "-{", "\t", "\r", "\r\n", "\ufeff", "\u3000", "。", "「", "」", "\x00", "\x01",
          "\ud800", "\u202e", "<?xml ", "{\"a\":", "1.  ^ "]
POSITIONAL = ("binary", "UTF-8", "Unicode", "looks like JSON")  # errors about one place in the file
WHOLE_FILE = ("empty", "not an article of the supported form", "limit")  # errors about the file as a whole


@st.composite
def article_text(draw) -> str:
    start = draw(st.integers(0, len(ARTICLE_LINES) - 1))
    lines = ARTICLE_LINES[start:start + draw(st.integers(1, 60))]
    lines = list(lines)
    for _ in range(draw(st.integers(0, 4))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(SYNTHETIC_LINES)))
    return draw(mutated("\n".join(lines), TOKENS))


def check_error(exc: SourceError, file: str) -> str:
    assert exc.file == file, f"error names {exc.file!r}, not the file {file!r}: {exc}"
    if any(word in exc.message for word in POSITIONAL):
        assert exc.line is not None and exc.line >= 1, f"no line for a positional error: {exc}"
    else:
        assert any(word in exc.message for word in WHOLE_FILE), f"unclassified error without a line: {exc}"
    return type(exc).__name__


def check_document(doc) -> None:
    for section in doc.sections:
        for span in (*section.paragraphs, *section.sentences):
            assert 0 <= span.start < span.end <= len(section.text)
    document_to_json(doc, "hans")


@fuzz_settings()
@given(article_text())
def test_parse_text_parses_or_raises_source_error(text):
    try:
        check_document(parse_text(text, file="fuzz.md"))
        outcome = "ok"
    except SourceError as exc:
        outcome = check_error(exc, "fuzz.md")
    record("article parse_text", outcome)


@fuzz_settings()
@given(data=st.data())
def test_parse_file_parses_or_raises_source_error_with_location(data):
    text = data.draw(article_text())
    raw = data.draw(mutated_bytes(text.encode("utf-8", "surrogatepass")))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_bytes(raw)
        try:
            check_document(parse_file(path))
            outcome = "ok"
        except SourceError as exc:
            outcome = check_error(exc, str(path))
    record("article parse_file", outcome)
