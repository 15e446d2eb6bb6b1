"""quizapp bench: performance report (start, script switch, generation, store at 100,000 questions, exports)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quick", action="store_true",
                        help="smaller sizes and fewer runs (10,000 questions; about a minute)")
    parser.add_argument("--no-gui", action="store_true", help="skip the desktop start-up figure")


def run(args: argparse.Namespace) -> int:
    from quizapp.benchmarks.runner import FULL, QUICK, report
    from quizapp.benchmarks.runner import run as run_bench

    plan = QUICK if args.quick else FULL
    print(report(plan, run_bench(plan, gui=not args.no_gui)))
    return 0
