"""The headless core never imports Qt, and non-GUI commands never load it."""

import ast
import subprocess
import sys
from pathlib import Path

import quizapp

PACKAGE = Path(quizapp.__file__).parent


# the `quizapp gui` command is the one door from the CLI into the GUI: it imports quizapp.gui inside run()
GUI_ENTRY = Path("commands/gui.py")


def _core_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" not in path.relative_to(PACKAGE).parts:
            yield path


def test_core_sources_import_no_qt():
    offenders = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {name}" for name in names
                          if name.split(".")[0] in ("PySide6", "shiboken6")
                          or (name.startswith("quizapp.gui") and path.relative_to(PACKAGE) != GUI_ENTRY)]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in _core_modules()]
    # __main__ would run the app; migrations are loaded by Alembic, not imported
    modules = [m.removesuffix(".__init__") for m in modules if "migrations" not in m and not m.endswith("__main__")]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}:\n    importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
