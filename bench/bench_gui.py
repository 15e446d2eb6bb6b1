"""The desktop app's three speed targets, offscreen on the default bank (外蒙古独立):

1. start: process spawn → main window shown and the event loop idle (`quizapp gui --quit-after-idle`),
   on a first start (new database: created and the bundled banks imported on the database thread) and on
   a later start;
2. submit → feedback shown: a practice answer graded, recorded (database writer), the feedback panel
   painted;
3. script switch (简体 → 繁體 and back) and language switch with the reader open on the whole article,
   until every window is repainted.

Usage: python bench/bench_gui.py [-n 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS_MS = {"start": 500, "feedback": 50, "switch": 100}


def spawn_to_idle(db: str, settings: Path) -> float:
    env = {**os.environ, "QUIZAPP_STARTUP_T0": repr(time.time())}
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "gui", "--quit-after-idle", "--db", db, "--settings", str(settings)],
        env=env, check=True, capture_output=True, text=True,
    )
    return float(result.stdout.split("idle after ")[1].split()[0])


def report(name: str, label: str, values: list[float]) -> None:
    median = statistics.median(values)
    verdict = "met" if median <= TARGETS_MS[name] else "NOT met"
    print(f"  {label}: median {median:.0f} ms (min {min(values):.0f}, max {max(values):.0f}, {len(values)} runs); "
          f"target ≤ {TARGETS_MS[name]} ms: {verdict}")


def bench_start(runs: int, folder: Path) -> None:
    first = []
    for number in range(runs):
        first.append(spawn_to_idle(f"sqlite:///{folder / f'first{number}.db'}", folder / f"first{number}.ini"))
    db = f"sqlite:///{folder / 'later.db'}"
    spawn_to_idle(db, folder / "later.ini")  # makes the database; not counted
    later = [spawn_to_idle(db, folder / "later.ini") for _ in range(runs)]
    report("start", "start, first (new database)", first)
    report("start", "start, later", later)
    from quizapp.gui.data import DataAccess

    background = []
    for number in range(3):  # what the database thread does after a first start's window is shown
        data = DataAccess(db_url=f"sqlite:///{folder / f'import{number}.db'}")
        start = time.perf_counter()
        data.prepare_store()
        data.bank(str(data.default_bank))
        background.append((time.perf_counter() - start) * 1000)
        data.close()
    print(f"  first start, in the background (window already usable): database created, bundled banks imported, "
          f"default bank read: median {statistics.median(background):.0f} ms")


def bench_in_process(runs: int, folder: Path) -> None:
    from quizapp.gui.app import create_application
    from quizapp.gui.data import DataAccess
    from quizapp.gui.main_window import MainWindow
    from quizapp.gui.qt import QApplication
    from quizapp.gui.settings import Settings
    from quizapp.gui.state import DisplayState
    from quizapp.paths import QUESTIONS

    app = create_application(["quizapp"])
    state = DisplayState(Settings.from_file(str(folder / "inproc.ini")), language="en", script="hans")
    data = DataAccess(db_url=f"sqlite:///{folder / 'inproc.db'}")
    window = MainWindow(state, data)
    window.resize(1100, 760)
    window.show()
    window.finish_loading(wait=True)
    window.home.select_bank(str(QUESTIONS / "外蒙古独立.json"))
    data.flush()
    app.processEvents()

    # submit → feedback painted, with a student profile (each answer goes to the database writer)
    window.start_quiz({**window.home.choices(), "student": "bench", "count": runs * 3, "mode": "practice",
                       "types": {"date_choice", "event_choice", "cloze_choice", "true_false"}, "minutes": 0})
    page = window.quiz_page
    feedback = []
    while page.session.current is not None and len(feedback) < runs * 3:
        question = page.session.current
        page.view.set_given(0 if question["type"] != "true_false" else True)
        start = time.perf_counter()
        page.submit()
        app.processEvents()
        window.repaint()
        feedback.append((time.perf_counter() - start) * 1000)
        assert page.feedback.isVisible()
        page.next_question()
        app.processEvents()
    data.flush()

    # script and language switch with the reader open on the whole article
    reader = window.open_reader("外蒙古独立.md")
    reader.resize(1100, 760)
    app.processEvents()
    switches, languages = [], []
    for number in range(runs * 2):
        script = "hant" if number % 2 == 0 else "hans"
        start = time.perf_counter()
        state.set_script(script)
        app.processEvents()
        window.repaint()
        reader.repaint()
        switches.append((time.perf_counter() - start) * 1000)
    for number in range(runs * 2):
        start = time.perf_counter()
        state.set_language("zh_TW" if number % 2 == 0 else "en")
        QApplication.processEvents()
        window.repaint()
        reader.repaint()
        languages.append((time.perf_counter() - start) * 1000)
    report("feedback", "submit → feedback shown", feedback)
    report("switch", "script switch, reader open on the whole article", switches)
    report("switch", "language switch, reader open on the whole article", languages)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=9, help="runs per measure (default 9)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"gui, platform {os.environ.get('QT_QPA_PLATFORM', 'default')}:")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bench_start(args.n, folder)
        bench_in_process(args.n, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
