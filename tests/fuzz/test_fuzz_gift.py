"""Fuzz the GIFT reader from its grammar: question templates with random escapes, braces, weights and feedback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import BankError
from quizapp.interchange.gift import dumps_gift, loads_gift, read_bank
from tests.fuzz.budget import fuzz_settings, record
from tests.fuzz.mutate import mutated, mutated_bytes
from tests.interchange.conftest import MOODLE_FIXTURES, every_type_bank

SEEDS = [dumps_gift(every_type_bank())] + [
    path.read_text(encoding="utf-8") for path in sorted(MOODLE_FIXTURES.glob("*.gift.txt"))
] if MOODLE_FIXTURES.is_dir() else [dumps_gift(every_type_bank())]

WORD = st.sampled_from(["外蒙古", "1911年", "博克多汗國", "Mongolia", "a b", "雅爾達", " ", "<b>粗</b>",
                        "<img src=\"http://x/y.png\">", "<a href=\"javascript:alert(1)\">x</a>", "&amp;", "%50%"])
SPECIAL = st.sampled_from(["\\~", "\\=", "\\#", "\\{", "\\}", "\\:", "\\n", "\\\\", "\\", "~", "=", "#", "{", "}",
                           ":", "::", "->", "####", "%", "%-25%", "%100%", "[html]", "[markdown]", "//", "\ue001"])


@st.composite
def gift_text(draw, max_parts: int = 4) -> str:
    parts = draw(st.lists(WORD | SPECIAL, min_size=1, max_size=max_parts))
    return "".join(parts) if draw(st.integers(0, 5)) == 0 else "".join(p for p in parts if p in WORD.elements)


@st.composite
def feedback(draw) -> str:
    return "#" + draw(gift_text()) if draw(st.booleans()) else ""


@st.composite
def answers(draw) -> str:
    kind = draw(st.sampled_from(["choice", "short", "tf", "numeric", "matching", "ordering", "essay"]))
    if kind == "choice":
        items = [draw(st.sampled_from(["=", "~", "~%50%", "~%-100%", "=%0%"])) + draw(gift_text()) + draw(feedback())
                 for _ in range(draw(st.integers(1, 5)))]
        return draw(st.sampled_from([" ", "\n"])).join(items)
    if kind == "short":
        return " ".join("=" + draw(gift_text()) + draw(feedback()) for _ in range(draw(st.integers(1, 3))))
    if kind == "tf":
        return draw(st.sampled_from(["T", "F", "TRUE", "FALSE", "true"])) + draw(feedback()) + draw(feedback())
    if kind == "numeric":
        number = st.sampled_from(["1945", "-209", "3.14", "1e9", "1..5", "1945:0", "1945:1", "x", "", "--1",
                                  "99999999999999999999999", "nan", "inf"])
        body = draw(number)
        if draw(st.booleans()):
            body = " ".join(draw(st.sampled_from(["=", "~", "=%50%"])) + draw(number) + draw(feedback())
                            for _ in range(draw(st.integers(1, 3))))
        return "#" + body
    if kind == "matching":
        return " ".join(f"={draw(gift_text())} -> {draw(gift_text())}" for _ in range(draw(st.integers(1, 4))))
    if kind == "ordering":
        items = "\n".join(draw(gift_text()) for _ in range(draw(st.integers(0, 4))))
        return f">{draw(st.integers(0, 5))} ALL VERTICAL ABSOLUTE_POSITION SHOW none\n{items}"
    return ""


@st.composite
def question(draw) -> str:
    lines = []
    if draw(st.integers(0, 7)) == 0:
        lines.append("// quizapp: " + draw(st.sampled_from(
            ['{"id":"q-1","type":"true_false"}', '{"type":"date_choice","prompt":"x"}', "[]", "{", '{"id":1}',
             '{"source":{"section_id":"s1","span":[5,1],"quote":""}}', '{"id":"q-1","prompt":[]}',
             '{"id":"q-2","type":"ordering","presented":["a",1]}', '{"id":"q-3","source":"x"}'])))
    if draw(st.integers(0, 4)) == 0:
        lines.append(draw(st.sampled_from(["// [tag:年表]", "// [id:q-x]", "// [tag:]", "// plain comment"])))
    title = f"::{draw(gift_text())}::" if draw(st.booleans()) else ""
    fmt = draw(st.sampled_from(["", "", "[html]", "[moodle]", "[plain]", "[markdown]"]))
    general = "####" + draw(gift_text()) if draw(st.integers(0, 3)) == 0 else ""
    after = draw(gift_text()) if draw(st.integers(0, 4)) == 0 else ""
    lines.append(f"{title}{fmt}{draw(gift_text())}{{{draw(answers())}{general}}}{after}")
    return "\n".join(lines)


@st.composite
def gift_file(draw) -> str:
    blocks = []
    if draw(st.integers(0, 3)) == 0:
        blocks.append("$CATEGORY: " + draw(st.sampled_from(["$course$/外蒙古", "a//b/c", "", "$system$/"])))
    if draw(st.integers(0, 5)) == 0:
        blocks.append("// quizapp-bank: " + draw(st.sampled_from(['{"name":"b"}', '{"name":1}', "{}", "x"])))
    blocks += draw(st.lists(question(), min_size=1, max_size=3))
    if draw(st.integers(0, 4)) == 0:
        blocks.append(draw(st.sampled_from(SEEDS)))
    text = draw(st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n"])).join(blocks)
    return draw(st.just(text) | mutated(text, ["{", "}", "=", "~", "#", "\\", "::", "\n", "\n\n", "->", "%"]))


def check_error(exc: BankError, file: str) -> str:
    assert exc.file == file, f"error names {exc.file!r}, not {file!r}: {exc}"
    whole_file = exc.message.startswith(("no question could be imported", "file is", "not UTF-8",
                                         "quizapp bank metadata is invalid"))
    assert whole_file or (exc.line is not None and exc.line >= 1), f"no line in {exc}"
    return "BankError"


@fuzz_settings()
@given(gift_file())
def test_loads_gift_reads_or_raises_bank_error_with_line(text):
    try:
        result = loads_gift(text, "fuzz.gift")
        assert result.bank.questions
        outcome = "ok"
    except BankError as exc:
        outcome = check_error(exc, "fuzz.gift")
    record("gift loads_gift", outcome)


@fuzz_settings(0.5)
@given(data=st.data())
def test_read_bank_of_damaged_bytes(data):
    raw = data.draw(mutated_bytes(data.draw(gift_file()).encode("utf-8")))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.gift"
        path.write_bytes(raw)
        try:
            read_bank(path)
            outcome = "ok"
        except BankError as exc:
            outcome = check_error(exc, str(path))
    record("gift read_bank", outcome)
