"""The native JSON bank file: every rule of the format refused with question, field, file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.bankformat import QUESTION_TYPES, parse_bank
from quizapp.errors import BankError
from quizapp.interchange.native import dumps_bank, loads_bank, read_bank, read_raw, write_bank
from tests.store import samples


def _write(tmp_path, data, name="bank.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return str(path)


def _with(index: int, **changes) -> dict:
    items = samples.questions()
    items[index].update(changes)
    for key, value in changes.items():
        if value is ...:
            del items[index][key]
    return samples.bank_file(items=items)


def test_every_type_is_read_and_written_back_byte_for_byte(tmp_path):
    bank = read_bank(_write(tmp_path, samples.bank_file()))
    assert {q.type for q in bank.questions} == set(QUESTION_TYPES)
    out = tmp_path / "out.json"
    write_bank(bank, out)
    first = out.read_bytes()
    again = read_bank(out)
    write_bank(again, out)
    assert out.read_bytes() == first
    text = first.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n") and "博克多汗國" in text
    assert [q["id"] for q in json.loads(text)["questions"]] == [q["id"] for q in samples.QUESTIONS]
    assert list(json.loads(text)["questions"][0]) == ["id", "type", "prompt", "stem", "choices", "answer",
                                                      "explanation", "source", "events", "difficulty", "tags",
                                                      "status"]
    assert dumps_bank(again) == text


def test_written_optional_fields_are_kept(tmp_path):
    text = dumps_bank(parse_bank(samples.bank_file()))
    data = json.loads(text)
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id["q-tf"]["gloss_en"] == "Outer Mongolia"
    assert by_id["q-match"]["flag_reason"] == "兩個日期都需要核對"
    assert "flag_reason" not in by_id["q-date"] and "gloss_en" not in by_id["q-date"]


@pytest.mark.parametrize(
    ("index", "changes", "field", "why"),
    [
        (0, {"answer": 4}, "answer", "not an index"),
        (0, {"answer": True}, "answer", "valid integer"),
        (0, {"choices": ["1911年"]}, "choices", "at least 2"),
        (0, {"choices": ["1911年", "１９１１年"], "answer": 0}, "choices", "duplicates"),
        (2, {"choices": ["蔣介石", "蒋介石"]}, "choices", "duplicates"),
        (2, {"choices": ["蔣介石", "？！"]}, "choices", "empty"),
        (3, {"answer": "yes"}, "answer", "valid boolean"),
        (3, {"choices": ["對", "錯"]}, "choices", "unknown key"),
        (4, {"answer": [0, 0, 1]}, "answer", "permutation"),
        (4, {"choices": ["a", "b"], "answer": [1, 0]}, "choices", "at least 3"),
        (5, {"left": ["1911年"], "answer": [0]}, "left", "at least 2"),
        (5, {"left": ["1911年", "1912年", "1913年"]}, "left", "has 3 items"),
        (6, {"answer": []}, "answer", "at least 1"),
        (6, {"answer": "哲布尊丹巴"}, "answer", "valid list"),
        (7, {"answer": 0}, "answer", "no year 0"),
        (7, {"answer": "1915"}, "answer", "valid integer"),
        (0, {"id": "x-1"}, "id", "pattern"),
        (0, {"type": "essay"}, "type", "unknown question type"),
        (0, {"type": ...}, "type", "missing or unknown"),
        (0, {"difficulty": 4}, "difficulty", "less than or equal to 3"),
        (0, {"status": "draft"}, "status", "generated"),
        (0, {"status": "flagged"}, "flag_reason", "needs a non-empty"),
        (0, {"source": ...}, "source", "Field required"),
        (0, {"source": samples.source() | {"span": [5, 2]}}, "source.span", "0 <= start <= end"),
        (0, {"anwser": 1}, "anwser", "unknown key"),
        (1, {"stem": ""}, "stem", "at least 1 character"),
    ],
)
def test_a_bad_question_is_refused_with_where_and_why(tmp_path, index, changes, field, why):
    path = _write(tmp_path, _with(index, **changes))
    with pytest.raises(BankError) as caught:
        read_bank(path)
    error = caught.value
    qid = changes.get("id", samples.QUESTIONS[index]["id"])
    assert error.message.startswith(f"question {index} ({qid}): ")
    assert f"field '{field}'" in error.message
    assert why in error.message
    assert error.file == path
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert f'"id": "{qid}"' in lines[error.line - 1]
    assert str(error).startswith(f"{path}:{error.line}: question {index}")


def test_duplicate_ids_are_refused(tmp_path):
    items = samples.questions()
    items[3]["id"] = "q-date"
    with pytest.raises(BankError, match=r"question 3 \(q-date\): field 'id': duplicates question 0"):
        read_bank(_write(tmp_path, samples.bank_file(items=items)))


@pytest.mark.parametrize(
    ("mutate", "why"),
    [
        (lambda d: d.update(format="moodle"), "not a quizapp bank file"),
        (lambda d: d.update(version=2), "version 2 is newer"),
        (lambda d: d.update(version="1"), "version"),
        (lambda d: d.update(extra=1), "unknown top-level key"),
        (lambda d: d.update(questions={}), "'questions' must be a list"),
        (lambda d: d["bank"].update(name=""), "name"),
        (lambda d: d["bank"]["source"].pop("sha256"), "sha256"),
        (lambda d: d["questions"].append([1, 2]), "question 8: must be a JSON object"),
    ],
)
def test_a_bad_envelope_is_refused(tmp_path, mutate, why):
    data = samples.bank_file()
    mutate(data)
    with pytest.raises(BankError, match=why):
        read_bank(_write(tmp_path, data))


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "quizapp-bank",\n  "version": 1,,\n}\n', encoding="utf-8")
    with pytest.raises(BankError) as caught:
        read_bank(path)
    assert caught.value.line == 3 and "not valid JSON" in caught.value.message


def test_missing_and_undecodable_files(tmp_path):
    with pytest.raises(BankError, match="no such file"):
        read_bank(tmp_path / "nope.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes("{\"a\": \"é\"}".encode("latin-1"))
    with pytest.raises(BankError, match="not UTF-8"):
        read_bank(bad)


def test_a_bank_without_source_is_allowed():
    data = samples.bank_file()
    del data["bank"]["source"]
    assert "source" not in json.loads(dumps_bank(loads_bank(json.dumps(data))))["bank"]


def test_lazy_decoding_reads_any_key_order_empty_lists_and_a_bom(tmp_path):
    data = samples.bank_file()
    reordered = {"questions": data["questions"], "bank": data["bank"], "version": 1, "format": "quizapp-bank"}
    path = tmp_path / "reordered.json"
    path.write_text("\ufeff" + json.dumps(reordered, ensure_ascii=False), encoding="utf-8")
    assert read_bank(path).to_file_dict() == parse_bank(data).to_file_dict()
    empty = json.dumps(samples.bank_file(items=[]), indent=1)
    assert loads_bank(empty).questions == []
    assert read_raw(path).data["questions"][1:3] == data["questions"][1:3]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('{"format": "quizapp-bank",\n "questions": [\n {"id": 1},\n ]}', 4),  # trailing comma
        ('{"questions": []}\n{"again": 1}', 2),  # extra data
        ('{"questions": [1 2]}', 1),
        ('{"questions": [', 1),
        ("{'format': 1}", 1),
        ("[1, 2]", 1),  # valid JSON, but not a bank
    ],
)
def test_broken_json_in_the_lazy_decoder_names_the_line(text, line):
    with pytest.raises(BankError) as caught:
        loads_bank(text, file="x.json")
    assert caught.value.line == line
    assert caught.value.file == "x.json"


def test_an_overlong_stem_is_refused(tmp_path):
    with pytest.raises(BankError, match="stem"):
        read_bank(_write(tmp_path, _with(0, stem="長" * 601)))
