"""The app's version, read from the one place it is declared (pyproject.toml / installed metadata)."""

from __future__ import annotations

import re
from pathlib import Path


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():  # source checkout or editable install: the file is the truth
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
        if match:
            return match.group(1)
    from importlib import metadata  # only when there is no pyproject.toml: it costs ~35 ms

    try:
        return metadata.version("quizapp")
    except metadata.PackageNotFoundError:  # frozen build without metadata
        return "0+unknown"


__version__ = _read_version()
