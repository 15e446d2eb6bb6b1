"""quizapp generate and quizapp check end to end on a bundled article: exit codes, bytes, report."""

import json

import pytest

from quizapp.cli import main
from quizapp.paths import QUESTIONS, SOURCES

SOURCE = SOURCES / "中俄蒙协约.md"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("bank") / "bank.json"
    assert main(["generate", str(SOURCE), "--out", str(out), "--seed", "5"]) == 0
    return out


def test_generate_writes_a_valid_deterministic_bank(generated, tmp_path):
    data = json.loads(generated.read_text(encoding="utf-8"))
    assert data["format"] == "quizapp-bank" and data["questions"]
    assert data["bank"]["source"]["file"] == SOURCE.name
    again = tmp_path / "again.json"
    assert main(["generate", str(SOURCE), "--out", str(again), "--seed", "5"]) == 0
    assert again.read_bytes() == generated.read_bytes()


def test_regenerating_over_a_file_keeps_an_edit(generated, tmp_path):
    data = json.loads(generated.read_text(encoding="utf-8"))
    data["questions"][0]["stem"] = "教師改寫"
    data["questions"][0]["status"] = "edited"
    target = tmp_path / "edited.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["generate", str(SOURCE), "--out", str(target), "--seed", "5"]) == 0
    kept = json.loads(target.read_text(encoding="utf-8"))["questions"][0]
    assert kept["stem"] == "教師改寫" and kept["status"] == "edited"


def test_check_passes_a_generated_bank(generated, capsys):
    assert main(["check", str(generated), "--source", str(SOURCE)]) == 0
    assert main(["check", str(generated)]) == 0  # finds the bundled source by name
    assert "ok" in capsys.readouterr().out


def test_check_reports_every_violation_with_exit_1(generated, tmp_path, capsys):
    data = json.loads(generated.read_text(encoding="utf-8"))
    data["questions"][0]["stem"] = "[x](../Page/x.md)"
    data["questions"][1]["source"]["quote"] = "不在原文中的引文"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert data["questions"][0]["id"] in out and "[markup]" in out
    assert data["questions"][1]["id"] in out and "[quote]" in out


def test_check_unreadable_input_exits_2(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    other = tmp_path / "other.json"
    other.write_text('{"format": "something-else"}', encoding="utf-8")
    assert main(["check", str(other)]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("bank", sorted(QUESTIONS.glob("*.json")), ids=lambda p: p.stem)
def test_every_committed_bank_passes_check(bank, capsys):
    assert main(["check", str(bank)]) == 0, capsys.readouterr().out
