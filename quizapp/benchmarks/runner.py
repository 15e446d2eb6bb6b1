"""The `quizapp bench` run: every figure repeated within one run, printed as one table."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from quizapp.benchmarks.table import Result, format_table


@dataclass(frozen=True)
class Plan:
    """Sizes and repetitions of one bench run."""

    questions: int
    export_questions: int
    gui_runs: int
    switch_runs: int
    generation: dict[int, int]  # article copies -> runs
    import_runs: int
    page_runs: int
    commits: int
    export_runs: int


FULL = Plan(questions=100_000, export_questions=10_000, gui_runs=9, switch_runs=10,
            generation={1: 5, 4: 3, 16: 1}, import_runs=2, page_runs=8, commits=300, export_runs=3)
QUICK = Plan(questions=10_000, export_questions=10_000, gui_runs=3, switch_runs=6,
             generation={1: 3, 4: 1}, import_runs=2, page_runs=8, commits=200, export_runs=2)


def run(plan: Plan, *, gui: bool = True, log=None) -> list[Result]:
    """All measures of ``plan``; progress goes to ``log`` (stderr by default) so stdout carries only the table."""
    from quizapp.benchmarks.core import generate_command, generation, script_switch
    from quizapp.benchmarks.gui_start import gui_startup
    from quizapp.benchmarks.store import peak_rss_mb, store_measures

    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    started = time.perf_counter()
    results: list[Result] = []
    steps = [
        ("gui startup", lambda: [gui_startup(plan.gui_runs)] if gui else
         [Result("start → main window shown, idle (`quizapp gui`)", unit="s", target=0.5, note="n/a: skipped")]),
        ("script switch", lambda: [script_switch(plan.switch_runs), Result(
            "script switch in the GUI (views re-rendered)", unit="ms", target=100,
            note="n/a: the GUI has no timing hook for a switch; the content part is the row above")]),
        (f"store at {plan.questions:,} questions", lambda: store_measures(
            plan.questions, plan.export_questions, import_runs=plan.import_runs, page_runs=plan.page_runs,
            commits=plan.commits, export_runs=plan.export_runs)),
        ("generation", lambda: [generate_command(plan.generation[1]), *generation(plan.generation)]),
    ]
    for name, step in steps:
        log(f"bench: {name} … ({time.perf_counter() - started:.0f} s)")
        results.extend(step())
    results.append(Result("peak RSS of the whole bench process (includes generation)", [peak_rss_mb()], "MB"))
    log(f"bench: done in {time.perf_counter() - started:.0f} s")
    return results


def report(plan: Plan, results: list[Result]) -> str:
    import os
    import platform

    header = (f"quizapp bench ({'quick' if plan is QUICK else 'full'}): Python {platform.python_version()}, "
              f"{os.cpu_count()} CPU(s), {platform.system()} {platform.machine()}; median and min – max over the "
              "runs shown")
    return header + "\n\n" + format_table(results)
