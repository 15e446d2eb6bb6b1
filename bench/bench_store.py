"""Data-layer speed on a 100,000-question bank: import, first page, search, response commits, size, RSS.

The questions are synthetic: sentences of the main article (parsed with quizapp.source) cut into stems,
with real section ids, spans and quotes (the builder is shared with `quizapp bench`: quizapp.benchmarks.synthetic).
Usage: python bench/bench_store.py [--questions N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from quizapp.benchmarks.synthetic import article_sentences, write_bank_file
from quizapp.store import crud
from quizapp.store.db import make_engine, session_factory
from quizapp.store.migrate import upgrade

TARGETS_MS = {"first page": 300, "search": 100, "response commit": 5}


def timed_ms(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="write the database here instead of a temporary folder")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "bench.sqlite3"
    path.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    make_session = session_factory(engine)

    bank_path = path.with_name("bench-bank.json")
    build_ms, _ = timed_ms(lambda: write_bank_file(bank_path, args.questions))
    with make_session() as session:
        import_ms, bank = timed_ms(lambda: crud.import_bank(session, bank_path))
    rows = []
    for sort_by in ("position", "stem", "status", "modified"):
        with make_session() as session:  # a fresh session: nothing cached
            ms, page = timed_ms(lambda s=session, c=sort_by: crud.list_questions(s, bank.id, sort_by=c, limit=200))
            rows.append((f"first page of 200 by {sort_by}", ms, TARGETS_MS["first page"], len(page)))
    with make_session() as session:
        ms, page = timed_ms(lambda: crud.list_questions(session, bank.id, sort_by="stem", descending=True,
                                                        offset=50_000, limit=200))
        rows.append(("page at offset 50,000 by stem desc", ms, TARGETS_MS["first page"], len(page)))
    for query in ("中华民国", "蘇聯", "外蒙古", "独立"):
        with make_session() as session:
            ms, page = timed_ms(lambda s=session, q=query: crud.list_questions(s, bank.id, search=q, limit=200))
            count_ms, total = timed_ms(lambda s=session, q=query: crud.count_questions(s, bank.id, search=q))
            rows.append((f"search {query!r}: first 200 of {total}", ms, TARGETS_MS["search"], len(page)))
            rows.append((f"search {query!r}: count", count_ms, TARGETS_MS["search"], total))

    with make_session() as session:
        student = crud.get_or_create_student(session, name="bench")
        ids = [q.id for q in crud.list_questions(session, bank.id, limit=1000)]
        quiz = crud.start_quiz_session(session, student_id=student.id, bank_id=bank.id, question_ids=ids)
        commits = []
        for n, question_id in enumerate(ids):
            ms, _ = timed_ms(lambda q=question_id, n=n: crud.record_response(
                session, quiz_session_id=quiz.id, question_id=q, given=n % 4, correct=n % 3 == 0, time_ms=800))
            commits.append(ms)
    engine.dispose()  # the last connection checkpoints the WAL into the file

    print(f"{args.questions:,} synthetic questions from {len(article_sentences())} article sentences; "
          f"writing the bank file took {build_ms / 1000:.1f} s")
    print("| measure | time | target | rows |\n|---|---:|---:|---:|")
    print(f"| import from a {bank_path.stat().st_size / 2**20:.0f} MiB file (read, validate, insert in one transaction) | {import_ms / 1000:.1f} s | — | {args.questions:,} |")
    for label, ms, target, n in rows:
        print(f"| {label} | {ms:.1f} ms | ≤{target} ms {'✓' if ms <= target else '✗'} | {n:,} |")
    median = statistics.median(commits)
    p95 = sorted(commits)[int(len(commits) * 0.95)]
    print(f"| response commit, median of {len(commits)} | {median:.2f} ms | ≤5 ms {'✓' if median <= 5 else '✗'} |"
          f" p95 {p95:.2f} ms |")
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))  # with -wal, if any
    print(f"| database file | {size / 2**20:.1f} MiB | — | |")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"| peak RSS | {rss_mb:.0f} MB | ≤300 MB {'✓' if rss_mb <= 300 else '✗'} | |")


if __name__ == "__main__":
    main()
