"""Regression tests for the bugs the fuzz and hostile-input tests found (one test per fix)."""

from __future__ import annotations

from quizapp.interchange.gift import loads_gift


def test_gift_category_line_alone_in_its_block():
    # found by tests/fuzz/test_fuzz_gift.py: an IndexError instead of reading the questions after it
    result = loads_gift("$CATEGORY: $course$/外蒙古\n\n::q::外蒙古獨立於1946年。{T}\n", "x.gift")
    assert [q.type for q in result.bank.questions] == ["true_false"]
    assert result.bank.questions[0].source.section_path == ["外蒙古"]
