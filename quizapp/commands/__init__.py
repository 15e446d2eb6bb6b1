"""Subcommands of the ``quizapp`` CLI: light modules, heavy imports inside ``run``."""

from __future__ import annotations

import sys


def write_stdout(text: str) -> None:
    """Print ``text`` as UTF-8 whatever the console's encoding (a Windows console or a pipe may not be UTF-8)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is not None:
        stream.write(text.encode("utf-8"))
        stream.flush()
    else:
        sys.stdout.write(text)
