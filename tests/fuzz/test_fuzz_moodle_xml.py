"""Fuzz the Moodle XML reader: question elements with random attributes, entities, CDATA and DTDs, mutated."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import BankError
from quizapp.interchange.moodle_xml import dumps_moodle_xml, loads_moodle_xml
from tests.fuzz.budget import fuzz_settings, record
from tests.fuzz.mutate import mutated, mutated_bytes
from tests.interchange.conftest import MOODLE_FIXTURES, every_type_bank

SEEDS = [dumps_moodle_xml(every_type_bank())]
if MOODLE_FIXTURES.is_dir():
    SEEDS += [path.read_text(encoding="utf-8") for path in sorted(MOODLE_FIXTURES.glob("*.xml"))]

WELL_FORMED_TEXT = st.sampled_from([
    "外蒙古獨立", "1911年", "Mongolia", "&amp;", "&lt;b&gt;粗&lt;/b&gt;", "&#x4e2d;", "&#20013;", "<![CDATA[<p>1945年</p>]]>",
    "<![CDATA[]]]]><![CDATA[>]]>", "<![CDATA[<img src=\"http://evil/x.png\"><a href=\"javascript:alert(1)\">x</a>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;", "", " ", "<!-- quizapp: {\"id\":\"q-1\"} -->", "\u2028"])
MALFORMED_TEXT = st.sampled_from(["&nbsp;", "&bogus;", "&#0;", "&#xD800;", "]]>", "<b>", "&"])
TEXT = WELL_FORMED_TEXT | WELL_FORMED_TEXT | WELL_FORMED_TEXT | WELL_FORMED_TEXT | MALFORMED_TEXT
KIND = st.sampled_from(["multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay",
                        "category", "cloze", "description", "", "MULTICHOICE"])
FORMAT = st.sampled_from(["html", "moodle_auto_format", "plain_text", "markdown", "", "x"])
FRACTION = st.sampled_from(["100", "0", "50", "-100", "33.33333", "nan", "inf", "-inf", "1e400", "abc", "", "100 "])


@st.composite
def text_element(draw, tag: str) -> str:
    attrs = f' format="{draw(FORMAT)}"' if draw(st.booleans()) else ""
    body = "".join(draw(st.lists(TEXT, max_size=3)))
    return f"<{tag}{attrs}><text>{body}</text></{tag}>" if draw(st.integers(0, 5)) else f"<{tag}{attrs}>{body}</{tag}>"


@st.composite
def answer(draw, kind: str) -> str:
    inner = draw(text_element("x"))[3:-4]  # the <text>…</text> part
    extra = ""
    if kind == "numerical":
        extra = f"<tolerance>{draw(st.sampled_from(['0', '1', 'x', '', 'nan']))}</tolerance>"
        inner = f"<text>{draw(st.sampled_from(['1945', '-209', '3.5', '*', 'x', '1e400', 'nan']))}</text>"
    feedback = draw(text_element("feedback")) if draw(st.booleans()) else ""
    return f'<answer fraction="{draw(FRACTION)}" format="{draw(FORMAT)}">{inner}{feedback}{extra}</answer>'


@st.composite
def question(draw) -> str:
    kind = draw(KIND)
    parts = [draw(text_element("name")), draw(text_element("questiontext"))]
    if draw(st.booleans()):
        parts.append(draw(text_element("generalfeedback")))
    if kind == "category":
        parts = [f"<category><text>{draw(TEXT)}/{draw(TEXT)}</text></category>"]
    elif kind == "matching":
        parts += [f"<subquestion format=\"html\"><text>{draw(TEXT)}</text><answer><text>{draw(TEXT)}</text>"
                  "</answer></subquestion>" for _ in range(draw(st.integers(0, 4)))]
    else:
        parts += [draw(answer(kind)) for _ in range(draw(st.integers(0, 4)))]
    if draw(st.integers(0, 3)) == 0:
        parts.append(f"<single>{draw(st.sampled_from(['true', 'false', '1', '0', '']))}</single>")
    if draw(st.integers(0, 3)) == 0:
        parts.append(f"<tags><tag><text>{draw(TEXT)}</text></tag></tags>")
    if draw(st.integers(0, 5)) == 0:
        parts.append(f"<idnumber>{draw(TEXT)}</idnumber>")
    if draw(st.integers(0, 7)) == 0:
        parts.append(draw(st.sampled_from([
            '<!-- quizapp: {"id":"q-x","type":"true_false"} -->', "<!-- quizapp: [] -->", "<!-- quizapp: { -->",
            '<!-- quizapp-bank: {"name":"b"} -->', '<file name="a.png" encoding="base64">AAAA</file>'])))
    attrs = f' type="{kind}"' if draw(st.integers(0, 8)) else ""
    if draw(st.integers(0, 5)) == 0:
        attrs += draw(st.sampled_from([' id="1"', ' xmlns="http://x"', " a='&amp;'", ' type="truefalse"']))
    return f"<question{attrs}>{''.join(parts)}</question>"


PROLOGUES = 6 * ['<?xml version="1.0" encoding="UTF-8"?>\n'] + ['<?xml version="1.0" encoding="UTF-8"?>\n', "", "\ufeff", '<?xml version="1.0"?>\n',
             '<!DOCTYPE quiz [<!ENTITY a "外蒙古">]>\n', '<!DOCTYPE quiz SYSTEM "http://evil/quiz.dtd">\n',
             '<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n', '<?xml version="1.0" encoding="latin-1"?>\n', '<?xml version="1.0" encoding="GB2312"?>\n',
             '<?xml version="1.0" encoding="UTF-16"?>\n']


@st.composite
def xml_file(draw) -> bytes:
    if draw(st.integers(0, 5)) == 0:
        text = draw(st.sampled_from(SEEDS))
    else:
        root = draw(st.sampled_from(["quiz", "quiz", "quiz", "question", "html"]))
        body = "\n".join(draw(st.lists(question(), min_size=1, max_size=4)))
        text = draw(st.sampled_from(PROLOGUES)) + (f"<{root}>\n{body}\n</{root}>" if root != "question" else body)
    text = draw(st.just(text) | mutated(text, ["<", ">", "</question>", "<question>", "&", "&amp;", "]]>",
                                               "<![CDATA[", "\"", "<!--", "-->", "\n", "<text>", "</text>"]))
    data = text.encode("utf-8", "surrogatepass")
    return draw(st.just(data) | mutated_bytes(data, max_ops=2))


def check_error(exc: BankError) -> str:
    assert exc.file == "fuzz.xml", exc
    whole_file = exc.message.startswith(("no question could be imported", "quizapp bank metadata is invalid"))
    assert whole_file or (exc.line is not None and exc.line >= 1), f"no line in {exc}"
    return "BankError"


@fuzz_settings()
@given(xml_file())
def test_loads_moodle_xml_reads_or_raises_bank_error_with_line(data):
    try:
        result = loads_moodle_xml(data, "fuzz.xml")
        assert result.bank.questions
        for question in result.bank.questions:  # HTML was sanitized to plain text on the way in
            assert "<img" not in question.stem and "javascript:" not in question.stem
        outcome = "ok"
    except BankError as exc:
        outcome = check_error(exc)
    record("moodle-xml loads_moodle_xml", outcome)
