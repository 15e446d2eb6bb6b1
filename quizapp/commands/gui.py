"""Open the desktop app (quizapp gui), or render its main window to a PNG with --screenshot."""

from __future__ import annotations

import argparse
import os
import sys

LANGUAGES = ("en", "zh_CN", "zh_TW")
SCRIPTS = ("hans", "hant", "tw", "hk")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: QUIZAPP_DB or the user-data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: saved choice, else the system's)")
    parser.add_argument("--script", choices=SCRIPTS, help="Chinese script of the article and questions")
    parser.add_argument("--bank", metavar="FILE.json", action="append", default=[], help="also offer this bank file")
    parser.add_argument("--screenshot", metavar="FILE.png", help="render the main window once, save it, exit 0")
    parser.add_argument("--show", choices=("home", "quiz", "reader", "about"), default="home",
                        help="with --screenshot: what to show (a quiz of the selected bank, the reader ...)")
    parser.add_argument("--settings", metavar="FILE.ini", help="read and write settings in this file instead of the user's")
    parser.add_argument("--quit-after-idle", action="store_true", help="quit as soon as the window is shown and idle")


def run(args: argparse.Namespace) -> int:
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    from quizapp.gui.app import create_application

    app = create_application([sys.argv[0] if sys.argv else "quizapp"])
    from quizapp.gui.data import DataAccess
    from quizapp.gui.main_window import MainWindow
    from quizapp.gui.qt import QTimer
    from quizapp.gui.settings import Settings
    from quizapp.gui.state import DisplayState

    settings = Settings.from_file(args.settings) if args.settings else Settings()
    state = DisplayState(settings, language=args.lang, script=args.script)
    data = DataAccess(args.bank, db_url=args.db)
    window = MainWindow(state, data)
    if args.bank:
        window.home.select_bank(data.add_bank_file(args.bank[0]))
    window.show()
    if args.screenshot:
        return _screenshot(app, window, args)
    QTimer.singleShot(0, window.finish_loading)  # the database opens on its thread once the window shows
    if args.quit_after_idle:
        QTimer.singleShot(0, lambda: _report_idle(app))
        code = app.exec()
        window.data.close()  # a first start's import finishes before the process ends
        return code
    return app.exec()


def _screenshot(app, window, args) -> int:
    from quizapp.errors import QuizappError

    app.processEvents()
    window.finish_loading(wait=True)
    window.data.flush()  # the chosen bank's sections and reviews due, read after the database opened
    app.processEvents()
    target = window
    if args.show == "quiz":
        window.start_quiz()
    elif args.show == "reader":
        target = window.open_reader()
        if target is None:
            raise QuizappError("the article could not be opened")
    elif args.show == "about":
        from quizapp.gui.dialogs import AboutDialog

        target = AboutDialog(window)
        target.show()
    for _ in range(3):
        app.processEvents()
    if not target.grab().save(args.screenshot):
        raise QuizappError("cannot write the screenshot", file=args.screenshot)
    window.close()
    return 0


def _report_idle(app) -> None:
    """For bench/bench_startup.py: the wall time since the bench spawned us (QUIZAPP_STARTUP_T0), then quit."""
    import time

    spawned = os.environ.get("QUIZAPP_STARTUP_T0")
    if spawned:
        print(f"idle after {(time.time() - float(spawned)) * 1000:.1f} ms", flush=True)
    app.quit()
