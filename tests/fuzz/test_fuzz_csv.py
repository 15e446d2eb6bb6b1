"""Fuzz the CSV reader: rows from its column grammar with random quoting, BOM, line ends and column sets, mutated."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import BankError
from quizapp.interchange.csv_format import COLUMNS, dumps_csv, loads_csv, read_bank
from tests.fuzz.budget import fuzz_settings, record
from tests.fuzz.mutate import mutated, mutated_bytes
from tests.interchange.conftest import every_type_bank

SEED = dumps_csv(every_type_bank())
TYPES = ["date_choice", "event_choice", "cloze_choice", "true_false", "ordering", "matching", "cloze_typed",
         "year_typed", "essay", "", " true_false "]
STEM = st.sampled_from(["外蒙古於1946年獨立。", "a,b", 'say "hi"', "line\nbreak", "", " ", "=1+1", "\ufeff", "\r",
                        "____與史達林會談", "x" * 300])
LIST = st.sampled_from(['["1911年", "1912年", "1913年"]', "甲|乙|丙", "[1, 2]", "[", '["a"]', "", "[]", '{"a":1}',
                        '["a", "b", "c", "d"]'])
ANSWER = st.sampled_from(["0", "1", "3", "-1", "99", "true", "false", "True", "[1, 0, 2]", "[0]", "[0, 0]", "1945",
                          "-209", '["哲布尊丹巴"]', "哲布尊丹巴|活佛", "", "x", "1e400", "NaN", "null", '{"a": 1}'])
INT = st.sampled_from(["0", "3", "20", "-1", "", "x", "1.5", "99999999999999999999999"])
CELLS = {
    "id": st.sampled_from(["q-1", "q-2", "", "q-1 ", "q/../x"]), "type": st.sampled_from(TYPES),
    "prompt": st.sampled_from(["", "true_false.statement", "date_choice.year", "x"]), "stem": STEM,
    "left": LIST, "choices": LIST, "answer": ANSWER, "explanation": STEM,
    "section_id": st.sampled_from(["s2", "", "s0"]), "section_path": LIST, "span_start": INT, "span_end": INT,
    "quote": STEM, "events": LIST, "difficulty": INT, "tags": LIST,
    "status": st.sampled_from(["", "approved", "flagged", "bogus"]), "flag_reason": STEM, "gloss_en": STEM,
}


VALID_ROWS = [
    {"type": "true_false", "stem": "外蒙古於1946年獨立。", "answer": "false"},
    {"type": "date_choice", "stem": "博克多汗國成立", "choices": '["1910年", "1911年", "1912年"]', "answer": "1"},
    {"type": "ordering", "stem": "依時間先後排列", "choices": "甲|乙|丙", "answer": "[2, 0, 1]"},
    {"type": "matching", "stem": "配對", "left": '["1911年", "1915年"]', "choices": '["甲", "乙"]', "answer": "[1, 0]"},
    {"type": "cloze_typed", "stem": "____宣佈外蒙古自治", "answer": "哲布尊丹巴|活佛"},
    {"type": "year_typed", "stem": "中俄蒙協約簽訂於哪一年？", "answer": "1915"},
]


@st.composite
def csv_file(draw, bom: bool = False) -> str:
    """A CSV bank; ``bom``: sometimes with the UTF-8 BOM spreadsheet programs write (read_bank drops it)."""
    if draw(st.integers(0, 5)) == 0:
        text = SEED
    else:
        columns = draw(st.sampled_from([list(COLUMNS), ["type", "stem", "answer"], ["type", "stem", "answer", "choices"],
                                        ["type", "stem", "answer", "choices", "section_id", "quote", "span_start",
                                         "span_end"]]))
        if draw(st.integers(0, 6)) == 0:
            columns = draw(st.permutations(columns + draw(st.sampled_from([[], ["bogus"], [" stem"], ["stem"]]))))
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
        out = io.StringIO(newline="")
        writer = csv.writer(out, quoting=quoting, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
        writer.writerow(columns)
        for _ in range(draw(st.integers(0, 4))):
            if draw(st.booleans()):  # a row that fits its type, other columns empty
                valid = draw(st.sampled_from(VALID_ROWS))
                row = [valid.get(name, "") for name in columns]
            else:
                row = [draw(CELLS[name]) if name in CELLS else "x" for name in columns]
            if draw(st.integers(0, 8)) == 0:
                row = row[: draw(st.integers(0, len(row)))] + draw(st.lists(st.just(""), max_size=2))
            writer.writerow(row)
        text = out.getvalue()
    if bom:
        text = draw(st.sampled_from(["", "\ufeff", "\ufeff\ufeff"])) + text
    return draw(st.just(text) | mutated(text, [",", '"', '""', "\n", "\r\n", "\r", "\x00", "|", "[", "]", "\ufeff"]))


def check_error(exc: BankError, file: str) -> str:
    assert exc.file == file, exc
    whole_file = exc.message.startswith(("no question could be imported", "file is", "not UTF-8"))
    assert whole_file or (exc.line is not None and exc.line >= 1), f"no line in {exc}"
    return "BankError"


@fuzz_settings()
@given(csv_file())
def test_loads_csv_reads_or_raises_bank_error_with_line(text):
    try:
        assert loads_csv(text, "fuzz.csv").bank.questions
        outcome = "ok"
    except BankError as exc:
        outcome = check_error(exc, "fuzz.csv")
    record("csv loads_csv", outcome)


@fuzz_settings(0.5)
@given(data=st.data())
def test_read_bank_of_damaged_csv_bytes(data):
    raw = data.draw(mutated_bytes(data.draw(csv_file(bom=True)).encode("utf-8", "surrogatepass")))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bank.csv"
        path.write_bytes(raw)
        try:
            read_bank(path)
            outcome = "ok"
        except BankError as exc:
            outcome = check_error(exc, str(path))
    record("csv read_bank", outcome)
