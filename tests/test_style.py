"""The tree stays ruff clean (the house style), checked on every change like any other test."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_reports_nothing():
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        found = shutil.which("ruff")
        if found is None:
            pytest.skip("ruff is not installed (it is in the test extra)")
        ruff = Path(found)
    result = subprocess.run([str(ruff), "check", "quizapp", "tests", "bench", "tools", "packaging"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
