"""The broken time axis: linear where events are, long empty gaps shortened; dates as fractional years."""

import pytest

from quizapp.gui.timeline_axis import GAP_CAP, BrokenAxis, end_fraction, year_fraction
from quizapp.timeline.dates import PartialDate


def test_short_gaps_stay_linear_and_long_ones_are_capped():
    axis = BrokenAxis([1201, 1221, 1911, 1912.5, 1915])
    assert axis.to_axis(1201) == 0
    assert axis.to_axis(1211) == pytest.approx(GAP_CAP / 2)  # the middle of a shortened 20-year gap
    assert axis.to_axis(1911) == pytest.approx(2 * GAP_CAP)
    assert axis.to_axis(1915) - axis.to_axis(1911) == pytest.approx(4)  # dense stretch: one unit a year
    assert axis.length == pytest.approx(2 * GAP_CAP + 4)
    assert axis.breaks == [pytest.approx(GAP_CAP / 2), pytest.approx(1.5 * GAP_CAP)]
    assert axis.is_linear_at(1913) and not axis.is_linear_at(1500)


def test_axis_is_monotonic_and_extends_past_its_ends():
    axis = BrokenAxis([1854, 1901, 1911, 1945, 2012])
    years = [1800, 1854, 1870, 1901, 1905, 1911, 1930, 1945, 2000, 2012, 2020]
    positions = [axis.to_axis(y) for y in years]
    assert positions == sorted(positions)
    assert axis.to_axis(2020) - axis.to_axis(2012) == pytest.approx(8)


def test_degenerate_axes():
    assert BrokenAxis([]).length == 1 and BrokenAxis([1945]).length == 1


def test_dates_as_fractional_years():
    assert year_fraction(PartialDate(1911)) == 1911
    assert year_fraction(PartialDate(1911, 7)) == pytest.approx(1911.5)
    assert end_fraction(PartialDate(1950)) == 1951
    assert end_fraction(PartialDate(1911, 12)) == pytest.approx(1912)
    assert year_fraction(PartialDate(1911, 12, 1)) < end_fraction(PartialDate(1911, 12, 1)) < 1912
