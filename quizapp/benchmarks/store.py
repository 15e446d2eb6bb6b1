"""Data-layer figures on a synthetic bank: import, first page, search, response commit, exports."""

from __future__ import annotations

import resource
import tempfile
from pathlib import Path

from quizapp.benchmarks.synthetic import write_bank_file
from quizapp.benchmarks.table import Result
from quizapp.benchmarks.timing import timed

FIRST_PAGE_TARGET_MS = 300
SEARCH_TARGET_MS = 100
COMMIT_TARGET_MS = 5
SEARCHES = ("蒋介石", "蘇聯", "外蒙古", "独立")
SORTS = ("position", "stem", "status", "modified")
EXPORTS = (("GIFT", "quizapp.interchange.gift", ".gift"), ("Moodle XML", "quizapp.interchange.moodle_xml", ".xml"),
           ("Anki .apkg", "quizapp.interchange.apkg", ".apkg"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def store_measures(questions: int, export_questions: int, *, import_runs: int, page_runs: int,
                   commits: int, export_runs: int) -> list[Result]:
    from quizapp.store import crud
    from quizapp.store.db import make_engine, session_factory
    from quizapp.store.migrate import upgrade

    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        bank_file = write_bank_file(Path(folder) / "bank.json", questions, name="bench")
        size_mb = bank_file.stat().st_size / 2**20
        imports, engine, bank_id = [], None, 0
        for run in range(import_runs):  # each import into a new database file
            url = f"sqlite:///{Path(folder) / f'bench{run}.sqlite3'}"
            upgrade(url)
            if engine is not None:
                engine.dispose()
            engine = make_engine(url)
            with session_factory(engine)() as session:
                seconds, bank = timed(lambda s=session: crud.import_bank(s, bank_file))
                bank_id = bank.id
            imports.append(seconds)
        make_session = session_factory(engine)
        results.append(Result(f"bank import: {questions:,} questions ({size_mb:.0f} MB file, validated, "
                              "one transaction)", imports, "s"))

        pages = []
        for run in range(page_runs):
            with make_session() as session:  # a fresh session: nothing cached
                sort = SORTS[run % len(SORTS)]
                pages.append(timed(lambda s=session, c=sort: crud.list_questions(s, bank_id, sort_by=c,
                                                                                limit=200))[0] * 1000)
        results.append(Result(f"first page (200 rows, sorted by {'/'.join(SORTS)}) of {questions:,}", pages, "ms",
                              FIRST_PAGE_TARGET_MS))

        found, counted = [], []
        for run in range(page_runs):
            query = SEARCHES[run % len(SEARCHES)]
            with make_session() as session:
                found.append(timed(lambda s=session, q=query: crud.list_questions(s, bank_id, search=q,
                                                                                 limit=200))[0] * 1000)
                counted.append(timed(lambda s=session, q=query: crud.count_questions(s, bank_id, search=q))[0] * 1000)
        results.append(Result(f"search: first 200 hits in {questions:,} ({', '.join(SEARCHES)})", found, "ms",
                              SEARCH_TARGET_MS))
        results.append(Result(f"search: count of hits in {questions:,}", counted, "ms", SEARCH_TARGET_MS))

        with make_session() as session:
            student = crud.get_or_create_student(session, name="bench")
            ids = [q.id for q in crud.list_questions(session, bank_id, limit=commits)]
            quiz = crud.start_quiz_session(session, student_id=student.id, bank_id=bank_id, question_ids=ids)
            samples = [timed(lambda q=question_id, n=n, s=session: crud.record_response(
                s, quiz_session_id=quiz.id, question_id=q, given=n % 4, correct=n % 3 == 0, time_ms=800))[0] * 1000
                for n, question_id in enumerate(ids)]
        results.append(Result(f"response commit ({len(samples)} answers, WAL, each its own transaction)", samples,
                              "ms", COMMIT_TARGET_MS))
        store_peak = peak_rss_mb()

        with make_session() as session:
            if export_questions != questions:
                small = write_bank_file(Path(folder) / "small.json", export_questions, name="export")
                bank_id = crud.import_bank(session, small).id
            bank = crud.export_bank(session, bank_id=bank_id)
        engine.dispose()
        for label, module_name, suffix in EXPORTS:
            import importlib

            writer = importlib.import_module(module_name)
            target = Path(folder) / f"export{suffix}"
            samples = [timed(lambda w=writer, t=target: w.write_bank(bank, t))[0] for _ in range(export_runs)]
            results.append(Result(f"export {export_questions:,} questions to {label} "
                                  f"({target.stat().st_size / 2**20:.1f} MB)", samples, "s"))
        results.append(import_child(bank_file, Path(folder) / "child.sqlite3", questions))
    results.append(Result(f"peak RSS of the bench's data-layer work at {questions:,} questions (2 imports, "
                          "pages, search, commits)", [store_peak], "MB"))
    return results


def import_child(bank_file: Path, database: Path, questions: int) -> Result:
    """`quizapp import` of the bank in its own process: the app's peak memory for the biggest single job."""
    import sys

    from quizapp.benchmarks.child import run_child

    code, seconds, peak_mb, stderr = run_child([sys.executable, "-m", "quizapp", "import", str(bank_file),
                                                "--db", f"sqlite:///{database}"])
    result = Result(f"peak RSS of `quizapp import` of {questions:,} questions (own process, {seconds:.0f} s)",
                    unit="MB", target=300)
    if code == 0:
        result.samples.append(peak_mb)
    else:
        result.note = f"n/a: import failed ({(stderr.strip().splitlines() or ['?'])[-1][:60]})"
    return result
