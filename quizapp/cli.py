"""Command-line entry points; each subcommand lives in quizapp.commands and imports its heavy parts lazily."""

from __future__ import annotations

import argparse
import importlib
import sys

from quizapp.errors import QuizappError
from quizapp.version import __version__

# subcommand name -> module in quizapp.commands; each module has add_arguments(parser) and run(args) -> int.
# Modules must stay light at import time: `quizapp parse` never loads Qt or SQLAlchemy.
COMMANDS = {
    "gui": "gui",
    "parse": "parse",
    "timeline": "timeline",
    "generate": "generate",
    "check": "check",
    "import": "import_",
    "export": "export",
    "db": "db",
    "bench": "bench",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quizapp", description="Quizzes from a Chinese history article.")
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"quizapp.commands.{module_name}")
        doc = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else None
        command_parser = sub.add_parser(name, help=doc, description=doc)
        module.add_arguments(command_parser)
        command_parser.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "--version", "-h"):
        argv.insert(0, "gui")  # bare `quizapp` (or `quizapp --db URL`) opens the GUI
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except QuizappError as exc:
        print(f"quizapp: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quizapp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def gui_main() -> int:
    """Entry point of the desktop launcher (gui-scripts): no console, straight to the window."""
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
