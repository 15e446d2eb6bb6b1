"""`quizapp bench`: the table's format, and the whole runner end to end at tiny sizes (the real run is too slow
for the test suite: ~30 s with --quick, minutes in full)."""

from __future__ import annotations

from quizapp.benchmarks.runner import Plan, run
from quizapp.benchmarks.table import Result, format_table, spread

TINY = Plan(questions=120, export_questions=40, gui_runs=0, switch_runs=2, generation={1: 1}, import_runs=1,
            page_runs=2, commits=5, export_runs=1)


def test_table_shows_median_spread_target_and_verdict():
    table = format_table([
        Result("first page", [120.0, 80.0, 400.0], "ms", 300),
        Result("search", [150.0, 170.0], "ms", 100),
        Result("start", unit="s", target=0.5, note="n/a: gui not available (no display)"),
        Result("growth 4× / 1×", [4.4], "×"),
    ]).splitlines()
    assert table[0] == "| measure | median | spread (min – max) | runs | target | met |"
    assert table[2] == "| first page | 120 ms | 80.0 ms – 400 ms | 3 | ≤ 300 ms | met |"
    assert table[3] == "| search | 160 ms | 150 ms – 170 ms | 2 | ≤ 100 ms | NOT met |"
    assert table[4] == "| start | n/a: gui not available (no display) | | 0 | ≤ 0.50 s | — |"
    assert table[5] == "| growth 4× / 1× | 4.40× | (1 run) | 1 | — | — |"


def test_spread_adds_the_interquartile_range_from_eight_runs():
    assert spread(Result("x", [float(n) for n in range(1, 9)], "ms")) == "1.00 ms – 8.00 ms (IQR 2.25 ms – 6.75 ms)"


def test_runner_end_to_end_at_tiny_sizes():
    results = run(TINY, gui=False, log=lambda message: None)
    by_name = {result.measure.split(" (")[0].split(":")[0]: result for result in results}
    assert by_name["start → main window shown, idle"].note == "n/a: skipped"
    for name in ("script switch", "bank import", "first page", "search", "response commit",
                 "generation at 1× article"):
        assert by_name[name].samples and all(sample > 0 for sample in by_name[name].samples), name
    assert len(by_name["response commit"].samples) == 5
    exports = [result for result in results if result.measure.startswith("export 40 questions")]
    assert [result.measure.split(" to ")[1].split(" (")[0] for result in exports] == ["GIFT", "Moodle XML",
                                                                                      "Anki .apkg"]
    table = format_table(results)
    assert table.count("\n") == len(results) + 1
