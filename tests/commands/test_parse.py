"""`quizapp parse` end to end: JSON on stdout for a good article, one stderr line and exit 2 for bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.paths import SOURCES

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"


def quizapp(*args):
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    return subprocess.run([python, "-m", "quizapp", "parse", *map(str, args)], capture_output=True, cwd=ROOT, timeout=120)


def test_good_file_prints_the_contract_json():
    result = quizapp(SOURCES / "外蒙古独立.md", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["title"] == "外蒙古独立" and data["sections"][0]["id"] == "s0"
    assert "外蒙古地区于" in result.stdout.decode("utf-8")  # ensure_ascii=False


def test_script_option():
    result = quizapp(SOURCES / "中俄蒙协约.md", "--json", "--script", "hant")
    assert result.returncode == 0
    assert json.loads(result.stdout)["sections"][0]["text"].startswith("《中俄蒙協約》")


def bad(path):
    result = quizapp(path, "--json")
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and not result.stdout, result.stderr
    assert lines[0].startswith(f"quizapp: {path}")
    return lines[0]


def test_missing_file(tmp_path):
    assert "no such file" in bad(tmp_path / "missing.md")


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("外蒙古\n第二行\n".encode() + "caf\xe9\n".encode("latin-1"))
    assert f"{path}:3: not UTF-8" in bad(path)


def test_binary(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in bad(path)


def test_empty(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert "empty" in bad(path)


@pytest.mark.slow
def test_fifty_megabytes_of_junk(tmp_path):
    path = tmp_path / "junk.md"
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(b"lorem ipsum [x](y) \\[1\\] " * 40_000 + b"\n")
    assert "limit" in bad(path)


def test_junk_under_the_limit(tmp_path):
    path = tmp_path / "junk.md"
    path.write_text("lorem ipsum [x](y) \\[1\\]\n" * 50_000, encoding="utf-8")
    assert "not an article" in bad(path)
