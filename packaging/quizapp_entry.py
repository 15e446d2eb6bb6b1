"""Frozen-app entry point: `quizapp` is the CLI (bare = GUI), `quizapp-gui` always opens the window."""

import os
import sys


def _give_windowed_app_a_log() -> None:
    """A windowed exe on Windows/macOS has no stderr (None): send messages to a log in the user's log folder."""
    if sys.stderr is not None and sys.stdout is not None:
        return
    try:
        from platformdirs import user_log_path

        log_dir = user_log_path("quizapp", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        stream = open(log_dir / "quizapp.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the app
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def _entry() -> int:
    _give_windowed_app_a_log()
    from quizapp.cli import gui_main, main

    program = os.path.splitext(os.path.basename(sys.executable))[0].lower()
    return gui_main() if program.endswith("-gui") else main()


if __name__ == "__main__":
    raise SystemExit(_entry())
