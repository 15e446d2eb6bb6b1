"""CSV: BOM and columns, lossless round trip, hand-written rows, errors that name file and line."""

from __future__ import annotations

import pytest

from quizapp.errors import BankError
from quizapp.interchange import csv_format
from quizapp.interchange.common import IMPORTED_FLAG

HEADER = ",".join(csv_format.COLUMNS)


def test_written_file_has_bom_and_documented_header(bank, tmp_path):
    path = tmp_path / "外蒙古独立.csv"
    csv_format.write_bank(bank, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode().splitlines()[0] == HEADER


def test_round_trip_is_lossless(bank, tmp_path):
    path = tmp_path / "外蒙古独立.csv"
    csv_format.write_bank(bank, path)
    back = csv_format.read_bank(path)
    assert back.to_file_dict()["questions"] == bank.to_file_dict()["questions"]
    assert back.bank.name == "外蒙古独立"  # a CSV holds no bank metadata: the name is the file's


def test_hand_written_rows_with_bar_lists(tmp_path):
    path = tmp_path / "teacher.csv"
    path.write_text("type,stem,choices,answer,tags\n"
                    "event_choice,1945年發生了甚麼？,雅爾達會議|中俄蒙協約,0,條約|1945\n"
                    "cloze_typed,____宣佈外蒙古自治,,哲布尊丹巴|哲布尊丹巴呼圖克圖,\n"
                    "true_false,外蒙古於1946年獨立。,,TRUE,\n", encoding="utf-8")
    result = csv_format.read_with_report(path)
    choice, typed, statement = result.bank.questions
    assert choice.choices == ["雅爾達會議", "中俄蒙協約"] and choice.tags == ["條約", "1945"]
    assert typed.answer == ["哲布尊丹巴", "哲布尊丹巴呼圖克圖"]
    assert statement.answer is True
    # rows without a source passage are imported as flagged, with generated ids
    assert {q.status for q in result.bank.questions} == {"flagged"}
    assert {q.flag_reason for q in result.bank.questions} == {IMPORTED_FLAG}
    assert all(q.id.startswith("q-csv-") for q in result.bank.questions)
    assert result.bank.bank.name == "teacher"


def test_ungrounded_row_stays_flagged_whatever_its_status(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("type,stem,answer,status\nyear_typed,中俄蒙協約,1915,approved\n", encoding="utf-8")
    (question,) = csv_format.read_bank(path).questions
    assert question.status == "flagged" and question.answer == 1915


@pytest.mark.parametrize(("rows", "line", "message"), [
    ('type,stem,answer\nyear_typed,"two\nlines",1915\nyear_typed,x,nineteen\n', 4, "is not JSON"),
    ("type,stem,answer,colour\n", 1, "unknown column(s) 'colour'"),
    ("type,answer\n", 1, "missing required column(s): stem"),
    ("type,stem,answer\nyear_typed,x\n", 2, "row has 2 cells"),
    ("type,stem,answer\nyear_typed,x,0\n", 2, "no year 0"),
    ("type,stem,answer,difficulty\nyear_typed,x,1915,hard\n", 2, "'difficulty'"),
    ('type,stem,answer\nyear_typed,"x,1915\n', 2, "malformed CSV"),
    ("", 1, "empty CSV file"),
])
def test_errors_name_file_and_line(tmp_path, rows, line, message):
    path = tmp_path / "bad.csv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(BankError) as caught:
        csv_format.read_bank(path)
    assert caught.value.file == str(path) and caught.value.line == line
    assert message in caught.value.message


def test_duplicate_ids_refused(bank, tmp_path):
    text = csv_format.dumps_csv(bank)
    lines = text.split("\r\n")
    path = tmp_path / "dup.csv"
    path.write_text("\r\n".join([*lines[:3], lines[2], *lines[3:]]), encoding="utf-8")
    with pytest.raises(BankError, match="appears twice"):
        csv_format.read_bank(path)
