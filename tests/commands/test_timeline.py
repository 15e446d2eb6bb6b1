"""`quizapp timeline` end to end: the contract JSON, spans into `parse` text in every script, errors."""

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from quizapp.paths import SOURCES

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
ISO_BY_PRECISION = {"century": r"-?\d{4}", "decade": r"-?\d{4}", "year": r"-?\d{4}", "season": r"-?\d{4}-\d{2}",
                    "month": r"-?\d{4}-\d{2}", "day": r"-?\d{4}-\d{2}-\d{2}"}


def quizapp(*args):
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    return subprocess.run([python, "-m", "quizapp", *map(str, args)], capture_output=True, cwd=ROOT, timeout=120)


@cache
def run_json(command: str, name: str, script: str) -> dict:
    result = quizapp(command, SOURCES / name, "--json", "--script", script)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    return json.loads(result.stdout.decode("utf-8"))


def test_contract_shape():
    data = run_json("timeline", "外蒙古独立.md", "original")
    assert data["title"] == "外蒙古独立" and len(data["events"]) >= 60
    for number, event in enumerate(data["events"], start=1):
        assert event["id"] == f"e{number:04d}"
        assert {"id", "date", "text", "section", "span", "entities", "conflicts"} <= set(event)
        date = event["date"]
        assert set(date) == {"start", "end", "precision", "text"}
        pattern = ISO_BY_PRECISION[date["precision"]]
        assert re.fullmatch(pattern, date["start"]) and re.fullmatch(pattern, date["end"]), date
        assert date["start"] <= date["end"] or date["start"].startswith("-")
        assert set(event["section"]) == {"id", "path"} and isinstance(event["span"], list)
        assert all(set(entity) == {"text", "target"} for entity in event["entities"])
    ids = {event["id"] for event in data["events"]}
    assert all(set(event["conflicts"]) <= ids for event in data["events"])
    assert sum(bool(event["conflicts"]) for event in data["events"]) == 6  # three real pairs
    assert len(data["conflicts"]) == 3


def test_example_of_the_contract():
    data = run_json("timeline", "外蒙古独立.md", "original")
    event = next(e for e in data["events"] if e["date"]["text"] == "1911年12月1日")
    assert event["date"] == {"start": "1911-12-01", "end": "1911-12-01", "precision": "day", "text": "1911年12月1日"}
    assert event["text"] == "博克多汗國成立，當地人宣佈成立獨立自主的主權國家。"
    assert event["section"]["path"] == ["相關歷史事件年表"]
    assert {"text": "博克多汗國", "target": "博克多汗國"} in event["entities"]
    century = next(e for e in data["events"] if e["date"]["precision"] == "century")
    assert (century["date"]["start"], century["date"]["end"]) == ("1901", "1950")


@pytest.mark.parametrize("script", ["original", "hans", "hant", "tw", "hk"])
@pytest.mark.parametrize("name", ["外蒙古独立.md", "唐努乌梁海.md"])
def test_spans_index_the_parse_text_in_the_same_script(name, script):
    timeline = run_json("timeline", name, script)
    sections = {s["id"]: s for s in run_json("parse", name, script)["sections"]}
    for event in timeline["events"]:
        text = sections[event["section"]["id"]]["text"]
        start, end = event["span"]
        assert text[start:end] == event["text"]
        assert event["section"]["path"] == sections[event["section"]["id"]]["path"]
        offset = event["date_offset"]
        assert text[offset : offset + len(event["date"]["text"])] == event["date"]["text"]


def test_converted_script_applies_to_text_fields():
    hans = run_json("timeline", "外蒙古独立.md", "hans")["events"]
    original = run_json("timeline", "外蒙古独立.md", "original")["events"]
    assert [e["span"] for e in hans] == [e["span"] for e in original]
    first = next(e for e in hans if e["date"]["start"] == "1911-12-01")
    assert first["text"].startswith("博克多汗国成立") and first["section"]["path"] == ["相关历史事件年表"]


def test_plain_listing_without_json():
    result = quizapp("timeline", SOURCES / "中俄蒙协约.md")
    assert result.returncode == 0
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith("中俄蒙协约: 3 events") and lines[1].startswith("e0001  1915")


def bad(path, *extra):
    result = quizapp("timeline", path, "--json", *extra)
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert result.returncode == 2 and not result.stdout, result.stderr
    return lines


def test_missing_file(tmp_path):
    lines = bad(tmp_path / "missing.md")
    assert len(lines) == 1 and lines[0].startswith(f"quizapp: {tmp_path / 'missing.md'}")


def test_not_an_article(tmp_path):
    path = tmp_path / "data.md"
    path.write_text('{"not": "an article"}\n', encoding="utf-8")
    lines = bad(path)
    assert len(lines) == 1 and lines[0].startswith("quizapp: ")


def test_unknown_script_is_a_usage_error():
    result = quizapp("timeline", SOURCES / "中俄蒙协约.md", "--json", "--script", "latin")
    assert result.returncode == 2 and b"invalid choice" in result.stderr


def test_article_without_dates_has_an_empty_timeline(tmp_path):
    path = tmp_path / "nodates.md"
    path.write_text("**無日期**是一篇沒有任何日期的文章，它只描述蒙古高原的地理與氣候，以及當地人民的生活方式和風俗習慣。\n",
                    encoding="utf-8")
    result = quizapp("timeline", path, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["events"] == [] and data["conflicts"] == []
