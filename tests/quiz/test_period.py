"""Questions about a period: event dates of any precision overlap the chosen period."""

import pytest

from quizapp.quiz.period import iso_bounds, questions_in_period

EVENTS = {"e1": ("1911-12-01", "1911-12-01"), "e2": ("1915", "1915"), "e3": ("1945-08", "1946-01-05"),
          "e4": ("-0221", "-0221")}
QUESTIONS = [{"id": "a", "events": ["e1"]}, {"id": "b", "events": ["e2", "e9"]}, {"id": "c", "events": ["e3"]},
             {"id": "d", "events": []}, {"id": "e"}, {"id": "f", "events": ["e4"]}]


def test_bounds_fill_the_missing_month_and_day():
    assert iso_bounds("1911", "1912-02") == ((1911, 1, 1), (1912, 2, 31))
    assert iso_bounds("-0221", "-0221-03-04") == ((-221, 1, 1), (-221, 3, 4))
    with pytest.raises(ValueError):
        iso_bounds("1911年", "1912")


@pytest.mark.parametrize(("start", "end", "ids"), [
    ("1911-12-01", "1911-12-01", ["a"]),
    ("1911", "1911", ["a"]),  # a year period takes in the day event
    ("1915-06-01", "1915-06-30", ["b"]),  # a year event overlaps any day of that year
    ("1946", "1950", ["c"]),
    ("1900", "2000", ["a", "b", "c"]),
    ("-0300", "-0200", ["f"]),
    ("1800", "1810", []),
])
def test_questions_whose_events_overlap_the_period(start, end, ids):
    assert [q["id"] for q in questions_in_period(QUESTIONS, EVENTS, start, end)] == ids
