"""Hypothesis: any text parses or raises a QuizappError, and a parse is always self-consistent."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.errors import QuizappError
from quizapp.paths import SOURCES
from quizapp.source import document_to_json, parse_text

REAL_LINES = (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8").splitlines() + (
    SOURCES / "唐努乌梁海.md"
).read_text(encoding="utf-8").splitlines()
MARKUP = ["[", "]", "(", ")", "\\[", "\\]", "-{", "}-", "**", "\\", "](", "\"", "#", "  - ", "1. ", "\\]\\]",
          "（", "）", "「", "」", "“", "”", "《", "》", "。", "\n", "\n\n", "<!--", "-->", "{{-}}", "fig:"]


def check(text):
    try:
        doc = parse_text(text)
    except QuizappError:
        return
    for section in doc.sections:
        size = len(section.text)
        for span in (*section.paragraphs, *section.sentences, *section.protected, *section.broken):
            assert 0 <= span.start < span.end <= size
        for link in section.links:
            assert section.text[link.start : link.end] == link.text and link.text
        assert all(0 <= note.offset <= size for note in section.notes)
    document_to_json(doc, "hant")


@st.composite
def mutated_article(draw):
    """Real article lines, cut, shuffled, spliced with markup fragments and junk."""
    lines = draw(st.lists(st.sampled_from(REAL_LINES), min_size=1, max_size=25))
    mutated = []
    for line in lines:
        action = draw(st.sampled_from(["keep", "cut", "insert", "delete", "junk"]))
        if line and action == "cut":
            line = line[: draw(st.integers(0, len(line)))]
        elif action == "insert":
            at = draw(st.integers(0, len(line)))
            line = line[:at] + draw(st.sampled_from(MARKUP)) + line[at:]
        elif line and action == "delete":
            at = draw(st.integers(0, len(line) - 1))
            line = line[:at] + line[at + draw(st.integers(1, 10)) :]
        elif action == "junk":
            line = draw(st.text(max_size=30))
        mutated.append(line)
    return "\n".join(mutated)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text):
    check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(MARKUP) | st.text(alphabet="外蒙古獨立中國。，", max_size=8), max_size=60).map("".join))
def test_markup_soup(text):
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_article())
def test_mutated_articles(text):
    check(text)
